// run

// sort (GOROOT's, over hood's internal/reflectlite: Swapper for
// sort.Slice) and unicode.

package main

import (
	"sort"
	"unicode"
)

type point struct {
	x, y int
	name string
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 3}
	sort.Ints(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println(sort.IntsAreSorted(xs), sort.SearchInts(xs, 5), sort.SearchInts(xs, 4))
	ss := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(ss)
	println(ss[0], ss[1], ss[2], ss[3], sort.SearchStrings(ss, "fig"))
	fs := []float64{2.5, -1, 0}
	sort.Float64s(fs)
	println(fs[0] == -1, fs[2] == 2.5)
	sort.Slice(xs, func(i, j int) bool { return xs[i] > xs[j] })
	println(xs[0], xs[6])
	ps := []point{{3, 1, "c"}, {1, 2, "a"}, {2, 3, "b"}, {1, 0, "a0"}}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].x < ps[j].x })
	for _, p := range ps {
		print(p.name, " ")
	}
	println()
	bs := []byte("hello")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	println(string(bs))
	words := byLen{"ccc", "a", "bb", "dddd"}
	sort.Sort(sort.Reverse(words))
	println(words[0], words[3])
	sort.Stable(words)
	println(words[0], words[3])
	println(sort.Search(100, func(i int) bool { return i*i >= 50 }))

	for _, r := range []rune{'A', 'z', 'é', 'Ж', '7', ' ', '\t', '!', 'ß', '世'} {
		println(r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsSpace(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	println(unicode.Is(unicode.Han, '世'), unicode.In('Ж', unicode.Latin, unicode.Cyrillic), unicode.SimpleFold('k'))
}
