// asmcheck

// Which runtime map function each operation calls, as gc chooses
// (mapfast): the _fast32 forms for 4-byte keys of plain memory, _fast64
// for 8-byte ones (reads and deletes also for pointer keys, whose
// writes use the generic mapassign), _faststr for strings, the generic
// forms for other keys (floats, interfaces, bigger structs) and for
// elems over 128 bytes, and the _fat reads for elems over 1024 bytes.
// make with no hint or a constant one up to 8 is makemap_small.

package p

type pair struct{ a, b int16 }

func get32(m map[int32]int, k int32) int {
	// amd64:`call\s+runtime\.mapaccess1_fast32`
	return m[k]
}

func get32struct(m map[pair]int, k pair) (int, bool) {
	// amd64:`call\s+runtime\.mapaccess2_fast32`
	v, ok := m[k]
	return v, ok
}

func set64(m map[uint64]string, k uint64) {
	// amd64:`call\s+runtime\.mapassign_fast64`
	m[k] = "x"
}

func del64(m map[int]bool, k int) {
	// amd64:`call\s+runtime\.mapdelete_fast64`
	delete(m, k)
}

func setptr(m map[*int]int, k *int) {
	// amd64:`call\s+runtime\.mapassign\b`,-`mapassign_fast64`
	m[k] = 1
}

func getptr(m map[*int]int, k *int) int {
	// amd64:`call\s+runtime\.mapaccess1_fast64`
	return m[k]
}

func setstr(m map[string]int, k string) {
	// amd64:`call\s+runtime\.mapassign_faststr`
	m[k]++
}

func getfloat(m map[float64]int, k float64) int {
	// amd64:`call\s+runtime\.mapaccess1\b`,-`_fast`
	return m[k]
}

func getiface(m map[interface{}]int, k int) int {
	// amd64:`call\s+runtime\.mapaccess1\b`,-`_fast`
	return m[k]
}

func getbigelem(m map[int][17]int64, k int) int64 {
	// amd64:`call\s+runtime\.mapaccess1\b`,-`_fast`
	return m[k][0]
}

func gethuge(m map[int][200]int64, k int) int64 {
	// amd64:`call\s+runtime\.mapaccess1_fat`
	return m[k][0]
}

func small() map[int]int {
	// amd64:`call\s+runtime\.makemap_small`,-`call\s+runtime\.makemap\b`
	return make(map[int]int, 8)
}

func hinted(n int) map[int]int {
	// amd64:`call\s+runtime\.makemap\b`
	return make(map[int]int, n)
}
