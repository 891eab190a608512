// run

// Multiplication, unsigned division and modulo by powers of two at every
// width, which the optimiser turns into shifts and masks: the results
// must be those of the arithmetic they replace.

package main

func f(x uint64, y uint8, z int32, w uint16) (uint64, uint64, uint8, uint8, int32, uint16) {
	return x / 8, x % 16, y / 128, y % 64, z * 4, w * 32768
}

func main() {
	println(f(1000003, 255, -7, 3))
	println(f(18446744073709551615, 129, 2147483647, 65535))
}
