// errorcheck

// Tests array type errors: non-constant and negative lengths, too many literal elements, mismatched array comparisons.
// gc also reports n as unused: its only use is in the invalid array length.

package main

func main() {
	n := 3 // ERROR "n declared but not used"
	var a [n]int // ERROR "invalid array length n"
	var b [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	c := [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	d := [3]int{5: 1} // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	var e [3]int
	var f [4]int
	_ = e == f // ERROR "mismatched types \[3\]int and \[4\]int"
	g := [3]int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_, _, _, _, _ = a, b, c, d, g
}
