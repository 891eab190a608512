// run

// Tests the panic for converting a slice to a pointer to a longer array.

package main

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[4]int)(s)
	println(p[3])
	q := (*[4]int)(s[:2])
	println(q[0])
}
