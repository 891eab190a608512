// run

// Builtins deferred and go'd, their arguments evaluated at the
// statement: close, copy, delete, print, println, panic, recover (a
// deferred recover in a deferred function recovers its panic: its
// argument pointer is taken at the defer statement, as gc's); and
// conversions between channel types that differ in their name or
// direction. GOMAXPROCS(1): gc then runs goroutines in hood's order
// (the one made last first, runnext).

package main

import "runtime"

type C chan int

func fill(dst, src []int, done chan bool) {
	defer close(done)
	defer copy(dst, src)
	src[0] = 99 // after the arguments were evaluated, before the copy
}

func main() {
	runtime.GOMAXPROCS(1)
	dst, src := make([]int, 3), []int{1, 2, 3}
	done := make(chan bool)
	go fill(dst, src, done)
	_, ok := <-done
	println(dst[0], dst[1], dst[2], ok)

	buf := make([]byte, 4)
	finished := make(chan bool)
	go close(finished)
	go copy(buf, "go copy")
	<-finished
	println(string(buf))

	m := map[string]int{"a": 1, "b": 2}
	k := "a"
	func() {
		defer delete(m, k)
		k = "b"
	}()
	println(len(m), m["b"])

	var c C = make(C, 1)
	var s chan<- int = (chan<- int)(c)
	var r <-chan int = (<-chan int)(c)
	s <- 5
	println(<-r, cap(C(c)))

	func() {
		defer func() {
			println("after defer recover():", recover() == nil)
		}()
		defer func() {
			defer recover()
		}()
		panic("squelched")
	}()
	go recover()

	go println("go println", 1, true)
	defer println("deferred println")
	defer func() {
		println("recovered", recover().(string))
	}()
	defer panic("deferred panic")
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
}
