// run

// Array and struct literals in functions whose elements are all
// constants, nil, functions or addresses of package variables are
// copied from read-only data (gc's static literals): each evaluation
// gives a fresh copy that the program may change, a huge one needs no
// frame-sized temporary (with the stack limited to 64 KiB, as
// fixedbugs/issue18636), and literals holding new objects or slices
// still make new ones each time.

package main

import (
	"fmt"
	"runtime/debug"
)

type big struct {
	a [1 << 20]byte
	s string
}

type rec struct {
	name string
	vals [6]int
	f    func(int) int
	p    *int
}

var g = 42

func double(x int) int { return 2 * x }

func get() rec {
	return rec{name: "r", vals: [6]int{1, 2, 3, 4, 5, 6}, f: double, p: &g}
}

func fresh() [3]*int {
	return [3]*int{new(int), &g, nil}
}

type withSlice struct {
	a  [5]int
	sl []int
}

func sliced() withSlice {
	return withSlice{a: [5]int{9, 8, 7, 6, 5}, sl: []int{1, 2, 3}}
}

func main() {
	debug.SetMaxStack(1 << 16)
	b := new(big)
	*b = big{s: "hello"}
	b.a[10] = 1
	*b = big{s: "again"}
	fmt.Println(b.s, b.a[10], len(b.a))

	r := get()
	r.vals[0] = 100
	r.name = "changed"
	r2 := get()
	fmt.Println(r.name, r.vals, r2.name, r2.vals, r2.f(21), *r2.p, r2.p == &g)

	x, y := fresh(), fresh()
	*x[0] = 5
	fmt.Println(*x[0], *y[0], x[0] != y[0], x[1] == y[1], x[2] == nil)

	s1 := sliced()
	s1.sl[0] = 100
	s1.a[0] = 0
	s2 := sliced()
	fmt.Println(s1.a, s1.sl, s2.a, s2.sl)

	var iface interface{} = [4]string{"a", "b", "c", "d"}
	arr := iface.([4]string)
	arr[0] = "z"
	fmt.Println(iface, arr)
	for i := 0; i < 3; i++ {
		v := [5]int{1, 2, 3, 4, 5}
		v[i] = -1
		fmt.Println(v)
	}
}
