// run

// Package unsafe: Sizeof, Alignof and Offsetof as uintptr constants with
// gc's layout (promoted fields included), unsafe.Pointer conversions to
// and from pointers and uintptr, unsafe.Add (negative offsets too) and
// unsafe.Slice (any integer length type; nil with length 0).

package main

import "unsafe"

type Inner struct {
	a int8
	b int64
}

type S struct {
	x bool
	c complex64
	Inner
	s string
	p *int
	e [0]int64
}

type P struct {
	n int32
	*Inner
}

var arr = [4]int32{10, 20, 30, 40}

const k = unsafe.Sizeof(int32(0)) * 2

func main() {
	var s S
	println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.c), unsafe.Offsetof(s.b),
		unsafe.Offsetof(s.Inner.b), unsafe.Offsetof(s.s), unsafe.Offsetof(s.e))
	println(unsafe.Sizeof(1), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(struct{}{}),
		unsafe.Alignof(s.c), unsafe.Sizeof(1i), unsafe.Sizeof(any(nil)), unsafe.Alignof(int16(0)))
	var ka [k]byte
	println(len(ka))
	var pp P
	println(unsafe.Offsetof(pp.Inner), unsafe.Sizeof(pp), unsafe.Offsetof((&s).p))

	p := unsafe.Pointer(&arr[0])
	q := (*int32)(unsafe.Add(p, 8))
	println(*q)
	u := uintptr(p)
	r := (*int32)(unsafe.Pointer(u + 4))
	println(*r)
	q = (*int32)(unsafe.Add(unsafe.Pointer(q), -4))
	println(*q)
	var i8 int8 = -1
	println(*(*int32)(unsafe.Add(unsafe.Pointer(&arr[3]), int(i8)*4)))

	sl := unsafe.Slice(&arr[1], 3)
	println(len(sl), cap(sl), sl[0], sl[2])
	var n uint8 = 2
	sl = unsafe.Slice(&arr[0], n)
	println(len(sl), sl[1])
	sl[1] = 21
	println(arr[1])
	var np *int
	e := unsafe.Slice(np, 0)
	println(e == nil, len(e))

	f := 1.5
	println(*(*uint64)(unsafe.Pointer(&f)))
	str := "hello"
	b := unsafe.Slice(*(**byte)(unsafe.Pointer(&str)), len(str))
	println(len(b), b[1])
}
