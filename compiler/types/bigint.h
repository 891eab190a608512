/*
 * bigint.h — arbitrary-precision integers for exact constant arithmetic
 * (constant.c). The representation, BigInt, is declared in constant.h:
 * sign and magnitude, 32-bit limbs least significant first, no leading
 * zero limbs; zero is {neg = false, n = 0}.
 *
 * Every operation returns a fresh arena-allocated value and never modifies
 * its operands, so values can be shared freely. Bitwise operations use the
 * two's complement meaning of negative numbers (as Go's math/big does), and
 * shifts right round toward negative infinity.
 */
#ifndef HOOD_BIGINT_H
#define HOOD_BIGINT_H

#include "constant.h"

BigInt bi_from_u64(uint64_t v);
BigInt bi_from_i64(int64_t v);
/* Parses digits (no sign, no prefix, underscores skipped) in base 2..16;
 * returns false on a digit out of range. */
bool bi_from_digits(const char *s, int len, int base, BigInt *out);

bool bi_is_zero(BigInt a);
int bi_sign(BigInt a);                 /* -1, 0, 1 */
int bi_cmp(BigInt a, BigInt b);        /* -1, 0, 1 */
int bi_cmp_abs(BigInt a, BigInt b);
int bi_bitlen(BigInt a);               /* bits of |a| */
bool bi_is_one(BigInt a);              /* a == 1 */

BigInt bi_neg(BigInt a);
BigInt bi_abs(BigInt a);
BigInt bi_add(BigInt a, BigInt b);
BigInt bi_sub(BigInt a, BigInt b);
BigInt bi_mul(BigInt a, BigInt b);
/* Truncated division: q = a/b rounded toward zero, r = a - q*b (sign of a).
 * b must not be zero. Either output pointer may be NULL. */
void bi_divmod(BigInt a, BigInt b, BigInt *q, BigInt *r);
BigInt bi_gcd(BigInt a, BigInt b);     /* of |a| and |b| */
BigInt bi_shl(BigInt a, unsigned s);
BigInt bi_shr(BigInt a, unsigned s);   /* floor(a / 2^s) */
BigInt bi_and(BigInt a, BigInt b);
BigInt bi_or(BigInt a, BigInt b);
BigInt bi_xor(BigInt a, BigInt b);
BigInt bi_andnot(BigInt a, BigInt b);
BigInt bi_pow10(unsigned e);

/* Low 64 bits of the two's complement representation. */
uint64_t bi_low64(BigInt a);
/* Decimal text, '-' for negatives, in arena memory. */
const char *bi_string(BigInt a);

#endif
