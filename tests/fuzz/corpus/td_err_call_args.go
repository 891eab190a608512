// errorcheck

// Tests calls with the wrong number or types of arguments.

package main

func add(a, b int) int {
	return a + b
}

func pair() (int, int) {
	return 1, 2
}

func main() {
	_ = add(1)       // ERROR "not enough arguments in call to add"
	_ = add(1, 2, 3) // ERROR "too many arguments in call to add"
	_ = add("a", 2)  // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to add"
	_ = add(pair())
	println(len()) // ERROR "not enough arguments for len\(\) \(expected 1, found 0\)"
}
