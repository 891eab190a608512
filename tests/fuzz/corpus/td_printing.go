// run

// Tests print and println formatting of every supported type: bools, all integer sizes, negative numbers, strings, and spacing.

package main

type MyInt int
type MyStr string
type MyBool bool

func main() {
	println(true, false)
	println(0, 1, -1, 42, -42)
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = -2147483648
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var up uintptr = 0xdeadbeef
	var by byte = 'A'
	var r rune = 'é'
	println(i8, i16, i32, i64)
	println(u8, u16, u32, u64, up)
	println(by, r)
	println("string", "", "with space", "tab\there")
	println(MyInt(7), MyStr("named"), MyBool(true))
	println()
	println("")
	print("no", "spaces", 1, 2, true, "\n")
	print(-5, -6, "\n")
	print("a", "\n", "b\n")
	print()
	print(1)
	print("\n")
	println("mixed:", 1, "two", true, -3, u64)
	var s string
	println("empty string var: [" + s + "]")
	println(1 == 1, "x" < "y")
	// expressions
	x := 10
	println(x+1, x*x, -x, x > 5)
	println(i8+1, u8+1, u64/2)
	// constant expressions of each kind
	println('a', "a"[0], 1<<10, -0)
	const big = 1 << 40
	println(big)
}
