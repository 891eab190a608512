// run

// Whether reflect sees a name as exported, as the compiler does: by
// unicode.IsUpper of the first rune, for ASCII and non-ASCII field and
// method names (Value.Field's read-only flag, CanSet, CanInterface,
// Type.Field's PkgPath, NumMethod); and names and tags read from the
// descriptors (compiled and made by StructOf) as strings that stay
// right when used as map keys and compared.

package main

import "reflect"

type inner struct{ Z int }

type Ünï struct{ V int }

type T struct {
	Ärger  int    `json:"a"`
	ñame   int    `json:"n"`
	Øresund string
	ǅz     int // titlecase, not upper: unexported
	_x     int
	Plain  int
	inner
	Ünï
	δelta  float64
	Ωmega  float64
}

func (T) Σum()      {}
func (T) σum()      {}
func (T) Exported() {}

func main() {
	var t T
	v := reflect.ValueOf(&t).Elem()
	typ := v.Type()
	names := map[string]int{}
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		sf := typ.Field(i)
		names[sf.Name] = i
		println(i, sf.Name, sf.PkgPath, sf.IsExported(), f.CanSet(), f.CanInterface(), string(sf.Tag), sf.Tag.Get("json"))
	}
	println("lookup", names["Ärger"], names["Ωmega"], len(names))
	println("methods", typ.NumMethod(), reflect.PointerTo(typ).NumMethod())
	for i := 0; i < typ.NumMethod(); i++ {
		println("method", typ.Method(i).Name)
	}
	if f, ok := typ.FieldByName("Øresund"); ok {
		println("by name", f.Name, f.Index[0])
	}
	// The embedded unexported struct's exported field can still be set.
	v.Field(6).Field(0).SetInt(5)
	v.Field(7).Field(0).SetInt(6)
	println("embedded", t.Z, t.V, v.FieldByName("Z").CanSet())
	// Made types' names.
	st := reflect.StructOf([]reflect.StructField{
		{Name: "Édith", Type: reflect.TypeOf(0), Tag: `k:"v"`},
		{Name: "émile", Type: reflect.TypeOf(""), PkgPath: "main"},
	})
	println(st.String())
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		sv := reflect.New(st).Elem().Field(i)
		println(f.Name, f.PkgPath, f.IsExported(), sv.CanSet(), f.Tag.Get("k"))
	}
	s := typ.String() + "/" + typ.Field(0).Name
	println(s, len(s))
}
