// run

// Comparing interface values: two interfaces (equal when their dynamic
// types and values are), an interface and a concrete value, interfaces
// of different interface types, nil, and arrays of interfaces; println
// of a nil interface prints its two zero words.

package main

type I interface{ M() int }

type A int

func (a A) M() int { return int(a) }

type B int

func (b B) M() int { return int(b) }

type P [2]string

func (p P) M() int { return len(p[0]) }

type F float64

func (f F) M() int { return int(f) }

func eq(x, y interface{}) bool { return x == y }

func main() {
	var i, j I = A(1), A(1)
	println(i == j, i != j)
	j = B(1)
	println(i == j, i == A(1), i == B(1), j == B(1))
	j = nil
	println(i == j, j == nil, nil == i)

	var e interface{} = A(1)
	println(e == i, i == e, e == A(1), e == 1)

	println(eq(1, 1), eq(1, 2), eq(1, int8(1)), eq("ab", "a"+"b"), eq(nil, nil), eq(nil, 0))
	println(eq(1.5, 1.5), eq(true, true), eq(true, false), eq(uint(3), uint(3)))

	var p1, p2 I = P{"x", "yy"}, P{"x", "yy"}
	println(p1 == p2, p1 == P{"x", "y"})
	p2 = P{"x", "yz"}
	println(p1 == p2)

	nan := F(0)
	nan = nan / nan
	var n1 I = nan
	println(n1 == n1, n1 != n1)

	x := 5
	var q1, q2 interface{} = &x, &x
	y := 5
	var q3 interface{} = &y
	println(q1 == q2, q1 == q3)

	a1 := [2]interface{}{1, "a"}
	a2 := [2]interface{}{1, "a"}
	println(a1 == a2)
	a2[1] = "b"
	println(a1 == a2)

	switch e {
	case 1:
		println("one")
	case A(1):
		println("A one")
	}

	var none interface{}
	var noneI I
	println(none)
	println(noneI)
}
