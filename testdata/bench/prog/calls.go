// calls: the cost of calls that gc does not inline, with several
// arguments and results, among them a string (docs/performance.md).
package main

//go:noinline
func mix(a, b, c int) (int, int) { return a*31 + b, b ^ c }

//go:noinline
func strsum(s string, k int) int { return len(s)*k + int(s[k%len(s)]) }

func main() {
	x, y := 1, 2
	s := "hello, world"
	t := 0
	for i := 0; i < 5000000; i++ {
		x, y = mix(x, y, i)
		t += strsum(s, i)
	}
	println(x, y, t)
}
