// run

// Passes a large array by value from a call inside a branch, so the
// copy into the outgoing argument area takes the stack pointer as an
// ordinary operand in a block other than the entry (a lowering bug once
// placed that operand where it did not dominate its use).

package main

var a, b int

func sum(x [600]int, depth int) int {
	if depth > 0 {
		x[depth]++
		return x[depth] + sum(x, depth-1)
	}
	return x[0]
}

func pick(p, q *int) bool {
	eq := p == q
	if !eq {
		var big [600]int
		big[0] = 7
		println(sum(big, 5))
	}
	return eq
}

func main() {
	println(pick(&a, &b), pick(&a, &a))
}
