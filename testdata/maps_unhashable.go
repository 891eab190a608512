// run

// Keys that cannot be hashed: an interface key holding a slice, map or
// func, directly or inside a struct or array key (through the generated
// hash function), panics with "hash of unhashable type T" on reads,
// writes and deletes, even of an empty or nil map; the panic leaves the
// map as it was.

package main

type key struct {
	id   int
	attr interface{}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panic:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	m := map[key]string{}
	m[key{1, "ok"}] = "first"
	println(m[key{1, "ok"}], len(m))
	try("struct write", func() { m[key{2, map[int]int{}}] = "second" })
	try("struct read", func() { println(m[key{3, []string{}}]) })
	try("struct delete", func() { delete(m, key{4, func() {}}) })
	println(len(m))

	var nilm map[interface{}]bool
	try("nil read", func() { println(nilm[[]byte("x")]) })
	try("nil comma-ok", func() { _, ok := nilm[map[string]int{}]; println(ok) })
	try("nil delete", func() { delete(nilm, []int{}) })
	mi := map[interface{}]int{"a": 1}
	try("write", func() { mi[[]int{1}] = 2 })
	try("op=", func() { mi[[]int{1}] += 2 })
	try("array", func() { mi[[2]interface{}{1, []int{}}] = 3 })
	println(len(mi), mi["a"])
	ma := map[[2]interface{}]int{}
	try("array key", func() { ma[[2]interface{}{1, map[int]int{}}]++ })
	println(len(ma))
}
