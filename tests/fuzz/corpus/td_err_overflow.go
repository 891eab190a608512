// errorcheck

// Tests constant overflow when converting untyped constants to sized integer types.

package main

const Big = 1 << 100

func main() {
	var x int8 = 300       // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var y uint8 = -1       // ERROR "cannot use -1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var z int64 = Big      // ERROR "cannot use Big \(untyped int constant 1267650600228229401496703205376\) as int64 value in variable declaration \(overflows\)"
	const c int16 = 1 << 15 // ERROR "as int16 value in constant declaration \(overflows\)"
	w := uint32(1 << 32)    // ERROR "cannot convert 1 << 32 \(untyped int constant 4294967296\) to type uint32"
	var u uint = 1<<64      // ERROR "overflows"
	_, _, _, _, _ = x, y, z, w, u
	println(c)
	println(Big) // ERROR "as int value in argument to println \(overflows\)"
}
