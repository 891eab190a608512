// run

// Tests bitwise operators &, |, ^, &^, unary ^ on signed and unsigned types, and popcount/bit tricks.

package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	var a, b uint8 = 0xf0, 0x3c
	println(a&b, a|b, a^b, a&^b, ^a, ^b)
	var c, d int8 = -16, 60
	println(c&d, c|d, c^d, c&^d, ^c, ^d)
	var e, f int64 = -1, 0x0123456789abcdef
	println(e&f, e^f, ^f, f&^e, e&^f)
	var u uint32 = 0xdeadbeef
	println(u&0xffff, u>>16&0xff, u|1<<31, u^u, ^u)
	for _, x := range [6]uint64{0, 1, 255, 1 << 63, 0xffffffffffffffff, 0x5555} {
		print(popcount(x), " ")
	}
	println()
	println(reverseBits(1), reverseBits(0xf0), reverseBits(0xa5))
	// lowest set bit and power-of-two test
	for _, x := range [5]int{12, 16, 7, 1, 96} {
		println(x, x&-x, x&(x-1) == 0)
	}
	// xor swap
	p, q := 17, -42
	p ^= q
	q ^= p
	p ^= q
	println(p, q)
	// compound assignment operators
	var m uint16 = 0xff00
	m |= 0x00f0
	m &= 0xfff0
	m ^= 0x0ff0
	m &^= 0x8000
	println(m)
	var g int = 0x7fffffffffffffff
	println(^g, -g-1 == ^g)
}
