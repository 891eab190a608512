// errorcheck

// Tests goto jumping over a variable declaration and into a block.

package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at .*err_goto.go:9"
	x := 1
L:
	println(x)
	goto inner // ERROR "goto inner jumps into block starting at"
	{
	inner:
		println("inner")
	}
	goto ok
	println("skipped")
ok:
}

// gc names the last declaration jumped over, at its := or its name.
func lastOne() {
	goto L // ERROR "goto L jumps over declaration of y at .*err_goto.go:27:4"
	x := 1
	_ = x
	y := 2
	_ = y
L:
	goto M // ERROR "goto M jumps over declaration of b at .*err_goto.go:32:3"
	var (
		b, c int
	)
	_, _ = b, c
M:
}
