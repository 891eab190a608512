// run

// Variadic functions and calls: no extra arguments (a nil slice), several
// (a new slice, len == cap), a slice passed on with s... (the same array:
// the callee's writes are seen), f(g()) with a multi-value g feeding the
// variadic parameter, the arguments converted to the element type
// (interface{} boxing, a named type), variadic methods called directly,
// through interfaces, method values, method expressions and func values,
// and deferred variadic calls (the arguments evaluated at the defer).

package main

type Num int

func sum(base int, xs ...int) int {
	println("sum: len", len(xs), "cap", cap(xs), "nil", xs == nil)
	for _, x := range xs {
		base += x
	}
	return base
}

func describe(args ...interface{}) {
	print("describe(", len(args), "):")
	for _, a := range args {
		switch v := a.(type) {
		case nil:
			print(" nil")
		case int:
			print(" int ", v)
		case string:
			print(" string ", v)
		case Num:
			print(" Num ", int(v))
		case []int:
			print(" []int len ", len(v))
		default:
			print(" other")
		}
	}
	println()
}

func nums(ns ...Num) Num {
	var t Num
	for _, n := range ns {
		t += n
	}
	return t
}

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
}

func pair() (int, int)           { return 3, 4 }
func triple() (int, int, int)    { return 5, 6, 7 }
func mixed() (int, string, bool) { return 8, "eight", true }
func one() int                   { return 1 }

func strs(sep string, ss ...string) string {
	r := ""
	for i, s := range ss {
		if i > 0 {
			r += sep
		}
		r += s
	}
	return r
}

type Acc struct{ total int }

func (a *Acc) Add(xs ...int) int {
	for _, x := range xs {
		a.total += x
	}
	return a.total
}

func (a Acc) Show(prefix string, xs ...interface{}) {
	println(prefix, a.total, len(xs))
}

type Adder interface {
	Add(xs ...int) int
}

func order(tag string, v int) int {
	println("eval", tag)
	return v
}

func main() {
	println(sum(1))
	println(sum(1, 2))
	println(sum(1, 2, 3, 4))
	s := []int{10, 20, 30}
	println(sum(1, s...))
	println(sum(1, s[:1]...))
	println(sum(1, nil...))
	println(sum(pair()))
	println(sum(triple()))
	println(sum(one()))

	zero(s...)
	println(s[0], s[1], s[2])
	t := []int{1, 2}
	zero(t[0], t[1])
	println(t[0], t[1])

	describe()
	describe(nil)
	describe(1, "two", Num(3), []int{4, 5}, 6.5)
	describe(mixed())
	describe([]interface{}{"a", "b"}...)
	println(nums(1, 2, 3))
	println(strs(", ", "a", "b", "c"), strs("-"), strs("+", []string{"x", "y"}...))

	a := &Acc{}
	println(a.Add(), a.Add(1, 2), a.Add(s...))
	var i Adder = a
	println(i.Add(10, 20))
	add := a.Add
	println(add(100))
	addExpr := (*Acc).Add
	println(addExpr(a, 1000, 1))
	a.Show("show", 1, "x")
	Acc{7}.Show("literal")
	f := sum
	println(f(2, 2, 2))
	var g func(string, ...string) string = strs
	println(g("/", "usr", "bin"))
	lit := func(xs ...int) int { return len(xs) }
	println(lit(), lit(1, 2, 3))

	println(sum(order("a", 1), order("b", 2), order("c", 3)))

	defer func() { println("total", a.total) }()
	defer describe("deferred", 1)
	defer sum(1, 2, 3)
	x := 5
	defer println("deferred sum", sum(x, x))
	defer a.Add(x, x)
	defer i.Add(x)
	x = 6
	println("end of main", a.total)
}
