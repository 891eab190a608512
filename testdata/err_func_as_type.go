// errorcheck

// Tests a function's own name used as a type in its signature: while its
// signature is checked the function is a value of type func(). hood once
// accepted this silently.

package main

func f(x f) {} // ERROR "f \(value of type func\(\)\) is not a type"

func main() {}
