// run

// Tests the panic for a slice index out of range in an assignment: as
// in gc, the index and the right side are evaluated before the check.

package main

func trace(s string, v int) int {
	println(s)
	return v
}

func main() {
	s := make([]int, 3, 10)
	s[trace("index", 2)] = trace("value", 1)
	println(s[2])
	s[trace("index", 5)] = trace("value", 2)
	println("not reached")
}
