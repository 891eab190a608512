/*
 * constant.c — exact constant values (constant.h): literal parsing,
 * arithmetic, conversions between representations, and the text gc
 * prints for a constant in diagnostics.
 *
 * Representation invariants (every constructor here keeps them):
 *   - CONST_INT uses num only;
 *   - CONST_FLOAT is num/den with den > 0 and gcd(num, den) == 1; an
 *     integral float keeps kind CONST_FLOAT (2.0 is an untyped float);
 *   - CONST_COMPLEX has re and im of kind INT or FLOAT.
 * Operations on mixed kinds first promote both operands to the larger
 * kind, INT < FLOAT < COMPLEX, as go/constant's match() does.
 */
#include "constant.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "bigint.h"
#include "hashindex.h"

static Const *new_const(ConstKind k)
{
    Const *c = NEW(Const);
    c->kind = k;
    return c;
}

Const *const_bool(bool b)
{
    Const *c = new_const(CONST_BOOL);
    c->b = b;
    return c;
}

Const *const_string(const char *s, int64_t len)
{
    Const *c = new_const(CONST_STRING);
    c->s = s;
    c->slen = len;
    return c;
}

static Const *make_int(BigInt v)
{
    Const *c = new_const(CONST_INT);
    c->num = v;
    return c;
}

Const *const_int64(int64_t v) { return make_int(bi_from_i64(v)); }
Const *const_uint64(uint64_t v) { return make_int(bi_from_u64(v)); }

/*
 * Approximate floats. go/constant keeps a float as a big.Rat only while
 * numerator and denominator are under maxExp = 4096 bits, and otherwise
 * as a big.Float of 512 bits; big.Float's exponent is an int32, and
 * overflowing it gives an infinity, which go/constant turns into an
 * unknown value (so gc reports "malformed constant" for 1e646456993).
 * These are the same limits: an approximate value is num * 2^exp with
 * |num| of exactly FLOAT_PREC bits, rounded to nearest even.
 */
enum {
    FLOAT_PREC = 512,      /* gc's constant precision */
    MAX_EXACT_BITS = 4096, /* go/constant's maxExp */
};

static Const *approx_finish(Const *x);
static Const *rat_to_approx(BigInt num, BigInt den);

/* num/den reduced, den made positive; den must not be zero. */
static Const *make_float(BigInt num, BigInt den)
{
    if (den.neg) {
        num = bi_neg(num);
        den = bi_neg(den);
    }
    BigInt g = bi_gcd(num, den);
    if (!bi_is_zero(g) && !bi_is_one(g)) {
        bi_divmod(num, g, &num, NULL);
        bi_divmod(den, g, &den, NULL);
    }
    if (bi_is_zero(num))
        den = bi_from_u64(1);
    Const *c = new_const(CONST_FLOAT);
    c->num = num;
    c->den = den;
    if (bi_bitlen(num) >= MAX_EXACT_BITS || bi_bitlen(den) >= MAX_EXACT_BITS)
        return approx_finish(rat_to_approx(num, den));
    return c;
}

static Const *make_complex(Const *re, Const *im)
{
    Const *c = new_const(CONST_COMPLEX);
    c->re = re;
    c->im = im;
    return c;
}

Const *const_make_complex(Const *re, Const *im) { return make_complex(re, im); }

Const *const_unknown(void) { return new_const(CONST_UNKNOWN); }

/* --- Approximate floats --------------------------------------------------- */

/* Whether the low k bits of |a| are all zero. */
static bool low_bits_zero(BigInt a, int64_t k)
{
    a = bi_abs(a);
    if (k >= bi_bitlen(a))
        return bi_is_zero(a);
    return bi_cmp(bi_shl(bi_shr(a, (unsigned)k), (unsigned)k), a) == 0;
}

/* m * 2^e (plus a nonzero amount smaller than the last bit of m when
 * sticky) rounded to FLOAT_PREC bits, nearest even. The exponent is not
 * range-checked here: approx_finish does that once an operation is done. */
static Const *make_approx(BigInt m, int64_t e, bool sticky)
{
    bool neg = m.neg;
    m = bi_abs(m);
    int n = bi_bitlen(m);
    if (n == 0)
        return make_float(m, bi_from_u64(1));
    if (n > FLOAT_PREC) {
        int k = n - FLOAT_PREC;
        BigInt q = bi_shr(m, (unsigned)k);
        bool half = bi_low64(bi_shr(m, (unsigned)k - 1)) & 1;
        bool rest = sticky || !low_bits_zero(m, k - 1);
        if (half && (rest || (bi_low64(q) & 1))) {
            q = bi_add(q, bi_from_u64(1));
            if (bi_bitlen(q) > FLOAT_PREC) { /* carried into 2^FLOAT_PREC */
                q = bi_shr(q, 1);
                k++;
            }
        }
        m = q;
        e += k;
    } else if (n < FLOAT_PREC) {
        m = bi_shl(m, (unsigned)(FLOAT_PREC - n));
        e -= FLOAT_PREC - n;
    }
    Const *c = new_const(CONST_FLOAT);
    c->approx = true;
    c->num = neg ? bi_neg(m) : m;
    c->den = bi_from_u64(1);
    c->exp = e;
    return c;
}

/* big.Float's exponent range, [MinInt32, MaxInt32] for a mantissa in
 * [0.5, 1): beyond it the value is infinite (unknown here) or zero. */
static Const *approx_finish(Const *x)
{
    if (x->kind != CONST_FLOAT || !x->approx)
        return x;
    int64_t be = x->exp + FLOAT_PREC;
    if (be > INT32_MAX)
        return const_unknown();
    if (be < INT32_MIN)
        return make_float(bi_from_u64(0), bi_from_u64(1));
    return x;
}

/* num/den rounded to FLOAT_PREC bits: a quotient of FLOAT_PREC + 1 or + 2
 * bits, the remainder folded into the sticky bit. */
static Const *rat_to_approx(BigInt num, BigInt den)
{
    int64_t shift = FLOAT_PREC + 2 - (bi_bitlen(num) - bi_bitlen(den));
    if (shift > 0)
        num = bi_shl(num, (unsigned)shift);
    else if (shift < 0)
        den = bi_shl(den, (unsigned)-shift);
    BigInt q, r;
    bi_divmod(num, den, &q, &r);
    return make_approx(q, -shift, !bi_is_zero(r));
}

static Const *to_approx(Const *x)
{
    if (x->kind == CONST_INT)
        return make_approx(x->num, 0, false);
    if (x->approx || bi_is_zero(x->num))
        return x;
    return rat_to_approx(x->num, x->den);
}

/* x op y in 512-bit floating point; either operand may be exact. */
static Const *approx_arith(TokenKind op, Const *x, Const *y)
{
    Const *a = to_approx(x), *b = to_approx(y);
    if (op == TK_SUB) {
        b = const_unary(TK_SUB, b, 0);
        op = TK_ADD;
    }
    switch (op) {
    case TK_ADD: {
        if (bi_is_zero(a->num))
            return b;
        if (bi_is_zero(b->num))
            return a;
        if (a->exp < b->exp) {
            Const *t = a;
            a = b;
            b = t;
        }
        /* b lies entirely below a's rounding bit once the exponents are
         * more than FLOAT_PREC + 4 apart: only its sign and its being
         * nonzero matter, so stand in a single bit there for it. */
        int64_t d = a->exp - b->exp;
        BigInt bm = b->num;
        if (d > FLOAT_PREC + 4) {
            d = FLOAT_PREC + 4;
            bm = bi_from_i64(bm.neg ? -1 : 1);
        }
        return approx_finish(make_approx(bi_add(bi_shl(a->num, (unsigned)d), bm), a->exp - d, false));
    }
    case TK_MUL:
        if (bi_is_zero(a->num) || bi_is_zero(b->num))
            return make_float(bi_from_u64(0), bi_from_u64(1));
        return approx_finish(make_approx(bi_mul(a->num, b->num), a->exp + b->exp, false));
    case TK_QUO: {
        if (bi_is_zero(b->num))
            return const_unknown();
        if (bi_is_zero(a->num))
            return a;
        BigInt q, r;
        bi_divmod(bi_shl(a->num, FLOAT_PREC + 2), b->num, &q, &r);
        return approx_finish(make_approx(q, a->exp - b->exp - (FLOAT_PREC + 2), !bi_is_zero(r)));
    }
    default:
        return const_unknown();
    }
}

/* t * 2^e as an integer constant, or NULL if it has a fraction. */
static Const *approx_int(BigInt t, int64_t e)
{
    if (e >= 0)
        return make_int(bi_shl(t, (unsigned)e));
    if (!low_bits_zero(t, -e))
        return NULL;
    BigInt mag = bi_shr(bi_abs(t), (unsigned)-e);
    return make_int(t.neg ? bi_neg(mag) : mag);
}

/* go/constant's ToInt of a big.Float: only values of magnitude under
 * 2^4096 (no huge integers), and a value within 4 bits' rounding of an
 * integer counts as one, since earlier roundings may have left it off. */
static Const *approx_to_int(Const *x)
{
    int64_t be = x->exp + FLOAT_PREC;
    if (be <= -MAX_EXACT_BITS || be >= MAX_EXACT_BITS)
        return NULL;
    Const *i = approx_int(x->num, x->exp);
    if (i)
        return i;
    enum { DELTA = 4 };
    BigInt m = bi_abs(x->num), down = bi_shr(m, DELTA);
    BigInt up = bi_shr(bi_add(m, bi_from_u64((1u << DELTA) - 1)), DELTA);
    if (x->num.neg) {
        down = bi_neg(down);
        up = bi_neg(up);
    }
    i = approx_int(down, x->exp + DELTA);
    return i ? i : approx_int(up, x->exp + DELTA);
}

/* --- Promotion -------------------------------------------------------------- */

Const *const_to_float(Const *x)
{
    switch (x->kind) {
    case CONST_INT:
        return make_float(x->num, bi_from_u64(1));
    case CONST_FLOAT:
        return x;
    case CONST_COMPLEX:
        return const_is_zero(x->im) ? const_to_float(x->re) : NULL;
    default:
        return NULL;
    }
}

Const *const_to_int(Const *x)
{
    switch (x->kind) {
    case CONST_INT:
        return x;
    case CONST_FLOAT:
        if (x->approx)
            return approx_to_int(x);
        return bi_is_one(x->den) ? make_int(x->num) : NULL;
    case CONST_COMPLEX:
        return const_is_zero(x->im) ? const_to_int(x->re) : NULL;
    default:
        return NULL;
    }
}

Const *const_to_complex(Const *x)
{
    if (x->kind == CONST_COMPLEX)
        return x;
    if (x->kind == CONST_INT || x->kind == CONST_FLOAT)
        return make_complex(x, const_int64(0));
    return NULL;
}

/* Truncates a float toward zero (for int(x) of a representable float). */
Const *const_trunc(Const *x)
{
    x = const_to_float(x);
    if (x->approx) {
        /* Only representable values reach here, so the shift is small. */
        if (x->exp + FLOAT_PREC >= MAX_EXACT_BITS)
            return const_unknown();
        if (x->exp >= 0)
            return make_int(bi_shl(x->num, (unsigned)x->exp));
        BigInt mag = bi_shr(bi_abs(x->num), (unsigned)-x->exp);
        return make_int(x->num.neg ? bi_neg(mag) : mag);
    }
    BigInt q;
    bi_divmod(x->num, x->den, &q, NULL);
    return make_int(q);
}

Const *const_real(Const *x)
{
    return x->kind == CONST_COMPLEX ? x->re : x;
}

Const *const_imag(Const *x)
{
    return x->kind == CONST_COMPLEX ? x->im : const_int64(0);
}

bool const_is_zero(Const *x)
{
    switch (x->kind) {
    case CONST_INT:
    case CONST_FLOAT:
        return bi_is_zero(x->num);
    case CONST_COMPLEX:
        return const_is_zero(x->re) && const_is_zero(x->im);
    default:
        return false;
    }
}

int const_sign(Const *x)
{
    if (x->kind == CONST_INT || x->kind == CONST_FLOAT)
        return bi_sign(x->num);
    return const_is_zero(x) ? 0 : 1;
}

/* Promotes x and y to a common numeric kind. */
static void match(Const **x, Const **y)
{
    ConstKind k = (*x)->kind > (*y)->kind ? (*x)->kind : (*y)->kind;
    if (k == CONST_FLOAT) {
        *x = const_to_float(*x);
        *y = const_to_float(*y);
    } else if (k == CONST_COMPLEX) {
        *x = const_to_complex(*x);
        *y = const_to_complex(*y);
    }
}

/* --- Arithmetic --------------------------------------------------------------- */

static Const *float_arith(TokenKind op, Const *x, Const *y)
{
    if (x->approx || y->approx)
        return approx_arith(op, x, y);
    switch (op) {
    case TK_ADD:
        return make_float(bi_add(bi_mul(x->num, y->den), bi_mul(y->num, x->den)), bi_mul(x->den, y->den));
    case TK_SUB:
        return make_float(bi_sub(bi_mul(x->num, y->den), bi_mul(y->num, x->den)), bi_mul(x->den, y->den));
    case TK_MUL:
        return make_float(bi_mul(x->num, y->num), bi_mul(x->den, y->den));
    case TK_QUO:
        if (bi_is_zero(y->num))
            return const_unknown();
        return make_float(bi_mul(x->num, y->den), bi_mul(x->den, y->num));
    default:
        return const_unknown();
    }
}

static Const *complex_arith(TokenKind op, Const *x, Const *y)
{
    Const *a = x->re, *b = x->im, *c = y->re, *d = y->im;
    switch (op) {
    case TK_ADD:
    case TK_SUB:
        return make_complex(const_binary(op, a, c, false), const_binary(op, b, d, false));
    case TK_MUL: /* (ac - bd) + (bc + ad)i */
        return make_complex(const_binary(TK_SUB, const_binary(TK_MUL, a, c, false), const_binary(TK_MUL, b, d, false), false),
                            const_binary(TK_ADD, const_binary(TK_MUL, b, c, false), const_binary(TK_MUL, a, d, false), false));
    case TK_QUO: { /* ((ac + bd) + (bc - ad)i) / (cc + dd) */
        Const *s = const_binary(TK_ADD, const_binary(TK_MUL, c, c, false), const_binary(TK_MUL, d, d, false), false);
        if (const_is_zero(s))
            return const_unknown();
        Const *re = const_binary(TK_ADD, const_binary(TK_MUL, a, c, false), const_binary(TK_MUL, b, d, false), false);
        Const *im = const_binary(TK_SUB, const_binary(TK_MUL, b, c, false), const_binary(TK_MUL, a, d, false), false);
        return make_complex(const_binary(TK_QUO, re, s, false), const_binary(TK_QUO, im, s, false));
    }
    default:
        return const_unknown();
    }
}

static Const *int_arith(TokenKind op, Const *x, Const *y, bool intdiv)
{
    BigInt a = x->num, b = y->num, r;
    switch (op) {
    case TK_ADD: return make_int(bi_add(a, b));
    case TK_SUB: return make_int(bi_sub(a, b));
    case TK_MUL: return make_int(bi_mul(a, b));
    case TK_QUO:
        if (bi_is_zero(b))
            return const_unknown();
        if (!intdiv)
            return make_float(a, b);
        bi_divmod(a, b, &r, NULL);
        return make_int(r);
    case TK_REM:
        if (bi_is_zero(b))
            return const_unknown();
        bi_divmod(a, b, NULL, &r);
        return make_int(r);
    case TK_AND: return make_int(bi_and(a, b));
    case TK_OR: return make_int(bi_or(a, b));
    case TK_XOR: return make_int(bi_xor(a, b));
    case TK_AND_NOT: return make_int(bi_andnot(a, b));
    default: return const_unknown();
    }
}

static bool is_comparison(TokenKind op)
{
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static bool compare_result(TokenKind op, int c)
{
    switch (op) {
    case TK_EQL: return c == 0;
    case TK_NEQ: return c != 0;
    case TK_LSS: return c < 0;
    case TK_LEQ: return c <= 0;
    case TK_GTR: return c > 0;
    default: return c >= 0;
    }
}

static int string_cmp(Const *x, Const *y)
{
    int64_t n = x->slen < y->slen ? x->slen : y->slen;
    int c = memcmp(x->s, y->s, (size_t)n);
    if (c != 0)
        return c < 0 ? -1 : 1;
    return x->slen == y->slen ? 0 : x->slen < y->slen ? -1 : 1;
}

Const *const_binary(TokenKind op, Const *x, Const *y, bool intdiv)
{
    if (x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN)
        return const_unknown();
    if (x->kind == CONST_BOOL && y->kind == CONST_BOOL) {
        switch (op) {
        case TK_EQL: return const_bool(x->b == y->b);
        case TK_NEQ: return const_bool(x->b != y->b);
        case TK_LAND: return const_bool(x->b && y->b);
        case TK_LOR: return const_bool(x->b || y->b);
        default: return const_unknown();
        }
    }
    if (x->kind == CONST_STRING && y->kind == CONST_STRING) {
        if (is_comparison(op))
            return const_bool(compare_result(op, string_cmp(x, y)));
        if (op != TK_ADD)
            return const_unknown();
        char *s = xalloc((size_t)(x->slen + y->slen + 1));
        memcpy(s, x->s, (size_t)x->slen);
        memcpy(s + x->slen, y->s, (size_t)y->slen);
        return const_string(s, x->slen + y->slen);
    }
    if (x->kind < CONST_INT || y->kind < CONST_INT)
        return const_unknown();
    if (is_comparison(op)) {
        if (x->kind == CONST_COMPLEX || y->kind == CONST_COMPLEX) {
            if (op != TK_EQL && op != TK_NEQ)
                return const_unknown();
            match(&x, &y);
            bool eq = const_compare(x->re, y->re) == 0 && const_compare(x->im, y->im) == 0;
            return const_bool(op == TK_EQL ? eq : !eq);
        }
        return const_bool(compare_result(op, const_compare(x, y)));
    }
    match(&x, &y);
    switch (x->kind) {
    case CONST_INT: return int_arith(op, x, y, intdiv);
    case CONST_FLOAT: return float_arith(op, x, y);
    default: return complex_arith(op, x, y);
    }
}

Const *const_unary(TokenKind op, Const *x, int prec_bits)
{
    switch (op) {
    case TK_ADD:
        return x;
    case TK_SUB:
        switch (x->kind) {
        case CONST_INT: return make_int(bi_neg(x->num));
        case CONST_FLOAT:
            if (x->approx) {
                Const *c = make_approx(x->num, x->exp, false);
                c->num = bi_neg(c->num);
                return c;
            }
            return make_float(bi_neg(x->num), x->den);
        case CONST_COMPLEX: return make_complex(const_unary(TK_SUB, x->re, 0), const_unary(TK_SUB, x->im, 0));
        default: return const_unknown();
        }
    case TK_XOR: {
        if (x->kind != CONST_INT)
            return const_unknown();
        /* ^x is x ^ -1 for signed values; for unsigned ones of prec_bits
         * bits, x ^ (1<<prec_bits - 1) (the spec's "all bits set"). */
        BigInt m = bi_from_i64(-1);
        if (prec_bits > 0)
            m = bi_sub(bi_shl(bi_from_u64(1), (unsigned)prec_bits), bi_from_u64(1));
        return make_int(bi_xor(x->num, m));
    }
    case TK_NOT:
        return x->kind == CONST_BOOL ? const_bool(!x->b) : const_unknown();
    default:
        return const_unknown();
    }
}

Const *const_shift(TokenKind op, Const *x, unsigned s)
{
    Const *i = const_to_int(x);
    if (!i)
        return const_unknown();
    return make_int(op == TK_SHL ? bi_shl(i->num, s) : bi_shr(i->num, s));
}

int const_compare(Const *x, Const *y)
{
    if (x->kind == CONST_STRING && y->kind == CONST_STRING)
        return string_cmp(x, y);
    if (x->kind == CONST_COMPLEX || y->kind == CONST_COMPLEX) {
        Const *a = const_to_complex(x), *b = const_to_complex(y);
        int c = const_compare(a->re, b->re);
        return c ? c : const_compare(a->im, b->im);
    }
    if (x->kind == CONST_INT && y->kind == CONST_INT)
        return bi_cmp(x->num, y->num);
    if (x->kind < CONST_INT || y->kind < CONST_INT)
        return 0;
    x = const_to_float(x);
    y = const_to_float(y);
    if (x->approx || y->approx) {
        /* Unlike signs decide at once; like signs cannot overflow. */
        int sx = bi_sign(x->num), sy = bi_sign(y->num);
        if (sx != sy)
            return sx < sy ? -1 : 1;
        return const_sign(approx_arith(TK_SUB, x, y));
    }
    return bi_cmp(bi_mul(x->num, y->den), bi_mul(y->num, x->den));
}

/* --- Limits ------------------------------------------------------------------------ */

bool const_fits(Const *x, int bits, bool is_signed)
{
    Const *i = const_to_int(x);
    if (!i)
        return false;
    BigInt v = i->num;
    if (is_signed) {
        if (v.neg)
            return bi_cmp_abs(v, bi_shl(bi_from_u64(1), (unsigned)bits - 1)) <= 0;
        return bi_bitlen(v) <= bits - 1;
    }
    return !v.neg && bi_bitlen(v) <= bits;
}

int const_bitlen(Const *x)
{
    Const *i = const_to_int(x);
    return i ? bi_bitlen(i->num) : 0;
}

int64_t const_int64_val(Const *x)
{
    Const *i = const_to_int(x);
    return i ? (int64_t)bi_low64(i->num) : 0;
}

uint64_t const_uint64_val(Const *x)
{
    Const *i = const_to_int(x);
    return i ? bi_low64(i->num) : 0;
}

/*
 * Rounds num/den to the nearest double: a quotient of at least 66 bits
 * with a sticky bit for the remainder, so the single rounding done by the
 * uint64 -> double conversion is correct (except in the subnormal range,
 * where ldexp rounds a second time).
 */
uint64_t const_hash(Const *x)
{
    switch (x->kind) {
    case CONST_STRING:
        return hash_bytes(x->s, (size_t)x->slen);
    case CONST_BOOL:
        return hash_u64(x->b);
    case CONST_INT:
    case CONST_FLOAT: {
        /* Equal numbers have equal float64 approximations, whether held
         * as integers or rationals; -0 is folded into 0. */
        double d = const_float64_val(x);
        uint64_t bits;
        if (d == 0)
            d = 0;
        memcpy(&bits, &d, sizeof bits);
        return hash_u64(bits);
    }
    default:
        return 0;
    }
}

/* x (INT or FLOAT, nonzero) as |x| = top * 2^e with top of 62 bits and
 * a sticky bit (bit 0 set if anything nonzero was cut off below), enough
 * for a single correct rounding to any binary format up to 60 bits of
 * mantissa. Exponents far outside float64's range are clamped. */
static void top_bits(Const *x, uint64_t *top, int64_t *e)
{
    if (x->approx) {
        BigInt m = bi_abs(x->num);
        *top = bi_low64(bi_shr(m, FLOAT_PREC - 62)) | !low_bits_zero(m, FLOAT_PREC - 62);
        int64_t ex = x->exp + FLOAT_PREC - 62;
        *e = ex > 4000 ? 4000 : ex < -4000 ? -4000 : ex;
        return;
    }
    BigInt n = bi_abs(x->num), d = x->den;
    int shift = 63 - (bi_bitlen(n) - bi_bitlen(d)); /* quotient gets 63..64 bits */
    if (shift > 0)
        n = bi_shl(n, (unsigned)shift);
    else if (shift < 0)
        d = bi_shl(d, (unsigned)-shift);
    BigInt q, r;
    bi_divmod(n, d, &q, &r);
    uint64_t m = bi_low64(q);
    /* the top 62 bits, the rest folded into a sticky bit */
    uint64_t sticky = (m & 3) != 0 || !bi_is_zero(r);
    *top = (m >> 2) | sticky;
    *e = 2 - shift;
}

/* |x| rounded once, to nearest even, to a binary float of mant bits of
 * mantissa whose smallest (subnormal) step is 2^min_exp: returns m and
 * *e with |x| ~ m * 2^e, m < 2^(mant+1). Rounding in one step matters at
 * the boundaries: rounding to float64 first and then to float32 turns
 * MaxFloat32 + ulp/2 - tiny into the halfway point, then into +Inf. */
static uint64_t round_bits(Const *x, int mant, int min_exp, int64_t *e)
{
    uint64_t top;
    top_bits(x, &top, e);
    int len = 64 - __builtin_clzll(top);
    int64_t drop = len - mant;
    if (*e + drop < min_exp)
        drop = min_exp - *e; /* subnormal: fewer bits are kept */
    if (drop <= 0)
        return top;
    if (drop >= 64) {
        *e += drop;
        return 0;
    }
    uint64_t m = top >> drop, rest = top & ((UINT64_C(1) << drop) - 1), half = UINT64_C(1) << (drop - 1);
    if (rest > half || (rest == half && (m & 1)))
        m++;
    *e += drop;
    return m;
}

/* x as a float of the given mantissa bits and exponent limits, or +-Inf
 * when it overflows. */
static double round_float(Const *x, int mant, int min_exp, bool narrow)
{
    if (x->kind == CONST_COMPLEX)
        x = x->re;
    x = const_to_float(x);
    if (!x || bi_is_zero(x->num))
        return 0;
    int64_t e;
    uint64_t m = round_bits(x, mant, min_exp, &e);
    /* m has at most mant + 1 bits: the conversion and scaling are exact
     * unless the result overflows */
    double v = narrow ? (double)ldexpf((float)m, (int)(e > 1000 ? 1000 : e))
                      : ldexp((double)m, (int)(e > 4000 ? 4000 : e));
    return x->num.neg ? -v : v;
}

double const_float64_val(Const *x) { return round_float(x, 53, -1074, false); }

/* The exact rational value of a finite double. */
Const *const_from_double(double v)
{
    int e;
    double f = frexp(v, &e); /* v = f * 2^e, 0.5 <= |f| < 1 */
    int64_t m = (int64_t)ldexp(f, 64 - 11);
    e -= 64 - 11;
    BigInt num = bi_from_i64(m), den = bi_from_u64(1);
    if (e > 0)
        num = bi_shl(num, (unsigned)e);
    else
        den = bi_shl(den, (unsigned)-e);
    return make_float(num, den);
}

/* Rounds a numeric constant to float32 or float64 precision (bits 32 or
 * 64); NULL if it overflows to infinity there. */
Const *const_round_float(Const *x, int bits)
{
    if (x->kind == CONST_COMPLEX) {
        Const *re = const_round_float(x->re, bits), *im = const_round_float(x->im, bits);
        return re && im ? make_complex(re, im) : NULL;
    }
    double v = bits == 32 ? round_float(x, 24, -149, true) : round_float(x, 53, -1074, false);
    if (isinf(v))
        return NULL;
    return const_from_double(v);
}

/* --- Literals ---------------------------------------------------------------------- */

/* 10^k rounded to FLOAT_PREC bits, by repeated squaring; the exponent
 * is left unchecked for the caller (10^k may overflow where mant / 10^k
 * does not). */
static Const *approx_pow10(uint64_t k)
{
    Const *r = make_approx(bi_from_u64(1), 0, false);
    Const *p = make_approx(bi_from_u64(10), 0, false);
    for (;;) {
        if (k & 1)
            r = make_approx(bi_mul(r->num, p->num), r->exp + p->exp, false);
        k >>= 1;
        if (!k)
            return r;
        p = make_approx(bi_mul(p->num, p->num), 2 * p->exp, false);
    }
}

/* Value of a decimal or hexadecimal floating-point literal (no 'i'). */
static Const *parse_float(const char *s, int len, const char **err)
{
    int base = 10, i = 0;
    if (len >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        i = 2;
    }
    BigInt mant = {0};
    int64_t exp = 0; /* power of base (10) or of 2 (hex) */
    bool frac = false;
    for (; i < len; i++) {
        int c = s[i], d;
        if (c == '_')
            continue;
        if (c == '.') {
            frac = true;
            continue;
        }
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            break;
        mant = bi_add(bi_mul(mant, bi_from_u64((uint64_t)base)), bi_from_u64((uint64_t)d));
        if (frac)
            exp -= base == 16 ? 4 : 1;
    }
    if (i < len) { /* exponent */
        i++;
        bool neg = false;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            neg = s[i++] == '-';
        /* Capped far beyond big.Float's range (2^MaxInt32 is about
         * 1e646456992), where the value is infinite or zero anyway, so
         * that the arithmetic below cannot overflow int64. */
        const int64_t cap = (int64_t)1 << 40;
        int64_t e = 0;
        for (; i < len; i++) {
            if (s[i] == '_')
                continue;
            if (s[i] < '0' || s[i] > '9') {
                *err = "malformed constant";
                return NULL;
            }
            if (e < cap)
                e = e * 10 + (s[i] - '0');
        }
        exp += neg ? -e : e;
    }
    if (bi_is_zero(mant))
        return make_float(mant, bi_from_u64(1));
    /* Binary exponent of the value, roughly: within go/constant's
     * 4096-bit limit the value is an exact rational, beyond it a 512-bit
     * float (see make_approx). */
    int64_t bexp = bi_bitlen(mant) + (base == 16 ? exp : exp * 3322 / 1000);
    Const *v;
    BigInt one = bi_from_u64(1);
    if (bexp > -MAX_EXACT_BITS && bexp < MAX_EXACT_BITS) {
        if (base == 16)
            v = exp >= 0 ? make_float(bi_shl(mant, (unsigned)exp), one) : make_float(mant, bi_shl(one, (unsigned)-exp));
        else
            v = exp >= 0 ? make_float(bi_mul(mant, bi_pow10((unsigned)exp)), one) : make_float(mant, bi_pow10((unsigned)-exp));
    } else if (base == 16) {
        v = approx_finish(make_approx(mant, exp, false));
    } else {
        Const *p = approx_pow10((uint64_t)(exp < 0 ? -exp : exp));
        Const *m = make_approx(mant, 0, false);
        if (exp >= 0) {
            v = approx_finish(make_approx(bi_mul(m->num, p->num), m->exp + p->exp, false));
        } else {
            BigInt q, r;
            bi_divmod(bi_shl(m->num, FLOAT_PREC + 2), p->num, &q, &r);
            v = approx_finish(make_approx(q, m->exp - p->exp - (FLOAT_PREC + 2), !bi_is_zero(r)));
        }
    }
    if (v->kind == CONST_UNKNOWN) {
        *err = "malformed constant";
        return NULL;
    }
    return v;
}

static Const *parse_int(const char *s, int len, const char **err)
{
    int base = 10;
    if (len >= 2 && s[0] == '0') {
        switch (s[1]) {
        case 'x': case 'X': base = 16; s += 2; len -= 2; break;
        case 'b': case 'B': base = 2; s += 2; len -= 2; break;
        case 'o': case 'O': base = 8; s += 2; len -= 2; break;
        default: base = 8; break; /* legacy octal 0777 */
        }
    }
    BigInt v;
    if (!bi_from_digits(s, len, base, &v)) {
        *err = "malformed constant";
        return NULL;
    }
    return make_int(v);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static void put_utf8(Buf *b, uint32_t r)
{
    if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
        r = 0xFFFD;
    if (r < 0x80) {
        buf_putc(b, (char)r);
    } else if (r < 0x800) {
        buf_putc(b, (char)(0xC0 | (r >> 6)));
        buf_putc(b, (char)(0x80 | (r & 0x3F)));
    } else if (r < 0x10000) {
        buf_putc(b, (char)(0xE0 | (r >> 12)));
        buf_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
        buf_putc(b, (char)(0x80 | (r & 0x3F)));
    } else {
        buf_putc(b, (char)(0xF0 | (r >> 18)));
        buf_putc(b, (char)(0x80 | ((r >> 12) & 0x3F)));
        buf_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
        buf_putc(b, (char)(0x80 | (r & 0x3F)));
    }
}

/* Decodes one UTF-8 sequence at s (n bytes left); returns its length. */
static int decode_utf8(const unsigned char *s, int n, uint32_t *r)
{
    int len = s[0] < 0x80 ? 1 : s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
    if (len > n || (s[0] >= 0x80 && s[0] < 0xC0)) {
        *r = 0xFFFD;
        return 1;
    }
    uint32_t v = len == 1 ? s[0] : len == 2 ? s[0] & 0x1F : len == 3 ? s[0] & 0x0F : s[0] & 0x07;
    for (int i = 1; i < len; i++)
        v = v << 6 | (s[i] & 0x3F);
    *r = v;
    return len;
}

/*
 * Decodes one character or escape of a rune or interpreted string literal
 * at s[*i]; stores a code point in *r, or a single byte in *byte (for \x
 * and octal escapes, which denote bytes). The scanner has already
 * reported malformed escapes, so this trusts the syntax.
 */
static void unquote_char(const char *s, int len, int *i, uint32_t *r, int *byte)
{
    *byte = -1;
    if (s[*i] != '\\') {
        *i += decode_utf8((const unsigned char *)s + *i, len - *i, r);
        return;
    }
    char c = s[*i + 1];
    *i += 2;
    int ndig = 0, base = 16;
    switch (c) {
    case 'a': *r = 7; return;
    case 'b': *r = 8; return;
    case 'f': *r = 12; return;
    case 'n': *r = 10; return;
    case 'r': *r = 13; return;
    case 't': *r = 9; return;
    case 'v': *r = 11; return;
    case 'x': ndig = 2; break;
    case 'u': ndig = 4; break;
    case 'U': ndig = 8; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        ndig = 3;
        base = 8;
        *i -= 1;
        break;
    default: *r = (uint32_t)c; return; /* \\ \' \" */
    }
    uint32_t v = 0;
    for (int k = 0; k < ndig && *i < len; k++, (*i)++) {
        int d = hexval(s[*i]);
        v = v * (uint32_t)base + (uint32_t)(d < 0 ? 0 : d);
    }
    if (c == 'x' || base == 8)
        *byte = (int)(v & 0xFF);
    *r = v;
}

Const *const_rune_string(Const *i)
{
    int64_t r = const_fits(i, 32, true) ? const_int64_val(i) : 0xFFFD;
    if (!const_fits(i, 64, true) || r < 0)
        r = 0xFFFD;
    Buf b = {0};
    put_utf8(&b, (uint32_t)r); /* also replaces surrogates and values past U+10FFFF */
    char *t = xalloc(b.len + 1);
    memcpy(t, b.s, b.len);
    Const *c = const_string(t, (int64_t)b.len);
    free(b.s);
    return c;
}

static Const *parse_string(const char *s, int len)
{
    Buf b = {0};
    buf_puts(&b, "");
    if (s[0] == '`') {
        for (int i = 1; i < len - 1; i++)
            if (s[i] != '\r')
                buf_putc(&b, s[i]);
    } else {
        int i = 1;
        while (i < len - 1) {
            uint32_t r;
            int byte;
            unquote_char(s, len - 1, &i, &r, &byte);
            if (byte >= 0)
                buf_putc(&b, (char)byte);
            else
                put_utf8(&b, r);
        }
    }
    char *t = xalloc(b.len + 1);
    memcpy(t, b.s, b.len);
    Const *c = const_string(t, (int64_t)b.len);
    free(b.s);
    return c;
}

Const *const_from_literal(TokenKind tok, const char *lit, int len, const char **err)
{
    *err = NULL;
    switch (tok) {
    case TK_INT:
        return parse_int(lit, len, err);
    case TK_FLOAT:
        return parse_float(lit, len, err);
    case TK_IMAG: {
        /* "0123i" and "0_1_2i" are decimal, for backward compatibility */
        bool is_float = false;
        bool hex = len > 2 && lit[0] == '0' && (lit[1] == 'x' || lit[1] == 'X');
        for (int i = 0; i < len - 1; i++)
            if (lit[i] == '.' || (!hex && (lit[i] == 'e' || lit[i] == 'E')) || (hex && (lit[i] == 'p' || lit[i] == 'P')))
                is_float = true;
        Const *im;
        if (is_float || (lit[0] == '0' && len > 2 && ((lit[1] >= '0' && lit[1] <= '9') || lit[1] == '_')))
            im = parse_float(lit, len - 1, err);
        else
            im = parse_int(lit, len - 1, err);
        return im ? make_complex(const_int64(0), im) : NULL;
    }
    case TK_CHAR: {
        int i = 1, byte;
        uint32_t r;
        unquote_char(lit, len - 1, &i, &r, &byte);
        return const_int64(byte >= 0 ? byte : (int64_t)r);
    }
    case TK_STRING:
        return parse_string(lit, len);
    default:
        *err = "malformed constant";
        return NULL;
    }
}

/* --- Rendering ------------------------------------------------------------------------ */

/* strconv.Quote: printable runes as is, the rest escaped. */
static void quote(Buf *b, const char *s, int64_t n)
{
    buf_putc(b, '"');
    for (int64_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        uint32_t r;
        int l = decode_utf8((const unsigned char *)s + i, (int)(n - i > 4 ? 4 : n - i), &r);
        if (r == 0xFFFD && l == 1 && c >= 0x80) {
            buf_printf(b, "\\x%02x", c);
        } else if (c == '"' || c == '\\') {
            buf_putc(b, '\\');
            buf_putc(b, (char)c);
        } else if (c == '\n') {
            buf_puts(b, "\\n");
        } else if (c == '\t') {
            buf_puts(b, "\\t");
        } else if (c == '\r') {
            buf_puts(b, "\\r");
        } else if (c < 0x20 || c == 0x7F) {
            buf_printf(b, "\\x%02x", c);
        } else {
            buf_write(b, s + i, (size_t)l);
        }
        i += l;
    }
    buf_putc(b, '"');
}

/* 10^f for |f| < 1, by the Taylor series of e^(f ln 10), which has
 * converged to double precision after 40 terms (hood links no libm). */
static double pow10_frac(double f)
{
    double x = f * 2.30258509299404568402, term = 1, sum = 1;
    for (int k = 1; k < 40; k++) {
        term *= x / k;
        sum += term;
    }
    return sum;
}

/* %.6g of a float constant, also outside the range of double, where
 * the decimal exponent is estimated from the binary one as go/constant's
 * floatVal.String does (precise formatting of 1e+646456992 would take
 * far too long), so the digits printed are gc's. */
static void float_text(Buf *b, Const *x)
{
    char tmp[64];
    double v = const_float64_val(x);
    if (!isinf(v) && (v != 0) == !bi_is_zero(x->num)) {
        snprintf(tmp, sizeof tmp, "%.6g", v);
        buf_puts(b, tmp);
        return;
    }
    Const *a = to_approx(x);
    /* a = m * 2^be with 0.5 <= |m| < 1 */
    int64_t be = a->exp + FLOAT_PREC;
    Const *mant = make_approx(a->num, -FLOAT_PREC, false);
    double m = const_float64_val(mant);
    double d = (double)be * 0.30102999566398119521; /* log10(2) */
    int64_t e = (int64_t)d;
    m *= pow10_frac(d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    snprintf(tmp, sizeof tmp, "%.6ge%+lld", m, (long long)e);
    buf_puts(b, tmp);
}

static void const_text(Buf *b, Const *x)
{
    switch (x->kind) {
    case CONST_UNKNOWN:
        buf_puts(b, "unknown");
        break;
    case CONST_BOOL:
        buf_puts(b, x->b ? "true" : "false");
        break;
    case CONST_STRING: {
        /* go/constant shortens long strings to 72 characters */
        Buf q = {0};
        quote(&q, x->s, x->slen);
        if (q.len > 72) {
            size_t cut = 72 - 3;
            while (cut > 0 && ((unsigned char)q.s[cut] & 0xC0) == 0x80)
                cut--;
            buf_write(b, q.s, cut);
            buf_puts(b, "...");
        } else {
            buf_puts(b, q.s);
        }
        free(q.s);
        break;
    }
    case CONST_INT:
        buf_puts(b, bi_string(x->num));
        break;
    case CONST_FLOAT:
        float_text(b, x);
        break;
    case CONST_COMPLEX:
        buf_putc(b, '(');
        const_text(b, x->re);
        buf_puts(b, " + ");
        const_text(b, x->im);
        buf_puts(b, "i)");
        break;
    }
}

const char *const_string_of(Const *x)
{
    Buf b = {0};
    buf_puts(&b, "");
    const_text(&b, x);
    const char *s = xstrdup(b.s);
    free(b.s);
    return s;
}
