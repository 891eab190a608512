// run

// encoding/gob from GOROOT over hood's reflect: structs with slices,
// maps of pointers, arrays, nested and recursive types, interface values
// of registered types, a GobEncoder, decoding into a struct of another
// shape (fields matched by name), the encoded sizes, error texts, and
// the panic for a nil pointer (.exit = 2: a traceback through gob).

package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type T struct {
	A int
	B string
	C []float64
	M map[string]*T
	R [3]uint8
	I interface{}
	c int
}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Named struct {
	Name   string
	Shapes []Shape
}

type Temp float64

func (t Temp) GobEncode() ([]byte, error) { return []byte(fmt.Sprintf("%.2f", float64(t))), nil }
func (t *Temp) GobDecode(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%g", (*float64)(t))
	return err
}

type Other struct {
	B string
	A int64
	Z bool
}

func main() {
	gob.Register(Sq{})
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	in := T{1, "b", []float64{1.5, -2}, map[string]*T{"k": {A: 2, B: "inner"}}, [3]uint8{7, 8, 9}, Sq{3}, 5}
	err := enc.Encode(in)
	fmt.Println(err, buf.Len())
	err = enc.Encode(T{A: 3})
	fmt.Println(err, buf.Len())
	dec := gob.NewDecoder(&buf)
	var t T
	err = dec.Decode(&t)
	fmt.Println(err, t.A, t.B, t.C, t.M["k"].A, t.M["k"].B, t.R, t.I, t.c)
	var t2 T
	fmt.Println(dec.Decode(&t2), t2.A, t2.B == "", t2.M == nil, t2.I)
	fmt.Println(dec.Decode(&t2))

	buf.Reset()
	n := Named{"shapes", []Shape{Sq{1}, Sq{2.5}}}
	fmt.Println(gob.NewEncoder(&buf).Encode(n), buf.Len())
	var n2 Named
	fmt.Println(gob.NewDecoder(&buf).Decode(&n2), n2.Name, len(n2.Shapes), n2.Shapes[1].Area())

	buf.Reset()
	fmt.Println(gob.NewEncoder(&buf).Encode(map[string]Temp{"a": 21.456, "b": -3}), buf.Len())
	var temps map[string]Temp
	fmt.Println(gob.NewDecoder(&buf).Decode(&temps), temps)

	buf.Reset()
	fmt.Println(gob.NewEncoder(&buf).Encode(T{A: 9, B: "x"}))
	var o Other
	fmt.Println(gob.NewDecoder(&buf).Decode(&o), o)

	buf.Reset()
	fmt.Println(gob.NewEncoder(&buf).Encode([]int{3, 1, 2}))
	var s string
	fmt.Println(gob.NewDecoder(&buf).Decode(&s))
	fmt.Println(gob.NewEncoder(&buf).Encode(make(chan int)))
	fmt.Println(gob.NewEncoder(&buf).Encode(struct{ f int }{1}))
	fmt.Println(gob.NewDecoder(bytes.NewReader([]byte{1, 2, 3})).Decode(&s))
	var ip *int
	fmt.Println(gob.NewEncoder(&buf).Encode(ip))
}
