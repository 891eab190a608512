// run

// Tests shifts: variable counts at and beyond the width, signed right shift sign fill, and constant shifts.

package main

func main() {
	var one int = 1
	var c uint = 70
	println("1<<70:", one<<c, "1<<63:", one<<63, "1<<64 (var):", one<<(c-6))
	var m int64 = -8
	for _, k := range [7]uint{0, 1, 3, 62, 63, 64, 200} {
		println("-8>>", k, "=", m>>k, " -8<<", k, "=", m<<k)
	}
	var u64 uint64 = 0x8000000000000000
	for _, k := range [5]uint{1, 63, 64, 65, 1000} {
		println("u64>>", k, "=", u64>>k)
	}
	var b uint8 = 1
	var eight uint = 8
	println("uint8(1)<<8 == 0:", b<<eight == 0, b<<7, b<<eight)
	var s8 int8 = -128
	println("int8 -128>>1..8:", s8>>1, s8>>7, s8>>eight, s8>>100)
	var p8 int8 = 64
	println("int8 64<<1:", p8<<1, p8<<2)
	var u16 uint16 = 0xffff
	println("uint16 shifts:", u16<<4, u16>>4, u16<<16, u16>>16)
	var i32 int32 = -1
	println("int32 -1 shifts:", i32<<31, i32>>31, i32>>40, i32<<32)
	var u32 uint32 = 0xdeadbeef
	println("uint32 shifts:", u32>>16, u32<<16, u32>>31, u32>>32)
	// shift counts of various types
	var c8 uint8 = 3
	var c16 int16 = 5
	var c64 uint64 = 2
	println("counts:", one<<c8, one<<c16, one<<c64)
	var big uint64 = 1 << 40
	println("huge count:", one<<big, m>>big)
	// shifts in loops
	x := uint32(1)
	for i := 0; i < 33; i++ {
		x <<= 1
	}
	println("x after 33 shifts:", x)
	y := int64(-1)
	y <<= 10
	y >>= 5
	println("y:", y)
	// constant shifts
	const K = 1 << 10
	println("constants:", K, K>>3, uint8(1<<7), int16(-1<<15), 1<<62)
	// rotate via shifts
	var r uint32 = 0x12345678
	for i := uint(0); i < 32; i += 8 {
		println("rotl", i, ":", r<<i|r>>(32-i))
	}
}
