// run

// Tests constant expressions: big untyped intermediates, iota patterns, typed constants and constant conversions.

package main

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
	Back  = Huge >> 197
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = iota * iota
	x1
	x2
	_
	x4
)

const (
	first  = "first"
	second = first + "/second"
	n      = len(second)
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

const typed int16 = -1 << 15
const maxU64 uint64 = 1<<64 - 1
const maxI64 = 1<<63 - 1
const minI64 = -1 << 63

const (
	one   = iota + 1
	two
	skip  = "s"
	after = iota
	again
)

const ch = 'a' + 1
const r rune = 'Z'
const bb byte = 'A' + 2

func main() {
	println(Small, Back, Big/(Big>>3), (Big+1)-Big)
	println(KB, MB, GB, TB)
	println(Sunday, Monday, Saturday, Saturday-Monday)
	println(a, b, c, d, e, f)
	println(x0, x1, x2, x4)
	println(first, second, n)
	println(bit0, mask0, bit1, mask1, bit3, mask3)
	println(typed, maxU64, maxI64, minI64)
	println(one, two, skip, after, again)
	println(ch, r, bb)
	println(uint8(255), int8(-128), uint16(1<<16-1), int32(-1<<31))
	println(^0, ^uint8(0), ^int8(0), -(-128))
	println(5/2, -5/2, 5%-2, 7&3, 7|8, 7^2, 6&^3, 1<<3>>1)
	println(len("hello"), len("héllo"), "con"+"cat")
	const big = 12345678901234567890123456789
	println(big%1000, big/1000000000000000000000)
	var w Weekday = Wednesday
	println(w+1, w*2)
	const t = true && !false
	println(t, 3 > 2, "a" < "b", !t == false)
	// untyped constant in typed context
	var u8 uint8 = 1<<8 - 1
	var i64 int64 = -1 << 63
	println(u8, i64)
	// constants of a named type keep their type in expressions
	const mixed = Friday - 2
	var mv Weekday = mixed
	println(mv)
}
