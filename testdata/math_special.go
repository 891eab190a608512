// run

// Package math from GOROOT, unchanged: the functions gc runs in assembly
// on amd64 (Exp, Log, Floor, Ceil, Trunc, Hypot, Max, Min, Sqrt; hood's
// runtime provides them, rt/math.c) and Go ones over them, on special
// values and a few ordinary ones, printed as bits so that every result
// is checked exactly (NaN payloads and the sign of zero included).

package main

import "math"

var negZero = math.Copysign(0, -1)

var xs = []float64{
	0, negZero, 1, -1, 0.5, -0.5, 2.5, -2.5, 1e-310, 0x1p52, -0x1p52 + 0.5,
	math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64,
	709.78, 710, -745.2, math.Pi, 0.7071067811865476,
}

func show(name string, r float64) {
	println(name, math.Float64bits(r), r)
}

func main() {
	for _, x := range xs {
		println("x", math.Float64bits(x))
		show("Exp", math.Exp(x))
		show("Log", math.Log(x))
		show("Floor", math.Floor(x))
		show("Ceil", math.Ceil(x))
		show("Trunc", math.Trunc(x))
		show("Sqrt", math.Sqrt(x))
		show("Sin", math.Sin(x))
		show("Cos", math.Cos(x))
		show("Atan", math.Atan(x))
		show("Log10", math.Log10(x))
		show("Expm1", math.Expm1(x))
		for _, y := range []float64{negZero, 0, 3, -2.5, math.Inf(1), math.Inf(-1), math.NaN()} {
			show("Hypot", math.Hypot(x, y))
			show("Max", math.Max(x, y))
			show("Min", math.Min(x, y))
			show("Mod", math.Mod(x, y))
			show("Pow", math.Pow(x, y))
			show("Atan2", math.Atan2(x, y))
		}
	}
	println(math.IsNaN(math.NaN()), math.IsInf(math.Exp(1000), 1), math.Signbit(negZero))
	fr, e := math.Frexp(1e300)
	println(fr, e, math.Ldexp(fr, e) == 1e300)
	println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt8)
}
