// run

// Tests a slice literal with elided types nested 20 levels deep: past 16
// levels hood allocates the inner arrays with a stand-in descriptor of
// the same layout (compiler/ssagen/slice.c, layout_type).

package main

func main() {
	x := [][][][][][][][][][][][][][][][][][][][]int{{{{{{{{{{{{{{{{{{{{7, 8}}}}}}}}}}}}}}}}}}}}
	println(len(x), len(x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]), x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][1])
	x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]++
	y := append(x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0], x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0])
	println(len(y), y[1][0], cap(y))
	p := []*[2][3]int{{{1, 2, 3}}}
	println(p[0][0][2], p[0][1][0])
}
