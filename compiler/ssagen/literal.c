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

/*
 * The elements of composite literal e, of array, slice or struct type t,
 * in source order: visit(ctx, el, type, off, blank) with the element's
 * (or field's) expression, type and byte offset in the array or struct,
 * until a visit returns false. blank: the field is _, whose value is
 * not stored (gc leaves the field zero; fill_elem says when it is
 * evaluated). Shared by the code built here and by the
 * static data of package variables (staticinit.c).
 */
bool lit_elements(Expr *e, Type *t, LitVisitor *visit, void *ctx)
{
    Type *u = type_underlying(t);
    ObjectList *fs = u->kind == TYPE_STRUCT ? &u->u.strct.fields : NULL;
    Type *et = fs ? NULL : elem_type(t);
    int64_t esize = et ? type_size(et) : 0, idx = 0;
    for (int i = 0; i < e->u.composite_lit.elts.n; i++) {
        Expr *el = e->u.composite_lit.elts.v[i];
        if (fs) { /* keyed, or all in order */
            Object *f = fs->v[i < fs->n ? i : 0];
            if (el->kind == EXPR_KEY_VALUE) {
                f = el->u.key_value.key->u.ident.obj;
                el = el->u.key_value.value;
            }
            if (!visit(ctx, el, f->type, type_field_offset(t, f->u.var.index), !named(f)))
                return false;
            continue;
        }
        if (el->kind == EXPR_KEY_VALUE) {
            idx = const_int64_val(el->u.key_value.key->val);
            el = el->u.key_value.value;
        }
        if (!visit(ctx, el, et, idx * esize, false))
            return false;
        idx++;
    }
    return true;
}

static void fill_lit(Builder *s, Expr *e, Type *t, Value *dst);

typedef struct Fill {
    Builder *s;
    Value *dst;
} Fill;

/* Stores element or field value el, of type t, at dst+off (which holds zeros). */
static bool fill_elem(void *ctx, Expr *el, Type *t, int64_t off, bool blank)
{
    Fill *f = ctx;
    if (blank) {
        /* Evaluated for its effects, except in a package variable's
         * initialiser, where gc drops it (its staticinit skips blank
         * fields before anything evaluates them). */
        if (!f->s->package_init)
            expr(f->s, el);
        return true;
    }
    Value *dst = offptr(f->s, f->dst, off, el->pos);
    Type *u = type_underlying(t);
    if (el->kind == EXPR_COMPOSITE_LIT && (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT))
        fill_lit(f->s, el, t, dst);
    else
        store_val(f->s, t, dst, assign_conv(f->s, expr(f->s, el), t, el->pos), el->pos);
    return true;
}

/* Literal e of array, slice or struct type t into dst (the array of a
 * slice), which holds zeros. */
static void fill_lit(Builder *s, Expr *e, Type *t, Value *dst)
{
    Fill f = {s, dst};
    lit_elements(e, t, fill_elem, &f);
}

/* The length of a slice literal: one past its highest index. */
int64_t slice_lit_len(Expr *e)
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
    Val r = {.type = t, .n = 3};
    if (escape_alloc_on_stack(e)) {
        r.w[0] = new_object(s, type_new_array(et, slice_lit_len(e)), e, e->pos);
    } else {
        Value *typ = elem_type_addr(s, et, e->pos);
        Value *args[3] = {typ, n, n};
        Value *res[1] = {0};
        Type *rt[1] = {t_ptr()};
        rtcall(s, RT_makeslice, args, res, rt, e->pos);
        r.w[0] = res[0];
    }
    r.w[1] = r.w[2] = n;
    fill_lit(s, e, t, r.w[0]);
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
        p = new_object(s, t, e, e->pos);
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
        Sym *data = val_words(t) == 0 && type_identical(t, e->type) ? static_lit(s, e) : NULL;
        if (data) {
            Value *a = v0(s, OpAddr, t_ptr(), e->pos);
            a->aux = data;
            Val r = {.type = t, .n = 0, .addr = a};
            return r;
        }
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
