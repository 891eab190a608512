// run

// strconv from GOROOT: FormatFloat with 'e', 'f', 'g' (shortest and
// fixed precisions, bitSize 32 and 64) over a few thousand bit patterns
// from a deterministic generator, each round-tripped through ParseFloat
// (a checksum of every string and a sample printed), ParseFloat,
// ParseInt, ParseUint, Atoi and ParseBool error texts, Quote and
// Unquote, Itoa, FormatInt and the Append functions.

package main

import (
	"fmt"
	"math"
	"strconv"
)

// xorshift64: the same bits on every compiler.
type gen uint64

func (g *gen) next() uint64 {
	x := uint64(*g)
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	*g = gen(x)
	return x
}

// fnv1a over a string, to fold thousands of results into one number.
func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	g := gen(0x9E3779B97F4A7C15)
	var sum64, sum32 uint64 = 14695981039346656037, 14695981039346656037
	bad := 0
	for i := 0; i < 3000; i++ {
		bits := g.next()
		var f float64
		switch i % 4 {
		case 0:
			f = math.Float64frombits(bits)
		case 1: // moderate exponents
			f = math.Float64frombits(bits&^(0x7ff<<52) | uint64(1023-40+int(bits>>58))<<52)
		case 2: // integers and simple fractions
			f = float64(int64(bits)>>40) / float64(uint64(1)<<(bits>>60))
		case 3: // subnormals and near the edges
			f = math.Float64frombits(bits >> 12)
		}
		for _, fmtc := range []byte{'e', 'f', 'g', 'G', 'b', 'x'} {
			for _, prec := range []int{-1, 0, 3, 17} {
				if fmtc == 'f' && math.Abs(f) > 1e30 && prec != -1 {
					continue
				}
				if fmtc == 'f' && math.Abs(f) < 1e-30 && prec == -1 {
					continue
				}
				s := strconv.FormatFloat(f, fmtc, prec, 64)
				sum64 = fnv(sum64, s)
				if prec == -1 && fmtc != 'b' {
					back, err := strconv.ParseFloat(s, 64)
					if (err != nil && !math.IsInf(f, 0)) || (back != f && !math.IsNaN(f)) {
						bad++
						if bad < 5 {
							fmt.Println("no round trip:", s, back, err)
						}
					}
				}
			}
		}
		f32 := math.Float32frombits(uint32(bits >> 32))
		if i%4 == 2 {
			f32 = float32(int32(bits>>40)) / 1024
		}
		for _, fmtc := range []byte{'e', 'g', 'f'} {
			for _, prec := range []int{-1, 2, 9} {
				s := strconv.FormatFloat(float64(f32), fmtc, prec, 32)
				sum32 = fnv(sum32, s)
				if prec == -1 {
					back, err := strconv.ParseFloat(s, 32)
					if (err != nil && !math.IsInf(float64(f32), 0)) || (float32(back) != f32 && f32 == f32) {
						bad++
						if bad < 5 {
							fmt.Println("no round trip 32:", s, back, err)
						}
					}
				}
			}
		}
		if i%250 == 0 {
			fmt.Println(i, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 5, 64),
				strconv.FormatFloat(float64(f32), 'g', -1, 32), strconv.FormatFloat(f, 'x', -1, 64))
		}
	}
	fmt.Printf("checksums %016x %016x, %d not round-tripped\n", sum64, sum32, bad)

	for _, f := range []float64{0, math.Copysign(0, -1), 1, 0.1, 1.0 / 3, 2.0 / 3, 1e23, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 123456789, 0.000001, 1e21, 1e20, 100, 12345.6789} {
		fmt.Println(strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'e', 3, 32), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'g', 5, 64),
			strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'X', 4, 64))
	}

	// Parsing, with error texts.
	for _, s := range []string{"1.5", "-0", "1e308", "1e309", "-1e400", "1e-400", "0x1p-2", "0x1.8p1", "inf", "-Inf", "NaN", "nan(1)", ".5", "5.", "1_000.5", "0x_1p0", "", "abc", "1e", "+", "1.7976931348623157e308", "4.9e-324", "2.4e-324", "1e23", "3.4028235e38", "3.5e38"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("ParseFloat(%q) = %v, %v | 32: %v, %v\n", s, f, err, f32, err32)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"123", 10, 64}, {"-123", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"0x1F", 0, 64}, {"0o17", 0, 64}, {"0b101", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"zz", 36, 64}, {"9223372036854775808", 10, 64}, {"-9223372036854775808", 10, 64}, {"", 10, 64}, {"12a", 10, 64}, {"1", 1, 64}, {"1", 37, 64}, {"1", 10, 65}, {"+5", 10, 0}, {"-", 10, 64}} {
		i, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v | ParseUint = %d, %v\n", c.s, c.base, c.bits, i, err, u, uerr)
	}
	for _, s := range []string{"0", "-42", "2147483648", "99999999999999999999", "4x", " 1", ""} {
		n, err := strconv.Atoi(s)
		fmt.Println("Atoi", strconv.Quote(s), n, err)
		if ne, ok := err.(*strconv.NumError); ok {
			fmt.Println("  NumError", ne.Func, strconv.Quote(ne.Num), ne.Err, ne.Unwrap() == strconv.ErrSyntax, ne.Err == strconv.ErrRange)
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", s, b, err)
	}

	// Quoting.
	for _, s := range []string{"", "plain", "tab\tnl\n", "quote\" back\\", "héllo 世界", "\x00\x7f\xff", "\u2028", "emoji 😀", "`raw`", "\a\b\f\r\v"} {
		q := strconv.Quote(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), u == s, err, strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '\n', 'é', 0x1F600, 0xFFFD, 0x110000, 0xD800} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\u00e9'`, `"\x41\101\u0042\U00000043"`, `"unterminated`, `'ab'`, `"bad \q"`, `abc`, `""`, `''`, "`a\nb`", `"\xff"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)

	// Formatting and appending integers.
	for _, n := range []int64{0, 7, -7, 255, -256, math.MaxInt64, math.MinInt64} {
		fmt.Println(strconv.Itoa(int(n)), strconv.FormatInt(n, 2), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36), strconv.FormatUint(uint64(n), 8))
	}
	buf := []byte("x=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 42, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 1.25, 'g', -1, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q\"")
	buf = strconv.AppendQuoteRune(buf, 'r')
	buf = strconv.AppendQuoteToASCII(buf, "é")
	fmt.Println(string(buf))
	fmt.Println(strconv.FormatBool(false), strconv.IntSize, strconv.FormatComplex(complex(1.5, -2), 'g', -1, 128))
	c, err := strconv.ParseComplex("(1+2i)", 128)
	fmt.Println(c, err)
	_, err = strconv.ParseComplex("1+", 128)
	fmt.Println(err)
}
