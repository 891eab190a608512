// run

// reflect.StructOf (and ArrayOf of comparable elements): struct types
// made at run time with the compiler's layout, gc's names and panics;
// one Type per struct, the program's own when it has it; values made,
// set, compared, hashed as map keys and printed through fmt.

package main

import (
	"fmt"
	"reflect"
)

type Getter interface{ Get() int }

type M int

func (m M) Get() int { return int(m) * 10 }

type Inner struct{ X, Y int16 }

func field(name string, v interface{}, tag reflect.StructTag) reflect.StructField {
	return reflect.StructField{Name: name, Type: reflect.TypeOf(v), Tag: tag}
}

func describe(t reflect.Type) {
	fmt.Printf("%v: size %d align %d fields %d comparable %v kind %v name %q\n",
		t, t.Size(), t.Align(), t.NumField(), t.Comparable(), t.Kind(), t.Name())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("  %d %s %v off %d tag %q json=%q pkg %q anon %v index %v\n",
			i, f.Name, f.Type, f.Offset, f.Tag, f.Tag.Get("json"), f.PkgPath, f.Anonymous, f.Index)
	}
}

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", what, recover())
	}()
	f()
}

func main() {
	// layout, tags and names
	st := reflect.StructOf([]reflect.StructField{
		field("A", int8(0), `json:"a"`),
		field("B", int64(0), ""),
		field("C", "", `json:"c,omitempty" xml:"c"`),
		field("D", false, ""),
	})
	describe(st)

	// one Type per struct, the compiled one when the program has it
	again := reflect.StructOf([]reflect.StructField{
		field("A", int8(0), `json:"a"`),
		field("B", int64(0), ""),
		field("C", "", `json:"c,omitempty" xml:"c"`),
		field("D", false, ""),
	})
	compiled := reflect.TypeOf(struct {
		A int8 `json:"a"`
		B int64
		C string `json:"c,omitempty" xml:"c"`
		D bool
	}{})
	fmt.Println(st == again, st == compiled, reflect.PtrTo(st) == reflect.PtrTo(again))
	other := reflect.StructOf([]reflect.StructField{field("A", int8(0), `json:"b"`)})
	fmt.Println(other == st, other)

	// values: New, Field, Set, Interface, fmt
	v := reflect.New(st).Elem()
	v.Field(0).SetInt(-3)
	v.FieldByName("B").SetInt(1 << 40)
	v.Field(2).SetString("hi")
	v.Field(3).SetBool(true)
	fmt.Printf("%v|%+v|%T\n", v.Interface(), v.Interface(), v.Interface())
	fmt.Printf("%v %T\n", v.Addr().Interface() != nil, v.Addr().Interface())
	w := reflect.New(st).Elem()
	fmt.Println(v.Interface() == w.Interface())
	w.Set(v)
	fmt.Println(v.Interface() == w.Interface())
	w.Field(2).SetString("ho")
	fmt.Println(v.Interface() == w.Interface(), w.Interface())

	// a made struct as a map key, through an interface
	keys := map[interface{}]int{}
	keys[v.Interface()]++
	keys[w.Interface()]++
	keys[v.Interface()]++
	fmt.Println(len(keys), keys[v.Interface()], keys[w.Interface()])

	// the compiled struct value converts to the made type and compares equal
	cv := reflect.ValueOf(struct {
		A int8 `json:"a"`
		B int64
		C string `json:"c,omitempty" xml:"c"`
		D bool
	}{-3, 1 << 40, "hi", true})
	fmt.Println(cv.Type() == st, cv.Interface() == v.Interface())

	// floats: +0 == -0, NaN != NaN
	ft := reflect.StructOf([]reflect.StructField{field("F", 0.0, "")})
	zero := reflect.New(ft).Elem()
	negz := reflect.New(ft).Elem()
	negz.Field(0).SetFloat(-1 / (1 / zero.Field(0).Float()) * 0)
	fmt.Println(ft, zero.Interface() == negz.Interface())
	nan := reflect.New(ft).Elem()
	nan.Field(0).SetFloat(zero.Field(0).Float() / zero.Field(0).Float())
	fmt.Println(nan.Interface() == nan.Interface())

	// not comparable: a slice field
	nc := reflect.StructOf([]reflect.StructField{field("S", []int(nil), ""), field("N", 0, "")})
	describe(nc)
	try("compare", func() {
		a := reflect.New(nc).Elem().Interface()
		fmt.Println(a == a)
	})

	// unexported fields need a PkgPath; nested made types; embedded fields
	un := reflect.StructOf([]reflect.StructField{
		{Name: "x", PkgPath: "main", Type: reflect.TypeOf(0)},
		{Name: "Inner", Type: reflect.TypeOf(Inner{}), Anonymous: true},
		{Name: "Sub", Type: st},
		{Name: "_", PkgPath: "main", Type: reflect.TypeOf(uint8(0))},
	})
	describe(un)
	u := reflect.New(un).Elem()
	u.FieldByName("Y").SetInt(7)
	u.Field(2).Set(v)
	fmt.Printf("%v|%+v\n", u.Interface(), u.Interface())
	f, ok := un.FieldByName("X")
	fmt.Println(f.Name, f.Index, f.Offset, ok)

	// an embedded type's methods, promoted from the first and only field
	em := reflect.StructOf([]reflect.StructField{{Name: "M", Type: reflect.TypeOf(M(0)), Anonymous: true}})
	e := reflect.New(em).Elem()
	e.Field(0).SetInt(4)
	fmt.Println(em, em.NumMethod(), em.Method(0).Name, em.Implements(reflect.TypeOf((*Getter)(nil)).Elem()))
	g, ok := e.Interface().(Getter)
	fmt.Println(ok, g.Get(), e.Method(0).Call(nil)[0])

	// zero-size fields: a final one takes a byte of padding
	z := reflect.StructOf([]reflect.StructField{field("N", int32(0), ""), field("E", struct{}{}, "")})
	fmt.Println(z, z.Size(), reflect.StructOf(nil), reflect.StructOf(nil).Size())
	fmt.Println(reflect.TypeOf(struct{}{}) == reflect.StructOf(nil))

	// pointers, with ArrayOf of a comparable element
	pa := reflect.ArrayOf(3, reflect.TypeOf((*int)(nil)))
	pt := reflect.StructOf([]reflect.StructField{field("P", (*int)(nil), ""), {Name: "Arr", Type: pa}})
	p1, p2 := reflect.New(pt).Elem(), reflect.New(pt).Elem()
	n := 5
	p1.Field(1).Index(2).Set(reflect.ValueOf(&n))
	fmt.Println(pt, pt.Comparable(), p1.Interface() == p2.Interface())
	p2.Field(1).Index(2).Set(reflect.ValueOf(&n))
	fmt.Println(p1.Interface() == p2.Interface(), *p1.Field(1).Index(2).Interface().(*int))

	// one pointer field: stored in the interface word itself
	one := reflect.StructOf([]reflect.StructField{field("P", (*int)(nil), "")})
	o := reflect.New(one).Elem()
	o.Field(0).Set(reflect.ValueOf(&n))
	fmt.Println(*o.Interface().(struct{ P *int }).P)

	// gc's panics
	try("no name", func() { reflect.StructOf([]reflect.StructField{{Type: reflect.TypeOf(0)}}) })
	try("invalid name", func() { reflect.StructOf([]reflect.StructField{{Name: "1a", Type: reflect.TypeOf(0)}}) })
	try("no type", func() { reflect.StructOf([]reflect.StructField{{Name: "A"}}) })
	try("unexported", func() { reflect.StructOf([]reflect.StructField{{Name: "a", Type: reflect.TypeOf(0)}}) })
	try("anonymous pkgpath", func() {
		reflect.StructOf([]reflect.StructField{{Name: "Inner", PkgPath: "main", Type: reflect.TypeOf(Inner{}), Anonymous: true}})
	})
	try("duplicate", func() { reflect.StructOf([]reflect.StructField{field("A", 0, ""), field("A", "", "")}) })
	try("pkgpaths", func() {
		reflect.StructOf([]reflect.StructField{
			{Name: "a", PkgPath: "p", Type: reflect.TypeOf(0)},
			{Name: "b", PkgPath: "q", Type: reflect.TypeOf(0)},
		})
	})
	try("methods not first", func() {
		reflect.StructOf([]reflect.StructField{field("A", 0, ""), {Name: "M", Type: reflect.TypeOf(M(0)), Anonymous: true}})
	})
	try("pointer to pointer", func() {
		reflect.StructOf([]reflect.StructField{{Name: "P", Type: reflect.TypeOf((**int)(nil)), Anonymous: true}})
	})
}
