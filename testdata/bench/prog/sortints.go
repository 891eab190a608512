// sortints: sort.Ints of 1,000,000 pseudo-random ints, then a check that
// they are sorted and a checksum of their order (docs/performance.md).
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make([]int, 1000000)
	x := uint32(2463534242)
	for i := range a {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		a[i] = int(x % 10000000)
	}
	sort.Ints(a)
	sum := 0
	for i, v := range a {
		sum += v * (i%1000 + 1)
	}
	fmt.Println(sort.IntsAreSorted(a), a[0], a[len(a)/2], a[len(a)-1], sum)
}
