// run

// encoding/json from GOROOT over hood's reflect: Marshal and Unmarshal
// of structs with tags (renames, omitempty, "-", string option,
// embedded structs), maps (sorted keys, integer and TextMarshaler keys),
// slices, arrays, pointers and interfaces, MarshalIndent, Indent and
// Compact, the error texts (SyntaxError with its offset,
// UnmarshalTypeError, InvalidUnmarshalError, UnsupportedValueError),
// json.Number, RawMessage, custom Marshaler/Unmarshaler, Decoder and
// Encoder, Valid, HTMLEscape.

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Person struct {
	Base
	Name     string          `json:"name"`
	Age      int             `json:"age,omitempty"`
	Email    *string         `json:"email"`
	Tags     []string        `json:"tags,omitempty"`
	Addr     *Address        `json:"addr,omitempty"`
	Extra    map[string]int  `json:"extra,omitempty"`
	Secret   string          `json:"-"`
	Dash     int             `json:"-,"`
	Count    int64           `json:"count,string"`
	Ratio    float64         `json:"ratio"`
	Any      interface{}     `json:"any"`
	Raw      json.RawMessage `json:"raw,omitempty"`
	Num      json.Number     `json:"num,omitempty"`
	private  int
	NoTag    bool
	Nested   struct{ A, B int } `json:"nested"`
	Children []*Person          `json:"children,omitempty"`
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius":%.1f}`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var v struct{ Celsius float64 }
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = Celsius(v.Celsius)
	return nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error {
	if len(b) < 2 || b[0] != 'L' {
		return errors.New("bad level " + string(b))
	}
	*l = Level(b[1] - '0')
	return nil
}

type failing struct{}

func (failing) MarshalJSON() ([]byte, error) { return nil, errors.New("cannot marshal") }

type badJSON struct{}

func (badJSON) MarshalJSON() ([]byte, error) { return []byte("{bad"), nil }

func show(v interface{}) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	email := "a@b.c"
	p := Person{
		Base:   Base{ID: 7},
		Name:   "Ann <&>",
		Age:    30,
		Email:  &email,
		Tags:   []string{"x", "y"},
		Addr:   &Address{Street: "Main 1"},
		Extra:  map[string]int{"z": 26, "a": 1, "m": 13},
		Secret: "hidden", Dash: 5, Count: 12345678901, Ratio: 0.25,
		Any:      []interface{}{1, "two", 3.5, nil, true, map[string]interface{}{"k": "v"}},
		Raw:      json.RawMessage(`{"pre":"computed"}`),
		Num:      "1e3",
		private:  1,
		NoTag:    true,
		Children: []*Person{{Name: "kid", Count: 1}},
	}
	p.Nested.A = 1
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	ind, _ := json.MarshalIndent(p, ">", "  ")
	fmt.Println(string(ind))

	var q Person
	err = json.Unmarshal(b, &q)
	fmt.Println(err, q.ID, q.Name, *q.Email, q.Tags, *q.Addr, q.Extra, q.Secret, q.Dash, q.Count, q.Ratio, string(q.Raw), q.Num, q.NoTag, q.Nested, q.Children[0].Name)
	fmt.Printf("%#v\n", q.Any)

	// Values of every kind.
	show(nil)
	show(true)
	show(42)
	show(-1.5)
	show(1e21)
	show(1e-7)
	show(float32(0.1))
	show(123456789.0)
	show("quote\" slash\\ ctl\x01 tab\t html<>& u2028\u2028 bad\xff")
	show([]byte("bytes"))
	show([]int(nil))
	show([]int{})
	show([3]int{1, 2, 3})
	show(map[string]int(nil))
	show(map[int]string{10: "ten", -1: "neg", 2: "two"})
	show(map[Level]bool{3: true, 1: false})
	show(map[float64]int{1: 1})
	show(struct{ A, b int }{1, 2})
	show(&struct {
		P *int
		I interface{}
	}{})
	show(Celsius(21.55))
	show([]Celsius{1, 2})
	show(Level(4))
	show(json.Number("12.50"))
	show(json.Number("x1"))
	show(math.NaN())
	show(math.Inf(-1))
	show(make(chan int))
	show(func() {})
	show(complex(1, 2))
	show(failing{})
	show(badJSON{})
	show(struct {
		X int    `json:",omitempty"`
		Y int    `json:"y,omitempty"`
		Z string `json:"zed"`
	}{Z: "z"})

	// Unmarshal into interfaces, maps and typed values.
	var any interface{}
	err = json.Unmarshal([]byte(` {"a": [1, 2.5, "s", null, true, {"b": {}}], "n": -0, "e": 1E2} `), &any)
	fmt.Printf("%v %#v\n", err, any)
	var m map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"x":1,"y":2}`), &m), m)
	var lm map[Level]string
	fmt.Println(json.Unmarshal([]byte(`{"L1":"one","L2":"two"}`), &lm), lm)
	fmt.Println(json.Unmarshal([]byte(`{"L1":"one","X2":"two"}`), &lm), lm)
	var im map[int]bool
	fmt.Println(json.Unmarshal([]byte(`{"5":true,"-3":false}`), &im), im)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &arr), arr)
	var sl []uint8
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8="`), &sl), string(sl))
	var c Celsius
	fmt.Println(json.Unmarshal([]byte(`{"celsius": -4.5}`), &c), c)
	var num struct{ N json.Number }
	d := json.NewDecoder(strings.NewReader(`{"N": 123456789012345678901234567890}`))
	fmt.Println(d.Decode(&num), num.N, num.N.String())
	f, ferr := num.N.Float64()
	i, ierr := num.N.Int64()
	fmt.Println(f, ferr, i, ierr)
	d = json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "f": 1.5}`))
	d.UseNumber()
	var nm map[string]interface{}
	fmt.Println(d.Decode(&nm), nm)
	var ci struct {
		Name string
		AGE  int
	}
	fmt.Println(json.Unmarshal([]byte(`{"name":"case","age":3,"unknown":1}`), &ci), ci)
	d = json.NewDecoder(strings.NewReader(`{"Name":"x","Other":1}`))
	d.DisallowUnknownFields()
	fmt.Println(d.Decode(&ci))
	var raw struct {
		R json.RawMessage
		S string `json:",string"`
		I int    `json:",string"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"R": [1, {"x": 2}] , "S": "\"in\"", "I": "42"}`), &raw), string(raw.R), raw.S, raw.I)

	// Errors.
	for _, in := range []string{`{"a":}`, `[1,2`, `{"a" 1}`, ``, `nul`, `"\x"`, `01`, `{} x`, `[1,]`, `"unterminated`, `{"a":1}}`} {
		var v interface{}
		err := json.Unmarshal([]byte(in), &v)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%q: %v (offset %d)\n", in, err, se.Offset)
		} else {
			fmt.Printf("%q: %v\n", in, err)
		}
	}
	type T struct {
		A int
		B string
		C []int
		D struct{ E uint8 }
	}
	for _, in := range []string{`{"A":"x"}`, `{"B":1}`, `{"C":{}}`, `{"D":{"E":300}}`, `{"D":{"E":-1}}`, `{"A":1.5}`, `[1]`, `{"A":1e100}`} {
		var t T
		err := json.Unmarshal([]byte(in), &t)
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			fmt.Printf("%s: %v | %s %v %d %s %s\n", in, err, ute.Value, ute.Type, ute.Offset, ute.Struct, ute.Field)
		} else {
			fmt.Printf("%s: %v\n", in, err)
		}
	}
	var t2 struct{ A int }
	fmt.Println(json.Unmarshal([]byte(`{}`), t2))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var np *int
	fmt.Println(json.Unmarshal([]byte(`1`), np))
	var ip *int
	fmt.Println(json.Unmarshal([]byte(`5`), &ip), *ip)
	fmt.Println(json.Unmarshal([]byte(`{"L":"Q"}`), &struct{ L Level }{}))
	fmt.Println(json.Valid([]byte(`{"a":[1,2]}`)), json.Valid([]byte(`{a:1}`)))

	// Stream encoding and decoding, Indent, Compact, HTMLEscape.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.Encode(map[string]string{"h": "<b>"})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "\t")
	enc.Encode(map[string]interface{}{"h": "<b>", "l": []int{1}})
	fmt.Print(buf.String())
	dec := json.NewDecoder(strings.NewReader(`{"a":1} [2] "three" 4.5 null`))
	for dec.More() {
		var v interface{}
		err := dec.Decode(&v)
		fmt.Printf("%T %v %v; ", v, v, err)
	}
	fmt.Println(dec.InputOffset())
	dec = json.NewDecoder(strings.NewReader(`{"k": [true, null, "s", 1.5]}`))
	for {
		tok, err := dec.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T:%v ", tok, tok)
	}
	var out bytes.Buffer
	fmt.Println(json.Indent(&out, []byte(` { "a" : [ 1 , 2 ] , "b" : { } } `), "#", "-"), out.String())
	out.Reset()
	fmt.Println(json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ],\n \"b\":\"<x>\" }")), out.String())
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"h":"<a href='x'>&</a>"}`))
	fmt.Println(out.String())
}
