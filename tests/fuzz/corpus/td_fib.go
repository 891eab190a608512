// run

// Tests simple recursion: naive and iterative Fibonacci numbers.

package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fibIter(n int) int64 {
	var a, b int64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	for i := 0; i <= 25; i++ {
		println("fib", i, fib(i))
	}
	println("fib 90 =", fibIter(90))
	if fib(20) != int(fibIter(20)) {
		panic("mismatch")
	}
}
