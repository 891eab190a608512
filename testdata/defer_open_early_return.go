// run

// Defers skipped by an early return: only the defer statements executed
// before a return have their deferBits bit set, so only they run, last
// first, at that return; a defer in an if branch not taken is not run;
// a panic after some defers runs only those (recovered by the first).

package main

func steps(n int) {
	defer println("step 0 deferred")
	if n == 0 {
		println("return after 1 defer")
		return
	}
	defer println("step 1 deferred")
	if n == 1 {
		println("return after 2 defers")
		return
	}
	if n > 5 {
		defer println("big n deferred")
	}
	defer println("step 2 deferred")
	println("return after all defers")
}

func partial(n int) {
	defer func() {
		println("partial recovered", recover().(string))
	}()
	if n > 0 {
		defer println("partial second defer")
	}
	panic("partial")
}

func main() {
	steps(0)
	steps(1)
	steps(2)
	steps(9)
	partial(0)
	partial(1)
}
