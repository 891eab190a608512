// run

// Tests embedded fields: fields promoted through embedded structs and
// embedded pointers (several levels deep), selectors that name the
// embedded field itself, shadowing by a shallower field, and literals
// and assignment of structs with embedded fields.

package main

type Base struct {
	ID   int
	Name string
}

type Inner struct {
	Deep int
}

type Middle struct {
	*Inner
	M int
}

type Derived struct {
	Base
	*Middle
	Name  string // shadows Base.Name
	Extra [2]int
}

type Wrapper struct {
	Derived
	W bool
}

func describe(d Derived) int { return d.ID*100 + d.M*10 + d.Deep }

func main() {
	d := Derived{
		Base:   Base{ID: 1, Name: "base"},
		Middle: &Middle{Inner: &Inner{Deep: 3}, M: 2},
		Name:   "derived",
	}
	println(d.ID, d.Name, d.Base.Name, d.M, d.Deep, d.Middle.Inner.Deep)
	println(describe(d))

	// Writes through promoted fields.
	d.ID = 4
	d.Deep = 6
	d.M++
	println(d.Base.ID, d.Middle.M, d.Inner.Deep, describe(d))

	// The embedded pointers are shared by copies; the embedded struct is not.
	e := d
	e.ID = 9
	e.Deep = 7
	println(d.ID, e.ID, d.Deep, e.Deep)

	// Two levels of embedding, through a pointer to the outer struct.
	w := &Wrapper{Derived: d, W: true}
	println(w.ID, w.Deep, w.M, w.Derived.Base.ID, w.W)
	w.Deep += 10
	w.Extra[1] = 5
	println(d.Deep, w.Extra[1], d.Extra[1])

	// Addresses of promoted fields.
	pid := &w.ID
	*pid = 77
	println(w.Derived.ID)
	pdeep := &w.Deep
	*pdeep = 88
	println(d.Deep)

	// Replacing an embedded pointer.
	w.Middle = &Middle{Inner: &Inner{}, M: -1}
	println(w.M, w.Deep, d.M)

	// Positional literal of a struct with embedded fields.
	b := Derived{Base{2, "b"}, &Middle{&Inner{1}, 1}, "x", [2]int{3, 4}}
	println(b.ID, b.Name, b.Base.Name, b.Deep, b.Extra[0]+b.Extra[1])
}
