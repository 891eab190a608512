// run

// Tests append: one and several elements, append(s, t...), append of a
// string to a []byte, sharing while the capacity lasts, and the
// capacities gc 1.19's growth rule gives (doubling below 256 elements,
// then the smooth transition towards 1.25x, then rounding the size up
// to an allocator size class) for elements of many sizes.

package main

type Three [3]byte
type Twelve struct{ a, b, c int32 }
type Big struct{ x [40]int64 }

// caps prints the capacity each time appending one element changes it.
func capsInt(n int) {
	var s []int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
	println(s[0], s[n-1], len(s))
}

func capsByte(n int) {
	var s []byte
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
}

func capsThree(n int) {
	var s []Three
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, Three{byte(i), 1, 2})
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
	println(s[n-1][0], s[5][2])
}

func capsTwelve(n int) {
	var s []Twelve
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, Twelve{int32(i), 0, -1})
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
	println(s[n-1].a, s[n-1].c)
}

func capsBig(n int) {
	var s []Big
	last := -1
	for i := 0; i < n; i++ {
		var b Big
		b.x[39] = int64(i)
		s = append(s, b)
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
	println(s[n-1].x[39])
}

func capsString(n int) {
	var s []string
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, "x")
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
}

func main() {
	capsInt(5000)
	capsByte(70000)
	capsThree(3000)
	capsTwelve(3000)
	capsBig(600)
	capsString(2000)

	// Several elements at once: more than double is taken as is, then rounded.
	s := append([]int(nil), 1, 2, 3, 4, 5)
	println(len(s), cap(s))
	s = append(s, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
	println(len(s), cap(s), s[16])
	b := append([]byte{}, 1, 2, 3)
	println(len(b), cap(b))

	// append(s, t...) with slices and a string.
	t := []int{100, 200}
	s = append(s[:2], t...)
	println(len(s), cap(s), s[1], s[2], s[3])
	s = append(s, s...)
	println(len(s), s[3], s[7])
	b = append(b, "hello"...)
	println(len(b), cap(b), string(b[3:]))
	b = append(b, []byte(" world, and more than that")...)
	println(len(b), cap(b), string(b[3:]))
	var none []int
	none = append(none, none...)
	println(none == nil, len(none))
	none = append(none)
	println(none == nil)

	// While the capacity lasts, append writes into the shared array.
	base := make([]int, 3, 4)
	x := append(base, 1)
	y := append(base, 2)
	println(x[3], y[3], len(base))
	z := append(x, 3)
	z[0] = 99
	println(x[0], z[0], cap(z))

	// The elements are evaluated before anything is stored.
	w := []int{1, 2, 3}
	w = append(w[:1], w[2], w[1], w[0])
	println(w[0], w[1], w[2], w[3])

	// Appending to a slice of slices and of structs.
	var rows [][]int
	rows = append(rows, []int{1}, nil)
	rows[1] = append(rows[1], 5)
	println(len(rows), rows[1][0])

	// Zero-sized elements.
	var e []struct{}
	for i := 0; i < 10; i++ {
		e = append(e, struct{}{})
	}
	println(len(e), cap(e))
}
