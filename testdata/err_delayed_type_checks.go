// errorcheck

// Checks that wait until the types they look at are complete: a map key
// that is (or contains) the struct being declared, an embedded field
// whose type turns out to be a pointer; and cycles reported from the
// type declared first, wherever the checker met them.

package main

type S struct {
	m map[S]bool // ERROR "invalid map key type S"
}

type K struct {
	f func()
	m map[K]int // ERROR "invalid map key type K"
}

type P *struct {
	P // ERROR "embedded field type cannot be a pointer"
}

type I interface{}

type E struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface"
}

type A interface { // ERROR "invalid recursive type A"
	m() B
	B
}

type B interface {
	A
}

func main() {
	type L = L // ERROR "invalid recursive type L"
	var s S
	_ = s
}
