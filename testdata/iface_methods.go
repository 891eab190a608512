// run

// Interface values and method calls through them: value and pointer
// receivers, pointer-shaped dynamic types stored in the data word
// (funcs, maps, pointers, one-element arrays), boxed ones, interface to
// interface conversions, interfaces embedding interfaces, and method
// tables sorted as gc sorts them (exported names first).

package main

type Shape interface {
	Area() int
	Name() string
}

type Sq int

func (s Sq) Area() int      { return int(s) * int(s) }
func (s Sq) Name() string   { return "square" }

type Rect [2]int

func (r Rect) Area() int    { return r[0] * r[1] }
func (r Rect) Name() string { return "rect" }

type Label string

func (l *Label) Area() int    { return len(*l) }
func (l *Label) Name() string { return "label " + string(*l) }

// Pointer-shaped types: the value itself is the data word.
type Fn func() int

func (f Fn) Area() int    { return f() }
func (f Fn) Name() string { return "fn" }

type Box [1]*int

func (b Box) Area() int    { return *b[0] }
func (b Box) Name() string { return "box" }

// Unexported methods sort after exported ones.
type mixed interface {
	b() int
	A() int
	a() int
}

type M int

func (m M) a() int { return int(m) + 1 }
func (m M) b() int { return int(m) + 2 }
func (m M) A() int { return int(m) + 3 }

type Namer interface{ Name() string }

// An interface embedding another: its method set is the union.
type Both interface {
	Namer
	Area() int
}

func describe(s Shape) {
	println(s.Name(), s.Area())
}

func total(shapes [5]Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

var global Shape = Sq(4)

func main() {
	l := Label("hello")
	n := 9
	shapes := [5]Shape{Sq(3), Rect{4, 5}, &l, Fn(func() int { return 7 }), Box{&n}}
	for _, s := range shapes {
		describe(s)
	}
	println("total", total(shapes))
	describe(global)

	// Changing the variable after the conversion changes nothing: the
	// interface holds a copy.
	r := Rect{2, 3}
	var s Shape = r
	r[0] = 100
	println(s.Area(), r.Area())

	// Through a pointer receiver the interface sees the variable.
	var p Shape = &l
	l = "changed"
	println(p.Name())

	var m mixed = M(10)
	println(m.a(), m.b(), m.A())

	// Interface to interface.
	var nm Namer = s
	println(nm.Name())
	var b Both = Sq(5)
	nm = b
	println(nm.Name(), b.Area())
	var e interface{} = b
	println(e.(Namer).Name())

	// A value method called through an interface holding a boxed value
	// goes through the wrapper (*Sq).Area, which loads the copy.
	var sh Shape = Sq(6)
	println(sh.Area())
}
