// run

// Variables captured by value and by reference (gc's rule: by value
// when at most 128 bytes, never assigned after the declaration and never
// addressed). The program's output is the same either way, except for
// allocations: a closure that copies its variables allocates nothing
// for them, and a changed variable, element or field is seen by every
// closure that shares it.

package main

import (
	"fmt"
	"runtime"
)

type pair struct{ a, b int }

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

//go:noinline
func call(f func() int) int { return f() }

func main() {
	// by value: never changed after the declaration
	n, s, p := 3, "abc", pair{1, 2}
	arr := [4]int{1, 2, 3, 4}
	before := mallocs()
	total := 0
	for i := 0; i < 1000; i++ {
		total += call(func() int { return n + len(s) + p.b + arr[3] })
	}
	fmt.Println(total, mallocs()-before)

	// by reference: assigned later, element and field changed, op-assign,
	// increment, address taken, a method with a pointer receiver
	x := 1
	f := func() int { return x }
	x = 2
	a := [2]int{1, 2}
	g := func() int { return a[0] + a[1] }
	a[1] = 20
	q := pair{1, 2}
	h := func() int { return q.a + q.b }
	q.b += 10
	c := 0
	k := func() int { return c }
	c++
	m := 5
	pm := &m
	l := func() int { return m }
	*pm = 6
	fmt.Println(f(), g(), h(), k(), l())

	// a parameter, captured by value and by reference
	fmt.Println(param(7), paramChanged(7))

	// Go 1.19: one range variable, assigned by every iteration
	var fs []func() int
	for _, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return v })
	}
	for i := range fs {
		fmt.Print(fs[i](), " ")
	}
	fmt.Println()

	// nested literals: the middle one copies, the inner one shares
	y := 1
	z := 100
	outer := func() func() int {
		return func() int { z++; return y + z }
	}
	inner := outer()
	fmt.Println(inner(), inner(), z)

	// a named result set by a deferred literal is always shared
	fmt.Println(named())

	// big arrays are shared even when unchanged
	var big [40]int
	big[39] = 9
	fmt.Println(call(func() int { return big[39] }))
}

func param(v int) int { return call(func() int { return v * 2 }) }

func paramChanged(v int) int {
	f := func() int { return v * 2 }
	v++
	return f()
}

func named() (r int) {
	defer func() { r *= 2 }()
	r = 21
	return
}
