// errorcheck

// Tests that func init must have no arguments and no results and cannot be referenced or called.

package main

func init(x int) { // ERROR "func init must have no arguments and no return values"
}

var f = init // ERROR "undefined: init"

func main() {
	init() // ERROR "undefined: init"
}
