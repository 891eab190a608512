// sprintf: fmt.Sprintf with mixed verbs and flags (%d, %s, %x, %5.2f,
// %v of a slice, %q, %08b, %-6s|, %t, %c) on ints, strings, floats,
// bools and runes; the checksum is the total length and a byte sum of
// the results (docs/performance.md).
package main

import "fmt"

func main() {
	total, sum := 0, 0
	xs := []int{1, 22, 333}
	for i := 0; i < 120000; i++ {
		s := fmt.Sprintf("%d %s %x %5.2f %v %q %08b %-6s| %t %c",
			i, "item", i*2654435761%(1<<32), float64(i)/7, xs, "q\"x", i&255, "ab", i&1 == 0, rune('a'+i%26))
		total += len(s)
		for j := 0; j < len(s); j++ {
			sum += int(s[j]) * (j + 1)
		}
	}
	fmt.Println(total, sum)
}
