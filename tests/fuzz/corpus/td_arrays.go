// run

// Tests arrays: literals, zero values, copy semantics on assignment, arrays as parameters and results, and len.

package main

func fill(a [5]int, v int) [5]int {
	for i := range a {
		a[i] = v
	}
	return a
}

func modify(a [3]string) {
	a[0] = "modified"
}

func sum(a [5]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func reverse(a [6]byte) [6]byte {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	return a
}

func main() {
	var z [4]int
	println(len(z), z[0], z[3])
	a := [5]int{1, 2, 3, 4, 5}
	b := a
	b[0] = 100
	println(a[0], b[0])
	c := fill(a, 7)
	println(a[2], c[2], sum(a), sum(c))
	s := [3]string{"x", "y", "z"}
	modify(s)
	println(s[0], s[1], s[2])
	// keyed and partial literals
	k := [6]int{2: 20, 5: 50}
	for _, v := range k {
		print(v, " ")
	}
	println()
	d := [...]string{"a", "b", "c", "d"}
	println(len(d), d[3])
	e := [...]int{4: -1, 1}
	println(len(e), e[4], e[5])
	// array of bools and bytes
	var flags [3]bool
	flags[1] = true
	println(flags[0], flags[1], flags[2])
	r := reverse([6]byte{'h', 'e', 'l', 'l', 'o', '!'})
	for _, ch := range r {
		print(ch, " ")
	}
	println()
	// assignment through index expressions computed at runtime
	var sq [10]int
	for i := 0; i < len(sq); i++ {
		sq[i] = i * i
	}
	idx := 7
	sq[idx] += sq[idx-1]
	println(sq[idx], sq[9])
	// array assignment copies even for whole-array self swaps
	p, q := [2]int{1, 2}, [2]int{3, 4}
	p, q = q, p
	println(p[0], p[1], q[0], q[1])
	// named array type
	type Vec [3]int64
	v := Vec{1, 2, 3}
	w := v
	w[2] = -3
	println(v[2], w[2], len(v))
	// array of uint8 with wraparound in elements
	var bs [4]uint8
	for i := range bs {
		bs[i] = uint8(250 + i*3)
	}
	println(bs[0], bs[1], bs[2], bs[3])
	// large array
	var big [1000]int32
	for i := range big {
		big[i] = int32(i)
	}
	total := int32(0)
	for _, x := range big {
		total += x
	}
	println(total)
}
