// run

// //go:linkname as gc has it: a body-less function pulls another
// function's symbol (called directly and as a func value), a function
// with a body is pushed to another symbol, a variable names another
// package's storage (math's own useFMA, set from internal/cpu at start),
// and the directives hood accepts and keeps (//go:noinline, nosplit...).

package main

import (
	"math"
	_ "unsafe"
)

//go:linkname twice main.double
func twice(x int) int

//go:noinline
func double(x int) int { return 2 * x }

//go:linkname pushed main.elsewhere
//go:nosplit
func pushed() string { return "pushed" }

//go:linkname pulled main.elsewhere
func pulled() string

//go:linkname useFMA math.useFMA
var useFMA bool

//go:linkname mathAbs math.Abs
func mathAbs(x float64) float64

//go:norace
//go:nocheckptr
//go:uintptrescapes
func keep(p uintptr) uintptr { return p + 1 }

func main() {
	f := twice
	println(twice(21), f(4), pulled(), keep(1))
	println(useFMA == useFMA, mathAbs(-2.5), math.Exp(0))
}
