// errorcheck -lang=go1.16

// -lang=go1.16: unsafe.Add, unsafe.Slice and conversions of slices to
// array pointers (Go 1.17), interface elements that are no interface and
// the predeclared comparable (Go 1.18) are errors, in gc's words; the
// interface is valid without such an element.

package main

import "unsafe"

type E interface{ int }           // ERROR "embedding non-interface type int requires go1.18 or later \(-lang was set to go1.16; check go.mod\)"
type U interface{ ~int | string } // ERROR "embedding interface element ~int\|string requires go1.18 or later"
type C interface{ comparable }    // ERROR "predeclared comparable requires go1.18 or later"

func main() {
	s := []byte{1}
	p := unsafe.Pointer(&s[0])
	_ = unsafe.Add(p, 1)    // ERROR "unsafe.Add requires go1.17 or later \(-lang was set to go1.16; check go.mod\)"
	_ = unsafe.Slice(&s, 1) // ERROR "unsafe.Slice requires go1.17 or later"
	(interface{ int })      // ERROR "embedding non-interface type int requires go1.18" "\(interface{int}\) \(type\) is not an expression"
	var e E = 1.5
	_ = e
	_ = (*[1]byte)(s)       // ERROR "cannot convert s \(variable of type \[\]byte\) to type \*\[1\]byte"
}
