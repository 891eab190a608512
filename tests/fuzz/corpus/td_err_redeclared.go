// errorcheck

// Tests redeclaration of names in the same block, and := with no new variables.

package main

var g int
var g string // ERROR "g redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	y := 2
	y := 3 // ERROR "no new variables on left side of :="
	a, y := 4, 5
	println(x, y, a)
	{
		x := "shadow is fine"
		println(x)
	}
}
