// run

// A panic inside a method reached through wrappers (a deferred call with
// arguments running an interface method of a value type): the traceback
// leaves the wrappers out, as gc's does.

package main

type T struct{ x, y int }

func (t T) M(n int) {
	if n > 0 {
		panic("boom")
	}
}

type I interface{ M(int) }

func main() {
	var i I = T{1, 2}
	defer i.M(1)
	println("deferred")
}
