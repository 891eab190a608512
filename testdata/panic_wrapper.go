// run

// A value method called through an interface holding a nil pointer
// panics in the (*T).M wrapper with gc's message, and that wrapper is the
// one wrapper frame a traceback shows.

package main

type T struct{ x int }

func (t T) M() int { return t.x }

type I interface{ M() int }

//go:noinline
func call(i I) int { return i.M() }

func main() {
	var p *T
	println(call(p))
}
