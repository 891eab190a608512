// errorcheck

// An error in a constant's initialiser repeated from an earlier spec of
// its group (no type, no values) is reported at the constant's name, as
// gc does: the expression's own position is that of the earlier spec.

package main

const (
	a = byte(iota + 254)
	b
	c // ERROR "cannot convert iota \+ 254 \(untyped int constant 256\) to type byte"
)

const (
	x = len([1 - iota]int{})
	y
	z // ERROR "invalid array length 1 - iota \(untyped int constant -1\)"
)

const (
	p int8 = 100 * (iota + 1)
	q         // ERROR "cannot use 100 \* \(iota \+ 1\) \(untyped int constant 200\) as int8 value in constant declaration \(overflows\)"
	r = "own" // a spec with values of its own
)

func main() {}
