// run

// Escape analysis, more wrong-code risks, each value read after its maker
// returned and clobber reused the stack: mutual recursion (one call-graph
// component), a goto loop, closures in structs, method values, range by
// value over pointers, type switch variables, select sends, defers in a
// loop, closures over parameters and over an inner literal's local, closures
// passed to functions that call or keep them, named results with defer,
// linked nodes built in a loop and on the stack, literals called in place,
// variadic calls, what open-coded defers leak.

package main

var gp *int
var gf func() int
var gs []*int

func clobber(n int) int {
	var a [128]int
	for i := range a {
		a[i] = n*1000 + i
	}
	return a[n&127]
}

// mutual recursion: one component
func even(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int {
	if n == 0 {
		gp = p
		return nil
	}
	return even(p, n-1)
}

func rec() {
	x := 11
	even(&x, 3)
	x = 12
}

func gotoLoop() []*int {
	var ps [3]*int
	i := 0
L:
	v := i + 50
	ps[i] = &v
	i++
	if i < 3 {
		goto L
	}
	return ps[:]
}

type S struct {
	f   func() int
	arr [2]*int
}

func closureInStruct() S {
	x := 21
	s := S{f: func() int { return x }}
	x = 22
	return s
}

type C struct{ n int }

func (c *C) inc() int { c.n++; return c.n }

func methodValue() func() int {
	c := C{n: 30}
	return c.inc
}

func rangeArr() []*int {
	var s S
	a, b := 40, 41
	s.arr = [2]*int{&a, &b}
	var out []*int
	for _, p := range s.arr {
		out = append(out, p)
	}
	return out
}

func typeSwitch(v interface{}) *int {
	switch x := v.(type) {
	case int:
		return &x
	}
	return nil
}

func selectSend() *int {
	ch := make(chan *int, 1)
	v := 60
	select {
	case ch <- &v:
	}
	return <-ch
}

func deferLoop() {
	for i := 0; i < 3; i++ {
		j := i + 70
		defer func() { println("defer", j) }()
	}
}

func ptrArrayRange() *int {
	arr := &[3]int{80, 81, 82}
	var last *int
	for i := range arr {
		last = &arr[i]
	}
	return last
}

func captureParam(p int) func() int {
	return func() int { p++; return p }
}

func innerLocal() *int {
	var p *int
	func() {
		y := 90
		p = &y
	}()
	clobber(3)
	return p
}

func apply(f func()) { f() }

func keepF(f func() int) { gf = f }

func known() int {
	x := 100
	apply(func() { x++ })
	y := 200
	keepF(func() int { return y })
	y = 201
	return x
}

func appendStack() []*int {
	s := make([]*int, 0, 4)
	for i := 0; i < 3; i++ {
		v := i + 300
		s = append(s, &v)
	}
	return s
}

func named() (r *int) {
	v := 400
	defer func() { v++ }()
	r = &v
	return
}

// open-coded defers keep their closures and arguments in the frame; what
// the deferred calls leak must still move to the heap
func deferLeak() {
	v := 500
	defer func() { gp = &v }()
	w := 501
	defer keep(&w)
	x := 502
	defer func(p *int) { *p++ }(&x)
}

func keep(p *int) { gs = append(gs, p) }

func deferRecover() (r int) {
	v := 510
	defer func() {
		recover()
		r = v + clobber(1)&0
	}()
	v++
	panic("deferRecover")
}

type node struct {
	next *node
	v    int
}

func list() *node {
	var head *node
	for i := 0; i < 3; i++ {
		head = &node{next: head, v: i + 500}
	}
	return head
}

func localList() int {
	a := &node{v: 1}
	b := &node{next: a, v: 2}
	c := node{next: b, v: 3}
	sum := 0
	for n := &c; n != nil; n = n.next {
		sum += n.v
	}
	return sum
}

func sliceOfArrayParam(a [4]int) []int { return a[1:3] }

func structPtr() *[2]int {
	var s struct{ a [2]int }
	s.a[0] = 600
	return &s.a
}

func ifaceBox() interface{} {
	x := 700
	p := &x
	return p
}

// function literals called where they are written: their parameters
// and results are linked to the call's arguments and results
func directLit() *int {
	x := 1
	p := func(q *int) *int { return q }(&x)
	return p
}

func directLit2() int {
	x := 5
	func(q *int) { *q = 6 }(&x)
	return x
}

func directLitLoop() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		v := i
		out = func(q *int) []*int { return append(out, q) }(&v)
	}
	return out
}

func directKeep() *int {
	var keep *int
	for i := 0; i < 3; i++ {
		v := i + 10
		func(q *int) { keep = q }(&v)
	}
	return keep
}

func directNamed() *int {
	x := 20
	return func() (r *int) { r = &x; return }()
}

// the array of a variadic call's arguments
func sumAll(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keepAll(ps ...*int) { gs = ps }

func firstOf(ps ...*int) *int { return ps[0] }

func variadic() {
	a, b := 1, 2
	keepAll(&a, &b)
	c := 3
	p := firstOf(&c, nil)
	clobber(22)
	println(*gs[0], *gs[1], *p)
	for i := 0; i < 3; i++ {
		println(sumAll(i, i, i), sumAll())
	}
}

func directLits() {
	p := directLit()
	clobber(18)
	println(*p, directLit2())
	o := directLitLoop()
	clobber(19)
	println(*o[0], *o[1], *o[2])
	k := directKeep()
	clobber(20)
	println(*k)
	n := directNamed()
	clobber(21)
	println(*n)
}

func main() {
	rec()
	clobber(1)
	println(*gp)
	ps := gotoLoop()
	clobber(2)
	println(*ps[0], *ps[1], *ps[2])
	s := closureInStruct()
	clobber(3)
	println(s.f())
	mv := methodValue()
	clobber(4)
	println(mv(), mv())
	ra := rangeArr()
	clobber(5)
	println(*ra[0], *ra[1])
	tp := typeSwitch(55)
	clobber(6)
	println(*tp)
	sp := selectSend()
	clobber(7)
	println(*sp)
	deferLoop()
	pa := ptrArrayRange()
	clobber(8)
	println(*pa)
	cp := captureParam(85)
	clobber(9)
	println(cp(), cp())
	il := innerLocal()
	clobber(10)
	println(*il)
	println(known())
	clobber(11)
	println(gf())
	as := appendStack()
	clobber(12)
	println(*as[0], *as[1], *as[2])
	np := named()
	clobber(13)
	println(*np)
	deferLeak()
	clobber(16)
	println(*gp, *gs[len(gs)-1])
	println(deferRecover())
	l := list()
	clobber(14)
	println(l.v, l.next.v, l.next.next.v)
	println(localList())
	sa := sliceOfArrayParam([4]int{1, 2, 3, 4})
	clobber(15)
	println(sa[0], sa[1])
	st := structPtr()
	clobber(16)
	println(st[0])
	ib := ifaceBox()
	clobber(17)
	println(*ib.(*int))
	directLits()
	variadic()
}
