// run

// Tests an explicit panic with a negative int64 value.

package main

func main() {
	var v int64 = -9223372036854775808
	panic(v)
}
