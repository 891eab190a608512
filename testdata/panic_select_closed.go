// run

// A select whose send case is on a closed channel panics "send on
// closed channel" when that case is chosen, here from a goroutine made
// by a function literal.

package main

import "runtime"

func main() {
	runtime.GOMAXPROCS(1)
	c := make(chan int, 1)
	close(c)
	var never chan int
	done := make(chan bool)
	go func() {
		select {
		case c <- 1:
		case <-never:
		}
		done <- true
	}()
	<-done
}
