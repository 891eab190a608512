// run

// Comparisons of a value with itself and x | -1 fold to gc's answers at
// every width (hood once folded x <= x, x >= x and x == x to false, and
// x | -1 to 0, through C's unspecified argument order in ssa/opt.c).

package main

//go:noinline
func i8(x int8) (bool, bool, bool, bool, bool, bool, int8) {
	return x <= x, x >= x, x == x, x != x, x < x, x > x, x | -1
}

//go:noinline
func i16(x int16) (bool, bool, bool, bool, bool, bool, int16) {
	return x <= x, x >= x, x == x, x != x, x < x, x > x, x | -1
}

//go:noinline
func i32(x int32) (bool, bool, bool, bool, bool, bool, int32) {
	return x <= x, x >= x, x == x, x != x, x < x, x > x, x | -1
}

//go:noinline
func i64(x int64) (bool, bool, bool, bool, bool, bool, int64) {
	return x <= x, x >= x, x == x, x != x, x < x, x > x, x | -1
}

//go:noinline
func u32(x uint32) (bool, bool, bool, bool, bool, bool, uint32) {
	return x <= x, x >= x, x == x, x != x, x < x, x > x, x | 0xffffffff
}

//go:noinline
func u64(x uint64) (bool, bool, bool, bool, bool, bool, uint64) {
	return x <= x, x >= x, x == x, x != x, x < x, x > x, x & 0 | x & x
}

func main() {
	println(i8(5))
	println(i16(-7))
	println(i32(123456))
	println(i64(-1 << 40))
	println(u32(77))
	println(u64(1 << 63))
}
