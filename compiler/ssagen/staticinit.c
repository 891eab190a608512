/*
 * staticinit.c — package variables whose initial value is known at
 * compile time become initialised data instead of code in PATH.init, as
 * gc's staticinit makes them: unicode's RangeTables, strconv's and
 * math's tables, `var x = T{...}`, `var p = &T{...}`, `var s = []T{...}`,
 * `var f = F`.
 *
 * A value is static when it is made only of constants (not converted to
 * an interface), nil, composite literals of array, struct and slice type
 * whose elements are static, &T{...} of such a literal, the address of
 * a package variable, and top-level functions as values. Anything else
 * (a call, a map literal, a variable's value, an interface) keeps its
 * code in init. The variable's symbol gets the bytes and relocations
 * (ssa.h, Sym); a slice's array and a &T{...}'s object become data
 * symbols of their own ("PATH..stmp_N", gc's name), written in .data as
 * the variable is: the program may change them.
 *
 * Initialisation order is unaffected: a static value reads no variable,
 * so it is the same whenever it is computed, and nothing can observe the
 * variable before its turn except through a dependency that the order
 * already put first. The collector will scan .data as it scans .bss
 * (docs/design.md, "Building SSA").
 */
#include "builder.h"

#include <string.h>

/* A walk over an initial value: first dry (only asking whether it is
 * static: nothing is made), then writing. */
typedef struct Walk {
    Builder *s;
    bool dry;
    /* A literal evaluated in a function (static_lit): each evaluation
     * must make its own objects, so &T{...} and slice literals inside
     * are not static there. */
    bool in_func;
} Walk;

typedef struct Static {
    Walk *w;
    Sym *sym;       /* the data being written */
    int64_t base;   /* of the composite literal being visited, in sym */
} Static;

static bool put(Walk *w, Sym *sym, int64_t off, Expr *e, Type *t);

static void put_bytes(Sym *sym, int64_t off, uint64_t v, int64_t size)
{
    if (!sym)
        return; /* dry */
    for (int64_t i = 0; i < size; i++)
        sym->bytes[off + i] = (uint8_t)(v >> (8 * i));
}

/* An address at off: relocations stay in increasing offset order, as
 * emit_data needs, since literals are visited in source order but keys
 * may go backwards. */
static void put_reloc(Sym *sym, int64_t off, Sym *target, int64_t add)
{
    if (!sym)
        return; /* dry */
    Arena *outer = arena_enter(&arena_package);
    Reloc r = {off, target, add};
    vec_push(&sym->relocs, r);
    arena_enter(outer);
    for (int i = sym->relocs.n - 1; i > 0 && sym->relocs.v[i - 1].off > off; i--) {
        Reloc tmp = sym->relocs.v[i - 1];
        sym->relocs.v[i - 1] = sym->relocs.v[i];
        sym->relocs.v[i] = tmp;
    }
}

/* Constant c (the value of an expression whose type is t, not an
 * interface) at off. */
static bool put_const(Walk *w, Sym *sym, int64_t off, Const *c, Type *t)
{
    Type *u = type_underlying(t);
    int64_t size = type_size(t);
    if (u->kind == TYPE_STRING) {
        if (c->slen > 0 && !w->dry)
            put_reloc(sym, off, string_sym(w->s, c->s, c->slen), 0);
        put_bytes(sym, off + 8, (uint64_t)c->slen, 8);
        return true;
    }
    if (u->kind == TYPE_BOOL) {
        put_bytes(sym, off, c->b, 1);
        return true;
    }
    if (type_is_integer(u)) {
        put_bytes(sym, off, type_is_unsigned(u) ? const_uint64_val(c) : (uint64_t)const_int64_val(c), size);
        return true;
    }
    if (type_is_float(u) || type_is_complex(u)) {
        int bits = (int)(type_is_float(u) ? size : size / 2) * 8;
        Const *parts[2] = {type_is_float(u) ? c : const_real(c), type_is_float(u) ? NULL : const_imag(c)};
        for (int i = 0; i < 2 && parts[i]; i++) {
            Const *r = const_round_float(parts[i], bits);
            double d = r ? const_float64_val(r) : 0;
            uint64_t word;
            if (bits == 32) {
                float f = (float)d;
                uint32_t w32;
                memcpy(&w32, &f, 4);
                word = w32;
            } else {
                memcpy(&word, &d, 8);
            }
            put_bytes(sym, off + i * bits / 8, word, bits / 8);
        }
        return true;
    }
    if (u->kind == TYPE_UNTYPED_NIL || u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER)
        return true; /* a nil pointer: zeros */
    return false;
}

static bool put_elem(void *ctx, Expr *el, Type *t, int64_t off, bool blank)
{
    Static *st = ctx;
    if (blank)
        return true; /* stays zero, and gc does not evaluate it here */
    return put(st->w, st->sym, st->base + off, el, t);
}

/* The elements of literal e (of array or struct type t, or the array of
 * a slice of type t) at off. */
static bool put_elements(Walk *w, Sym *sym, int64_t off, Expr *e, Type *t)
{
    Static st = {w, sym, off};
    return lit_elements(e, t, put_elem, &st);
}

/* A new object holding literal e of type t (an array or struct type;
 * walk: the type whose elements e lists): a &T{...}, or a slice's
 * array, at off. */
static bool put_object(Walk *w, Sym *sym, int64_t off, Expr *e, Type *t, Type *walk)
{
    if (w->in_func)
        return false;
    Sym *obj = w->dry ? NULL : stmp_sym(w->s->gen, t);
    if (!put_elements(w, obj, 0, e, walk))
        return false;
    put_reloc(sym, off, obj, 0);
    return true;
}

/* The array type [n]et, for a slice literal's array. */
static Type *array_of(Type *et, int64_t n)
{
    Arena *outer = arena_enter(&arena_package);
    Type *a = type_new(TYPE_ARRAY);
    a->u.array.elem = et;
    a->u.array.len = n;
    arena_enter(outer);
    return a;
}

/* The package variable or top-level function that e names, or NULL. */
static Object *named_object(Expr *e)
{
    e = unqualify(e);
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e->kind == EXPR_IDENT ? e->u.ident.obj : NULL;
}

/* Writes the value of e, as type t, at off in sym's bytes (which hold
 * zeros there); false if it is not static. */
static bool put(Walk *w, Sym *sym, int64_t off, Expr *e, Type *t)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    Type *u = type_underlying(t);
    if (u->kind == TYPE_INTERFACE)
        return false; /* needs a type word and maybe a boxed copy: code, for now */
    if (e->mode == MODE_CONST && e->val)
        return put_const(w, sym, off, e->val, t);
    Object *o = named_object(e);
    if (o && o->kind == OBJ_NIL)
        return true;
    if (o && o->kind == OBJ_FUNC && func_declared(o) && !o->u.func.is_method) {
        if (!w->dry)
            put_reloc(sym, off, funcval_sym(w->s, o->link_name), 0);
        return true;
    }
    if (e->kind == EXPR_UNARY && e->u.unary.op == TK_AND) {
        Expr *x = e->u.unary.x;
        while (x->kind == EXPR_PAREN)
            x = x->u.paren.x;
        Object *v = named_object(x);
        if (v && v->kind == OBJ_VAR && v->u.var.is_global && named(v)) {
            if (!w->dry)
                put_reloc(sym, off, ssa_sym(SYM_GLOBAL, v->link_name, v->type), 0);
            return true;
        }
        e = x;
        if (e->kind != EXPR_COMPOSITE_LIT)
            return false;
        u = type_underlying(e->type); /* &T{...}: the object's type */
        t = e->type;
    } else if (e->kind == EXPR_COMPOSITE_LIT && u->kind == TYPE_POINTER) {
        t = u->u.pointer.elem; /* {...} for &T{...} in a []*T literal */
        u = type_underlying(t);
    } else if (e->kind == EXPR_COMPOSITE_LIT && (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT)) {
        return put_elements(w, sym, off, e, t);
    } else if (e->kind == EXPR_COMPOSITE_LIT && u->kind == TYPE_SLICE) {
        int64_t n = slice_lit_len(e);
        if (n == 0)
            return false; /* []T{} is not nil: the runtime's zerobase, by code */
        if (!put_object(w, sym, off, e, array_of(u->u.slice.elem, n), t))
            return false;
        put_bytes(sym, off + 8, (uint64_t)n, 8);
        put_bytes(sym, off + 16, (uint64_t)n, 8);
        return true;
    } else {
        return false;
    }
    /* A new object holding literal e of array or struct type t. */
    if (u->kind != TYPE_ARRAY && u->kind != TYPE_STRUCT)
        return false; /* &[]T{...}, &map...{...}: code */
    return put_object(w, sym, off, e, t, t);
}

/*
 * static_init makes package variable v's initial value, rhs, the
 * initialised data of its symbol, and returns true; false (nothing made)
 * if rhs needs code. A linknamed variable keeps its code: its definition
 * may be another package's or the runtime's.
 */
bool static_init(Builder *s, Object *v, Expr *rhs)
{
    if (v->linknamed || !named(v))
        return false;
    Walk dry = {s, true, false};
    if (!put(&dry, NULL, 0, rhs, v->type))
        return false;
    Arena *outer = arena_enter(&arena_package);
    Walk w = {s, false, false};
    put(&w, global_def(s->gen, v), 0, rhs, v->type);
    arena_enter(outer);
    return true;
}

/*
 * static_lit makes the value of array or struct literal e, evaluated in
 * a function, a data symbol ("PATH..stmp_N") when every element is
 * static and none is a new object, as gc's walk does for a literal that
 * is not SSA-able: each evaluation then copies it from there instead of
 * building it in a frame temporary (a 1 MiB array literal assigned
 * through a pointer needs no 1 MiB frame). Code reads the symbol and
 * never writes it. NULL if e needs code.
 */
Sym *static_lit(Builder *s, Expr *e)
{
    Walk dry = {s, true, true};
    if (!put(&dry, NULL, 0, e, e->type))
        return NULL;
    Arena *outer = arena_enter(&arena_package);
    Sym *sym = stmp_sym(s->gen, e->type);
    Walk w = {s, false, true};
    put(&w, sym, 0, e, e->type);
    arena_enter(outer);
    return sym;
}
