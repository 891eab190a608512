// run

// Asserting a nil interface: comma-ok gives the zero value, the plain
// form panics ("interface conversion: interface is nil, not main.I").

package main

type I interface{ M() }

type T int

func (T) M() {}

func main() {
	var i I
	t, ok := i.(T)
	println(t, ok)
	j, ok := i.(I)
	println(j == nil, ok)
	var e interface{} = i
	_ = e.(I)
}
