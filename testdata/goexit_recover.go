// run

// gc's rule for a Goexit whose deferred call panics: when a later
// deferred call recovers the panic, the Goexit goes on (running the
// remaining deferred calls and ending the goroutine) instead of resuming
// the recovering frame.

package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer func() { fmt.Println("f's deferred call recovers:", recover()) }()
	g()
	fmt.Println("f goes on: not printed")
}

func g() {
	defer fmt.Println("g's first deferred call runs")
	defer func() { panic("boom in a call Goexit runs") }()
	runtime.Goexit()
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("the goroutine's deferred call runs")
		f()
		fmt.Println("after f: not printed, the Goexit goes on")
	}()
	<-done
	fmt.Println("main done")
}
