// run

// Prints a greeting: the sample program from the top-level README.

package main

func main() {
	println("hello, world")
}
