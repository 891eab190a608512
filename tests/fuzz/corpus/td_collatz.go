// run

// Tests a loop-heavy Collatz search with int64 arithmetic and tracking of maxima.

package main

func steps(n int64) (count int, peak int64) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		count++
	}
	return
}

func main() {
	for _, n := range [6]int64{1, 2, 3, 7, 27, 97} {
		c, p := steps(n)
		println(n, "steps", c, "peak", p)
	}
	best, bestN := 0, int64(0)
	for n := int64(1); n < 100000; n++ {
		if c, _ := steps(n); c > best {
			best, bestN = c, n
		}
	}
	println("longest below 100000:", bestN, best)
}
