// run

// bytes from GOROOT (with hood's internal/bytealg), printed with fmt:
// Buffer (growth, Read*, Unread*, Truncate, Next, WriteTo/ReadFrom and
// its panics), Fields, Split and friends, Equal, Compare over lengths
// and contents, Index* over short and long inputs, Map, Replace,
// EqualFold, Trim*, and the Reader.

package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.Cap(), buf.String() == "")
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p), buf.UnreadByte(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	fmt.Printf("%q\n", buf.Next(3))
	b, _ := buf.ReadByte()
	r, sz, _ := buf.ReadRune()
	fmt.Println(string(b), string(r), sz, buf.UnreadRune(), buf.UnreadRune())
	bs, err := buf.ReadBytes('4')
	fmt.Printf("%q %v %q\n", bs, err, buf.String())
	bs, err = buf.ReadBytes('x')
	fmt.Printf("%q %v %d\n", bs, err, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err, buf.UnreadByte())
	buf.Reset()
	for i := 0; i < 100; i++ {
		buf.WriteString("0123456789")
	}
	buf.Truncate(15)
	fmt.Println(buf.String(), buf.Len())
	buf.Grow(5000)
	fmt.Println(buf.Cap() >= 5015, buf.Len())
	m, err := buf.ReadFrom(strings.NewReader(strings.Repeat("r", 3000)))
	fmt.Println(m, err, buf.Len())
	var sb strings.Builder
	m, err = buf.WriteTo(&sb)
	fmt.Println(m, err, sb.Len(), buf.Len())
	nb := bytes.NewBufferString("init")
	fmt.Println(nb.String(), bytes.NewBuffer([]byte("xy")).Len(), nb.Bytes())
	for _, f := range []func(){
		func() { buf.Truncate(-1) },
		func() { buf.Grow(-1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}

	for _, s := range []string{"", " a  b\tc\n", "\u00a0x\u2000y", "one"} {
		fmt.Printf("%q %q\n", bytes.Fields([]byte(s)), bytes.FieldsFunc([]byte(s), func(r rune) bool { return r == 'b' || unicode.IsSpace(r) }))
	}
	for _, c := range [][2]string{{"a,b,c", ","}, {"a,,", ","}, {"", ","}, {"abc", ""}, {"a::b", "::"}} {
		s, sep := []byte(c[0]), []byte(c[1])
		fmt.Printf("%q %q %q %q\n", bytes.Split(s, sep), bytes.SplitN(s, sep, 2), bytes.SplitAfter(s, sep), bytes.SplitAfterN(s, sep, 0))
	}
	vals := [][]byte{nil, {}, []byte("a"), []byte("ab"), []byte("b"), []byte("abc"), []byte("ab\x00"), []byte("\xff"), []byte(strings.Repeat("z", 40)), []byte(strings.Repeat("z", 39) + "y")}
	for _, x := range vals {
		for _, y := range vals {
			fmt.Print(bytes.Compare(x, y)+1, map[bool]string{true: "=", false: "."}[bytes.Equal(x, y)])
		}
		fmt.Println()
	}
	long := []byte(strings.Repeat("0123456789abcdef", 50) + "NEEDLE" + strings.Repeat("-", 70) + "NEEDLE")
	for _, sub := range []string{"", "0", "NEEDLE", "f0", "-NEEDLE", "absent", strings.Repeat("-", 33)} {
		fmt.Print(bytes.Index(long, []byte(sub)), bytes.LastIndex(long, []byte(sub)), bytes.Count(long, []byte(sub)), bytes.Contains(long, []byte(sub)), " ")
	}
	fmt.Println()
	fmt.Println(bytes.IndexByte(long, 'N'), bytes.IndexRune([]byte("héllo"), 'l'), bytes.IndexAny([]byte("golang"), "ln"), bytes.LastIndexByte(long, '0'),
		bytes.IndexFunc([]byte("ab1"), unicode.IsDigit), bytes.HasPrefix(long, []byte("0123")), bytes.HasSuffix(long, []byte("DLE")), bytes.ContainsRune([]byte("é"), 'é'))
	fmt.Printf("%q %q %q %q %q\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana é")), bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("aaa"), []byte(""), []byte("-")),
		bytes.Repeat([]byte("ab"), 3), bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte(", ")))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("Gö"), []byte("GÖ")))
	fmt.Printf("%q %q %q %q %q %q\n", bytes.TrimSpace([]byte(" \t x \n")), bytes.Trim([]byte("--x--"), "-"), bytes.TrimLeft([]byte("aab"), "a"),
		bytes.TrimPrefix([]byte("prefix"), []byte("pre")), bytes.TrimSuffix([]byte("a.go"), []byte(".go")), bytes.ToUpper([]byte("héllo")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v %q %q\n", before, after, found, bytes.Title([]byte("x y")), bytes.Runes([]byte("aé")))

	rd := bytes.NewReader([]byte("reader data"))
	p = make([]byte, 6)
	n, err = rd.Read(p)
	fmt.Println(n, err, string(p), rd.Len(), rd.Size())
	off, err := rd.Seek(2, io.SeekCurrent)
	rest, _ := io.ReadAll(rd)
	fmt.Println(off, err, string(rest))
	n, err = rd.ReadAt(p, 8)
	fmt.Println(n, err, string(p[:n]))
	rd.Reset([]byte("again"))
	bb, _ := rd.ReadByte()
	fmt.Println(string(bb), rd.UnreadByte(), rd.UnreadByte(), rd.Len())
}
