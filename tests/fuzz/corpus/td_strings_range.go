// run

// Tests range over strings: byte offsets, multi-byte UTF-8 decoding and invalid bytes decoding to U+FFFD.

package main

func show(s string) {
	print(len(s), ":")
	for i, r := range s {
		print(" ", i, "=", r)
	}
	println()
}

func count(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	show("abc")
	show("héllo")
	show("世界")
	show("😀!")
	show("")
	// invalid UTF-8: lone continuation, truncated sequences, overlong, surrogate, out of range
	show("a\x80b")
	show("\xe4\xb8")
	show("\xc0\xaf")
	show("\xed\xa0\x80")
	show("\xf4\x90\x80\x80")
	show("\xff\xfe")
	show("\xf0\x9f\x98")
	println(count("héllo, 世界 😀"), count("\xff\xff\xff"), count("x\xe2\x82\xacy"))
	// index only
	for i := range "aé世" {
		print(i, " ")
	}
	println()
	// value compared with rune literals
	vowels := 0
	for _, r := range "Übermäßig öde" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'Ü':
			vowels++
		}
	}
	println("vowels:", vowels)
	// range over an expression evaluated once
	for range get() {
	}
	println("calls:", calls)
	// the boundaries of each encoding length
	show("\u007f\u0080\u07ff\u0800\uffff\U00010000\U0010ffff")
}

var calls int

func get() string {
	calls++
	return "xyz"
}
