// errorcheck

// Tests invalid shifts: negative constant counts, shifts of non-integers, and constant shift overflow.

package main

func main() {
	x := 1
	_ = x << -1 // ERROR "negative shift count -1"
	_ = x >> -5 // ERROR "negative shift count -5"
	s := "a"
	_ = s << 1 // ERROR "shifted operand s \(variable of type string\) must be integer"
	_ = 1 << s // ERROR "shift count s \(variable of type string\) must be integer"
	var b int8 = 1 << 8 // ERROR "overflows"
	_ = b
}
