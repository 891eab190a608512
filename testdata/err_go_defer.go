// errorcheck

// go and defer need a call made for its effect (types2's
// suspendedCall): a conversion is refused, and so is a builtin that only
// makes a value; close, copy, delete, panic, print, println and recover
// are fine.

package main

import "unsafe"

type T struct{ X int }

func main() {
	x := []int{1}
	c := make(chan int)
	defer int(0)               // ERROR "defer requires function call, not conversion int\(0\) \(constant 0 of type int\)"
	go string([]byte("a"))     // ERROR "go requires function call, not conversion string\(\[\]byte\(.a.\)\) \(value of type string\)"
	go append(x, 1)            // ERROR "go discards result of append\(x, 1\) \(value of type \[\]int\)"
	defer len(x)               // ERROR "defer discards result of len\(x\) \(value of type int\)"
	defer make(chan bool)      // ERROR "defer discards result of make\(chan bool\) \(value of type chan bool\)"
	go unsafe.Sizeof(x)        // ERROR "go discards result of unsafe.Sizeof\(x\) \(constant 24 of type uintptr\)"
	go new(int)                // ERROR "go discards result of new\(int\) \(value of type \*int\)"
	go T(T{})                  // ERROR "go requires function call, not conversion T\(T\{\}\) \(value of type T\)"
	defer (len)(x)             // ERROR "defer discards result of \(len\)\(x\) \(value of type int\)"
	defer copy(x, x)
	go recover()
	defer close(c)
	go println()
}
