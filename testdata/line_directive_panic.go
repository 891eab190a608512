// run

// A panic's traceback names the files and lines that line directives
// give, frame by frame, and so does its "created by" line: here a
// goroutine made under one directive panics under another.

package main

import "runtime"

var a []int

//line gen.go:10
func f(i int) int {
	return a[i]
}

func g(done chan int) {
//line other.go:20
	done <- f(3)
}

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan int)
//line spawn.go:30
	go g(done)
	<-done
}
