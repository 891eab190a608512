// errorcheck

// Tests a struct whose fields together reach 2^50 bytes, gc's limit on
// amd64. (gc 1.19 stops with an internal compiler error, "bad type";
// hood reports the type as larger than the address space.)

package main

type S struct { // ERROR "type struct\{a \[562949953421312\]byte; b \[562949953421312\]byte\} larger than address space"
	a [1 << 49]byte
	b [1 << 49]byte
}

func main() {}
