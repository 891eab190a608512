// run

// reflect's Value.Call and CallSlice in hood's register convention:
// integer, float, complex, string, bool and byte arguments and results
// in registers, arrays and big structs on the stack, more arguments than
// registers, variadic functions, closures, methods of values, pointers
// and interfaces, Method(i).Func of a type; and Call's panics.

package main

import (
	"errors"
	"reflect"
	"strconv"
)

type P struct{ X, Y int }

func (p P) Sum() int            { return p.X + p.Y }
func (p *P) Scale(k int)        { p.X *= k; p.Y *= k }
func (p P) Add(q P) P           { return P{p.X + q.X, p.Y + q.Y} }

type Big struct {
	A [4]int
	S string
}

func add(a, b int) int { return a + b }
func multi(s string, f float64, c complex128, b bool, by byte) (string, float64, complex128, bool, byte) {
	return s + "!", f * 2, c * c, !b, by + 1
}
func big(b Big, x [3]string) (Big, int) {
	b.A[3] = len(x[1])
	b.S = x[2]
	return b, 7
}
func vari(prefix string, xs ...int) string {
	s := prefix
	for _, x := range xs {
		s += strconv.Itoa(x)
	}
	return s
}
func many(a, b, c, d, e, f, g, h, i, j, k int, s string) int { return a + b + c + d + e + f + g + h + i + j + k + len(s) }
func f32(a float32, b int8, c uint16) (float32, int8, uint16) { return a * 2, b - 1, c + 1 }

type I interface{ Sum() int }

func main() {
	r := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf(4)})
	println(len(r), r[0].Int())
	r = reflect.ValueOf(multi).Call([]reflect.Value{reflect.ValueOf("hi"), reflect.ValueOf(1.25), reflect.ValueOf(1 + 2i), reflect.ValueOf(true), reflect.ValueOf(byte(9))})
	println(r[0].String(), r[1].Float(), real(r[2].Complex()), imag(r[2].Complex()), r[3].Bool(), r[4].Uint())
	r = reflect.ValueOf(big).Call([]reflect.Value{reflect.ValueOf(Big{A: [4]int{1, 2, 3, 4}}), reflect.ValueOf([3]string{"a", "bb", "ccc"})})
	b := r[0].Interface().(Big)
	println(b.A[0], b.A[3], b.S, r[1].Int())
	println(reflect.ValueOf(vari).Call([]reflect.Value{reflect.ValueOf("n:"), reflect.ValueOf(1), reflect.ValueOf(2)})[0].String())
	println(reflect.ValueOf(vari).Call([]reflect.Value{reflect.ValueOf("n:")})[0].String())
	println(reflect.ValueOf(vari).CallSlice([]reflect.Value{reflect.ValueOf("s:"), reflect.ValueOf([]int{7, 8})})[0].String())
	args := []reflect.Value{}
	for i := 0; i < 11; i++ {
		args = append(args, reflect.ValueOf(i))
	}
	args = append(args, reflect.ValueOf("four"))
	println(reflect.ValueOf(many).Call(args)[0].Int())
	r = reflect.ValueOf(f32).Call([]reflect.Value{reflect.ValueOf(float32(1.5)), reflect.ValueOf(int8(-3)), reflect.ValueOf(uint16(65535))})
	println(r[0].Float(), r[1].Int(), r[2].Uint())
	k := 10
	clo := func(x int) int { return x + k }
	println(reflect.ValueOf(clo).Call([]reflect.Value{reflect.ValueOf(5)})[0].Int())

	p := P{1, 2}
	println(reflect.ValueOf(p).Method(1).Call(nil)[0].Int())
	println(reflect.ValueOf(p).MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(P{10, 20})})[0].Interface().(P).Y)
	reflect.ValueOf(&p).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(3)})
	println(p.X, p.Y)
	var i I = p
	println(reflect.ValueOf(&i).Elem().Method(0).Call(nil)[0].Int())
	m := reflect.TypeOf(p).Method(1)
	println(m.Name, m.Func.Call([]reflect.Value{reflect.ValueOf(P{5, 6})})[0].Int())
	m, _ = reflect.TypeOf(&p).MethodByName("Scale")
	m.Func.Call([]reflect.Value{reflect.ValueOf(&p), reflect.ValueOf(2)})
	println(p.X, p.Y, m.Type.String())

	e := errors.New("boom")
	println(reflect.ValueOf(e).MethodByName("Error").Call(nil)[0].String())
	ev := reflect.ValueOf(&e).Elem()
	println(ev.Kind().String(), ev.Method(0).Call(nil)[0].String(), ev.Method(0).Type().String())
	r = reflect.ValueOf(errors.New).Call([]reflect.Value{reflect.ValueOf("made")})
	println(r[0].Type().String(), r[0].Elem().Type().String(), r[0].Interface().(error).Error())
	r = reflect.ValueOf(func(p *P, m map[string]int, s []int, i interface{}) (*P, map[string]int, []int, interface{}) {
		return p, m, s, i
	}).Call([]reflect.Value{reflect.ValueOf(&p), reflect.ValueOf(map[string]int{"a": 1}), reflect.ValueOf([]int{4, 5}), reflect.ValueOf(2.5)})
	println(r[0].Interface().(*P) == &p, r[1].Len(), r[2].Index(1).Int(), r[3].Elem().Float(), r[3].Kind().String())
	r = reflect.ValueOf(func(e error, x struct{}, y [1]*P, z [0]int) (error, struct{}) { return e, x }).Call(
		[]reflect.Value{reflect.Zero(reflect.TypeOf((*error)(nil)).Elem()), reflect.ValueOf(struct{}{}), reflect.ValueOf([1]*P{&p}), reflect.ValueOf([0]int{})})
	println(r[0].IsNil(), r[1].NumField())
	r = reflect.ValueOf(func(s string, x int) (string, error) { return s + strconv.Itoa(x), nil }).Call(
		[]reflect.Value{reflect.ValueOf("v"), reflect.ValueOf(1)})
	println(r[0].String(), r[1].IsNil(), r[1].Type().String())

	try := func(name string, f func()) {
		defer func() {
			r := recover()
			if s, ok := r.(string); ok {
				println(name, ":", s)
			} else if e, ok := r.(error); ok {
				println(name, ":", e.Error())
			} else {
				println(name, ": no panic")
			}
		}()
		f()
	}
	try("panic inside", func() {
		reflect.ValueOf(func(a []int) int { return a[5] }).Call([]reflect.Value{reflect.ValueOf([]int{1})})
	})
	try("nil func", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	try("too few", func() { reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("too many", func() { reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(1), reflect.ValueOf(1)}) })
	try("wrong type", func() { reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("x")}) })
	try("zero Value", func() { reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1), {}}) })
	try("variadic wrong type", func() { reflect.ValueOf(vari).Call([]reflect.Value{reflect.ValueOf(""), reflect.ValueOf("x")}) })
	try("CallSlice non-variadic", func() { reflect.ValueOf(add).CallSlice(nil) })
	try("CallSlice too few", func() { reflect.ValueOf(vari).CallSlice([]reflect.Value{reflect.ValueOf("")}) })
	try("Call of int", func() { reflect.ValueOf(1).Call(nil) })
	try("nil interface method", func() {
		var i I
		reflect.ValueOf(&i).Elem().Method(0).Call(nil)
	})
}
