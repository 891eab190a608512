// run

// Conversions between every integer type and float32/float64, with gc's
// results on amd64 also where Go leaves them to the implementation: NaN,
// infinities and values out of the target's range.

package main

var zero float64

func vals() [14]float64 {
	return [14]float64{0, -0.0 * zero, 1.9, -1.9, 127.5, 255.5, -129.7, 65535.9, 2147483647.5,
		-2147483649.0, 4294967296.5, 9.3e18, -9.3e18, 1.9e19}
}

func specials() [3]float64 { return [3]float64{zero / zero, 1 / zero, -1 / zero} }

func toInts(f float64) {
	println(int8(f), int16(f), int32(f), int64(f), int(f))
	println(uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f))
	g := float32(f)
	println(int8(g), int16(g), int32(g), int64(g), uint8(g), uint16(g), uint32(g), uint64(g))
}

func fromInts(i int64, u uint64) {
	println(float64(int8(i)), float64(int16(i)), float64(int32(i)), float64(i))
	println(float32(int8(i)), float32(int16(i)), float32(int32(i)), float32(i))
	println(float64(uint8(u)), float64(uint16(u)), float64(uint32(u)), float64(u))
	println(float32(uint8(u)), float32(uint16(u)), float32(uint32(u)), float32(u))
}

func main() {
	v := vals()
	for i := 0; i < len(v); i++ {
		toInts(v[i])
	}
	s := specials()
	for i := 0; i < len(s); i++ {
		toInts(s[i])
	}
	fromInts(0, 0)
	fromInts(-1, 1<<64-1)
	fromInts(-9223372036854775808, 1<<63)
	fromInts(9223372036854775807, 1<<63-1)
	fromInts(-123456789, 123456789)
	// uint64 values whose rounding depends on the bits below the mantissa
	fromInts(1<<53+1, 1<<63+1<<11+1)
	fromInts(1<<24+1, 1<<63+1<<10)
	fromInts(0, 18446744073709550592)
	fromInts(0, 18446744073709551615)
	var f32 float32 = 16777217
	f64 := float64(f32)
	println(f32, f64, float32(f64+0.5), float64(float32(0.1)))
	println(float32(3.4028236e38*zero+3.4e38), float32(1e39*zero))
	big := 1e300
	println(float32(big), float32(-big), float32(1e-50*big/1e300))
}
