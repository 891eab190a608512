// errorcheck

// Uses of ... that gc rejects, in its words: with a function that is not
// variadic (before a multi-valued argument is looked at), with a
// builtin but append (whose arguments still count as used), in a
// conversion, and [...] outside a composite literal (at its '[').

package main

import "unsafe"

func sum(x ...int) int  { return 0 }
func sum3(int, int, int) int { return 0 }
func tuple() (int, int, int) { return 1, 2, 3 }

var (
	_ = sum(tuple()...)  // ERROR "cannot use ... with 3-valued tuple\(\)"
	_ = sum3(tuple()...) // ERROR "cannot use ... in call to non-variadic sum3"
)

func main() {
	args := []int{1}
	n := 1
	_ = len(args...)        // ERROR "invalid operation: invalid use of ... with built-in len"
	_ = make([]byte, n...)  // ERROR "invalid operation: invalid use of ... with built-in make"
	var x int
	_ = unsafe.Pointer(&x...) // ERROR "invalid use of ... in type conversion to unsafe.Pointer"
	_ = [...]byte("foo")      // ERROR "invalid use of \[...\] array \(outside a composite literal\)"
	_ = [...][...]int{{1}}    // ERROR "invalid use of \[...\] array \(outside a composite literal\)"
}
