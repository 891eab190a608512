// asmcheck

// Lowering fuses a comparison into the conditional branch that uses it:
// one cmp sets the flags and a conditional jump reads them, with no
// boolean materialised in between (no setcc, no test of a byte).
// A constant operand becomes an immediate of the cmp. This is lowering
// (required), so it holds under -N too.

package p

func less(x, y int) int {
	// amd64:`cmpq\s+%`,`j(ge|l)\s`,-"set",-"testb"
	if x < y {
		return 1
	}
	return 2
}

func belowTen(x int) int {
	// amd64:`cmpq\s+\$10,`,-"set",-"testb",-`movl\s+\$10,`
	if x < 10 {
		return 1
	}
	return 2
}

func unsignedLess(x, y uint) bool {
	r := false
	// The prologue's stack check has a jb of its own (to morestack), so
	// the check names a branch to one of the function's blocks.
	// amd64:`j(ae|b)\s+\S+_b[0-9]+$`,-"jge",-"jl\\s"
	if x < y {
		r = true
	}
	return r
}
