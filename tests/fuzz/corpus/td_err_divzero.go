// errorcheck

// Tests division and modulo by constant zero: reported at compile time for constants and variables alike.

package main

const Zero = 0

func main() {
	const a = 1 / 0 // ERROR "division by zero"
	x := 10
	_ = x / 0    // ERROR "division by zero"
	_ = x % Zero // ERROR "division by zero"
	x /= 0       // ERROR "division by zero"
	const b = 5 % (2 - 2) // ERROR "division by zero"
	println(a, b)
}
