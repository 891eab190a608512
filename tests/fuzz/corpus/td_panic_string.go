// run

// Tests an explicit panic with a string message after some output.

package main

func check(n int) {
	if n > 2 {
		panic("n is too large: " + "boom")
	}
	println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
