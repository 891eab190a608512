// run

// Tests labeled break and continue in nested for loops and switches, and unlabeled break in switch.

package main

func main() {
	// find first pair with i*j == 42
outer:
	for i := 1; i < 10; i++ {
		for j := 1; j < 10; j++ {
			if i*j == 42 {
				println("found", i, j)
				break outer
			}
		}
	}

	// labeled continue skips rest of the outer body
	count := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			count++
		}
		println("row completed: i =", i) // only when no j > i, i.e. i == 4
	}
	println("count:", count)

	// break inside switch only leaves the switch
	n := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			n += i
		}
	}
	println("n:", n)

	// labeled break out of loop from inside a switch
	k := 0
loop:
	for {
		switch {
		case k >= 7:
			break loop
		default:
			k++
		}
	}
	println("k:", k)

	// labeled continue from within a switch
	odd := 0
nums:
	for i := 0; i < 10; i++ {
		switch i % 2 {
		case 0:
			continue nums
		}
		odd += i
	}
	println("odd sum:", odd)

	// break out of range loops
	s := "hello, world"
	pos := -1
search:
	for i := range s {
		for _, c := range "aeiou" {
			if rune(s[i]) == c && i > 3 {
				pos = i
				break search
			}
		}
	}
	println("vowel after 3 at", pos)

	// labeled block with break on a labeled switch
	x := 3
sw:
	switch x {
	case 3:
		for i := 0; i < 10; i++ {
			if i == 2 {
				break sw
			}
			println("in switch loop", i)
		}
		println("not printed")
	}
	println("done")
}
