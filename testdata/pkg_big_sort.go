// run

// math/big (Int, Float, Rat: powers, division, GCD, primality, square
// roots, a factorial), strconv.ParseFloat of long and halfway decimal
// inputs and fmt at high precision, sort (Stable, Float64s with NaN,
// Ints, SliceStable over a pseudo-random workload).

package main

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	for _, s := range []string{"1." + strings.Repeat("0", 800) + "1", "2.2250738585072011e-308", "2.2250738585072012e-308", "0.1000000000000000055511151231257827021181583404541015625", "1e-350", "123456789012345678901234567890e-10", "4.940656458412465441765687928682213723651e-324", "1.00000005960464477550", "1.000000059604644775390625", "7.038531e-26"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, f32, err32)
	}
	fmt.Printf("%.60f\n%.100g\n%.40e\n%.20x\n", 0.1, 1.0/3, 5e-324, math.Pi)
	fmt.Printf("%.30f %.17g %.0e\n", float32(0.1), 2.0/3, 12345.0)
	a, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	b := new(big.Int).Exp(big.NewInt(7), big.NewInt(123), nil)
	q, r := new(big.Int).QuoRem(b, a, new(big.Int))
	fmt.Println(q, r, new(big.Int).Mul(a, b), new(big.Int).GCD(nil, nil, a, big.NewInt(1234567890)), a.Bit(3), b.BitLen(), a.ProbablyPrime(10))
	fmt.Printf("%x %o %b\n", a, big.NewInt(-255), big.NewInt(10))
	f := new(big.Float).SetPrec(200)
	f.SetString("1.5")
	f.Sqrt(f)
	fmt.Println(f.Text('g', 50), new(big.Rat).SetFrac64(22, 7).FloatString(20))
	sq := new(big.Int).Sqrt(new(big.Int).Lsh(big.NewInt(1), 400))
	fmt.Println(sq, new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)))
	fac := big.NewInt(1)
	for i := int64(1); i <= 300; i++ {
		fac.Mul(fac, big.NewInt(i))
	}
	s := fac.String()
	fmt.Println(len(s), s[:30], s[len(s)-80:])
	words := strings.Fields("the quick brown fox jumps over lazy dogs a an abc de xyz")
	sort.Stable(byLen(words))
	fmt.Println(words)
	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2}
	sort.Float64s(fs)
	fmt.Println(fs, sort.SearchInts([]int{1, 3, 5}, 4), sort.IsSorted(byLen(words)))
	x := make([]int, 10000)
	v := uint32(1)
	for i := range x {
		v = v*1103515245 + 12345
		x[i] = int(v >> 8 % 1000)
	}
	sort.Ints(x)
	type kv struct{ k, v int }
	kvs := make([]kv, 2000)
	for i := range kvs {
		kvs[i] = kv{x[i*5] % 7, i}
	}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].k < kvs[j].k })
	h := 0
	for _, e := range kvs {
		h = h*31 + e.v
	}
	fmt.Println(x[0], x[5000], x[9999], h, sort.IntsAreSorted(x))
}
