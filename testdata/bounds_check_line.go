// run

// gc places the bounds check of x[i] and x[lo:hi] at its "[": the line a
// failed check reports is the bracket's, when the indexed operand spans
// lines or a line directive comes between the operand and the bracket.

package main

import "runtime"

var (
	i    = 5
	s    = []int{1, 2}
	str  = "ab"
	arr  [3]int
	sink any
)

func get(a, b int) []int { return s }

// line prints the line of the first frame of main.try's argument (the
// function that panicked), as Callers sees it from the deferred call.
func try(tag string, f func()) {
	defer func() {
		recover()
		pcs := make([]uintptr, 16)
		n := runtime.Callers(1, pcs)
		fs := runtime.CallersFrames(pcs[:n])
		for {
			fr, more := fs.Next()
			if len(fr.Function) > 10 && fr.Function[:10] == "main.main." {
				println(tag, fr.Line)
				return
			}
			if !more {
				return
			}
		}
	}()
	f()
}

func main() {
	try("index", func() {
		sink = get(1,
			2)[i]
	})
	try("slice", func() {
		sink = get(1,
			2)[1:i]
	})
	try("string", func() {
		sink = str /*line :500:1*/ [i]
	})
	try("array", func() {
		sink = arr /*line :600:1*/ [i]
	})
	try("array-slice", func() {
		sink = arr /*line :700:1*/ [:i]
	})
	try("store", func() {
		s /*line :800:1*/ [i] = 1
	})
}
