// asmcheck

// Division by a constant other than zero cannot panic, so the SSA
// builder emits no divide-by-zero check for it; a variable divisor gets
// the test and the call to runtime.panicdivide. (The check is skipped
// when the program is built, so these pass under -N too.)
// Not yet done: the MinInt / -1 guard (cmpq $-1) is still emitted for a
// constant divisor that is not -1, and division by a constant is not
// turned into a multiplication.

package p

func divBy7(x int) int {
	// amd64:"idivq",-`call\s+runtime\.panicdivide`,-`cmpq\s+\$0,`
	return x / 7
}

func modBy10(x int) int {
	// amd64:"idivq",-`call\s+runtime\.panicdivide`
	return x % 10
}

func divUnsigned(x uint32) uint32 {
	// amd64:"divl",-`call\s+runtime\.panicdivide`
	return x / 3
}

// The contrast: an unknown divisor is checked.
func divVar(x, y int) int {
	// amd64:`call\s+runtime\.panicdivide`,`cmpq\s+\$0,`
	return x / y
}
