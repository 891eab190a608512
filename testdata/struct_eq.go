// run

// Tests == and != on structs: field by field (strings, pointers, nested
// structs and arrays), with padding between fields that must not count,
// blank fields that are left out, and arrays of structs short enough to
// compare inline and long enough for a loop.

package main

type Plain struct {
	A, B int32
	C    uint64
}

type Padded struct {
	A int8
	// 7 bytes of padding
	B int64
	C bool
	// 1 byte of padding
	D int16
}

type WithString struct {
	N int
	S string
}

type Blank struct {
	A int
	_ int
	B int
}

type Nested struct {
	P   Plain
	W   WithString
	Arr [2]Padded
	Ptr *int
}

var x, y = 1, 1

func main() {
	a, b := Plain{1, 2, 3}, Plain{1, 2, 3}
	println(a == b, a != b)
	b.C = 4
	println(a == b, a != b)

	// Padding bytes may differ; == must not see them.
	p1 := Padded{1, 2, true, 3}
	var p2 Padded
	p2.A, p2.B, p2.C, p2.D = 1, 2, true, 3
	println(p1 == p2)
	p2.D = 4
	println(p1 == p2)

	// Strings compare by content.
	s := "hel"
	w1 := WithString{1, s + "lo"}
	w2 := WithString{1, "hello"}
	println(w1 == w2, w1 != WithString{1, "help"})

	// Blank fields are ignored.
	var k1, k2 Blank
	k1.A, k2.A = 5, 5
	println(k1 == k2)

	n1 := Nested{P: a, W: w1, Ptr: &x}
	n2 := Nested{P: a, W: w2, Ptr: &x}
	println(n1 == n2)
	n2.Ptr = &y
	println(n1 == n2)
	n2.Ptr = &x
	n2.Arr[1].C = true
	println(n1 == n2)
	n1.Arr[1] = n2.Arr[1]
	println(n1 == n2)

	// Arrays of structs, short and long.
	var short1, short2 [3]WithString
	short1[2].S = "x"
	println(short1 == short2)
	short2[2].S = "x"
	println(short1 == short2)
	var long1, long2 [100]WithString
	println(long1 == long2)
	long1[99].S = "end"
	println(long1 == long2)
	long2[99].S = "end"
	long2[50].N = 1
	println(long1 == long2)
	long1[50].N = 1
	println(long1 == long2)

	// Comparing with literals and through pointers.
	pa := &a
	println(*pa == Plain{1, 2, 3}, *pa == b)
}
