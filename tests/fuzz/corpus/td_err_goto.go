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
