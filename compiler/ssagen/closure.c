/*
 * closure.c — func values: the closures of function literals and of
 * top-level functions used as values (calls through them are in call.c).
 *
 * A func value is a pointer to a closure object whose first word is the
 * code address (gc's layout, docs/design.md). A literal's closure holds
 * after it one field per captured variable (Scope.captures, which the
 * checker fills), captured as gc captures it (the checker decides,
 * types/decl.c): a variable of at most 128 bytes that is never assigned
 * after its declaration and whose address is never taken is captured
 * by value, the field holding a copy made when the closure is; any
 * other is captured by reference, the field holding its address. Such
 * a variable is marked addr_taken, so it lives in memory (a heap cell,
 * or a stack slot when escape.c finds that neither it nor the closure
 * escapes) shared by the literal and its enclosing function. A closure
 * that does not escape is itself a stack slot. A function or literal
 * that captures nothing has a read-only one-word closure, "name·f"
 * (funcval_sym).
 *
 * The call passes the closure in DX; the callee reads it as its
 * ClosurePtr, and bind_captures gives each captured variable its place
 * in the literal: a variable of the literal's own holding the copy, or
 * the cell whose address the closure holds, through which the variable
 * reads and writes exactly as in the enclosing function (vars.c).
 */
#include "builder.h"

/* The closure object's struct type: F uintptr, then each variable
 * captured by value and a pointer to each captured by reference, named
 * after it (as gc's closure types are). */
Type *closure_type(Scope *scope)
{
    Arena *outer = arena_enter(&arena_package);
    Type *t = type_new(TYPE_STRUCT);
    ObjectList *caps = &scope->captures;
    Object *f = object_new(OBJ_VAR, "F", scope->pos, t_uintptr());
    f->u.var.is_field = true;
    vec_push(&t->u.strct.fields, f);
    for (int i = 0; i < caps->n; i++) {
        Object *v = caps->v[i];
        Object *x = object_new(OBJ_VAR, v->name, scope->pos, v->u.var.byval ? v->type : type_new_pointer(v->type));
        x->u.var.is_field = true;
        x->u.var.index = i + 1;
        vec_push(&t->u.strct.fields, x);
    }
    arena_enter(outer);
    return t;
}

static Value *func_addr(Builder *s, const char *name, Pos pos)
{
    Value *a = v0(s, OpAddr, t_ptr(), pos);
    a->aux = ssa_sym(SYM_FUNC, name, NULL);
    return a;
}

Val func_value(Builder *s, Object *fn, Pos pos)
{
    Value *a = v0(s, OpAddr, t_ptr(), pos);
    a->aux = funcval_sym(s, fn->link_name);
    return one(a, fn->type);
}

/* func(...) {...} as a value: the literal is queued to be built as a
 * function of its own, and its closure made here. */
Val func_lit(Builder *s, Expr *e)
{
    return func_lit_closure(s, e, false);
}

/* The closure of literal e: in a stack slot when on_stack (the caller
 * knows it cannot outlive the frame: an open-coded defer's, defer.c) or
 * escape analysis finds it does not escape, else on the heap. */
Val func_lit_closure(Builder *s, Expr *e, bool on_stack)
{
    const char *name = queue_func_lit(s, e);
    ObjectList *caps = &e->u.func_lit.scope->captures;
    if (caps->n == 0) {
        Value *a = v0(s, OpAddr, t_ptr(), e->pos);
        a->aux = funcval_sym(s, name);
        return one(a, e->type);
    }
    Type *ct = closure_type(e->u.func_lit.scope);
    Value *clo = on_stack ? temp_addr(s, ct, e->pos) : new_object(s, ct, e, e->pos);
    store(s, t_uintptr(), clo, func_addr(s, name, e->pos), e->pos);
    for (int i = 0; i < caps->n; i++) {
        Object *v = caps->v[i];
        Value *field = offptr(s, clo, type_field_offset(ct, i + 1), e->pos);
        if (v->u.var.byval)
            store_val(s, v->type, field, read_object(s, v, e->pos), e->pos);
        else
            store(s, t_ptr(), field, var_addr(s, v, e->pos), e->pos);
    }
    return one(clo, e->type);
}

/* In a literal's function: a variable captured by value becomes a
 * variable of the literal holding the closure's copy (never assigned:
 * the checker captures only such variables by value); one captured by
 * reference reads its cell's address from the closure. */
void bind_captures(Builder *s, Scope *scope, Pos pos)
{
    ObjectList *caps = &scope->captures;
    if (caps->n == 0)
        return;
    Type *ct = closure_type(scope);
    Value *clo = v0(s, OpClosurePtr, t_ptr(), pos);
    for (int i = 0; i < caps->n; i++) {
        Object *obj = caps->v[i];
        Value *field = offptr(s, clo, type_field_offset(ct, i + 1), pos);
        if (obj->u.var.byval) {
            declare_local(s, obj);
            write_object(s, obj, load_val(s, obj->type, field, pos), pos);
            continue;
        }
        obj->ssa_var = new_var(s, t_ptr());
        write_var(s, cur(s), obj->ssa_var, load(s, t_ptr(), field, pos));
    }
}
