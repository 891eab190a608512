// errorcheck

// Methods and fields promoted through embedded structs, pointers and
// interfaces: selectors, method values, method expressions and interface
// satisfaction accept them; ambiguous and out-of-method-set uses are
// rejected as gc does.

package main

type Getter interface{ Get() int }

type ReadGetter interface {
	Getter
	Read() string
}

type Base struct{ v int }

func (b Base) Get() int   { return b.v }
func (b *Base) Set(v int) { b.v = v }

type ByValue struct{ Base }
type ByPointer struct{ *Base }
type Deep struct{ ByValue }
type WithIface struct{ Getter }

type A struct{ x int }
type B struct{ x int }
type Both struct {
	A
	B
}

type Shadow struct {
	A
	x string
}

func (A) M()  {}
func (*B) M() {}

func main() {
	var v ByValue
	_ = v.Get() + v.v
	v.Set(1)
	var d Deep
	d.Set(d.Get())
	f := d.Get
	_ = f()
	var p ByPointer
	p.Set(p.Get())
	var w WithIface
	_ = w.Get()

	var g Getter = v
	g = &v
	g = d
	g = p
	g = w
	var rg ReadGetter
	g = rg
	_ = g

	_ = ByValue.Get(v)
	(*ByValue).Set(&v, 2)
	_ = Getter.Get(g)
	_ = ReadGetter.Get(rg)
	_ = (*Base).Get(&Base{})
	_ = Deep.Get(d)
	_ = (*ByPointer).Set
	_ = ByPointer.Set

	var s Shadow
	s.x = "shadows A.x"
	_ = s.A.x

	var both Both
	_ = both.x // ERROR "ambiguous selector both.x"
	both.M()   // ERROR "ambiguous selector both.M"

	g = ByValue{}.Set                // ERROR "cannot call pointer method Set on ByValue"
	_ = ByValue.Set                  // ERROR "cannot call pointer method Set on ByValue"
	g = v                            // ok: Get is promoted by value
	var sg interface{ Set(int) } = v // ERROR "ByValue does not implement interface{Set\(int\)} \(Set method has pointer receiver\)"
	_ = sg
	_ = v.get()    // ERROR "v.get undefined \(type ByValue has no field or method get, but does have Get\)"
	_ = Getter.Set // ERROR "Getter.Set undefined \(type Getter has no field or method Set\)"
	_ = Base.v     // ERROR "Base.v undefined \(type Base has no method v\)"
}
