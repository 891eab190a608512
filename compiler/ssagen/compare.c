/*
 * compare.c — comparisons: single words (integers, bools, pointers),
 * strings (lengths first, then runtime.memequal or runtime.cmpstring),
 * and arrays and structs (one memequal when bytewise equality is
 * equality, else alg.c's walk of type..eq.T in line).
 */
#include "builder.h"

/* String comparison op (==, !=, <, <=, >, >=) as a bool. */
Value *string_compare(Builder *s, TokenKind op, Val a, Val b, Pos pos)
{
    Value *res[1] = {0};
    Type *rt[1] = {t_int()};
    if (op == TK_EQL || op == TK_NEQ) {
        /* Equal lengths and equal bytes: memequal only when lengths match. */
        Value *leneq = v2(s, OpEq64, t_bool(), pos, a.w[1], b.w[1]);
        int var = new_var(s, t_bool());
        write_var(s, cur(s), var, const_int(s, t_bool(), 0, pos));
        Block *b0 = cur(s);
        b0->kind = BlockIf;
        ssa_set_control(b0, leneq);
        Block *cmp = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
        ssa_add_edge(b0, cmp);
        ssa_add_edge(b0, done);
        start_block(s, cmp, true);
        Value *args[3] = {a.w[0], b.w[0], a.w[1]};
        Type *bt[1] = {t_bool()};
        rtcall(s, RT_memequal, args, res, bt, pos);
        write_var(s, cur(s), var, res[0]);
        jump_to(s, done);
        start_block(s, done, true);
        Value *eq = read_var(s, done, var);
        return op == TK_EQL ? eq : v1(s, OpNot, t_bool(), pos, eq);
    }
    Value *args[4] = {a.w[0], a.w[1], b.w[0], b.w[1]};
    rtcall(s, RT_cmpstring, args, res, rt, pos);
    Value *zero = const_int(s, t_int(), 0, pos);
    switch (op) {
    case TK_LSS: return v2(s, OpLess64, t_bool(), pos, res[0], zero);
    case TK_LEQ: return v2(s, OpLeq64, t_bool(), pos, res[0], zero);
    case TK_GTR: return v2(s, OpLess64, t_bool(), pos, zero, res[0]);
    default: return v2(s, OpLeq64, t_bool(), pos, zero, res[0]);
    }
}

/* Comparison of two single-word values of type t. */
Value *compare_words(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos)
{
    Type *u = type_underlying(t);
    Type *b = t_bool();
    if (u->kind == TYPE_BOOL) {
        return v2(s, op == TK_EQL ? OpEqB : OpNeqB, b, pos, x, y);
    }
    if (type_is_float(u))
        return float_compare(s, op, x, y, u, pos);
    if (!type_is_integer(u)) { /* pointers, maps, chans, funcs */
        return v2(s, op == TK_EQL ? OpEqPtr : OpNeqPtr, b, pos, x, y);
    }
    bool sg = is_signed(u);
    switch (op) {
    case TK_EQL: return v2(s, sized(OpEq8, u), b, pos, x, y);
    case TK_NEQ: return v2(s, sized(OpNeq8, u), b, pos, x, y);
    case TK_LSS: return v2(s, sized(sg ? OpLess8 : OpLess8U, u), b, pos, x, y);
    case TK_LEQ: return v2(s, sized(sg ? OpLeq8 : OpLeq8U, u), b, pos, x, y);
    case TK_GTR: return v2(s, sized(sg ? OpLess8 : OpLess8U, u), b, pos, y, x);
    default:     return v2(s, sized(sg ? OpLeq8 : OpLeq8U, u), b, pos, y, x);
    }
}

bool is_nil_expr(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e->kind == EXPR_IDENT && e->u.ident.obj && e->u.ident.obj->kind == OBJ_NIL;
}

/* v == nil (op TK_EQL) or v != nil, for v of a type with a nil value:
 * its first word is nil (a slice's pointer, an interface's type word,
 * the pointer that a map, func, chan or pointer value is). */
Value *compare_nil(Builder *s, TokenKind op, Val v, Pos pos)
{
    return compare_words(s, op, v.w[0], const_int(s, t_ptr(), 0, pos), t_ptr(), pos);
}

/* x == y for two values of comparable type t, as a bool. Arrays and
 * structs are compared with one memequal call when bytewise equality is
 * equality, else element by element and field by field as type..eq.T
 * compares them (alg.c), blank fields left out (spec, "Comparison
 * operators"). */
Value *equal_vals(Builder *s, Val x, Val y, Type *t, Pos pos)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_INTERFACE || type_is_interface(y.type))
        return iface_equal(s, x, y, pos); /* iface.c; y may be concrete */
    if (type_is_complex(u))
        return complex_equal(s, x, y, t, pos);
    if (u->kind == TYPE_STRING)
        return string_compare(s, TK_EQL, x, y, pos);
    if (x.n == 1)
        return compare_words(s, TK_EQL, x.w[0], y.w[0], t, pos);
    if ((u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) && is_regular_memory(t)) {
        Value *res[1] = {0};
        Type *bt[1] = {t_bool()};
        Value *args[3] = {x.addr, y.addr, const_int(s, t_uintptr(), type_size(t), pos)};
        rtcall(s, RT_memequal, args, res, bt, pos);
        return res[0];
    }
    /* arrays and structs live in memory (val_words): type..eq's walk
     * in line, in gc's order and stopping at the first difference */
    if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT)
        return equal_at(s, t, x.addr, y.addr, pos);
    unsupported(pos, xprintf("comparison of %s values", type_string(t)));
    return const_int(s, t_bool(), 0, pos);
}
