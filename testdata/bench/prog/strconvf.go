// strconvf: strconv float formatting ('g' shortest, 'f' with 3 digits,
// 'e' with 8) and parsing back, on a spread of magnitudes; the parsed
// values must round-trip exactly, and the checksum covers the digits
// (docs/performance.md).
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var buf []byte
	total, sum, bad := 0, 0, 0
	x := uint64(88172645463325252)
	for i := 0; i < 200000; i++ {
		// xorshift64: a deterministic spread of mantissas and exponents.
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := math.Ldexp(float64(x>>11), int(x%80)-90)
		if i&1 == 1 {
			f = -f
		}
		buf = strconv.AppendFloat(buf[:0], f, 'g', -1, 64)
		g, err := strconv.ParseFloat(string(buf), 64)
		if err != nil || g != f {
			bad++
		}
		total += len(buf)
		buf = strconv.AppendFloat(buf, f, 'f', 3, 64)
		buf = strconv.AppendFloat(buf, f, 'e', 8, 32)
		for _, c := range buf {
			sum = sum*31 + int(c)
		}
		h, _ := strconv.ParseFloat(string(buf[total%7:total%7+1])+"1.5e3", 64)
		total += int(h)
	}
	fmt.Println(total, sum, bad)
}
