// errorcheck

// Dot imports that are not used, and names they declare twice: in the
// file block by two dot imports, and against the package block.

package main

import (
	. "bytes"
	. "math"  // ERROR "imported and not used: \x22math\x22$"
	. "os"    // ERROR "imported and not used: \x22os\x22$"
	. "strings" // ERROR "Compare redeclared in this block" "redeclared in this block" "imported and not used: \x22strings\x22$"
	. "unicode/utf8" // ERROR "imported and not used: \x22unicode/utf8\x22$"
)

var Sqrt = 1 // ERROR "Sqrt already declared through dot-import of package math .\x22math\x22."

var RuneError = 2 // ERROR "RuneError already declared through dot-import of package utf8 .\x22unicode/utf8\x22."

func main() {
	_ = ToUpper([]byte("x")) // bytes.ToUpper: the first declaration stands
}
