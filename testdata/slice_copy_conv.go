// run

// Tests copy (counts, overlapping ranges, from a string, into nil) and
// the conversions string <-> []byte, string <-> []rune (with invalid
// UTF-8 and invalid runes) and slice -> array pointer (Go 1.17).

package main

type MyBytes []byte
type Runes []rune

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3, 4, 5}
	println(copy(dst, src), dst[0], dst[2])
	println(copy(src, dst[:1]), src[0], src[1])
	var nilS []int
	println(copy(nilS, src), copy(src, nilS))

	// Overlapping: copy behaves as if through a temporary.
	s := []int{1, 2, 3, 4, 5, 6}
	n := copy(s[2:], s)
	println(n, s[0], s[1], s[2], s[3], s[4], s[5])
	n = copy(s, s[3:])
	println(n, s[0], s[1], s[2], s[3])

	// Copy from a string.
	b := make([]byte, 4)
	println(copy(b, "hello"), string(b))
	println(copy(b[1:], "Z"), string(b))

	// Copies of structs.
	type P struct {
		a int
		s string
	}
	ps := make([]P, 2)
	copy(ps, []P{{1, "x"}, {2, "y"}, {3, "z"}})
	println(ps[1].a, ps[1].s)

	// string <-> []byte copies the bytes.
	str := "hello"
	bs := []byte(str)
	bs[0] = 'j'
	println(str, string(bs), len(bs))
	back := string(bs)
	bs[1] = 'u'
	println(back, string(bs[:2]))
	println(string([]byte{}) == "", len([]byte("")), string([]byte(nil)) == "")
	mb := MyBytes("named")
	println(string(mb), len(mb))

	// string <-> []rune.
	r := []rune("héllo, 世界")
	println(len(r), r[1], r[7], string(r))
	r[0] = 'H'
	println(string(r[:5]))
	bad := []rune("a\xffb\xe4\xb8")
	println(len(bad), bad[1], bad[3], bad[4])
	println(string([]rune{0x10FFFF + 1, -1, 0xD800, 'x'}) == "\uFFFD\uFFFD\uFFFDx")
	rs := Runes("ok")
	println(len(rs), string(rs))
	println(len([]rune("")), string([]rune(nil)) == "")

	// Slice to array pointer: shares the array.
	data := []int{10, 20, 30, 40}
	ap := (*[3]int)(data)
	ap[1] = 21
	println(data[1], len(ap), ap[2])
	ap4 := (*[4]int)(data[0:4])
	println(ap4[3])
	zero := (*[0]int)(nilS)
	println(zero == nil)
	zero = (*[0]int)(data[4:])
	println(zero != nil)
}
