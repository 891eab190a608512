// This file: StructOf, struct types made at run time, and what the types
// reflect makes share: their pointer bitmaps and their equality.
//
// A made struct type has gc's layout rules (offsets by alignment, a byte
// of padding after a final zero-size field, size rounded to the
// alignment), gc's name ("struct { A int "tag"; B string }", an
// embedded field written as name and type, as gc's StructOf writes it)
// and gc's panics. It is canonical: StructOf looks first among the types
// it made and then among the program's descriptors (typelinks), so a
// struct the program has is the program's descriptor, as gc finds it by
// its name. Its hash is the FNV-1a of its name, as for every descriptor
// (nameHash), and its equality is descequal, a walk of the descriptor by
// the runtime.
package reflect

import (
	"strconv"
	"unicode"
	"unsafe"
)

// descequal stands in _type.equal for the comparable types reflect makes:
// the runtime, which calls every equal function with the type at hand,
// compares their values field by field or element by element
// (rt/alg.c, rt/linkname.def). Not to be called from Go.
func descequal(p, q unsafe.Pointer) bool

// descEqualCode is descequal's code address, what _type.equal holds.
func descEqualCode() uintptr {
	f := descequal
	return **(**uintptr)(unsafe.Pointer(&f))
}

// maxPtrmaskBytes: past this many bytes of pointer bitmap a descriptor
// has none (gcdata nil), as the compiler's (compiler/ssagen/typedesc.c).
const maxPtrmaskBytes = 2048

// ptrMask is the pointer bitmap of a type of ptrdata bytes whose bits
// fill sets: one bit per word, nil without pointers or past
// maxPtrmaskBytes.
func ptrMask(ptrdata uintptr, fill func(mask []byte)) *byte {
	words := ptrdata / unsafe.Sizeof(uintptr(0))
	n := (words + 7) / 8
	if words == 0 || n > maxPtrmaskBytes {
		return nil
	}
	mask := make([]byte, n)
	fill(mask)
	return &mask[0]
}

// typeBits sets the bits of mask for the pointer words of a value of
// type t at byte off. It walks the descriptor rather than reading t's
// own bitmap, which a big type lacks.
func typeBits(mask []byte, off uintptr, t *rtype) {
	if t.ptrdata == 0 {
		return
	}
	const word = unsafe.Sizeof(uintptr(0))
	set := func(off uintptr) {
		w := off / word
		mask[w/8] |= 1 << (w % 8)
	}
	switch t.Kind() {
	case Chan, Func, Map, Pointer, Slice, String, UnsafePointer:
		set(off)
	case Interface:
		set(off)
		set(off + word)
	case Array:
		a := (*arrayType)(unsafe.Pointer(t))
		for i := uintptr(0); i < a.len; i++ {
			typeBits(mask, off+i*a.elem.size, a.elem)
		}
	case Struct:
		for i := range t.fields() {
			f := &t.fields()[i]
			typeBits(mask, off+f.offset(), f.typ)
		}
	}
}

// isValidFieldName: an identifier, as the spec defines one.
func isValidFieldName(name string) bool {
	for i, c := range name {
		letter := c == '_' || unicode.IsLetter(c)
		if i == 0 && !letter || !letter && !unicode.IsDigit(c) {
			return false
		}
	}
	return len(name) > 0
}

// StructOf is the struct type with the given fields. Their Offset and
// Index are ignored: the offsets are the compiler's. An unexported field
// needs its PkgPath; an embedded field's methods are promoted only where
// gc's StructOf promotes them (the first field, of a non-interface type).
func StructOf(fields []StructField) Type {
	fs := make([]structField, len(fields))
	var methods []method
	seen := map[string]bool{}
	name := "struct {"
	pkgpath := ""
	var size uintptr
	var align uint8
	comparable := true
	lastzero := uintptr(0)
	for i, field := range fields {
		if field.Name == "" {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		}
		if !isValidFieldName(field.Name) {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has invalid name")
		}
		if field.Type == nil {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		}
		if field.Anonymous && field.PkgPath != "" {
			panic("reflect.StructOf: field \"" + field.Name + "\" is anonymous but has PkgPath set")
		}
		if c := field.Name[0]; field.IsExported() && ('a' <= c && c <= 'z' || c == '_') {
			panic("reflect.StructOf: field \"" + field.Name + "\" is unexported but missing PkgPath")
		}
		if field.PkgPath != "" {
			if pkgpath == "" {
				pkgpath = field.PkgPath
			} else if pkgpath != field.PkgPath {
				panic("reflect.Struct: fields with different PkgPath " + pkgpath + " and " + field.PkgPath)
			}
		}
		ft := field.Type.common()
		if field.Anonymous {
			methods = append(methods, embeddedMethods(ft, i, len(fields))...)
		}
		if seen[field.Name] && field.Name != "_" {
			panic("reflect.StructOf: duplicate field " + field.Name)
		}
		seen[field.Name] = true

		name += " " + field.Name + " " + ft.String()
		if field.Tag != "" {
			name += " " + strconv.Quote(string(field.Tag))
		}
		if i < len(fields)-1 {
			name += ";"
		}
		comparable = comparable && ft.equal != 0

		offset := (size + uintptr(ft.align) - 1) &^ (uintptr(ft.align) - 1)
		if offset < size || offset+ft.size < offset {
			panic("reflect.StructOf: struct size would exceed virtual address space")
		}
		if ft.align > align {
			align = ft.align
		}
		size = offset + ft.size
		if ft.size == 0 {
			lastzero = size
		}
		fs[i] = structField{name: cbytes(field.Name + "\x00" + string(field.Tag)), typ: ft, offsetEmbed: offset << 1}
		if field.Anonymous {
			fs[i].offsetEmbed |= 1
		}
	}
	// A final zero-size field gets a byte after it, so that its address
	// is never that of the next object (gc's rule for compiled structs).
	if size > 0 && lastzero == size {
		size++
	}
	if len(fs) > 0 {
		name += " "
	}
	name += "}"
	if align == 0 {
		align = 1
	}
	rounded := (size + uintptr(align) - 1) &^ (uintptr(align) - 1)
	if rounded < size {
		panic("reflect.StructOf: struct size would exceed virtual address space")
	}

	t := newStructType(len(methods))
	proto := (*structType)(unsafe.Pointer(TypeOf(struct{}{}).common()))
	t.rtype = proto.rtype
	t.hash = nameHash(name)
	t.fields = fs
	if pkgpath != "" {
		t.pkgPath = cbytes(pkgpath)
	}
	match := func(c *rtype) bool {
		return c.Kind() == Struct && !c.hasName() && c.hash == t.hash && c.String() == name &&
			cstring((*structType)(unsafe.Pointer(c)).pkgPath) == pkgpath &&
			identicalUnderlying(c, &t.rtype, true)
	}
	if c := lookupType(name, match); c != nil {
		return c
	}

	t.str = cbytes(name)
	t.tflag = 0
	t.size = rounded
	t.align, t.fieldAlign = align, align
	t.ptrToThis = nil
	t.ptrdata = 0
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].typ.ptrdata != 0 {
			t.ptrdata = fs[i].offset() + fs[i].typ.ptrdata
			break
		}
	}
	t.gcdata = ptrMask(t.ptrdata, func(mask []byte) { typeBits(mask, 0, &t.rtype) })
	t.equal = 0
	if comparable {
		t.equal = descEqualCode()
	}
	t.kind = uint8(Struct)
	if len(fs) == 1 && !fs[0].typ.ifaceIndir() {
		t.kind |= kindDirectIface
	}
	if len(methods) > 0 {
		t.tflag |= tflagUncommon
		u := t.uncommon()
		u.mcount = uint16(len(methods))
		u.xcount = u.mcount
		u.moff = uint32(unsafe.Sizeof(uncommonType{}))
		copy(t.methods(), methods)
	}
	made[name] = append(made[name], &t.rtype)
	return &t.rtype
}

// newStructType allocates a struct descriptor with room after it for an
// uncommonType and nmethods methods, when there are any (rt/type.h).
func newStructType(nmethods int) *structType {
	if nmethods == 0 {
		return new(structType)
	}
	word := unsafe.Sizeof(uintptr(0))
	n := unsafe.Sizeof(structType{}) + unsafe.Sizeof(uncommonType{}) + uintptr(nmethods)*unsafe.Sizeof(method{})
	buf := make([]unsafe.Pointer, n/word)
	return (*structType)(unsafe.Pointer(&buf[0]))
}

// embeddedMethods is the method table an embedded field of type ft, the
// i'th of nfields, gives the struct, under gc's StructOf's limits:
// methods come only from the first field, from the only one when it is
// a pointer, and never unexported ones. The methods' code is the
// field's own, which works because the field is at offset 0 and the
// struct has the field's representation in an interface.
func embeddedMethods(ft *rtype, i, nfields int) []method {
	own := func(t *rtype) []method {
		ms := t.methods()
		for _, m := range ms {
			if !nameExported(m.name) {
				panic("reflect: embedded interface with unexported method(s) not implemented")
			}
		}
		return ms
	}
	switch ft.Kind() {
	case Pointer:
		if k := ft.elem().Kind(); k == Pointer || k == Interface {
			panic("reflect.StructOf: illegal embedded field type " + ft.String())
		}
		var ms []method
		if u := ft.uncommon(); u != nil {
			if i > 0 && u.mcount > 0 {
				panic("reflect: embedded type with methods not implemented if type is not first field")
			}
			if nfields > 1 {
				panic("reflect: embedded type with methods not implemented if there is more than one field")
			}
			ms = append(ms, own(ft)...)
		}
		if ft.elem().uncommon() != nil {
			ms = append(ms, own(ft.elem())...)
		}
		return ms
	case Interface:
		for _, m := range ft.imethods() {
			if !nameExported(m.name) {
				panic("reflect: embedded interface with unexported method(s) not implemented")
			}
		}
		if len(ft.imethods()) > 0 {
			// gc makes each method's code with MakeFunc; hood's method
			// tables hold code without a context, which cannot be
			// made at run time.
			panic("reflect.StructOf: embedded interface with methods " + ft.String() + ": not supported yet")
		}
		return nil
	}
	u := ft.uncommon()
	if u == nil {
		return nil
	}
	if i > 0 && u.mcount > 0 {
		panic("reflect: embedded type with methods not implemented if type is not first field")
	}
	if nfields > 1 && ft.kind&kindDirectIface != 0 {
		panic("reflect: embedded type with methods not implemented for non-pointer type")
	}
	return own(ft)
}
