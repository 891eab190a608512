// run

// A deferred function recovers a panic and panics again with the value:
// gc prints the chain, the first marked [recovered]. Deferred calls of
// outer frames still run.

package main

func f() {
	defer println("f's deferred call runs")
	defer func() {
		r := recover()
		println("recovered:", r != nil)
		panic(r)
	}()
	panic("first")
}

func main() {
	defer println("main's deferred call runs")
	f()
}
