// run

// gc does not evaluate the value of a blank field in the composite
// literals of package variable initialisers (in any form: a struct, a
// pointer to one, inside slices and arrays), where a function's
// literals evaluate it (testdata/lit_blank_field.go): hood matches gc.

package main

type T struct{ a, _, c int }

var n int

func f() int { n++; return 10 * n }

var v1 = T{f(), f(), f()}
var v2 = &T{f(), f(), f()}
var v3 = []T{{f(), f(), f()}}
var v4 = [1]T{{f(), f(), f()}}

func main() {
	println(v1.a, v1.c, v2.a, v2.c, v3[0].a, v3[0].c, v4[0].a, v4[0].c, n)
}
