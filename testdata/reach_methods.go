// run

// Reachability of methods (compiler/ssagen/reach.c): a method whose code
// is left out of method tables and itabs must never be needed. Methods
// called through an interface, a method value or method expression of an
// interface, a promoted method, type assertions to interfaces whose
// methods nothing calls, reflect's Method and MethodByName on a type
// reached only as a field of a converted value, and a panic value's
// Error and String (called by the runtime).

package main

import (
	"fmt"
	"reflect"
)

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q Sq) Name() string   { return "sq" }
func (q Sq) Unused() string { return "unused" }

type Rect struct{ w, h int }

func (r *Rect) Area() int    { return r.w * r.h }
func (r *Rect) Name() string { return "rect" }
func (r *Rect) Scale(k int)  { r.w *= k; r.h *= k }

// Outer gets Sq's methods by promotion.
type Outer struct {
	Sq
	tag string
}

type Namer interface{ Name() string }

// Only asserted to, never called through.
type Scaler interface{ Scale(int) }
type Widther interface{ Width() int }

type Inner struct{ v int }

func (i Inner) Double() int           { return 2 * i.v }
func (i Inner) Greet(s string) string { return "hi " + s }

type Holder struct {
	In Inner
}

type boom struct{ msg string }

func (b boom) Error() string { return "boom: " + b.msg }

type strv int

func (s strv) String() string { return fmt.Sprint("strv ", int(s)) }

func main() {
	shapes := []Shape{Sq{3}, &Rect{2, 5}, Outer{Sq{4}, "o"}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}

	// method value and method expression of an interface
	var n Namer = &Rect{1, 1}
	f := n.Name
	g := Namer.Name
	fmt.Println(f(), g(Sq{1}))

	// assertions succeed although Scale and Width are never called
	var x interface{} = &Rect{1, 2}
	_, ok1 := x.(Scaler)
	_, ok2 := x.(Widther)
	var y interface{} = Sq{2}
	_, ok3 := y.(Scaler)
	fmt.Println(ok1, ok2, ok3)

	// reflect: Inner is reached only as a field's type of a converted value
	v := reflect.ValueOf(Holder{Inner{21}}).Field(0)
	fmt.Println(v.Type().NumMethod(), v.Type().Method(0).Name)
	out := v.MethodByName("Double").Call(nil)
	fmt.Println(out[0].Int())
	m, _ := v.Type().MethodByName("Greet")
	fmt.Println(m.Func.Call([]reflect.Value{v, reflect.ValueOf("there")})[0].String())
	fmt.Println(reflect.TypeOf(Sq{}).NumMethod(), reflect.TypeOf(&Rect{}).NumMethod())

	// fmt calls String through fmt.Stringer
	fmt.Println(strv(7))

	defer func() {
		fmt.Println("recovered:", recover())
		panic(boom{"again"})
	}()
	panic(boom{"first"})
}
