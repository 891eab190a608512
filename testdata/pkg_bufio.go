// run

// bufio from GOROOT, with standard input from pkg_bufio.in (the runner
// gives a program NAME.in as its stdin): Scanner over os.Stdin by lines,
// then ScanWords, ScanRunes, ScanBytes and a custom split function over
// strings, the token-too-long error, Reader (ReadString, ReadRune,
// UnreadRune, Peek, ReadLine, Discard) and Writer (buffering, Flush,
// Available, ReadFrom).

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
	// Stdin is a file: read it again from the start through a Scanner.
	if _, err := os.Stdin.Seek(0, io.SeekStart); err != nil {
		fmt.Println("seek:", err)
	}
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	for _, split := range []struct {
		name string
		f    bufio.SplitFunc
	}{{"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}, {"lines", bufio.ScanLines}} {
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Split(split.f)
		var toks []string
		for sc.Scan() {
			toks = append(toks, sc.Text())
		}
		if len(toks) > 20 {
			toks = append(toks[:10], toks[len(toks)-10:]...)
		}
		fmt.Printf("%s: %q %v\n", split.name, toks, sc.Err())
	}
	sc = bufio.NewScanner(strings.NewReader("a\r\nb\n\nc\r"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader(" \xff x\xe4 \u3000y "))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	sc = bufio.NewScanner(strings.NewReader("\xffa\xe4\x80"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	// A custom split: comma-separated fields, and an error from the split.
	sc = bufio.NewScanner(strings.NewReader("a,bb,,ccc,stop,dd"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "stop" {
				return 0, nil, errors.New("stopped")
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(" err:", sc.Err())

	// Tokens longer than the buffer.
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("tok", sc.Text())
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)

	// Reader.
	r := bufio.NewReaderSize(strings.NewReader("héllo world\nsecond line\r\nthird"), 16)
	fmt.Println(r.Size(), r.Buffered())
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	c, sz, err := r.ReadRune()
	fmt.Println(string(c), sz, err)
	c, sz, err = r.ReadRune()
	fmt.Println(string(c), sz, err, r.UnreadRune(), r.UnreadRune())
	s, err := r.ReadString(' ')
	fmt.Printf("%q %v\n", s, err)
	d, err := r.Discard(2)
	fmt.Println(d, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte())
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err, r.UnreadRune())
	_, err = r.Peek(-1)
	fmt.Println(err)

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("0123456789", 5)+"\nend"), 16)
	for {
		line, prefix, err := r.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", line, prefix)
	}
	r.Reset(strings.NewReader("k=v;x=y;"))
	for {
		tok, err := r.ReadSlice(';')
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q ", tok)
	}
	var out strings.Builder
	r.Reset(strings.NewReader("copied through WriteTo"))
	nn, err := r.WriteTo(&out)
	fmt.Println(nn, err, out.String())

	// Writer.
	var sink bytes.Buffer
	w := bufio.NewWriterSize(&sink, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	fmt.Fprintf(w, "%05d|", 42)
	w.WriteString("abc")
	w.WriteByte('!')
	w.WriteRune('世')
	fmt.Println(w.Buffered(), w.Available(), sink.Len())
	w.WriteString(strings.Repeat("y", 20))
	fmt.Println(w.Buffered(), sink.Len())
	fmt.Println(w.Flush(), sink.String())
	m, err := w.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(m, err, w.Buffered(), w.Flush(), sink.Len())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(os.Stdout))
	got, _ := rw.ReadString(0)
	rw.WriteString("rw got " + got + "\n")
	rw.Flush()
	fw := bufio.NewWriter(failWriter{})
	fw.WriteString("x")
	fmt.Println(fw.Flush(), fw.Flush())
	_, err = fw.WriteString("more")
	fmt.Println(err)
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("write failed") }
