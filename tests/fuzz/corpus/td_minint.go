// run

// Tests division and modulo of the minimum value of each signed integer size by -1 (defined by Go: quotient wraps, remainder is 0).

package main

func main() {
	var m1 int8 = -1
	var a8 int8 = -128
	println("int8:", a8/m1, a8%m1)
	var m16 int16 = -1
	var a16 int16 = -32768
	println("int16:", a16/m16, a16%m16)
	var m32 int32 = -1
	var a32 int32 = -2147483648
	println("int32:", a32/m32, a32%m32)
	var m64 int64 = -1
	var a64 int64 = -9223372036854775808
	println("int64:", a64/m64, a64%m64)
	var m int = -1
	var a int = -9223372036854775808
	println("int:", a/m, a%m)
	// compound assignment forms
	a /= m
	println("a /= -1:", a)
	a %= m
	println("a %= -1:", a)
	a8 /= m1
	println("a8 /= -1:", a8)
	// in a loop with a variable divisor
	for d := int64(-2); d <= 2; d++ {
		if d == 0 {
			continue
		}
		println(a64, "/", d, "=", a64/d, "rem", a64%d)
	}
}
