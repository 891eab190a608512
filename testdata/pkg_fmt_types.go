// run

// fmt over hood's reflect for values of many shapes: %T of every kind of
// type (func signatures, channel directions, anonymous structs with
// tags, interfaces with methods, named types of other packages),
// embedded and unexported fields (whose String methods fmt must not
// call), Stringers with pointer receivers, reflect.Value and
// reflect.Type arguments, deep nesting, and %v of large arrays.

package main

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"time"
	"unsafe"
)

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P#%d", p.n) }

type Embedded struct {
	S
	Inner
	*P
	hidden S
	Shown  S
	err    error
	Err    error
	iface  interface{}
}

type Inner struct {
	A, b int
	M    map[string]S
}

type Tagged struct {
	F int `json:"f" xml:"g"`
}

type Fn func(int, ...string) (bool, error)
type Ch <-chan []map[int]*Tagged
type Matrix [2][3]float32
type Rec struct {
	Name string
	Kids []Rec
	Opt  *Rec
}

type I interface {
	M(int) string
	n()
}

type E struct{}

func (E) M(int) string { return "" }
func (E) n()           {}

func main() {
	types := []interface{}{
		0, int8(0), uint(0), uintptr(0), 0.0, float32(0), complex64(0), "", true, 'r', byte(0), []byte(nil),
		[]int{}, [0]int{}, [3][]string{}, map[string][]int{}, map[[2]int]map[string]bool{}, struct{}{},
		struct {
			A int `tag:"x"`
			b []*int
		}{}, &struct{ X, Y int }{}, (*int)(nil), (**string)(nil), make(chan int), make(<-chan bool), make(chan<- []int),
		func() {}, func(int) string { return "" }, func(...int) {}, func(a, b int, c ...interface{}) (x int, err error) { return }, Fn(nil), Ch(nil),
		Matrix{}, Rec{}, Tagged{}, []Tagged{}, errors.New("x"), fmt.Errorf("%w", os.ErrNotExist), os.ErrNotExist, time.Second, time.UTC,
		reflect.TypeOf(0), reflect.ValueOf(0), unsafe.Pointer(nil), E{}, []I{E{}}, (*I)(nil), (*error)(nil), [2]interface{}{}, &[]int{},
		map[string]interface{ M(int) string }{}, new(fmt.Stringer), struct{ fmt.Stringer }{}, strings.NewReader(""),
	}
	for _, v := range types {
		fmt.Printf("%T\n", v)
	}

	e := Embedded{S: "emb", Inner: Inner{1, 2, map[string]S{"k": "v"}}, P: nil, hidden: "hid", Shown: "shown", err: strErr("private"), Err: errors.New("public"), iface: S("in iface")}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println(e.S.String(), e.Inner, e.Shown, e.hidden)
	fmt.Printf("%s|%q|%x\n", e.Inner, e.Shown, S("hx"))
	p := P{3}
	fmt.Println(p, &p, []P{{1}}, []*P{&p}[0], struct{ P }{p}, struct{ *P }{&p})
	fmt.Printf("%v %+v %s %d\n", p, p, &p, p)
	fmt.Printf("%v %s\n", []fmt.Stringer{S("a"), &p}, map[S]S{"x": "y"})

	rv := reflect.ValueOf(e)
	fmt.Println(rv.Field(0), rv.Field(3), rv.Field(4), rv.NumField(), rv.Type(), rv.Kind())
	fmt.Printf("%v %d %s %T %T\n", reflect.ValueOf(42), reflect.ValueOf([]int{1, 2}), reflect.ValueOf(S("rv")), reflect.ValueOf(1.5), reflect.Value{})
	fmt.Printf("%v %v %v\n", reflect.Value{}, reflect.TypeOf(e), reflect.TypeOf(Fn(nil)))
	fmt.Printf("%v %v\n", reflect.ValueOf(map[string]int{"b": 2, "a": 1}), reflect.ValueOf(&e).Elem().FieldByName("Shown"))

	r := Rec{"root", []Rec{{"a", nil, nil}, {"b", []Rec{{"c", nil, nil}}, nil}}, nil}
	fmt.Printf("%v\n%+v\n%#v\n", r, r, r)
	var big [40]int16
	for i := range big {
		big[i] = int16(i * i * 37)
	}
	fmt.Println(big)
	fmt.Printf("%x\n%#v\n", big[:10], big[:5])
	m := Matrix{{1, 2.5, -3}, {1e10, 1e-10, 0}}
	fmt.Printf("%v %.1f %g %#v\n", m, m, m, m)
	nested := map[string]map[int][]string{"z": {2: {"b", "a"}, 1: nil}, "a": {}}
	fmt.Printf("%v %d %q\n", nested, nested, nested)
	fmt.Printf("%v %+v\n", []interface{}{nil, error(nil), (*P)(nil), []int(nil), map[int]int(nil), S("")}, struct{ E error }{})
	fmt.Printf("%#v %#v %#v %#v\n", []interface{}{1, "a", nil}, map[S]interface{}{"k": []S{"v"}}, struct{ fmt.Stringer }{}, [2]bool{true})
	fmt.Printf("%#v %#v %#v %#v %#v\n", uint8(200), uintptr(7), int64(-1), 'x', complex(1, -1))
	fmt.Printf("%v %#v %v\n", unsafe.Pointer(nil), unsafe.Pointer(nil), (*int)(nil))
	fmt.Printf("%08b %o %X %x\n", []uint8{5, 250}, []int{8, 64}, []int16{-1, 255}, [2]uint{10, 11})
	fmt.Printf("%6.2f|%-8v|%+q|%x\n", []float64{1, 2.345}, []string{"a"}, []string{"é"}, []string{"ab", "c"})
	fmt.Printf("%v %s\n", time.Duration(1500)*time.Microsecond, []time.Duration{1, time.Minute})
	fmt.Printf("%5t|%-5t|%v\n", []bool{true}, false, [2]bool{})
}

type strErr string

func (e strErr) Error() string { return "strErr:" + string(e) }
