// run

// Map elems of every shape: structs and arrays (copied out of the map),
// interfaces (values converted to the elem type in literals and
// assignments), strings, slices, maps of maps, elems over 128 bytes
// (stored indirectly) and over 1024 bytes (the _fat reads), zero-size
// elems, m[k] op= v and m[k]++ on every operator, maps as struct fields
// and array elements, and nested literals with elided types.

package main

type T struct {
	A int
	S string
	F [2]float64
}

type Holder struct {
	name string
	m    map[string]int
	next *Holder
}

type Big [40]int64

type Huge [200]int64

type I interface{ Get() int }

type V int

func (v V) Get() int { return int(v) }

func main() {
	ms := map[string]T{"a": {1, "x", [2]float64{0.5, 1.5}}}
	t := ms["a"]
	t.A = 99
	println(ms["a"].A, t.A, ms["a"].S, ms["a"].F[1], ms["missing"].S == "")
	ms["b"] = T{A: 2}
	println(len(ms), ms["b"].A, ms["b"].F[0])

	ma := map[int][3]string{1: {"p", "q", "r"}}
	a := ma[1]
	a[0] = "z"
	println(ma[1][0], a[0], ma[2][1] == "")

	mi := map[string]interface{}{"int": 1, "str": "s", "t": T{A: 3}, "nil": nil}
	println(mi["int"].(int), mi["str"].(string), mi["t"].(T).A, mi["nil"] == nil, mi["none"] == nil)
	mi["f"] = 2.5
	println(mi["f"].(float64))
	mI := map[int]I{1: V(10)}
	mI[2] = V(20)
	println(mI[1].Get()+mI[2].Get(), mI[3] == nil)

	mstr := map[int]string{}
	mstr[1] += "ab"
	mstr[1] += "cd"
	println(mstr[1], len(mstr))

	msl := map[string][]int{"a": {1, 2}}
	msl["a"] = append(msl["a"], 3)
	msl["b"] = append(msl["b"], 4)
	println(len(msl["a"]), msl["a"][2], len(msl["b"]), msl["b"][0], msl["c"] == nil)

	mm := map[string]map[string]int{"x": {"y": 1}}
	mm["x"]["z"] = 2
	if mm["w"] == nil {
		mm["w"] = map[string]int{}
	}
	mm["w"]["v"]++
	println(len(mm), len(mm["x"]), mm["x"]["y"]+mm["x"]["z"], mm["w"]["v"])

	mbig := map[int]Big{}
	var b Big
	for i := range b {
		b[i] = int64(i)
	}
	mbig[1] = b
	mbig[2] = Big{39: 7}
	println(mbig[1][39], mbig[2][39], mbig[3][0], len(mbig))
	bb, ok := mbig[4]
	println(bb[5], ok)
	mbk := map[Big]int{b: 1}
	println(mbk[b], mbk[Big{}])

	mh := map[string]Huge{}
	mh["x"] = Huge{199: 5}
	h, ok := mh["y"]
	println(mh["x"][199], mh["y"][199], h[0], ok)
	h, ok = mh["x"]
	println(h[199], ok)

	mz := map[int]struct{}{1: {}, 2: {}}
	_, in := mz[2]
	println(len(mz), in)

	ops := map[string]int{}
	ops["add"] += 7
	ops["sub"] -= 3
	ops["mul"] = 6
	ops["mul"] *= 7
	ops["div"] = 100
	ops["div"] /= 7
	ops["rem"] = 100
	ops["rem"] %= 7
	ops["and"] = 0xff
	ops["and"] &= 0x0f
	ops["or"] |= 0x30
	ops["xor"] = 5
	ops["xor"] ^= 3
	ops["shl"] = 1
	ops["shl"] <<= 10
	ops["shr"] = 1024
	ops["shr"] >>= 3
	ops["andnot"] = 0xff
	ops["andnot"] &^= 0x0f
	ops["inc"]++
	ops["inc"]++
	ops["dec"]--
	println(ops["add"], ops["sub"], ops["mul"], ops["div"], ops["rem"], ops["and"], ops["or"], ops["xor"])
	println(ops["shl"], ops["shr"], ops["andnot"], ops["inc"], ops["dec"], len(ops))
	mfl := map[int]float64{}
	mfl[1] += 1.25
	mfl[1] *= 4
	println(mfl[1])
	mu8 := map[int]uint8{1: 250}
	mu8[1] += 10
	println(mu8[1])

	hd := Holder{name: "h", m: map[string]int{"a": 1}}
	hd.m["b"] = 2
	hd.next = &Holder{m: make(map[string]int)}
	hd.next.m["c"] = 3
	hd.next.m["c"] += 4
	println(len(hd.m), hd.m["a"]+hd.m["b"], hd.next.m["c"])
	var arr [2]map[int]int
	arr[1] = map[int]int{}
	arr[1][5] = 25
	println(arr[0] == nil, arr[1][5], len(arr[0]), len(arr[1]))

	nested := []map[string][]T{{"k": {{A: 1}, {A: 2, S: "two"}}}, nil}
	println(len(nested), nested[0]["k"][1].S, nested[1] == nil)
	pm := map[string]*T{"p": {A: 5}}
	pm["p"].A++
	println(pm["p"].A)
	structs := []struct {
		m map[int]string
	}{{map[int]string{1: "one"}}, {m: nil}}
	println(structs[0].m[1], structs[1].m[1] == "")
	mk := map[[2]int]map[string]bool{{1, 2}: {"t": true}}
	println(mk[[2]int{1, 2}]["t"], mk[[2]int{2, 1}]["t"])
}
