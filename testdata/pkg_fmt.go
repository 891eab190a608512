// run

// fmt from GOROOT over hood's reflect: every verb and flag on every kind
// of value, widths and precisions (also from * arguments), explicit
// argument indexes, structs, nested pointers (printed only where gc
// prints no address), maps in fmtsort's order, nil values, errors,
// Stringers, GoStringers, Formatters, the %!verb(type=value) forms,
// Sprint/Sprintln spacing and Errorf with %w.

package main

import (
	"errors"
	"fmt"
	"math"
	"os"
)

type point struct {
	X, Y int
	name string
}

type inner struct {
	A []int
	M map[string]int
}

type outer struct {
	P   *point
	I   inner
	E   error
	Any interface{}
	F   func()
	C   chan int
	B   []byte
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type gostr struct{ v int }

func (g gostr) GoString() string { return fmt.Sprintf("gostr<%d>", g.v) }

type custom struct{ n int }

func (c custom) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "custom[%c w=%d,%v p=%d,%v", verb, w, wok, p, pok)
	for _, fl := range "+-# 0" {
		if f.Flag(int(fl)) {
			fmt.Fprintf(f, " flag%c", fl)
		}
	}
	fmt.Fprintf(f, " n=%d]", c.n)
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

type panicky struct{}

func (panicky) String() string { panic("boom") }

type nilStringer struct{ s string }

func (n *nilStringer) String() string { return "ns:" + n.s }

type color int

const (
	red color = iota
	green
)

func (c color) String() string {
	switch c {
	case red:
		return "red"
	case green:
		return "green"
	}
	return fmt.Sprintf("color(%d)", int(c))
}

type mybool bool
type mystr string
type myslice []int
type mymap map[string]bool

func line(format string, args ...interface{}) {
	fmt.Printf("%-22q => ", format)
	fmt.Printf(format, args...)
	fmt.Println()
}

func main() {
	ints := []interface{}{0, 1, -1, 42, -42, math.MaxInt64, math.MinInt64, int8(-128), uint8(255), uint16(65535), int32(-7), uint32(1 << 31), uint64(math.MaxUint64), uintptr(4096)}
	intVerbs := []string{"%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%.3d", "%8.3d", "%-08d|", "%b", "%o", "%O", "%#o", "%x", "%X", "%#x", "%#X", "%# x", "%c", "%q", "%+q", "%#q", "%U", "%#U", "%#v", "%T", "%e", "%s", "%t"}
	for _, v := range ints {
		for _, f := range intVerbs {
			line(f, v)
		}
	}

	floats := []interface{}{0.0, math.Copysign(0, -1), 1.0, -1.5, 3.141592653589793, 1e21, 1e20, 1e-7, 123456.789, 2.5e-310, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), float32(0.1), float32(16777217), float32(-3.4e38)}
	floatVerbs := []string{"%v", "%+v", "%#v", "%e", "%E", "%.3e", "%f", "%F", "%.2f", "%8.3f|", "%-10.1f|", "%010.2f", "%+.1f", "% .1f", "%g", "%G", "%.3g", "%#g", "%#.3g", "%10g|", "%x", "%X", "%.2x", "%b", "%T", "%d", "%s", "%+08.2f", "%-+8.2e|"}
	for _, v := range floats {
		for _, f := range floatVerbs {
			line(f, v)
		}
	}

	complexes := []interface{}{complex(1, 2), complex(-1.5, 0), complex(math.Inf(1), math.NaN()), complex64(complex(0.1, -0.2))}
	for _, v := range complexes {
		for _, f := range []string{"%v", "%+v", "%#v", "%e", "%.2f", "%8.1f|", "%g", "%T", "%d"} {
			line(f, v)
		}
	}

	strs := []interface{}{"", "hello", "héllo, 世界", "tab\there\n", "\x00\xff\xfe", "`back`", "\"quoted\""}
	strVerbs := []string{"%v", "%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#X", "%.3s", "%10s|", "%-10s|", "%010s|", "%.2q", "%10.4q|", "%T", "%#v", "%d", "%c"}
	for _, v := range strs {
		for _, f := range strVerbs {
			line(f, v)
		}
	}
	for _, f := range []string{"%v", "%s", "%q", "%x", "% X", "%#v", "%d", "%T", "%.2s", "%o"} {
		line(f, []byte("hi\x01"))
		line(f, [3]byte{'a', 'b', 'c'})
	}

	for _, v := range []interface{}{true, false, mybool(true)} {
		for _, f := range []string{"%v", "%t", "%6t|", "%-6t|", "%#v", "%T", "%d", "%s", "%q"} {
			line(f, v)
		}
	}
	for _, r := range []rune{'a', 'é', '世', 0x1F600, 0, '\n', 0x10FFFF, 0x110000, -1} {
		for _, f := range []string{"%c", "%q", "%+q", "%#q", "%U", "%#U", "%d", "%x", "%v"} {
			line(f, r)
		}
	}

	// Composite values.
	p := point{1, -2, "pt"}
	pp := &p
	ppp := &pp
	o := outer{P: &point{3, 4, "in"}, I: inner{A: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}}, B: []byte("xy")}
	for _, f := range []string{"%v", "%+v", "%#v", "%T", "%d", "%x", "%s", "%5v", "%q"} {
		line(f, p)
		line(f, pp)
		line(f, []point{p, {}})
		line(f, [2]int{7, 8})
		line(f, []string{"a", "b c"})
		line(f, []interface{}{1, "x", nil, 2.5, true})
		line(f, struct{}{})
		line(f, struct {
			a int
			b string
		}{1, "s"})
	}
	fmt.Printf("%T %T\n", ppp, o)
	fmt.Printf("%v\n%+v\n", o.I, o.I)
	fmt.Printf("%#v\n", o.I)
	fmt.Printf("%v %+v\n", o.E, o.Any)
	fmt.Printf("%v %d %s\n", *o.P, *o.P, o.B)

	// Maps in sorted order.
	fmt.Println(map[int]string{3: "c", -1: "a", 10: "j", 0: "z"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "ab": 3, "": 0, "B": 9})
	fmt.Println(map[float64]string{2.5: "x", math.NaN(): "nan", math.Inf(-1): "-inf", -0.5: "y", math.Inf(1): "inf"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[uint8]bool{200: true, 3: false})
	fmt.Println(map[[2]int]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"})
	fmt.Println(map[point]int{{2, 0, "b"}: 1, {1, 5, "z"}: 2, {1, 5, "a"}: 3})
	// Keys of several dynamic types sort by their type descriptors'
	// addresses, which differ between compilers: one type here.
	fmt.Println(map[interface{}]int{"s": 1, "b": 2, "a": 6}, map[interface{}]int{3: 1, -1: 2})
	fmt.Printf("%#v\n", map[string][]int{"z": {1}, "a": nil})
	fmt.Printf("%+v\n", map[color]int{green: 2, red: 1})
	fmt.Printf("%v %d\n", map[mystr]mybool{"y": true, "x": false}, map[int]int{2: 20, 1: 10})
	fmt.Printf("%#v\n", mymap{"k": true})

	// Nil values.
	var nilMap map[string]int
	var nilSlice []int
	var nilPtr *point
	var nilIface interface{}
	var nilErr error
	var nilFunc func()
	var nilChan chan int
	var nilStr *nilStringer
	for _, f := range []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%p"} {
		if f == "%p" {
			line(f, nilPtr)
			line(f, nilSlice)
			line(f, nilMap)
			continue
		}
		line(f, nilMap)
		line(f, nilSlice)
		line(f, nilPtr)
		line(f, nilIface)
		line(f, nilErr)
		line(f, nilFunc)
		line(f, nilChan)
		line(f, nilStr)
		line(f, myslice(nil))
	}
	fmt.Println(nilMap, nilSlice, nilPtr, nilIface, nilErr, nilFunc == nil, nilChan)
	fmt.Printf("%v %+v\n", outer{}, outer{})
	fmt.Printf("%#v\n", outer{})

	// Errors, Stringers, GoStringers, Formatters.
	e := &myErr{7}
	for _, f := range []string{"%v", "%s", "%q", "%x", "%d", "%+v", "%#v", "%10v|", "%.3s"} {
		line(f, e)
		line(f, celsius(21.55))
		line(f, green)
		line(f, color(9))
		line(f, gostr{3})
		line(f, []gostr{{1}, {2}})
	}
	for _, f := range []string{"%v", "%d", "%+v", "%#v", "%-8.3x", "%+ 0#q", "%*.*v"} {
		if f == "%*.*v" {
			line(f, 4, 2, custom{5})
			continue
		}
		line(f, custom{5})
	}
	line("%v %s", []error{e, errors.New("plain")}, []fmt.Stringer{red, celsius(-1)})
	line("%v", panicky{})
	line("%s", &nilStringer{"set"})
	line("%v", struct{ C color }{green})
	line("%+v", struct {
		C color
		S fmt.Stringer
	}{green, nil})

	// Bad verbs, arguments and widths.
	line("%d", "hi")
	line("%s", 5)
	line("%z", 3)
	line("%!", 3)
	line("%d %d", 1)
	line("%d", 1, 2, "x")
	line("%[2]d %[1]d", 1, 2)
	line("%[3]d", 1, 2)
	line("%[0]d", 1)
	line("%[x]d", 1)
	line("%[2]*[1]d", 12, 5)
	line("%[1]d %[1]x %[1]o %#[1]b", 64)
	line("%d %d %[1]d %d", 1, 2)
	line("%*d", "w", 5)
	line("%*d", 10000000, 5)
	line("%.*d", -1, 5)
	line("%*d|", -6, 5)
	line("%-*d|", 6, 5)
	line("%.*f", 3, math.Pi)
	line("%*.*f|", 10, 2, math.E)
	line("%", 1)
	line("%.", 1.5)
	line("%v%v")
	line("no verbs", 1, "two")
	line("%t", 1)
	line("%c", "x")
	line("%e", "x")
	line("%p", 5)
	line("%s", nil)
	line("%d", nil)
	line("%x", []interface{}{1, "a"})
	line("%08.3f", -1.5)
	line("%+x", "hi")
	line("%-#8x|", 255)
	line("%#08x", 255)
	line("%# 8x|", []byte{1, 2})
	line("%5.1s|", "abc")
	line("%05s", "ab")
	line("%-05d|", -3)
	line("%+05d", 3)
	line("% 05d", 3)
	line("%x", -255)
	line("%#b", 5)
	line("%#O", 8)
	line("%010.4d", -42)
	line("%.0d", 0)
	line("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5)
	line("%6.2v|", 3.14159)
	line("%v", int64(-1)<<63)

	// Sprint, Sprintln, Print spacing.
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, "d", true, false, nil, []int{1}))
	fmt.Println(fmt.Sprint(1, 2, 3), fmt.Sprint("x", 1, "y"), fmt.Sprint(e, e), fmt.Sprint(red, 1))
	fmt.Print(fmt.Sprintln("a", "b", 1, 2, nil, 'x'))
	fmt.Print("p", 1, 2, "q", "\n")
	fmt.Println()
	n, err := fmt.Fprintf(os.Stdout, "%d-%s\n", 12, "xyz")
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stdout, 1, 2, "\n")
	fmt.Println(n, err)
	fmt.Println(fmt.Sprintf("%v|%6.2f|%-4d|%x", "s", 2.0/3, 7, "AZ"))
	fmt.Println(len(fmt.Sprintf("%100d", 1)), fmt.Sprintf("%3c|%-3c|", 'x', 'y'))

	// Errorf and %w.
	base := errors.New("base")
	w1 := fmt.Errorf("wrap1: %w", base)
	w2 := fmt.Errorf("wrap2 %d: %w", 2, w1)
	fmt.Println(w1, "|", w2)
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == base, errors.Unwrap(base) == nil)
	fmt.Println(errors.Is(w2, base), errors.Is(w2, errors.New("base")))
	var me *myErr
	w3 := fmt.Errorf("ctx: %w", e)
	fmt.Println(errors.As(w3, &me), me.code, me == e)
	fmt.Println(fmt.Errorf("no wrap %v", base), errors.Unwrap(fmt.Errorf("no wrap %v", base)) == nil)
	fmt.Println(fmt.Errorf("two %w %w", base, base))
	fmt.Println(fmt.Errorf("bad %w", "str"))
	fmt.Println(fmt.Errorf("nil %w", nil))
	fmt.Printf("%T %T %T\n", w1, fmt.Errorf("x"), fmt.Errorf("two %w %w", base, w1))

	// Sscanf and Sscan (fmt's scanning side, over strings).
	var a, b int
	var s string
	var fl float64
	cnt, err := fmt.Sscanf("12 abc 3.5 -7", "%d %s %g %d", &a, &s, &fl, &b)
	fmt.Println(cnt, err, a, s, fl, b)
	cnt, err = fmt.Sscan("  5\n 6 word", &a, &b, &s)
	fmt.Println(cnt, err, a, b, s)
	cnt, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println(cnt, err)
	var h int
	cnt, err = fmt.Sscanf("ff 0x10 0b101", "%x %v %v", &h, &a, &b)
	fmt.Println(cnt, err, h, a, b)
}
