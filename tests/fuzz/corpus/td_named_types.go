// run

// Tests named types over integers, strings, bools and arrays: conversions, arithmetic keeping the named type, and typed constants.

package main

type Meters int
type Feet int32
type Label string
type Flag bool
type Grid [2][2]Meters
type Byte uint8

const Mile Meters = 1609

func toFeet(m Meters) Feet {
	return Feet(int(m) * 3281 / 1000)
}

func double(m Meters) Meters {
	return m * 2
}

func main() {
	var d Meters = 100
	d += Mile
	println(d, toFeet(d), double(d), d/3, d%7)
	var l Label = "hood"
	l += "-compiler"
	println(l, len(l), l[0:4], l < "zzz")
	var f Flag = d > 1000
	println(f, !f)
	var g Grid
	g[1][0] = Mile
	h := g
	h[1][0]++
	println(g[1][0], h[1][0], g == h)
	var b Byte = 255
	b++
	println(b, Byte(300&0xff))
	// named type with underlying named type
	type Distance Meters
	var x Distance = Distance(d)
	println(x + 1)
	// conversion between named types with the same underlying type
	type Other int
	o := Other(d)
	println(o, Meters(o) == d)
}
