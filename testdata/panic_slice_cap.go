// run

// Tests the panic for slicing a slice past its capacity (gc reports the
// capacity, not the length).

package main

func main() {
	s := make([]int, 5, 10)
	hi := 10
	println(len(s[:hi]))
	hi = 12
	println(len(s[:hi]))
}
