// errorcheck

// Errors in the use of maps: delete's arguments, comma-ok forms,
// assignments to fields of map elems, addresses of map elems, keys that
// are not comparable, make's size argument, literal keys, comparisons.

package main

type S struct{ f int }

func main() {
	m := map[string]int{}
	ms := map[int]S{}
	n := 1
	delete(m)                             // ERROR "not enough arguments for delete\(m\) \(expected 2, found 1\)"
	delete(m, "a", "b")                   // ERROR "too many arguments for delete"
	delete(n, 1)                          // ERROR "invalid argument: n \(variable of type int\) is not a map"
	delete(m, 1)                          // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	a, b, c := m["x"]                     // ERROR "assignment mismatch: 3 variables but 1 value"
	ms[1].f = 2                           // ERROR "cannot assign to struct field ms\[1\].f in map"
	p := &m["x"]                          // ERROR "cannot take address of m\[.x.\] \(map index expression of type int\)"
	var bad map[[]int]int                 // ERROR "invalid map key type \[\]int"
	m2 := make(map[int]int, -1)           // ERROR "must not be negative"
	lit := map[int]string{1: "a", 1: "b"} // ERROR "duplicate key 1 in map literal"
	lit2 := map[int]string{"x"}           // ERROR "missing key in map literal"
	println(m == m2, cap(m))              // ERROR "mismatched types map\[string\]int and map\[int\]int" "invalid argument: m \(variable of type map\[string\]int\) for cap"
	var x int
	x, ok := m // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _, _, _, _, _ = a, b, c, p, bad, lit, lit2, x
	_ = ok
}
