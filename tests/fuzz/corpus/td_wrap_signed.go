// run

// Tests wrap-around of signed integer arithmetic (+, -, *, unary -) for int8, int16, int32, int64 and int.

package main

func main() {
	var a8 int8 = 127
	var b8 int8 = -128
	println("int8:", a8+1, b8-1, a8*2, b8*b8, -b8, -a8, a8*a8, b8*-1)
	a8++
	b8--
	println("int8 inc/dec:", a8, b8)
	var m8 int8 = 100
	println("int8 100*3:", m8*3, "100+100:", m8+m8)

	var a16 int16 = 32767
	var b16 int16 = -32768
	println("int16:", a16+1, b16-1, a16*2, b16*b16, -b16, -a16, a16*a16, b16*-1)
	var m16 int16 = 300
	println("int16 300*300:", m16*m16)

	var a32 int32 = 2147483647
	var b32 int32 = -2147483648
	println("int32:", a32+1, b32-1, a32*2, b32*b32, -b32, -a32, a32*a32, b32*-1)
	var m32 int32 = 100000
	println("int32 100000*100000:", m32*m32)

	var a64 int64 = 9223372036854775807
	var b64 int64 = -9223372036854775808
	println("int64:", a64+1, b64-1, a64*2, b64*b64, -b64, -a64, a64*a64, b64*-1)
	var m64 int64 = 3037000500
	println("int64 3037000500^2:", m64*m64)

	var a int = 9223372036854775807
	var b int = -9223372036854775808
	println("int:", a+1, b-1, a*2, b*b, -b, -a, a*a, b*-1)

	// compound assignment wraps too
	var c8 int8 = 120
	for i := 0; i < 5; i++ {
		c8 += 3
		print(c8, " ")
	}
	println()
	var f int32 = 1
	for i := 0; i < 40; i++ {
		f *= 3
	}
	println("3^40 as int32:", f)
	var g int64 = 1
	for i := 0; i < 50; i++ {
		g *= 7
	}
	println("7^50 as int64:", g)
}
