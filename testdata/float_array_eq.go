// run

// == on arrays and structs of floats compares element by element with
// IEEE equality: NaN is unequal to itself, -0 equals 0 (a bytewise
// compare would get both wrong). The merge of struct comparison once
// reported these as not supported.

package main

type P struct {
	X, Y float64
	N    int
}

var zero float64

func main() {
	nan := zero / zero
	a := [3]float64{1, -zero, 2}
	b := [3]float64{1, 0, 2}
	c := [3]float64{1, nan, 2}
	println(a == b, a != b, c == c, c != c)
	f := [2]float32{1.5, float32(-zero)}
	g := [2]float32{1.5, 0}
	println(f == g)
	p := P{1, -zero, 3}
	q := P{1, 0, 3}
	r := P{nan, 0, 3}
	println(p == q, r == r, r != r)
}
