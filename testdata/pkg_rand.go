// run

// math/rand from GOROOT: gc's exact sequences for a seeded source
// (Int63, Uint32, Int31n, Intn, Float64, Float32, NormFloat64,
// ExpFloat64, Perm, Shuffle, Read) and the global source after
// rand.Seed(1).

package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
	}
	for _, n := range []int{1, 2, 3, 10, 100, 1000, 1 << 30, 1<<31 + 1, 1 << 62} {
		fmt.Print(r.Intn(n), " ", r.Int63n(int64(n)), " ", r.Int31n(int32(n&0x7fffffff|1)), "; ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	}
	fmt.Println(r.Perm(0), r.Perm(1), r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	buf := make([]byte, 13)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)

	sum := int64(0)
	for i := 0; i < 100000; i++ {
		sum ^= r.Int63() >> uint(i%7)
	}
	fmt.Println("xor", sum)

	r.Seed(7)
	fmt.Println(r.Int63(), r.Intn(6))
	r2 := rand.New(rand.NewSource(-5))
	fmt.Println(r2.Int63(), r2.Int63())

	rand.Seed(1)
	fmt.Println(rand.Int(), rand.Intn(100), rand.Float64(), rand.Int31n(50), rand.Perm(5))
	a := []int{1, 2, 3, 4, 5, 6}
	rand.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
	fmt.Println(a, rand.Uint32(), rand.Int63n(1e12))

	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()

	defer func() { fmt.Println("recovered:", recover()) }()
	r.Intn(0)
}
