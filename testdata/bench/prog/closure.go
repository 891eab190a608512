// closure: calls through func values that gc cannot inline: closures
// taken from a table, capturing a variable by reference
// (docs/performance.md).
package main

var ops [2]func(int) int

func main() {
	total := 0
	ops[0] = func(x int) int { total += x; return x + 1 }
	ops[1] = func(x int) int { return x ^ total }
	v := 0
	for i := 0; i < 5000000; i++ {
		v = ops[i&1](v)
	}
	println(v, total)
}
