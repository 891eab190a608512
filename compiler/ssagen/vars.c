/*
 * vars.c — where a Go variable lives, and reading and writing it there.
 *
 * A Go variable of a word-sized or multi-word scalar type (bool,
 * integers, pointers, strings: see val_words) whose address is never
 * taken becomes one SSA variable per word (builder.c) — strings are
 * decomposed here into (pointer, length), so no SSA value is wider than a
 * register. Arrays and structs live in a stack slot (an auto Sym) and are
 * accessed through LocalAddr with Load/Store/Move; a variable whose
 * address is taken lives in a heap cell unless escape analysis
 * (escape.c) keeps it in a stack slot;
 * parameters that are not SSA variables stay in their argument slot;
 * package variables are reached through Addr. The table is in
 * docs/design.md, "Building SSA".
 */
#include "builder.h"


/* Whether a local needs a heap cell: its address is taken and it may
 * outlive its frame (`return &x`: escape.c), or it is too big for a
 * frame (gc's MaxStackVarSize, builder.h): a big local array then costs
 * a heap object rather than a frame that overflows the stack (or whose
 * offsets do not fit an instruction's 32-bit displacement). */
static bool needs_heap(Object *obj)
{
    return (obj->u.var.addr_taken && !escape_var_on_stack(obj)) || type_size(obj->type) > MAX_STACK_VAR_SIZE;
}

/* Whether obj's SSA variable is a stack slot's holder (declare_local). */
static bool in_slot(Builder *s, Object *obj)
{
    return s->vartypes.v[obj->ssa_var]->kind == TYPE_INVALID;
}

/* Where a variable lives: on the heap, an SSA variable holds the pointer
 * returned by runtime.newobject (so does a captured variable inside its
 * literal, closure.c, wherever it lives). */
bool var_on_heap(Builder *s, Object *obj)
{
    return !obj->u.var.is_global && obj->ssa_var > 0 &&
           (obj->u.var.addr_taken || type_size(obj->type) > MAX_STACK_VAR_SIZE) && !in_slot(s, obj);
}

/* A fresh zeroed heap object of type t (runtime.newobject). */
Value *heap_alloc(Builder *s, Type *t, Pos pos)
{
    Value *typ = v0(s, OpAddr, t_ptr(), pos);
    typ->aux = type_sym(s, t);
    Value *res[1] = {0};
    Type *rt[1] = {t_ptr()};
    rtcall(s, RT_newobject, &typ, res, rt, pos);
    return res[0] ? res[0] : const_int(s, t_ptr(), 0, pos);
}

/* A fresh zeroed object of type t for allocation site (new(T), &T{...},
 * a slice's array, a closure): in a stack slot when escape analysis
 * says it does not escape — zeroed on each evaluation, since a site in
 * a loop reuses its slot (it cannot outlive the iteration). */
Value *new_object(Builder *s, Type *t, Expr *site, Pos pos)
{
    if (!escape_alloc_on_stack(site))
        return heap_alloc(s, t, pos);
    Value *a = temp_addr(s, t, pos);
    zero(s, type_size(t), a, pos);
    return a;
}

/* Gives obj a fresh heap cell (zeroed) and returns its address. */
Value *declare_heap(Builder *s, Object *obj, Pos pos)
{
    obj->ssa_var = new_var(s, t_ptr());
    Value *p = heap_alloc(s, obj->type, pos);
    write_var(s, cur(s), obj->ssa_var, p);
    return p;
}

/* Where a variable lives. */
bool var_in_ssa(Object *obj)
{
    return !obj->u.var.is_global && !obj->u.var.addr_taken && val_words(obj->type) > 0 &&
           obj->ssa_var > 0;
}

/* Address of a memory-resident variable (global, stack slot or argument). */
Value *var_addr(Builder *s, Object *obj, Pos pos)
{
    if (obj->u.var.is_global) {
        Value *a = v0(s, OpAddr, t_ptr(), pos);
        a->aux = ssa_sym(SYM_GLOBAL, obj->link_name, obj->type);
        return a;
    }
    if (obj->ssa_var < 0) {
        /* A parameter or result that lives in its argument slot: ssa_var
         * holds -(offset+1). */
        Value *a = v0(s, OpArgAddr, t_ptr(), pos);
        a->aux_int = -(int64_t)obj->ssa_var - 1;
        return a;
    }
    if (var_on_heap(s, obj))
        return read_var(s, cur(s), obj->ssa_var);
    /* A local in a stack slot: the Sym was stored in the var table. */
    Sym *sym = (Sym *)s->vartypes.v[obj->ssa_var]->backend;
    Value *a = v1(s, OpLocalAddr, t_ptr(), pos, mem(s));
    a->aux = sym;
    return a;
}

Val read_object(Builder *s, Object *obj, Pos pos)
{
    if (var_in_ssa(obj)) {
        Val r = {.type = obj->type, .n = val_words(obj->type)};
        for (int i = 0; i < r.n; i++)
            r.w[i] = read_var(s, cur(s), obj->ssa_var + i);
        return r;
    }
    return load_val(s, obj->type, var_addr(s, obj, pos), pos);
}

void write_object(Builder *s, Object *obj, Val x, Pos pos)
{
    if (var_in_ssa(obj)) {
        for (int i = 0; i < x.n; i++)
            write_var(s, cur(s), obj->ssa_var + i, x.w[i]);
        return;
    }
    store_val(s, obj->type, var_addr(s, obj, pos), x, pos);
}

/* Sets a just-declared local to its zero value, in place: through a
 * temporary, a big array would cost a second frame-sized slot. */
void zero_object(Builder *s, Object *obj, Pos pos)
{
    if (var_in_ssa(obj))
        write_object(s, obj, zero_val(s, obj->type, pos), pos);
    else if (!var_on_heap(s, obj)) /* a heap cell is born zeroed (newobject) */
        zero(s, type_size(obj->type), var_addr(s, obj, pos), pos);
}

/* Declares a local variable: SSA variables, a heap cell (address taken)
 * or a stack slot. The caller then initialises it (a heap cell and a
 * slot need not be: they start zeroed, as newobject returns them or
 * as the caller's explicit zeroing leaves them). */
void declare_local(Builder *s, Object *obj)
{
    int n = val_words(obj->type);
    if (needs_heap(obj)) {
        declare_heap(s, obj, obj->pos);
        return;
    }
    if (n > 0 && !obj->u.var.addr_taken) {
        obj->ssa_var = new_var(s, word_type(obj->type, 0));
        for (int i = 1; i < n; i++)
            new_var(s, word_type(obj->type, i));
        return;
    }
    /* Stack slot: record it as a pseudo-variable whose type's backend
     * pointer is its Sym (a private Type copy so the Go type is untouched). */
    Type *holder = type_new(TYPE_INVALID);
    holder->backend = ssa_auto(s->f, obj->name, obj->type);
    obj->ssa_var = new_var(s, holder);
}
