// run

// Tests append's panic when the new length overflows an int: gc's
// growslice reports "cap out of range". Zero-sized elements make the
// huge slice free.

package main

func main() {
	s := make([]struct{}, 1<<62)
	s = append(s, s[:5]...)
	println(len(s))
	s = append(s, s...)
	println(len(s))
}
