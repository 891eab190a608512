// errorcheck -lang=go1.8

// -lang=go1.8: what later versions added is an error, in gc's words:
// type aliases (Go 1.9), number literals with '_', 0b, 0o or hexadecimal
// floats and signed shift counts (Go 1.13), a method embedded twice
// (Go 1.14), the predeclared any (Go 1.18).

package main

type A = int // ERROR "type aliases requires go1.9 or later \(-lang was set to go1.8; check go.mod\)"

const (
	b = 1_000 // ERROR "underscores in numeric literals requires go1.13 or later"
	c = 0b101 // ERROR "binary literals requires go1.13 or later"
	d = 0o17  // ERROR "0o/0O-style octal literals requires go1.13 or later"
	e = 0x1p4 // ERROR "hexadecimal floating-point literals requires go1.13 or later"
	f = 017   // the old octal form stays
)

type I interface{ M() }

type J interface {
	I
	I // ERROR "duplicate method M"
}

var x any // ERROR "predeclared any requires go1.18 or later"

func main() {
	s, u := 1, uint(1)
	_ = 1 << s // ERROR "invalid operation: signed shift count s \(variable of type int\) requires go1.13 or later"
	_ = 1 << u
}
