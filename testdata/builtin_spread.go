// run

// Builtins called with one call of several results as their arguments,
// f(g()) (Go's fixedbugs/issue52590, issue5793): complex, unsafe.Add,
// unsafe.Slice, append, copy, delete and println take g's results in
// order.

package main

import "unsafe"

var arr = [4]int32{10, 20, 30, 40}

func parts() (float64, float64)     { return 1.5, -2 }
func ptrOff() (unsafe.Pointer, int) { return unsafe.Pointer(&arr[0]), 8 }
func ptrLen() (*int32, uint8)       { return &arr[1], 3 }
func ints() (int, string)           { return 7, "seven" }
func appendArgs() ([]int, int, int) { return []int{1}, 2, 3 }
func copyArgs() ([]byte, string)    { return make([]byte, 3), "hello" }
func deleteArgs() (map[int]int, int) { return map[int]int{1: 10, 2: 20}, 1 }

func main() {
	c := complex(parts())
	println(real(c), imag(c))
	p := unsafe.Add(ptrOff())
	println(*(*int32)(p))
	s := unsafe.Slice(ptrLen())
	println(len(s), cap(s), s[0], s[2])
	println(ints())
	a := append(appendArgs())
	println(len(a), a[0], a[2])
	println(copy(copyArgs()))
	m, _ := deleteArgs()
	delete(func() (map[int]int, int) { return m, 2 }())
	println(len(m), m[1])
}
