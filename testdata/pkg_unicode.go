// run

// unicode and unicode/utf8, utf16 from GOROOT: the Is* classes,
// To*/SimpleFold case mapping, In over scripts and categories, over
// every code point of planes 0 to 3 and 14 and a sample of the private
// use planes (all of them would take seconds with -N), checksummed per
// function, with a sample of values printed with fmt; utf8 encoding and
// decoding of every code point and of invalid sequences.

package main

import (
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func fold(h uint64, v uint64) uint64 {
	h ^= v
	h *= 1099511628211
	return h
}

// points calls f for the code points checked, and for -1 and one past
// unicode.MaxRune.
func points(f func(rune)) {
	f(-1)
	for r := rune(0); r < 0x40000; r++ {
		f(r)
	}
	for r := rune(0xE0000); r < 0xE0200; r++ {
		f(r)
	}
	for r := rune(0xF0000); r <= unicode.MaxRune+1; r += 4099 {
		f(r)
	}
	f(unicode.MaxRune)
	f(unicode.MaxRune + 1)
}

func main() {
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower}, {"Title", unicode.IsTitle}, {"Letter", unicode.IsLetter},
		{"Digit", unicode.IsDigit}, {"Number", unicode.IsNumber}, {"Space", unicode.IsSpace}, {"Punct", unicode.IsPunct},
		{"Symbol", unicode.IsSymbol}, {"Mark", unicode.IsMark}, {"Control", unicode.IsControl}, {"Graphic", unicode.IsGraphic},
		{"Print", unicode.IsPrint},
		{"Han", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
		{"Greek|Cyrillic", func(r rune) bool { return unicode.In(r, unicode.Greek, unicode.Cyrillic) }},
		{"Nd", func(r rune) bool { return unicode.Is(unicode.Nd, r) }},
		{"White_Space", func(r rune) bool { return unicode.Is(unicode.White_Space, r) }},
		{"OneOf", func(r rune) bool { return unicode.IsOneOf([]*unicode.RangeTable{unicode.Sc, unicode.Sm}, r) }},
	}
	for _, p := range preds {
		h, count := uint64(14695981039346656037), 0
		first, last := rune(-1), rune(-1)
		points(func(r rune) {
			if p.f(r) {
				h = fold(h, uint64(r))
				count++
				if first < 0 {
					first = r
				}
				last = r
			}
		})
		fmt.Printf("%-15s %7d %#016x first %U last %U\n", p.name, count, h, first, last)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle}, {"SimpleFold", unicode.SimpleFold},
		{"TurkishUpper", unicode.TurkishCase.ToUpper}, {"TurkishLower", unicode.TurkishCase.ToLower}}
	for _, m := range maps {
		h, changed := uint64(14695981039346656037), 0
		points(func(r rune) {
			v := m.f(r)
			if v != r {
				changed++
				h = fold(h, uint64(r)<<32|uint64(uint32(v)))
			}
		})
		fmt.Printf("%-13s %5d changed %#016x\n", m.name, changed, h)
	}
	for _, r := range []rune{'a', 'A', 'ß', 'ǅ', 'ǆ', 'K', 'k', '\u212a', 'σ', 'ς', 'Σ', 'İ', 'ı', '5', '٣', '½', ' ', '\u00a0', '\u2028', '€', '世', 0x1F600, -1, 0x110000} {
		fmt.Printf("%U %q up=%q low=%q title=%q fold=%q upper=%v letter=%v digit=%v number=%v space=%v punct=%v symbol=%v print=%v graphic=%v\n",
			r, r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r), unicode.IsUpper(r), unicode.IsLetter(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsPrint(r), unicode.IsGraphic(r))
	}
	fmt.Println(unicode.Version, len(unicode.Scripts), len(unicode.Categories), len(unicode.Properties), unicode.To(unicode.UpperCase, 'q'))

	// utf8 over every code point and over invalid sequences.
	h := uint64(14695981039346656037)
	buf := make([]byte, 4)
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		n := utf8.EncodeRune(buf, r)
		d, size := utf8.DecodeRune(buf[:n])
		if !utf8.ValidRune(r) {
			if d != utf8.RuneError || n != 3 {
				bad++
			}
			continue
		}
		if d != r || size != n || n != utf8.RuneLen(r) || !utf8.FullRune(buf[:n]) || !utf8.Valid(buf[:n]) {
			bad++
		}
		for _, c := range buf[:n] {
			h = fold(h, uint64(c))
		}
	}
	fmt.Printf("utf8 %#x bad=%d\n", h, bad)
	for _, s := range []string{"", "a", "é", "\xc3", "\xc3\x28", "\xe2\x82\xac", "\xe2\x82", "\xed\xa0\x80", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xc0\x80", "\xff", "a\x80b"} {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q: %U %d last %U %d count %d valid %v full %v start %v\n", s, r, size, lr, lsize,
			utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s), len(s) > 0 && utf8.RuneStart(s[0]))
	}
	fmt.Println(utf8.AppendRune([]byte("x"), '世'), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	u16 := utf16.Encode([]rune("a😀é\U0010FFFF"))
	fmt.Println(u16, string(utf16.Decode(u16)), string(utf16.Decode([]uint16{0xD800, 'x', 0xDC00})))
	r1, r2 := utf16.EncodeRune(0x1F600)
	fmt.Println(r1, r2, utf16.DecodeRune(r1, r2), utf16.IsSurrogate(r1), utf16.DecodeRune('a', 'b'))
}
