// run

// Tests Euclid's algorithm (iterative and recursive), binary gcd with shifts, and lcm on several integer types.

package main

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func gcdRec(a, b uint64) uint64 {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func binaryGcd(u, v uint32) uint32 {
	if u == 0 {
		return v
	}
	if v == 0 {
		return u
	}
	shift := uint(0)
	for (u|v)&1 == 0 {
		u >>= 1
		v >>= 1
		shift++
	}
	for u&1 == 0 {
		u >>= 1
	}
	for v != 0 {
		for v&1 == 0 {
			v >>= 1
		}
		if u > v {
			u, v = v, u
		}
		v -= u
	}
	return u << shift
}

func lcm(a, b int64) int64 {
	return a / int64(gcd(int(a), int(b))) * b
}

func main() {
	println(gcd(48, 18), gcd(-48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
	println(gcdRec(18446744073709551615, 4294967295), gcdRec(1<<60, 1<<40*3))
	println(binaryGcd(48, 180), binaryGcd(0, 7), binaryGcd(4294967295, 65535), binaryGcd(1<<31, 1<<20))
	l := int64(1)
	for i := int64(1); i <= 30; i++ {
		l = lcm(l, i)
	}
	println("lcm 1..30:", l)
	// coprime count (Euler phi) for small n
	for n := 1; n <= 12; n++ {
		phi := 0
		for k := 1; k <= n; k++ {
			if gcd(n, k) == 1 {
				phi++
			}
		}
		print(phi, " ")
	}
	println()
}
