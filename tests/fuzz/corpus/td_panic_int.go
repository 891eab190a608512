// run

// Tests an explicit panic with an untyped integer constant value (an int).

package main

func main() {
	println("before")
	panic(42)
}
