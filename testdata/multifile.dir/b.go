// The second file: what a.go refers to, declared after its use.

package main

const limit = 10

var offset = limit * 100

func sum(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}

func describe(n int) string {
	if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func init() {
	println("init in b.go, offset =", offset)
}
