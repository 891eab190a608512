// run

// Results of zero size ([0]T, struct{}) travel in no register but are
// still values in memory: indexing one panics, returning one works
// (once crashed hood: Go's fixedbugs/issue22305).

package main

func f() [0]int { return [0]int{} }

type E struct{}

func g() (E, int) {
	var e E
	return e, 3
}

func main() {
	defer func() { println(recover() != nil) }()
	a := f()
	println(len(a))
	_, n := g()
	println(n)
	i := 1
	println(f()[i])
}
