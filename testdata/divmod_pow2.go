// run

// Signed division and remainder by powers of two at every width, which
// the optimiser turns into shifts (ssa/generic.rules): rounding toward
// zero for negative dividends, MinInt, and a sweep checksummed.

package main

import "fmt"

//go:noinline
func d(x int64) (int64, int64, int64, int64) { return x / 8, x % 8, x / 2, x % 1024 }

//go:noinline
func d32(x int32) (int32, int32) { return x / 16, x % 16 }

//go:noinline
func d8(x int8) (int8, int8) { return x / 4, x % 64 }

//go:noinline
func d16(x int16) (int16, int16) { return x / 16384, x % 2 }

func main() {
	var h uint64
	for _, x := range []int64{0, 1, -1, 7, -7, 8, -8, 9, -9, 1023, -1023, 1024, -1025, 1<<63 - 1, -1 << 63} {
		a, b, c, e := d(x)
		f, g := d32(int32(x))
		i, j := d8(int8(x))
		k, l := d16(int16(x))
		fmt.Println(x, a, b, c, e, f, g, i, j, k, l)
		h = h*31 + uint64(a+b+c+e)
	}
	for x := int64(-300); x <= 300; x++ {
		a, b, c, e := d(x * 12345)
		i, j := d8(int8(x))
		h = h*31 + uint64(a+b+c+e+int64(i)+int64(j))
	}
	fmt.Println(h)
}
