// errorcheck

// Type switches the checker rejects: a guard that is not an interface,
// impossible and duplicate cases, an unused clause variable, fallthrough.

package main

type I interface{ M() }

type T int

func (*T) M() {}

func main() {
	x := 1
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	var i I
	switch i.(type) {
	case T: // ERROR "impossible type switch case: T"
	case *T, nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
	switch v := i.(type) { // ERROR "v declared but not used"
	case *T:
	}
	var e interface{}
	switch e.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	switch _ := e.(type) { // ERROR "no new variable on left side of :="
	}
	switch e.(type) {
	case int, string, int: // ERROR "duplicate case int in type switch"
	}
}
