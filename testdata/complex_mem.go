// run

// complex values in memory and in calls: struct fields and array
// elements (generated equality), package variables, slices, closures,
// methods on a complex type, interfaces (boxing, comparison, hashing
// equality of boxed values), and arguments and results in X registers
// and, past X14, on the stack.

package main

type C complex64

func (c C) Abs2() float32 { return real(c)*real(c) + imag(c)*imag(c) }

type Abser interface{ Abs2() float32 }

type T struct {
	s string
	b bool
	c complex128
	f complex64
}

var g = 1.5 + 2i
var gs = []complex64{1, 2i, 3 + 3i}
var ga = [2]complex128{1i, 2}
var gc C = 3 + 4i

//go:noinline
func many(a, b, c, d, e, f, g, h complex128, k complex64) (complex128, complex64) {
	return a + b + c + d + e + f + g + h, k * k
}

func show(xs []complex128) {
	for i, x := range xs {
		println(i, x)
	}
}

func main() {
	println(g, gs[2], ga[0], gc.Abs2())
	var a Abser = gc
	println(a.Abs2())
	f := func(c complex128) complex128 { return c * g }
	println(f(2))
	acc := 0i
	for _, x := range gs {
		acc += complex128(x)
	}
	inc := func() { acc *= 1i }
	inc()
	println(acc)
	s := []complex128{1, 2}
	s = append(s, 3i)
	println(s[2], len(s))
	p := &ga[1]
	*p = -*p
	println(ga[1])
	show([]complex128{g, 1, 2i})
	r, k := many(1, 2, 3, 4, 5, 6, 7, 8i, 3+1i)
	println(r, k)

	t1 := T{"a", true, 1i, 2}
	t2 := t1
	println(t1 == t2, t1.c, t2.f)
	t2.f = 2 + 1i
	println(t1 == t2)
	var e1, e2 interface{} = t1, T{"a", true, 1i, 2}
	println(e1 == e2, e1.(T).c)
	arr := [3]complex64{1, 2, 3}
	arr2 := arr
	println(arr == arr2)
	arr2[2] = 3i
	println(arr == arr2)
	var b1, b2 interface{} = 1 + 1i, complex64(1+1i)
	println(b1 == b2, b1 == interface{}(1+1i), b2.(complex64))
	nan := 0.0
	nan /= nan
	var n interface{} = complex(nan, 0)
	println(n == n)
	defer println("deferred", acc)
}
