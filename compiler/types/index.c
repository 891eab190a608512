/*
 * index.c — index expressions (a[i], s[i], m[k], p[i] for a pointer to
 * an array) and slice expressions (a[lo:hi], a[lo:hi:max]), with the
 * constant-index checks gc does at compile time: an index must be an
 * integer, a constant one non-negative, representable as int and, where
 * the length is known (arrays, constant strings), in range.
 *
 * An index expression's mode says what it may be used for: MODE_VAR for
 * addressable elements (slices, arrays that are variables, pointers to
 * arrays), MODE_MAPINDEX for m[k] (assignable, not addressable, comma-ok),
 * MODE_VALUE otherwise.
 */
#include "check.h"

/* A constant integer >= 0 (index, array length, make size). */
bool check_int_const(Checker *c, Expr *e, const char *what, int64_t *out)
{
    (void)c;
    if (e->mode != MODE_CONST || !e->val)
        return false;
    Const *i = const_to_int(e->val);
    if (!i) {
        error_at(e->pos, "invalid argument: %s %s must be integer", what, check_operand_string(e));
        return false;
    }
    if (const_sign(i) < 0) {
        error_at(e->pos, "invalid argument: %s %s must not be negative", what, check_operand_string(e));
        return false;
    }
    if (!const_fits(i, 64, true)) {
        error_at(e->pos, "invalid argument: %s %s overflows int", what, check_operand_string(e));
        return false;
    }
    *out = const_int64_val(i);
    return true;
}

/* An index operand: integer, converted to int if untyped, in [0, max)
 * if constant and max >= 0. Returns the constant value or -1. */
int64_t check_index(Checker *c, Expr *e, int64_t max, const char *what)
{
    check_value(c, e);
    if (check_is_invalid(e))
        return -1;
    /* spec: "a constant index that is untyped is given type int" */
    if (type_is_untyped(e->type)) {
        check_convert_untyped(c, e, types_basic[TYPE_INT]);
        if (check_is_invalid(e))
            return -1;
    }
    if (!type_is_integer(e->type)) {
        error_at(e->pos, "invalid argument: %s %s must be integer", what, check_operand_string(e));
        check_invalidate(e);
        return -1;
    }
    if (e->mode != MODE_CONST || !e->val)
        return -1;
    int64_t v;
    if (!check_int_const(c, e, what, &v)) {
        check_invalidate(e);
        return -1;
    }
    if (max >= 0 && v >= max) {
        error_at(e->pos, "invalid argument: %s %s out of bounds [0:%lld]", what, const_string_of(e->val),
                 (long long)max);
        return -1;
    }
    return v;
}

/* x[i]: an element of a string (a byte value, never a constant), array,
 * pointer to array, slice or map (see above for the modes); x[T] is a
 * generic instantiation, not supported. */
void check_index_expr(Checker *c, Expr *e)
{
    Expr *x = e->u.index.x;
    check_expr(c, x);
    if (check_is_invalid(x)) {
        check_invalidate(e);
        return;
    }
    if (x->mode == MODE_TYPE || (x->type && type_underlying(x->type)->kind == TYPE_FUNC && x->mode != MODE_VAR)) {
        check_unsupported(e->pos, "generic instantiation");
        check_invalidate(e);
        return;
    }
    if (e->u.index.indices.n != 1) {
        error_at(e->pos, "invalid operation: more than one index");
        check_invalidate(e);
        return;
    }
    Expr *idx = e->u.index.indices.v[0];
    Type *u = type_underlying(x->type);
    if (u->kind == TYPE_POINTER && type_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY) {
        u = type_underlying(u->u.pointer.elem);
        e->mode = MODE_VAR;
    } else if (u->kind == TYPE_ARRAY) {
        e->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
    }
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING: {
        int64_t len = -1;
        if (x->mode == MODE_CONST && x->val)
            len = x->val->slen;
        int64_t i = check_index(c, idx, len, "index");
        e->mode = MODE_VALUE;
        e->type = type_byte;
        if (x->mode == MODE_CONST && i >= 0 && idx->mode == MODE_CONST) {
            /* gc: indexing a constant string is a byte value, not a constant */
        }
        check_use_default(c, x);
        return;
    }
    case TYPE_ARRAY:
        check_index(c, idx, u->u.array.len, "index");
        e->type = u->u.array.elem;
        return;
    case TYPE_SLICE:
        check_index(c, idx, -1, "index");
        e->mode = MODE_VAR;
        e->type = u->u.slice.elem;
        return;
    case TYPE_MAP:
        check_value(c, idx);
        check_assignment(c, idx, u->u.map.key, "map index");
        e->mode = MODE_MAPINDEX;
        e->type = u->u.map.elem;
        return;
    default:
        error_at(x->pos, "invalid operation: cannot index %s", check_operand_string(x));
        check_invalidate(e);
        check_expr(c, idx);
        return;
    }
}

/* x[lo:hi:max]: a slice of a string (a string), an addressable array,
 * a pointer to an array or a slice; constant indices must be within the
 * length (where known) and non-decreasing. */
void check_slice_expr(Checker *c, Expr *e)
{
    Expr *x = e->u.slice.x;
    check_value(c, x);
    if (check_is_invalid(x)) {
        check_invalidate(e);
        return;
    }
    Type *u = type_underlying(x->type);
    int64_t len = -1;
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        if (e->u.slice.slice3) {
            error_at(e->u.slice.max->pos, "invalid operation: 3-index slice of string");
            check_invalidate(e);
            return;
        }
        if (x->mode == MODE_CONST && x->val)
            len = x->val->slen + 1; /* indices may equal the length */
        e->type = type_is_untyped(x->type) ? types_basic[TYPE_STRING] : x->type;
        check_use_default(c, x);
        break;
    case TYPE_ARRAY:
        if (x->mode != MODE_VAR) {
            error_at(x->pos, "invalid operation: %s (slice of unaddressable value)", check_operand_string(x));
            check_invalidate(e);
            return;
        }
        check_mark_addr_taken(x);
        len = u->u.array.len + 1;
        e->type = type_new_slice(u->u.array.elem);
        break;
    case TYPE_POINTER:
        if (type_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY) {
            Type *a = type_underlying(u->u.pointer.elem);
            len = a->u.array.len + 1;
            e->type = type_new_slice(a->u.array.elem);
            break;
        }
        /* fall through */
    default:
        if (u->kind == TYPE_SLICE) {
            e->type = x->type;
            break;
        }
        error_at(x->pos, "invalid operation: cannot slice %s", check_operand_string(x));
        check_invalidate(e);
        return;
    }
    e->mode = MODE_VALUE;
    Expr *idx[3] = {e->u.slice.lo, e->u.slice.hi, e->u.slice.max};
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++)
        if (idx[i])
            vals[i] = check_index(c, idx[i], len, "index");
    /* constant indices must be non-decreasing */
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                error_at(idx[j]->pos, "invalid slice indices: %lld < %lld", (long long)vals[j], (long long)vals[i]);
                return;
            }
}
