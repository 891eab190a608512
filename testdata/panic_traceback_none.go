// run

// debug.SetTraceback("none"): a fatal panic prints its value and no
// goroutine.

package main

import "runtime/debug"

func f(a []int, i int) int {
	return a[i]
}

func main() {
	debug.SetTraceback("none")
	println(f(nil, 2))
}
