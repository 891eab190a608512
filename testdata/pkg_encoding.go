// run

// encoding/gob (reflect-driven encoding of structs, slices and maps of
// pointers), encoding/xml, hex, base64, binary (Write of a struct) and
// csv from GOROOT, printed with fmt.

package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"encoding/gob"
	"encoding/hex"
	"encoding/xml"
	"fmt"
)

type T struct {
	A int
	B string
	C []float64
	M map[string]*T
}

type X struct {
	XMLName xml.Name `xml:"person"`
	Name    string   `xml:"name,attr"`
	Age     int      `xml:"age"`
	Tags    []string `xml:"tags>tag"`
}

func (t T) Hello(s string) string { return "hello " + s + t.B }

func main() {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(T{1, "b", []float64{1.5}, map[string]*T{"k": {A: 2}}})
	fmt.Println(err, buf.Len())
	var t T
	err = gob.NewDecoder(&buf).Decode(&t)
	fmt.Println(err, t.A, t.B, t.C, t.M["k"].A)
	out, err := xml.MarshalIndent(X{Name: "n", Age: 3, Tags: []string{"a", "b"}}, "", " ")
	fmt.Println(string(out), err)
	var x X
	fmt.Println(xml.Unmarshal(out, &x), x)
	fmt.Println(hex.EncodeToString([]byte("hi")), base64.StdEncoding.EncodeToString([]byte("hello")), hex.Dump([]byte("0123456789abcdefXYZ")))
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.BigEndian.Uint32(b))
	var bb bytes.Buffer
	binary.Write(&bb, binary.BigEndian, struct {
		A uint16
		B int32
	}{1, -2})
	fmt.Println(bb.Bytes())
	r := csv.NewReader(bytes.NewBufferString("a,b\n\"c,d\",e\n"))
	recs, err := r.ReadAll()
	fmt.Println(recs, err)
}
