// errorcheck

// Tests non-boolean conditions in if and for statements, and ! applied to a non-bool.

package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	s := "s"
	if s { // ERROR "non-boolean condition in if statement"
	}
	_ = !x // ERROR "operator ! not defined on x \(variable of type int\)"
	b := true
	_ = -b // ERROR "operator - not defined on b \(variable of type bool\)"
}
