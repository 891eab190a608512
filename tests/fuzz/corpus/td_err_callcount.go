// errorcheck

// Argument-count errors list the wanted parameter types as gc does: a
// variadic parameter as ...T, a parameter of an undefined type as <T>.
// A function without a body is fine until the program is linked.

package main

func variadic(a int, b ...string) {}

func bad(x undefinedType) {} // ERROR "undefined: undefinedType"

func external(x int) int

func main() {
	variadic() // ERROR "not enough arguments in call to variadic(.|\n)*want \(int, \.\.\.string\)"
	bad()      // ERROR "not enough arguments in call to bad(.|\n)*want \(<T>\)"
	_ = external
}
