// run

// Package variables whose initial values are static (constants,
// composite literals of arrays, structs and slices, &T{...}, addresses of
// variables, functions as values) are initialised data; the program can
// still change them, and variables that need code (calls, maps,
// interfaces, empty slices) keep it, in initialisation order.

package main

type Range struct {
	Lo, Hi, Stride uint16
}

type Table struct {
	R      []Range
	Latin  int
	Name   string
	Next   *Table
	Scale  float32
	Ratio  float64
	Z      complex128
	Flags  [3]bool
	Action func(int) int
}

func double(x int) int { return 2 * x }

var Upper = &Table{
	R:      []Range{{0x41, 0x5a, 1}, {0xc0, 0xd6, 1}, {Lo: 0xd8, Hi: 0xde, Stride: 1}},
	Latin:  2,
	Name:   "Upper",
	Next:   &Lower,
	Scale:  1.1,
	Ratio:  -2.5e-3,
	Z:      3 + 4i,
	Flags:  [3]bool{2: true, 0: true},
	Action: double,
}

var Lower = Table{R: []Range{{0x61, 0x7a, 1}}, Name: "Lower"}

var keyed = [...]string{5: "five", 1: "one", 3: "three"}

var ptrs = []*Range{{1, 2, 3}, nil, {Lo: 7}}

var grid = [2][3]int8{{1, -2, 3}, {-4, 5, -6}}

var empty = []int{}

var words = []string{"a", "", "bc"}

var m = map[string]int{"x": 1}

var iface interface{} = Range{9, 9, 9}

var counter = next()

var n int

func next() int { n++; return n * 10 }

var fns = []func(int) int{double, nil}

var big = [4]uint64{1 << 63, 1<<64 - 1, 0, 42}

var u8 = []byte{'h', 'i', 0, 255}

func show(t *Table) {
	println(t.Name, len(t.R), t.Latin, t.Scale, t.Ratio, real(t.Z), imag(t.Z), t.Flags[0], t.Flags[1], t.Flags[2])
	for _, r := range t.R {
		println(" ", r.Lo, r.Hi, r.Stride)
	}
}

func main() {
	show(Upper)
	show(Upper.Next)
	println(Upper.Next == &Lower, Upper.Action(21))
	for i, s := range keyed {
		println(i, s)
	}
	println(ptrs[0].Lo, ptrs[0].Hi, ptrs[0].Stride, ptrs[1] == nil, ptrs[2].Lo)
	println(grid[0][1], grid[1][2], len(grid))
	println(empty != nil, len(empty), cap(empty))
	println(len(words), words[0], words[1], words[2])
	println(m["x"], iface.(Range).Hi, counter, n)
	println(fns[0](4), fns[1] == nil)
	println(big[0], big[1], big[2], big[3])
	println(len(u8), u8[0], u8[1], u8[2], u8[3])
	// static data is writable
	Upper.R[0].Lo = 0x40
	Lower.Name = "changed"
	keyed[0] = "zero"
	grid[1][0] = 100
	u8[2] = 'x'
	println(Upper.R[0].Lo, Upper.Next.Name, keyed[0], grid[1][0], string(u8[:3]))
	Upper.R = append(Upper.R, Range{1, 1, 1})
	println(len(Upper.R), cap(Upper.R) >= 4)
}
