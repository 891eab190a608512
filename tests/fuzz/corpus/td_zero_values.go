// run

// Tests zero values of package-level and local variables of every supported type, and var declarations with and without initialisers.

package main

var (
	gb   bool
	gi   int
	gi8  int8
	gu64 uint64
	gp   uintptr
	gs   string
	ga   [3]int
	gas  [2]string
)

var g1, g2, g3 = 1, "two", true

func main() {
	println(gb, gi, gi8, gu64, gp, "["+gs+"]", ga[0], ga[2], "["+gas[1]+"]", len(gs))
	var (
		b  bool
		i  int
		r  rune
		by byte
		s  string
		a  [2][2]bool
	)
	println(b, i, r, by, len(s), s == "", a[1][1])
	println(g1, g2, g3)
	var x, y int = 3, 4
	var p, q = "p", 'q'
	println(x, y, p, q)
	// re-zeroing in a loop: each iteration gets a fresh zero value
	for k := 0; k < 3; k++ {
		var local int
		var arr [2]int
		local += k
		arr[0] += k
		println(local, arr[0], arr[1])
	}
	// a declared-but-blank assignment
	_ = gi
	var _ = "ignored"
	gi = 5
	println(gi)
}
