// run

// A composite literal's value for a blank field is not stored: the field
// stays zero, in static package data and in literals built by code. In
// functions the value is evaluated, in order, for its effects; in package
// variable initialisers gc drops it (lit_blank_field_init.go).

package main

import "unsafe"

type T struct {
	a, _, c int
}

var n int

func f() int { n++; return 10 * n }

var static = T{1, 2, 3}

var dynamic = T{f(), f(), f()}

func blank(t *T) int {
	return *(*int)(unsafe.Add(unsafe.Pointer(t), unsafe.Sizeof(t.a)))
}

func main() {
	println(static.a, blank(&static), static.c)
	println(dynamic.a, blank(&dynamic), dynamic.c, n)
	local := T{f(), f(), f()}
	println(local.a, blank(&local), local.c, n)
	p := &T{7, f(), 9}
	println(p.a, blank(p), p.c, n)
}
