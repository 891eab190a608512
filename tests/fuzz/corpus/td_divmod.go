// run

// Tests integer division and modulo: truncation toward zero with negative operands, and unsigned division.

package main

func main() {
	nums := [8]int{7, -7, 7, -7, 0, 1, -1, 100}
	dens := [8]int{2, 2, -2, -2, 3, -3, 3, -7}
	for i := range nums {
		a, b := nums[i], dens[i]
		println(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b, " check:", (a/b)*b+a%b == a)
	}
	var x8, y8 int8 = -128, 3
	println("int8:", x8/y8, x8%y8, x8/-y8, x8%-y8)
	var x16, y16 int16 = -32767, 10
	println("int16:", x16/y16, x16%y16)
	var x32, y32 int32 = -2147483647, 1000
	println("int32:", x32/y32, x32%y32)
	var x64, y64 int64 = -9223372036854775807, 1000000007
	println("int64:", x64/y64, x64%y64)
	var u8, v8 uint8 = 250, 7
	println("uint8:", u8/v8, u8%v8)
	var u64, v64 uint64 = 18446744073709551615, 10
	println("uint64:", u64/v64, u64%v64)
	var u32, v32 uint32 = 4294967295, 65536
	println("uint32:", u32/v32, u32%v32)
	// division by powers of two with negatives (no arithmetic-shift rounding)
	for _, n := range [6]int{-1, -3, -8, -9, 9, 15} {
		println(n, "/4 =", n/4, n, "%4 =", n%4, n, "/-8 =", n/-8)
	}
	var un uint = 0xffffffffffffffff
	println("uint /4:", un/4, un%4, un/3)
	// compound assignment
	z := 1000000
	z /= -7
	println(z)
	z %= 13
	println(z)
	// constant division
	const c = -7 / 2
	const d = -7 % 2
	println("const:", c, d)
}
