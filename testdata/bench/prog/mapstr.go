// mapstr: map[string]int inserts, hits, misses and deletes with keys of
// 8 to 20 bytes, then map[int]string with deletes during a range
// (docs/performance.md; maps.go has the map[int]int side).
package main

import "fmt"

func main() {
	keys := make([]string, 50000)
	for i := range keys {
		keys[i] = fmt.Sprintf("k%07d/%x", i*7919, i)
	}
	m := make(map[string]int)
	for i, k := range keys {
		m[k] = i
	}
	hits, miss := 0, 0
	for r := 0; r < 4; r++ {
		for i, k := range keys {
			if v, ok := m[k]; ok {
				hits += v & 3
			}
			if _, ok := m[k[:len(k)-1]]; !ok && i&1 == 0 {
				miss++
			}
		}
	}
	for i := 0; i < len(keys); i += 3 {
		delete(m, keys[i])
	}
	for i := 0; i < len(keys); i += 3 {
		m[keys[i]] = -i
	}
	sum := 0
	for _, k := range keys {
		sum += m[k]
	}
	im := make(map[int]string, 1000)
	for i := 0; i < 100000; i++ {
		im[i] = keys[i%len(keys)]
		if i%5 == 0 {
			delete(im, i/2)
		}
	}
	n := 0
	for k, v := range im {
		if k%4 == 0 {
			delete(im, k)
		}
		n += len(v)
	}
	fmt.Println(len(m), hits, miss, sum, len(im), n)
}
