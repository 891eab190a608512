// run

// defer, panic and recover: LIFO order, arguments evaluated at the defer
// statement, defers in loops, named results changed by deferred calls,
// recover only in a function called directly by a deferred call, and
// run-time errors recovered.

package main

func order() {
	x := 1
	defer println("deferred x =", x)
	x = 2
	for i := 0; i < 3; i++ {
		defer func(n int) { println("loop defer", n, x) }(i)
	}
	defer println("last deferred, first run")
	println("body, x =", x)
}

func named() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return r + 1
}

func recovered() (x int, s string) {
	defer func() {
		if e := recover(); e != nil {
			x = 42
			s = "recovered"
		}
	}()
	x = 1
	panic("boom")
}

func notDirect() {
	helper := func() bool { return recover() != nil }
	defer func() {
		println("helper recovers:", helper())
		println("direct recovers:", recover() != nil)
		println("again:", recover() != nil)
	}()
	panic("x")
}

func div(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return a / b, true
}

func index(i int) (v int) {
	defer func() {
		if recover() != nil {
			v = -1
		}
	}()
	a := [3]int{10, 20, 30}
	return a[i]
}

// A deferred call that defers and recovers in its own frame.
func nested() {
	defer func() {
		defer func() {
			println("inner recovers:", recover() != nil)
		}()
		panic("inner")
	}()
	println("nested body")
}

// No panic: recover returns nil; deferreturn runs everything.
func calm() {
	defer func() { println("calm recover nil:", recover() == nil) }()
}

type T int

func value() {
	defer func() {
		r := recover()
		println("recovered a value:", r != nil)
	}()
	panic(T(7))
}

func static(a, b int) { println("static deferred", a+b) }

func deferStatic() {
	defer static(1, 2)
	defer calm()
}

func main() {
	order()
	println(named())
	println(recovered())
	notDirect()
	println(div(7, 2))
	println(div(7, 0))
	println(index(1), index(5))
	nested()
	calm()
	value()
	deferStatic()
	println("done")
}
