// errorcheck

// Tests division and modulo by constant zero: reported at compile time for constants and variables alike.
// A constant complex divisor whose parts square to zero (they underflow
// the 512-bit floats of constant arithmetic) is a zero divisor too.

package main

const Zero = 0

func main() {
	const a = 1 / 0 // ERROR "division by zero"
	x := 10
	_ = x / 0                                    // ERROR "division by zero"
	_ = x % Zero                                 // ERROR "division by zero"
	x /= 0                                       // ERROR "division by zero"
	const b = 5 % (2 - 2)                        // ERROR "division by zero"
	const c = 1i / 1e-600000000                  // ERROR "invalid operation: division by zero"
	const d = 2 / (1e-600000000 + 1e-600000000i) // ERROR "invalid operation: division by zero"
	const e = 1i / 1e-600                        // 1e+600i: squares of 1e-600 do not underflow
	println(a, b, c, d, real(e) == 0)
}
