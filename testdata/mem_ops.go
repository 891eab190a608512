// run

// The runtime's memory moves, clears and comparisons (rt/mem.c) at
// every size from 0 to 300 bytes and a few larger ones, at every
// alignment, overlapping in both directions: copy within one slice,
// zeroing through a fresh array, ==, < and bytes.Compare-like order of
// strings that differ in one byte. Checksums of the results.

package main

import "fmt"

const size = 1100

func fill(b []byte, seed int) {
	for i := range b {
		b[i] = byte(i*7 + seed*13 + i>>5)
	}
}

func sum(b []byte) uint64 {
	var h uint64 = 14695981039346656037
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

var lengths = func() []int {
	var l []int
	for n := 0; n <= 300; n++ {
		l = append(l, n)
	}
	return append(l, 511, 512, 513, 1000)
}()

func main() {
	buf := make([]byte, size)
	var moves uint64
	for _, n := range lengths {
		for _, src := range []int{0, 1, 7, 8, 15, 16, 33} {
			for _, d := range []int{-17, -16, -9, -8, -1, 1, 2, 8, 15, 16, 17, 40, 0} {
				dst := src + d + 40
				s := src + 40
				if dst < 0 || dst+n > size || s+n > size {
					continue
				}
				fill(buf, n)
				copy(buf[dst:dst+n], buf[s:s+n])
				moves = moves*31 + sum(buf)
			}
		}
	}
	fmt.Println("moves", moves)

	var clears uint64
	for _, n := range lengths {
		b := make([]byte, n+32)
		fill(b, n)
		for off := 0; off < 16; off += 5 {
			z := make([]byte, n)
			copy(b[off:], z)
			clears = clears*31 + sum(b)
		}
	}
	fmt.Println("clears", clears)

	var cmps uint64
	x := make([]byte, 400)
	y := make([]byte, 400)
	fill(x, 1)
	for _, n := range lengths {
		if n > 400 {
			continue
		}
		for k := 0; k < n; k += 1 + n/13 {
			copy(y, x)
			for _, delta := range []int{1, 255, 128} {
				y[k] = x[k] + byte(delta)
				a, b := string(x[:n]), string(y[:n])
				r := 0
				if a < b {
					r = 1
				} else if a > b {
					r = 2
				}
				if a == b {
					r += 4
				}
				if a[:k] == b[:k] {
					r += 8
				}
				cmps = cmps*7 + uint64(r)
			}
		}
		s1, s2 := string(x[:n]), string(x[:n])
		if s1 != s2 || s1 < s2 {
			fmt.Println("equal strings differ at", n)
		}
	}
	fmt.Println("compares", cmps)
}
