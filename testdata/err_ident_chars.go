// errorcheck

// Characters in identifiers, as gc's scanner takes them: any character
// that is not ASCII starts an identifier, with an error if it is a
// Unicode digit or no letter (the name is then undefined); a digit may
// follow the first character; a byte order mark in the middle of the
// file is reported and skipped.

package main

func main() {
	x := • // ERROR "invalid character U\+2022 .•. in identifier" "undefined: •"
	y := ١a // ERROR "identifier cannot begin with digit U\+0661 .١." "undefined: ١a"
	α١ := 1
	_, _, _ = x, y, α١
	﻿_ = 2 // ERROR "invalid BOM in the middle of the file"
}
