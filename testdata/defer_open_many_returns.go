// run

// Many returns: gc open-codes a function's defers only while defers ×
// return statements is at most 15; past that (and for more than 8
// defers, or a defer in a loop or after a label a goto jumps back to)
// the defers are run by the runtime. Both kinds must behave the same:
// the deferred calls of every return run, and change named results.

package main

func five(x int) (r int) { // 1 defer × 5 returns: open-coded
	defer func() { r = r*10 + 1 }()
	switch x {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return 2
	case 3:
		return 3
	}
	return 4
}

func sixteen(x int) (r int) { // 2 defers × 8 returns: not open-coded
	defer func() { r = r*10 + 1 }()
	defer func() { r = r*10 + 2 }()
	switch x {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return 2
	case 3:
		return 3
	case 4:
		return 4
	case 5:
		return 5
	case 6:
		return 6
	}
	return 7
}

func nine() (r int) { // 9 defers: not open-coded
	for _, d := range []int{1, 2, 3} {
		r += d
	}
	defer func() { r++ }()
	defer func() { r++ }()
	defer func() { r++ }()
	defer func() { r++ }()
	defer func() { r++ }()
	defer func() { r++ }()
	defer func() { r++ }()
	defer func() { r++ }()
	defer func() { r *= 100 }()
	return r
}

func gotoLoop() (r int) { // a defer after a label a goto jumps back to
	i := 0
again:
	defer func(v int) { r += v }(i)
	i++
	if i < 3 {
		goto again
	}
	return 100
}

func eight(x int) (s string) { // 8 defers, 1 return: open-coded
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	defer func() { s += "3" }()
	defer func() { s += "4" }()
	defer func() { s += "5" }()
	defer func() { s += "6" }()
	defer func() { s += "7" }()
	if x > 0 {
		defer func() { s += "8" }()
	}
	return "r"
}

func main() {
	for i := 0; i < 6; i++ {
		println(five(i))
	}
	for i := 0; i < 9; i++ {
		println(sixteen(i))
	}
	println(nine())
	println(gotoLoop())
	println(eight(0), eight(1))
}
