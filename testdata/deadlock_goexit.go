// run

// runtime.Goexit in the main goroutine ends it, not the program: the
// other goroutines go on, and once they are done nothing is left to
// run, which gc reports as "no goroutines (main called
// runtime.Goexit) - deadlock!". main's deferred calls run first.

package main

import "runtime"

func main() {
	done := make(chan bool)
	go func() {
		<-done
		println("goroutine ends")
	}()
	defer println("main's deferred call")
	done <- true
	runtime.Goexit()
	println("not reached")
}
