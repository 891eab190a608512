// asmcheck

// Branches on a condition that opt folds to a constant are removed by
// deadcode, together with everything only they reach: no test and no
// branch remain, and the code of the dead arm (println's runtime calls)
// is not emitted. Under -N both the branch and the dead arm stay.

package p

func debugOff() int {
	debug := false
	if debug {
		println("unreachable")
	}
	// amd64:-`call\s+runtime\.print`,-"test"
	return 1
}

func alwaysTaken(x int) int {
	n := 4
	// amd64:-`cmp[lq]\s+\$4`,-"neg",-`j(ge|l)\s`
	if n > 3 {
		return x
	}
	return -x
}
