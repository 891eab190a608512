// run

// Type assertions and type switches: x.(T) and v, ok := x.(T) for
// concrete and interface T, from empty and non-empty interfaces; type
// switches with several types per case, a nil case, a default, interface
// cases, and the clause variable's type in each clause.

package main

type Stringer interface{ String() string }

type Celsius int

func (c Celsius) String() string { return "C" }

type Err string

func (e Err) Error() string { return "err: " + string(e) }

type Both interface {
	Error() string
	String() string
}

type Loud string

func (l Loud) Error() string  { return "LOUD " + string(l) }
func (l Loud) String() string { return string(l) + "!" }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int8, uint:
		// several types: v keeps x's type
		_ = v == x
		return "integer"
	case string:
		return "string of length " + itoa(len(v))
	case bool:
		if v {
			return "true"
		}
		return "false"
	case Both:
		return "both " + v.Error() + " " + v.String()
	case Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	case [2]int:
		return "pair " + itoa(v[0]+v[1])
	default:
		return "something else"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func kind(s Stringer) string {
	switch s.(type) {
	case Celsius:
		return "celsius"
	case Loud:
		return "loud"
	case nil:
		return "nil stringer"
	}
	return "?"
}

func main() {
	vals := [11]interface{}{nil, 1, int8(2), uint(3), "four", true, Celsius(5), Err("six"), Loud("seven"), [2]int{3, 5}, 2.5}
	for _, v := range vals {
		println(classify(v))
	}

	var x interface{} = 42
	n := x.(int)
	println(n + 1)
	if s, ok := x.(string); !ok {
		println("not a string:", s == "", ok)
	}
	if i, ok := x.(int); ok {
		println("int", i)
	}
	var c interface{} = Celsius(30)
	st, ok := c.(Stringer)
	println(st.String(), ok)
	er, ok := c.(error)
	println(er == nil, ok)
	pair := vals[9].([2]int)
	println(pair[0], pair[1])

	var s Stringer = Loud("hey")
	println(kind(s), kind(Celsius(1)), kind(nil))
	b := s.(Both)
	println(b.Error())
	l, ok := s.(Loud)
	println(string(l), ok)
	_, ok = s.(Celsius)
	println(ok)
	var e interface{} = s
	_, ok = e.(interface{})
	println(ok)
	e = nil
	_, ok = e.(interface{})
	println(ok)

	// The clause variable may be unused in some clauses and captured in others.
	var fs [3]func() string
	for i, v := range [3]interface{}{1, "a", Celsius(2)} {
		switch v := v.(type) {
		case int:
			fs[i] = func() string { return "int " + itoa(v) }
		case Stringer:
			fs[i] = func() string { return v.String() }
		default:
			fs[i] = func() string { return "default" }
		}
	}
	for _, f := range fs {
		println(f())
	}

	// Parameter and result names are not part of a type: one descriptor.
	var fv interface{} = func(n int) (ok bool) { return n > 0 }
	println(fv.(func(int) bool)(1))
}
