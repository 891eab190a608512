// run

// Tests the panic of make([]T, n) for a negative length.

package main

func main() {
	n := 3
	s := make([]string, n)
	println(len(s), cap(s))
	n = -1
	s = make([]string, n)
	println("not reached", len(s))
}
