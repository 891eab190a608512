// errorcheck

// Tests binary operations between mismatched types.

package main

type MyInt int

func main() {
	var a int = 1
	var b int64 = 2
	var c MyInt = 3
	var s string = "s"
	_ = a + b    // ERROR "mismatched types int and int64"
	_ = a == c   // ERROR "mismatched types int and MyInt"
	_ = s + a    // ERROR "mismatched types string and int"
	_ = a < true // ERROR "mismatched types int and untyped bool"
	var u uint8 = 1
	var i8 int8 = 1
	_ = u * i8 // ERROR "mismatched types uint8 and int8"
}
