// run

// The panics of reflect's misuse, recovered and printed: gc's messages
// for a wrong kind (ValueError), unexported fields, unaddressable
// values, indexes out of range, bad conversions and assignments, map
// iterators used wrongly, and Type methods on the wrong kind.

package main

import (
	"reflect"
)

type T struct {
	Pub  int
	priv int
	in
	P *T
}

type in struct{ X int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch r := r.(type) {
		case nil:
			println(name, ": no panic")
		case error:
			_, isValueError := r.(*reflect.ValueError)
			println(name, ":", r.Error(), isValueError)
		case string:
			println(name, ":", r)
		default:
			println(name, ": other panic")
		}
	}()
	f()
}

func main() {
	t := T{Pub: 1, priv: 2}
	v := reflect.ValueOf(t)
	pv := reflect.ValueOf(&t).Elem()
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Uint on int", func() { reflect.ValueOf(1).Uint() })
	try("Float on bool", func() { reflect.ValueOf(true).Float() })
	try("Bool on zero", func() { reflect.Value{}.Bool() })
	try("Complex on int", func() { reflect.ValueOf(1).Complex() })
	try("Len on int", func() { reflect.ValueOf(1).Len() })
	try("Len on ptr", func() { reflect.ValueOf(&t).Len() })
	try("Cap on map", func() { reflect.ValueOf(map[int]int{}).Cap() })
	try("Index on int", func() { reflect.ValueOf(1).Index(0) })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(1) })
	try("array index", func() { reflect.ValueOf([1]int{1}).Index(-1) })
	try("string index", func() { reflect.ValueOf("ab").Index(2) })
	try("Elem on int", func() { reflect.ValueOf(1).Elem() })
	try("Field on int", func() { reflect.ValueOf(1).Field(0) })
	try("Field out of range", func() { v.Field(9) })
	try("NumField on slice", func() { reflect.ValueOf([]int{}).NumField() })
	try("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	try("IsZero on zero", func() { reflect.Value{}.IsZero() })
	try("Interface of unexported", func() { v.Field(1).Interface() })
	try("Interface of embedded unexported", func() { v.Field(2).Interface() })
	try("field of embedded unexported", func() { println(v.Field(2).Field(0).Interface().(int)) })
	try("Interface of zero", func() { reflect.Value{}.Interface() })
	try("Type of zero", func() { reflect.Value{}.Type() })
	try("SetInt unaddressable", func() { v.Field(0).SetInt(3) })
	try("SetInt unexported", func() { pv.Field(1).SetInt(3) })
	try("SetInt on string", func() { pv.Field(0).SetString("x") })
	try("SetFloat on int", func() { pv.Field(0).SetFloat(1) })
	try("SetUint on int", func() { pv.Field(0).SetUint(1) })
	try("SetBool on int", func() { pv.Field(0).SetBool(true) })
	try("SetInt on zero", func() { reflect.Value{}.SetInt(1) })
	try("Set unassignable", func() { pv.Field(0).Set(reflect.ValueOf("s")) })
	try("Set from unexported", func() { pv.Field(0).Set(pv.Field(1)) })
	try("Set zero Value", func() { pv.Field(0).Set(reflect.Value{}) })
	try("Set to interface", func() { pv.Field(3).Set(reflect.ValueOf(1)) })
	try("SetLen too long", func() {
		s := []int{1}
		reflect.ValueOf(&s).Elem().SetLen(5)
	})
	try("SetLen on int", func() { pv.Field(0).SetLen(0) })
	try("SetBytes on string slice", func() {
		s := []string{}
		reflect.ValueOf(&s).Elem().SetBytes(nil)
	})
	try("Bytes of ints", func() { reflect.ValueOf([]int{}).Bytes() })
	try("Bytes of unaddressable array", func() { reflect.ValueOf([2]byte{}).Bytes() })
	try("Addr unaddressable", func() { v.Addr() })
	try("Slice of unaddressable array", func() { reflect.ValueOf([2]int{}).Slice(0, 1) })
	try("Slice out of bounds", func() { reflect.ValueOf([]int{1}).Slice(0, 3) })
	try("Slice of string", func() { reflect.ValueOf("ab").Slice(1, 3) })
	try("Slice of int", func() { reflect.ValueOf(1).Slice(0, 0) })
	try("Slice3 of string", func() { reflect.ValueOf("ab").Slice3(0, 1, 2) })
	try("Convert", func() { reflect.ValueOf("s").Convert(reflect.TypeOf(1)) })
	try("Convert short slice", func() { reflect.ValueOf([]int{1}).Convert(reflect.TypeOf(&[3]int{})) })
	try("MapIndex on slice", func() { reflect.ValueOf([]int{}).MapIndex(reflect.ValueOf(1)) })
	try("MapIndex bad key", func() { reflect.ValueOf(map[string]int{}).MapIndex(reflect.ValueOf(1)) })
	try("SetMapIndex nil map", func() {
		var m map[string]int
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("SetMapIndex bad elem", func() {
		reflect.ValueOf(map[string]int{}).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf("b"))
	})
	try("MapKeys on int", func() { reflect.ValueOf(1).MapKeys() })
	try("MapRange on int", func() { reflect.ValueOf(1).MapRange() })
	it := reflect.ValueOf(map[int]int{1: 1}).MapRange()
	try("Key before Next", func() { it.Key() })
	try("Value before Next", func() { it.Value() })
	try("Next", func() { println(it.Next(), it.Next()) })
	try("Key exhausted", func() { it.Key() })
	try("Next exhausted", func() { it.Next() })
	try("Next without map", func() { new(reflect.MapIter).Next() })
	try("MakeSlice of int", func() { reflect.MakeSlice(reflect.TypeOf(1), 0, 0) })
	try("MakeSlice negative", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), -1, 0) })
	try("MakeSlice len > cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 1) })
	try("MakeMap of int", func() { reflect.MakeMap(reflect.TypeOf(1)) })
	try("Zero nil", func() { reflect.Zero(nil) })
	try("New nil", func() { reflect.New(nil) })
	try("Copy to int", func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf([]int{})) })
	try("Copy types", func() { reflect.Copy(reflect.ValueOf([]int{}), reflect.ValueOf([]string{})) })
	try("Copy from int", func() { reflect.Copy(reflect.ValueOf([]int{}), reflect.ValueOf(1)) })
	try("Append to int", func() { reflect.Append(reflect.ValueOf(1)) })
	try("AppendSlice to int", func() { reflect.AppendSlice(reflect.ValueOf(1), reflect.ValueOf([]int{})) })
	try("AppendSlice types", func() { reflect.AppendSlice(reflect.ValueOf([]int{}), reflect.ValueOf([]string{})) })
	try("FieldByIndex nil", func() {
		type E struct{ X int }
		type O struct{ *E }
		reflect.ValueOf(O{}).FieldByIndex([]int{0, 0})
	})
	try("FieldByIndexErr nil", func() {
		type E struct{ X int }
		type O struct{ *E }
		_, err := reflect.ValueOf(O{}).FieldByIndexErr([]int{0, 0})
		panic(err)
	})
	try("Method out of range", func() { reflect.ValueOf(t).Method(0) })
	try("NumMethod of zero", func() { reflect.Value{}.NumMethod() })
	try("CanInterface of zero", func() { reflect.Value{}.CanInterface() })
	try("Pointer of int", func() { reflect.ValueOf(1).Pointer() })
	try("Overflow of string", func() { reflect.ValueOf("").OverflowInt(1) })

	ti := reflect.TypeOf(1)
	try("Elem of int", func() { ti.Elem() })
	try("Key of int", func() { ti.Key() })
	try("Len of int", func() { ti.Len() })
	try("Field of int", func() { ti.Field(0) })
	try("Field out of bounds", func() { reflect.TypeOf(t).Field(5) })
	try("NumField of int", func() { ti.NumField() })
	try("FieldByName of int", func() { ti.FieldByName("x") })
	try("In of int", func() { ti.In(0) })
	try("NumIn of int", func() { ti.NumIn() })
	try("NumOut of int", func() { ti.NumOut() })
	try("Out of int", func() { ti.Out(0) })
	try("IsVariadic of int", func() { ti.IsVariadic() })
	try("ChanDir of int", func() { ti.ChanDir() })
	try("Bits of string", func() { reflect.TypeOf("").Bits() })
	try("Method index", func() { ti.Method(0) })
	try("Implements nil", func() { ti.Implements(nil) })
	try("Implements non-interface", func() { ti.Implements(ti) })
	try("AssignableTo nil", func() { ti.AssignableTo(nil) })
	try("ConvertibleTo nil", func() { ti.ConvertibleTo(nil) })
	try("FuncOf", func() { reflect.FuncOf([]reflect.Type{ti}, nil, true) })
	try("Swapper of int", func() { reflect.Swapper(1) })
	try("Swapper of empty", func() { reflect.Swapper([]int{})(0, 0) })
	try("Swapper of one", func() { reflect.Swapper([]string{"a"})(0, 0) })
	try("Swapper of one, index 1", func() { reflect.Swapper([]string{"a"})(1, 0) })
	try("Swapper index", func() { reflect.Swapper([]int{1, 2})(0, 2) })
	try("Swapper index, odd size", func() { reflect.Swapper([][3]byte{{}, {}})(0, 2) })
	try("ValueError text", func() { panic(&reflect.ValueError{Method: "M", Kind: reflect.Map}) })
	try("ValueError zero", func() { panic(&reflect.ValueError{Method: "M"}) })
}
