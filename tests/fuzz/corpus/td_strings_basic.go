// run

// Tests string operations: concatenation, comparison, indexing bytes, slicing and len.

package main

func main() {
	s := "Hello, hood!"
	println(len(s), s[0], s[len(s)-1], s[7:11], s[:5], s[7:], s[:])
	// comparisons
	words := [6]string{"apple", "app", "banana", "", "apple", "Apple"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			a, b := words[i], words[j]
			println("\""+a+"\"", "vs", "\""+b+"\":", a == b, a != b, a < b, a <= b, a > b, a >= b)
		}
	}
	// bytes
	t := "ABCxyz"
	sum := 0
	for i := 0; i < len(t); i++ {
		sum += int(t[i])
	}
	println("byte sum:", sum)
	var b byte = t[3]
	println("t[3] =", b, b == 'x')
	// concatenation
	u := ""
	for i := 0; i < 5; i++ {
		u += "ab"
	}
	println(u, len(u))
	u = u[1:len(u)-1] + "!"
	println(u)
	// empty slices
	println(len(s[3:3]), s[len(s):] == "", "" == s[0:0])
	// string of a multi-byte char has byte length
	e := "héllo, 世界"
	println(len(e), e[1], e[2], e[:3])
	// escapes
	println("tab:\t|", "quote:\"", "backslash:\\", "hex:\x41\x42", "unicode:\u00e9", `raw\n`)
	// slicing with variables
	lo, hi := 2, 5
	println(s[lo:hi], s[lo:], s[:hi])
	// strings are values
	v := s
	s = "changed"
	println(v, s)
	// comparison with concatenation
	println("ab"+"c" == "a"+"bc", "abc" < "abd", "ab" < "abc")
	// named string type
	type Name string
	var n Name = "gopher"
	println(n, len(n), n[0:2], n+"s")
}
