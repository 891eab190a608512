// run

// Tests deep recursion (depth 10000 and 100000) with values live across calls.

package main

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func depth(n int, a, b, c int64) int64 {
	if n == 0 {
		return a + b + c
	}
	r := depth(n-1, a+1, b+2, c+3)
	return r + a - b + c
}

func countDown(n int) int {
	var arr [8]int
	for i := range arr {
		arr[i] = n + i
	}
	if n == 0 {
		return arr[7]
	}
	return countDown(n-1) + arr[0] - n
}

func main() {
	println(sum(10000))
	println(sum(100000))
	println(depth(10000, 1, 2, 3))
	println(countDown(10000))
}
