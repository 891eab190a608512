// run

// Run-time errors and failed assertions are error values: recovered,
// they convert to error and their Error method gives gc's text.

package main

type I interface{ M() }

type T int

func (T) M() {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok {
			println(name, "not an error")
			return
		}
		println(name+":", err.Error())
	}()
	f()
}

func main() {
	var a [3]int
	i := 5
	zero := 0
	try("index", func() { a[i%8] = 1 })
	try("divide", func() { println(i / zero) })
	try("nil map compare", func() {
		var x, y interface{} = map[int]bool(nil), map[int]bool(nil)
		println(x == y)
	})
	try("assert", func() {
		var x interface{} = "s"
		println(x.(int))
	})
	try("nil assert", func() {
		var x I
		_ = x.(T)
	})
	try("missing", func() {
		var x interface{} = 3
		_ = x.(I)
	})
	try("not an error", func() { panic(42) })
	try("shift", func() {
		s := -1
		println(1 << s)
	})
}
