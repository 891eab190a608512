/*
 * float.c — float32 and float64 values: constants, arithmetic,
 * comparisons and every conversion to and from the integer types, with
 * gc's results on amd64 (docs/design.md, "Floating point").
 *
 * The hardware converts only between floats and *signed* integers, so
 * the unsigned conversions are built here the way gc builds them:
 *   - uint8, uint16 go through int32 and uint32 through int64, which
 *     hold every value exactly;
 *   - uint64 → float: a value with the top bit clear converts directly;
 *     otherwise it is halved, keeping its lowest bit ORed in so that the
 *     rounding of the 64-bit value is not changed, converted, and doubled;
 *   - float → uint32 truncates through int64; float → uint64 converts
 *     directly below 2^63, else converts x - 2^63 and sets the top bit.
 *     Out-of-range values (and NaN) therefore give the same bits as gc's.
 */
#include "builder.h"

#include <string.h>

static bool is_f32(Type *t) { return type_size(t) == 4; }

static uint64_t float_bits(double d, bool f32)
{
    if (f32) {
        float f = (float)d;
        uint32_t b;
        memcpy(&b, &f, sizeof b);
        return b;
    }
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* The float constant d (exactly representable in t) of float type t. */
Value *const_float(Builder *s, Type *t, double d, Pos pos)
{
    bool f32 = is_f32(t);
    return ssa_const(cur(s), f32 ? OpConst32F : OpConst64F, t, pos, (int64_t)float_bits(d, f32));
}

/* The value of constant c as a float of type t. */
Value *float_const_val(Builder *s, Const *c, Type *t, Pos pos)
{
    Const *r = const_round_float(c, is_f32(t) ? 32 : 64);
    return const_float(s, t, r ? const_float64_val(r) : 0, pos);
}

static Op f_op(Op op32, Type *t) { return is_f32(t) ? op32 : (Op)(op32 + 1); }

/* x op y for floats of type t: + - * / (a division by zero is IEEE's). */
Value *float_arith(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos)
{
    switch (op) {
    case TK_ADD: return v2(s, f_op(OpAdd32F, t), t, pos, x, y);
    case TK_SUB: return v2(s, f_op(OpSub32F, t), t, pos, x, y);
    case TK_MUL: return v2(s, f_op(OpMul32F, t), t, pos, x, y);
    case TK_QUO: return v2(s, f_op(OpDiv32F, t), t, pos, x, y);
    default:
        ice(pos, "float_arith: op %s", token_text[op]);
    }
}

Value *float_neg(Builder *s, Value *x, Type *t, Pos pos)
{
    return v1(s, f_op(OpNeg32F, t), t, pos, x);
}

/* x op y compared as floats of type t: false when either is a NaN,
 * except for !=. */
Value *float_compare(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos)
{
    Type *b = t_bool();
    switch (op) {
    case TK_EQL: return v2(s, f_op(OpEq32F, t), b, pos, x, y);
    case TK_NEQ: return v2(s, f_op(OpNeq32F, t), b, pos, x, y);
    case TK_LSS: return v2(s, f_op(OpLess32F, t), b, pos, x, y);
    case TK_LEQ: return v2(s, f_op(OpLeq32F, t), b, pos, x, y);
    case TK_GTR: return v2(s, f_op(OpLess32F, t), b, pos, y, x);
    default:     return v2(s, f_op(OpLeq32F, t), b, pos, y, x);
    }
}

/* if cond { then } else { els } as a value of type t: the two arms are
 * built by the callbacks in their own blocks and merged by a phi. */
typedef Value *(*ArmFn)(Builder *s, Value *x, Type *from, Type *to, Pos pos);

static Value *branch(Builder *s, Value *cond, ArmFn then, ArmFn els, Value *x, Type *from,
                     Type *to, Pos pos)
{
    int var = new_var(s, to);
    Block *b = cur(s);
    b->kind = BlockIf;
    ssa_set_control(b, cond);
    b->likely = 1;
    Block *yes = new_block(s, BlockPlain, pos), *no = new_block(s, BlockPlain, pos);
    Block *done = new_block(s, BlockPlain, pos);
    ssa_add_edge(b, yes);
    ssa_add_edge(b, no);
    start_block(s, yes, true);
    write_var(s, cur(s), var, then(s, x, from, to, pos));
    jump_to(s, done);
    start_block(s, no, true);
    write_var(s, cur(s), var, els(s, x, from, to, pos));
    jump_to(s, done);
    start_block(s, done, true);
    return read_var(s, cur(s), var);
}

/* A signed 32- or 64-bit integer x to float type to. */
static Value *int_to_float(Builder *s, Value *x, Type *from, Type *to, Pos pos)
{
    bool wide = type_size(from) == 8;
    Op op = wide ? (is_f32(to) ? OpCvt64to32F : OpCvt64to64F) : (is_f32(to) ? OpCvt32to32F : OpCvt32to64F);
    return v1(s, op, to, pos, x);
}

/* uint64 x >= 2^63: halve, keeping the low bit, convert, double. */
static Value *big_uint64_to_float(Builder *s, Value *x, Type *from, Type *to, Pos pos)
{
    Type *u64 = types_basic[TYPE_UINT64];
    Value *low = v2(s, OpAnd64, u64, pos, x, const_int(s, u64, 1, pos));
    Value *half = v2(s, OpRsh64u, u64, pos, x, const_int(s, u64, 1, pos));
    Value *z = v2(s, OpOr64, u64, pos, half, low);
    Value *r = int_to_float(s, z, from, to, pos);
    return v2(s, f_op(OpAdd32F, to), to, pos, r, r);
}

/* A float x to a signed 32- or 64-bit integer of type to, truncated. */
static Value *float_to_int(Builder *s, Value *x, Type *from, Type *to, Pos pos)
{
    bool wide = type_size(to) == 8;
    Op op = is_f32(from) ? (wide ? OpCvt32Fto64 : OpCvt32Fto32) : (wide ? OpCvt64Fto64 : OpCvt64Fto32);
    return v1(s, op, to, pos, x);
}

/* A float x >= 2^63 to uint64: convert x - 2^63, set the top bit. */
static Value *big_float_to_uint64(Builder *s, Value *x, Type *from, Type *to, Pos pos)
{
    Value *cut = const_float(s, from, 9223372036854775808.0, pos);
    Value *y = v2(s, f_op(OpSub32F, from), from, pos, x, cut);
    Value *z = float_to_int(s, y, from, to, pos);
    return v2(s, OpOr64, to, pos, z, const_int(s, to, INT64_MIN, pos));
}

/* Converts x of type from to type to, where at least one is a float
 * type and the other a float or an integer type. */
Value *convert_float(Builder *s, Value *x, Type *from, Type *to, Pos pos)
{
    Type *fu = type_underlying(from), *tu = type_underlying(to);
    Type *i32 = types_basic[TYPE_INT32], *i64 = types_basic[TYPE_INT64];
    if (type_is_float(fu) && type_is_float(tu)) {
        if (is_f32(fu) == is_f32(tu))
            return x->type == to ? x : v1(s, OpCopy, to, pos, x);
        return v1(s, is_f32(fu) ? OpCvt32Fto64F : OpCvt64Fto32F, to, pos, x);
    }
    if (type_is_float(tu)) { /* integer → float */
        int64_t size = type_size(fu);
        if (size < 4 || (size == 4 && type_is_unsigned(fu)))
            return int_to_float(s, convert_int(s, x, fu, size < 4 ? i32 : i64, pos),
                                size < 4 ? i32 : i64, to, pos);
        if (!type_is_unsigned(fu))
            return int_to_float(s, x, fu, to, pos);
        Value *top_clear = v2(s, OpLeq64, t_bool(), pos, const_int(s, i64, 0, pos), x);
        return branch(s, top_clear, int_to_float, big_uint64_to_float, x, i64, to, pos);
    }
    /* float → integer */
    int64_t size = type_size(tu);
    if (size == 8 && type_is_unsigned(tu)) {
        Value *cut = const_float(s, fu, 9223372036854775808.0, pos);
        Value *small = float_compare(s, TK_LSS, x, cut, fu, pos);
        return branch(s, small, float_to_int, big_float_to_uint64, x, fu, to, pos);
    }
    if (size == 8)
        return float_to_int(s, x, fu, to, pos);
    if (size == 4 && type_is_unsigned(tu))
        return convert_int(s, float_to_int(s, x, fu, i64, pos), i64, to, pos);
    Value *r = float_to_int(s, x, fu, i32, pos);
    return size == 4 ? v1(s, OpCopy, to, pos, r) : convert_int(s, r, i32, to, pos);
}
