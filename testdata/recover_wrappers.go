// run

// recover in a deferred function reached through compiler-made wrappers
// only: a deferred call with arguments, a value method called through an
// interface (the (*T).M wrapper), a method value (T.M-fm), a promoted
// method and an interface method expression; and a recover one call
// further down, which must not recover.

package main

type T struct{ a, b int }

func (t T) M(tag string) {
	if r := recover(); r != nil {
		println(tag, "recovered:", r.(string), t.a, t.b)
	}
}

type I interface{ M(string) }

type Outer struct{ T }

func rec(tag string, n int) {
	if r := recover(); r != nil {
		println(tag, "recovered:", r.(string), n)
	}
}

func nested(tag string) {
	rec(tag, 0) // not called by the deferred call itself
}

func withArgs() {
	defer rec("args", 7)
	panic("p1")
}

func viaIface() {
	var i I = T{1, 2}
	defer i.M("iface")
	panic("p2")
}

func viaMethodValue() {
	f := T{3, 4}.M
	defer f("methodvalue")
	panic("p3")
}

func viaPromoted() {
	o := Outer{T{5, 6}}
	defer o.M("promoted")
	panic("p4")
}

func viaIfaceExpr() {
	defer I.M(T{7, 8}, "ifaceexpr")
	panic("p5")
}

func notDirect() {
	defer func() {
		r := recover()
		println("outer recovered:", r.(string))
	}()
	defer nested("nested")
	panic("p6")
}

func main() {
	withArgs()
	viaIface()
	viaMethodValue()
	viaPromoted()
	viaIfaceExpr()
	notDirect()
	println("done")
}
