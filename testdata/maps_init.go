// run

// Maps in package initialisation (a literal, make, comma-ok
// declarations of package variables, which run in dependency order) and
// deferred deletes, whose map and key are evaluated at the defer
// statement.

package main

var (
	table    = map[string]int{"a": 1, "b": 2}
	a, aok   = table["a"]
	z, zok   = table["z"]
	counts   = make(map[rune]int, 4)
	first, _ = table[key()]
)

func key() string {
	println("key called")
	return "b"
}

func init() {
	for _, r := range "hello" {
		counts[r]++
	}
}

func drop(m map[int]string) {
	for i := 0; i < 3; i++ {
		defer delete(m, i)
	}
	k := 5
	defer delete(m, k)
	k = 6
	println("in drop", len(m))
}

func main() {
	println(a, aok, z, zok, first, len(table))
	println(counts['l'], counts['h'], counts['x'], len(counts))
	m := map[int]string{0: "a", 1: "b", 2: "c", 5: "e", 6: "f"}
	drop(m)
	println(len(m), m[6])
	var mi = map[interface{}]int{1: 1, 2: 2}
	func() {
		defer delete(mi, 1)
	}()
	println(len(mi), mi[2])
}
