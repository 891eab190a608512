/*
 * constant_test.c — exact constant arithmetic (compiler/types/bigint.c,
 * compiler/types/constant.c): big integers beyond 64 bits, truncated division,
 * shifts, range checks against Go's integer types, and string constants.
 * Expected values were computed with gc's constant evaluation.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "bigint.h"
#include "constant.h"

static Const *lit(TokenKind tok, const char *s)
{
    const char *err = NULL;
    Const *c = const_from_literal(tok, s, (int)strlen(s), &err);
    cr_assert_not_null(c, "literal %s: %s", s, err ? err : "?");
    return c;
}

static Const *num(const char *s) { return lit(TK_INT, s); }

static const char *str(Const *c) { return const_string_of(c); }

Test(bigint, arithmetic_beyond_64_bits)
{
    BigInt a = bi_shl(bi_from_u64(1), 100);
    cr_assert_str_eq(bi_string(a), "1267650600228229401496703205376");
    BigInt q, r;
    bi_divmod(a, bi_from_i64(3), &q, &r);
    cr_assert_str_eq(bi_string(q), "422550200076076467165567735125");
    cr_assert_str_eq(bi_string(r), "1");
    BigInt p = bi_mul(bi_from_u64(UINT64_MAX), bi_from_u64(UINT64_MAX));
    cr_assert_str_eq(bi_string(p), "340282366920938463426481119284349108225");
    cr_assert_str_eq(bi_string(bi_sub(bi_from_i64(5), p)), "-340282366920938463426481119284349108220");
    cr_assert_eq(bi_cmp(bi_add(p, bi_from_i64(1)), p), 1);
    cr_assert_eq(bi_bitlen(a), 101);
}

Test(bigint, division_truncates_toward_zero)
{
    BigInt q, r;
    bi_divmod(bi_from_i64(-7), bi_from_i64(2), &q, &r);
    cr_assert_str_eq(bi_string(q), "-3");
    cr_assert_str_eq(bi_string(r), "-1");
    bi_divmod(bi_from_i64(7), bi_from_i64(-2), &q, &r);
    cr_assert_str_eq(bi_string(q), "-3");
    cr_assert_str_eq(bi_string(r), "1");
}

Test(bigint, shifts_and_bitwise_use_twos_complement)
{
    cr_assert_str_eq(bi_string(bi_shr(bi_from_i64(-7), 1)), "-4"); /* floor, as Go's >> */
    cr_assert_str_eq(bi_string(bi_and(bi_from_i64(-1), bi_from_i64(0xF0))), "240");
    cr_assert_str_eq(bi_string(bi_andnot(bi_from_i64(0xFF), bi_from_i64(0x0F))), "240");
    cr_assert_str_eq(bi_string(bi_xor(bi_from_i64(-1), bi_from_i64(1))), "-2");
}

Test(constant, literals)
{
    cr_assert_str_eq(str(num("0x_FF")), "255");
    cr_assert_str_eq(str(num("0b1010")), "10");
    cr_assert_str_eq(str(num("0o17")), "15");
    cr_assert_str_eq(str(num("1_000_000")), "1000000");
    cr_assert_str_eq(str(num("18446744073709551616")), "18446744073709551616");
    Const *r = lit(TK_CHAR, "'\\n'");
    cr_assert_eq(const_int64_val(r), 10);
    Const *s = lit(TK_STRING, "\"a\\x00b\"");
    cr_assert_eq(s->kind, CONST_STRING);
    cr_assert_eq(s->slen, 3);
    cr_assert_eq(s->s[1], 0);
}

Test(constant, exact_integer_arithmetic)
{
    Const *big = const_shift(TK_SHL, const_int64(1), 100);
    cr_assert_str_eq(str(const_binary(TK_QUO, big, const_int64(3), true)), "422550200076076467165567735125");
    cr_assert_str_eq(str(const_binary(TK_QUO, const_int64(-7), const_int64(2), true)), "-3");
    cr_assert_str_eq(str(const_binary(TK_REM, const_int64(-7), const_int64(2), true)), "-1");
    cr_assert_str_eq(str(const_shift(TK_SHR, big, 98)), "4");
    /* (1<<100) - (1<<100) + 1 fits again: only the final value matters */
    Const *one = const_binary(TK_ADD, const_binary(TK_SUB, big, big, true), const_int64(1), true);
    cr_assert(const_fits(one, 8, true));
    cr_assert_eq(const_int64_val(one), 1);
}

Test(constant, untyped_division_of_floats_is_exact)
{
    /* 1.0/3 is a float constant; times 3 it is exactly 1 again */
    Const *third = const_binary(TK_QUO, lit(TK_FLOAT, "1.0"), const_int64(3), false);
    Const *back = const_binary(TK_MUL, third, const_int64(3), false);
    cr_assert_eq(const_compare(back, const_int64(1)), 0);
    cr_assert_null(const_to_int(third));
    cr_assert_not_null(const_to_int(lit(TK_FLOAT, "2.0")));
}

Test(constant, fits_type_ranges)
{
    cr_assert(const_fits(const_int64(127), 8, true));
    cr_assert_not(const_fits(const_int64(128), 8, true));
    cr_assert(const_fits(const_int64(-128), 8, true));
    cr_assert_not(const_fits(const_int64(-129), 8, true));
    cr_assert(const_fits(const_int64(255), 8, false));
    cr_assert_not(const_fits(const_int64(256), 8, false));
    cr_assert_not(const_fits(const_int64(-1), 64, false));
    cr_assert(const_fits(num("18446744073709551615"), 64, false));
    cr_assert_not(const_fits(num("18446744073709551616"), 64, false));
    cr_assert_not(const_fits(num("9223372036854775808"), 64, true));
    cr_assert_eq(const_uint64_val(num("18446744073709551615")), UINT64_MAX);
}

Test(constant, unsigned_complement_uses_the_type_width)
{
    /* ^uint8(1) is 254, not -2 */
    cr_assert_str_eq(str(const_unary(TK_XOR, const_int64(1), 8)), "254");
    cr_assert_str_eq(str(const_unary(TK_XOR, const_int64(1), 0)), "-2");
    cr_assert_str_eq(str(const_unary(TK_SUB, const_int64(5), 0)), "-5");
}

Test(constant, strings_and_comparisons)
{
    Const *ab = const_binary(TK_ADD, const_string("ab", 2), const_string("cd", 2), false);
    cr_assert_eq(ab->slen, 4);
    cr_assert(memcmp(ab->s, "abcd", 4) == 0);
    cr_assert_str_eq(str(ab), "\"abcd\"");
    Const *lt = const_binary(TK_LSS, const_string("ab", 2), const_string("b", 1), false);
    cr_assert_eq(lt->kind, CONST_BOOL);
    cr_assert(lt->b);
    Const *eq = const_binary(TK_EQL, const_int64(3), num("3"), false);
    cr_assert(eq->b);
}

static Const *flt(const char *s) { return lit(TK_FLOAT, s); }

/* A float64 value whose mantissa ratio num/den is at least 1 kept its top
 * bit only by luck: 1.5 rounded to 0.5 before the quotient was sized. */
Test(constant, float64_value_keeps_the_leading_bit)
{
    cr_assert_eq(const_float64_val(flt("1.5")), 1.5);
    cr_assert_eq(const_float64_val(flt("12.5")), 12.5);
    cr_assert_eq(const_float64_val(flt("1e100")), 1e100);
    cr_assert_str_eq(str(flt("1.23456789e0")), "1.23457");
}

/* go/constant's limits: beyond 4096-bit rationals a 512-bit float, whose
 * exponent overflows past 2^MaxInt32 (test/fixedbugs/issue11326.go,
 * issue13471.go, issue13559.go; the texts are gc's). These once built
 * gigabit integers and ran for minutes. */
Test(constant, huge_literals_are_512_bit_floats)
{
    cr_assert_str_eq(str(flt("1e646456992")), "1e+646456992");
    cr_assert_str_eq(str(const_unary(TK_SUB, flt("1.23456789e10000000"), 0)), "-1.23457e+10000000");
    cr_assert_str_eq(str(flt("1.23456789e-1000000")), "1.23457e-1000000");
    cr_assert_str_eq(str(flt("1e10000")), "1e+10000");
    const char *err = NULL;
    cr_assert_null(const_from_literal(TK_FLOAT, "1e646456993", 11, &err));
    cr_assert_str_eq(err, "malformed constant");
    cr_assert(const_is_zero(flt("1e-646456994")));
    cr_assert_null(const_to_int(flt("1e10000")), "not an integer as gc sees it");
    cr_assert_eq(const_float64_val(flt("1e400")), HUGE_VAL);
}

Test(constant, approximate_float_arithmetic)
{
    Const *q = const_binary(TK_QUO, flt("1e10000"), flt("1e9998"), false);
    cr_assert_eq(const_int64_val(q), 100);
    Const *z = const_binary(TK_SUB, flt("1e10000"), flt("1e10000"), false);
    cr_assert(const_is_zero(z));
    cr_assert_eq(const_compare(flt("1e5000"), flt("1e4999")), 1);
    cr_assert_eq(const_compare(const_unary(TK_SUB, flt("1e5000"), 0), flt("1e4999")), -1);
    Const *inf = const_binary(TK_MUL, flt("1e646456992"), flt("10"), false);
    cr_assert_eq(inf->kind, CONST_UNKNOWN);
}

/* string(r) of an integer constant: UTF-8, or U+FFFD for what is not a
 * code point (negative, a surrogate, past U+10FFFF, past int64). */
Test(constant, rune_string)
{
    static const struct {
        int64_t r;
        const char *want;
    } cases[] = {
        {'a', "a"}, {0xE9, "\xC3\xA9"}, {0x20AC, "\xE2\x82\xAC"}, {0x1F600, "\xF0\x9F\x98\x80"},
        {-1, "\xEF\xBF\xBD"}, {0xD800, "\xEF\xBF\xBD"}, {0x110000, "\xEF\xBF\xBD"}, {1LL << 40, "\xEF\xBF\xBD"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Const *s = const_rune_string(const_int64(cases[i].r));
        cr_assert_eq(s->kind, CONST_STRING);
        cr_assert_eq(s->slen, (int64_t)strlen(cases[i].want));
        cr_assert(memcmp(s->s, cases[i].want, (size_t)s->slen) == 0, "string(%lld)", (long long)cases[i].r);
    }
    Const *big = const_shift(TK_SHL, const_int64(1), 70);
    cr_assert_eq(const_rune_string(big)->slen, 3, "past int64: U+FFFD");
}

/* Rounding to float32 and float64 is done once, from the exact value: at
 * float32's largest finite value and in the subnormal range, rounding to
 * float64 first and then to float32 would round twice (values from gc:
 * float32(c) printed with %b). */
Test(constant, float32_rounds_once)
{
    /* 2^128 - 2^104 + 2^103 - 2^40: just under the halfway point to 2^128 */
    Const *below = const_binary(TK_SUB, flt("0x1p128"), flt("0x1p104"), false);
    below = const_binary(TK_ADD, below, flt("0x1p103"), false);
    below = const_binary(TK_SUB, below, flt("0x1p40"), false);
    Const *r = const_round_float(below, 32);
    cr_assert_not_null(r);
    cr_assert_eq(const_float64_val(r), 0x1.fffffep127);
    Const *half = const_binary(TK_ADD, below, flt("0x1p40"), false);
    cr_assert_null(const_round_float(half, 32), "the halfway point rounds to 2^128: overflow");
    cr_assert_eq(const_float64_val(const_round_float(flt("0x1.8p-150"), 32)), 0x1p-149);
    cr_assert(const_is_zero(const_round_float(flt("0x1p-150"), 32)), "half the smallest step rounds to even: 0");
    cr_assert_eq(const_float64_val(const_round_float(flt("0x1.8p-1075"), 64)), 0x1p-1074);
}
