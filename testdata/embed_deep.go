// run

// Fields and methods promoted through eleven embedded fields, three of
// them pointers: selectors, assignments, calls and an itab.

package main

type L0 struct{ v int }

func (l L0) Get() int { return l.v }

type L1 struct{ L0 }
type L2 struct{ *L1 }
type L3 struct{ L2 }
type L4 struct{ L3 }
type L5 struct{ *L4 }
type L6 struct{ L5 }
type L7 struct{ L6 }
type L8 struct{ L7 }
type L9 struct{ L8 }
type L10 struct{ *L9 }
type L11 struct{ L10 }

func main() {
	x := L11{L10{&L9{L8{L7{L6{L5{&L4{L3{L2{&L1{L0{42}}}}}}}}}}}}
	println(x.v, x.Get())
	x.v = 7
	println(x.L0.v, x.Get())
	var i interface{ Get() int } = x
	println(i.Get())
}
