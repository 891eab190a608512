// run

// Tests mutual recursion between functions declared in either order.

package main

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// Hofstadter female and male sequences.
func F(n int) int {
	if n == 0 {
		return 1
	}
	return n - M(F(n-1))
}

func M(n int) int {
	if n == 0 {
		return 0
	}
	return n - F(M(n-1))
}

func main() {
	for i := uint(0); i < 8; i++ {
		println(i, isEven(i), isOdd(i))
	}
	println(isEven(1001), isOdd(1001))
	for i := 0; i < 20; i++ {
		print(F(i), " ")
	}
	println()
	for i := 0; i < 20; i++ {
		print(M(i), " ")
	}
	println()
}
