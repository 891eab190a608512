// run

// Tests array equality (== and !=) for arrays of integers, strings, bools and nested arrays.

package main

type Pair [2]string

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	println(a == b, a != b, a == c, a != c)
	b[2] = 4
	println(a == b, b == c)
	s1 := [2]string{"go", "lang"}
	s2 := [2]string{"go", "la" + "ng"}
	s3 := [2]string{"golang", ""}
	println(s1 == s2, s1 == s3)
	p, q := Pair{"x", "y"}, Pair{"x", "y"}
	println(p == q)
	q[1] = "z"
	println(p == q, p != q)
	var z1, z2 [4]bool
	println(z1 == z2)
	z2[3] = true
	println(z1 == z2)
	n1 := [2][2]int8{{1, -1}, {2, -2}}
	n2 := n1
	println(n1 == n2)
	n2[1][1] = 2
	println(n1 == n2, n1[1] == n2[1], n1[0] == n2[0])
	var e1, e2 [0]int
	println(e1 == e2)
	// comparing against a literal
	println(a == [3]int{1, 2, 3}, [2]uint8{255, 0} == [2]uint8{255, 0})
	// equality used in a loop
	var hist [5][3]int
	hist[2] = [3]int{1, 2, 3}
	hist[4] = [3]int{1, 2, 3}
	for i := range hist {
		if hist[i] == a {
			println("row", i, "matches a")
		}
	}
	var u64a, u64b [2]uint64
	u64a[0] = 1 << 63
	u64b[0] = 1 << 63
	println(u64a == u64b)
}
