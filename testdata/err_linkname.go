// errorcheck

// //go:linkname takes one or two names (the rest of its rules are
// checked in tests/unit/check_test.c, as gc's errors there fall on the
// directive's own line, where an ERROR comment would be a third name).

package main

//go:linkname f main.g extra // ERROR "usage: //go:linkname localname \[linkname\]"
func f() {}

func main() {
	f()
}
