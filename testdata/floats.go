// run

// float32 and float64 on SSE2: arithmetic, IEEE comparisons (NaN, -0),
// println's format, and float arguments and results in X registers.

package main

var zero float64

func f64(x float64) float64 { return x }
func f32(x float32) float32 { return x }

// Sixteen float arguments: the last goes on the stack (X0-X14 hold fifteen).
func sum16(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p float64) float64 {
	return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p*1000
}

// Mixed integer and float arguments and results.
func mixed(a int, x float64, b int8, y float32, s string) (float32, int, float64, string) {
	return y * 2, a + int(b), x / 2, s
}

func poly(x float64) float64 {
	r := 0.0
	for i := 0; i < 5; i++ {
		r = r*x + float64(i)
	}
	return r
}

func main() {
	nan := zero / zero
	inf := 1 / zero
	negz := -zero
	println(nan, inf, -inf, zero, negz)
	big := 1e300
	println(big*1e10, -1e-320, 5e-324, 1.7976931348623157e308)
	println(0.1, 0.2, 0.1+0.2, 1.0/3, 2.0/3, 123456789.0, 1e-7, 9.9999995)
	println(f32(0.1), f32(16777217), f32(3.4028235e38), f32(1e-45))

	// Comparisons: NaN is unordered, -0 == 0.
	println(nan == nan, nan != nan, nan < nan, nan <= nan, nan > 0, nan >= 0)
	println(negz == zero, negz < zero, 1/negz, inf > 1e308, -inf < -1e308)
	a, b := 1.5, 2.5
	println(a < b, a <= b, a > b, a >= b, a == b, a != b)
	if nan < 1 || nan > 1 || nan == 1 {
		println("wrong")
	} else {
		println("nan compares false")
	}
	if !(nan != nan) {
		println("wrong")
	}

	// Arithmetic in each width.
	var x32, y32 float32 = 1.1, 2.2
	println(x32+y32, x32*y32, x32-y32, x32/y32, -x32)
	x, y := 1.1, 2.2
	println(x+y, x*y, x-y, x/y, -x)
	x += 1
	x *= 3
	x -= 0.5
	x /= 2
	x++
	x--
	println(x, poly(1.5), poly(-0.25))
	println(-negz, -nan)

	// Calls.
	println(sum16(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))
	r1, r2, r3, r4 := mixed(7, 9.5, -3, 1.25, "s")
	println(r1, r2, r3, r4)
	println(f64(f64(2.5)*2) + float64(f32(0.5)))

	// float32 rounds each operation.
	var acc32 float32
	var acc64 float64
	for i := 0; i < 10; i++ {
		acc32 += 0.1
		acc64 += 0.1
	}
	println(acc32, acc64, float64(acc32), float32(acc64))
}
