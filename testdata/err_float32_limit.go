// errorcheck

// Constants near the largest float32 are rounded once, from the exact
// value: just under the halfway point between MaxFloat32 and 2^128 rounds
// down to MaxFloat32, the halfway point itself (and beyond) overflows.

package main

const (
	two64  = 1.0 * (1 << 64)
	two128 = two64 * two64
	ulp32  = two128 / (1 << 24)
	max32  = two128 - ulp32
)

var (
	below   = float32(max32 + ulp32/2 - ulp32/two64)
	negated = float32(-(max32 + ulp32/2 - ulp32/two64))
	exact   = float32(max32)
	half    = float32(max32 + ulp32/2) // ERROR "cannot convert max32 \+ ulp32 / 2 \(untyped float constant 3\.40282e\+38\) to type float32"
	tiny    = float32(0x1p-149 * 0.75)
)

func main() {
	println(below, negated, exact, half, tiny)
}
