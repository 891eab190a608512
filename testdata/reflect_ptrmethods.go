// run

// reflect.New and Value.Addr of a type whose pointer methods no
// compiled code names through *T: the pointer type's descriptor (and
// its method set) is the program's, as in gc, so the value satisfies
// interfaces of pointer methods, as encoding/json relies on.

package main

import "reflect"

type Setter interface {
	Set(string)
}

type Getter interface {
	Get() string
}

type box struct {
	s string
}

func (b *box) Set(s string) { b.s = s }
func (b box) Get() string   { return b.s }

type level int

func (l level) Up() int { return int(l) + 1 }

type holder struct {
	B box
	N int
}

func main() {
	v := reflect.New(reflect.TypeOf(box{}))
	s, ok := v.Interface().(Setter)
	println(ok, v.Type().String(), v.Type().NumMethod())
	if ok {
		s.Set("via New")
	}
	println(v.Elem().Interface().(Getter).Get())

	var h holder
	f := reflect.ValueOf(&h).Elem().Field(0)
	if s, ok := f.Addr().Interface().(Setter); ok {
		s.Set("via Addr")
	}
	println(h.B.s)
	pt := reflect.PointerTo(reflect.TypeOf(box{}))
	println(pt.String(), pt.NumMethod(), pt.Method(0).Name, pt.Method(1).Name, pt.Implements(reflect.TypeOf((*Setter)(nil)).Elem()))
	println(reflect.TypeOf(box{}).Implements(reflect.TypeOf((*Setter)(nil)).Elem()))

	// *level's methods are level's, through the compiler's wrappers
	lt := reflect.TypeOf(level(0))
	m, ok := reflect.PointerTo(lt).MethodByName("Up")
	println(ok, m.Type.String())
	lp := reflect.New(lt)
	lp.Elem().SetInt(41)
	println(m.Func.Call([]reflect.Value{lp})[0].Int(), lp.Method(0).Call(nil)[0].Int())
}
