// Package bytealg is hood's replacement of Go's internal/bytealg: the
// byte-string primitives that strings, bytes, strconv and others call.
// gc's package is mostly assembly; this one is plain Go with the same
// API and results, compiled by hood like any package (rt/go is hood's
// overlay, which the loader prefers to GOROOT for a whole package).
// Speed comes later: nothing here uses SIMD yet.
package bytealg

// PrimeRK is the base of the Rabin-Karp rolling hash. strings and bytes
// roll the hash themselves with this constant, so HashStr and HashStrRev
// must agree with it.
const PrimeRK = 16777619

// MaxBruteForce is the length of s up to which strings.Index and
// bytes.Index hand the whole search to IndexString/Index.
const MaxBruteForce = 64

// MaxLen is the longest needle IndexString and Index are asked to find
// (they work for any length; the callers switch to Rabin-Karp beyond
// it). bytes.IndexAny relies on MaxLen >= 4 when it is not 0.
var MaxLen int = 64

// Cutover is how many false first-byte matches strings.Index tolerates,
// after scanning n bytes, before it hands the rest to IndexString.
func Cutover(n int) int {
	return 4 + n/8
}

// Compare compares a and b lexically: -1, 0 or +1.
func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

// Equal reports whether a and b have the same length and bytes.
func Equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Count counts the bytes of b equal to c.
func Count(b []byte, c byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			n++
		}
	}
	return n
}

// CountString counts the bytes of s equal to c.
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// IndexByte is the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// IndexByteString is the index of the first c in s, or -1.
func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte is the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByteString is the index of the last c in s, or -1.
func LastIndexByteString(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index is the index of the first b in a, or -1 (b may be empty). The
// byte-slice functions repeat the string ones rather than convert,
// since a conversion copies.
func Index(a, b []byte) int {
	n := len(b)
	for i := 0; i+n <= len(a); i++ {
		if Equal(a[i:i+n], b) {
			return i
		}
	}
	return -1
}

// IndexString is the index of the first b in a, or -1: for each place
// the first byte matches, compare the rest.
func IndexString(a, b string) int {
	n := len(b)
	if n == 0 {
		return 0
	}
	first := b[0]
	for i := 0; i+n <= len(a); i++ {
		if a[i] == first && a[i:i+n] == b {
			return i
		}
	}
	return -1
}

// pow is PrimeRK to the nth power, mod 2^32.
func pow(n int) uint32 {
	r, sq := uint32(1), uint32(PrimeRK)
	for ; n > 0; n >>= 1 {
		if n&1 != 0 {
			r *= sq
		}
		sq *= sq
	}
	return r
}

// HashStr is the Rabin-Karp hash of sep read forward (the sum of
// sep[i]·PrimeRK^(n-1-i)) and PrimeRK^n, the factor that drops the byte
// leaving a window of n.
func HashStr(sep string) (uint32, uint32) {
	var h uint32
	for i := 0; i < len(sep); i++ {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, pow(len(sep))
}

// HashStrBytes is HashStr of a byte slice.
func HashStrBytes(sep []byte) (uint32, uint32) {
	var h uint32
	for i := 0; i < len(sep); i++ {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, pow(len(sep))
}

// HashStrRev is the hash of sep read backward (the sum of
// sep[i]·PrimeRK^i) and PrimeRK^n, for searches from the end.
func HashStrRev(sep string) (uint32, uint32) {
	var h uint32
	for i := len(sep) - 1; i >= 0; i-- {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, pow(len(sep))
}

// HashStrRevBytes is HashStrRev of a byte slice.
func HashStrRevBytes(sep []byte) (uint32, uint32) {
	var h uint32
	for i := len(sep) - 1; i >= 0; i-- {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, pow(len(sep))
}

// IndexRabinKarp is the index of the first substr in s, or -1, by a
// rolling hash over windows of len(substr) bytes.
func IndexRabinKarp(s, substr string) int {
	n := len(substr)
	if n > len(s) {
		return -1
	}
	want, p := HashStr(substr)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*PrimeRK + uint32(s[i])
	}
	for i := 0; ; i++ {
		if h == want && s[i:i+n] == substr {
			return i
		}
		if i+n >= len(s) {
			return -1
		}
		h = h*PrimeRK + uint32(s[i+n]) - p*uint32(s[i])
	}
}

// IndexRabinKarpBytes is IndexRabinKarp of byte slices.
func IndexRabinKarpBytes(s, sep []byte) int {
	n := len(sep)
	if n > len(s) {
		return -1
	}
	want, p := HashStrBytes(sep)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*PrimeRK + uint32(s[i])
	}
	for i := 0; ; i++ {
		if h == want && Equal(s[i:i+n], sep) {
			return i
		}
		if i+n >= len(s) {
			return -1
		}
		h = h*PrimeRK + uint32(s[i+n]) - p*uint32(s[i])
	}
}
