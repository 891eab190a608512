// Values.

package reflectlite

import "unsafe"

// emptyInterface is an interface{} value's two words.
type emptyInterface struct {
	typ  *rtype
	word unsafe.Pointer
}

// nonEmptyInterface is a non-empty interface's: an itab (rt/type.h,
// whose second word is the dynamic type), then the data word.
type nonEmptyInterface struct {
	itab *struct {
		inter *rtype
		typ   *rtype
	}
	word unsafe.Pointer
}

// flag says how a Value holds its value.
type flag uintptr

const (
	flagIndir flag = 1 << iota // ptr points at the value (else it is the value)
	flagAddr                   // the value is addressable (Elem of a pointer)
	flagRO                     // obtained through an unexported field (not yet made)
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError is the panic of a Value method called on a Value of the
// wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// ValueOf is a Value holding i's dynamic value; the zero Value for nil.
func ValueOf(i any) Value {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return unpack(e.typ, e.word)
}

// unpack makes the Value of an interface's type and data words.
func unpack(t *rtype, word unsafe.Pointer) Value {
	if t == nil {
		return Value{}
	}
	if t.kind&kindDirectIface != 0 {
		return Value{t, word, 0}
	}
	return Value{t, word, flagIndir}
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

// Type is v's type; it panics on the zero Value.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return v.typ
}

// pointer is the value of a pointer-shaped v.
func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// IsNil reports whether v, a chan, func, interface, map, pointer or
// slice, is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.pointer() == nil
	case Interface, Slice:
		// the first word: the type or itab, or the array
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflectlite.Value.IsNil", v.Kind()})
}

// Elem is the value an interface holds or a pointer points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		if v.typ.imethodsLen() == 0 {
			e := (*emptyInterface)(v.ptr)
			return unpack(e.typ, e.word)
		}
		n := (*nonEmptyInterface)(v.ptr)
		if n.itab == nil {
			return Value{}
		}
		return unpack(n.itab.typ, n.word)
	case Pointer:
		p := v.pointer()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem(), p, flagIndir | flagAddr}
	}
	panic(&ValueError{"reflectlite.Value.Elem", v.Kind()})
}

func (t *rtype) imethodsLen() int {
	return len(t.imethods())
}

// Len is the length of an array, map, slice or string.
func (v Value) Len() int {
	switch v.Kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	case Array:
		return int(*(*uintptr)(add(unsafe.Pointer(v.typ), arrayLenOff)))
	case Map:
		h := v.pointer()
		if h == nil {
			return 0
		}
		return *(*int)(h) // hmap.count is its first word
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

// CanSet reports whether v is addressable.
func (v Value) CanSet() bool {
	return v.flag&(flagAddr|flagRO) == flagAddr
}

// Set assigns x to v, which must be addressable; x's type must be
// assignable to v's.
func (v Value) Set(x Value) {
	if v.flag&flagAddr == 0 {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflectlite.Value.Set using value obtained using unexported field")
	}
	if x.typ == nil {
		panic(&ValueError{"reflectlite.Value.Set", Invalid})
	}
	if directlyAssignable(v.typ, x.typ) {
		typedmemmove(v.typ, v.ptr, x.addr())
		return
	}
	if v.typ.Kind() == Interface && implements(v.typ, x.typ) {
		word := x.ptr
		if x.flag&flagIndir != 0 && x.typ.kind&kindDirectIface != 0 {
			word = *(*unsafe.Pointer)(x.ptr)
		} else if x.flag&flagIndir != 0 {
			c := unsafe_New(x.typ) // interfaces hold copies
			typedmemmove(x.typ, c, x.ptr)
			word = c
		}
		if v.typ.imethodsLen() == 0 {
			*(*emptyInterface)(v.ptr) = emptyInterface{x.typ, word}
		} else {
			w := (*[2]unsafe.Pointer)(v.ptr)
			w[0] = assertE2I2(v.typ, x.typ)
			w[1] = word
		}
		return
	}
	panic("reflect.Set: value of type " + x.typ.String() + " is not assignable to type " + v.typ.String())
}

// addr is the address of x's value (a copy for a direct value).
func (x Value) addr() unsafe.Pointer {
	if x.flag&flagIndir != 0 {
		return x.ptr
	}
	p := unsafe_New(x.typ)
	*(*unsafe.Pointer)(p) = x.ptr
	return p
}

// unsafe_New allocates a zero value of type t (rt/malloc.c).
func unsafe_New(t *rtype) unsafe.Pointer

// typedmemmove copies a value of type t from src to dst (rt/linkname.c).
func typedmemmove(t *rtype, dst, src unsafe.Pointer)
