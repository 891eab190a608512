// errorcheck

// Line directives: //line NAME:LINE[:COL] at the start of a line gives
// the next line that position, /*line NAME:LINE:COL*/ the character after
// it; an empty NAME with a column keeps the current name; without a
// column, columns are unknown (gc prints FILE:LINE alone). A directive
// not at the start of its line, or without a ':', is ignored, and a bad
// number is reported where the directive is. The errors land on the
// lines of the ERROR comments at the end of the file.

package main

//line err_line_directive.go:50
var a int = "one"

var b int = /*line :52:13*/ "two"

func main() {
	_, _ = a, b
	/* //line err_line_directive.go:1 */ //line err_line_directive.go:2
	/*line no directive*/ var c int = "three"
	_ = c
//line :58:1
	var d int = "four"
	_ = d
}

//line err_line_directive.go:0
//line :59:0
//line err_line_directive.go:99999999999999999999
var _ = 1

// The positions the directives above give:
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
// ERROR "cannot use .one. \(untyped string constant\) as int value in variable declaration"
//
// ERROR "cannot use .two. \(untyped string constant\) as int value in variable declaration"
//
//
//
//
// ERROR "cannot use .three. \(untyped string constant\) as int value in variable declaration"
// ERROR "cannot use .four. \(untyped string constant\) as int value in variable declaration"
//
//
//
// ERROR "invalid line number: 0"
// ERROR "invalid column number: 0"
// ERROR "invalid line number: 99999999999999999999"
