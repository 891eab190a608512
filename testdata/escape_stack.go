// run

// Escape analysis keeps values on the stack when they do not escape: the
// classic wrong-code risks must still see the right values — addresses
// returned, stored in globals, slices, maps, interfaces and closures that
// escape, per-iteration variables whose addresses outlive the iteration,
// stack objects reused by a loop, and a call's results passed on.

package main

type T struct {
	a, b int
	p    *int
}

var global *int
var globalT *T
var globalF func() int
var globalI interface{}

func ret() *int {
	x := 42
	return &x
}

func retT() *T {
	return &T{a: 1, b: 2}
}

func through(p *int) *int { return p }

func store(p *int) { global = p }

func sum(p *T) int { return p.a + p.b }

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func local() int {
	// nothing escapes: new, &T{}, make, a literal and a closure on the stack
	p := new(int)
	*p = 7
	t := &T{a: 3, b: 4, p: p}
	s := make([]int, 8)
	for i := range s {
		s[i] = i * *t.p
	}
	l := []*T{t, {a: 5}}
	n := 0
	add := func(k int) { n += k }
	for _, v := range s {
		add(v)
	}
	return n + sum(l[0]) + l[1].a
}

type stringer interface{ get() int }

type box struct{ v int }

func (b *box) get() int { return b.v }

func loops() {
	// a per-iteration variable whose address is kept after its iteration
	var ps [3]*int
	for i := 0; i < 3; i++ {
		v := i * 10
		ps[i] = &v
	}
	println(*ps[0], *ps[1], *ps[2])
	// an allocation in a loop kept after it
	var ts []*T
	for i := 0; i < 3; i++ {
		ts = append(ts, &T{a: i})
	}
	println(ts[0].a, ts[1].a, ts[2].a)
	// closures made in a loop, each with its own variable
	var fs [3]func() int
	for i := 0; i < 3; i++ {
		j := i
		fs[i] = func() int { return j * j }
	}
	println(fs[0](), fs[1](), fs[2]())
	// a stack object reused by each iteration starts zeroed each time
	for i := 0; i < 3; i++ {
		p := new(int)
		*p += i
		q := &T{}
		q.a += i
		println(*p, q.a, q.b)
	}
}

var sink []*int

func two(p, q *int) (*int, *int) { return p, q }

func keep(a, b *int) { sink = append(sink, a, b) }

func arr() []int {
	var a [4]int
	a[1] = 7
	return a[:]
}

func stash() {
	x, y := 1, 2
	keep(two(&x, &y))
	x, y = 3, 4
}

// clobber overwrites the stack below its caller's frame.
func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n + i
	}
	return a[n&63]
}

func multi() {
	// f(g()): each of g's results reaches what f does with it, after
	// g's caller returned and its frame was reused
	stash()
	clobber(99)
	println(*sink[0], *sink[1])
	// a slice of a local array returned
	s := arr()
	t := arr()
	s[1] = 8
	println(s[1], t[1])
}

func main() {
	multi()
	p := ret()
	q := ret()
	*q = 1
	println(*p, *q)
	t := retT()
	println(t.a, t.b)
	x := 5
	store(through(&x))
	x = 6
	println(*global)
	y := 8
	globalT = &T{p: &y}
	y = 9
	println(*globalT.p)
	f := counter()
	f()
	globalF = f
	println(globalF(), f())
	b := box{v: 11}
	globalI = &b
	b.v = 12
	println(globalI.(stringer).get())
	var i stringer = &box{v: 13}
	println(i.get())
	m := map[int]*int{}
	z := 14
	m[1] = &z
	z = 15
	println(*m[1])
	ch := make(chan *int, 1)
	w := 16
	ch <- &w
	w = 17
	println(*<-ch)
	println(local())
	loops()
	var sl []*int
	for k := 0; k < 2; k++ {
		u := k + 100
		sl = append(sl, &u)
	}
	println(*sl[0], *sl[1])
	defer func() {
		println("deferred", x, y)
	}()
}
