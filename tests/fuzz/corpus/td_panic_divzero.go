// run

// Tests the runtime panic for integer division by a zero variable divisor.

package main

func div(a, b int) int {
	return a / b
}

func main() {
	println(div(10, 3))
	d := 3
	for d > 0 {
		println(div(100, d))
		d--
	}
	println(div(1, d))
}
