// run

// A map key whose dynamic type is not comparable (a slice in an
// interface) cannot be hashed: gc's runtime error "hash of unhashable
// type []int", raised by the read, the write or the delete, even on an
// empty map.

package main

func lookup(m map[interface{}]int, k interface{}) int {
	return m[k]
}

func main() {
	m := map[interface{}]int{1: 1, "a": 2}
	println(lookup(m, 1), lookup(m, "a"))
	defer func() {
		println("deferred")
	}()
	var empty map[interface{}]int
	println(lookup(empty, [2]int{}))
	lookup(empty, []int{1})
	println("not reached")
}
