// errorcheck

// Misuses of package unsafe, with gc's messages: Offsetof needs a field
// selector, not through an embedded pointer; Add wants an
// unsafe.Pointer and an integer; Slice a pointer and a non-negative
// length; and the package has only its own names.

package main

import "unsafe"

type Inner struct{ b int64 }

func (Inner) M() {}

type T struct {
	a int8
	*Inner
}

func main() {
	var t T
	var x int
	var f float64
	_ = unsafe.Offsetof(x)          // ERROR "is not a selector expression"
	_ = unsafe.Offsetof(t.b)        // ERROR "field b is embedded via a pointer in T"
	_ = unsafe.Offsetof(t.M)        // ERROR "t.M is a method value"
	_ = unsafe.Offsetof(t.zz)       // ERROR "T has no single field zz"
	_ = unsafe.Add(&x, 1)           // ERROR "cannot use &x \(value of type \*int\) as type unsafe.Pointer in argument to unsafe.Add"
	_ = unsafe.Add(unsafe.Pointer(&x), f) // ERROR "length f \(variable of type float64\) must be integer"
	_ = unsafe.Slice(x, 1)          // ERROR "x \(variable of type int\) is not a pointer"
	_ = unsafe.Slice(&x, -1)        // ERROR "length -1 \(constant of type int\) must not be negative"
	_ = unsafe.Foo                  // ERROR "undefined: unsafe.Foo"
}
