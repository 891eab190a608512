// asmcheck

// A shift count known to be below the operand's width needs none of the
// code that gives Go's answer for large counts (compare with 64 and mask
// the result): it becomes one shift by an immediate. In countFolded the
// count is only known after opt folds it, so that check fails under -N;
// the others are decided by lowering and hold under -N as well.

package p

func shl3(x int) int {
	// amd64:`shlq\s+\$3,`,-`cmpq\s+\$64`,-"sbb"
	return x << 3
}

func sar5(x int32) int32 {
	// amd64:`sarl\s+\$5,`,-`cmp[lq]\s+\$32`,-"sbb"
	return x >> 5
}

func shr7(x uint64) uint64 {
	// amd64:`shrq\s+\$7,`,-`cmpq\s+\$64`,-"sbb"
	return x >> 7
}

func countFolded(x int) int {
	a, b := uint(1), uint(2)
	// amd64:`shlq\s+\$3,`,-`cmpq\s+\$64`,-"sbb"
	return x << (a + b)
}

// The contrast: a variable count is compared with the width.
func shlVar(x int, s uint) int {
	// amd64:`shlq\s+%cl,`,`cmpq\s+\$64,`
	return x << s
}
