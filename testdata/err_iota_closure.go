// errorcheck

// iota may be used inside a function literal that is part of a constant
// declaration, and means the iota of that declaration; outside any
// constant declaration it is still an error.

package main

const (
	zero = iota
	one  = len([iota]byte{})
	two  = len([1]func() int{func() int { return iota }}) + 1
)

var f = func() int { return iota } // ERROR "cannot use iota outside constant declaration"

func main() {
	const inner = iota
	_ = func() int { return iota } // ERROR "cannot use iota outside constant declaration"
	println(zero, one, two, inner)
}
