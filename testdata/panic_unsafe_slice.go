// run

// unsafe.Slice with a nil pointer and a non-zero length panics with
// gc's runtime error; so does a negative length (recovered first).

package main

import "unsafe"

func main() {
	defer func() {
		println(recover().(error).Error())
		var p *int64
		n := 3
		println(len(unsafe.Slice(p, n)))
	}()
	var x [2]int
	m := -1
	println(len(unsafe.Slice(&x[0], m)))
}
