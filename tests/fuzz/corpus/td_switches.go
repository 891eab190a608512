// run

// Tests expression switches, tagless switches, fallthrough, multiple case values and init statements.

package main

func day(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	default:
		return "invalid"
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func through(n int) {
	print(n, ":")
	switch n {
	case 0:
		print(" zero")
		fallthrough
	case 1:
		print(" one")
		fallthrough
	case 2:
		print(" two")
	case 3:
		print(" three")
		fallthrough
	default:
		print(" default")
	}
	println()
}

func defaultFirst(n int) string {
	switch n {
	default:
		return "other"
	case 1:
		return "one"
	}
}

func defaultMiddleFall(n int) {
	switch n {
	case 1:
		print("1 ")
		fallthrough
	default:
		print("d ")
		fallthrough
	case 2:
		print("2 ")
	}
	println()
}

var evals int

func val(x int) int {
	evals++
	return x
}

func main() {
	for d := -1; d <= 7; d++ {
		println(d, day(d))
	}
	for _, s := range [5]int{95, 85, 75, 65, 90} {
		println(s, grade(s))
	}
	for n := 0; n <= 4; n++ {
		through(n)
	}
	println(defaultFirst(1), defaultFirst(2))
	defaultMiddleFall(1)
	defaultMiddleFall(2)
	defaultMiddleFall(3)

	// switch with init and string tag
	switch s := "go" + "lang"; s {
	case "go":
		println("short")
	case "golang":
		println("long:", s)
	}

	// cases are evaluated top to bottom, left to right, until a match
	evals = 0
	switch 3 {
	case val(1), val(2):
		println("no")
	case val(3), val(4):
		println("matched, evals =", evals)
	case val(5):
		println("no")
	}

	// switch on a named type and on bool
	type color int
	const (
		red color = iota
		green
		blue
	)
	c := blue
	switch c {
	case red:
		println("red")
	case green:
		println("green")
	case blue:
		println("blue")
	}
	switch x := 5; x > 3 {
	case true:
		println("x > 3")
	case false:
		println("x <= 3")
	}
	// empty switch
	switch {
	}
	// switch without tag but with init
	switch y := 10; {
	case y > 5:
		println("y big")
	}
}
