// run

// Tests the panic of make([]T, len, cap) for a capacity below the length.

package main

func main() {
	l, c := 2, 4
	s := make([]int, l, c)
	println(len(s), cap(s))
	c = 1
	s = make([]int, l, c)
	println("not reached", len(s))
}
