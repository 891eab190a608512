// asmcheck

// Division by a constant other than zero cannot panic, so the SSA
// builder emits no divide-by-zero check for it; a variable divisor gets
// the test and the call to runtime.panicdivide. (The check is skipped
// when the program is built, so these pass under -N too.)
// A constant divisor other than -1 also needs no MinInt / -1 guard
// (cmpq $-1), and a power of two becomes a shift or a mask (signed: with
// the rounding fix-up for a negative dividend).
// Not yet done: division by other constants is not turned into a
// multiplication.

package p

func divBy7(x int) int {
	// amd64:"idivq",-`call\s+runtime\.panicdivide`,-`cmpq\s+\$0,`,-`cmpq\s+\$-1,`
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

func unsignedPowersOfTwo(x uint64) (uint64, uint64, uint64) {
	// amd64:`shrq\s+\$3,`,`andq`,`shlq\s+\$4,`,-`divq`,-`imulq`
	return x / 8, x % 16, x * 16
}

func signedPowersOfTwo(x int64) (int64, int64) {
	// amd64:`sarq\s+\$63,`,`shrq\s+\$61,`,`sarq\s+\$3,`,-`idivq`
	return x / 8, x % 16
}
