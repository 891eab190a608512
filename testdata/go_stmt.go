// run

// go statements: the function value and the arguments are evaluated at
// the statement, the call runs in the new goroutine; go of declared
// functions, closures, method values, interface methods and builtins;
// runtime.Gosched lets the others run; runtime.NumGoroutine counts the
// goroutines alive; runtime.Goexit runs the deferred calls (in which
// recover returns nil) and ends only its goroutine; main returning ends
// the program while other goroutines are still blocked or runnable.

package main

import "runtime"

type T struct{ name string }

func (t T) hello(done chan<- string, n int) {
	done <- t.name + " hello"
	_ = n
}

func (t *T) rename(s string, done chan<- bool) {
	t.name = s
	done <- true
}

type greeter interface {
	hello(chan<- string, int)
}

func report(done chan<- string, s string, n int) {
	done <- s
	_ = n
}

func counter() int {
	count++
	return count
}

var count int

func main() {
	done := make(chan string)
	x := 1
	go report(done, "arg evaluated at the go statement", x)
	x = 2
	println(<-done, x)

	f := func(s string) { done <- "closure " + s }
	go f("one")
	f = func(s string) { done <- "other " + s }
	println(<-done)

	t := T{"t"}
	go t.hello(done, counter())
	t.name = "changed"
	println(<-done)

	var g greeter = T{"iface"}
	go g.hello(done, counter())
	println(<-done, count)

	ok := make(chan bool)
	p := &T{"p"}
	go p.rename("renamed", ok)
	<-ok
	println(p.name)

	go println("go println")
	settle()

	// Gosched: each of three goroutines runs a step, then yields.
	steps := make(chan string, 9)
	for i := 0; i < 3; i++ {
		go func(id int) {
			for s := 0; s < 3; s++ {
				steps <- string(rune('a'+id)) + string(rune('0'+s))
				runtime.Gosched()
			}
		}(i)
	}
	seen := 0
	for seen < 9 {
		<-steps
		seen++
	}
	println("steps", seen)
	settle()

	block := make(chan int)
	before := runtime.NumGoroutine()
	for i := 0; i < 5; i++ {
		go func() { <-block }()
	}
	println("goroutines", before, runtime.NumGoroutine())
	for i := 0; i < 5; i++ {
		block <- i
	}
	settle()
	println("after", runtime.NumGoroutine())

	// Goexit: deferred calls run, recover sees nothing, the goroutine ends.
	exited := make(chan string, 3)
	go func() {
		defer func() {
			exited <- "deferred, recover() == nil: " + yesno(recover() == nil)
		}()
		defer func() { exited <- "inner deferred" }()
		func() {
			runtime.Goexit()
		}()
		exited <- "not reached"
	}()
	println(<-exited)
	println(<-exited)

	// Left running: main's return ends the program.
	go func() {
		for {
			runtime.Gosched()
		}
	}()
	go func() { <-block }()
	println("main returns")
}

// settle waits until main is the only goroutine left.
func settle() {
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
}

func yesno(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
