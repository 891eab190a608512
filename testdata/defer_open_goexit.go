// run

// runtime.Goexit with open-coded defers: it runs every frame's deferred
// calls, innermost first, open-coded and record-based alike, recover
// returns nil in them, and the goroutine ends; the frames' remaining
// code does not run.

package main

import "runtime"

func leaf(done chan bool) {
	defer println("leaf deferred, recover is nil:", recover() == nil)
	defer println("leaf deferred 2")
	runtime.Goexit()
	println("not reached")
}

func loop(done chan bool) {
	for i := 0; i < 2; i++ {
		defer println("loop deferred", i)
	}
	leaf(done)
	println("not reached")
}

func top(done chan bool) {
	defer close(done)
	defer println("top deferred")
	loop(done)
	println("not reached")
}

func main() {
	done := make(chan bool)
	go top(done)
	<-done
	println("main done")
}
