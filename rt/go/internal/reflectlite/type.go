// Package reflectlite is hood's internal/reflectlite: the little of
// reflect that errors, sort and context use (TypeOf, ValueOf, Swapper,
// Type's Kind, Elem, Implements, AssignableTo, Comparable, String;
// Value's Elem, IsNil, Len, Set), on hood's type descriptors: gc's
// layout with absolute pointers and NUL-terminated names (rt/type.h is
// the one statement of it; compiler/ssagen/typedesc.c writes them).
//
// Functions without a body are the runtime's (rt/linkname.def).
package reflectlite

import "unsafe"

// A Kind is the kind of type a Type represents; gc's numbers.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String is the kind's name ("ptr", "slice", ...; "kind30" past the end).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}

// Type is the representation of a Go type.
type Type interface {
	Name() string
	PkgPath() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type
	common() *rtype
}

// rtype is the descriptor's header (rt/type.h, struct _type).
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      uintptr
	gcdata     *byte
	str        *byte
	ptrToThis  *rtype
}

const (
	tflagUncommon   = 1
	tflagNamed      = 4
	kindDirectIface = 1 << 5
	kindMask        = 1<<5 - 1
)

// Offsets in a descriptor past the header, by kind (rt/type.h).
const (
	elemOff     = 56 // ptrtype, slicetype, arraytype, chantype: elem
	arrayLenOff = 72 // arraytype.len
	mapElemOff  = 64 // maptype.elem
	chanDirOff  = 64 // chantype.dir
	pkgPathOff  = 56 // structtype.pkgPath, interfacetype.pkgpath
	listOff     = 64 // structtype.fields, interfacetype.mhdr: a slice
	funcInOff   = 56 // functype.inCount, outCount (uint16 each)
)

// imethod is an interface's method (rt/type.h).
type imethod struct {
	name    *byte
	typ     *rtype
	pkgPath *byte // an unexported name's package
}

// method is an entry of a type's method table (rt/type.h).
type method struct {
	name    *byte
	mtyp    *rtype
	ifn     uintptr
	tfn     uintptr
	pkgPath *byte // an unexported name's package
}

// uncommonType follows the kind's struct in named types and types with
// methods (rt/type.h).
type uncommonType struct {
	pkgPath *byte
	mcount  uint16
	xcount  uint16
	moff    uint32
}

// structField is a struct field (rt/type.h).
type structField struct {
	name        *byte
	typ         *rtype
	offsetEmbed uintptr
}

func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}

// cstring copies the NUL-terminated bytes at p.
func cstring(p *byte) string {
	if p == nil {
		return ""
	}
	n := 0
	for *(*byte)(add(unsafe.Pointer(p), uintptr(n))) != 0 {
		n++
	}
	return string(unsafe.Slice(p, n))
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind & kindMask) }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) String() string { return cstring(t.str) }

func (t *rtype) Comparable() bool { return t.equal != 0 }

func (t *rtype) hasName() bool { return t.tflag&tflagNamed != 0 }

// Name is a defined type's name within its package ("" otherwise).
func (t *rtype) Name() string {
	if !t.hasName() {
		return ""
	}
	s := t.String()
	i := len(s) - 1
	for i >= 0 && s[i] != '.' {
		i--
	}
	return s[i+1:]
}

// kindEnd is the size of the kind's descriptor struct: where the
// uncommontype starts (rt/type.h's sizes).
func (t *rtype) kindEnd() uintptr {
	switch t.Kind() {
	case Pointer, Slice, Func:
		return 64
	case Array:
		return 80
	case Chan:
		return 72
	case Struct, Interface:
		return 88
	case Map:
		return 96
	}
	return 56
}

func (t *rtype) uncommon() *uncommonType {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	return (*uncommonType)(add(unsafe.Pointer(t), t.kindEnd()))
}

// PkgPath is a defined type's package path ("" otherwise).
func (t *rtype) PkgPath() string {
	u := t.uncommon()
	if !t.hasName() || u == nil {
		return ""
	}
	return cstring(u.pkgPath)
}

// Elem is the element type of an array, chan, map, pointer or slice.
func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Pointer, Slice:
		return toType(*(**rtype)(add(unsafe.Pointer(t), elemOff)))
	case Map:
		return toType(*(**rtype)(add(unsafe.Pointer(t), mapElemOff)))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) elem() *rtype {
	return *(**rtype)(add(unsafe.Pointer(t), elemOff))
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// imethods is an interface type's method list, sorted as gc sorts.
func (t *rtype) imethods() []imethod {
	return *(*[]imethod)(add(unsafe.Pointer(t), listOff))
}

// methods is t's method table, in the same order.
func (t *rtype) methods() []method {
	u := t.uncommon()
	if u == nil || u.mcount == 0 {
		return nil
	}
	p := (*method)(add(unsafe.Pointer(u), uintptr(u.moff)))
	return unsafe.Slice(p, int(u.mcount))
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || implements(uu, t)
}

// sameType: one descriptor per type in compiled code, but the runtime's
// C code has its own descriptors of a few types ("func() string"), which
// match by name and hash, as the runtime's itab table matches them.
func sameType(a, b *rtype) bool {
	return a == b || a.hash == b.hash && a.String() == b.String()
}

// implements reports whether V implements the interface type T: for an
// interface V, by comparing the sorted method lists; for any other type
// the runtime's itab table decides, as a conversion would.
func implements(T, V *rtype) bool {
	if T.Kind() != Interface {
		return false
	}
	tm := T.imethods()
	if len(tm) == 0 {
		return true
	}
	if V.Kind() == Interface {
		vm := V.imethods()
		j := 0
		for i := 0; i < len(tm); i++ {
			for j < len(vm) && cstring(vm[j].name) != cstring(tm[i].name) {
				j++
			}
			if j == len(vm) || !sameType(vm[j].typ, tm[i].typ) {
				return false
			}
			j++
		}
		return true
	}
	return assertE2I2(T, V) != nil
}

// assertE2I2 is the itab of V for interface T, or nil if V lacks a
// method (rt/iface.c).
func assertE2I2(T, V *rtype) unsafe.Pointer

// directlyAssignable: a value of type V may be assigned to T without an
// interface conversion: the same type, or identical underlying types
// when one of them is not a defined type.
func directlyAssignable(T, V *rtype) bool {
	if sameType(T, V) {
		return true
	}
	if T.hasName() && V.hasName() || T.Kind() != V.Kind() {
		return false
	}
	if T.Kind() == Chan && V.chanDir() == bothDir && sameType(T.elem(), V.elem()) {
		return true
	}
	return identicalUnderlying(T, V)
}

const bothDir = 3

func (t *rtype) chanDir() uintptr {
	return *(*uintptr)(add(unsafe.Pointer(t), chanDirOff))
}

// identicalUnderlying compares the underlying types of two descriptors
// of the same kind, one level deep (the parts are whole types, which
// have one descriptor each).
func identicalUnderlying(T, V *rtype) bool {
	switch T.Kind() {
	case Pointer, Slice:
		return sameType(T.elem(), V.elem())
	case Array:
		return sameType(T.elem(), V.elem()) &&
			*(*uintptr)(add(unsafe.Pointer(T), arrayLenOff)) == *(*uintptr)(add(unsafe.Pointer(V), arrayLenOff))
	case Chan:
		return T.chanDir() == V.chanDir() && sameType(T.elem(), V.elem())
	case Map:
		return sameType(T.elem(), V.elem()) && sameType(T.mapKey(), V.mapKey())
	case Func:
		tp, vp := T.funcParams(), V.funcParams()
		if *(*uint32)(add(unsafe.Pointer(T), funcInOff)) != *(*uint32)(add(unsafe.Pointer(V), funcInOff)) {
			return false
		}
		for i := range tp {
			if !sameType(tp[i], vp[i]) {
				return false
			}
		}
		return true
	case Interface:
		tm, vm := T.imethods(), V.imethods()
		if len(tm) != len(vm) {
			return false
		}
		for i := range tm {
			if cstring(tm[i].name) != cstring(vm[i].name) || !sameType(tm[i].typ, vm[i].typ) {
				return false
			}
		}
		return true
	case Struct:
		tf := *(*[]structField)(add(unsafe.Pointer(T), listOff))
		vf := *(*[]structField)(add(unsafe.Pointer(V), listOff))
		if len(tf) != len(vf) {
			return false
		}
		for i := range tf {
			if cstring(tf[i].name) != cstring(vf[i].name) || !sameType(tf[i].typ, vf[i].typ) ||
				tf[i].offsetEmbed != vf[i].offsetEmbed {
				return false
			}
		}
		return true
	}
	// basic kinds: their underlying types are the predeclared ones
	return true
}

func (t *rtype) mapKey() *rtype {
	return *(**rtype)(add(unsafe.Pointer(t), elemOff))
}

// funcParams lists a func type's parameter and result types.
func (t *rtype) funcParams() []*rtype {
	counts := *(*[2]uint16)(add(unsafe.Pointer(t), funcInOff))
	n := int(counts[0]&0x7fff) + int(counts[1])
	off := uintptr(64)
	if t.tflag&tflagUncommon != 0 {
		off += 16
	}
	if n == 0 {
		return nil
	}
	return unsafe.Slice((**rtype)(add(unsafe.Pointer(t), off)), n)
}

// TypeOf is the dynamic type of i; nil for a nil interface.
func TypeOf(i any) Type {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return toType(e.typ)
}
