// DeepEqual: equality that looks through pointers, slices, maps and
// interfaces, and terminates on cyclic values.

package reflect

import "unsafe"

// DeepEqual reports whether x and y are deeply equal: of the same
// type, and then, by kind, elementwise (arrays; slices of the same
// length, both nil or both not), fieldwise (structs), pointing to deeply
// equal values (pointers; interfaces holding them), with the same keys
// mapped to deeply equal values (maps, both nil or both not), nil
// (funcs), or == (everything else).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepEqual(v1, v2, map[seenPair]bool{})
}

// seenPair is a comparison under way: of the references at a and b (in
// address order), of type typ. Meeting it again, inside itself, means a
// cycle; the pair is taken as equal there, since any difference shows
// elsewhere in the walk.
type seenPair struct {
	a, b unsafe.Pointer
	typ  *rtype
}

// reference is the address that identifies a map, slice, pointer or
// interface value for cycle detection (nil: not one, or nil).
func (v Value) reference() unsafe.Pointer {
	switch v.Kind() {
	case Pointer:
		if v.typ.ptrdata == 0 { // points outside the heap: no cycle through it
			return nil
		}
		return v.pointer()
	case Map:
		return v.pointer()
	case Slice, Interface:
		if v.IsNil() {
			return nil
		}
		return v.ptr // the slice header's or the interface's own address
	}
	return nil
}

func deepEqual(v1, v2 Value, seen map[seenPair]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	if a, b := v1.reference(), v2.reference(); a != nil && b != nil {
		if uintptr(a) > uintptr(b) {
			a, b = b, a
		}
		p := seenPair{a, b, v1.typ}
		if seen[p] {
			return true
		}
		seen[p] = true
	}
	switch v1.Kind() {
	case Array:
		return deepEqualElems(v1, v2, seen)
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		return v1.UnsafePointer() == v2.UnsafePointer() || deepEqualElems(v1, v2, seen)
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepEqual(v1.Elem(), v2.Elem(), seen)
	case Pointer:
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		return deepEqual(v1.Elem(), v2.Elem(), seen)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepEqual(v1.Field(i), v2.Field(i), seen) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		for _, k := range v1.MapKeys() {
			e1, e2 := v1.MapIndex(k), v2.MapIndex(k)
			if !e1.IsValid() || !e2.IsValid() || !deepEqual(e1, e2, seen) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	}
	// chans and unsafe pointers: ==
	return valueInterface(v1, false) == valueInterface(v2, false)
}

// deepEqualElems compares two arrays or slices of one length element
// by element.
func deepEqualElems(v1, v2 Value, seen map[seenPair]bool) bool {
	for i := 0; i < v1.Len(); i++ {
		if !deepEqual(v1.Index(i), v2.Index(i), seen) {
			return false
		}
	}
	return true
}
