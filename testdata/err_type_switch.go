// errorcheck

// Type switches are type-checked (compiling them is not supported yet):
// the guard must be an interface, cases are types or nil, each once and
// each possible, the clause variable must be used in some clause, and
// fallthrough is not allowed.

package main

type Stringer interface{ String() string }

type T struct{}

func (T) String() string { return "T" }

func classify(x interface{}, s Stringer) int {
	switch v := x.(type) {
	case int:
		return v + 1
	case T, *T:
		_ = v.String // ERROR "v.String undefined \(type interface{} has no field or method String\)"
	case nil:
	}
	switch s.(type) {
	case T:
	case int: // ERROR "impossible type switch case: int\n\ts \(variable of type Stringer\) cannot have dynamic type int \(missing String method\)"
	case T: // ERROR "duplicate case T in type switch"
	case nil, nil: // ERROR "duplicate case nil in type switch"
	}
	switch u := s.(type) { // ERROR "u declared but not used"
	case T:
	default:
	}
	switch x.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	default:
	}
	n := 1
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	return 0
}

func main() {
	println(classify(1, T{}))
}
