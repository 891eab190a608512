// errorcheck

// Tests that unused local variables are reported, while used ones and blank assignments are not.

package main

func main() {
	x := 1 // ERROR "x declared but not used"
	y := 2
	var z int // ERROR "z declared but not used"
	a, b := 3, 4 // ERROR "a declared but not used"
	_ = b
	println(y)
}
