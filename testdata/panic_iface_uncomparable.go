// run

// Comparing two interfaces that hold the same uncomparable type panics;
// different dynamic types compare unequal without looking at the values.

package main

type F func()

func main() {
	var a, b interface{} = F(nil), map[string]int(nil)
	println(a == b)
	println(a == a)
}
