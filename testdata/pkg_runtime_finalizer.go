// run

// runtime.SetFinalizer checks its arguments as gc does: a first
// argument that is not a pointer is a fatal error.

package main

import "runtime"

func main() {
	x := 3
	runtime.SetFinalizer(&x, func(*int) {})
	println("pointer: ok")
	runtime.SetFinalizer(x, func(int) {})
	println("not reached")
}
