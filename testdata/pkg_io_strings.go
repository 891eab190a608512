// run

// GOROOT's io, strings, bytes and bufio, which need select and
// goroutines (io.Pipe): a pipe between two goroutines, read through a
// bufio.Scanner; strings and bytes functions, Builder and Buffer,
// io.Copy, io.MultiReader, io.ReadAll and io.LimitReader.

package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

func main() {
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			io.WriteString(w, strings.Repeat("ab", i+1)+"\n")
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		println("line:", sc.Text())
	}

	var b strings.Builder
	for _, f := range strings.Fields("  the quick  brown fox ") {
		b.WriteString(strings.ToUpper(f[:1]) + f[1:])
		b.WriteByte('.')
	}
	println(b.String(), strings.Count(b.String(), "."), strings.Index(b.String(), "Brown"))
	println(strings.Join(strings.Split("a,b,c", ","), "+"), strings.TrimSpace("  x  "),
		strings.HasPrefix("golang", "go"), strings.Replace("aaaa", "a", "b", 2))

	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.MultiReader(strings.NewReader("one "), strings.NewReader("two")))
	println(n, err == nil, buf.String(), bytes.Contains(buf.Bytes(), []byte("e t")))
	all, _ := io.ReadAll(io.LimitReader(strings.NewReader("limited reader"), 7))
	println(string(all), bytes.Equal(bytes.ToUpper(all), []byte("LIMITED")))

	bw := bufio.NewWriter(&buf)
	bw.WriteString("!")
	println(buf.Len())
	bw.Flush()
	println(buf.Len(), buf.String())

	pr, pw := io.Pipe()
	pw.CloseWithError(io.ErrUnexpectedEOF)
	_, err = pr.Read(make([]byte, 1))
	println(err == io.ErrUnexpectedEOF, err.Error())
}
