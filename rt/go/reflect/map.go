// Maps: reading, writing and iterating through the runtime's map
// functions (rt/map.c), which take the map type's descriptor.

package reflect

import "unsafe"

// hiter is the runtime's iterator (rt/runtime.h: 12 words, the key's
// and the elem's address first; key is nil at the end).
type hiter struct {
	key   unsafe.Pointer
	elem  unsafe.Pointer
	t     unsafe.Pointer
	words [9]uintptr
}

// MakeMap is a new empty map of type typ.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize is a new empty map of type typ with room for about n
// entries.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return Value{t, makemap(t, n, nil), flag(Map)}
}

// copyVal is a Value holding a copy of the value of type t at p (map
// entries move when the map grows).
func copyVal(t *rtype, fl flag, p unsafe.Pointer) Value {
	if t.ifaceIndir() {
		c := unsafe_New(t)
		typedmemmove(t, c, p)
		return Value{t, c, fl | flagIndir}
	}
	return Value{t, *(*unsafe.Pointer)(p), fl}
}

// MapIndex is the value of key in map v; the zero Value if absent.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	mt := (*mapType)(unsafe.Pointer(v.typ))
	key = key.assignTo("reflect.Value.MapIndex", mt.key, nil)
	e, ok := mapaccess2(v.typ, v.pointer(), key.addr())
	if !ok {
		return Value{}
	}
	fl := (v.flag | key.flag).ro() | flag(mt.elem.Kind())
	return copyVal(mt.elem, fl, e)
}

// MapKeys lists map v's keys, in the map's (random) order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	kt := v.typ.mapKey()
	fl := v.flag.ro() | flag(kt.Kind())
	m := v.pointer()
	if m == nil {
		return []Value{}
	}
	keys := make([]Value, 0, v.Len())
	var it hiter
	mapiterinit(v.typ, m, &it)
	for ; it.key != nil; mapiternext(&it) {
		keys = append(keys, copyVal(kt, fl, it.key))
	}
	return keys
}

// SetMapIndex sets m[key] = elem of map v; a zero elem deletes key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	mt := (*mapType)(unsafe.Pointer(v.typ))
	key = key.assignTo("reflect.Value.SetMapIndex", mt.key, nil)
	if elem.typ == nil {
		mapdelete(v.typ, v.pointer(), key.addr())
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", mt.elem, nil)
	slot := mapassign(v.typ, v.pointer(), key.addr())
	typedmemmove(mt.elem, slot, elem.addr())
}

// A MapIter iterates over a map (Value.MapRange).
type MapIter struct {
	m     Value
	hiter hiter
}

// MapRange is an iterator over map v.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

func (it *MapIter) started() bool { return it.hiter.t != nil }

// Key is the current entry's key.
func (it *MapIter) Key() Value {
	if !it.started() {
		panic("MapIter.Key called before Next")
	}
	if it.hiter.key == nil {
		panic("MapIter.Key called on exhausted iterator")
	}
	kt := it.m.typ.mapKey()
	return copyVal(kt, it.m.flag.ro()|flag(kt.Kind()), it.hiter.key)
}

// Value is the current entry's value.
func (it *MapIter) Value() Value {
	if !it.started() {
		panic("MapIter.Value called before Next")
	}
	if it.hiter.key == nil {
		panic("MapIter.Value called on exhausted iterator")
	}
	et := it.m.typ.elem()
	return copyVal(et, it.m.flag.ro()|flag(et.Kind()), it.hiter.elem)
}

// Next moves to the next entry and reports whether there is one.
func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !it.started() {
		mapiterinit(it.m.typ, it.m.pointer(), &it.hiter)
	} else {
		if it.hiter.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(&it.hiter)
	}
	return it.hiter.key != nil
}

// Reset makes it iterate over v from the start.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	it.m = v
	it.hiter = hiter{}
}

// SetIterKey sets v, which must be settable, to it's current key.
func (v Value) SetIterKey(it *MapIter) {
	if !it.started() {
		panic("reflect: Value.SetIterKey called before Next")
	}
	if it.hiter.key == nil {
		panic("reflect: Value.SetIterKey called on exhausted iterator")
	}
	v.mustBeAssignable("reflect.Value.SetIterKey")
	kt := it.m.typ.mapKey()
	k := Value{kt, it.hiter.key, it.m.flag.ro() | flag(kt.Kind()) | flagIndir}
	v.setFrom("reflect.MapIter.SetKey", k)
}

// SetIterValue sets v, which must be settable, to it's current value.
func (v Value) SetIterValue(it *MapIter) {
	if !it.started() {
		panic("reflect: Value.SetIterValue called before Next")
	}
	if it.hiter.key == nil {
		panic("reflect: Value.SetIterValue called on exhausted iterator")
	}
	v.mustBeAssignable("reflect.Value.SetIterValue")
	et := it.m.typ.elem()
	e := Value{et, it.hiter.elem, it.m.flag.ro() | flag(et.Kind()) | flagIndir}
	v.setFrom("reflect.MapIter.SetValue", e)
}

// ---- the runtime's half (rt/linkname.def) ----

// makemap makes a map of type t with room for hint entries.
func makemap(t *rtype, hint int, h unsafe.Pointer) unsafe.Pointer

// mapaccess2 is the address of key's elem in map h and whether key is
// present.
func mapaccess2(t *rtype, h unsafe.Pointer, key unsafe.Pointer) (unsafe.Pointer, bool)

// mapassign is the address of key's elem slot, made if absent; it
// panics on a nil map.
func mapassign(t *rtype, h unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

func mapdelete(t *rtype, h unsafe.Pointer, key unsafe.Pointer)

func mapiterinit(t *rtype, h unsafe.Pointer, it *hiter)

func mapiternext(it *hiter)
