// run

// Tests subtracting the most negative constant at every width: lowering
// turns x - c into x + (-c) only when -c exists (hood once negated
// MinInt64 in C, undefined behaviour that UBSan reported).

package main

//go:noinline
func s64(x int64) int64 { return x - (-1 << 63) }

//go:noinline
func s32(x int32) int32 { return x - (-1 << 31) }

//go:noinline
func s16(x int16) int16 { return x - (-1 << 15) }

//go:noinline
func s8(x int8) int8 { return x - (-1 << 7) }

func main() {
	println(s64(0), s64(1), s64(-1))
	println(s32(0), s32(1), s32(-1))
	println(s16(0), s16(1), s16(-1))
	println(s8(0), s8(1), s8(-1))
}
