// Benchmark: string indexing, comparison and range over UTF-8.

package main

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	s := "the quick brown fox jumps over the lazy dog, héllo wörld ☺ "
	total, runes := 0, 0
	for i := 0; i < 20000; i++ {
		total += count(s, 'o')
		for _, r := range s {
			if r > 127 {
				runes++
			}
		}
		if s[i%len(s):] < s {
			total++
		}
	}
	println(total, runes)
}
