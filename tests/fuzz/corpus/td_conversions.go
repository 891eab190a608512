// run

// Tests conversions between integer sizes: truncation, sign extension, zero extension and named types.

package main

type Celsius int16
type ID uint32

func main() {
	var big int64 = 0x123456789abcdef0
	println("truncate:", int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	var neg int64 = -2
	println("neg:", uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg), uintptr(neg))
	var s8 int8 = -100
	println("sign extend:", int16(s8), int32(s8), int64(s8), int(s8))
	println("to unsigned:", uint8(s8), uint16(s8), uint32(s8), uint64(s8))
	var u8 uint8 = 200
	println("zero extend:", int16(u8), int32(u8), int64(u8), int8(u8))
	var u32 uint32 = 0xffffffff
	println("u32:", int32(u32), int64(u32), int16(u32), uint64(u32))
	var i32 int32 = -1
	println("i32:", uint32(i32), uint64(i32), int64(i32), uint64(uint32(i32)))
	var u64 uint64 = 0x8000000000000001
	println("u64:", int64(u64), int32(u64), uint8(u64), int8(u64))
	// round trips
	var x int16 = -300
	println("roundtrip:", int16(int8(x)), int16(uint8(x)), int16(uint16(x)), int16(int32(x)))
	// named types
	c := Celsius(-40)
	println("celsius:", c, int(c)*9/5+32, ID(c), uint8(c))
	id := ID(4000000000)
	println("id:", id, int32(id), Celsius(id))
	// byte and rune
	var r rune = 0x1F600
	println("rune:", r, byte(r), uint16(r), int8(r))
	var by byte = 'x'
	println("byte:", by, rune(by), int(by))
	// conversion in arithmetic
	var a8, b8 int8 = 100, 100
	println("widen then add:", int16(a8)+int16(b8), "add then widen:", int16(a8+b8))
	var w uint16 = 65535
	println(uint32(w)+1, uint32(w+1))
	// conversions of constants
	const k = 300
	println(int16(k), uint16(k), int64(k)*int64(k))
	// negative to unsigned via variable
	m := -1
	println(uint8(m), uint16(m), uint32(m), uint64(m))
}
