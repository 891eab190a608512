// run

// Tests the panic for a three-index slice whose bounds are out of order:
// max is checked against the capacity first, then high against max.

package main

func main() {
	var arr [8]int
	lo, hi, max := 1, 5, 4
	s := arr[lo:hi:max]
	println(len(s))
}
