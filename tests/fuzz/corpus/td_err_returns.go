// errorcheck

// Tests return statements with too many or too few values.

package main

func one() int {
	return 1, 2 // ERROR "too many return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func none() {
	return 5 // ERROR "too many return values"
}

func named() (x int) {
	return
}

func main() {
	a := one()
	b, c := two()
	d, e := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	_, _, _, _, _ = a, b, c, d, e
	named()
	none()
}
