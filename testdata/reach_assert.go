// run

// Reachability of methods (compiler/ssagen/reach.c) without reflect: a
// method that nothing calls keeps its name and signature in its type's
// method table, so type assertions and type switches to interfaces that
// list it still succeed, also when it is the interface's first method,
// and the interface can be converted on to one whose methods are called.

package main

type Scaler interface{ Scale(int) }

type Both interface {
	Scale(int)
	Area() int
}

type Areaer interface{ Area() int }

type Rect struct{ w, h int }

func (r *Rect) Area() int   { return r.w * r.h }
func (r *Rect) Scale(k int) { r.w *= k; r.h *= k }

type Val int

func (Val) Scale(int) {}

func kind(x interface{}) string {
	switch x.(type) {
	case Both:
		return "both"
	case Scaler:
		return "scaler"
	}
	return "neither"
}

func main() {
	var x interface{} = &Rect{2, 3}
	_, ok := x.(Scaler)
	println(ok, kind(x), kind(Val(1)), kind(1))
	b := x.(Both)
	var a Areaer = b
	println(a.Area())
	s := x.(Scaler)
	_, ok = s.(Areaer)
	println(ok)
}
