// run

// Tests for-range over slices: index only, index and value, value only,
// over nil, over slices of structs and strings; the slice is evaluated
// once (reassigning it or appending in the body changes nothing visited,
// but element writes through the shared array are seen).

package main

type P struct{ x, y int }

var calls int

func get(s []int) []int {
	calls++
	return s
}

func main() {
	s := []int{10, 20, 30}
	for i := range s {
		print(i, " ")
	}
	println()
	for i, v := range s {
		print(i, ":", v, " ")
	}
	println()
	sum := 0
	for _, v := range s {
		sum += v
	}
	println(sum)
	var nilS []string
	for range nilS {
		println("never")
	}

	// Evaluated once.
	for i, v := range get(s) {
		print(i, v, " ")
	}
	println(calls)
	t := s
	for i, v := range t {
		t = nil
		print(i, v, " ")
	}
	println(t == nil)
	u := []int{1, 2}
	for _, v := range u {
		u = append(u, v)
	}
	println(len(u))

	// Elements are read as the loop reaches them.
	w := []int{1, 2, 3}
	for i, v := range w {
		if i+1 < len(w) {
			w[i+1] += v
		}
	}
	println(w[0], w[1], w[2])

	// The value is a copy.
	ps := []P{{1, 2}, {3, 4}}
	for _, p := range ps {
		p.x = 100
	}
	for i := range ps {
		ps[i].y *= 10
	}
	for _, p := range ps {
		print(p.x, " ", p.y, " ")
	}
	println()

	// Assigning to existing variables and to places.
	var i, v int
	var arr [3]int
	for i, v = range s {
		arr[i] = v + 1
	}
	println(i, v, arr[0], arr[2])
	strs := []string{"a", "bc", ""}
	var lens [3]int
	for k, str := range strs {
		lens[k] = len(str)
	}
	println(lens[0], lens[1], lens[2])
	grid := [][]int{{1, 2}, {3}}
	total := 0
	for _, row := range grid {
		for _, c := range row {
			total += c
		}
	}
	println(total)
}
