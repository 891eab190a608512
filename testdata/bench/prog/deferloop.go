// deferloop: a small function with one defer, called in a loop: the cost
// of a defer against gc's open-coded defers (docs/performance.md).
package main

var n int

//go:noinline
func work(i int) {
	defer func() { n += i }()
	n ^= i
}

func main() {
	for i := 0; i < 1000000; i++ {
		work(i)
	}
	println(n)
}
