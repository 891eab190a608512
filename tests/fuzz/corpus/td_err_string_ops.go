// errorcheck

// Tests invalid operations on strings: subtraction, multiplication, assignment to a byte, and string/byte mixing.

package main

func main() {
	s := "abc"
	_ = s - "a" // ERROR "operator - not defined on s \(variable of type string\)"
	_ = s * 2   // ERROR "s \* 2 \(mismatched types string and untyped int\)"
	s[0] = 'x'  // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	_ = s[0] + "x" // ERROR "mismatched types byte and untyped string"
	_ = s < 1   // ERROR "mismatched types string and untyped int"
	_ = s + 'x' // ERROR "mismatched types string and untyped rune"
}
