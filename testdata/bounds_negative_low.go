// run

// A negative low index in a slice expression: gc's message leaves out
// the other indices, also for a 3-index slice (s[x:y:z] with x < 0 is
// "[x::]", not "[x:y:]").

package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := make([]int, 3)
	a := [3]int{}
	for _, lo := range []int{-1, -9876543210} {
		try(func() { _ = s[lo:0:3] })
		try(func() { _ = s[lo:3:3] })
		try(func() { _ = a[lo:0:0] })
		try(func() { _ = s[lo:1] })
		try(func() { _ = s[lo] })
	}
}
