// errorcheck

// complex, real and imag are checked (compiling complex values is not
// supported yet): two floats of one type make a complex of that size,
// constants a constant; real and imag take the parts back.

package main

const c = complex(1, 2)
const r = real(c) + imag(3i) + real(4)

var f32 float32
var f64 float64

var (
	c64  complex64  = complex(f32, 1)
	c128 complex128 = complex(1, f64)
	arr  [int(real(c))]int
	bad1     = complex(f32, f64) // ERROR "invalid operation: complex\(f32, f64\) \(mismatched types float32 and float64\)"
	bad2     = complex(1, 2i)    // ERROR "invalid operation: complex\(1, 2i\) \(mismatched types untyped float and untyped complex\)"
	bad3     = real(f64)         // ERROR "invalid argument: argument has type float64, expected complex type"
	bad4     = imag("s")         // ERROR "invalid argument: argument has type untyped string, expected complex type"
	bad5 int = real(c64)         // ERROR "cannot use real\(c64\) \(value of type float32\) as type int in variable declaration"
)

func main() {
	var x [int(r)]int
	_ = x
}
