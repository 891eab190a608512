// errorcheck

// Tests types larger than the address space (gc's limit, 2^50 bytes on
// amd64), which hood once accepted with an overflowing size.

package main

type T [1 << 40][1 << 40]byte // ERROR "type \[1099511627776\]\[1099511627776\]byte larger than address space"

var big [1 << 47]int64 // ERROR "larger than address space"

func main() {}
