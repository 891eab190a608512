// Changing values: Set and its typed forms, Addr, slicing, Append and
// Copy.

package reflect

import "unsafe"

// Set assigns x to v, which must be settable; x's type must be
// assignable to v's.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	v.setFrom("reflect.Set", x)
}

// setFrom stores x in v, settable, as an assignment does.
func (v Value) setFrom(context string, x Value) {
	var target unsafe.Pointer
	if v.Kind() == Interface {
		target = v.ptr
	}
	x = x.assignTo(context, v.typ, target)
	typedmemmove(v.typ, v.ptr, x.addr())
}

// assignTo is v as a value of type dst, for an assignment: v itself
// when the types are assignable directly, else v converted to the
// interface type dst, stored at target (new memory if target is nil).
func (v Value) assignTo(context string, dst *rtype, target unsafe.Pointer) Value {
	if v.flag&flagMethod != 0 {
		v = makeMethodValue(context, v)
	}
	switch {
	case directlyAssignable(dst, v.typ):
		fl := v.flag&(flagAddr|flagIndir) | v.flag.ro() | flag(dst.Kind())
		return Value{dst, v.ptr, fl}
	case implements(dst, v.typ):
		if target == nil {
			target = unsafe_New(dst)
		}
		if v.Kind() == Interface && v.IsNil() {
			// a nil interface converts to a nil interface
			*(*[2]unsafe.Pointer)(target) = [2]unsafe.Pointer{}
		} else {
			storeInterface(dst, valueInterface(v, false), target)
		}
		return Value{dst, target, flagIndir | flag(Interface)}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}

// storeInterface stores x as a value of interface type T (which x's
// dynamic type implements) at dst.
func storeInterface(T *rtype, x any, dst unsafe.Pointer) {
	e := (*emptyInterface)(unsafe.Pointer(&x))
	if len(T.imethods()) == 0 {
		*(*emptyInterface)(dst) = *e
		return
	}
	w := (*[2]unsafe.Pointer)(dst)
	w[0] = nil
	if e.typ != nil {
		w[0] = assertE2I2(T, e.typ)
	}
	w[1] = e.word
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.Kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.Kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ.elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

// SetLen sets a settable slice's length, within its capacity.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.Cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.Len = n
}

// SetCap sets a settable slice's capacity, between its length and its
// capacity.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	s := (*sliceHeader)(v.ptr)
	if n < s.Len || n > s.Cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.Cap = n
}

// Addr is a pointer to v, which must be addressable.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{ptrTo(v.typ), v.ptr, v.flag&flagRO | flag(Pointer)}
}

// Slice is v[i:j] of an addressable array, a slice or a string.
func (v Value) Slice(i, j int) Value {
	var cap int
	var typ *rtype
	var base unsafe.Pointer
	switch v.Kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		cap = v.typ.Len()
		typ = (*arrayType)(unsafe.Pointer(v.typ)).slice
		base = v.ptr
	case Slice:
		s := (*sliceHeader)(v.ptr)
		cap = s.Cap
		typ = v.typ
		base = s.Data
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > s.Len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		t := new(stringHeader)
		if i < s.Len {
			*t = stringHeader{add(s.Data, uintptr(i)), j - i}
		}
		return Value{v.typ, unsafe.Pointer(t), v.flag.ro() | flagIndir | flag(String)}
	default:
		panic(&ValueError{"reflect.Value.Slice", v.Kind()})
	}
	if i < 0 || j < i || j > cap {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	return v.sliceOf(typ, base, i, j, cap)
}

// Slice3 is v[i:j:k] of an addressable array or a slice.
func (v Value) Slice3(i, j, k int) Value {
	var cap int
	var typ *rtype
	var base unsafe.Pointer
	switch v.Kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		cap = v.typ.Len()
		typ = (*arrayType)(unsafe.Pointer(v.typ)).slice
		base = v.ptr
	case Slice:
		s := (*sliceHeader)(v.ptr)
		cap = s.Cap
		typ = v.typ
		base = s.Data
	default:
		panic(&ValueError{"reflect.Value.Slice3", v.Kind()})
	}
	if i < 0 || j < i || k < j || k > cap {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	return v.sliceOf(typ, base, i, j, k)
}

// sliceOf is the slice base[i:j:k] of type typ. An empty result keeps
// base, so that it never points past the array.
func (v Value) sliceOf(typ *rtype, base unsafe.Pointer, i, j, k int) Value {
	s := &sliceHeader{base, j - i, k - i}
	if k-i > 0 {
		s.Data = add(base, uintptr(i)*typ.elem().size)
	}
	return Value{typ, unsafe.Pointer(s), v.flag.ro() | flagIndir | flag(Slice)}
}

// grow is s with room for n more elements, its length len(s)+n, moved
// to a bigger array as append would.
func (s Value) grow(n int) Value {
	h := (*sliceHeader)(s.ptr)
	len := h.Len + n
	if len < 0 {
		panic("reflect.Append: slice overflow")
	}
	g := &sliceHeader{h.Data, len, h.Cap}
	if len > h.Cap {
		g.Data, g.Cap = growslice(s.typ.elem(), h.Data, h.Len, h.Cap, len)
	}
	return Value{s.typ, unsafe.Pointer(g), flagIndir | flag(Slice)}
}

// notAMethod is the name gc's ValueError gives a function that is not a
// Value method (gc names the innermost Value method on the stack).
const notAMethod = "unknown method"

// Append is append(s, x...) of a slice Value.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, notAMethod)
	n := s.Len()
	s = s.grow(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice is append(s, t...) of two slice Values.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, notAMethod)
	t.mustBe(Slice, notAMethod)
	typesMustMatch("reflect.AppendSlice", s.typ.elem(), t.typ.elem())
	n, m := s.Len(), t.Len()
	s = s.grow(m)
	Copy(s.Slice(n, n+m), t)
	return s
}

func typesMustMatch(what string, t1, t2 *rtype) {
	if t1 != t2 {
		panic(what + ": " + t1.String() + " != " + t2.String())
	}
}

// Copy copies from src into dst (arrays, slices, a string into a byte
// slice) until one is exhausted, and says how many elements it copied.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.Kind()
	stringCopy := false
	if sk != Array && sk != Slice {
		stringCopy = sk == String && dst.typ.elem().Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("reflect.Copy")
	et := dst.typ.elem()
	if !stringCopy {
		typesMustMatch("reflect.Copy", et, src.typ.elem())
	}
	dp, dn := dst.elems()
	sp, sn := src.elems()
	n := dn
	if sn < n {
		n = sn
	}
	if n > 0 && dp != sp {
		memmove(dp, sp, uintptr(n)*et.size)
	}
	return n
}

// elems is the first element's address and the length of an array,
// slice or string.
func (v Value) elems() (unsafe.Pointer, int) {
	switch v.Kind() {
	case Array:
		return v.addr(), v.typ.Len()
	case Slice:
		s := (*sliceHeader)(v.ptr)
		return s.Data, s.Len
	}
	s := (*stringHeader)(v.ptr)
	return s.Data, s.Len
}

// memmove copies n bytes from src to dst, which may overlap (no
// collector yet, so no write barriers are owed for pointers inside).
func memmove(dst, src unsafe.Pointer, n uintptr) {
	copy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), n))
}
