/*
 * slice.c — slices: element addresses, slice expressions (of strings,
 * arrays, pointers to arrays and slices, with gc's bounds checks and
 * messages), make, append, copy, and the conversions between slices
 * and strings or array pointers.
 *
 * A slice is three SSA words (ptr, len, cap: builder.h), so all of
 * this is word arithmetic plus calls of rt/slice.c: makeslice,
 * growslice (only when append outgrows the capacity, as gc calls it),
 * slicecopy and the conversions. Lengths and capacities are ints; an
 * index of another integer type is widened first (signed or unsigned
 * as its type says), so a huge unsigned index fails the unsigned
 * bounds comparison instead of wrapping.
 */
#include "builder.h"

/* Address of element i (an int) of the array at base. */
Value *elem_addr(Builder *s, Value *base, Value *i, Type *et, Pos pos)
{
    int64_t esize = type_size(et);
    Value *off = esize == 1 ? i : v2(s, OpMul64, t_int(), pos, i, const_int(s, t_int(), esize, pos));
    return v2(s, OpAddPtr, t_ptr(), pos, base, off);
}

/* An integer expression widened to an int (a length, a capacity, an index). */
Value *int_value(Builder *s, Expr *e)
{
    Value *v = to_int64(s, expr1(s, e), e->type, e->pos);
    return v->type == t_int() ? v : v1(s, OpCopy, t_int(), e->pos, v);
}

/*
 * How deep unnamed slice, array and pointer types may nest in an element
 * type before its allocations use a stand-in descriptor (layout_type).
 */
enum { MAX_DESCRIBED_DEPTH = 16 };

/* Whether t is an unnamed slice, array or pointer type more than depth
 * levels deep. */
static bool too_deep(Type *t, int depth)
{
    for (; depth >= 0; depth--) {
        if (t->kind == TYPE_SLICE)
            t = t->u.slice.elem;
        else if (t->kind == TYPE_ARRAY)
            t = t->u.array.elem;
        else if (t->kind == TYPE_POINTER)
            t = t->u.pointer.elem;
        else
            return false;
    }
    return true;
}

/*
 * The type an array of elements of type t is allocated with. The
 * runtime reads only the element's layout from it (size, alignment, and
 * for the collector to come, where the pointers are), so any type of
 * the same layout will do. Normally that is t itself; but the elements
 * of nested literals with elided types ([][]...[]int{{{...}}}) have
 * types nested as deep as the literal, and describing every level would
 * cost descriptors, and names, quadratic in the depth. From
 * MAX_DESCRIBED_DEPTH levels on, a slice is allocated as a []byte (same
 * words, pointer first), a pointer as an unsafe.Pointer, and an array
 * as an array of its element's stand-in.
 */
static Type *layout_type(Type *t)
{
    if (!too_deep(t, MAX_DESCRIBED_DEPTH))
        return t;
    Arena *outer = arena_enter(&arena_package); /* type_sym keeps types */
    Type *r;
    if (t->kind == TYPE_SLICE)
        r = type_new_slice(types_basic[TYPE_UINT8]);
    else if (t->kind == TYPE_POINTER)
        r = types_basic[TYPE_UNSAFE_POINTER];
    else
        r = type_new_array(layout_type(t->u.array.elem), t->u.array.len);
    arena_enter(outer);
    return r;
}

/* The descriptor to allocate arrays of element type et with, as a pointer value. */
Value *elem_type_addr(Builder *s, Type *et, Pos pos)
{
    Value *typ = v0(s, OpAddr, t_ptr(), pos);
    typ->aux = type_sym(s, layout_type(et));
    return typ;
}

/* The bounds panic of fn for an unsigned x, which prints x as the
 * unsigned number it is (gc's goPanicSliceAlenU and so on). */
static RtId unsigned_variant(RtId fn)
{
    switch (fn) {
    case RT_panicSliceAlen: return RT_panicSliceAlenU;
    case RT_panicSliceAcap: return RT_panicSliceAcapU;
    case RT_panicSliceB: return RT_panicSliceBU;
    case RT_panicSlice3Alen: return RT_panicSlice3AlenU;
    case RT_panicSlice3Acap: return RT_panicSlice3AcapU;
    case RT_panicSlice3B: return RT_panicSlice3BU;
    case RT_panicSlice3C: return RT_panicSlice3CU;
    default: return fn;
    }
}

/* 0 <= x <= y, else the bounds panic fn(x, y); xe is the index
 * expression x came from. */
static void slice_check(Builder *s, Value *x, Expr *xe, Value *y, RtId fn, Pos pos)
{
    if (type_is_unsigned(xe->type))
        fn = unsigned_variant(fn);
    Value *ok = v2(s, OpIsSliceInBounds, t_bool(), pos, x, y);
    Value *args[2] = {x, y};
    check_or_panic(s, ok, fn, args, pos);
}

/*
 * x[lo:hi] and x[lo:hi:max]. The operands are evaluated in order, then
 * checked from the last one back (gc's order, so each bound is compared
 * with one already known to be valid): max against the capacity, hi
 * against max (or the capacity, or for strings and arrays the length:
 * the messages differ), lo against hi.
 */
Val slice_expr(Builder *s, Expr *e)
{
    Expr *x = e->u.slice.x;
    Type *xt = type_underlying(x->type);
    Pos pos = e->pos;
    Value *ptr, *len, *cap;
    Type *et;
    bool is_string = type_is_string(xt), is_slice = xt->kind == TYPE_SLICE;
    if (is_string || is_slice) {
        Val v = expr(s, x);
        ptr = v.w[0];
        len = v.w[1];
        cap = is_string ? len : v.w[2];
        et = is_string ? types_basic[TYPE_UINT8] : xt->u.slice.elem;
    } else {
        if (xt->kind == TYPE_POINTER) {
            ptr = expr1(s, x);
            nil_check(s, ptr, NULL, pos);
            xt = type_underlying(xt->u.pointer.elem);
        } else {
            ptr = addr_of(s, x);
        }
        len = cap = const_int(s, t_int(), xt->u.array.len, pos);
        et = xt->u.array.elem;
    }
    Pos at = check_pos(e->u.slice.lbrack, pos);
    Value *lo = e->u.slice.lo ? int_value(s, e->u.slice.lo) : NULL;
    Value *hi = e->u.slice.hi ? int_value(s, e->u.slice.hi) : NULL;
    Value *max = e->u.slice.max ? int_value(s, e->u.slice.max) : NULL;
    if (e->u.slice.slice3 && hi && max) {
        slice_check(s, max, e->u.slice.max, cap, is_slice ? RT_panicSlice3Acap : RT_panicSlice3Alen, at);
        slice_check(s, hi, e->u.slice.hi, max, RT_panicSlice3B, at);
        if (lo)
            slice_check(s, lo, e->u.slice.lo, hi, RT_panicSlice3C, at);
    } else {
        max = cap;
        if (hi)
            slice_check(s, hi, e->u.slice.hi, cap, is_slice ? RT_panicSliceAcap : RT_panicSliceAlen, at);
        else
            hi = len;
        if (lo)
            slice_check(s, lo, e->u.slice.lo, hi, RT_panicSliceB, at);
    }
    Val r = {.type = e->type, .n = is_string ? 2 : 3};
    if (!lo) {
        r.w[0] = ptr;
        r.w[1] = hi;
        r.w[2] = max;
        return r;
    }
    Value *rlen = v2(s, OpSub64, t_int(), pos, hi, lo);
    Value *rcap = is_string ? rlen : v2(s, OpSub64, t_int(), pos, max, lo);
    /* The new pointer is ptr + lo*size, except for a result of no
     * capacity: it keeps ptr, which might otherwise point one past the
     * end of the array, into the next object (gc does the same, for its
     * collector). mask is -1 when rcap > 0, else 0 (rcap >= 0 here). */
    Value *neg = v1(s, OpNeg64, t_int(), pos, rcap);
    Value *mask = v2(s, OpRsh64, t_int(), pos, neg, const_int(s, types_basic[TYPE_UINT64], 63, pos));
    int64_t esize = type_size(et);
    Value *delta = esize == 1 ? lo : v2(s, OpMul64, t_int(), pos, lo, const_int(s, t_int(), esize, pos));
    delta = v2(s, OpAnd64, t_int(), pos, delta, mask);
    r.w[0] = v2(s, OpAddPtr, t_ptr(), pos, ptr, delta);
    r.w[1] = rlen;
    r.w[2] = rcap;
    return r;
}

/* make([]T, len[, cap]). */
Val make_slice(Builder *s, Expr *e)
{
    ExprList *args = &e->u.call.args;
    Type *t = e->type;
    Value *len = int_value(s, args->v[1]);
    Value *cap = args->n > 2 ? int_value(s, args->v[2]) : len;
    if (escape_alloc_on_stack(e)) {
        /* constant len and cap (escape.c), checked by the type checker */
        Val r = {.type = t, .n = 3};
        int64_t n = const_int64_val(args->v[args->n - 1]->val);
        r.w[0] = new_object(s, type_new_array(elem_type(t), n), e, e->pos);
        r.w[1] = len;
        r.w[2] = cap;
        return r;
    }
    Value *rargs[3] = {elem_type_addr(s, elem_type(t), e->pos), len, cap};
    Value *res[1] = {0};
    Type *rt[1] = {t_ptr()};
    rtcall(s, RT_makeslice, rargs, res, rt, e->pos);
    Val r = {.type = t, .n = 3};
    r.w[0] = res[0];
    r.w[1] = len;
    r.w[2] = cap;
    return r;
}

/*
 * The array and capacity of slice x after making room for newlen
 * elements: x's own when newlen fits its capacity (compared unsigned,
 * so a length that overflowed goes to growslice, which reports it),
 * else a bigger copy from runtime.growslice.
 */
static void grow(Builder *s, Val x, Value *newlen, Type *et, Value **ptr, Value **cap, Pos pos)
{
    int pvar = new_var(s, t_ptr()), cvar = new_var(s, t_int());
    write_var(s, cur(s), pvar, x.w[0]);
    write_var(s, cur(s), cvar, x.w[2]);
    Value *fits = v2(s, OpLeq64U, t_bool(), pos, newlen, x.w[2]);
    Block *b = cur(s);
    b->kind = BlockIf;
    ssa_set_control(b, fits);
    b->likely = 1;
    Block *more = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    ssa_add_edge(b, done);
    ssa_add_edge(b, more);
    s->cur = NULL;
    start_block(s, more, true);
    Value *args[5] = {elem_type_addr(s, et, pos), x.w[0], x.w[1], x.w[2], newlen};
    Value *res[2] = {0};
    Type *rt[2] = {t_ptr(), t_int()};
    rtcall(s, RT_growslice, args, res, rt, pos);
    write_var(s, cur(s), pvar, res[0]);
    write_var(s, cur(s), cvar, res[1]);
    jump_to(s, done);
    start_block(s, done, true);
    *ptr = read_var(s, done, pvar);
    *cap = read_var(s, done, cvar);
}

/* append(x, v...) and append(x, y...) (y a slice, or a string when x
 * is a []byte): the operands first, in order, then the growth, then
 * the new elements stored after x's. */
/* The operands of builtin call e, evaluated in order: its arguments, or
 * the results of its one argument f() when f has several (append(f()),
 * copy(f())). Returns how many; NULL vals if they cannot be had. */
static int operands(Builder *s, Expr *e, Val **vals)
{
    ExprList *args = &e->u.call.args;
    if (args->n == 1 && args->v[0]->type && args->v[0]->type->kind == TYPE_TUPLE) {
        CallResult cr = go_call(s, args->v[0]);
        *vals = cr.n > 0 ? cr.vals : NULL;
        return cr.n;
    }
    *vals = NEWARRAY(Val, args->n);
    for (int i = 0; i < args->n; i++)
        (*vals)[i] = args->n > 1 ? copy_val(s, expr(s, args->v[i]), e->pos) : expr(s, args->v[i]);
    return args->n;
}

Val append_call(Builder *s, Expr *e)
{
    ExprList *args = &e->u.call.args;
    Type *t = e->type, *et = elem_type(t);
    Pos pos = e->pos;
    if (e->u.call.has_dots) {
        Val x = expr(s, args->v[0]);
        x.type = t;
        Val r = {.type = t, .n = 3};
        Val y = expr(s, args->v[1]);
        r.w[1] = v2(s, OpAdd64, t_int(), pos, x.w[1], y.w[1]);
        grow(s, x, r.w[1], et, &r.w[0], &r.w[2], pos);
        int64_t esize = type_size(et);
        Value *n = esize == 1 ? y.w[1] : v2(s, OpMul64, t_int(), pos, y.w[1], const_int(s, t_int(), esize, pos));
        Value *margs[3] = {elem_addr(s, r.w[0], x.w[1], et, pos), y.w[0], n};
        rtcall(s, RT_memmove, margs, NULL, NULL, pos);
        return r;
    }
    Val *ops;
    int n = operands(s, e, &ops) - 1;
    if (!ops)
        return zero_val(s, t, pos);
    Val x = ops[0];
    x.type = t;
    if (n == 0)
        return x;
    Val *vals = ops + 1;
    for (int i = 0; i < n; i++)
        vals[i] = copy_val(s, assign_conv(s, vals[i], et, pos), pos);
    Val r = {.type = t, .n = 3};
    r.w[1] = v2(s, OpAdd64, t_int(), pos, x.w[1], const_int(s, t_int(), n, pos));
    grow(s, x, r.w[1], et, &r.w[0], &r.w[2], pos);
    for (int i = 0; i < n; i++) {
        Value *idx = v2(s, OpAdd64, t_int(), pos, x.w[1], const_int(s, t_int(), i, pos));
        store_val(s, et, elem_addr(s, r.w[0], idx, et, pos), vals[i], pos);
    }
    return r;
}

/* copy(dst, src), src a slice or a string. */
/* copy(d, y) of the values d, a slice, and y, a slice or string (also
 * for a deferred or go'd copy: defer.c): the count copied. */
Value *slice_copy(Builder *s, Val d, Val y, Pos pos)
{
    Value *width = const_int(s, t_uintptr(), type_size(elem_type(d.type)), pos);
    Value *rargs[5] = {d.w[0], d.w[1], y.w[0], y.w[1], width};
    Value *res[1] = {0};
    Type *rt[1] = {t_int()};
    rtcall(s, RT_slicecopy, rargs, res, rt, pos);
    return res[0] ? res[0] : const_int(s, t_int(), 0, pos);
}

Val copy_call(Builder *s, Expr *e)
{
    Val *ops;
    if (operands(s, e, &ops) != 2)
        return zero_val(s, e->type, e->pos);
    return one(slice_copy(s, ops[0], ops[1], e->pos), e->type);
}

/* The kind of the elements of slice type u (underlying), or TYPE_INVALID. */
static TypeKind slice_elem_kind(Type *u)
{
    return u->kind == TYPE_SLICE ? type_underlying(u->u.slice.elem)->kind : TYPE_INVALID;
}

/* Converts string value v to a []byte or []rune of type to. */
static Val string_to_slice(Builder *s, Val v, Type *to, Pos pos)
{
    Val r = {.type = to, .n = 3};
    if (slice_elem_kind(type_underlying(to)) == TYPE_UINT8) {
        Value *res[2] = {0};
        Type *rt[2] = {t_ptr(), t_int()};
        rtcall(s, RT_stringtoslicebyte, v.w, res, rt, pos);
        r.w[0] = res[0];
        r.w[1] = v.w[1];
        r.w[2] = res[1];
        return r;
    }
    Value *dst = temp_addr(s, to, pos);
    Value *args[3] = {dst, v.w[0], v.w[1]};
    rtcall(s, RT_stringtoslicerune, args, NULL, NULL, pos);
    return load_val(s, to, dst, pos);
}

/*
 * The conversions that involve slices and are more than a change of
 * type: string <-> []byte, []rune (copies), and slice -> *[N]T (Go
 * 1.17; the slice's array, if it has at least N elements). Returns
 * false, with *res untouched, for any other conversion.
 */
bool slice_conversion(Builder *s, Expr *e, Val *res)
{
    Type *to = e->type;
    Expr *arg = e->u.call.args.v[0];
    Type *tu = type_underlying(to), *fu = type_underlying(arg->type);
    TypeKind fk = slice_elem_kind(fu), tk = slice_elem_kind(tu);
    Pos pos = e->pos;
    if (type_is_string(tu) && (fk == TYPE_UINT8 || fk == TYPE_INT32)) {
        Val v = expr(s, arg);
        Value *r[2] = {0};
        Type *rt[2] = {t_ptr(), t_int()};
        rtcall(s, fk == TYPE_UINT8 ? RT_slicebytetostring : RT_slicerunetostring, v.w, r, rt, pos);
        Val sv = {.type = to, .n = 2};
        sv.w[0] = r[0];
        sv.w[1] = r[1];
        *res = sv;
        return true;
    }
    if (type_is_string(fu) && (tk == TYPE_UINT8 || tk == TYPE_INT32)) {
        *res = string_to_slice(s, expr(s, arg), to, pos);
        return true;
    }
    if (fu->kind == TYPE_SLICE && tu->kind == TYPE_POINTER) {
        Val v = expr(s, arg);
        Value *n = const_int(s, t_int(), type_underlying(tu->u.pointer.elem)->u.array.len, pos);
        Value *ok = v2(s, OpIsSliceInBounds, t_bool(), pos, n, v.w[1]);
        Value *args[2] = {n, v.w[1]};
        check_or_panic(s, ok, RT_panicSliceConvert, args, pos);
        *res = one(v.w[0], to);
        return true;
    }
    return false;
}
