// Conversions: Value.Convert and Type.ConvertibleTo, with the spec's
// rules (and gc's results for the numeric ones, which are the
// compiler's conversions of the same operands).

package reflect

import (
	"strconv"
	"unsafe"
)

// Convert is v converted to type t, as the conversion t(v) would.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		v = makeMethodValue("Convert", v)
	}
	op := convertOp(t.common(), v.typ)
	if op == nil {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	return op(v, t.common())
}

// CanConvert reports whether v.Convert(t) would succeed (a slice to a
// too-long array pointer would not).
func (v Value) CanConvert(t Type) bool {
	if !v.Type().ConvertibleTo(t) {
		return false
	}
	if v.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array && t.Elem().Len() > v.Len() {
		return false
	}
	return true
}

func isIntKind(k Kind) bool { return Int <= k && k <= Int64 }

func isUintKind(k Kind) bool { return Uint <= k && k <= Uintptr }

func isFloatKind(k Kind) bool { return k == Float32 || k == Float64 }

// convertOp is the function converting a value of type src to dst, or
// nil if there is no such conversion.
func convertOp(dst, src *rtype) func(Value, *rtype) Value {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case isIntKind(sk) || isUintKind(sk):
		switch {
		case isIntKind(dk) || isUintKind(dk):
			return cvtInt
		case isFloatKind(dk):
			return cvtIntFloat
		case dk == String:
			return cvtIntString
		}
	case isFloatKind(sk):
		switch {
		case isIntKind(dk):
			return cvtFloatInt
		case isUintKind(dk):
			return cvtFloatUint
		case isFloatKind(dk):
			return cvtFloat
		}
	case sk == Complex64 || sk == Complex128:
		if dk == Complex64 || dk == Complex128 {
			return cvtComplex
		}
	case sk == String:
		// to []byte and []rune, whose element types are not defined ones
		if dk == Slice && dst.elem().PkgPath() == "" {
			switch dst.elem().Kind() {
			case Uint8:
				return cvtStringBytes
			case Int32:
				return cvtStringRunes
			}
		}
	case sk == Slice:
		if dk == String && src.elem().PkgPath() == "" {
			switch src.elem().Kind() {
			case Uint8:
				return cvtBytesString
			case Int32:
				return cvtRunesString
			}
		}
		if dk == Pointer && dst.elem().Kind() == Array && sameType(src.elem(), dst.elem().elem()) {
			return cvtSliceArrayPtr
		}
	case sk == Chan:
		if dk == Chan && src.ChanDir() == BothDir && (!dst.hasName() || !src.hasName()) &&
			sameType(dst.elem(), src.elem()) {
			return cvtDirect
		}
	}
	if dk == sk && identicalUnderlying(dst, src, false) {
		return cvtDirect
	}
	// unnamed pointer types to identical underlying types
	if dk == Pointer && !dst.hasName() && sk == Pointer && !src.hasName() &&
		dst.elem().Kind() == src.elem().Kind() && identicalUnderlying(dst.elem(), src.elem(), false) {
		return cvtDirect
	}
	if implements(dst, src) {
		if sk == Interface {
			return cvtI2I
		}
		return cvtT2I
	}
	return nil
}

// makeInt is a new value of the integer type t holding the low bits of
// bits.
func makeInt(f flag, bits uint64, t *rtype) Value {
	p := unsafe_New(t)
	switch t.size {
	case 1:
		*(*uint8)(p) = uint8(bits)
	case 2:
		*(*uint16)(p) = uint16(bits)
	case 4:
		*(*uint32)(p) = uint32(bits)
	case 8:
		*(*uint64)(p) = bits
	}
	return Value{t, p, f | flagIndir | flag(t.Kind())}
}

func makeFloat(f flag, x float64, t *rtype) Value {
	p := unsafe_New(t)
	if t.size == 4 {
		*(*float32)(p) = float32(x)
	} else {
		*(*float64)(p) = x
	}
	return Value{t, p, f | flagIndir | flag(t.Kind())}
}

func makeComplex(f flag, x complex128, t *rtype) Value {
	p := unsafe_New(t)
	if t.size == 8 {
		*(*complex64)(p) = complex64(x)
	} else {
		*(*complex128)(p) = x
	}
	return Value{t, p, f | flagIndir | flag(t.Kind())}
}

// makeCopy is a new value of type t holding the value at src.
func makeCopy(f flag, src unsafe.Pointer, t *rtype) Value {
	p := unsafe_New(t)
	typedmemmove(t, p, src)
	return Value{t, p, f | flagIndir | flag(t.Kind())}
}

// intBits is an integer v's value as 64 bits (sign-extended or not).
func (v Value) intBits() uint64 {
	if isIntKind(v.Kind()) {
		return uint64(v.Int())
	}
	return v.Uint()
}

func cvtInt(v Value, t *rtype) Value {
	return makeInt(v.flag.ro(), v.intBits(), t)
}

func cvtIntFloat(v Value, t *rtype) Value {
	if isIntKind(v.Kind()) {
		return makeFloat(v.flag.ro(), float64(v.Int()), t)
	}
	return makeFloat(v.flag.ro(), float64(v.Uint()), t)
}

// cvtIntString: string(rune(x)), U+FFFD for a value out of rune's range.
func cvtIntString(v Value, t *rtype) Value {
	s := "\uFFFD"
	if isIntKind(v.Kind()) {
		if x := v.Int(); int64(rune(x)) == x {
			s = string(rune(x))
		}
	} else if x := v.Uint(); uint64(rune(x)) == x {
		s = string(rune(x))
	}
	return makeCopy(v.flag.ro(), unsafe.Pointer(&s), t)
}

func cvtFloatInt(v Value, t *rtype) Value {
	return makeInt(v.flag.ro(), uint64(int64(v.Float())), t)
}

func cvtFloatUint(v Value, t *rtype) Value {
	return makeInt(v.flag.ro(), uint64(v.Float()), t)
}

// cvtFloat: float32 to float32 keeps the bits (a NaN's payload too).
func cvtFloat(v Value, t *rtype) Value {
	if v.Kind() == Float32 && t.Kind() == Float32 {
		return makeCopy(v.flag.ro(), v.ptr, t)
	}
	return makeFloat(v.flag.ro(), v.Float(), t)
}

func cvtComplex(v Value, t *rtype) Value {
	return makeComplex(v.flag.ro(), v.Complex(), t)
}

func cvtStringBytes(v Value, t *rtype) Value {
	b := []byte(*(*string)(v.ptr))
	return makeCopy(v.flag.ro(), unsafe.Pointer(&b), t)
}

func cvtStringRunes(v Value, t *rtype) Value {
	r := []rune(*(*string)(v.ptr))
	return makeCopy(v.flag.ro(), unsafe.Pointer(&r), t)
}

func cvtBytesString(v Value, t *rtype) Value {
	s := string(*(*[]byte)(v.ptr))
	return makeCopy(v.flag.ro(), unsafe.Pointer(&s), t)
}

func cvtRunesString(v Value, t *rtype) Value {
	s := string(v.runes())
	return makeCopy(v.flag.ro(), unsafe.Pointer(&s), t)
}

// cvtSliceArrayPtr: (*[N]T)(s), which panics if s is shorter than N.
func cvtSliceArrayPtr(v Value, t *rtype) Value {
	n := t.elem().Len()
	s := (*sliceHeader)(v.ptr)
	if n > s.Len {
		panic("reflect: cannot convert slice with length " + strconv.Itoa(s.Len) +
			" to pointer to array with length " + strconv.Itoa(n))
	}
	return Value{t, s.Data, v.flag&^(flagIndir|flagAddr|flagKindMask) | flag(Pointer)}
}

// cvtDirect: the same representation; an addressable value is copied,
// since the result must not change with the variable.
func cvtDirect(v Value, t *rtype) Value {
	f := v.flag
	p := v.ptr
	if f&flagAddr != 0 {
		p = unsafe_New(t)
		typedmemmove(t, p, v.ptr)
		f &^= flagAddr
	}
	return Value{t, p, v.flag.ro() | f}
}

// cvtT2I converts a concrete value to an interface type it implements.
func cvtT2I(v Value, t *rtype) Value {
	target := unsafe_New(t)
	storeInterface(t, valueInterface(v, false), target)
	return Value{t, target, v.flag.ro() | flagIndir | flag(Interface)}
}

// cvtI2I converts an interface value to another interface type.
func cvtI2I(v Value, t *rtype) Value {
	if v.IsNil() {
		z := Zero(t)
		z.flag |= v.flag.ro()
		return z
	}
	return cvtT2I(v.Elem(), t)
}
