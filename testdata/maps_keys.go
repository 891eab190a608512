// run

// Map keys of every comparable kind: integers of each width (the fast32
// and fast64 forms and the generic one), strings (faststr), bools,
// floats (NaN never equals itself, +0 and -0 are one key), complex-free
// structs and arrays (generated hash and equality), pointers, and
// interfaces holding values of different dynamic types.

package main

type Point struct{ X, Y int }

type Mixed struct {
	Name string
	N    int8
	F    float64
}

type Small struct{ A, B int16 }

type Str string

type Stringer interface{ String() string }

type Named int

func (n Named) String() string { return "named" }

type Other int

func (o Other) String() string { return "other" }

func main() {
	m8 := map[int8]int{-128: 1, 127: 2, 0: 3}
	m8[-1] = 4
	println(len(m8), m8[-128], m8[127], m8[0], m8[-1], m8[5])
	mu8 := map[uint8]string{255: "max", 0: "zero"}
	println(mu8[255], mu8[0], len(mu8[1]))
	m16 := map[int16]int16{}
	for i := int16(-300); i < 300; i += 3 {
		m16[i] = i * 2
	}
	println(len(m16), m16[-300], m16[297], m16[1])
	m32 := map[int32]int64{}
	mu32 := map[uint32]bool{}
	for i := 0; i < 200; i++ {
		m32[int32(i)*1000003] = int64(i)
		mu32[uint32(i)<<24] = true
	}
	println(len(m32), m32[199*1000003], len(mu32), mu32[5<<24], mu32[7])
	m64 := map[int64]int{-1 << 63: 1, 1<<63 - 1: 2}
	mu64 := map[uint64]int{1<<64 - 1: 3}
	mi := map[int]int{}
	mu := map[uint]int{}
	mp := map[uintptr]int{}
	for i := 0; i < 50; i++ {
		mi[i*i] = i
		mu[uint(i)] = i
		mp[uintptr(i)<<40] = i
	}
	println(m64[-1<<63], m64[1<<63-1], mu64[1<<64-1], mi[49*49], mu[49], mp[49<<40], len(mi))

	ms := map[string]int{"": 0, "a": 1, "ab": 2}
	ms["a long string key, longer than thirty-two bytes"] = 3
	println(ms[""], ms["a"], ms["ab"], ms["a long string key, longer than thirty-two bytes"], len(ms))
	k := "a"
	k += "b"
	println(ms[k])
	mstr := map[Str]int{"x": 1}
	println(mstr["x"], mstr[Str("y")])

	mb := map[bool]string{true: "yes", false: "no"}
	println(mb[true], mb[false], mb[1 > 2])

	zero := 0.0
	nan := zero / zero
	mf := map[float64]int{}
	mf[nan] = 1
	mf[nan] = 2
	mf[zero] = 3
	mf[-zero] = 4
	mf[1.5] = 5
	println(len(mf), mf[0], mf[1.5])
	_, ok := mf[nan]
	println(ok)
	nans, sum := 0, 0
	for k, v := range mf {
		if k != k {
			nans++
		}
		sum += v
	}
	println(nans, sum)
	delete(mf, nan)
	println(len(mf))
	mf32 := map[float32]int{float32(-zero): 1}
	println(mf32[0], len(mf32))

	mpt := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	mpt[Point{1, 2}] = "c"
	println(len(mpt), mpt[Point{1, 2}], mpt[Point{3, 4}], mpt[Point{5, 6}] == "")
	mx := map[Mixed]int{}
	mx[Mixed{"a", 1, 0.5}] = 1
	mx[Mixed{"a", 1, -zero}] = 2
	mx[Mixed{"a", 1, zero}] = 3
	println(len(mx), mx[Mixed{"a", 1, 0.5}], mx[Mixed{"a", 1, 0}])
	msm := map[Small]int{{1, 2}: 3}
	println(msm[Small{1, 2}], msm[Small{2, 1}])
	ma := map[[3]int]int{{1, 2, 3}: 6}
	ma[[3]int{3, 2, 1}] = 7
	println(ma[[3]int{1, 2, 3}], ma[[3]int{3, 2, 1}], len(ma))
	mas := map[[2]string]int{{"a", "b"}: 1}
	println(mas[[2]string{"a", "b"}], mas[[2]string{"b", "a"}])
	m4 := map[[4]byte]int{{1, 2, 3, 4}: 5}
	println(m4[[4]byte{1, 2, 3, 4}], m4[[4]byte{4, 3, 2, 1}])
	me := map[struct{}]int{}
	me[struct{}{}] = 9
	me[struct{}{}]++
	println(me[struct{}{}], len(me))

	p1, p2 := new(int), new(int)
	mptr := map[*int]int{p1: 1}
	mptr[p2] = 2
	println(mptr[p1], mptr[p2], mptr[nil], len(mptr))
	delete(mptr, p1)
	println(len(mptr), mptr[p1])

	var mif = map[interface{}]int{}
	mif[1] = 1
	mif[int8(1)] = 2
	mif["1"] = 3
	mif[1.0] = 4
	mif[Point{1, 1}] = 5
	mif[nil] = 6
	mif[[2]int{1, 1}] = 7
	mif[true] = 8
	println(len(mif), mif[1], mif[int8(1)], mif["1"], mif[1.0], mif[Point{1, 1}], mif[nil], mif[[2]int{1, 1}], mif[true], mif[false])
	mi2 := map[Stringer]int{Named(1): 1, Other(1): 2}
	println(mi2[Named(1)], mi2[Other(1)], mi2[Named(2)], mi2[nil])
	var ifk interface{} = Point{1, 1}
	println(mif[ifk])
	delete(mif, ifk)
	println(len(mif), mif[ifk])
}
