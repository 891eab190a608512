// errorcheck -0 -m -l

// Escape analysis follows only what can hold a pointer, as gc's does:
// appending or copying elements without pointers leaks nothing of them,
// and a conversion to uintptr forgets the pointer, except where the
// uintptr is stored in a reflect header's Data field or passed to a
// //go:uintptrescapes function. A leak to a result is reported beside a
// leak of the content to the heap when it has fewer derefs.

package main

import (
	"reflect"
	"unsafe"
)

func appendBytes(b, p []byte) []byte { // ERROR "leaking param: b to result ~r0 level=0$" "p does not escape$"
	return append(b, p...)
}

func appendString(b []byte, s string) []byte { // ERROR "leaking param: b to result ~r0 level=0$" "s does not escape$"
	return append(b, s...)
}

func appendPtrs(b, p []*int) []*int { // ERROR "leaking param content: b$" "leaking param: b to result ~r0 level=0$" "leaking param content: p$"
	return append(b, p...)
}

func copyBytes(b, p []byte) int { // ERROR "b does not escape$" "p does not escape$"
	return copy(b, p)
}

func copyPtrs(b, p []*int) int { // ERROR "b does not escape$" "leaking param content: p$"
	return copy(b, p)
}

func addr(x *int) uintptr { // ERROR "x does not escape$"
	return uintptr(unsafe.Pointer(x))
}

func local() uintptr {
	var x int
	return uintptr(unsafe.Pointer(&x))
}

func toData(s *[]int, p unsafe.Pointer) { // ERROR "s does not escape$" "leaking param: p$"
	(*reflect.SliceHeader)(unsafe.Pointer(s)).Data = uintptr(p)
}

//go:uintptrescapes
func use(a uintptr) {} // ERROR "marking a as escaping uintptr$"

func callUse() {
	var t int // ERROR "moved to heap: t$"
	use(uintptr(unsafe.Pointer(&t)))
}

func main() {
	var b [4]byte
	println(len(appendBytes(b[:0], b[1:3])), len(appendString(nil, "cd")))
	println(len(appendPtrs(nil, nil)), copyBytes(b[:], b[2:]), copyPtrs(nil, nil))
	var i int // ERROR "moved to heap: i$"
	println(addr(&i) != 0, local() != 0)
	var s []int
	toData(&s, unsafe.Pointer(&i))
	callUse()
}
