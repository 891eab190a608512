// run

// encoding/json over hood's reflect with harder shapes: an embedded
// pointer to a struct and field-name conflicts, interface fields holding
// structs and pointers, arrays, slices and maps of pointers, decoding
// into existing slices, maps, interfaces and pointers to pointers,
// overflow errors, recursive types, surrogate escapes.

package main

import (
	"encoding/json"
	"fmt"
)

type A struct{ X, Y int }
type B struct {
	*A
	Y     string
	Z     int `json:"X"`
	I     interface{}
	Arr   [2]A
	Ptrs  []*A
	MP    map[string]*A
	E     struct{} `json:"e,omitempty"`
	F     float32
	U     uint8
	Iface fmt.Stringer `json:",omitempty"`
	u8s   []uint8
	By    []byte
	Bp    *bool
}

type C struct {
	A
	B2 struct{ A } `json:"b2"`
}

type Str string

func (s Str) String() string { return string(s) }

func main() {
	t := true
	b := B{A: &A{1, 2}, Y: "y", Z: 3, I: A{5, 6}, Ptrs: []*A{nil, {7, 8}}, MP: map[string]*A{"n": nil, "a": {9, 9}}, F: 0.1, U: 200, Iface: Str("s"), By: []byte{0, 255}, Bp: &t}
	out, err := json.Marshal(b)
	fmt.Println(string(out), err)
	var b2 B
	b2.I = &A{}
	err = json.Unmarshal(out, &b2)
	fmt.Printf("%v %+v %+v %v %v %v %v\n", err, b2.A != nil, b2.I, b2.Arr, *b2.Ptrs[1], *b2.MP["a"], b2.MP["n"])
	c := C{A{1, 2}, struct{ A }{A{3, 4}}}
	out, _ = json.Marshal(c)
	fmt.Println(string(out))
	var c2 C
	fmt.Println(json.Unmarshal([]byte(`{"X":10,"b2":{"Y":20}}`), &c2), c2)
	var m map[string]A
	fmt.Println(json.Unmarshal([]byte(`{"k":{"X":1},"j":{"Y":2}}`), &m), m)
	s := []int{9, 9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &s), s, len(s), cap(s))
	var ifc interface{} = map[string]interface{}{"old": 1}
	fmt.Println(json.Unmarshal([]byte(`{"new":2}`), &ifc), ifc)
	var pp **A
	fmt.Println(json.Unmarshal([]byte(`{"X":3}`), &pp), **pp)
	var nilp *A = &A{1, 1}
	fmt.Println(json.Unmarshal([]byte(`null`), &nilp), nilp)
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`3.4e39`), &f32), f32)
	var u8 uint8
	fmt.Println(json.Unmarshal([]byte(`256`), &u8), u8)
	var arr [3]string
	fmt.Println(json.Unmarshal([]byte(`["a"]`), &arr), arr)
	type Rec struct {
		N    int
		Next *Rec `json:",omitempty"`
	}
	r := &Rec{1, &Rec{2, &Rec{3, nil}}}
	out, _ = json.MarshalIndent(r, "", "\t")
	fmt.Println(string(out))
	var any interface{}
	json.Unmarshal([]byte(`[1e400]`), &any)
	fmt.Println(any, json.Unmarshal([]byte(`[1e400]`), &any))
	fmt.Println(json.Unmarshal([]byte(`"\ud83d\ude00 \u00e9 \ud800"`), &any), any)
}
