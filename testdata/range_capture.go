// run

// The variables of `for k, v := range` are one pair for the whole loop
// in Go 1.19 (per-iteration variables came with Go 1.22): a closure made
// in the body sees the values of later iterations (Go's closure2.go;
// hood once gave each iteration its own heap cell).

package main

func main() {
	var g func() int
	for i := range [2]int{} {
		if i == 0 {
			g = func() int { return i }
		}
	}
	println(g())

	var fs []func() (int, string)
	for k, v := range []string{"a", "b", "c"} {
		fs = append(fs, func() (int, string) { return k, v })
	}
	for _, f := range fs {
		k, v := f()
		println(k, v)
	}

	var ps []*rune
	for _, r := range "héllo" {
		ps = append(ps, &r)
	}
	println(len(ps), ps[0] == ps[4], string(*ps[0]))

	m := map[int]int{1: 10}
	var h func() int
	for k := range m {
		h = func() int { return k }
	}
	println(h())

	var c func() int
	for i := 0; i < 3; i++ {
		if i == 0 {
			c = func() int { return i }
		}
	}
	println(c())
}
