// deferinloop: defers inside a loop body, which neither gc nor hood can
// open-code: each goes through the runtime's defer records, so this
// measures deferproc and deferreturn (docs/performance.md).
package main

var n int

//go:noinline
func add(i int) { n += i }

//go:noinline
func work(k int) {
	for j := 0; j < 4; j++ {
		defer add(k + j)
	}
}

func main() {
	for i := 0; i < 250000; i++ {
		work(i)
	}
	println(n)
}
