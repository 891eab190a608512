// run

// Tests the sieve of Eratosthenes over a bool array and counts primes below several bounds.

package main

const Max = 10000

var composite [Max + 1]bool

func sieve() {
	composite[0], composite[1] = true, true
	for i := 2; i*i <= Max; i++ {
		if !composite[i] {
			for j := i * i; j <= Max; j += i {
				composite[j] = true
			}
		}
	}
}

func main() {
	sieve()
	for i := 0; i < 100; i++ {
		if !composite[i] {
			print(i, " ")
		}
	}
	println()
	n := 0
	for i := 0; i <= Max; i++ {
		if !composite[i] {
			n++
		}
		if i == 1000 || i == 5000 || i == Max {
			println("primes <=", i, ":", n)
		}
	}
	// largest prime gap below Max
	last, gap, at := 2, 0, 0
	for i := 3; i <= Max; i++ {
		if !composite[i] {
			if i-last > gap {
				gap, at = i-last, last
			}
			last = i
		}
	}
	println("largest gap", gap, "after", at)
}
