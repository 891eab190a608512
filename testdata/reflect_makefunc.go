// run

// reflect.MakeFunc: funcs made at run time, called from compiled code
// with their arguments in registers and on the stack (floats, strings,
// structs, arrays, more arguments than registers), typed results back;
// method values as func values (Value.Method(i).Interface()); and the
// panics of a made func returning the wrong results.

package main

import (
	"reflect"
	"strconv"
)

type pair struct {
	a int
	b string
}

type counter struct{ n int }

func (c *counter) Add(k int) int { c.n += k; return c.n }
func (c counter) Show(prefix string) string { return prefix + strconv.Itoa(c.n) }

func describe(args []reflect.Value) string {
	s := ""
	for _, a := range args {
		s += a.Type().String() + "=" + describeValue(a) + " "
	}
	return s
}

func describeValue(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint8, reflect.Uint16:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Struct, reflect.Array, reflect.Slice:
		s := "{"
		n := v.Len
		if v.Kind() == reflect.Struct {
			n = v.NumField
		}
		for i := 0; i < n(); i++ {
			if v.Kind() == reflect.Struct {
				s += describeValue(v.Field(i)) + ";"
			} else {
				s += describeValue(v.Index(i)) + ";"
			}
		}
		return s + "}"
	}
	return "?"
}

func main() {
	var swap func(int, string) (string, int)
	sv := reflect.MakeFunc(reflect.TypeOf(swap), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	})
	reflect.ValueOf(&swap).Elem().Set(sv)
	s, i := swap(1, "one")
	println(s, i)

	var mixed func(float32, int8, float64, bool, uint16, pair, [3]int, []string) (pair, float64, [2]bool)
	reflect.ValueOf(&mixed).Elem().Set(reflect.MakeFunc(reflect.TypeOf(mixed), func(in []reflect.Value) []reflect.Value {
		println(describe(in))
		p := in[5].Interface().(pair)
		return []reflect.Value{reflect.ValueOf(pair{p.a * 2, p.b + "!"}), reflect.ValueOf(in[0].Float() + in[2].Float()),
			reflect.ValueOf([2]bool{in[3].Bool(), true})}
	}))
	p, f, b := mixed(1.5, -2, 2.25, true, 65535, pair{21, "p"}, [3]int{7, 8, 9}, []string{"x", "y"})
	println(p.a, p.b, f, b[0], b[1])

	var many func(a, b, c, d, e, f, g, h, i, j, k int, s string, x, y, z float64) (int, string)
	reflect.ValueOf(&many).Elem().Set(reflect.MakeFunc(reflect.TypeOf(many), func(in []reflect.Value) []reflect.Value {
		sum := 0
		for _, v := range in[:11] {
			sum += int(v.Int())
		}
		return []reflect.Value{reflect.ValueOf(sum), reflect.ValueOf(in[11].String() + strconv.FormatFloat(in[14].Float(), 'g', -1, 64))}
	}))
	n, t := many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, "z=", 0.5, 1.5, 2.5)
	println(n, t)

	var variadic func(string, ...int) int
	reflect.ValueOf(&variadic).Elem().Set(reflect.MakeFunc(reflect.TypeOf(variadic), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(len(in[0].String()) + in[1].Len())}
	}))
	println(variadic("abc", 1, 2), variadic(""))

	var iface func(interface{}, error) interface{}
	reflect.ValueOf(&iface).Elem().Set(reflect.MakeFunc(reflect.TypeOf(iface), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(in[0].Elem().Kind().String() + " " + strconv.FormatBool(in[1].IsNil()))}
	}))
	println(iface(3, nil).(string))

	// made funcs called through reflect too
	r := sv.Call([]reflect.Value{reflect.ValueOf(5), reflect.ValueOf("five")})
	println(r[0].String(), r[1].Int())

	// method values as funcs
	c := &counter{1}
	add := reflect.ValueOf(c).MethodByName("Add").Interface().(func(int) int)
	println(add(2), add(3), c.n)
	show := reflect.ValueOf(*c).MethodByName("Show").Interface().(func(string) string)
	c.n = 100
	println(show("n="))
	var fn func(int) int
	reflect.ValueOf(&fn).Elem().Set(reflect.ValueOf(c).Method(0))
	println(fn(1))
	println(reflect.ValueOf(c).Method(0).Pointer() == reflect.ValueOf(*c).Method(0).Pointer())

	try := func(name string, f func()) {
		defer func() { println(name, ":", recover().(string)) }()
		f()
	}
	try("wrong count", func() {
		var g func() int
		reflect.ValueOf(&g).Elem().Set(reflect.MakeFunc(reflect.TypeOf(g), func(in []reflect.Value) []reflect.Value { return nil }))
		g()
	})
	try("zero Value", func() {
		var g func() int
		reflect.ValueOf(&g).Elem().Set(reflect.MakeFunc(reflect.TypeOf(g), func(in []reflect.Value) []reflect.Value {
			return []reflect.Value{{}}
		}))
		g()
	})
	try("wrong type", func() {
		var g func() int
		reflect.ValueOf(&g).Elem().Set(reflect.MakeFunc(reflect.TypeOf(g), func(in []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf("s")}
		}))
		g()
	})
	try("not a func", func() { reflect.MakeFunc(reflect.TypeOf(1), nil) })
}
