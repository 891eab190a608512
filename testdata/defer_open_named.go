// run

// Named results changed by open-coded deferred closures: each return
// stores the results before the deferred calls run, the calls run last
// first, and the caller sees what they left; a deferred call with
// arguments evaluated at the defer statement; a method value deferred;
// results of several words (a string, a struct) changed.

package main

type acc struct{ n int }

func (a *acc) add(d int) { a.n += d }

func double() (r int) {
	defer func() { r *= 2 }()
	defer func() { r += 3 }()
	return 4 // (4+3)*2
}

func counted(x int) (n int, s string) {
	defer func() {
		n++
		s += "!"
	}()
	if x < 0 {
		return -x, "neg"
	}
	return x, "pos"
}

type pair struct{ a, b int }

func swap() (p pair) {
	defer func() { p.a, p.b = p.b, p.a }()
	p = pair{1, 2}
	return
}

func args(x int) (r int) {
	defer func(v int) { r = v * 10 }(x)
	x = 100
	return x
}

func method() int {
	a := &acc{}
	defer a.add(5)
	a.add(1)
	return a.n // 1: the deferred add runs after the result is taken
}

func main() {
	println(double())
	println(counted(-5))
	println(counted(6))
	p := swap()
	println(p.a, p.b)
	println(args(3))
	println(method())
}
