// asmcheck

// The opt pass folds arithmetic on values that are constant in SSA but
// not Go constant expressions (so the type checker has not folded them):
// the result is materialised as one immediate, and the operation is gone.
// Under -N (no opt) every one of these checks fails.

package p

func mulFold() int {
	x, y := 3, 7
	// amd64:`movl\s+\$21,`,-"imul"
	return x * y
}

func divFold() int {
	a, b := 100, 7
	// amd64:`movl\s+\$14,`,-"idiv",-`call\s+runtime\.panicdivide`
	return a / b
}

// A shift by at least the width is 0 in Go; folding knows it.
func shiftOut(x uint) uint {
	s := uint(60)
	// amd64:`movl\s+\$0,`,-"shr"
	return x >> (s + 10)
}

// Folding wraps at the operand's width: int8 127+1 is -128.
func wrap8() int8 {
	a := int8(127)
	// amd64:`mov[lq]\s+\$-128,`,-"add"
	return a + 1
}

func selfSub(x int) int {
	// amd64:`movl\s+\$0,`,-`sub[lq]\s+%`
	return x - x
}
