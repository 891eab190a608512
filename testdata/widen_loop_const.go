// run

// Tests widening conversions (uint64(x), int64(x)) of a narrow variable
// that is a constant on entry to a loop and changes only on a path never
// taken, so that after optimisation it is a phi of that constant and of
// itself. uint64 of a uint32 must clear the upper half, int64 of an
// int32 must copy its sign, for every width and for 64-bit consumers of
// the widened value (add, or, xor, compare, shift).
//
// Found by tests/gen (seed 5294 of a medium campaign, docs/reliability.md
// D2): hood was right and gc 1.19.8 is wrong. gc's amd64 lowering drops
// the zero extension of a phi of a 32-bit constant and itself (a 32-bit
// move of a constant clears the upper half), the phi then folds to the
// constant, and the rules that fold a 32-bit constant into a 64-bit add
// or or take it sign-extended: uint64(v) of v == 0xffffffff comes out
// as 2^64-1. The golden output is therefore gc's with optimisation off
// (go run -gcflags=-N), which agrees with the language; gc's optimised
// build is wrong on the lines "u32 add" (18446744073709551615),
// "u32 high", "u32 or" and "u32 int".

package main

var ck uint64
var s = "ab"

func u32add() uint64 {
	var v uint32 = 0xffffffff
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return ck*31 + uint64(v)
}

func u32high() uint64 {
	var v uint32 = 0x80000000
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return ck + uint64(v)
}

func u32or() uint64 {
	var v uint32 = 0xfffffffe
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return (ck << 40) | uint64(v)
}

func u32xor() uint64 {
	var v uint32 = 0xffff0000
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return ck ^ uint64(v)
}

func u32cmp() bool {
	var v uint32 = 0xffffffff
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return ck < uint64(v)
}

func u32shift() uint64 {
	var v uint32 = 0xffffffff
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return uint64(v) >> (ck + 16)
}

func u32int() int {
	var v uint32 = 0x80000001
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return int(ck) + int(v)
}

func u16() uint64 {
	var v uint16 = 0xffff
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return ck*31 + uint64(v)
}

func u8() uint64 {
	var v uint8 = 0xff
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return ck*31 + uint64(v)
}

func i32() int64 {
	var v int32 = -1
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return int64(ck)*31 + int64(v)
}

func i32u() uint64 {
	var v int32 = -2147483648
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return ck + uint64(v)
}

func i16() int64 {
	var v int16 = -32768
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return int64(ck)*31 + int64(v)
}

func i8() uint64 {
	var v int8 = -1
	for range s {
		if s[0] >= s[0] {
			continue
		}
		v <<= uint8(len(s))
	}
	return ck*31 + uint64(v)
}

func main() {
	println("u32 add", u32add())
	println("u32 high", u32high())
	println("u32 or", u32or())
	println("u32 xor", u32xor())
	println("u32 cmp", u32cmp())
	println("u32 shift", u32shift())
	println("u32 int", u32int())
	println("u16", u16())
	println("u8", u8())
	println("i32", i32())
	println("i32 to uint64", i32u())
	println("i16", i16())
	println("i8", i8())
}
