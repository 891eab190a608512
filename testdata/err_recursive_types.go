// errorcheck

// Recursive types through aliases and defined types: a cycle that passes
// through a defined type is valid (the alias is worked out again inside
// it), a type defined as one whose declaration is still under way gets
// its underlying type later, and interfaces may embed each other through
// their methods; a cycle of aliases or of embedded interfaces is not.

package main

type P = *S
type S struct{ p P }

type F = func(E)
type E struct{ f F }

type T1 struct{ next *T2 }
type T2 T1

type I1 interface{ m() I2 }
type I2 interface{ I1 }

type J interface{ F() interface{ J } }
type K interface{ F() interface{ K } }

type X = interface{ Y }
type Y interface { // ERROR "invalid recursive type Y"
	X
}

type A = B // ERROR "invalid recursive type A"
type B = A

var _ I1 = I2(nil)
var _ I2 = I1(nil)
var _ = E{func(E) {}}
var _ = S{&S{}}.p.p

func main() {
	var t2 T2
	t2.next = &t2
	var j J
	var k K
	_ = j == k
}
