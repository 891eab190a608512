// errorcheck

// Tests assignments and initialisations with mismatched types.

package main

type Celsius int

func main() {
	var i int = "hello" // ERROR "cannot use .hello. \(untyped string constant\) as int value in variable declaration"
	var s string
	s = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in assignment"
	var c Celsius
	var n int = 3
	c = n // ERROR "cannot use n \(variable of type int\) as type Celsius in assignment"
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var a [3]int
	var a4 [4]int
	a = a4 // ERROR "cannot use a4 \(variable of type \[4\]int\) as type \[3\]int in assignment"
	_, _, _, _, _ = i, s, c, b, a
}
