// maps: map[int]int and map[string]int inserts, hits, misses, updates
// and deletes, and a range over the map (docs/performance.md).
package main

var keys [1000]string

func main() {
	for i := range keys {
		keys[i] = "key" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('0'+i%10))
	}
	m := map[int]int{}
	for i := 0; i < 200000; i++ {
		m[i*7] = i
	}
	hits := 0
	for r := 0; r < 5; r++ {
		for i := 0; i < 400000; i++ {
			if v, ok := m[i]; ok {
				hits += v & 1
			}
		}
	}
	for i := 0; i < 200000; i += 2 {
		delete(m, i*7)
	}
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	s := map[string]int{}
	for r := 0; r < 300; r++ {
		for _, k := range keys {
			s[k]++
		}
	}
	println(len(m), hits, sum, len(s), s[keys[7]])
}
