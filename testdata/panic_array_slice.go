// run

// Tests the panic for slicing an array past its length (gc reports the
// length for arrays and pointers to arrays).

package main

func main() {
	var a [4]int
	p := &a
	hi := 4
	println(len(p[1:hi]))
	hi = 5
	println(len(p[1:hi]))
}
