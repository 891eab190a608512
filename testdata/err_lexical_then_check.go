// errorcheck

// Errors of the scanner and parser that are not syntax errors (a
// malformed literal, a missing index of a 3-index slice) do not stop the
// check, as in gc: the file's type errors are reported too, a malformed
// literal is an invalid operand without further messages, and a missing
// index is one where it is missing. The imports are made as for a
// package without errors; one that hood cannot compile yet (fmt, until
// reflect is written) is not reported in a package with errors.

package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.RuneLen('x'))
	s := "abc"
	_ = s[1::]          // ERROR "middle index required in 3-index slice" "final index required in 3-index slice" "invalid operation: 3-index slice of string"
	_ = s[::2]          // ERROR "middle index required in 3-index slice" "invalid operation: 3-index slice of string"
	var r rune = 'ab'   // ERROR "more than one character in rune literal"
	var n int = 0x      // ERROR "hexadecimal literal has no digits"
	_, _ = r, n
	var t int = "type error" // ERROR "cannot use .type error. \(untyped string constant\) as int value in variable declaration"
	_ = t
}
