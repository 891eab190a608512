// Allocation-heavy code whose objects never outlive the call that makes
// them (escape analysis keeps them in the frame): &T{...} and new(T)
// passed to helpers that do not keep them, a constant-size scratch
// slice, and a closure over locals called in place.

package main

type vec struct{ x, y, z int }

func add(a, b *vec) *vec { return &vec{a.x + b.x, a.y + b.y, a.z + b.z} }

func dot(a, b *vec) int { return a.x*b.x + a.y*b.y + a.z*b.z }

func step(i int) int {
	a := &vec{i, i + 1, i + 2}
	b := new(vec)
	b.x, b.y, b.z = 3, -1, i&7
	c := add(a, b)
	buf := make([]int, 16)
	for k := range buf {
		buf[k] = k * c.x
	}
	n := 0
	acc := func(v int) { n += v }
	for _, v := range buf {
		acc(v & 15)
	}
	return dot(c, a) + n
}

func main() {
	sum := 0
	for i := 0; i < 1000000; i++ {
		sum += step(i)
	}
	println(sum)
}
