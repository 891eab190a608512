// The first file: main, and a variable initialised from the other file.

package main

var total = sum(limit) + offset

func init() {
	println("init in a.go, total =", total)
}

func main() {
	println("main:", total, describe(total))
}
