// errorcheck

// Arguments of package unsafe's functions that gc rejects: a type where
// an expression belongs, untyped nil, wrong counts, a builtin not
// called, arithmetic on unsafe.Pointer, and conversions that need
// unsafe.Pointer in between.

package main

import "unsafe"

func main() {
	var x int
	var p unsafe.Pointer = unsafe.Pointer(&x)
	_ = unsafe.Sizeof(int)            // ERROR "int \(type\) is not an expression"
	_ = unsafe.Sizeof(nil)            // ERROR "use of untyped nil in argument to unsafe.Sizeof"
	_ = unsafe.Alignof()              // ERROR "not enough arguments for unsafe.Alignof\(\) \(expected 1, found 0\)"
	_ = unsafe.Offsetof(x, x)         // ERROR "too many arguments for unsafe.Offsetof"
	f := unsafe.Sizeof                // ERROR "must be called"
	_ = p + 1                         // ERROR "cannot convert 1 \(untyped int constant\) to unsafe.Pointer"
	_ = (*int)(uintptr(p))            // ERROR "cannot convert uintptr\(p\) \(value of type uintptr\) to type \*int"
	_ = unsafe.Slice(&x, uint64(1)<<63) // ERROR "length uint64\(1\) << 63 \(constant 9223372036854775808 of type uint64\) overflows int"
	_ = f
}
