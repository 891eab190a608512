// run

// A range loop's "=" assigns the key and the value as one parallel
// assignment: both places are evaluated before either is assigned, so
// `for i, x[i] = range y` indexes x with i's value from before the
// iteration (Go's test/range.go). Slices, arrays, strings and maps.

package main

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	println(i, x[0], x[1])

	a := [3]int{}
	j := 2
	for j, a[j] = range [2]int{7, 8} {
	}
	println(j, a[0], a[1], a[2])

	r := make([]rune, 4)
	k := 3
	for k, r[k] = range "ab" {
	}
	println(k, r[0], r[1], r[2], r[3])

	m := map[string]int{"only": 5}
	keys := []string{"", ""}
	n := 1
	for keys[n], n = range m {
	}
	println(keys[0], keys[1], n)
}
