// run

// strings from GOROOT, printed with fmt: Builder (Grow, Cap, WriteRune
// of invalid runes), Replacer (the generic, byte and single-string
// algorithms), Fields/FieldsFunc, the Split family, Map, EqualFold,
// Index* over short and long strings (Rabin-Karp and the byte search),
// Cut, Trim*, Repeat, Count, Compare, Reader, and ToUpper/ToLower/
// ToTitle with special cases.

package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap() >= 10)
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	b.WriteRune(0x110000)
	b.Write([]byte{'!', 0xff})
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	fmt.Println(b.Len(), b.String()[:20], b.String()[b.Len()-10:])

	for _, r := range []*strings.Replacer{
		strings.NewReplacer("a", "1", "b", "2", "c", "3"),
		strings.NewReplacer("a", "A"),
		strings.NewReplacer("abc", "X", "ab", "Y", "", "_"),
		strings.NewReplacer("hello", "bye", "world", "earth", "o", "0"),
		strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;"),
		strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"),
		strings.NewReplacer("x", ""),
		strings.NewReplacer(),
	} {
		for _, s := range []string{"", "abcabc", "hello world", "<a & b>", "aaaaaaa", "xxyxx", "cab"} {
			fmt.Printf("%q ", r.Replace(s))
		}
		var sb strings.Builder
		n, err := r.WriteString(&sb, "ab<c>aa")
		fmt.Println("|", sb.String(), n, err)
	}

	for _, s := range []string{"", "  ", " a b  c ", "\tx\ny\u00a0z\u2003w", "one", "héllo wörld 世界"} {
		fmt.Printf("%q %q %q\n", strings.Fields(s), strings.FieldsFunc(s, func(r rune) bool { return r == 'l' || unicode.IsSpace(r) }), strings.Title(strings.ToLower(s)))
	}
	for _, c := range []struct{ s, sep string }{{"a,b,c", ","}, {"a,b,c,", ","}, {",", ","}, {"", ","}, {"abc", ""}, {"a--b--c", "--"}, {"héllo", ""}, {"x", "xyz"}} {
		fmt.Printf("%q %q %q %q %q %q\n", strings.Split(c.s, c.sep), strings.SplitN(c.s, c.sep, 2), strings.SplitN(c.s, c.sep, 0),
			strings.SplitAfter(c.s, c.sep), strings.SplitAfterN(c.s, c.sep, -1), strings.SplitN(c.s, c.sep, 1))
	}
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r == 'x':
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World! xyz"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"), strings.Map(func(r rune) rune { return 'é' }, "ab"))
	for _, p := range [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"σς", "ΣΣ"}, {"K", "\u212a"}, {"abc", "abd"}, {"", ""}, {"a", ""}, {"ǅ", "ǆ"}} {
		fmt.Print(strings.EqualFold(p[0], p[1]), " ")
	}
	fmt.Println()

	long := strings.Repeat("abcdefgh", 40) + "needle" + strings.Repeat("xyz", 30) + "needle"
	for _, sub := range []string{"", "a", "needle", "xyzneedle", "hgab", "notthere", "needles", strings.Repeat("xyz", 10), "\xff"} {
		fmt.Print(strings.Index(long, sub), strings.LastIndex(long, sub), strings.Count(long, sub), strings.Contains(long, sub), " ")
	}
	fmt.Println()
	fmt.Println(strings.IndexByte("héllo", 'l'), strings.IndexRune("héllo", 'l'), strings.IndexRune("héllo", 'é'), strings.IndexRune("a\xffb", unicode.ReplacementChar),
		strings.IndexAny("golang", "nl"), strings.LastIndexAny("golang", "gn"), strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndexByte("abca", 'a'),
		strings.ContainsRune("abc", 'c'), strings.ContainsAny("abc", ""), strings.Count("cheese", "e"), strings.Count("five", ""))
	for _, s := range []string{"key=value", "novalue", "=x", "a=b=c"} {
		before, after, found := strings.Cut(s, "=")
		fmt.Printf("%q %q %v; ", before, after, found)
	}
	fmt.Println()
	fmt.Printf("%q %q %q %q %q %q %q %q\n", strings.TrimSpace("\t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "ab"),
		strings.TrimRight("aabcaa", "a"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"),
		strings.TrimFunc("123abc456", unicode.IsDigit), strings.Trim("  ", " "))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"),
		strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","))
	for _, s := range []string{"hello", "ΑΒΓ straße", "ǆ ǈ", "İi", "\xffa", "ﬀ"} {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.ToValidUTF8(s, "?"))
	}
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "iı"), strings.ToLowerSpecial(unicode.TurkishCase, "İI"))

	rd := strings.NewReader("héllo reader")
	buf := make([]byte, 4)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len(), rd.Size())
	r, size, err := rd.ReadRune()
	fmt.Println(string(r), size, err, rd.UnreadRune(), rd.UnreadRune())
	pos, err := rd.Seek(-6, io.SeekEnd)
	rest, _ := io.ReadAll(rd)
	fmt.Println(pos, err, string(rest))
	n, err = rd.ReadAt(buf, 1)
	fmt.Println(n, err, buf[:n])
	_, err = rd.Seek(-100, io.SeekStart)
	fmt.Println(err)
}
