// run

// math from GOROOT (with hood's versions of its assembly functions):
// special values (±Inf, NaN, -0), Nextafter, Frexp, Ldexp, Modf, Mod,
// Remainder, Pow's corner cases, Float64bits, rounding, and the
// elementary functions over a range, printed with fmt and checksummed
// bit for bit.

package main

import (
	"fmt"
	"math"
	"math/bits"
)

var (
	inf  = math.Inf(1)
	ninf = math.Inf(-1)
	nan  = math.NaN()
	nz   = math.Copysign(0, -1)
)

func main() {
	vals := []float64{0, nz, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3, 1e300, -1e-300, 5e-324, math.MaxFloat64, inf, ninf, nan}
	for _, v := range vals {
		fr, ex := math.Frexp(v)
		ip, fp := math.Modf(v)
		fmt.Printf("%v: bits=%#016x sign=%v inf=%v,%v nan=%v frexp=%v,%d modf=%v,%v floor=%v ceil=%v trunc=%v round=%v rte=%v abs=%v\n",
			v, math.Float64bits(v), math.Signbit(v), math.IsInf(v, 1), math.IsInf(v, -1), math.IsNaN(v), fr, ex, ip, fp,
			math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v), math.Abs(v))
		fmt.Printf("  sqrt=%v cbrt=%v exp=%v log=%v log2=%v log10=%v log1p=%v expm1=%v sin=%v cos=%v tan=%v atan=%v sinh=%v tanh=%v gamma=%v erf=%v\n",
			math.Sqrt(v), math.Cbrt(v), math.Exp(v), math.Log(v), math.Log2(v), math.Log10(v), math.Log1p(v), math.Expm1(v),
			math.Sin(v), math.Cos(v), math.Tan(v), math.Atan(v), math.Sinh(v), math.Tanh(v), math.Gamma(v), math.Erf(v))
		fmt.Printf("  next+=%v next-=%v ldexp(,3)=%v ldexp(,-1075)=%v ilogb=%d logb=%v\n",
			math.Nextafter(v, inf), math.Nextafter(v, ninf), math.Ldexp(v, 3), math.Ldexp(v, -1075), math.Ilogb(v), math.Logb(v))
	}
	fmt.Println(math.Nextafter(1, 2)-1 == math.Pow(2, -52), math.Nextafter32(1, 2), math.Nextafter(0, -1), math.Nextafter(nan, 1))
	fmt.Println(math.Float32bits(float32(nz)), math.Float32frombits(0x7f800000), math.Float64frombits(0x7ff8000000000001))
	fmt.Println(math.Ldexp(0.5, 1024), math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(1.5, -1074))

	pairs := [][2]float64{{0, 0}, {1, 0}, {-1, 0}, {0, -1}, {nz, -1}, {nz, -3}, {nz, 3}, {2, 0.5}, {-8, 1.0 / 3}, {-2, 3}, {-2, 2}, {-2, 0.5},
		{1, inf}, {1, nan}, {nan, 0}, {-1, inf}, {-1, ninf}, {0.5, inf}, {2, ninf}, {inf, -1}, {ninf, 3}, {ninf, -3}, {ninf, 2},
		{10, 308}, {10, 309}, {2, -1074}, {2, -1075}, {5.5, 2}, {-5.5, 2}, {5.5, -2}, {7, inf}, {inf, 2}, {1e308, 1e-308}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Printf("(%v,%v): pow=%v mod=%v rem=%v atan2=%v hypot=%v dim=%v max=%v min=%v copysign=%v\n",
			x, y, math.Pow(x, y), math.Mod(x, y), math.Remainder(x, y), math.Atan2(x, y), math.Hypot(x, y),
			math.Dim(x, y), math.Max(x, y), math.Min(x, y), math.Copysign(x, y))
	}
	fmt.Println(math.Max(nz, 0), math.Min(nz, 0), math.Max(nan, inf), math.Min(ninf, nan), math.FMA(2, 3, 4), math.FMA(0.1, 10, -1))

	// Elementary functions over a range, bit for bit.
	h := uint64(0)
	for i := -2000; i <= 2000; i++ {
		x := float64(i) * 0.01731
		for _, r := range []float64{math.Exp(x), math.Log(math.Abs(x)), math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x),
			math.Sqrt(math.Abs(x)), math.Pow(1.0001, x*100), math.Exp2(x), math.Asin(x / 35), math.Acos(x / 35),
			math.Sinh(x / 4), math.Cosh(x / 4), math.Log1p(math.Abs(x)), math.Expm1(x / 8), math.Erfc(x / 10),
			math.J0(x), math.Y1(math.Abs(x) + 0.1), lgamma(x)} {
			h = bits.RotateLeft64(h, 7) ^ math.Float64bits(r)
		}
		if i%500 == 0 {
			fmt.Println(x, math.Exp(x), math.Log(math.Abs(x)), math.Sin(x), math.Cos(x), math.Tan(x), math.Pow(1.0001, x*100))
		}
	}
	fmt.Printf("checksum %#x\n", h)

	// Conversions at the edges.
	fmt.Println(int64(math.Float64frombits(0x43dfffffffffffff)), uint64(float64(1<<63)), int32(float32(-2147483648)), f32max()*2)
	fmt.Println(bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.OnesCount(255), bits.Reverse8(1), bits.Len(1023))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	q, r := bits.Div64(1, 0, 7)
	s, c := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(hi, lo, q, r, s, c)
}

func lgamma(x float64) float64 {
	v, _ := math.Lgamma(x)
	return v
}

//go:noinline
func f32max() float32 { return math.MaxFloat32 }
