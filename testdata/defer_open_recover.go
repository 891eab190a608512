// run

// recover in open-coded defers (a function whose defers are not in
// loops: gc and hood run them inline at each return, and a panic runs
// them from the frame's slots): the recovering function returns its
// named results as the deferred calls left them, zero values for
// unnamed ones; defers after the panic's point are not run; a recovered
// panic in a callee lets the caller's open-coded defers run at its
// normal return; recover through a deferred call with arguments; a
// nested function with its own open-coded defers between the panic and
// the recovering frame; mixed open-coded and record-based (a defer in a
// loop) frames run innermost first.

package main

func divide(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered: divide by zero"
			q = -1
		}
	}()
	defer println("divide deferred", a, b)
	q = a / b
	defer println("not reached when b == 0")
	return q, ""
}

func unnamed(x int) int {
	defer func() {
		println("unnamed recovers", recover() != nil)
	}()
	if x > 0 {
		panic("positive")
	}
	return 7
}

func report(r interface{}) {
	println("report:", r.(string))
}

func withArgs() {
	defer func(tag string) {
		println("tag", tag)
		report(recover())
	}("with args")
	panic("args panic")
}

func inner() {
	defer println("inner defer 1")
	defer println("inner defer 2")
	panic("from inner")
}

func middle() (s string) {
	defer func() {
		s = "middle saw " + recover().(string)
	}()
	defer println("middle defer")
	inner()
	return "not reached"
}

func loopy(n int) {
	for i := 0; i < n; i++ {
		defer println("loop defer", i)
	}
	deeper()
}

func deeper() {
	defer println("deeper open defer")
	panic("deep")
}

func mixed() (out int) {
	defer func() {
		println("mixed recovers", recover().(string))
		out = 99
	}()
	defer println("mixed open defer")
	loopy(2)
	return 1
}

func main() {
	q, err := divide(7, 2)
	println(q, err)
	q, err = divide(7, 0)
	println(q, err)
	println(unnamed(0))
	println(unnamed(1))
	withArgs()
	println(middle())
	println(mixed())
	println("done")
}
