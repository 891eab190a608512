/*
 * complex.c — complex128 division, which compiled code calls for every
 * non-constant complex quotient (a complex64 one is widened first, as gc
 * does: compiler/ssagen/complex.c).
 *
 * The quotient is Smith's algorithm (CACM 5(8), 1962): dividing by the
 * larger-magnitude part of the divisor keeps the intermediate products
 * from overflowing. When both parts of the result come out NaN, the C99
 * Annex G rules (G.5.1) recover the infinities and zeros that a plain
 * evaluation loses: x/0 is an infinity, Inf/finite an infinity,
 * finite/Inf a zero. gc's runtime gives the same bits, operation for
 * operation; like print.c this file needs -ffp-contract=off
 * (rt/meson.build), since a fused multiply-add would round differently.
 *
 * Must not allocate; uses no stack beyond its frame.
 */
#include "entry.h"

static bool is_nan(double f) { return f != f; }
static bool is_finite(double f) { return !is_nan(f - f); }
static bool is_inf(double f) { return !is_nan(f) && !is_finite(f); }

static double fabs_bits(double x)
{
	union { double d; uint64_t u; } v = {x};
	v.u &= ~(1ULL << 63);
	return v.d;
}

/* x's magnitude with y's sign. */
static double copysign_bits(double x, double y)
{
	union { double d; uint64_t u; } a = {x}, b = {y};
	a.u = (a.u & ~(1ULL << 63)) | (b.u & (1ULL << 63));
	return a.d;
}

/* ±1 for an infinity, ±0 for anything else, with f's sign. */
static double inf_to_one(double f) { return copysign_bits(is_inf(f) ? 1.0 : 0.0, f); }

Complex128 rt_complex128div(double a, double b, double c, double d)
{
	double e, f;
	const double inf = 1.0 / 0.0;

	if (fabs_bits(c) >= fabs_bits(d)) {
		double ratio = d / c;
		double denom = c + ratio * d;
		e = (a + b * ratio) / denom;
		f = (b - a * ratio) / denom;
	} else {
		double ratio = c / d;
		double denom = d + ratio * c;
		e = (a * ratio + b) / denom;
		f = (b * ratio - a) / denom;
	}
	if (is_nan(e) && is_nan(f)) {
		if (c == 0 && d == 0 && (!is_nan(a) || !is_nan(b))) {
			e = copysign_bits(inf, c) * a;
			f = copysign_bits(inf, c) * b;
		} else if ((is_inf(a) || is_inf(b)) && is_finite(c) && is_finite(d)) {
			a = inf_to_one(a);
			b = inf_to_one(b);
			e = inf * (a * c + b * d);
			f = inf * (b * c - a * d);
		} else if ((is_inf(c) || is_inf(d)) && is_finite(a) && is_finite(b)) {
			c = inf_to_one(c);
			d = inf_to_one(d);
			e = 0 * (a * c + b * d);
			f = 0 * (b * c - a * d);
		}
	}
	return (Complex128){e, f};
}
