// run

// A map literal's entries as gc's order pass stores them: the static
// ones (constants, nil, array and struct literals of constants, not
// converted to an interface) first, then the others in source order, so
// a computed key equal to a constant one stores last.

package main

import "fmt"

var calls []string

func k(s string) string { calls = append(calls, "k"+s); return s }
func v(n int) int        { calls = append(calls, fmt.Sprint("v", n)); return n }

type pt struct{ x, y int }

type named int

func main() {
	m := map[string]int{k("a"): v(1), "a": 2, "b": 3, k("b"): v(4)}
	fmt.Println(m["a"], m["b"], len(m), calls)

	calls = nil
	n := map[int]interface{}{1: "one", v(1): v(10), 2: nil, 3: pt{1, 2}}
	fmt.Println(n[1], n[2], n[3], len(n), calls)

	var i interface{} = 7
	o := map[interface{}]int{i: 1, 7: 2}
	fmt.Println(o[7], len(o))

	p := map[pt]string{pt{v(1), 2}: "dynamic", {1, 2}: "static"}
	fmt.Println(p[pt{1, 2}], len(p))

	q := map[[2]named]*int{{named(v(1)), 2}: new(int), {1, 2}: nil}
	fmt.Println(q[[2]named{1, 2}] != nil, len(q))

	x := 5
	r := map[int]int{x: 10, 5: 20, v(5): 30, 6: 40}
	fmt.Println(r[5], r[6], len(r))
}
