// run

// recover in a function reached from a deferred func that reflect made:
// a method value (Value.Method(i).Interface()), a MakeFunc func, and a
// method expression (Type.Method(i).Func); reflect's frames between the
// deferred call and the function are wrappers, as gc's are. A MakeFunc
// func that calls another must not let the inner one recover, and
// neither must a function that reflect's Value.Call calls.

package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func (t *T) M() { fmt.Println("method value", t.n, "recovered:", recover()) }

func (t T) V(s string) { fmt.Println("value method", t.n, s, "recovered:", recover()) }

func viaMethodValue() {
	f := reflect.ValueOf(&T{1}).Method(0).Interface().(func())
	defer f()
	panic("one")
}

func viaValueMethod() {
	f := reflect.ValueOf(T{2}).MethodByName("V").Interface().(func(string))
	defer f("arg")
	panic("two")
}

func viaMethodExpr() {
	f := reflect.TypeOf(&T{}).Method(0).Func.Interface().(func(*T))
	defer f(&T{3})
	panic("three")
}

func viaMakeFunc() {
	f := reflect.MakeFunc(reflect.TypeOf((func())(nil)), func([]reflect.Value) []reflect.Value {
		fmt.Println("MakeFunc recovered:", recover())
		return nil
	}).Interface().(func())
	defer f()
	panic("four")
}

func nested() (err interface{}) {
	defer func() { err = recover() }()
	inner := reflect.MakeFunc(reflect.TypeOf((func())(nil)), func([]reflect.Value) []reflect.Value {
		fmt.Println("inner MakeFunc recovered:", recover())
		return nil
	}).Interface().(func())
	outer := reflect.MakeFunc(reflect.TypeOf((func(func()))(nil)), func(args []reflect.Value) []reflect.Value {
		args[0].Interface().(func())()
		return nil
	}).Interface().(func(func()))
	defer outer(inner)
	panic("five")
}

func viaCall() (err interface{}) {
	defer func() { err = recover() }()
	g := func() { fmt.Println("Value.Call'd recovered:", recover()) }
	defer reflect.ValueOf(func() { reflect.ValueOf(g).Call(nil) }).Call(nil)
	panic("six")
}

func main() {
	viaMethodValue()
	viaValueMethod()
	viaMethodExpr()
	viaMakeFunc()
	fmt.Println("nested:", nested())
	fmt.Println("call:", viaCall())
}
