// run

// Tests slices: make with and without a capacity, literals (keyed,
// nested, of structs, arrays, pointers and slices), indexing, len and
// cap, sharing of the underlying array, nil and empty slices, slices as
// parameters, results, struct fields and package variables.

package main

type Item struct {
	Name  string
	Count int
}

var table = []Item{{"a", 1}, {"b", 2}}
var empty []int

func sum(s []int) (t int) {
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return
}

func double(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

func iota(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

type Bag struct {
	Items []Item
	Tags  []string
}

func main() {
	s := make([]int, 3)
	println(len(s), cap(s), s[0], s[2])
	t := make([]int, 2, 10)
	println(len(t), cap(t))
	var n uint8 = 4
	u := make([]string, n, n+1)
	println(len(u), cap(u), u[3] == "")

	lit := []int{5, 6, 7}
	println(len(lit), cap(lit), sum(lit))
	keyed := []string{3: "d", 1: "b", "c"}
	println(len(keyed), keyed[0] == "", keyed[1], keyed[2], keyed[3])

	// Sharing: a copy of the slice value shares the array.
	alias := lit
	alias[0] = 50
	println(lit[0])
	double(lit)
	println(lit[0], lit[1], lit[2])

	// nil and empty.
	var nilS []int
	println(nilS == nil, len(nilS), cap(nilS), empty == nil)
	e := []int{}
	println(e == nil, len(e))
	println(sum(nil), sum(iota(5)))

	// Slices of structs, arrays, pointers, slices.
	println(table[1].Name, table[0].Count)
	table[0].Count += 10
	println(table[0].Count)
	arrs := [][2]int{{1, 2}, {3, 4}}
	arrs[1][0] = 30
	println(arrs[0][1], arrs[1][0])
	ptrs := []*Item{{"p", 9}, &table[1]}
	ptrs[1].Count = 20
	println(ptrs[0].Name, table[1].Count)
	grid := [][]int{{1}, {2, 3}, nil}
	println(len(grid), len(grid[1]), grid[1][1], grid[2] == nil)
	grid[2] = iota(3)
	println(grid[2][2])

	// Struct fields holding slices.
	b := Bag{Items: table, Tags: []string{"x"}}
	b.Items[1].Name = "B"
	println(table[1].Name, b.Tags[0], len(b.Items))
	bp := &b
	bp.Tags[0] = "y"
	println(b.Tags[0])

	// Index expressions of every integer type.
	var i8 int8 = 1
	var u16 uint16 = 2
	var u64 uint64 = 0
	println(lit[i8], lit[u16], lit[u64])

	// Assigning elements with element-sized stores.
	bs := make([]byte, 4)
	bs[1] = 255
	bs[2] = bs[1] + 2
	println(bs[0], bs[1], bs[2], bs[3])
	i16 := []int16{-1, 2}
	i16[0]--
	println(i16[0], i16[1])
}
