// run

// Tests the runtime panic for a shift by a negative variable count.

package main

func main() {
	x := 1
	n := 3
	println(x << n)
	n -= 5
	println(x << n)
}
