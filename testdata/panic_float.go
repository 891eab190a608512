// run

// A panic with a value of a defined float type prints gc's float form
// inside T(...).

package main

type Celsius float32

func main() {
	var c Celsius = -2.25
	println(c * 2)
	panic(c)
}
