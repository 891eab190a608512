// errorcheck

// Tests that an unused import is reported.

package main

import "os" // ERROR "imported and not used"

func main() {
	println("hi")
}
