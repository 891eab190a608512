// run

// Tests recursion with several parameters: the towers of Hanoi.

package main

var moves int

func hanoi(n int, from, to, via string, verbose bool) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, verbose)
	moves++
	if verbose {
		println("move disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from, verbose)
}

func main() {
	hanoi(4, "A", "C", "B", true)
	println("moves:", moves)
	moves = 0
	hanoi(16, "A", "C", "B", false)
	println("moves for 16:", moves)
}
