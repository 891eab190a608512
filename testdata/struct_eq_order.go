// run

// == on structs and arrays compares as gc orders it, stopping at the
// first difference: string lengths and the other fields before any
// string's bytes, so comparing with a string whose bytes are unmapped
// does not fault when something cheaper already differs (as
// fixedbugs/issue8606b checks through interfaces, here written in line,
// and through a generated type..eq function for a bigger struct). Not
// covered: gc also compares a run of more than two scalar fields with
// one memequal call after the other fields, where hood compares them in
// place (the two orders differ only when a nested array or struct of
// strings reads unmapped bytes).

package main

import (
	"fmt"
	"reflect"
	"syscall"
	"unsafe"
)

type SI struct {
	s string
	i int
}

type SS struct {
	s string
	t string
}

type Big struct {
	a, b, c, d, e int
	s        string
	f        float64
	arr      [3]string
}

func main() {
	bad1, bad2 := "foo", "foo"
	p := syscall.Getpagesize()
	b, err := syscall.Mmap(-1, 0, p, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		panic(err)
	}
	if err := syscall.Mprotect(b, syscall.PROT_NONE); err != nil {
		panic(err)
	}
	(*reflect.StringHeader)(unsafe.Pointer(&bad1)).Data = uintptr(unsafe.Pointer(&b[0]))
	(*reflect.StringHeader)(unsafe.Pointer(&bad2)).Data = uintptr(unsafe.Pointer(&b[1]))

	x, y := SI{bad1, 1}, SI{bad2, 2}
	fmt.Println(x == y, x != y)
	s1, s2 := SS{bad1, "a"}, SS{bad2, "aa"}
	fmt.Println(s1 == s2)
	s3, s4 := SS{"a", bad1}, SS{"b", bad2}
	fmt.Println(s3 == s4)
	g1 := Big{a: 1, s: bad1}
	g2 := Big{a: 1, s: bad2, f: 2}
	fmt.Println(g1 == g2)
	g3 := Big{a: 1, s: "same", f: 1.5, arr: [3]string{"p", "q", "r"}}
	g4 := g3
	fmt.Println(g3 == g4)
	g4.arr[2] = "s"
	fmt.Println(g3 == g4)
	m := map[Big]int{g3: 1}
	fmt.Println(m[g4], m[g3])
}
