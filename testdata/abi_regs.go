// run

// The register calling convention (docs/design.md): arguments and
// results that fit in the nine integer registers travel there, a value
// that does not fit goes on the stack whole, later ones may still take
// registers, and results start again at the first register.

package main

// Nine words: every integer register.
func nine(a, b, c, d, e, f, g, h, i int) int {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i
}

// s needs two registers where one is left: it goes on the stack, and
// the int after it takes the last register.
func spill(a, b, c, d, e, f, g, h int, s string, i int) (int, string) {
	return a + b + c + d + e + f + g + h + i, s + "!"
}

// More than nine words of arguments and of results.
func many(s1, s2, s3, s4, s5 string) (string, string, string, string, string) {
	return s5, s4, s3, s2, s1
}

// Arrays: length 0 takes nothing, length 1 its element, longer ones the stack.
func arrays(z [0]int, one [1]int, two [2]int, os [1]string) ([1]int, [2]int, [1]string) {
	one[0] += two[0]
	two[1] += one[0]
	return one, two, os
}

// Narrow values in full registers: the upper bits must not leak.
func narrow(a int8, b uint8, c int16, d uint16, e int32, f uint32, g bool) int64 {
	r := int64(a) + int64(b) + int64(c) + int64(d) + int64(e) + int64(f)
	if g {
		r = -r
	}
	return r
}

func wide(x int64) (int8, uint8, uint32, bool) {
	return int8(x), uint8(x), uint32(x), x < 0
}

// Parameters whose address is taken live on the heap.
func addr(a, b int) int {
	p := &a
	q := &b
	*p += *q
	return a
}

// Named results, set and returned bare.
func named(a, b int) (sum, diff int, s string) {
	sum = a + b
	diff = a - b
	s = "named"
	return
}

// A call whose arguments are another call's results.
func pair() (int, int) { return 7, 8 }
func add(a, b int) int  { return a + b }

// Arguments live across calls, and recursion through many registers.
func rec(n, a, b, c, d, e, f, g, h int) int {
	if n == 0 {
		return a + b + c + d + e + f + g + h
	}
	return rec(n-1, b, c, d, e, f, g, h, a+n)
}

// Swapped arguments: a parallel move.
func swap(a, b, c int) (int, int, int) { return c, a, b }

func main() {
	println(nine(1, 2, 3, 4, 5, 6, 7, 8, 9))
	n, s := spill(1, 2, 3, 4, 5, 6, 7, 8, "stack", 9)
	println(n, s)
	a, b, c, d, e := many("a", "b", "c", "d", "e")
	println(a, b, c, d, e)
	var z [0]int
	o, t, os := arrays(z, [1]int{1}, [2]int{10, 20}, [1]string{"x"})
	println(o[0], t[0], t[1], os[0])
	println(narrow(-1, 255, -300, 65535, -70000, 4000000000, true))
	i8, u8, u32, neg := wide(-4294967041)
	println(i8, u8, u32, neg)
	println(narrow(i8, u8, 1, 2, 3, u32, neg))
	println(addr(40, 2))
	x, y, str := named(10, 3)
	println(x, y, str)
	println(add(pair()))
	println(rec(20, 1, 2, 3, 4, 5, 6, 7, 8))
	p, q, r := swap(1, 2, 3)
	p, q, r = swap(p, q, r)
	println(p, q, r)
}
