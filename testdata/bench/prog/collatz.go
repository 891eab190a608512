// Benchmark: integer arithmetic, division and branches in a hot loop.

package main

func steps(n uint64) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func main() {
	best, arg := 0, 0
	for i := 1; i < 300000; i++ {
		if s := steps(uint64(i)); s > best {
			best, arg = s, i
		}
	}
	println(arg, best)
}
