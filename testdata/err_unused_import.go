// errorcheck

// Tests that an unused import is reported; a package name used without
// a selector is an error, and not a use of the import.

package main

import "os"           // ERROR "imported and not used"
import "unicode/utf8" // ERROR "imported and not used: .unicode/utf8."

var x = utf8 // ERROR "use of package utf8 not in selector"

func main() {
	println("hi")
}
