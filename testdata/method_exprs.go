// run

// Method expressions: T.M is a function taking the receiver first;
// (*T).M works for value and pointer methods; I.M calls through the
// interface's itab.

package main

type T int

func (t T) Double(k int) int { return int(t) * 2 * k }
func (t *T) Inc()            { *t++ }

type I interface{ Double(k int) int }

type U string

func (u U) Double(k int) int { return len(u) * k }

func main() {
	f := T.Double
	println(f(3, 1), T.Double(5, 2))
	t := T(10)
	inc := (*T).Inc
	inc(&t)
	(*T).Inc(&t)
	println(t)
	g := (*T).Double
	println(g(&t, 1))
	h := I.Double
	var i I = U("abc")
	println(h(i, 2), I.Double(T(4), 3))
	fs := [2]func(I, int) int{I.Double, h}
	println(fs[0](T(1), 1), fs[1](U("x"), 5))
}
