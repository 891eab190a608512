// run

// complex64 and complex128 values: constants, + - * /, unary -, == and
// !=, conversions, complex/real/imag (complex(f()) too), op-assignments, println's
// (+1.000000e+000+2.000000e+000i) format, and division by runtime
// complex128div with its Inf/NaN rules (complex64 through complex128).

package main

var zero float64

//go:noinline
func div(a, b complex128) complex128 { return a / b }

//go:noinline
func div64(a, b complex64) complex64 { return a / b }

//go:noinline
func mul64(a, b complex64) complex64 { return a * b }

func parts() (float32, float32) { return 5, 7 }

func main() {
	var x complex128 = 1 + 2i
	y := complex(3.5, -1)
	println(x, y, x+y, x-y, x*y, x/y, -x, +x)
	var f complex64 = complex64(x)
	println(f, mul64(f, f), div64(f, f), real(f), imag(y))
	println(x == y, x != y, x == x, x == 1+2i)

	// Parts in float32 round once; the product is computed in float64.
	a := complex64(complex(float32(16777217), 1))
	println(a, mul64(complex(1e20, 1e20), complex(1e20, -1e20)))
	println(div64(complex(3e38, 3e38), complex(3e38, 3e38)))

	// Division's special cases (C99 Annex G).
	inf := 1 / zero
	nan := zero / zero
	var z complex128
	println(div(x, z), div(z, z), div(complex(-1, 0), z))
	println(div(complex(inf, 1), 2), div(complex(inf, inf), complex(1, 1)))
	println(div(1, complex(inf, 0)), div(complex(-2, 3), complex(-inf, inf)))
	println(div(complex(nan, 1), 1), div(1, complex(nan, nan)), div(complex(nan, 0), z))
	println(div(1e300+1e300i, 1e-300+1e-300i), div(3+4i, 1e-310i))
	nx := complex(nan, 0)
	println(nx == nx, nx != nx, complex(0, -zero) == 0)

	// Conversions and the builtins on non-constant operands.
	var r float32 = 2.5
	c := complex(r, -r)
	var w complex128 = complex128(c)
	println(c, w, complex64(w*w), real(w), imag(c))
	x += y
	x -= 1i
	x *= 2
	x /= 1 - 1i
	println(x)
	f++
	f--
	println(f, -f == complex64(complex(-1, -2)))
	var neg0 complex128 = complex(-zero, zero)
	println(neg0, -neg0)
	println(complex(parts()))
}
