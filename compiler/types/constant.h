/*
 * constant.h — exact constant values, as go/constant represents them.
 *
 * Go's untyped constants are exact: integers are arbitrary precision and
 * floating-point constants are exact rationals while numerator and
 * denominator stay under 4096 bits. Beyond that they become 512-bit
 * binary floats, as go/constant switches from big.Rat to big.Float: an
 * exact 1e646456992 would be a 2-gigabit integer, and gc reports (and
 * prints) such values from the 512-bit approximation. Values are
 * immutable and arena-allocated; operations return new values.
 */
#ifndef HOOD_CONSTANT_H
#define HOOD_CONSTANT_H

#include "ast.h"

typedef enum ConstKind {
    CONST_UNKNOWN, /* result of an invalid operation; silences follow-on errors */
    CONST_BOOL,
    CONST_STRING,
    CONST_INT,
    CONST_FLOAT,   /* exact rational num/den */
    CONST_COMPLEX,
} ConstKind;

/* Arbitrary-precision integer: sign and magnitude in 32-bit limbs,
 * least significant first, no leading zero limbs (zero has n == 0). */
typedef struct BigInt {
    bool neg;
    int n;
    uint32_t *limb;
} BigInt;

struct Const {
    ConstKind kind;
    bool b;                 /* CONST_BOOL */
    const char *s; int64_t slen; /* CONST_STRING: bytes, may contain NUL */
    BigInt num, den;        /* CONST_INT: num (den unused); CONST_FLOAT: num/den, den > 0, reduced */
    bool approx;            /* CONST_FLOAT only: value is num * 2^exp, |num| of exactly 512 bits */
    int64_t exp;
    Const *re, *im;         /* CONST_COMPLEX: parts are INT or FLOAT */
};

Const *const_bool(bool b);
Const *const_string(const char *s, int64_t len);
/* string(i) of integer constant i (spec "Conversions"): the UTF-8 of
 * the code point, "\uFFFD" if i is not a valid one. */
Const *const_rune_string(Const *i);
Const *const_int64(int64_t v);
Const *const_uint64(uint64_t v);
/* Parses a Go literal (int, float, imaginary, rune, string); NULL and
 * *err set to gc's message if malformed. */
Const *const_from_literal(TokenKind tok, const char *lit, int len, const char **err);

/* Binary operation op (a TokenKind such as TK_ADD, TK_EQL, TK_SHL).
 * Integer division (intdiv) truncates; it is used when both operands are
 * integer constants. Division by zero is the caller's check. */
Const *const_binary(TokenKind op, Const *x, Const *y, bool intdiv);
Const *const_unary(TokenKind op, Const *x, int prec_bits /* for ^ on unsigned: 0 = signed */);
Const *const_shift(TokenKind op, Const *x, unsigned s);
int const_compare(Const *x, Const *y); /* -1/0/1; numeric kinds only */
/* A hash under which equal constants (const_compare == 0 for numbers,
 * the same bytes for strings) agree, whatever their representation. */
uint64_t const_hash(Const *x);

/* Conversions between representations; return NULL if not representable
 * exactly (e.g. const_to_int of 1.5). */
Const *const_to_int(Const *x);
Const *const_to_float(Const *x);
bool const_is_zero(Const *x);

/* Whether x fits in a value of `bits` bits, signed or unsigned. */
bool const_fits(Const *x, int bits, bool is_signed);
/* Exact value of an integer constant that fits, two's complement. */
int64_t const_int64_val(Const *x);
uint64_t const_uint64_val(Const *x);
/* The value rounded to a double (used for float constants). */
double const_float64_val(Const *x);

/* Go-syntax rendering for diagnostics, as gc prints constants
 * (e.g. "1 << 63", "1e+100", "\"abc\""). */
const char *const_string_of(Const *x);

/* --- Additions used by the checker ----------------------------------------- */

Const *const_unknown(void);
Const *const_make_complex(Const *re, Const *im);
Const *const_to_complex(Const *x);       /* NULL for non-numeric x */
Const *const_trunc(Const *x);            /* integer part of a numeric constant */
Const *const_real(Const *x);
Const *const_imag(Const *x);
int const_sign(Const *x);                /* -1/0/1 for INT and FLOAT */
int const_bitlen(Const *x);              /* bits of |x| for integral values */
/* The exact value of a finite double. */
Const *const_from_double(double v);
/* x rounded to float32 (bits 32) or float64 (bits 64) precision, as a
 * typed float constant holds it; NULL if it overflows to infinity. */
Const *const_round_float(Const *x, int bits);

#endif
