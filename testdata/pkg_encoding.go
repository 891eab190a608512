// run

// encoding/xml (attributes, nested paths, errors), hex, base64, binary
// (Write and Read of a struct) and csv from GOROOT, printed with fmt
// (gob has pkg_gob).

package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"encoding/hex"
	"encoding/xml"
	"fmt"
)

type X struct {
	XMLName xml.Name `xml:"person"`
	Name    string   `xml:"name,attr"`
	Age     int      `xml:"age"`
	Tags    []string `xml:"tags>tag"`
}

func main() {
	out, err := xml.MarshalIndent(X{Name: "n", Age: 3, Tags: []string{"a", "b"}}, "", " ")
	fmt.Println(string(out), err)
	var x X
	fmt.Println(xml.Unmarshal(out, &x), x)
	fmt.Println(xml.Unmarshal([]byte(`<person name="q"><age>x</age></person>`), &x))
	fmt.Println(xml.Unmarshal([]byte(`<person><age>1</age>`), &x))
	fmt.Println(xml.Unmarshal([]byte(`<other/>`), &x))
	out, err = xml.Marshal(struct {
		XMLName xml.Name `xml:"ns item"`
		V       float64  `xml:"v,attr,omitempty"`
		Text    string   `xml:",chardata"`
		C       string   `xml:",comment"`
		Inner   *X
	}{Text: "a<b&c", C: "note", V: 0.5})
	fmt.Println(string(out), err)
	_, err = xml.Marshal(make(chan int))
	fmt.Println(err)
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
	var back struct {
		A uint16
		B int32
	}
	fmt.Println(binary.Read(&bb, binary.BigEndian, &back), back, binary.Size(back))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -5)
	u, n1 := binary.Uvarint(vb)
	v, n2 := binary.Varint(vb[n1:])
	fmt.Println(vb, u, n1, v, n2)
	dec, err := base64.URLEncoding.DecodeString("aGk_Pz8-")
	fmt.Printf("%q %v\n", dec, err)
	_, err = base64.StdEncoding.DecodeString("a!==")
	fmt.Println(err, base64.RawStdEncoding.EncodeToString([]byte{0xfb, 0xff}))
	_, err = hex.DecodeString("abz")
	fmt.Println(err)
	r := csv.NewReader(bytes.NewBufferString("a,b\n\"c,d\",e\n"))
	recs, err := r.ReadAll()
	fmt.Println(recs, err)
	_, err = csv.NewReader(bytes.NewBufferString("a,\"b\nc")).ReadAll()
	fmt.Println(err)
	w := csv.NewWriter(&bb)
	w.Write([]string{"x,y", "q\"t", ""})
	w.Flush()
	fmt.Printf("%q %v\n", bb.String(), w.Error())
}
