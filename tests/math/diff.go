// diff.go — prints math.Float64bits of package math's results over
// special values and pseudo-random inputs, one line per call, for
// tests/math/diff.sh to compare between gc and hood. The inputs come
// from a fixed xorshift generator, so both compilers see the same ones.
package main

import (
	"math"
	"math/bits"
)

var state uint64 = 0x9E3779B97F4A7C15

// next returns the next 64 pseudo-random bits (xorshift64*).
func next() uint64 {
	state ^= state >> 12
	state ^= state << 25
	state ^= state >> 27
	return state * 2685821657736338717
}

// uniform returns a float64 in [lo, hi).
func uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(next()>>11)/(1<<53)
}

var special = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -1.5, 2, -2, 3.5, -3.5,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0xFFF8000000000001),
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
	0x1p-1022, 0x1p-1023, 0x1p52, -0x1p52, 0x1p52 - 0.5, 0x1p53, 0x1p63, -0x1p63, 0x1p64,
	math.Pi, math.E, math.Ln2, math.Sqrt2 / 2, 709.782712893384, 709.7827128933841, 710,
	-708.3964185322641, -745.1332191019411, -745.2, -1000, 1e-300, 1e300, 4503599627370495.5,
	0.9999999999999999, 1.0000000000000002, 0.7071067811865476, 0.7071067811865475,
}

// inputs returns the special values and n values of each kind: random
// bit patterns (every exponent), and uniform ones in [lo, hi).
func inputs(n int, lo, hi float64) []float64 {
	xs := append([]float64{}, special...)
	for i := 0; i < n; i++ {
		xs = append(xs, math.Float64frombits(next()), uniform(lo, hi))
	}
	return xs
}

func out(name string, i int, r float64) {
	println(name, i, math.Float64bits(r))
}

func unary(name string, f func(float64) float64, xs []float64) {
	for i, x := range xs {
		out(name, i, f(x))
	}
}

func binary(name string, f func(float64, float64) float64, xs []float64) {
	for i := 0; i+1 < len(xs); i++ {
		out(name, i, f(xs[i], xs[i+1]))
		out(name, -i, f(xs[i+1], xs[i]))
	}
	for i, x := range xs {
		out(name+"-same", i, f(x, x))
	}
}

func main() {
	const n = 2000
	// the functions gc runs in assembly on amd64 (rt/math.c)
	unary("Exp", math.Exp, inputs(n, -750, 710))
	unary("Exp-small", math.Exp, inputs(n, -1, 1))
	unary("Log", math.Log, inputs(n, 0, 1e6))
	unary("Log-near1", math.Log, inputs(n, 0.5, 2))
	unary("Floor", math.Floor, inputs(n, -1e6, 1e6))
	unary("Ceil", math.Ceil, inputs(n, -1e6, 1e6))
	unary("Trunc", math.Trunc, inputs(n, -3, 3))
	unary("Sqrt", math.Sqrt, inputs(n, 0, 1e10))
	binary("Hypot", math.Hypot, inputs(n, -1e3, 1e3))
	binary("Max", math.Max, inputs(n, -10, 10))
	binary("Min", math.Min, inputs(n, -10, 10))
	// Go code over them, and over hood's own float arithmetic
	unary("Sin", math.Sin, inputs(n, -100, 100))
	unary("Cos", math.Cos, inputs(n, -100, 100))
	unary("Tan", math.Tan, inputs(n, -10, 10))
	unary("Atan", math.Atan, inputs(n, -10, 10))
	unary("Asin", math.Asin, inputs(n, -1, 1))
	unary("Sinh", math.Sinh, inputs(n, -20, 20))
	unary("Tanh", math.Tanh, inputs(n, -20, 20))
	unary("Log1p", math.Log1p, inputs(n, -1, 10))
	unary("Log2", math.Log2, inputs(n, 0, 1e9))
	unary("Log10", math.Log10, inputs(n, 0, 1e9))
	unary("Expm1", math.Expm1, inputs(n, -40, 40))
	unary("Exp2", math.Exp2, inputs(n, -1100, 1100))
	unary("Cbrt", math.Cbrt, inputs(n, -1e9, 1e9))
	unary("Erf", math.Erf, inputs(n, -6, 6))
	unary("Gamma", math.Gamma, inputs(n, -20, 30))
	unary("J0", math.J0, inputs(n, -50, 50))
	binary("Pow", math.Pow, inputs(n, -20, 20))
	binary("Mod", math.Mod, inputs(n, -1e4, 1e4))
	binary("Atan2", math.Atan2, inputs(n, -5, 5))
	binary("Remainder", math.Remainder, inputs(n, -1e4, 1e4))
	binary("Dim", math.Dim, inputs(n, -10, 10))
	// A zero FMA result is printed without its sign: gc runs VFMADD231SD
	// for math.FMA on a CPU with FMA, which rounds an exact zero sum of
	// opposite signs to +0, while Go's own FMA (hood's, and gc's without
	// FMA) gives -0 (docs/conformance.md).
	binary("FMA", func(x, y float64) float64 {
		if r := math.FMA(x, y, x-y); r != 0 {
			return r
		}
		return 0
	}, inputs(n, -1e3, 1e3))
	for i, x := range inputs(n, -1e4, 1e4) {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		println("Frexp-Modf", i, math.Float64bits(fr), e, math.Float64bits(ip), math.Float64bits(fp))
	}
	// math/bits
	for i := 0; i < n; i++ {
		x, y := next(), next()
		hi, lo := bits.Mul64(x, y)
		s, c := bits.Add64(x, y, uint64(i&1))
		q, r := bits.Div64(hi%(y|1), lo, y|1)
		println("bits", i, hi, lo, s, c, q, r, bits.LeadingZeros64(x>>(i%64)), bits.OnesCount64(x),
			bits.RotateLeft64(x, i-32), bits.Reverse64(x), bits.Len32(uint32(y>>(i%32))))
	}
}
