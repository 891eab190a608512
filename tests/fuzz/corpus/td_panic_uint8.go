// run

// Tests an explicit panic with a uint8 value that wrapped: gc prints just the value for unnamed basic types.

package main

func main() {
	var b uint8 = 200
	b += 100
	panic(b)
}
