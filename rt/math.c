/*
 * math.c — package math's body-less functions on amd64 (rt/linkname.def):
 * archExp, archLog, archHypot, archFloor, archCeil, archTrunc, archMax,
 * archMin, archSqrt. gc runs assembly for these, and its results are the
 * oracle, so each function here computes the same algorithm with the
 * same operations in the same order, each rounded once to float64: the
 * results are bit for bit gc's (tests/math/diff.sh compares them over
 * special values and random inputs). rt is built with -ffp-contract=off,
 * so the C compiler fuses no multiply-add; the fused ones that gc's Exp
 * does when the CPU has FMA are written out (fmadd).
 *
 * The functions take and return float64 words in X0, X1, which System V
 * passes doubles in too, so their trampolines (GOFUNC with no integer
 * words) leave the registers as they are.
 *
 * Must not allocate; leaf functions.
 */
#include "runtime.h"

#define SIGN 0x8000000000000000ull
#define POS_INF 0x7FF0000000000000ull
#define NEG_INF 0xFFF0000000000000ull
/* The NaN that gc's assembly returns (not the NaN of math.NaN()). */
#define ASM_NAN 0x7FF8000000000001ull

static uint64_t bits(double x)
{
	uint64_t u;
	memcpy(&u, &x, sizeof u);
	return u;
}

static double frombits(uint64_t u)
{
	double x;
	memcpy(&x, &u, sizeof x);
	return x;
}

/* a*b + c, rounded once (VFMADD231SD). Only when the CPU has FMA. */
static double fmadd(double a, double b, double c)
{
	__asm__("vfmadd231sd %2, %1, %0" : "+x"(c) : "x"(a), "x"(b));
	return c;
}

/* x rounded to the nearest int32 under the current rounding mode (to
 * nearest even), 0x80000000 when out of range or NaN: CVTSD2SI. */
static int32_t cvtsd2si(double x)
{
	int32_t r;
	__asm__("cvtsd2si %1, %0" : "=r"(r) : "x"(x));
	return r;
}

static double sqrtsd(double x)
{
	__asm__("sqrtsd %0, %0" : "+x"(x));
	return x;
}

/*
 * Exp(x) = 2**k * e**r with k = round(x/ln2) and r = x - k*ln2 (ln2 in
 * two parts, so that k*ln2's upper part is exact), e**r from r/16: a
 * degree-8 Taylor polynomial gives e**(r/16) - 1, and squaring four
 * times (y(y+2) is (1+y)**2 - 1) gives e**r - 1. math.useFMA (math's
 * variable, set from internal/cpu at its initialisation) selects the
 * fused form, as gc's code does. The weak reference lets programs
 * without package math link; archExp is only called from math.
 */
extern const uint8_t math_useFMA __asm__("math.useFMA") __attribute__((weak));

static const double expTaylor[8] = {
	/* 1/8! ... 1/2!, 1: applied from the highest degree down */
	2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
	8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1,
	0.5, 1.0,
};

double rt_archExp(double x);
double rt_archExp(double x)
{
	const double log2e = 1.4426950408889634073599246810018920;
	const double ln2u = 0.69314718055966295651160180568695068359375;
	const double ln2l = 0.28235290563031577122588448175013436025525412068e-12;
	const double overflow = 7.09782712893384e+02;
	uint64_t u = bits(x);
	if ((u & ~SIGN) >= POS_INF)
		return u == NEG_INF ? 0 : x; /* -Inf: 0; NaN and +Inf: x */
	if (x > overflow)
		return frombits(POS_INF);
	int32_t k = cvtsd2si(log2e * x);
	double kf = (double)k;
	bool fma = &math_useFMA != 0 && math_useFMA != 0;
	double r, p;
	if (fma) {
		r = fmadd(-ln2u, kf, x);
		r = fmadd(-ln2l, kf, r);
	} else {
		r = x - ln2u * kf;
		r = r - ln2l * kf;
	}
	r = r * 0.0625;
	p = expTaylor[0];
	for (int i = 1; i < 8; i++)
		p = fma ? fmadd(p, r, expTaylor[i]) : p * r + expTaylor[i];
	r = r * p;
	for (int i = 0; i < 3; i++)
		r = r * (r + 2.0);
	r = fma ? fmadd(r, r + 2.0, 1.0) : r * (r + 2.0) + 1.0;
	/* r * 2**k, through the subnormal range in two steps */
	int32_t e = k + 0x3FF;
	if (e <= 0) {
		if (e < -52)
			return 0;
		r = r * frombits((uint64_t)(uint32_t)(e + 0x3FE) << 52);
		e = 1;
	} else if (e >= 0x7FF) {
		return frombits(POS_INF);
	}
	return r * frombits((uint64_t)(uint32_t)e << 52);
}

/*
 * Log(x) = k*ln2 + log(f1) with x = f1 * 2**k, f1 in (sqrt(2)/2,
 * sqrt(2)], log(1+f) = 2s + s*R(s*s) with s = f/(2+f) (R a minimax
 * polynomial in two halves for s**4). The exponent comes from the bits
 * as they are (a subnormal x is not normalised first, as in gc).
 */
double rt_archLog(double x);
double rt_archLog(double x)
{
	const double hsqrt2 = 7.07106781186547524401e-01;
	const double ln2hi = 6.93147180369123816490e-01, ln2lo = 1.90821492927058770002e-10;
	const double l1 = 6.666666666666735130e-01, l2 = 3.999999999940941908e-01;
	const double l3 = 2.857142874366239149e-01, l4 = 2.222219843214978396e-01;
	const double l5 = 1.818357216161805012e-01, l6 = 1.531383769920937332e-01;
	const double l7 = 1.479819860511658591e-01;
	uint64_t u = bits(x);
	if ((u & ~SIGN) == 0)
		return frombits(NEG_INF);
	if (u & SIGN)
		return frombits(ASM_NAN);
	if (u >= POS_INF)
		return x;
	double f1 = frombits((u & 0x000FFFFFFFFFFFFFull) | 0x3FE0000000000000ull);
	double k = (double)((int32_t)((u >> 52) & 0x7FF) - 0x3FE);
	if (!(hsqrt2 < f1)) {
		k = k - 1.0;
		f1 = f1 * 2.0;
	}
	double f = f1 - 1.0;
	double s = f / (2.0 + f);
	double s2 = s * s, s4 = s2 * s2;
	double t1 = s2 * (((l7 * s4 + l5) * s4 + l3) * s4 + l1);
	double t2 = s4 * ((l6 * s4 + l4) * s4 + l2);
	double hfsq = 0.5 * f * f;
	double lo = s * (hfsq + (t1 + t2)) + k * ln2lo;
	return k * ln2hi - ((hfsq - lo) - f);
}

/* Hypot(p, q) = max * sqrt(1 + (min/max)**2) of |p| and |q|. */
double rt_archHypot(double p, double q);
double rt_archHypot(double p, double q)
{
	uint64_t a = bits(p) & ~SIGN, b = bits(q) & ~SIGN;
	if (a >= POS_INF || b >= POS_INF)
		return frombits(a == POS_INF || b == POS_INF ? POS_INF : ASM_NAN);
	if ((a | b) == 0)
		return 0;
	double x = frombits(a), y = frombits(b);
	double big = x > y ? x : y, small = y < x ? y : x;
	double t = small / big;
	return big * sqrtsd(t * t + 1.0);
}

/* Floor, Ceil and Trunc by conversion to int64 and back, below 2**52
 * (where every float64 is an integer already). */
double rt_archFloor(double x);
double rt_archFloor(double x)
{
	uint64_t u = bits(x);
	if ((u & ~SIGN) - 1 >= 0x4330000000000000ull - 1) /* |x| >= 2**52, NaN or ±0 */
		return x;
	double t = (double)(int64_t)x;
	return (x < t ? -1.0 : 0.0) + t;
}

double rt_archCeil(double x);
double rt_archCeil(double x)
{
	uint64_t u = bits(x), sign = u & SIGN;
	if ((u & ~SIGN) >= 0x4330000000000000ull)
		return x;
	double t = (double)(int64_t)x;
	double step = x <= t ? frombits(sign) : frombits(bits(1.0) | sign);
	return step + frombits(bits(t) | sign); /* a zero keeps x's sign */
}

double rt_archTrunc(double x);
double rt_archTrunc(double x)
{
	uint64_t u = bits(x);
	if ((u & ~SIGN) >= 0x4330000000000000ull)
		return x;
	return frombits(bits((double)(int64_t)x) | (u & SIGN));
}

/* Max and Min: ±Inf first, then NaN, then the two zeros (+0 > -0). */
double rt_archMax(double x, double y);
double rt_archMax(double x, double y)
{
	uint64_t a = bits(x), b = bits(y);
	if (a == POS_INF || b == POS_INF)
		return frombits(POS_INF);
	if ((a & ~SIGN) > POS_INF || (b & ~SIGN) > POS_INF)
		return frombits(ASM_NAN);
	if (((a | b) & ~SIGN) == 0)
		return a == SIGN ? y : x;
	return x > y ? x : y;
}

double rt_archMin(double x, double y);
double rt_archMin(double x, double y)
{
	uint64_t a = bits(x), b = bits(y);
	if (a == NEG_INF || b == NEG_INF)
		return frombits(NEG_INF);
	if ((a & ~SIGN) > POS_INF || (b & ~SIGN) > POS_INF)
		return frombits(ASM_NAN);
	if (((a | b) & ~SIGN) == 0)
		return a == SIGN ? x : y;
	return x < y ? x : y;
}

double rt_archSqrt(double x);
double rt_archSqrt(double x)
{
	return sqrtsd(x);
}
