// errorcheck

// Why a value does not fit an interface (or the other way round), as gc
// explains it after the error: a type assertion is needed, a pointer to
// an interface is not an interface, the same for conversions; interface
// methods need unique non-blank names.

package main

type I interface{ M() }
type J interface {
	M()
	N()
}

type T struct{}

func (T) M() {}

type Blank interface {
	_() // ERROR "methods must have a unique non-blank name"
}

func main() {
	var i I = T{}
	var t T = i   // ERROR "cannot use i \(variable of type I\) as type T in variable declaration:\n\tneed type assertion"
	var p *I = &t // ERROR "cannot use &t \(value of type \*T\) as type \*I in variable declaration:\n\t\*T does not implement \*I \(type \*I is pointer to interface, not interface\)"
	_ = J(i)      // ERROR "cannot convert i \(variable of type I\) to type J:\n\tI does not implement J \(missing N method\)"
	_ = T(i)      // ERROR "cannot convert i \(variable of type I\) to type T:\n\tneed type assertion"
	_, _ = t, p
	var b Blank
	_ = b
}
