// run

// Tests early returns from inside nested loops, switch statements and recursion.

package main

func find(a [8]int, x int) int {
	for i, v := range a {
		if v == x {
			return i
		}
	}
	return -1
}

func findPair(target int) (int, int) {
	for i := 0; i < 10; i++ {
		for j := i; j < 10; j++ {
			switch {
			case i*j == target:
				return i, j
			case i*j > target:
				break
			}
		}
	}
	return -1, -1
}

func depthFirst(n, target int) bool {
	if n == target {
		return true
	}
	if n > target {
		return false
	}
	return depthFirst(n*2, target) || depthFirst(n+3, target)
}

func firstVowel(s string) (pos int, ch rune) {
	for i, c := range s {
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			return i, c
		}
	}
	return -1, 0
}

func classify(n int) string {
	if n%2 == 0 {
		if n%4 == 0 {
			return "multiple of 4"
		}
		return "even"
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return "odd composite"
		}
	}
	return "odd prime or 1"
}

func main() {
	a := [8]int{4, 8, 15, 16, 23, 42, 8, 0}
	println(find(a, 8), find(a, 42), find(a, 7))
	println(findPair(24))
	println(findPair(97))
	println(depthFirst(1, 11), depthFirst(1, 3), depthFirst(2, 5))
	println(firstVowel("rhythm and blues"))
	println(firstVowel("xyz"))
	for _, n := range [5]int{12, 6, 9, 13, 1} {
		println(n, classify(n))
	}
}
