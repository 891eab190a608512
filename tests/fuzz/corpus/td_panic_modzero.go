// run

// Tests the runtime panic for modulo by a zero variable divisor of a small unsigned type.

package main

func main() {
	var x uint8 = 200
	var y uint8 = 7
	println(x % y)
	y -= 7
	println(x % y)
}
