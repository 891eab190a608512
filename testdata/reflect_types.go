// run

// reflect's Type: names, kinds, sizes, elements, fields with tags,
// methods, func signatures, channel directions, and the relations
// Implements, AssignableTo, ConvertibleTo and Comparable, for types of
// every kind, named and not, from this package and others.

package main

import (
	"errors"
	"reflect"
	"sort"
	"strconv"
	"unsafe"
)

type Celsius float64

func (c Celsius) String() string { return "C" }
func (c *Celsius) Set(x float64) { *c = Celsius(x) }
func (c Celsius) unexported()    {}

type Inner struct {
	X, Y int
}

func (Inner) InnerMethod() int { return 1 }

type inner struct{ Z int }

type Outer struct {
	Inner
	*inner
	Name  string `json:"name,omitempty" xml:"n"`
	age   int    `json:"-"`
	Tags  []string
	M     map[string]*Outer
	F     func(int, ...string) (bool, error)
	C     <-chan int
	S     chan<- []byte
	B     chan struct{}
	A     [3]uint16
	I     interface{ M(int) string }
	E     error
	Ptr   unsafe.Pointer
	Cplx  complex64
	_     int
	Embed struct {
		P *int "plain tag"
	}
}

type Stringer interface{ String() string }

type Setter interface {
	Set(float64)
	String() string
}

type MyInts []int

type Func func(a, b int) int

type Empty struct{}

func show(t reflect.Type) {
	println(t.String(), "|", t.Kind().String(), "|", t.Name(), "|", t.PkgPath(), "|", t.Size(), t.Align(), t.FieldAlign(), t.Comparable())
}

func main() {
	var x int
	var c Celsius
	types := []reflect.Type{
		reflect.TypeOf(true), reflect.TypeOf(1), reflect.TypeOf(int8(1)), reflect.TypeOf(int16(1)),
		reflect.TypeOf(int32(1)), reflect.TypeOf(int64(1)), reflect.TypeOf(uint(1)), reflect.TypeOf(byte(1)),
		reflect.TypeOf(uint16(1)), reflect.TypeOf(uint32(1)), reflect.TypeOf(uint64(1)), reflect.TypeOf(uintptr(1)),
		reflect.TypeOf(1.5), reflect.TypeOf(float32(1)), reflect.TypeOf(1i), reflect.TypeOf(complex64(1)),
		reflect.TypeOf("s"), reflect.TypeOf('r'), reflect.TypeOf(&x), reflect.TypeOf([]int{}),
		reflect.TypeOf([4]string{}), reflect.TypeOf(map[string][]int{}), reflect.TypeOf((chan int)(nil)),
		reflect.TypeOf(main), reflect.TypeOf(show), reflect.TypeOf(c), reflect.TypeOf(&c),
		reflect.TypeOf(Outer{}), reflect.TypeOf(&Outer{}), reflect.TypeOf(MyInts{}), reflect.TypeOf(Func(nil)),
		reflect.TypeOf(Empty{}), reflect.TypeOf(struct{}{}), reflect.TypeOf(unsafe.Pointer(nil)),
		reflect.TypeOf(sort.IntSlice{}), reflect.TypeOf(&strconv.NumError{}), reflect.TypeOf(errors.New("e")),
		reflect.TypeOf((*error)(nil)).Elem(), reflect.TypeOf((*Stringer)(nil)).Elem(),
		reflect.TypeOf((*interface{})(nil)).Elem(), reflect.TypeOf([]interface{}{}),
		reflect.TypeOf(struct {
			a int
			B string `k:"v"`
		}{}),
		reflect.TypeOf(func(...int) {}), reflect.TypeOf(func() (int, string) { return 0, "" }),
		reflect.TypeOf([0]int{}), reflect.TypeOf([2][3]*Celsius{}), reflect.TypeOf(map[Inner]bool{}),
	}
	for _, t := range types {
		show(t)
	}

	println("-- elements")
	for _, t := range []reflect.Type{types[18], types[19], types[20], types[21], types[22], reflect.TypeOf(&c)} {
		println(t.String(), "elem", t.Elem().String())
	}
	println("key", types[21].Key().String(), "len", types[20].Len())
	println("chan dirs", reflect.TypeOf(Outer{}.C).ChanDir().String(), reflect.TypeOf(Outer{}.S).ChanDir().String(),
		reflect.TypeOf(Outer{}.B).ChanDir().String(), reflect.ChanDir(0).String())
	println("bits", reflect.TypeOf(int8(0)).Bits(), reflect.TypeOf(1.5).Bits(), reflect.TypeOf(1i).Bits(), reflect.TypeOf(uint(0)).Bits())

	println("-- fields")
	ot := reflect.TypeOf(Outer{})
	for i := 0; i < ot.NumField(); i++ {
		f := ot.Field(i)
		println(i, f.Name, f.PkgPath, f.Type.String(), string(f.Tag), f.Offset, f.Anonymous, f.IsExported(), len(f.Index), f.Index[0])
	}
	nf, _ := ot.FieldByName("Name")
	println("tag json:", nf.Tag.Get("json"), "xml:", nf.Tag.Get("xml"), "none:", nf.Tag.Get("none"))
	v, ok := nf.Tag.Lookup("xml")
	println("lookup", v, ok)
	v, ok = nf.Tag.Lookup("yaml")
	println("lookup", v, ok)
	for _, tag := range []reflect.StructTag{`a:"1" b:"2"`, `a:"x\"y"`, `bad`, `a:1`, ` a:"sp"  b:"q\tr" `, `a:"unterminated`} {
		x, ok := tag.Lookup("a")
		y := tag.Get("b")
		println(string(tag), "->", x, ok, y)
	}
	for _, name := range []string{"X", "Y", "Z", "Name", "age", "nope", "P", "Inner", "inner"} {
		f, ok := ot.FieldByName(name)
		print(name, " ", ok)
		if ok {
			print(" ", f.Name, " ", f.Type.String(), " [")
			for _, i := range f.Index {
				print(" ", i)
			}
			print(" ]")
		}
		println()
	}
	ef := ot.FieldByIndex([]int{16, 0})
	println("by index", ef.Name, ef.Type.String(), string(ef.Tag))
	f2, ok := ot.FieldByNameFunc(func(s string) bool { return len(s) == 4 && s[0] == 'T' })
	println("by func", f2.Name, ok)

	println("-- methods")
	for _, t := range []reflect.Type{reflect.TypeOf(c), reflect.TypeOf(&c), reflect.TypeOf(Outer{}), reflect.TypeOf(&Outer{}),
		reflect.TypeOf((*Setter)(nil)).Elem(), reflect.TypeOf(sort.IntSlice{}), reflect.TypeOf((*error)(nil)).Elem(),
		reflect.TypeOf(Inner{})} {
		println(t.String(), "methods", t.NumMethod())
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			println("  ", m.Index, m.Name, m.PkgPath, m.Type.String(), m.IsExported(), m.Func.IsValid())
		}
	}
	m, ok := reflect.TypeOf(&c).MethodByName("Set")
	println("by name", m.Name, m.Index, ok, m.Type.NumIn(), m.Type.In(0).String(), m.Type.In(1).String())
	_, ok = reflect.TypeOf(c).MethodByName("Set")
	println("value has Set", ok)
	_, ok = reflect.TypeOf(c).MethodByName("unexported")
	println("unexported by name", ok)

	println("-- funcs")
	ft := reflect.TypeOf(Outer{}.F)
	println(ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft.In(0).String(), ft.In(1).String(), ft.Out(0).String(), ft.Out(1).String())
	ft = reflect.TypeOf(Func(nil))
	println(ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft.Name())

	println("-- relations")
	stringer := reflect.TypeOf((*Stringer)(nil)).Elem()
	setter := reflect.TypeOf((*Setter)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	anyT := reflect.TypeOf((*interface{})(nil)).Elem()
	println(reflect.TypeOf(c).Implements(stringer), reflect.TypeOf(c).Implements(setter), reflect.TypeOf(&c).Implements(setter),
		setter.Implements(stringer), stringer.Implements(setter), reflect.TypeOf(1).Implements(anyT),
		reflect.TypeOf(errors.New("")).Implements(errT), reflect.TypeOf(&strconv.NumError{}).Implements(errT))
	println(reflect.TypeOf(MyInts{}).AssignableTo(reflect.TypeOf([]int{})), reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf(MyInts{})),
		reflect.TypeOf(c).AssignableTo(reflect.TypeOf(1.5)), reflect.TypeOf(c).AssignableTo(stringer), reflect.TypeOf(c).AssignableTo(anyT),
		reflect.TypeOf((chan int)(nil)).AssignableTo(reflect.TypeOf(Outer{}.C)), reflect.TypeOf(Outer{}.C).AssignableTo(reflect.TypeOf((chan int)(nil))))
	println(reflect.TypeOf(c).ConvertibleTo(reflect.TypeOf(1)), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(1)),
		reflect.TypeOf([]int{}).ConvertibleTo(reflect.TypeOf(&[2]int{})), reflect.TypeOf(Inner{}).ConvertibleTo(reflect.TypeOf(struct{ X, Y int }{})),
		reflect.TypeOf(struct {
			X int `a:"b"`
			Y int
		}{}).ConvertibleTo(reflect.TypeOf(Inner{})), reflect.TypeOf(1i).ConvertibleTo(reflect.TypeOf(1.5)))
	println(reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(map[int]int{}).Comparable(), reflect.TypeOf(Outer{}).Comparable(),
		reflect.TypeOf(Inner{}).Comparable(), reflect.TypeOf(anyT).Comparable())

	println("-- pointer types")
	pt := reflect.PtrTo(reflect.TypeOf(c))
	println(pt.String(), pt == reflect.TypeOf(&c), pt.NumMethod(), reflect.PointerTo(reflect.TypeOf(1)) == reflect.TypeOf(&x))
	pp := reflect.PointerTo(reflect.TypeOf(&Outer{}))
	println(pp.String(), pp.Kind().String(), pp.Elem() == reflect.TypeOf(&Outer{}), pp == reflect.PointerTo(reflect.TypeOf(&Outer{})))
	println(reflect.SliceOf(reflect.TypeOf(c)).String(), reflect.SliceOf(reflect.TypeOf(1)) == reflect.TypeOf([]int{}))
	fo := reflect.FuncOf([]reflect.Type{reflect.TypeOf(1), reflect.TypeOf([]string{})}, []reflect.Type{errT}, true)
	println(fo.String(), fo.IsVariadic(), fo.NumIn(), fo.Out(0).String())
	println(reflect.Kind(100).String(), reflect.Ptr == reflect.Pointer, reflect.TypeOf(nil) == nil)

	println("-- types of types")
	at := reflect.ArrayOf(3, reflect.TypeOf(0))
	println(at.String(), at == reflect.TypeOf([3]int{}), at.Len(), at.Comparable())
	st := reflect.ArrayOf(2, reflect.TypeOf([]string{}))
	println(st.String(), st.Len(), st.Elem().String(), st.Size(), st.Comparable(), st == reflect.ArrayOf(2, reflect.TypeOf([]string{})))
	sa := reflect.New(st).Elem()
	sa.Index(1).Set(reflect.ValueOf([]string{"q"}))
	println(sa.Index(1).Index(0).String(), sa.Slice(0, 2).Type().String(), sa.Index(0).IsNil())
	type Named map[string]Celsius
	mt := reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(Celsius(0)))
	println(mt.String(), mt.Name(), mt.Key().String(), mt == reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(Celsius(0))))
	mv := reflect.MakeMap(mt)
	mv.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(Celsius(2)))
	var named Named
	reflect.ValueOf(&named).Elem().Set(mv)
	println(len(named), named["k"], reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf([]int{})) == reflect.TypeOf(map[string][]int{}))
	ct := reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0))
	println(ct.String(), ct == reflect.TypeOf(Outer{}.C), ct.ChanDir().String())
	ct2 := reflect.ChanOf(reflect.BothDir, ct)
	println(ct2.String(), ct2.Elem() == ct, reflect.ChanOf(reflect.SendDir, reflect.TypeOf(Inner{})).String())
}
