// run

// Methods promoted through embedded fields (spec "Selectors", "Method
// sets"): calls x.M() through embedded values and pointers at several
// depths (value and pointer receivers, automatic & and *), through an
// embedded interface, a method declared on the outer type shadowing a
// promoted one, method values and method expressions of promoted
// methods, deferred promoted calls, interface satisfaction through
// promoted methods (itabs of named, unnamed and local struct types, by
// value and by pointer, and conversions and assertions that ask the
// runtime's method tables), and calls of func-valued fields.

package main

type Getter interface{ Get() int }

type Setter interface {
	Get() int
	Set(v int)
}

type Namer interface{ Name() string }

type Inner struct{ x int }

func (i Inner) Get() int         { return i.x }
func (i *Inner) Set(v int)       { i.x = v }
func (i Inner) Name() string     { return "inner" }
func (i Inner) Pair() (int, int) { return i.x, -i.x }

type Mid struct {
	pad int
	Inner
}

type Outer struct {
	label string
	*Mid
}

// Name shadows the promoted Inner.Name.
func (o Outer) Name() string { return "outer " + o.label }

type Deep struct {
	Outer
	extra [3]int
}

type Wrap struct {
	Getter
	n int
}

type Ops struct {
	f   func(int) int
	fs  []func() string
	sub *Ops
}

//go:noinline
func get(g Getter) int { return g.Get() }

//go:noinline
func name(n Namer) string { return n.Name() }

func main() {
	m := Mid{1, Inner{5}}
	println(m.Get(), m.Name())
	m.Set(6)
	println(m.x, m.Inner.x)
	a, b := m.Pair()
	println(a, b)

	o := Outer{"o", &m}
	println(o.Get(), o.Name())
	o.Set(7)
	println(m.x)
	po := &o
	po.Set(8)
	println(po.Get(), m.x)

	d := Deep{Outer: o}
	d.Set(9)
	println(d.Get(), d.Name(), m.x)
	pd := &d
	println(pd.Get(), pd.Mid.Get())

	// method values: the receiver is evaluated at the selector
	gv := m.Get
	sv := o.Set
	m.x = 10
	println(gv())
	sv(11)
	println(m.x, o.Get())
	nv := d.Name
	println(nv())

	// method expressions: functions taking the outer receiver
	ge := Mid.Get
	se := (*Mid).Set
	se(&m, 12)
	println(ge(m))
	oe := Outer.Get
	println(oe(o))
	de := (*Deep).Set
	de(&d, 13)
	println(m.x)

	// interfaces satisfied through promoted methods
	println(get(m), get(&m), get(o), get(po), get(d), get(pd))
	var s Setter = &m
	s.Set(14)
	println(s.Get(), m.x)
	s = o // Set reached through the embedded *Mid: in Outer's value method set
	s.Set(15)
	println(s.Get(), m.x)
	s = pd
	s.Set(16)
	println(s.Get())
	println(name(m), name(o), name(d))

	// an unnamed struct type and a local type embedding Inner
	println(get(struct{ Inner }{Inner{20}}))
	println(get(&struct{ *Inner }{&Inner{21}}))
	type Local struct {
		Inner
		y int
	}
	println(get(Local{Inner{22}, 0}), name(&Local{}))

	// conversions and assertions that consult the method tables
	var e interface{} = o
	g, ok := e.(Getter)
	println(ok, g.Get())
	_, ok = e.(Setter)
	println(ok)
	e = m
	_, ok = e.(Setter) // Set has a pointer receiver: not in Mid's method set
	println(ok)
	e = &m
	s2, ok := e.(Setter)
	println(ok, s2.Get())
	var n Namer = s2.(Namer)
	println(n.Name())

	// an embedded interface
	w := Wrap{Getter: Inner{30}, n: 1}
	println(w.Get(), get(w), get(&w))
	wv := w.Get
	w.Getter = Inner{31}
	println(wv(), w.Get())

	// func-valued fields
	ops := Ops{f: func(x int) int { return x * 2 }}
	ops.fs = append(ops.fs, func() string { return "fs0" })
	ops.sub = &Ops{f: func(x int) int { return x + 100 }}
	println(ops.f(21), ops.fs[0](), ops.sub.f(1), (ops.f)(3))

	// deferred promoted calls: receivers and arguments evaluated now
	defer println("deferred", m.x)
	defer o.Set(40)
	defer func() { println("after", m.x, w.Get()) }()
	defer w.Get()
	defer d.Set(41)
	m.x = 50
	println("end", m.x)
}
