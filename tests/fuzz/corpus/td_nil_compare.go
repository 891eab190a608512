// run

// Compares slices, maps and pointers with nil, on either side and in
// parentheses (the checker once rejected these; an untyped nil that has
// taken the other operand's type is still nil).

package main

var gs []string

func main() {
	var s []int
	var m map[string]int
	var p *int
	x := 3
	q := &x
	println(s == nil, nil == s, s != nil, (s) == (nil))
	println(m == nil, nil != m, gs == nil)
	println(p == nil, q != nil, nil == q, p == q)
}
