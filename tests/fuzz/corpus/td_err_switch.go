// errorcheck

// Tests switch errors: duplicate cases, fallthrough in the final case, fallthrough outside switch.

package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case 3:
	}
	switch "s" {
	case "a", "b":
	case "a": // ERROR "duplicate case .a. \(constant of type string\) in expression switch"
	}
	switch x {
	case 1:
		fallthrough
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	if x > 0 {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
