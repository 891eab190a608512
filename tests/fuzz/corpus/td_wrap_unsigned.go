// run

// Tests wrap-around of unsigned arithmetic (+, -, *, unary -) for uint8..uint64, uint, uintptr and byte.

package main

func main() {
	var a8 uint8 = 255
	var z8 uint8 = 0
	println("uint8:", a8+1, z8-1, a8*a8, -a8, -z8, a8*2, z8-a8)
	var one8 uint8 = 1
	println("uint8 -1:", -one8)

	var a16 uint16 = 65535
	var z16 uint16 = 0
	println("uint16:", a16+1, z16-1, a16*a16, -a16, -z16, a16*2)

	var a32 uint32 = 4294967295
	var z32 uint32 = 0
	println("uint32:", a32+1, z32-1, a32*a32, -a32, -z32, a32*2)

	var a64 uint64 = 18446744073709551615
	var z64 uint64 = 0
	println("uint64:", a64+1, z64-1, a64*a64, -a64, -z64, a64*2)

	var a uint = 18446744073709551615
	var z uint = 0
	println("uint:", a+1, z-1, a*a, -a, -z, a*2)

	var ap uintptr = 18446744073709551615
	var zp uintptr = 0
	println("uintptr:", ap+1, zp-1, ap*ap, -ap, zp-2)

	var by byte = 200
	println("byte:", by+100, by*by, -by, by-201)

	// loops that wrap
	var u uint8
	n := 0
	for u = 250; u != 4; u++ {
		n++
	}
	println("steps 250->4 in uint8:", n)
	var h uint32 = 2166136261
	s := "hello, hood"
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	println("fnv1a32:", h)
	var h64 uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h64 ^= uint64(s[i])
		h64 *= 1099511628211
	}
	println("fnv1a64:", h64)
}
