// append: slices grown one element at a time from nil (gc's growth
// policy), appending slices, and copy (docs/performance.md).
package main

func main() {
	total := 0
	for r := 0; r < 200; r++ {
		var s []int
		for i := 0; i < 10000; i++ {
			s = append(s, i^r)
		}
		var b []byte
		for i := 0; i < 5000; i++ {
			b = append(b, byte(i), byte(i>>8))
		}
		t := append([]int(nil), s[:5000]...)
		t = append(t, s[5000:]...)
		n := copy(s, t[1:])
		total += len(s) + cap(s) + len(b) + cap(b) + n + t[9999]
	}
	println(total)
}
