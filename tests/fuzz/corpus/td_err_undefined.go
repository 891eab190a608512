// errorcheck

// Tests references to undefined names: variables, functions, types, and init.

package main

func init() {}

func main() {
	println(undefinedVar) // ERROR "undefined: undefinedVar"
	undefinedFunc()       // ERROR "undefined: undefinedFunc"
	var t UnknownType     // ERROR "undefined: UnknownType"
	_ = t
	init() // ERROR "undefined: init"
}
