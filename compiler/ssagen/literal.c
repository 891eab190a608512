/*
 * literal.c — composite literals: arrays and structs (built in a fresh
 * temporary), slices (a new array from runtime.makeslice) and &T{...}
 * (a new heap object, as every variable whose address is taken; also
 * the {...} that stands for &T{...} in a []*T literal).
 *
 * Every literal is built in memory that holds zeros, so elements and
 * fields not written stay zero, and an inner literal of array or struct
 * type is built in place, in its slot of the outer one, rather than in
 * a temporary of its own; so is the literal that initialises a variable
 * being declared (lit_into: `x := [1 << 20]int{...}` needs no 8 MB
 * temporary and copy). Elements are evaluated and stored in source
 * order; the literal's memory is fresh, so no element can observe it.
 */
#include "builder.h"

static void fill_lit(Builder *s, Expr *e, Type *t, Value *dst);

/* Stores element or field value el, of type t, at dst (which holds zeros). */
static void fill_elem(Builder *s, Expr *el, Type *t, Value *dst)
{
    Type *u = type_underlying(t);
    if (el->kind == EXPR_COMPOSITE_LIT && (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT)) {
        fill_lit(s, el, t, dst);
        return;
    }
    store_val(s, t, dst, assign_conv(s, expr(s, el), t, el->pos), el->pos);
}

/* The elements of an array or slice literal, of type et, into the array at dst. */
static void fill_elems(Builder *s, Expr *e, Type *et, Value *dst)
{
    int64_t esize = type_size(et);
    int64_t idx = 0;
    for (int i = 0; i < e->u.composite_lit.elts.n; i++) {
        Expr *el = e->u.composite_lit.elts.v[i];
        if (el->kind == EXPR_KEY_VALUE) {
            idx = const_int64_val(el->u.key_value.key->val);
            el = el->u.key_value.value;
        }
        fill_elem(s, el, et, offptr(s, dst, idx * esize, el->pos));
        idx++;
    }
}

/* The fields of a struct literal (keyed, or all in order) into dst. */
static void fill_fields(Builder *s, Expr *e, Type *t, Value *dst)
{
    ObjectList *fs = &type_underlying(t)->u.strct.fields;
    for (int i = 0; i < e->u.composite_lit.elts.n; i++) {
        Expr *el = e->u.composite_lit.elts.v[i];
        Object *f = fs->v[i < fs->n ? i : 0];
        if (el->kind == EXPR_KEY_VALUE) {
            f = el->u.key_value.key->u.ident.obj;
            el = el->u.key_value.value;
        }
        fill_elem(s, el, f->type, offptr(s, dst, type_field_offset(t, f->u.var.index), el->pos));
    }
}

/* Literal e of array or struct type t into dst, which holds zeros. */
static void fill_lit(Builder *s, Expr *e, Type *t, Value *dst)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_STRUCT)
        fill_fields(s, e, t, dst);
    else
        fill_elems(s, e, u->u.array.elem, dst);
}

/* The length of a slice literal: one past its highest index. */
static int64_t slice_lit_len(Expr *e)
{
    int64_t idx = 0, max = 0;
    for (int i = 0; i < e->u.composite_lit.elts.n; i++) {
        Expr *el = e->u.composite_lit.elts.v[i];
        if (el->kind == EXPR_KEY_VALUE)
            idx = const_int64_val(el->u.key_value.key->val);
        if (++idx > max)
            max = idx;
    }
    return max;
}

static Val slice_lit(Builder *s, Expr *e, Type *t)
{
    Type *et = elem_type(t);
    Value *n = const_int(s, t_int(), slice_lit_len(e), e->pos);
    Value *typ = elem_type_addr(s, et, e->pos);
    Value *args[3] = {typ, n, n};
    Value *res[1] = {0};
    Type *rt[1] = {t_ptr()};
    rtcall(s, RT_makeslice, args, res, rt, e->pos);
    Val r = {.type = t, .n = 3};
    r.w[0] = res[0];
    r.w[1] = r.w[2] = n;
    fill_elems(s, e, et, r.w[0]);
    return r;
}

static Val lit_value(Builder *s, Expr *e, Type *t);

/* &T{...}: a new heap object holding the literal; returns its address. */
Value *heap_lit(Builder *s, Expr *e)
{
    Type *t = e->type;
    if (type_underlying(t)->kind == TYPE_POINTER) /* {...} for &T{...} in a []*T literal */
        t = type_underlying(t)->u.pointer.elem;
    Type *u = type_underlying(t);
    Value *p;
    if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) {
        p = heap_alloc(s, t, e->pos);
        fill_lit(s, e, t, p);
    } else {
        /* &[]T{...}, &map[K]V{...}: a new variable holding the value */
        Val v = lit_value(s, e, t);
        p = heap_alloc(s, t, e->pos);
        store_val(s, t, p, v, e->pos);
    }
    return p;
}

/* The value of literal e as type t (e's own type, or the T of an
 * elided &T{...}). */
static Val lit_value(Builder *s, Expr *e, Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_POINTER:
        return one(heap_lit(s, e), t);
    case TYPE_SLICE:
        return slice_lit(s, e, t);
    case TYPE_MAP:
        return map_lit(s, e, t); /* map.c */
    case TYPE_ARRAY: case TYPE_STRUCT: {
        Value *a = temp_addr(s, t, e->pos);
        zero(s, type_size(t), a, e->pos);
        fill_lit(s, e, t, a);
        Val r = {.type = t, .n = 0, .addr = a};
        return r;
    }
    default:
        unsupported(e->pos, xprintf("composite literal of type %s", type_string(t)));
        return zero_val(s, t, e->pos);
    }
}

Val composite_lit(Builder *s, Expr *e) { return lit_value(s, e, e->type); }

/* Builds the array or struct literal e straight into a new variable at
 * dst (zeroed: whether it holds zeros already), with no temporary: no
 * element can refer to a variable being declared. False, doing nothing,
 * for a literal of another type. */
bool lit_into(Builder *s, Expr *e, Value *dst, bool zeroed)
{
    Type *u = type_underlying(e->type);
    if (u->kind != TYPE_ARRAY && u->kind != TYPE_STRUCT)
        return false;
    if (!zeroed)
        zero(s, type_size(e->type), dst, e->pos);
    fill_lit(s, e, e->type, dst);
    return true;
}
