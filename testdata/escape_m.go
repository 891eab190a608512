// errorcheck -0 -m -l

// hood build -m prints escape analysis decisions in gc's words: leaking
// and non-escaping parameters, variables moved to the heap, and the
// allocations (new, &T{...}, make, slice literals, closures) kept on the
// stack or not, self-assignments ignored, literals called in place, a
// variadic call's arguments.

package main

type T struct {
	a int
	p *int
}

var sink *int
var sinkT *T

func leak(p *int) { // ERROR "leaking param: p$"
	sink = p
}

func noleak(p *int) int { // ERROR "p does not escape$"
	return *p
}

func ret(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func content(p **int) { // ERROR "leaking param content: p$"
	sink = *p
}

func locals() int {
	x := 1 // ERROR "moved to heap: x$"
	leak(&x)
	y := 2
	n := noleak(&y)
	q := new(int) // ERROR "new\(int\) does not escape$"
	t := &T{a: 1, p: q} // ERROR "&T{...} does not escape$"
	s := make([]int, 4) // ERROR "make\(\[\]int, 4\) does not escape$"
	l := []int{1, 2} // ERROR "\[\]int{...} does not escape$"
	f := func() int { return n + t.a } // ERROR "func literal does not escape$"
	return f() + s[0] + l[1] + *ret(&y)
}

func escapes(k int) *T {
	sinkT = &T{a: k} // ERROR "&T{...} escapes to heap$"
	s := make([]int, k) // ERROR "make\(\[\]int, k\) escapes to heap$"
	var ps [2]*int
	for i := 0; i < 2; i++ {
		v := i // ERROR "moved to heap: v$"
		ps[i] = &v
	}
	return &T{a: s[0] + *ps[0]} // ERROR "&T{...} escapes to heap$"
}

type buffer struct {
	buf []byte
	arr [8]byte
}

func (b *buffer) trim() { // ERROR "b does not escape$"
	b.buf = b.buf[1:] // ERROR "\(\*buffer\).trim ignoring self-assignment in b.buf = b.buf\[1:\]$"
}

func (b *buffer) self() { // ERROR "leaking param: b$"
	b.buf = b.arr[1:]
}

func direct() int {
	x := 0
	func(p *int) { // ERROR "func literal does not escape$" "p does not escape$"
		*p = 1
	}(&x)
	return x
}

func sum(xs ...int) int { // ERROR "xs does not escape$"
	return len(xs)
}

func variadic() int {
	return sum(1, 2, 3) // ERROR "\.\.\. argument does not escape$"
}

func main() {
	println(locals(), escapes(1).a)
}

// An open-coded defer keeps its closure and arguments in the frame:
// what they capture or point to stays on the stack. A defer in a loop
// goes through a heap record, and so does what it captures.
func deferred(i int) {
	x := i
	defer func() { // ERROR "func literal does not escape$"
		x++
	}()
	defer sink2(&x)
}

func sink2(p *int) { // ERROR "p does not escape$"
	*p = 2
}

func deferredLoop(n int) {
	for i := 0; i < n; i++ { // ERROR "moved to heap: i$"
		defer func() { // ERROR "func literal escapes to heap$"
			println(i)
		}()
	}
}

// Mutual recursion: one batch. A parameter passed on to another function
// of the batch does not escape for that; it leaks when one of them
// stores it.
func ping(p *int, n int) { // ERROR "p does not escape$"
	if n > 0 {
		pong(p, n-1)
	}
}

func pong(p *int, n int) { // ERROR "p does not escape$"
	x := *p + n
	ping(&x, n)
}

func pingLeak(p *int, n int) { // ERROR "leaking param: p$"
	if n > 0 {
		pongLeak(p, n-1)
	}
}

func pongLeak(p *int, n int) { // ERROR "leaking param: p$"
	sink = p
	x := n // ERROR "moved to heap: x$"
	pingLeak(&x, n)
}
