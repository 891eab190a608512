//go:build ignore

// Finding of tests/gen (docs/reliability.md, "Differential testing", D2):
// hood (optimised and -N) prints a different checksum from gc.
//
//	gc:   ck 3079774624080104661 380
//	hood: ck 7513769118098427093 380
//
// Seed 5294 of the medium campaign (generator 6ef455f, hood 997b2e0,
// still wrong at 124f8e1), reduced from 258 lines by the driver's
// -reduce-file. In the whole program the first difference was after
// `ck = ck*31 + uint64(v43)` in f3: hood's value was gc's plus 2^32, so
// the uint32 v43 (never shifted here: the `continue` is always taken)
// reaches the conversion with bit 32 set.
//
// Reproduce: go run THIS.go vs hood run THIS.go.

package main

var fuel = 380
var ck uint64
var g1 rune = rune(85)
var g2 uint32 = uint32(268435457)
var g3 int16 = int16(91)
var g4 bool = false
var g5 string = "ab\ncdgoa"
var g6 [4]bool = [4]bool{}
var g7 [4][2]uint32 = [4][2]uint32{[2]uint32{uint32(90), uint32(51)}, [2]uint32{uint32(2), uint32(131071)}, [2]uint32{uint32(268435456), uint32(134217727)}}

var g9 int16 = int16(-32766)
var g10 [4][2]uint32 = [4][2]uint32{[2]uint32{uint32(4)}, [2]uint32{uint32(2), uint32(1)}, [2]uint32{uint32(49), uint32(0)}}

func f0() (r11 [4][2]uint32, r12 uint32, r13 int16) {

	g9 = int16(g3)
	g4 = ((r13 ^ (g9 >> uint8(g1))) == ((g9 % (g3 | 1)) + int16(r13)))

	for i14, c15 := range g5 {
		if g6[3] {

		} else {
			if false == g4 {

			} else {

				f3()

			}

		}
		var v20 int16 = g9
		var v21 bool = false
		var v22 uint32 = r12
		ck = ck*31 + uint64(v20)
		if v21 {

		}
		ck = ck*31 + uint64(v22)
		ck = ck*31 + uint64(c15)
		ck = ck*31 + uint64(i14)
	}

	return [4][2]uint32{[2]uint32{(g2 &^ r12), ^(g2)}, r11[uint(g2)%4], [2]uint32{uint32(90), (g2 % (g2 | 1))}, g7[uint((g2<<9))%4]}, (g2 - (r12 % (g10[0][1] | 1))), (((r13 / (r13 | 1)) * int16(g1)) >> uint8(((g1 << uint8(g1)) &^ ^(g1))))
}

func f3() {

	var v43 uint32 = uint32(4294967295)
	var v44 [4][2]uint32
	for i45, c46 := range g5 {

		switch {
		case ((g3 & int16(32765)) > int16(-62)):
			var v47 bool = ([4]bool{true, false} == [4]bool{false, false, false, false})

			v48 := int16((g5 + "#")[uint(g9)%uint(len(g5)+1)])
			if v48 >= v48 {
				continue
			}
			v43 <<= uint8(int16(len(g5)))
			g4, v47 = v47, g4

		}

		ck = ck*31 + uint64(c46)
		ck = ck*31 + uint64(i45)
	}
	ck = ck*31 + uint64(v43)
	for _, x49 := range v44 {
		for _, x50 := range x49 {
			ck = ck*31 + uint64(x50)
		}
	}
}

func main() {

	f0()

	println("ck", ck, fuel)
}
