// Package reflect is hood's reflect: run-time reflection over hood's type
// descriptors, which have gc's layout with absolute pointers where gc
// stores offsets into module data, and NUL-terminated names (rt/type.h
// is the one statement of the layout; compiler/ssagen/typedesc.c writes
// the descriptors). internal/reflectlite reads the same descriptors for
// errors and sort; this package follows its approach (the same identity,
// assignability and implements rules), and the two share no code since Go
// packages cannot share unexported code.
//
// This file: Kind, Type and the descriptors' Go view. value.go: Value.
// Functions without a body are the runtime's (rt/linkname.def).
package reflect

import (
	"strconv"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A Kind is the kind of type a Type represents; gc's numbers, which the
// descriptors' kind byte holds.
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
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type. Its only implementation is
// *rtype, a pointer to a descriptor.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
	uncommon() *uncommonType
}

// A Method is a method of a type's method set (or an interface's).
type Method struct {
	Name    string
	PkgPath string // an unexported method's package; "" if exported
	Type    Type   // the method's type: with the receiver first, except for interfaces
	Func    Value  // the method as a function of the receiver; zero for interfaces
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
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
	equal      uintptr // code of func(p, q unsafe.Pointer) bool; 0 if not comparable
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

// The kinds' descriptors: the header, then the kind's fields (rt/type.h).
type ptrType struct {
	rtype
	elem *rtype
}

type sliceType struct {
	rtype
	elem *rtype
}

type arrayType struct {
	rtype
	elem  *rtype
	slice *rtype // []elem
	len   uintptr
}

type chanType struct {
	rtype
	elem *rtype
	dir  uintptr
}

// funcType is followed (after the uncommonType, if any) by inCount +
// outCount parameter and result types.
type funcType struct {
	rtype
	inCount  uint16
	outCount uint16 // top bit: the last parameter is ...T
}

type structType struct {
	rtype
	pkgPath *byte // the package of the unexported fields
	fields  []structField
}

type interfaceType struct {
	rtype
	pkgPath *byte
	methods []imethod // sorted as gc sorts methods
}

type mapType struct {
	rtype
	key        *rtype
	elem       *rtype
	bucket     *rtype
	hasher     uintptr
	keysize    uint8
	elemsize   uint8
	bucketsize uint16
	flags      uint32
}

// structField is a struct field. name points to the field's name and,
// after its NUL, to its tag and another NUL (rt/type.h).
type structField struct {
	name        *byte
	typ         *rtype
	offsetEmbed uintptr // offset << 1 | 1 if the field is embedded
}

// imethod is an interface's method (rt/type.h).
type imethod struct {
	name    *byte
	typ     *rtype // a func type
	pkgPath *byte  // an unexported name's package
}

// uncommonType follows the kind's fields in named types and types with
// methods (rt/type.h).
type uncommonType struct {
	pkgPath *byte
	mcount  uint16
	xcount  uint16 // the exported methods: the first xcount
	moff    uint32
}

// method is an entry of a type's method table (rt/type.h).
type method struct {
	name    *byte
	mtyp    *rtype  // the signature without the receiver
	ifn     uintptr // code taking the interface's data word as receiver
	tfn     uintptr // code taking the receiver as its own type
	pkgPath *byte
}

func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}

// cstring is the NUL-terminated string at p as a Go string, which
// shares its bytes rather than copying them: names in descriptors never
// change, whether the compiler emitted them (read-only data) or
// StructOf and friends made them (cbytes, never written again), so the
// string's immutability holds. Type.String, Field and Method ask for
// names often (fmt prints a struct's field names with %+v).
func cstring(p *byte) string {
	if p == nil {
		return ""
	}
	n := 0
	for *(*byte)(add(unsafe.Pointer(p), uintptr(n))) != 0 {
		n++
	}
	var s string
	*(*stringHeader)(unsafe.Pointer(&s)) = stringHeader{unsafe.Pointer(p), n}
	return s
}

// isExportedName: as the compiler decides, by unicode.IsUpper of the
// first rune; an ASCII first byte decides alone.
func isExportedName(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// nameExported is isExportedName of the NUL-terminated name at p, read
// in place: Value.Field asks it of every field it gives (fmt prints a
// struct field by field), and copying the name out with cstring to ask
// isExportedName was most of Field's cost. Only the first rune's bytes
// are read.
func nameExported(p *byte) bool {
	if p == nil {
		return false
	}
	if c := *p; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	var b [utf8.UTFMax]byte
	n := 0
	for ; n < len(b); n++ {
		c := *(*byte)(add(unsafe.Pointer(p), uintptr(n)))
		if c == 0 {
			break
		}
		b[n] = c
	}
	r, _ := utf8.DecodeRune(b[:n])
	return unicode.IsUpper(r)
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind & kindMask) }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Align() int { return int(t.align) }

func (t *rtype) FieldAlign() int { return int(t.fieldAlign) }

func (t *rtype) String() string { return cstring(t.str) }

func (t *rtype) Comparable() bool { return t.equal != 0 }

func (t *rtype) hasName() bool { return t.tflag&tflagNamed != 0 }

// ifaceIndir: an interface holds a pointer to a value of t, not the
// value itself.
func (t *rtype) ifaceIndir() bool { return t.kind&kindDirectIface == 0 }

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
// uncommonType starts.
func (t *rtype) kindEnd() uintptr {
	switch t.Kind() {
	case Pointer, Slice, Func:
		return unsafe.Sizeof(ptrType{})
	case Array:
		return unsafe.Sizeof(arrayType{})
	case Chan:
		return unsafe.Sizeof(chanType{})
	case Struct, Interface:
		return unsafe.Sizeof(structType{})
	case Map:
		return unsafe.Sizeof(mapType{})
	}
	return unsafe.Sizeof(rtype{})
}

func (t *rtype) uncommon() *uncommonType {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	return (*uncommonType)(add(unsafe.Pointer(t), t.kindEnd()))
}

// PkgPath is a defined type's package path ("" otherwise, and for the
// predeclared types).
func (t *rtype) PkgPath() string {
	u := t.uncommon()
	if !t.hasName() || u == nil {
		return ""
	}
	return cstring(u.pkgPath)
}

// methods is t's method table, sorted as gc sorts: exported names first.
func (t *rtype) methods() []method {
	u := t.uncommon()
	if u == nil || u.mcount == 0 {
		return nil
	}
	p := (*method)(add(unsafe.Pointer(u), uintptr(u.moff)))
	return unsafe.Slice(p, int(u.mcount))
}

func (t *rtype) exportedMethods() []method {
	u := t.uncommon()
	if u == nil || u.xcount == 0 {
		return nil
	}
	return t.methods()[:u.xcount]
}

func (t *rtype) imethods() []imethod {
	return (*interfaceType)(unsafe.Pointer(t)).methods
}

// NumMethod counts an interface's methods, and the exported methods of
// any other type's method set.
func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return len(t.imethods())
	}
	return len(t.exportedMethods())
}

// Method is the i'th method: of an interface's methods, or of the
// exported methods of t's method set, whose Type takes the receiver
// first and whose Func is the method's code.
func (t *rtype) Method(i int) (m Method) {
	if t.Kind() == Interface {
		ms := t.imethods()
		if i < 0 || i >= len(ms) {
			panic("reflect: Method index out of range")
		}
		p := &ms[i]
		m.Name = cstring(p.name)
		if !isExportedName(m.Name) {
			m.PkgPath = cstring(p.pkgPath)
		}
		m.Type = toType(p.typ)
		m.Index = i
		return m
	}
	ms := t.exportedMethods()
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	p := &ms[i]
	m.Name = cstring(p.name)
	m.Index = i
	sig := p.mtyp.funcParams()
	nin := p.mtyp.NumIn()
	in := make([]*rtype, 0, nin+1)
	in = append(in, t)
	in = append(in, sig[:nin]...)
	mt := funcOf(in, sig[nin:], p.mtyp.IsVariadic())
	m.Type = mt
	// tfn's word in the descriptor serves as the func value: a closure
	// with no captured variables is a pointer to its code address.
	m.Func = Value{mt, unsafe.Pointer(&p.tfn), flag(Func)}
	return m
}

// MethodByName is the method called name, and whether there is one.
func (t *rtype) MethodByName(name string) (Method, bool) {
	if t.Kind() == Interface {
		for i, p := range t.imethods() {
			if cstring(p.name) == name {
				return t.Method(i), true
			}
		}
		return Method{}, false
	}
	for i, p := range t.exportedMethods() {
		if cstring(p.name) == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

// Bits is the size in bits of a numeric type.
func (t *rtype) Bits() int {
	if t == nil {
		panic("reflect: Bits of nil Type")
	}
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir((*chanType)(unsafe.Pointer(t)).dir)
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return (*funcType)(unsafe.Pointer(t)).outCount&(1<<15) != 0
}

// elem is the element type of an array, chan, pointer or slice (the
// same offset in their descriptors) or of a map.
func (t *rtype) elem() *rtype {
	if t.Kind() == Map {
		return (*mapType)(unsafe.Pointer(t)).elem
	}
	return (*ptrType)(unsafe.Pointer(t)).elem
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem())
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType((*mapType)(unsafe.Pointer(t)).key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int((*arrayType)(unsafe.Pointer(t)).len)
}

// funcParams lists a func type's parameter types, then its result types.
func (t *rtype) funcParams() []*rtype {
	ft := (*funcType)(unsafe.Pointer(t))
	n := int(ft.inCount) + int(ft.outCount&(1<<15-1))
	if n == 0 {
		return nil
	}
	off := unsafe.Sizeof(funcType{})
	if t.tflag&tflagUncommon != 0 {
		off += unsafe.Sizeof(uncommonType{})
	}
	return unsafe.Slice((**rtype)(add(unsafe.Pointer(t), off)), n)
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return int((*funcType)(unsafe.Pointer(t)).inCount)
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return int((*funcType)(unsafe.Pointer(t)).outCount & (1<<15 - 1))
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	return toType(t.funcParams()[:t.NumIn()][i])
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	return toType(t.funcParams()[t.NumIn():][i])
}

// Implements reports whether t implements the interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

// AssignableTo reports whether a value of type t may be assigned to u.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || implements(uu, t)
}

// ConvertibleTo reports whether a value of type t converts to u.
func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertOp(u.common(), t) != nil
}

// sameType: one descriptor per type in compiled code, but the runtime's
// C code has its own descriptors of a few types ("func() string"), and
// reflect makes some (PointerTo, Method's types), which match by name
// and hash, as the runtime's itab table matches them.
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
	if T.Kind() == Chan && V.ChanDir() == BothDir && sameType(T.elem(), V.elem()) {
		return true
	}
	return identicalUnderlying(T, V, true)
}

// identicalUnderlying compares the underlying types of two descriptors
// of the same kind, one level deep: the parts are whole types, which
// have one descriptor each, compared by identicalType.
func identicalUnderlying(T, V *rtype, cmpTags bool) bool {
	same := func(a, b *rtype) bool { return identicalType(a, b, cmpTags) }
	switch T.Kind() {
	case Pointer, Slice:
		return same(T.elem(), V.elem())
	case Array:
		return same(T.elem(), V.elem()) && T.Len() == V.Len()
	case Chan:
		return T.ChanDir() == V.ChanDir() && same(T.elem(), V.elem())
	case Map:
		return same(T.elem(), V.elem()) && same(T.mapKey(), V.mapKey())
	case Func:
		tf, vf := (*funcType)(unsafe.Pointer(T)), (*funcType)(unsafe.Pointer(V))
		if tf.inCount != vf.inCount || tf.outCount != vf.outCount {
			return false
		}
		tp, vp := T.funcParams(), V.funcParams()
		for i := range tp {
			if !same(tp[i], vp[i]) {
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
			if cstring(tm[i].name) != cstring(vm[i].name) || !same(tm[i].typ, vm[i].typ) {
				return false
			}
		}
		return true
	case Struct:
		tf, vf := T.fields(), V.fields()
		if len(tf) != len(vf) {
			return false
		}
		for i := range tf {
			if tf[i].Name() != vf[i].Name() || !same(tf[i].typ, vf[i].typ) ||
				tf[i].offsetEmbed != vf[i].offsetEmbed || cmpTags && tf[i].tag() != vf[i].tag() {
				return false
			}
		}
		return true
	}
	// basic kinds: their underlying types are the predeclared ones
	return true
}

// identicalType: the same type, or (for a conversion, !cmpTags) types
// that differ only in struct tags, at any depth.
func identicalType(T, V *rtype, cmpTags bool) bool {
	if cmpTags || sameType(T, V) {
		return sameType(T, V)
	}
	if T.Name() != V.Name() || T.Kind() != V.Kind() || T.PkgPath() != V.PkgPath() {
		return false
	}
	return identicalUnderlying(T, V, false)
}

func (t *rtype) mapKey() *rtype {
	return (*mapType)(unsafe.Pointer(t)).key
}

// ---- struct fields ----

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // an unexported field's package; "" if exported
	Type      Type
	Tag       StructTag
	Offset    uintptr // within the struct, in bytes
	Index     []int   // for Type.FieldByIndex
	Anonymous bool    // an embedded field
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

func (f *structField) Name() string { return cstring(f.name) }

// tag is the string after the name's NUL (typedesc.c writes one for
// every field, empty when there is no tag).
func (f *structField) tag() string {
	n := 0
	for *(*byte)(add(unsafe.Pointer(f.name), uintptr(n))) != 0 {
		n++
	}
	return cstring((*byte)(add(unsafe.Pointer(f.name), uintptr(n+1))))
}

func (f *structField) offset() uintptr { return f.offsetEmbed >> 1 }

func (f *structField) embedded() bool { return f.offsetEmbed&1 != 0 }

func (t *rtype) fields() []structField {
	return (*structType)(unsafe.Pointer(t)).fields
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return len(t.fields())
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	fs := t.fields()
	if i < 0 || i >= len(fs) {
		panic("reflect: Field index out of bounds")
	}
	p := &fs[i]
	f := StructField{
		Name:      p.Name(),
		Type:      toType(p.typ),
		Tag:       StructTag(p.tag()),
		Offset:    p.offset(),
		Index:     []int{i},
		Anonymous: p.embedded(),
	}
	if !isExportedName(f.Name) {
		f.PkgPath = cstring((*structType)(unsafe.Pointer(t)).pkgPath)
	}
	return f
}

// FieldByIndex is the field reached by the indexes, through embedded
// structs and pointers to them.
func (t *rtype) FieldByIndex(index []int) StructField {
	if t.Kind() != Struct {
		panic("reflect: FieldByIndex of non-struct type " + t.String())
	}
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 && cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
			cur = cur.Elem()
		}
		f = cur.Field(x)
		cur = f.Type
	}
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	return t.fieldBy(func(s string) bool { return s == name })
}

func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	return t.fieldBy(match)
}

// fieldBy finds the field whose name matches as a selector does: the
// shallowest depth with a match wins; two matches at that depth (or one
// struct reached twice there) leave no field. It searches breadth
// first through embedded structs, each struct type once.
func (t *rtype) fieldBy(match func(string) bool) (StructField, bool) {
	type visit struct {
		typ   *rtype
		index []int
		count int // how many ways this depth reaches typ
	}
	level := []visit{{typ: t, count: 1}}
	seen := map[*rtype]bool{}
	for len(level) > 0 {
		var next []visit
		var found StructField
		nfound := 0
		for _, v := range level {
			if seen[v.typ] {
				continue
			}
			seen[v.typ] = true
			for i := range v.typ.fields() {
				p := &v.typ.fields()[i]
				name := p.Name()
				var inner *rtype
				if p.embedded() {
					inner = p.typ
					if inner.Kind() == Pointer {
						inner = inner.elem()
					}
				}
				if match(name) {
					nfound += v.count
					if nfound > 1 {
						return StructField{}, false
					}
					found = v.typ.Field(i)
					found.Index = append(append([]int(nil), v.index...), i)
					continue
				}
				if inner == nil || inner.Kind() != Struct {
					continue
				}
				idx := append(append([]int(nil), v.index...), i)
				merged := false
				for k := range next {
					if next[k].typ == inner {
						next[k].count++
						merged = true
					}
				}
				if !merged {
					next = append(next, visit{inner, idx, v.count})
				}
			}
		}
		if nfound == 1 {
			return found, true
		}
		level = next
	}
	return StructField{}, false
}

// A StructTag is a field's tag: by convention key:"value" pairs
// separated by spaces.
type StructTag string

// Get is the value of key in the tag, "" if absent.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup is the value of key in the tag and whether the tag has key.
// Scanning stops at the first malformed pair, as gc's does.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for {
		for len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			return "", false
		}
		// the name: up to ':', without spaces, quotes or control bytes
		i := 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			return "", false
		}
		name := s[:i]
		s = s[i+1:]
		// the quoted value, with backslash escapes
		j := 1
		for j < len(s) && s[j] != '"' {
			if s[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(s) {
			return "", false
		}
		quoted := s[:j+1]
		s = s[j+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				return "", false
			}
			return v, true
		}
	}
}

// ---- types made at run time ----

// TypeOf is the dynamic type of i; nil for a nil interface.
func TypeOf(i any) Type {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return toType(e.typ)
}

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo is the type *t.
func PointerTo(t Type) Type {
	return ptrTo(t.common())
}

// Types that reflect made, one per type so that == compares them as it
// compares compiled descriptors.
var (
	madePtrs   = map[*rtype]*rtype{}
	madeSlices = map[*rtype]*rtype{}
	madeFuncs  = map[string][]*rtype{}
)

// programTypes lists the descriptors of the compiled program, where the
// functions making types look first, so that a type the program has is
// the program's descriptor (== compares descriptors).
func programTypes() []*rtype {
	p, n := typelinks()
	return unsafe.Slice((**rtype)(p), n)
}

// typelinks is every descriptor of the program (rt/linkname.def).
func typelinks() (unsafe.Pointer, int)

// ptrTo is *t: the program's descriptor when it has one (ptrToThis),
// else one made here from the descriptor of *unsafe.Pointer. A made *T
// has no methods: compiled code that has *T's method set also has its
// descriptor.
func ptrTo(t *rtype) *rtype {
	if t.ptrToThis != nil {
		return t.ptrToThis
	}
	if p := madePtrs[t]; p != nil {
		return p
	}
	proto := (*ptrType)(unsafe.Pointer(TypeOf((*unsafe.Pointer)(nil)).common()))
	p := new(ptrType)
	*p = *proto
	p.str = cbytes("*" + t.String())
	p.hash = nameHash(p.String())
	p.tflag = 0
	p.ptrToThis = nil
	p.elem = t
	madePtrs[t] = &p.rtype
	return &p.rtype
}

// SliceOf is the type []t.
func SliceOf(t Type) Type {
	return sliceOf(t.common())
}

func sliceOf(t *rtype) *rtype {
	if s := madeSlices[t]; s != nil {
		return s
	}
	for _, s := range programTypes() {
		if s.Kind() == Slice && s.elem() == t {
			madeSlices[t] = s
			return s
		}
	}
	proto := (*sliceType)(unsafe.Pointer(TypeOf([]unsafe.Pointer(nil)).common()))
	s := new(sliceType)
	*s = *proto
	s.str = cbytes("[]" + t.String())
	s.hash = nameHash(s.String())
	s.tflag = 0
	s.ptrToThis = nil
	s.elem = t
	madeSlices[t] = &s.rtype
	return &s.rtype
}

// made holds the types ChanOf, ArrayOf and MapOf found or made, by
// their names (one name may stand for distinct local types, so each
// entry is checked again).
var made = map[string][]*rtype{}

// lookupType is the program's or an earlier made type named name that
// match accepts, or nil.
func lookupType(name string, match func(*rtype) bool) *rtype {
	for _, t := range made[name] {
		if match(t) {
			return t
		}
	}
	for _, t := range programTypes() {
		if match(t) {
			made[name] = append(made[name], t)
			return t
		}
	}
	return nil
}

// ChanOf is the type of channels of direction dir and element type t.
func ChanOf(dir ChanDir, t Type) Type {
	et := t.common()
	if et.size >= 1<<16 {
		panic("reflect.ChanOf: element size too large")
	}
	var name string
	switch dir {
	case SendDir:
		name = "chan<- " + et.String()
	case RecvDir:
		name = "<-chan " + et.String()
	case BothDir:
		name = "chan " + et.String()
		if name[5] == '<' { // chan (<-chan T): "<-" would bind to the outer chan
			name = "chan (" + et.String() + ")"
		}
	default:
		panic("reflect.ChanOf: invalid dir")
	}
	match := func(c *rtype) bool {
		return c.Kind() == Chan && !c.hasName() && c.elem() == et && c.ChanDir() == dir
	}
	if c := lookupType(name, match); c != nil {
		return c
	}
	proto := (*chanType)(unsafe.Pointer(TypeOf((chan unsafe.Pointer)(nil)).common()))
	c := new(chanType)
	*c = *proto
	c.str = cbytes(name)
	c.hash = nameHash(name)
	c.tflag = 0
	c.ptrToThis = nil
	c.elem = et
	c.dir = uintptr(dir)
	made[name] = append(made[name], &c.rtype)
	return &c.rtype
}

// ArrayOf is the type [length]elem: the program's descriptor when it
// has one, else one made here, whose equality (for a comparable elem)
// is descequal's walk (structof.go).
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	et := elem.common()
	name := "[" + strconv.Itoa(length) + "]" + et.String()
	match := func(a *rtype) bool {
		return a.Kind() == Array && !a.hasName() && a.elem() == et && a.Len() == length
	}
	if a := lookupType(name, match); a != nil {
		return a
	}
	if et.size > 0 && uintptr(length) > ^uintptr(0)/et.size {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	proto := (*arrayType)(unsafe.Pointer(TypeOf([1][]unsafe.Pointer{}).common()))
	a := new(arrayType)
	*a = *proto
	a.str = cbytes(name)
	a.hash = nameHash(name)
	a.tflag = 0
	a.ptrToThis = nil
	a.size = et.size * uintptr(length)
	a.align, a.fieldAlign = et.align, et.fieldAlign
	a.equal = 0
	if et.equal != 0 {
		a.equal = descEqualCode()
	}
	a.kind = uint8(Array)
	if length == 1 && !et.ifaceIndir() {
		a.kind |= kindDirectIface
	}
	a.ptrdata, a.gcdata = 0, nil
	a.elem = et
	a.slice = sliceOf(et)
	a.len = uintptr(length)
	if et.ptrdata != 0 && length > 0 {
		a.ptrdata = et.size*uintptr(length-1) + et.ptrdata
		a.gcdata = ptrMask(a.ptrdata, func(mask []byte) { typeBits(mask, 0, &a.rtype) })
	}
	made[name] = append(made[name], &a.rtype)
	return &a.rtype
}

// MapOf is the type map[key]elem. One the program does not have is
// made from a map type of the program with the same key and elem (a
// defined one: its representation is the same); else it would need a
// hash function made at run time (not supported yet).
func MapOf(key, elem Type) Type {
	kt, et := key.common(), elem.common()
	if kt.equal == 0 {
		panic("reflect.MapOf: invalid key type " + kt.String())
	}
	name := "map[" + kt.String() + "]" + et.String()
	match := func(m *rtype) bool {
		return m.Kind() == Map && !m.hasName() && m.mapKey() == kt && m.elem() == et
	}
	if m := lookupType(name, match); m != nil {
		return m
	}
	for _, t := range programTypes() {
		if t.Kind() == Map && t.mapKey() == kt && t.elem() == et {
			m := new(mapType)
			*m = *(*mapType)(unsafe.Pointer(t))
			m.str = cbytes(name)
			m.hash = nameHash(name)
			m.tflag = 0
			m.ptrToThis = nil
			made[name] = append(made[name], &m.rtype)
			return &m.rtype
		}
	}
	panic("reflect.MapOf: " + name + ", which the program does not use: not supported yet")
}

// FuncOf is the type of functions taking in and returning out.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	ins := make([]*rtype, len(in))
	for i, t := range in {
		ins[i] = t.common()
	}
	outs := make([]*rtype, len(out))
	for i, t := range out {
		outs[i] = t.common()
	}
	return funcOf(ins, outs, variadic)
}

// funcOf makes a func type's descriptor from func()'s: the header, the
// counts, then the parameter and result types.
func funcOf(in, out []*rtype, variadic bool) *rtype {
	name := funcString(in, out, variadic)
	for _, t := range madeFuncs[name] {
		if sameParams(t, in, out, variadic) {
			return t
		}
	}
	for _, t := range programTypes() {
		if t.Kind() == Func && sameParams(t, in, out, variadic) {
			madeFuncs[name] = append(madeFuncs[name], t)
			return t
		}
	}
	proto := (*funcType)(unsafe.Pointer(TypeOf(func() {}).common()))
	word := unsafe.Sizeof(uintptr(0))
	buf := make([]unsafe.Pointer, (unsafe.Sizeof(funcType{})+word*uintptr(len(in)+len(out)))/word)
	f := (*funcType)(unsafe.Pointer(&buf[0]))
	f.rtype = proto.rtype
	f.str = cbytes(name)
	f.hash = nameHash(name)
	f.tflag = 0
	f.ptrToThis = nil
	f.inCount = uint16(len(in))
	f.outCount = uint16(len(out))
	if variadic {
		f.outCount |= 1 << 15
	}
	params := f.funcParams()
	copy(params, in)
	copy(params[len(in):], out)
	t := &f.rtype
	madeFuncs[name] = append(madeFuncs[name], t)
	return t
}

func sameParams(t *rtype, in, out []*rtype, variadic bool) bool {
	if t.NumIn() != len(in) || t.NumOut() != len(out) || t.IsVariadic() != variadic {
		return false
	}
	ps := t.funcParams()
	for i, p := range in {
		if ps[i] != p {
			return false
		}
	}
	for i, p := range out {
		if ps[len(in)+i] != p {
			return false
		}
	}
	return true
}

// funcString is a func type's name as the compiler writes it:
// "func(int, ...string) (bool, error)".
func funcString(in, out []*rtype, variadic bool) string {
	s := "func("
	for i, t := range in {
		if i > 0 {
			s += ", "
		}
		if variadic && i == len(in)-1 {
			s += "..." + t.elem().String()
		} else {
			s += t.String()
		}
	}
	s += ")"
	if len(out) == 1 {
		s += " " + out[0].String()
	} else if len(out) > 1 {
		s += " ("
		for i, t := range out {
			if i > 0 {
				s += ", "
			}
			s += t.String()
		}
		s += ")"
	}
	return s
}

// cbytes is s NUL-terminated, for a descriptor's name: a new copy,
// never written once made (cstring shares it).
func cbytes(s string) *byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return &b[0]
}

// nameHash is the descriptors' hash of a type's name: FNV-1a, as the
// compiler computes it (compiler/ssagen/typedesc.c), so that made types
// and compiled ones of the same name agree.
func nameHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
