// run

// Tests the runtime panic for slicing a string out of range with variable bounds.

package main

func main() {
	s := "abcdef"
	lo, hi := 2, 4
	println(s[lo:hi])
	hi = 10
	println(s[lo:hi])
}
