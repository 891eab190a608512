// run

// Tests a block with more phis than registers (regalloc once pinned the
// register of every phi source until all were stored, and under -N ran
// out: "regalloc: no register for vN"). Found by tests/gen (seed 640 of
// a medium campaign, reduced); main is empty, the functions need only
// compile.

package main

var fuel = 256
var ck uint64
var g1 uintptr = uintptr(2)
var g2 uint32 = uint32(2)
var g3 rune = rune(2)
var g4 uint8 = uint8(36)
var g5 int64 = int64(4503599627370496)
var g6 bool = false
var g7 string = "goa"
var g8 [5][3]string = [5][3]string{[3]string{"a\x00"}}
var g9 string = ""

func clip(s string) string {

	return s
}

func f1(p14 string, p15 uint8, p16 uint32) (r17 [5][3]string, r18 int64, r19 int64) {
	if fuel <= 0 {
		return
	}
	fuel--
	if g2 != g2 {
		var v20 uintptr = g1
		ck = ck*31 + uint64(v20)
	}
	if g6 {
		f2(g4, string(rune(g4)), p15)
		for i21 := 6; i21 > 0; i21-- {
			for i22, c23 := range g7 {
				r18++
				v24, _, v25 := f1(g8[uint(r19)%5][0], uint8(0), (uint32(4294967295) + g2))
				v26 := p16
				g8[uint(g1)%5][uint(p16)%3] = ""
				for _, x27 := range v24 {
					for _, x28 := range x27 {
						ck = ck*31 + uint64(len(x28))
					}
				}
				ck = ck*31 + uint64(v25)
				ck = ck*31 + uint64(v26)
				ck = ck*31 + uint64(c23)
				ck = ck*31 + uint64(i22)
			}
			g1 = uintptr(18446744073709551614)
			g4 += (p15 * uint8(8))
			if false {
				var v29 string
				var v30 uintptr = uintptr(14)
				ck = ck*31 + uint64(len(v29))
				ck = ck*31 + uint64(v30)
			} else {
				v31 := p15
				ck = ck*31 + uint64(v31)
			}
			var v32 uintptr = g1
			ck = ck*31 + uint64(v32)
			ck = ck*31 + uint64(i21)
		}
		g8[0] = g8[1]
	}
	return [5][3]string{r17[uint(^(r19))%5], g8[3], [3]string{g7[:uint(g3)%uint(len(g7)+1)], "gozz", clip(g7 + g9)}, [3]string{"hood", p14, r17[uint(g1)%5][1]}, [3]string{string(rune(g1)), clip(p14 + "go\xff\x00"), clip(g7 + "goa")}}, g5, int64(len(r17[1][uint((g2^uint32(2)))%3]))
}

func f2(p33 uint8, p34 string, p35 uint8) (r36 rune, r37 [5][3]string) {

	return g3, [5][3]string{[3]string{p34[uint(g5)%uint(len(p34)+1):], string(rune(g5)), ""}, [3]string{clip(g7 + g9), g9[uint(p33)%uint(len(g9)+1):], string(rune(r36))}, g8[uint((g1-uintptr(2)))%5], [3]string{"hood", g9[uint(g2)%uint(len(g9)+1):], g9[uint(g5)%uint(len(g9)+1):]}, [3]string{}}
}

func main() {

}
