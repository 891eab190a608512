// run

// A plain nil dereference, a nil map of structs read, a call of a nil
// func value and a nil pointer's field, recovered with gc's runtime
// error text; then an unrecovered call of a nil func value, whose
// traceback starts with gc's [signal SIGSEGV ...] line.

package main

import "fmt"

type T struct {
	a, b int
	next *T
}

var fn func(int) int

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(name+":", r, ok && err != nil)
	}()
	f()
}

func main() {
	var p *int
	var t *T
	try("*p", func() { fmt.Println(*p) })
	try("t.b", func() { fmt.Println(t.b) })
	try("t.next.a", func() { u := &T{}; fmt.Println(u.next.a) })
	try("fn(1)", func() { fmt.Println(fn(1)) })
	try("*p = 1", func() { *p = 1 })
	var m map[string]T
	fmt.Println(m["x"].a, len(m))
	fmt.Println(fn(2))
}
