// run

// A panic in a goroutine other than main: its deferred calls run, then
// the program ends with the panic and that goroutine's traceback,
// "goroutine N [running]:", the frames, and "created by" the function
// with the go statement (the wrapper that carries go's arguments is
// not shown, as in gc). GOMAXPROCS(1) makes gc's numbering hood's.

package main

import "runtime"

type worker struct{ id int }

func (w *worker) run(n int, done chan bool) {
	defer println("worker", w.id, "deferred")
	if n > 2 {
		fail(n)
	}
	done <- true
}

func fail(n int) {
	var a []int
	println(a[n])
}

func start(done chan bool) {
	for i := 1; i <= 3; i++ {
		w := &worker{i}
		go w.run(i, done)
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	start(done)
	for i := 0; i < 3; i++ {
		<-done
	}
}
