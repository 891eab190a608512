/*
 * complex.c — complex64 and complex128 values: constants, arithmetic,
 * negation, equality, conversions between the two, the builtins
 * complex, real and imag, and printing, with gc's results on amd64.
 *
 * A complex value is two SSA words, its real and imaginary parts, of
 * the float type of half its size (val_words, word_type in builder.c):
 * float32 parts at offsets 0 and 4 for complex64, float64 parts at 0 and
 * 8 for complex128 (word_offset). So a complex variable is two SSA
 * variables, travels in two X registers (ssa/abi.h), and everything
 * here is float arithmetic on the parts (float.c). As gc computes them:
 *   - + and - work part by part in the parts' type;
 *   - (a+bi)(c+di) = (ac-bd) + (ad+bc)i, each product and sum computed
 *     in float64 and rounded to the parts' type at the end (for
 *     complex64 this loses less to cancellation);
 *   - n/m calls runtime.complex128div (rt/complex.c: Smith's algorithm
 *     with C99's infinity rules); complex64 operands are widened and the
 *     quotient narrowed;
 *   - x == y when both parts are (so a NaN part makes x != x).
 */
#include "builder.h"

static Type *t_f64(void) { return types_basic[TYPE_FLOAT64]; }

/* The type of the parts of complex type t. */
static Type *part_type(Type *t) { return word_type(t, 0); }

static Val make(Value *re, Value *im, Type *t)
{
    Val r = {.n = 2, .type = t};
    r.w[0] = re;
    r.w[1] = im;
    return r;
}

/* Part x of type from as a float of type to. */
static Value *cvt(Builder *s, Value *x, Type *from, Type *to, Pos pos)
{
    return convert_float(s, x, from, to, pos);
}

/* The constant c (of any numeric kind, representable in t) as a value of
 * complex type t, each part rounded once to the parts' type. */
Val complex_const_val(Builder *s, Const *c, Type *t, Pos pos)
{
    Type *pt = part_type(t);
    return make(float_const_val(s, const_real(c), pt, pos), float_const_val(s, const_imag(c), pt, pos), t);
}

/* x * y for complex values of type t, in float64 as gc does. */
static Val complex_mul(Builder *s, Val x, Val y, Type *t, Pos pos)
{
    Type *pt = part_type(t), *wt = t_f64();
    Value *a = cvt(s, x.w[0], pt, wt, pos), *b = cvt(s, x.w[1], pt, wt, pos);
    Value *c = cvt(s, y.w[0], pt, wt, pos), *d = cvt(s, y.w[1], pt, wt, pos);
    Value *re = float_arith(s, TK_SUB, float_arith(s, TK_MUL, a, c, wt, pos),
                            float_arith(s, TK_MUL, b, d, wt, pos), wt, pos);
    Value *im = float_arith(s, TK_ADD, float_arith(s, TK_MUL, a, d, wt, pos),
                            float_arith(s, TK_MUL, b, c, wt, pos), wt, pos);
    return make(cvt(s, re, wt, pt, pos), cvt(s, im, wt, pt, pos), t);
}

/* x / y for complex values of type t: runtime.complex128div. */
static Val complex_div(Builder *s, Val x, Val y, Type *t, Pos pos)
{
    Type *pt = part_type(t), *wt = t_f64();
    Value *args[4] = {cvt(s, x.w[0], pt, wt, pos), cvt(s, x.w[1], pt, wt, pos),
                      cvt(s, y.w[0], pt, wt, pos), cvt(s, y.w[1], pt, wt, pos)};
    Value *res[2] = {0};
    Type *rt[2] = {wt, wt};
    rtcall(s, RT_complex128div, args, res, rt, pos);
    for (int i = 0; i < 2; i++)
        if (!res[i]) /* unreachable code */
            res[i] = const_float(s, wt, 0, pos);
    return make(cvt(s, res[0], wt, pt, pos), cvt(s, res[1], wt, pt, pos), t);
}

/* x op y for complex values of type t: + - * /. */
Val complex_arith(Builder *s, TokenKind op, Val x, Val y, Type *t, Pos pos)
{
    Type *pt = part_type(t);
    switch (op) {
    case TK_ADD: case TK_SUB:
        return make(float_arith(s, op, x.w[0], y.w[0], pt, pos), float_arith(s, op, x.w[1], y.w[1], pt, pos), t);
    case TK_MUL:
        return complex_mul(s, x, y, t, pos);
    case TK_QUO:
        return complex_div(s, x, y, t, pos);
    default:
        ice(pos, "complex_arith: op %s", token_text[op]);
    }
}

Val complex_neg(Builder *s, Val x, Type *t, Pos pos)
{
    Type *pt = part_type(t);
    return make(float_neg(s, x.w[0], pt, pos), float_neg(s, x.w[1], pt, pos), t);
}

/* x == y for complex values of type t, as a bool. */
Value *complex_equal(Builder *s, Val x, Val y, Type *t, Pos pos)
{
    Type *pt = part_type(t);
    Value *re = float_compare(s, TK_EQL, x.w[0], y.w[0], pt, pos);
    Value *im = float_compare(s, TK_EQL, x.w[1], y.w[1], pt, pos);
    return v2(s, OpAnd8, t_bool(), pos, re, im);
}

/* x (complex) converted to complex type to: each part converted. */
Val convert_complex(Builder *s, Val x, Type *to, Pos pos)
{
    Type *fp = part_type(x.type), *tp = part_type(to);
    return make(cvt(s, x.w[0], fp, tp, pos), cvt(s, x.w[1], fp, tp, pos), to);
}

/* complex(re, im) (or complex(f()) of a two-result f), real(x), imag(x)
 * with a non-constant result. */
Val complex_builtin(Builder *s, Expr *e, BuiltinId id)
{
    ExprList *args = &e->u.call.args;
    if (id == BUILTIN_COMPLEX && args->n == 1) { /* complex(f()), f with two results */
        CallResult cr = go_call(s, args->v[0]);
        if (cr.n != 2)
            return zero_val(s, e->type, e->pos);
        return make(cr.vals[0].w[0], cr.vals[1].w[0], e->type);
    }
    if (id == BUILTIN_COMPLEX) {
        Value *re = expr1(s, args->v[0]);
        Value *im = expr1(s, args->v[1]);
        return make(re, im, e->type);
    }
    Val x = expr(s, args->v[0]);
    return one(x.w[id == BUILTIN_REAL ? 0 : 1], e->type);
}

/* Prints x as gc's print does: (+1.000000e+000+2.000000e+000i), the
 * parts as float64s. */
void print_complex(Builder *s, Val x, Pos pos)
{
    Type *pt = part_type(x.type);
    Value *parts[2] = {cvt(s, x.w[0], pt, t_f64(), pos), cvt(s, x.w[1], pt, t_f64(), pos)};
    rtcall(s, RT_printcomplex, parts, NULL, NULL, pos);
}
