// errorcheck

// Tests assignment to constants and other non-addressable operands, and calling non-functions.

package main

const C = 10

func f() int { return 1 }

func main() {
	C = 5 // ERROR "cannot assign to C \(untyped int constant 10\)"
	const local = "x"
	local = "y" // ERROR "cannot assign to local"
	f() = 2     // ERROR "cannot assign to f\(\)"
	x := 3
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	C() // ERROR "invalid operation: cannot call non-function C"
	len = 3 // ERROR "len \(built-in\) must be called"
}
