/*
 * bigint.c — arbitrary-precision integer arithmetic on sign-magnitude
 * BigInts (see bigint.h). Magnitudes are arrays of 32-bit limbs so that a
 * limb product fits in uint64_t. Division is Knuth's algorithm D (TAOCP
 * vol. 2, 4.3.1); everything else is schoolbook, which is plenty for the
 * sizes Go constants reach (gc caps integer constants at 512 bits; exact
 * rationals of float literals reach a few thousand bits).
 *
 * Invariant of every value returned: no leading zero limb, and zero is
 * never negative (norm() establishes both).
 */
#include "bigint.h"

#include <string.h>

static uint32_t *limbs(int n) { return NEWARRAY(uint32_t, n > 0 ? n : 1); }

/* Establishes the representation invariant on a freshly computed value. */
static BigInt norm(bool neg, uint32_t *l, int n)
{
    while (n > 0 && l[n - 1] == 0)
        n--;
    BigInt r = {neg && n > 0, n, l};
    return r;
}

BigInt bi_from_u64(uint64_t v)
{
    uint32_t *l = limbs(2);
    l[0] = (uint32_t)v;
    l[1] = (uint32_t)(v >> 32);
    return norm(false, l, 2);
}

BigInt bi_from_i64(int64_t v)
{
    BigInt r = bi_from_u64(v < 0 ? -(uint64_t)v : (uint64_t)v);
    r.neg = v < 0;
    return r;
}

/* Multiplies |a| by a small factor and adds a small term, in place. */
static BigInt mul_add_small(BigInt a, uint32_t m, uint32_t add)
{
    uint32_t *l = limbs(a.n + 1);
    uint64_t carry = add;
    for (int i = 0; i < a.n; i++) {
        uint64_t t = (uint64_t)a.limb[i] * m + carry;
        l[i] = (uint32_t)t;
        carry = t >> 32;
    }
    l[a.n] = (uint32_t)carry;
    return norm(a.neg, l, a.n + 1);
}

bool bi_from_digits(const char *s, int len, int base, BigInt *out)
{
    BigInt r = {0};
    for (int i = 0; i < len; i++) {
        int c = s[i], d;
        if (c == '_')
            continue;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return false;
        if (d >= base)
            return false;
        r = mul_add_small(r, (uint32_t)base, (uint32_t)d);
    }
    *out = r;
    return true;
}

bool bi_is_zero(BigInt a) { return a.n == 0; }
int bi_sign(BigInt a) { return a.n == 0 ? 0 : a.neg ? -1 : 1; }
bool bi_is_one(BigInt a) { return !a.neg && a.n == 1 && a.limb[0] == 1; }

int bi_cmp_abs(BigInt a, BigInt b)
{
    if (a.n != b.n)
        return a.n < b.n ? -1 : 1;
    for (int i = a.n - 1; i >= 0; i--)
        if (a.limb[i] != b.limb[i])
            return a.limb[i] < b.limb[i] ? -1 : 1;
    return 0;
}

int bi_cmp(BigInt a, BigInt b)
{
    int sa = bi_sign(a), sb = bi_sign(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    int c = bi_cmp_abs(a, b);
    return sa < 0 ? -c : c;
}

int bi_bitlen(BigInt a)
{
    if (a.n == 0)
        return 0;
    uint32_t top = a.limb[a.n - 1];
    int bits = 0;
    while (top) {
        bits++;
        top >>= 1;
    }
    return (a.n - 1) * 32 + bits;
}

BigInt bi_neg(BigInt a)
{
    a.neg = !a.neg && a.n > 0;
    return a;
}

BigInt bi_abs(BigInt a)
{
    a.neg = false;
    return a;
}

/* |a| + |b| */
static BigInt add_abs(BigInt a, BigInt b, bool neg)
{
    int n = (a.n > b.n ? a.n : b.n) + 1;
    uint32_t *l = limbs(n);
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t t = carry;
        if (i < a.n)
            t += a.limb[i];
        if (i < b.n)
            t += b.limb[i];
        l[i] = (uint32_t)t;
        carry = t >> 32;
    }
    return norm(neg, l, n);
}

/* |a| - |b|, requires |a| >= |b| */
static BigInt sub_abs(BigInt a, BigInt b, bool neg)
{
    uint32_t *l = limbs(a.n);
    int64_t borrow = 0;
    for (int i = 0; i < a.n; i++) {
        int64_t t = (int64_t)a.limb[i] - borrow - (i < b.n ? (int64_t)b.limb[i] : 0);
        borrow = t < 0;
        l[i] = (uint32_t)(t + (borrow << 32));
    }
    return norm(neg, l, a.n);
}

BigInt bi_add(BigInt a, BigInt b)
{
    if (a.neg == b.neg)
        return add_abs(a, b, a.neg);
    if (bi_cmp_abs(a, b) >= 0)
        return sub_abs(a, b, a.neg);
    return sub_abs(b, a, b.neg);
}

BigInt bi_sub(BigInt a, BigInt b) { return bi_add(a, bi_neg(b)); }

BigInt bi_mul(BigInt a, BigInt b)
{
    int n = a.n + b.n;
    uint32_t *l = limbs(n);
    for (int i = 0; i < a.n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b.n; j++) {
            uint64_t t = (uint64_t)a.limb[i] * b.limb[j] + l[i + j] + carry;
            l[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        l[i + b.n] = (uint32_t)carry;
    }
    return norm(a.neg != b.neg, l, n);
}

static int clz32(uint32_t x)
{
    int n = 0;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
}

/* Knuth D on magnitudes: u has m+n limbs, v has n >= 2 limbs. */
static void divmod_abs(BigInt a, BigInt b, uint32_t *q, uint32_t *r)
{
    int n = b.n, m = a.n - b.n;
    int s = clz32(b.limb[n - 1]);
    uint32_t *v = limbs(n), *u = limbs(a.n + 1);
    for (int i = n - 1; i > 0; i--)
        v[i] = (b.limb[i] << s) | (s ? (uint32_t)((uint64_t)b.limb[i - 1] >> (32 - s)) : 0);
    v[0] = b.limb[0] << s;
    u[a.n] = s ? (uint32_t)((uint64_t)a.limb[a.n - 1] >> (32 - s)) : 0;
    for (int i = a.n - 1; i > 0; i--)
        u[i] = (a.limb[i] << s) | (s ? (uint32_t)((uint64_t)a.limb[i - 1] >> (32 - s)) : 0);
    u[0] = a.limb[0] << s;
    const uint64_t B = (uint64_t)1 << 32;
    for (int j = m; j >= 0; j--) {
        uint64_t num = ((uint64_t)u[j + n] << 32) | u[j + n - 1];
        uint64_t qhat = num / v[n - 1], rhat = num % v[n - 1];
        while (qhat >= B || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
            qhat--;
            rhat += v[n - 1];
            if (rhat >= B)
                break;
        }
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (int i = 0; i < n; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)u[i + j] - borrow - (int64_t)(uint32_t)p;
            borrow = t < 0;
            u[i + j] = (uint32_t)(t + (borrow << 32));
        }
        int64_t t = (int64_t)u[j + n] - borrow - (int64_t)carry;
        u[j + n] = (uint32_t)t;
        if (t < 0) { /* qhat was one too large: add v back */
            qhat--;
            uint64_t c = 0;
            for (int i = 0; i < n; i++) {
                uint64_t sum = (uint64_t)u[i + j] + v[i] + c;
                u[i + j] = (uint32_t)sum;
                c = sum >> 32;
            }
            u[j + n] += (uint32_t)c;
        }
        q[j] = (uint32_t)qhat;
    }
    for (int i = 0; i < n; i++)
        r[i] = (u[i] >> s) | (s ? (uint32_t)((uint64_t)u[i + 1] << (32 - s)) : 0);
}

void bi_divmod(BigInt a, BigInt b, BigInt *qp, BigInt *rp)
{
    BigInt q = {0}, r = {0};
    if (bi_cmp_abs(a, b) < 0) {
        r = a;
    } else if (b.n == 1) {
        uint32_t *ql = limbs(a.n);
        uint64_t rem = 0;
        for (int i = a.n - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | a.limb[i];
            ql[i] = (uint32_t)(cur / b.limb[0]);
            rem = cur % b.limb[0];
        }
        q = norm(a.neg != b.neg, ql, a.n);
        r = bi_from_u64(rem);
        r.neg = a.neg && r.n > 0;
    } else {
        uint32_t *ql = limbs(a.n - b.n + 1), *rl = limbs(b.n);
        divmod_abs(a, b, ql, rl);
        q = norm(a.neg != b.neg, ql, a.n - b.n + 1);
        r = norm(a.neg, rl, b.n);
    }
    if (qp)
        *qp = q;
    if (rp)
        *rp = r;
}

BigInt bi_gcd(BigInt a, BigInt b)
{
    a = bi_abs(a);
    b = bi_abs(b);
    while (b.n > 0) {
        BigInt r;
        bi_divmod(a, b, NULL, &r);
        a = b;
        b = r;
    }
    return a;
}

/* Shifts the magnitude left. */
static BigInt shl_abs(BigInt a, unsigned s, bool neg)
{
    if (a.n == 0)
        return a;
    int w = (int)(s / 32), b = (int)(s % 32), n = a.n + w + 1;
    uint32_t *l = limbs(n);
    for (int i = a.n - 1; i >= 0; i--) {
        uint64_t t = (uint64_t)a.limb[i] << b;
        l[i + w + 1] |= (uint32_t)(t >> 32);
        l[i + w] |= (uint32_t)t;
    }
    return norm(neg, l, n);
}

BigInt bi_shl(BigInt a, unsigned s) { return shl_abs(a, s, a.neg); }

/* floor(|a| / 2^s) on the magnitude; *lost says whether 1-bits fell off. */
static BigInt shr_abs(BigInt a, unsigned s, bool *lost)
{
    int w = (int)(s / 32), b = (int)(s % 32);
    *lost = false;
    for (int i = 0; i < a.n && i < w; i++)
        *lost |= a.limb[i] != 0;
    if (w >= a.n) {
        *lost |= a.n > 0;
        BigInt z = {0};
        return z;
    }
    if (b && (a.limb[w] & ((1u << b) - 1)))
        *lost = true;
    int n = a.n - w;
    uint32_t *l = limbs(n);
    for (int i = 0; i < n; i++) {
        uint64_t t = a.limb[i + w];
        if (i + w + 1 < a.n)
            t |= (uint64_t)a.limb[i + w + 1] << 32;
        l[i] = (uint32_t)(t >> b);
    }
    return norm(false, l, n);
}

BigInt bi_shr(BigInt a, unsigned s)
{
    bool lost;
    BigInt r = shr_abs(a, s, &lost);
    if (!a.neg)
        return r;
    /* floor for negatives: -(|a| >> s) - (1 if bits were lost) */
    if (lost)
        r = bi_add(r, bi_from_u64(1));
    return bi_neg(r);
}

/* Two's complement limbs of a, sign-extended to n limbs. */
static uint32_t *twos(BigInt a, int n)
{
    uint32_t *l = limbs(n);
    if (a.n > 0) /* zero has no limbs (and maybe a null pointer) */
        memcpy(l, a.limb, sizeof(uint32_t) * (size_t)a.n);
    if (a.neg) {
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t t = (uint64_t)(uint32_t)~l[i] + carry;
            l[i] = (uint32_t)t;
            carry = t >> 32;
        }
    }
    return l;
}

/* The value of n two's complement limbs. */
static BigInt from_twos(uint32_t *l, int n)
{
    bool neg = n > 0 && (l[n - 1] & 0x80000000u);
    if (neg) {
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t t = (uint64_t)(uint32_t)~l[i] + carry;
            l[i] = (uint32_t)t;
            carry = t >> 32;
        }
    }
    return norm(neg, l, n);
}

enum { BIT_AND, BIT_OR, BIT_XOR, BIT_ANDNOT };

static BigInt bitwise(int op, BigInt a, BigInt b)
{
    int n = (a.n > b.n ? a.n : b.n) + 1; /* + 1: room for the sign */
    uint32_t *x = twos(a, n), *y = twos(b, n);
    for (int i = 0; i < n; i++) {
        switch (op) {
        case BIT_AND: x[i] &= y[i]; break;
        case BIT_OR: x[i] |= y[i]; break;
        case BIT_XOR: x[i] ^= y[i]; break;
        default: x[i] &= ~y[i]; break;
        }
    }
    return from_twos(x, n);
}

BigInt bi_and(BigInt a, BigInt b) { return bitwise(BIT_AND, a, b); }
BigInt bi_or(BigInt a, BigInt b) { return bitwise(BIT_OR, a, b); }
BigInt bi_xor(BigInt a, BigInt b) { return bitwise(BIT_XOR, a, b); }
BigInt bi_andnot(BigInt a, BigInt b) { return bitwise(BIT_ANDNOT, a, b); }

BigInt bi_pow10(unsigned e)
{
    BigInt r = bi_from_u64(1), ten = bi_from_u64(10);
    for (; e >= 9; e -= 9)
        r = mul_add_small(r, 1000000000u, 0);
    while (e--)
        r = bi_mul(r, ten);
    return r;
}

uint64_t bi_low64(BigInt a)
{
    uint64_t v = 0;
    if (a.n > 0)
        v = a.limb[0];
    if (a.n > 1)
        v |= (uint64_t)a.limb[1] << 32;
    return a.neg ? -v : v;
}

const char *bi_string(BigInt a)
{
    /* Peel off 9 decimal digits at a time. */
    int cap = a.n * 10 + 3;
    char *buf = xalloc((size_t)cap);
    int pos = cap - 1;
    BigInt x = bi_abs(a), billion = bi_from_u64(1000000000u);
    do {
        BigInt r;
        bi_divmod(x, billion, &x, &r);
        uint32_t chunk = r.n ? r.limb[0] : 0;
        for (int i = 0; i < 9; i++) {
            buf[--pos] = (char)('0' + chunk % 10);
            chunk /= 10;
            if (x.n == 0 && chunk == 0)
                break;
        }
    } while (x.n > 0);
    if (a.neg)
        buf[--pos] = '-';
    return buf + pos;
}
