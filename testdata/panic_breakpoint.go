// run

// runtime.Breakpoint without a debugger: SIGTRAP, which gc's runtime
// turns into a throw with the goroutine's traceback and exit status 2.

package main

import "runtime"

func stop() {
	runtime.Breakpoint()
}

func main() {
	println("before")
	stop()
	println("not reached")
}
