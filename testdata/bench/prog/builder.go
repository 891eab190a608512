// builder: strings.Builder growth with WriteString, WriteByte and
// WriteRune; the checksum reads two bytes of each result, so that the
// Builder is what is measured (docs/performance.md).
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "épsilon", "ζeta"}
	total, sum := 0, 0
	for i := 0; i < 12000; i++ {
		var b strings.Builder
		if i%2 == 0 {
			b.Grow(64)
		}
		for j := 0; j < 200; j++ {
			b.WriteString(words[(i+j)%len(words)])
			b.WriteByte(' ')
			b.WriteRune(rune(0x3b1 + j%24))
		}
		s := b.String()
		total += b.Len()
		sum += int(s[i%len(s)]) + int(s[len(s)/3])*3
	}
	fmt.Println(total, sum)
}
