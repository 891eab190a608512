// run

// Tests structs: field selectors on values and pointers (auto-dereference),
// struct literals (keyed, positional, nested, &T{...}), assignment with copy
// semantics, structs as locals, parameters, results and package variables,
// new(T), and fields of every size and alignment.

package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Mixed struct {
	A int8
	B int64
	C bool
	D uint16
	E [3]byte
	F string
	G *Point
}

var origin Point
var unit = Rect{Max: Point{1, 1}, Name: "unit"}
var pglobal = &Point{7, 8}

func mk(x, y int) Point { return Point{x, y} }

func area(r Rect) int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func grow(r *Rect, d int) {
	r.Max.X += d
	r.Max.Y += d
	r.Name = r.Name + "+"
}

// The parameter is a copy: changing it changes nothing outside.
func clobber(p Point) Point {
	p.X = -1
	return p
}

func named() (r Rect) {
	r.Min = mk(-2, -3)
	r.Name = "named"
	return
}

func swap(a, b Point) (Point, Point) { return b, a }

func main() {
	p := Point{1, 2}
	println(p.X, p.Y)
	q := Point{Y: 5}
	println(q.X, q.Y)
	var z Point
	println(z.X, z.Y, origin.X, origin.Y)

	// Assignment copies.
	c := p
	c.X = 100
	println(p.X, c.X)

	// Pointers: auto-dereference, shared target.
	pp := &p
	pp.Y = 20
	println(p.Y, (*pp).Y, pp.X)
	pp2 := pp
	pp2.X = 10
	println(p.X, pp.X)

	// Nested literals and selectors.
	r := Rect{Point{0, 0}, Point{3, 4}, "r"}
	println(r.Min.X, r.Max.X, r.Max.Y, r.Name, area(r))
	grow(&r, 2)
	println(r.Max.X, r.Max.Y, r.Name, area(r))
	println(unit.Name, area(unit), unit.Max.Y)
	unit.Max.Y = 5
	println(area(unit))

	// Results and parameters.
	println(mk(3, 4).Y, clobber(p).X, p.X)
	n := named()
	println(n.Min.X, n.Min.Y, n.Name, n.Max.X)
	a, b := swap(Point{1, 1}, Point{2, 2})
	println(a.X, b.X)
	a, b = b, a
	println(a.X, b.X)

	// &T{...} and new(T).
	hp := &Rect{Name: "heap", Max: Point{X: 9}}
	println(hp.Name, hp.Max.X, hp.Min.Y)
	np := new(Point)
	np.X = 42
	println(np.X, np.Y)
	ip := new(int)
	*ip = 5
	println(*ip)
	println(pglobal.X, pglobal.Y)

	// Every size and alignment.
	m := Mixed{A: -3, B: 1 << 40, C: true, D: 65535, E: [3]byte{1, 2, 3}, F: "f", G: &Point{6, 7}}
	println(m.A, m.B, m.C, m.D, m.E[0], m.E[2], m.F, m.G.X, m.G.Y)
	m2 := m
	m2.E[1] = 9
	m2.G.X = 60
	println(m.E[1], m2.E[1], m.G.X)

	// A struct literal that reads the variable it is assigned to.
	p = Point{p.Y, p.X}
	println(p.X, p.Y)

	// Arrays of structs and struct fields of arrays.
	var ps [3]Point
	ps[1].Y = 4
	ps[2] = Point{5, 6}
	for i, v := range ps {
		println(i, v.X, v.Y)
	}
	type Poly struct {
		V [4]Point
		N int
	}
	poly := Poly{V: [4]Point{{1, 1}, {2, 2}}, N: 2}
	println(poly.V[1].X, poly.N, len(poly.V))
	poly.V[3].Y = poly.V[0].X + poly.V[1].Y
	println(poly.V[3].Y)

	// Empty structs.
	type E struct{}
	var e1, e2 E
	println(e1 == e2)
}
