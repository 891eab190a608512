// run

// A failed type assertion to a concrete type panics with gc's
// TypeAssertionError text, naming the static interface type.

package main

func main() {
	var x interface{} = "a string"
	println(x.(string))
	println(x.(int))
}
