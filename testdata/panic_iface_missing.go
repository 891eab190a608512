// run

// Asserting a value to an interface its type does not implement panics
// with the first missing method, in gc's method order.

package main

type I interface {
	M()
	N()
}

type T int

func (T) M() {}

func main() {
	var x interface{} = T(1)
	_, ok := x.(I)
	println(ok)
	_ = x.(I)
}
