// Values: how a Value holds its value, reading it, and the panics of
// misuse with gc's messages.

package reflect

import (
	"errors"
	"math"
	"unsafe"
)

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

// flag says how a Value holds its value. The low bits are the Value's
// kind (a method value's kind is Func while typ is its receiver's type).
type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5 // reached through an unexported field
	flagEmbedRO     flag = 1 << 6 // reached through an unexported embedded field
	flagIndir       flag = 1 << 7 // ptr points at the value (else it is the value)
	flagAddr        flag = 1 << 8 // addressable: ptr is the value's own address
	flagMethod      flag = 1 << 9 // a method value: the method number is above flagMethodShift
	flagMethodShift      = 10
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

// ro is the read-only bit a Value derived from one with flags f carries.
func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// Value is the reflection interface to a Go value. typ is nil for the
// zero Value. ptr is the value itself for a pointer-shaped type held
// directly, else it points at the value (flagIndir).
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

// mustBe panics unless v has kind k; method names the caller.
func (v Value) mustBe(k Kind, method string) {
	if v.flag.kind() != k {
		panic(&ValueError{method, v.flag.kind()})
	}
}

// mustBeExported panics if v is the zero Value or was reached through
// an unexported field.
func (v Value) mustBeExported(method string) {
	if v.flag == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

// mustBeAssignable panics unless v can be set.
func (v Value) mustBeAssignable(method string) {
	v.mustBeExported(method)
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
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
	f := flag(t.Kind())
	if t.ifaceIndir() {
		f |= flagIndir
	}
	return Value{t, word, f}
}

// pointer is the value of a pointer-shaped v.
func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// addr is the address of v's value (a fresh copy for a direct value).
func (v Value) addr() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return v.ptr
	}
	p := unsafe_New(v.typ)
	*(*unsafe.Pointer)(p) = v.ptr
	return p
}

func (v Value) IsValid() bool { return v.flag != 0 }

func (v Value) Kind() Kind { return v.flag.kind() }

// Type is v's type; it panics on the zero Value.
func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return v.methodType()
	}
	return v.typ
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface is v's value as an interface{}; not for values reached
// through unexported fields.
func (v Value) Interface() any {
	return valueInterface(v, true)
}

func valueInterface(v Value, safe bool) any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&flagMethod != 0 {
		v = makeMethodValue("Interface", v)
	}
	if v.Kind() == Interface {
		return v.loadInterface()
	}
	return packEface(v)
}

// loadInterface is the interface value an Interface-kind v holds, as
// an interface{}.
func (v Value) loadInterface() any {
	if len(v.typ.imethods()) == 0 {
		return *(*any)(v.ptr)
	}
	n := (*nonEmptyInterface)(v.ptr)
	var x any
	if n.itab != nil {
		*(*emptyInterface)(unsafe.Pointer(&x)) = emptyInterface{n.itab.typ, n.word}
	}
	return x
}

// packEface boxes v's value as an interface{}. An addressable value is
// copied: the interface must not change when the variable does.
func packEface(v Value) any {
	var x any
	e := (*emptyInterface)(unsafe.Pointer(&x))
	switch {
	case v.typ.ifaceIndir():
		p := v.ptr
		if v.flag&flagAddr != 0 {
			p = unsafe_New(v.typ)
			typedmemmove(v.typ, p, v.ptr)
		}
		e.word = p
	case v.flag&flagIndir != 0:
		e.word = *(*unsafe.Pointer)(v.ptr)
	default:
		e.word = v.ptr
	}
	e.typ = v.typ
	return x
}

// ---- reading ----

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	p := v.ptr
	switch v.Kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

// String is a string v's value; for other kinds "<T Value>", as gc's
// (fmt prints Values through it).
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) CanInt() bool {
	k := v.Kind()
	return Int <= k && k <= Int64
}

func (v Value) CanUint() bool {
	k := v.Kind()
	return Uint <= k && k <= Uintptr
}

func (v Value) CanFloat() bool {
	k := v.Kind()
	return k == Float32 || k == Float64
}

func (v Value) CanComplex() bool {
	k := v.Kind()
	return k == Complex64 || k == Complex128
}

// Bytes is a []byte v's value, or an addressable [N]byte's bytes.
func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.typ.elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ.elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return unsafe.Slice((*byte)(v.ptr), v.typ.Len())
	}
	panic(&ValueError{"reflect.Value.Bytes", v.Kind()})
}

// runes is a []rune v's value.
func (v Value) runes() []rune {
	v.mustBe(Slice, "reflect.Value.Bytes")
	if v.typ.elem().Kind() != Int32 {
		panic("reflect.Value.Bytes of non-rune slice")
	}
	return *(*[]rune)(v.ptr)
}

// Pointer is the address a pointer-shaped v holds, as a uintptr: a
// func's code address, a slice's first element.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return uintptr(v.UnsafePointer())
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.Kind() {
	case Pointer, Chan, Map, UnsafePointer:
		return v.pointer()
	case Func:
		if v.flag&flagMethod != 0 {
			// the code every method value shares, as gc answers
			stub := makeFuncStub
			return **(**unsafe.Pointer)(unsafe.Pointer(&stub))
		}
		p := v.pointer()
		if p != nil {
			p = *(*unsafe.Pointer)(p) // the closure's code address
		}
		return p
	case Slice:
		return (*sliceHeader)(v.ptr).Data
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.Kind()})
}

func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// IsNil reports whether v, a chan, func, interface, map, pointer or
// slice, is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		if v.flag&flagMethod != 0 {
			return false
		}
		return v.pointer() == nil
	case Interface, Slice:
		// the first word: the type or itab, or the array
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// IsZero reports whether v is its type's zero value (a float is zero
// only when it is +0).
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return math.Float64bits(v.Float()) == 0
	case Complex64, Complex128:
		c := v.Complex()
		return math.Float64bits(real(c)) == 0 && math.Float64bits(imag(c)) == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
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

// SliceHeader is a slice's representation (gc's; unsafe to use).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is a string's representation (gc's; unsafe to use).
type StringHeader struct {
	Data uintptr
	Len  int
}

// Len is the length of an array, chan, map, slice or string, or of the
// array a pointer points to.
func (v Value) Len() int {
	switch v.Kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	case Array:
		return v.typ.Len()
	case Map:
		h := v.pointer()
		if h == nil {
			return 0
		}
		return *(*int)(h) // hmap.count is its first word (rt/runtime.h)
	case Chan:
		return chanLen(v.pointer())
	case Pointer:
		if v.typ.elem().Kind() == Array {
			return v.typ.elem().Len()
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Cap is the capacity of an array, chan or slice, or of the array a
// pointer points to.
func (v Value) Cap() int {
	switch v.Kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	case Array:
		return v.typ.Len()
	case Chan:
		return chanCap(v.pointer())
	case Pointer:
		if v.typ.elem().Kind() == Array {
			return v.typ.elem().Len()
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index is element i of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.Len()) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem()
		// an array held directly (one pointer-shaped element) has its
		// element at offset 0, held directly too
		fl := v.flag&(flagIndir|flagAddr) | v.flag.ro() | flag(et.Kind())
		return Value{et, add(v.ptr, uintptr(i)*et.size), fl}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem()
		fl := flagAddr | flagIndir | v.flag.ro() | flag(et.Kind())
		return Value{et, add(s.Data, uintptr(i)*et.size), fl}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: string index out of range")
		}
		fl := v.flag.ro() | flag(Uint8) | flagIndir
		return Value{uint8Type(), add(s.Data, uintptr(i)), fl}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

func uint8Type() *rtype { return TypeOf(uint8(0)).common() }

// Elem is the value an interface holds or a pointer points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		x := unpackAny(v.loadInterface())
		if x.flag != 0 {
			x.flag |= v.flag.ro()
		}
		return x
	case Pointer:
		p := v.pointer()
		if p == nil {
			return Value{}
		}
		et := v.typ.elem()
		fl := v.flag&flagRO | flagIndir | flagAddr | flag(et.Kind())
		return Value{et, p, fl}
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

func unpackAny(x any) Value {
	e := (*emptyInterface)(unsafe.Pointer(&x))
	return unpack(e.typ, e.word)
}

// Indirect is the value v points to, or v if it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// ---- struct fields ----

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return len(v.typ.fields())
}

// Field is struct v's i'th field. A field that is not exported gives a
// read-only Value: embedded, its own exported fields may still be set.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	fs := v.typ.fields()
	if uint(i) >= uint(len(fs)) {
		panic("reflect: Field index out of range")
	}
	f := &fs[i]
	fl := v.flag&(flagStickyRO|flagIndir|flagAddr) | flag(f.typ.Kind())
	if !nameExported(f.name) {
		if f.embedded() {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	// a struct held directly (one pointer-shaped field) has that field
	// at offset 0, held directly too
	return Value{f.typ, add(v.ptr, f.offset()), fl}
}

// FieldByIndex is the nested field reached by the indexes, through
// embedded structs and pointers to them; a nil pointer on the way panics.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr is FieldByIndex, with an error instead of the panic
// for a nil pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, errors.New("reflect: indirection through nil pointer to embedded struct field " + v.typ.elem().Name())
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// ---- methods ----

// NumMethod counts the exported methods of v's method set (all of an
// interface's methods).
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return v.typ.NumMethod()
}

// Method is v's i'th method (as Type.Method counts) bound to v: a Func
// Value to Call.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.typ.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	fl := v.flag.ro() | v.flag&flagIndir
	fl |= flag(Func) | flagMethod | flag(i)<<flagMethodShift
	return Value{v.typ, v.ptr, fl}
}

func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Func})
	}
	m, ok := v.typ.MethodByName(name)
	if !ok {
		return Value{}
	}
	return v.Method(m.Index)
}

// methodType is the type of a method value: the method's signature
// without the receiver.
func (v Value) methodType() *rtype {
	i := int(v.flag >> flagMethodShift)
	if v.typ.Kind() == Interface {
		return v.typ.imethods()[i].typ
	}
	return v.typ.exportedMethods()[i].mtyp
}

// ---- overflow checks ----

func (v Value) OverflowInt(x int64) bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		bits := v.typ.size * 8
		t := (x << (64 - bits)) >> (64 - bits)
		return x != t
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
}

func (v Value) OverflowUint(x uint64) bool {
	switch v.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bits := v.typ.size * 8
		t := (x << (64 - bits)) >> (64 - bits)
		return x != t
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
}

func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

func (v Value) OverflowComplex(x complex128) bool {
	switch v.Kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.Kind()})
}

// overflowFloat32: x is finite and out of float32's range.
func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return math.MaxFloat32 < x && x <= math.MaxFloat64
}

// ---- making values ----

// Zero is the zero value of typ; neither addressable nor settable.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	if t.ifaceIndir() {
		return Value{t, unsafe_New(t), flagIndir | flag(t.Kind())}
	}
	return Value{t, nil, flag(t.Kind())}
}

// New is a pointer to a new zero value of typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	return Value{ptrTo(t), unsafe_New(t), flag(Pointer)}
}

// NewAt is a pointer to a value of typ at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	return Value{ptrTo(typ.common()), p, flag(Pointer)}
}

// MakeSlice is a new slice of type typ, its len elements zero.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	s := &sliceHeader{makeslice(t.elem(), len, cap), len, cap}
	return Value{t, unsafe.Pointer(s), flagIndir | flag(Slice)}
}

// ---- the runtime's half (rt/linkname.def) ----

// unsafe_New allocates a zero value of type t.
func unsafe_New(t *rtype) unsafe.Pointer

// makeslice allocates a zeroed array of cap elements of type et; it
// panics as make does for a length or capacity out of range.
func makeslice(et *rtype, len, cap int) unsafe.Pointer

// typedmemmove copies a value of type t from src to dst.
func typedmemmove(t *rtype, dst, src unsafe.Pointer)

// growslice reallocates an array of cap elements of type et holding len
// to hold at least newlen, with append's growth.
func growslice(et *rtype, p unsafe.Pointer, len, cap, newlen int) (unsafe.Pointer, int)
