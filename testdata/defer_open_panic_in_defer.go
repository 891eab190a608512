// run

// A panic in an open-coded deferred call while another panic runs: the
// first panic's remaining deferred calls in the same frame still run
// (under the second panic), both panics print with the first marked
// [recovered] only if it was, and the traceback shows the deferred
// function's frames.

package main

func second() {
	defer println("second's own defer")
	panic("second")
}

func f() {
	defer println("f's first defer still runs")
	defer second()
	defer println("f's last defer")
	panic("first")
}

func g() {
	defer func() {
		println("g recovers", recover().(string))
		panic("third")
	}()
	f()
}

func main() {
	defer println("main's defer")
	g()
}
