// run

// Map basics: make with and without a hint, literals, m[k] reads of
// present and missing keys, comma-ok reads and declarations, m[k] = v,
// delete, len, nil maps (reads, len, delete, range, == nil, println).

package main

type Counts map[string]int

var global = map[int]string{1: "one", 2: "two"}

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	m := make(map[string]int)
	println(len(m), m == nil, m != nil)
	m["a"] = 1
	m["b"] = 2
	m["c"] = 3
	println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["b"]
	println(v, ok)
	v, ok = m["q"]
	println(v, ok)
	var w, ok2 = m["c"]
	println(w, ok2)
	_, ok = m["a"]
	println(ok)
	if x, ok := lookup(m, "c"); ok {
		println("found", x)
	}
	if _, ok := m["nope"]; !ok {
		println("missing")
	}
	delete(m, "b")
	delete(m, "nothing")
	println(len(m), m["b"])
	m["a"] = 10
	println(m["a"], len(m))

	h := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		h[i] = i * i
	}
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += h[i]
	}
	println(len(h), sum, h[999], h[1000])
	for i := 0; i < 1000; i += 2 {
		delete(h, i)
	}
	println(len(h), h[2], h[3])
	var n int64 = 5
	h2 := make(map[int]bool, n)
	h2[3] = true
	println(len(h2), h2[3], h2[4])
	hint := -1
	h3 := make(map[int]int, hint)
	h3[1] = 1
	println(len(h3))

	var nm map[string]int
	println(nm == nil, len(nm), nm["x"])
	v, ok = nm["x"]
	println(v, ok)
	delete(nm, "x")
	for k, v := range nm {
		println("never", k, v)
	}
	println(nm)

	c := Counts{"x": 1}
	c["y"] += 5
	println(len(c), c["x"], c["y"])

	println(global[1], global[2], global[3] == "", len(global))
	global[3] = "three"
	println(len(global), global[3])

	lit := map[string]int{"k1": 1, "k2": 2, "k3": 3}
	println(len(lit), lit["k1"]+lit["k2"]+lit["k3"])
	empty := map[int]int{}
	println(len(empty), empty == nil)
	pm := &map[int]int{1: 2}
	(*pm)[3] = 4
	println(len(*pm), (*pm)[1], (*pm)[3])
}
