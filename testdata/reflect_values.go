// run

// reflect's Value: reading values of every kind, walking struct fields
// (unexported and embedded ones read-only), setting through pointers
// and slices, slicing, Append and Copy, making values (New, Zero,
// MakeSlice, MakeMap), maps (MapIndex, SetMapIndex, MapKeys and
// MapRange, printed in sorted order), conversions and interfaces.

package main

import (
	"reflect"
	"sort"
	"strconv"
)

type Point struct {
	X, Y int
}

type Base struct {
	ID   int
	note string
}

type hidden struct {
	Visible int
	secret  int
}

type Record struct {
	Base
	hidden
	Name   string
	Score  float64
	Tags   []string
	Attrs  map[string]int
	Next   *Record
	Any    interface{}
	Err    error
	flag   bool
	Pt     Point
	Arr    [3]int8
	Cplx   complex128
	Ch     chan int
	Fn     func() int
	U      uint16
	Bytes  []byte
	Runes  []rune
	Plain  uintptr
}

type Level int

func (l Level) String() string { return "L" + strconv.Itoa(int(l)) }

type Names []string

func describe(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Invalid:
		return "invalid"
	case reflect.Bool:
		if v.Bool() {
			return "true"
		}
		return "false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return "(" + strconv.FormatFloat(real(c), 'g', -1, 64) + "," + strconv.FormatFloat(imag(c), 'g', -1, 64) + ")"
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Pointer:
		if v.IsNil() {
			return "nil"
		}
		return "&" + describe(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			return "nil"
		}
		return v.Elem().Type().String() + "(" + describe(v.Elem()) + ")"
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return "nil"
		}
		s := "["
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				s += " "
			}
			s += describe(v.Index(i))
		}
		return s + "]"
	case reflect.Map:
		if v.IsNil() {
			return "nil"
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return describe(keys[i]) < describe(keys[j]) })
		s := "map["
		for i, k := range keys {
			if i > 0 {
				s += " "
			}
			s += describe(k) + ":" + describe(v.MapIndex(k))
		}
		return s + "]"
	case reflect.Struct:
		s := "{"
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				s += " "
			}
			s += v.Type().Field(i).Name + ":" + describe(v.Field(i))
		}
		return s + "}"
	case reflect.Func, reflect.Chan:
		if v.IsNil() {
			return "nil"
		}
		return "non-nil " + v.Kind().String()
	}
	return "?" + v.Kind().String()
}

func main() {
	r := Record{
		Base:   Base{7, "n"},
		hidden: hidden{1, 2},
		Name:   "rec",
		Score:  2.5,
		Tags:   []string{"a", "b"},
		Attrs:  map[string]int{"x": 1, "y": 2},
		Next:   &Record{Name: "next"},
		Any:    Level(3),
		flag:   true,
		Pt:     Point{1, 2},
		Arr:    [3]int8{-1, 0, 1},
		Cplx:   complex(1, -2),
		Fn:     func() int { return 1 },
		U:      65535,
		Bytes:  []byte("hi"),
		Runes:  []rune("hé"),
		Plain:  42,
	}
	v := reflect.ValueOf(r)
	println(describe(v))
	println("fields", v.NumField(), v.CanAddr(), v.CanSet())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		println(" ", v.Type().Field(i).Name, f.Kind().String(), f.CanAddr(), f.CanSet(), f.CanInterface(), f.IsZero())
	}

	println("-- through a pointer")
	p := reflect.ValueOf(&r).Elem()
	println(p.CanAddr(), p.CanSet(), p.Field(0).CanSet(), p.Field(1).CanSet(), p.Field(1).Field(0).CanSet(), p.Field(1).Field(1).CanSet())
	p.FieldByName("Name").SetString("changed")
	p.FieldByName("Score").SetFloat(-1.25)
	p.FieldByName("ID").SetInt(99)
	p.FieldByName("Visible").SetInt(5)
	p.FieldByName("U").SetUint(7)
	p.FieldByName("Cplx").SetComplex(3i)
	p.FieldByName("Pt").Field(1).SetInt(20)
	p.FieldByName("Arr").Index(2).SetInt(100)
	p.FieldByName("Tags").Index(0).SetString("A")
	p.FieldByName("Bytes").SetBytes([]byte("bytes"))
	p.FieldByName("Any").Set(reflect.ValueOf(Point{5, 6}))
	p.FieldByName("Next").Set(reflect.Zero(reflect.TypeOf(&r)))
	p.FieldByName("Plain").SetUint(1 << 40)
	println(r.Name, r.Score, r.ID, r.Visible, r.U, imag(r.Cplx), r.Pt.Y, r.Arr[2], r.Tags[0], string(r.Bytes), r.Next == nil, r.Plain)
	println(describe(p.FieldByName("Any")))
	println(p.FieldByName("nope").IsValid(), p.FieldByIndex([]int{0, 1}).String())

	println("-- numbers and interfaces")
	for _, x := range []interface{}{int8(-8), int16(-16), int32(-32), int64(-64), uint8(8), uint16(16), uint32(32), uint64(64), uintptr(9),
		float32(1.5), 2.25, complex64(1 + 2i), Level(4), true, "str", []int{1, 2}, [2]bool{true, false}, map[int]string{2: "b", 1: "a"},
		&Point{3, 4}, Names{"x"}, struct{}{}} {
		xv := reflect.ValueOf(x)
		back := xv.Interface()
		println(xv.Type().String(), describe(xv), xv.String(), back != nil, xv.IsZero(), xv.CanInterface())
	}
	println(reflect.ValueOf(Level(4)).Interface().(interface{ String() string }).String())
	println(reflect.ValueOf(nil).IsValid(), reflect.ValueOf(nil).Kind().String(), reflect.Value{}.String())
	var np *Point
	println(reflect.ValueOf(np).IsNil(), reflect.ValueOf(np).Elem().IsValid(), reflect.Indirect(reflect.ValueOf(&Point{8, 9})).Field(0).Int())
	println(reflect.Indirect(reflect.ValueOf(3)).Int())

	println("-- slices")
	s := []int{0, 1, 2, 3, 4, 5}
	sv := reflect.ValueOf(s)
	println(sv.Len(), sv.Cap(), describe(sv.Slice(1, 3)), sv.Slice(1, 3).Cap(), describe(sv.Slice3(2, 4, 5)), sv.Slice3(2, 4, 5).Cap())
	sv.Index(0).SetInt(10)
	println(s[0])
	ap := reflect.Append(sv, reflect.ValueOf(6), reflect.ValueOf(7))
	println(describe(ap), ap.Len(), ap.Cap(), sv.Len())
	as := reflect.AppendSlice(reflect.ValueOf([]int{1}), reflect.ValueOf([]int{2, 3}))
	println(describe(as))
	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), sv)
	println(n, describe(reflect.ValueOf(dst)))
	bs := make([]byte, 3)
	n = reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("abcdef"))
	println(n, string(bs))
	arr := [4]string{"w", "x", "y", "z"}
	av := reflect.ValueOf(&arr).Elem()
	println(describe(av.Slice(1, 3)), av.Slice(1, 3).Type().String(), av.Slice(1, 3).Cap())
	n = reflect.Copy(av, reflect.ValueOf([]string{"P", "Q"}))
	println(n, arr[0], arr[1], arr[2])
	ms := reflect.MakeSlice(reflect.TypeOf([]Point{}), 2, 5)
	ms.Index(1).Field(0).SetInt(11)
	println(describe(ms), ms.Len(), ms.Cap())
	msp := reflect.New(ms.Type()).Elem()
	msp.Set(ms)
	msp.SetLen(4)
	println(msp.Len(), describe(msp))
	str := reflect.ValueOf("hello")
	println(str.Len(), str.Index(1).Uint(), str.Index(1).Kind().String(), str.Slice(1, 4).String())
	rp := reflect.ValueOf(&[3]int{1, 2, 3})
	println(rp.Len(), rp.Cap())
	println(string(reflect.ValueOf([]byte("raw")).Bytes()), string(av.Index(0).String()))
	b3 := [3]byte{'a', 'b', 'c'}
	println(string(reflect.ValueOf(&b3).Elem().Bytes()))

	println("-- making values")
	nv := reflect.New(reflect.TypeOf(Point{}))
	nv.Elem().Field(0).SetInt(12)
	pt := nv.Interface().(*Point)
	println(pt.X, nv.Type().String(), nv.Elem().CanSet())
	z := reflect.Zero(reflect.TypeOf(Record{}))
	println(z.IsZero(), z.CanSet(), z.Field(2).String())
	ni := reflect.New(reflect.TypeOf(0))
	ni.Elem().SetInt(77)
	println(*(ni.Interface().(*int)))
	addr := reflect.ValueOf(&r).Elem().FieldByName("Pt").Addr()
	println(addr.Type().String(), addr.Interface().(*Point) == &r.Pt)

	println("-- maps")
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	mv := reflect.ValueOf(m)
	println(mv.Len(), mv.MapIndex(reflect.ValueOf("two")).Int(), mv.MapIndex(reflect.ValueOf("none")).IsValid())
	mv.SetMapIndex(reflect.ValueOf("four"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	println(len(m), m["four"], m["one"])
	var keys []string
	it := mv.MapRange()
	for it.Next() {
		keys = append(keys, it.Key().String()+"="+strconv.Itoa(int(it.Value().Int())))
	}
	sort.Strings(keys)
	for _, k := range keys {
		print(k, " ")
	}
	println()
	mm := reflect.MakeMap(reflect.TypeOf(map[Point][]string{}))
	mm.SetMapIndex(reflect.ValueOf(Point{1, 2}), reflect.ValueOf([]string{"p"}))
	mm.SetMapIndex(reflect.ValueOf(Point{3, 4}), reflect.ValueOf([]string{"q", "r"}))
	println(describe(mm), mm.Type().String())
	got := mm.Interface().(map[Point][]string)
	println(len(got), got[Point{3, 4}][1])
	var nilm map[int]int
	println(reflect.ValueOf(nilm).Len(), reflect.ValueOf(nilm).MapIndex(reflect.ValueOf(1)).IsValid(), len(reflect.ValueOf(nilm).MapKeys()))
	it = reflect.ValueOf(nilm).MapRange()
	println(it.Next())
	im := map[interface{}]int{1: 1, "a": 2, Point{}: 3}
	println(reflect.ValueOf(im).MapIndex(reflect.ValueOf(Point{})).Int(), reflect.ValueOf(im).MapIndex(reflect.ValueOf("a")).Int())
	var kv, vv reflect.Value
	kv = reflect.New(reflect.TypeOf("")).Elem()
	vv = reflect.New(reflect.TypeOf(0)).Elem()
	it = reflect.ValueOf(map[string]int{"only": 9}).MapRange()
	for it.Next() {
		kv.SetIterKey(it)
		vv.SetIterValue(it)
	}
	println(kv.String(), vv.Int())

	println("-- conversions")
	println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).String(), reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))).Uint(),
		reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int(), reflect.ValueOf(uint64(1<<63)).Convert(reflect.TypeOf(0.0)).Float(),
		reflect.ValueOf("héllo").Convert(reflect.TypeOf([]byte{})).Len(), reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune{})).Len(),
		reflect.ValueOf([]byte("xy")).Convert(reflect.TypeOf("")).String(), reflect.ValueOf(Level(2)).Convert(reflect.TypeOf(0)).Int(),
		reflect.ValueOf(complex64(1+1i)).Convert(reflect.TypeOf(0i)).Complex() == 1+1i, reflect.ValueOf(-1).Convert(reflect.TypeOf("")).String())
	lv := reflect.ValueOf(5).Convert(reflect.TypeOf(Level(0)))
	println(lv.Type().String(), lv.Interface().(Level).String())
	sv2 := reflect.ValueOf(Level(6)).Convert(reflect.TypeOf((*interface{ String() string })(nil)).Elem())
	println(sv2.Kind().String(), sv2.Type().String(), sv2.Elem().Type().String())
	ap2 := reflect.ValueOf([]int{1, 2, 3}).Convert(reflect.TypeOf(&[2]int{}))
	println(ap2.Type().String(), ap2.Elem().Index(1).Int())
	nm := reflect.ValueOf(Names{"a"}).Convert(reflect.TypeOf([]string{}))
	println(nm.Type().String(), nm.Len(), reflect.ValueOf(1).CanConvert(reflect.TypeOf("")), reflect.ValueOf([]int{1}).CanConvert(reflect.TypeOf(&[2]int{})))
	println(reflect.ValueOf(int8(1)).OverflowInt(200), reflect.ValueOf(int8(1)).OverflowInt(-128), reflect.ValueOf(uint8(1)).OverflowUint(256),
		reflect.ValueOf(float32(1)).OverflowFloat(1e39), reflect.ValueOf(float32(1)).OverflowFloat(1e38))

	println("-- nil and zero")
	var e error
	var any interface{}
	ev := reflect.ValueOf(&e).Elem()
	println(ev.Kind().String(), ev.IsNil(), ev.IsZero(), ev.Elem().IsValid(), ev.NumMethod())
	av2 := reflect.ValueOf(&any).Elem()
	av2.Set(reflect.ValueOf(42))
	println(any.(int), av2.Elem().Int(), av2.NumMethod())
	av2.Set(reflect.Zero(av2.Type()))
	println(any == nil)
	println(reflect.ValueOf(0.0).IsZero(), reflect.ValueOf(-0.0).IsZero(), reflect.ValueOf([2]int{}).IsZero(), reflect.ValueOf(Point{0, 1}).IsZero())
	println(reflect.ValueOf(&r).Pointer() != 0, reflect.ValueOf([]int(nil)).Pointer(), reflect.ValueOf(r.Fn).Pointer() != 0)
}
