// errorcheck

// Tests break and continue outside loops, and continue inside a switch without a loop.

package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
	for {
		break
	}
	if true {
		break // ERROR "break is not in a loop, switch, or select"
	}
}
