// run

// regexp, net/url, html, path, text/tabwriter and the hashes written
// in Go (hash/fnv, crc64, adler32) from GOROOT, printed with fmt.

package main

import (
	"fmt"
	"hash/adler32"
	"hash/crc64"
	"hash/fnv"
	"html"
	"net/url"
	"os"
	"path"
	"regexp"
	"strings"
	"text/tabwriter"
)

func main() {
	data := []byte(strings.Repeat("The quick brown fox jumps over the lazy dog. ", 100))
	fmt.Println(crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)), adler32.Checksum(data))
	h := fnv.New64a()
	h.Write(data)
	fmt.Println(h.Sum64())
	u, err := url.Parse("https://user:pw@example.com:8080/a%20b/c?q=1&r=x+y#frag")
	fmt.Println(err, u.Scheme, u.User, u.Host, u.Port(), u.Path, u.RawQuery, u.Query(), u.Fragment, u.String())
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"), html.EscapeString("<a href='x'>&</a>"), html.UnescapeString("&lt;&eacute;&#39;&amp;"))
	fmt.Println(path.Join("a", "b/../c"), path.Base("/x/y.go"), path.Ext("f.tar.gz"), path.Clean("//a/./b/"))
	re := regexp.MustCompile(`(?i)(\d+)\s*(apples|pears)`)
	fmt.Println(re.FindAllStringSubmatchIndex("3 Apples and 12 pears, 7pears", -1), re.ReplaceAllStringFunc("3 apples", strings.ToUpper), re.NumSubexp(), re.String())
	fmt.Println(regexp.MustCompile(`a+b*`).FindAllString("aaabbb ab b a", -1), regexp.QuoteMeta("a.b*c"))
	_, err = regexp.Compile(`a(b`)
	fmt.Println(err)
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "a\tbbb\tc\t")
	fmt.Fprintln(tw, "aaaa\tb\tccccc\t")
	tw.Flush()
}
