// run

// Tests string reversal by concatenation, palindromes, and byte-level string building without conversions.

package main

func reverse(s string) string {
	r := ""
	for i := len(s) - 1; i >= 0; i-- {
		r += s[i : i+1]
	}
	return r
}

func reverseRec(s string) string {
	if len(s) <= 1 {
		return s
	}
	return reverseRec(s[1:]) + s[:1]
}

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func upper(s string) string {
	const lower = "abcdefghijklmnopqrstuvwxyz"
	const upperCase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	r := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			r += upperCase[c-'a' : c-'a'+1]
		} else {
			r += s[i : i+1]
		}
	}
	_ = lower
	return r
}

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	r := ""
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		r = "0123456789"[d:d+1] + r
		n /= 10
	}
	if neg {
		r = "-" + r
	}
	return r
}

func main() {
	for _, s := range [5]string{"", "a", "ab", "hello, world", "racecar"} {
		println("["+s+"]", "["+reverse(s)+"]", reverse(s) == reverseRec(s), isPalindrome(s))
	}
	println(upper("Hello, hood 123!"))
	println(repeat("ab", 5), len(repeat("xyz", 100)))
	println(itoa(0) + "," + itoa(42) + "," + itoa(-1234567) + "," + itoa(-9223372036854775808))
	big := repeat(reverse("0123456789"), 50)
	println(len(big), big[495:])
}
