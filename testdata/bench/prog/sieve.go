// Benchmark: array indexing with bounds checks in nested loops.

package main

var composite [200000]bool

func main() {
	n := 0
	for round := 0; round < 5; round++ {
		for i := range composite {
			composite[i] = false
		}
		n = 0
		for i := 2; i < len(composite); i++ {
			if composite[i] {
				continue
			}
			n++
			for j := i * 2; j < len(composite); j += i {
				composite[j] = true
			}
		}
	}
	println(n)
}
