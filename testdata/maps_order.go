// run

// The order of evaluation around maps, as gc orders it: in m[k] = f()
// the map's operands and key come first, then f, then the entry is made
// (so a nil map panics after f); m[k] op= f() calls f, then makes the
// entry, then reads and writes it, except for / and %, which read the
// entry first and make it only after dividing (a division by zero
// leaves no entry); literal entries are evaluated key, value in source
// order; v, ok = m[k] assigns both; a swap through a map.

package main

func trace(s string, v int) int {
	println(s)
	return v
}

func tk(s string) string {
	println("key", s)
	return s
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r != nil {
			println(name, "panic:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	m := map[string]int{}
	m[tk("a")] = trace("value", 1)
	m[tk("b")] += trace("inc", 2)
	println(m["a"], m["b"])

	lit := map[string]int{tk("x"): trace("vx", 1), tk("y"): trace("vy", 2)}
	println(len(lit))

	var nilm map[string]int
	try("nil write", func() {
		nilm[tk("k")] = trace("rhs", 1)
	})
	try("nil op=", func() {
		nilm["k"] += trace("rhs", 1)
	})
	try("nil inc", func() {
		nilm["k"]++
	})
	zero := 0
	try("div", func() {
		m["d"] /= zero
	})
	_, ok := m["d"]
	println("d present:", ok)
	try("rem", func() {
		m["r"] %= zero
	})
	_, ok = m["r"]
	println("r present:", ok)

	m["s1"], m["s2"] = 1, 2
	m["s1"], m["s2"] = m["s2"], m["s1"]
	println(m["s1"], m["s2"])

	var v int
	v, ok = m["s1"]
	println(v, ok)
	v, ok = m["none"]
	println(v, ok)
	var iface interface{}
	iface, ok = m["s2"]
	println(iface.(int), ok)
	type B bool
	var nb B
	v, nb = m["s2"]
	println(v, bool(nb))

	arr := []map[string]int{m}
	idx := 3
	try("index", func() {
		arr[idx][tk("q")] = trace("after", 1)
	})

	cnt := map[int]int{}
	for i := 0; i < 10; i++ {
		cnt[i%3]++
	}
	println(cnt[0], cnt[1], cnt[2])
}
