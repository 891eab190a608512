// run

// Tests an explicit panic with a value of a named integer type: gc prints the type name.

package main

type T int

func main() {
	var t T = 5
	println("t =", t)
	panic(t)
}
