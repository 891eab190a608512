// run

// Tests goto: backward loops, forward jumps, and jumping out of nested blocks.

package main

func loopWithGoto(n int) int {
	i, s := 0, 0
top:
	if i < n {
		s += i
		i++
		goto top
	}
	return s
}

func firstMultiple(of int) int {
	for i := 1; i < 100; i++ {
		for j := 1; j < 100; j++ {
			if i*j%of == 0 && i*j > 50 {
				println("at", i, j)
				goto done
			}
		}
	}
	return -1
done:
	return of
}

func state(x int) string {
	var r string
	if x > 0 {
		goto pos
	}
	r = "non-positive"
	goto end
pos:
	r = "positive"
end:
	return r
}

func main() {
	println(loopWithGoto(10))
	println(loopWithGoto(0))
	println(firstMultiple(13))
	println(state(5), state(-5))

	// goto-based state machine
	n := 27
	steps := 0
L:
	if n == 1 {
		goto out
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto L
	}
	n = 3*n + 1
	goto L
out:
	println("collatz 27 steps:", steps)
}
