// asmcheck

// Algebraic identities in the opt pass: an operation with a neutral
// constant operand becomes its other operand (a copy, then removed), and
// one with an absorbing operand becomes that constant. The result is a
// plain load and store of x with no arithmetic. Under -N each negative
// check fails (imulq, addq $0, andq $0 ... are emitted as written).

package p

func mulOne(x int) int {
	// amd64:-"imul"
	return x * 1
}

func addZero(x int) int {
	// amd64:-"add"
	return x + 0
}

func subZero(x int) int {
	// -N lowers x - 0 to addq $0, so both forms are excluded.
	// amd64:-`(add|sub)[lq]\s+\$0,`
	return x - 0
}

func orZero(x int) int {
	// amd64:-"or"
	return 0 | x
}

func xorZero(x int) int {
	// amd64:-"xor"
	return x ^ 0
}

func andSelf(x int) int {
	// amd64:-"and"
	return x & x
}

func andZero(x int) int {
	// amd64:`movl\s+\$0,`,-"and"
	return x & 0
}

func divOne(x int) int {
	// amd64:-"idiv",-"cqto"
	return x / 1
}

func shiftZero(x int) int {
	// amd64:-"sh[lr]",-"sar"
	return x << 0
}
