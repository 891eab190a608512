// run

// Tests the order of evaluation in assignments to elements and fields:
// the left side's operands are evaluated first, then the right side,
// and x op= y reads x after y's calls (as gc does); the places of a
// tuple assignment are fixed before anything is stored.

package main

type T struct{ a, b int }

var x int
var arr [2]int
var gs = []int{0, 0, 0}
var gp = &T{}

func trace(s string, v int) int {
	println(s)
	return v
}

func bump() int {
	x = 10
	arr[0] = 10
	gs[1] = 10
	gp.a = 10
	return 1
}

func main() {
	x = 1
	x += bump()
	println(x)
	arr[0] = 1
	arr[0] += bump()
	println(arr[0])
	gs[1] = 1
	gs[1] += bump()
	println(gs[1])
	gp.a = 1
	gp.a += bump()
	println(gp.a)

	// Index operands on the left come before the right side.
	s := []int{0, 0, 0}
	s[trace("index", 1)] = trace("value", 5)
	println(s[1])
	var t T
	p := &t
	p.b, s[trace("i2", 2)] = trace("v1", 7), trace("v2", 8)
	println(t.b, s[2])

	// The places are evaluated before the assignments.
	i := 0
	s[i], i = 5, 2
	println(s[0], i)
	a := []int{1, 2, 3}
	b := a
	a, a[0] = []int{9}, 100
	println(a[0], b[0])
	q := &T{1, 2}
	r := q
	q, q.a = &T{}, 50
	println(q.a, r.a)

	// Swaps through elements and fields.
	s[0], s[1] = s[1], s[0]
	println(s[0], s[1])
	t.a, t.b = t.b, t.a
	println(t.a, t.b)
	m := [][]int{{1, 2}, {3, 4}}
	m[0], m[1] = m[1], m[0]
	m[0][0], m[1][1] = m[1][1], m[0][0]
	println(m[0][0], m[0][1], m[1][0], m[1][1])
}
