// errorcheck

// //go:embed where gc refuses it, with its errors in its order: on more
// than one variable, on a variable with an initialiser, inside a
// function. (hood does not embed files yet; a valid one is reported as
// not supported.)

package main

import _ "embed"

//go:embed a.txt b.txt // ERROR "go:embed cannot apply to multiple vars"
var a, b string

//go:embed c.txt // ERROR "go:embed cannot apply to var with initializer"
var c string = "c"

func main() {
	//go:embed d.txt // ERROR "go:embed cannot apply to var inside func"
	var d string
	_ = d
}
