// errorcheck

// Tests an array literal whose last index is the largest int: its length
// would not fit an int. (gc 1.19 accepts the program and then fails in its
// back end with "prepwrite: bad off"; hood reports it.)

package main

var a = [...]int{1<<63 - 1: 5} // ERROR "array index 9223372036854775807 out of bounds: literal has too many elements"

func main() { _ = a }
