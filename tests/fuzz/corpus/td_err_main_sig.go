// errorcheck

// Tests that func main must have no arguments and no results.

package main

func main(args int) int { // ERROR "func main must have no arguments and no return values"
	return args
}
