// run

// Tests nested control flow: if/else chains, if with init statements, and nested loops.

package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else if n < 100 {
		return "medium"
	}
	return "large"
}

func fizz(n int) string {
	if n%15 == 0 {
		return "FizzBuzz"
	} else if n%3 == 0 {
		return "Fizz"
	} else if n%5 == 0 {
		return "Buzz"
	}
	return ""
}

func sign(x int) (r int) {
	if y := x; y > 0 {
		r = 1
	} else if z := -y; z > 0 {
		r = -1
	} else {
		r = 0
	}
	return
}

func main() {
	for _, n := range [6]int{-5, 0, 7, 42, 1000, 99} {
		println(n, classify(n))
	}
	for i := 1; i <= 20; i++ {
		if f := fizz(i); f != "" {
			println(f)
		} else {
			println(i)
		}
	}
	println(sign(-3), sign(0), sign(3))

	// nested loops with conditions
	for i := 1; i <= 4; i++ {
		for j := 1; j <= 4; j++ {
			if j > i {
				continue
			}
			if (i+j)%2 == 0 {
				print("e")
			} else {
				print("o")
			}
		}
		println()
	}

	// boolean short-circuit
	calls := 0
	f := false
	t := true
	if f && calls == 0 {
		println("unreachable")
	}
	if t || calls > 100 {
		println("short-circuit or")
	}
	b := !f && (t || f) && !(f && t)
	println("b:", b)
}
