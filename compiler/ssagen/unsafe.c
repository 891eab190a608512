/*
 * unsafe.c — package unsafe's run-time parts: unsafe.Add and
 * unsafe.Slice calls, and the conversions between unsafe.Pointer and
 * pointers or uintptr. Sizeof, Alignof and Offsetof are constants the
 * checker folded (compiler/types/unsafe.c).
 *
 * Every one of these values is one word: the conversions only retype it
 * (an OpCopy of the new type, so that a uintptr is never taken for a
 * pointer, nor the reverse), Add is pointer arithmetic, and Slice builds
 * the (ptr, len, len) slice after runtime.unsafeslice has made gc's
 * checks (rt/slice.c).
 */
#include "builder.h"

/* Whether converting from to to is between unsafe.Pointer and a pointer
 * or uintptr (either way). */
static bool pointer_conversion(Type *from, Type *to)
{
    TypeKind f = type_underlying(from)->kind, t = type_underlying(to)->kind;
    if (f == TYPE_UNSAFE_POINTER)
        return t == TYPE_POINTER || t == TYPE_UINTPTR || t == TYPE_UNSAFE_POINTER;
    return t == TYPE_UNSAFE_POINTER && (f == TYPE_POINTER || f == TYPE_UINTPTR);
}

/* The conversion e, if it is one of unsafe.Pointer's: *res is set. */
bool unsafe_conversion(Builder *s, Expr *e, Val *res)
{
    Expr *arg = e->u.call.args.v[0];
    if (!pointer_conversion(arg->type, e->type))
        return false;
    *res = one(v1(s, OpCopy, e->type, e->pos, expr1(s, arg)), e->type);
    return true;
}

/* The operands (p, n) of unsafe.Add or unsafe.Slice: two arguments, or
 * one call with two results (Add(f())); n as an int, widened with its
 * sign. False if they cannot be had (unreachable code). */
static bool pointer_and_length(Builder *s, Expr *e, Value **p, Value **n)
{
    ExprList *args = &e->u.call.args;
    if (args->n == 2) {
        *p = expr1(s, args->v[0]);
        *n = int_value(s, args->v[1]);
        return true;
    }
    CallResult cr = go_call(s, args->v[0]);
    if (cr.n != 2)
        return false;
    *p = cr.vals[0].w[0];
    *n = to_int64(s, cr.vals[1].w[0], cr.vals[1].type, e->pos);
    if ((*n)->type != t_int())
        *n = v1(s, OpCopy, t_int(), e->pos, *n);
    return true;
}

/* unsafe.Add(p, n): p + n. */
static Val add_call(Builder *s, Expr *e)
{
    Value *p, *n;
    if (!pointer_and_length(s, e, &p, &n))
        return zero_val(s, e->type, e->pos);
    return one(v2(s, OpAddPtr, e->type, e->pos, p, n), e->type);
}

/* unsafe.Slice(p, n): n converted to int as gc does (a huge unsigned n
 * turns negative and fails the length check). */
static Val slice_call(Builder *s, Expr *e)
{
    Value *p, *n;
    if (!pointer_and_length(s, e, &p, &n))
        return zero_val(s, e->type, e->pos);
    Value *rargs[3] = {elem_type_addr(s, elem_type(e->type), e->pos), p, n};
    rtcall(s, RT_unsafeslice, rargs, NULL, NULL, e->pos);
    Val r = {.type = e->type, .n = 3};
    r.w[0] = v1(s, OpCopy, t_ptr(), e->pos, p);
    r.w[1] = n;
    r.w[2] = n;
    return r;
}

/* A call of unsafe.Add or unsafe.Slice. */
Val unsafe_call(Builder *s, Expr *e, BuiltinId id)
{
    return id == BUILTIN_ADD ? add_call(s, e) : slice_call(s, e);
}
