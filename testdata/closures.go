// run

// Function values and closures: top-level functions as values, function
// literals capturing variables by reference (shared with the enclosing
// function and with other closures), nesting, recursion through a
// captured variable, nil func values, and Go 1.19's one variable per loop.

package main

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return 2 * x }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

// Two closures over one variable see each other's writes.
func pair() (func(), func() int) {
	v := 0
	return func() { v += 10 }, func() int { return v }
}

// A closure changes a parameter and a named result of its function.
func scale(x int) (r int) {
	set := func(k int) {
		x *= k
		r = x + 1
	}
	set(3)
	return
}

var square = func(x int) int { return x * x }

var table = [3]func(int) int{double, nil, nil}

func main() {
	println(apply(double, 21))
	f := double
	println(f(5), table[0](6))
	table[1] = square
	println(table[1](9), table[2] == nil)
	c := counter()
	c()
	c()
	println(c())
	c2 := counter()
	println(c2(), c())
	a := adder(100)
	println(a(1), apply(a, 2))
	x := 10
	inc := func() { x++ }
	inc()
	inc()
	println(x)
	sq := func(v int) int { return v * v }
	println(sq(7), apply(sq, 8), square(4))
	nested := func(a int) func(int) int {
		return func(b int) int { return a*10 + b + x }
	}
	println(nested(3)(4))
	var nf func()
	println(nf == nil, f != nil)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))
	s := "str"
	g := func() (string, int) { return s + "!", len(s) }
	r1, r2 := g()
	s = "longer"
	r3, r4 := g()
	println(r1, r2, r3, r4)
	add, get := pair()
	add()
	add()
	println(get())
	println(scale(5))
	// Go 1.19: the loop has one i, which every closure shares.
	var fs [3]func() int
	for i := 0; i < 3; i++ {
		fs[i] = func() int { return i }
	}
	println(fs[0](), fs[1](), fs[2]())
	arr := [3]int{1, 2, 3}
	sum := func() int { return arr[0] + arr[1] + arr[2] }
	arr[1] = 20
	println(sum())
	func() {
		println("called at once", x)
	}()
}
