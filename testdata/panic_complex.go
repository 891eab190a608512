// run

// panic with complex values: an unnamed complex128 prints bare, a named
// complex type as main.C(...) with the value's own parentheses.

package main

type C complex64

func main() {
	defer func() {
		e := recover()
		println(e.(complex128) == 1+2i)
		panic(C(3 - 4i))
	}()
	panic(1 + 2i)
}
