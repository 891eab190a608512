// run

// Tests trial-division primality, prime factorisation and a labeled-continue prime search.

package main

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := uint64(3); d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func factor(n int) {
	print(n, " =")
	sep := " "
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			print(sep, d)
			sep = " * "
			n /= d
		}
	}
	if n > 1 {
		print(sep, n)
	}
	println()
}

func main() {
	count := 0
next:
	for n := 2; count < 25; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		print(n, " ")
		count++
	}
	println()
	for _, n := range [7]int{2, 12, 97, 360, 1001, 65536, 999999} {
		factor(n)
	}
	println(isPrime(2147483647), isPrime(4294967297), isPrime(1000000007), isPrime(1))
	// twin primes below 200
	for n := uint64(3); n < 200; n += 2 {
		if isPrime(n) && isPrime(n+2) {
			print("(", n, ",", n+2, ")")
		}
	}
	println()
}
