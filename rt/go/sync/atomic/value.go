// Value: an interface value loaded and stored atomically.

package atomic

import "unsafe"

// A Value holds an interface value as its two words (gc's layout of an
// empty interface: type, then data). Every Store must use the same
// concrete type, and nil cannot be stored.
//
// Storing the first value takes two writes, so it runs in three steps:
// claim the type word with the marker firstStoring (only one Store can
// win), write the data word, then publish the type. Loads that see
// firstStoring report "nothing stored yet"; Stores that see it wait for
// the publication. hood runs one goroutine at a time without
// preemption, and the three steps do not block, so that wait cannot
// happen; with threads it spins, as gc's does (gc also pins the P
// across the three steps, which this will need with preemption).
type Value struct {
	v any
}

// ifaceWords is the layout of an interface{}.
type ifaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// firstStoring marks a first Store in progress in the type word.
var firstStoring = unsafe.Pointer(^uintptr(0))

// words views an interface value's two words.
func words(p *any) *ifaceWords { return (*ifaceWords)(unsafe.Pointer(p)) }

// Load returns the value last stored, or nil if there was none.
func (v *Value) Load() (val any) {
	w := words(&v.v)
	typ := LoadPointer(&w.typ)
	if typ == nil || typ == firstStoring {
		return nil
	}
	r := words(&val)
	r.typ = typ
	r.data = LoadPointer(&w.data)
	return val
}

// claimFirst tries to make this store the first; false if a value (or
// a first store) is already there.
func claimFirst(w *ifaceWords, n *ifaceWords) bool {
	if !CompareAndSwapPointer(&w.typ, nil, firstStoring) {
		return false
	}
	StorePointer(&w.data, n.data)
	StorePointer(&w.typ, n.typ)
	return true
}

// settledType waits out a first store in progress and returns the
// stored type.
func settledType(w *ifaceWords) unsafe.Pointer {
	for {
		typ := LoadPointer(&w.typ)
		if typ != firstStoring {
			return typ
		}
	}
}

// Store sets the value. It panics on nil and on a value of another
// concrete type than the first one stored.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	w, n := words(&v.v), words(&val)
	for {
		if claimFirst(w, n) {
			return
		}
		typ := settledType(w)
		if typ == nil {
			continue
		}
		if typ != n.typ {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		StorePointer(&w.data, n.data)
		return
	}
}

// Swap stores new and returns the previous value (nil if none), with
// Store's rules.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	w, n := words(&v.v), words(&new)
	for {
		if claimFirst(w, n) {
			return nil
		}
		typ := settledType(w)
		if typ == nil {
			continue
		}
		if typ != n.typ {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		o := words(&old)
		o.typ = typ
		o.data = SwapPointer(&w.data, n.data)
		return old
	}
}

// CompareAndSwap stores new if the current value equals old (compared
// as == compares interfaces, so an uncomparable old panics), and says
// whether it did. A nil old matches only an empty Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	w, n, o := words(&v.v), words(&new), words(&old)
	if o.typ != nil && o.typ != n.typ {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		typ := settledType(w)
		if typ == nil {
			if old != nil {
				return false
			}
			if claimFirst(w, n) {
				return true
			}
			continue
		}
		if typ != n.typ {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		data := LoadPointer(&w.data)
		var cur any
		c := words(&cur)
		c.typ = typ
		c.data = data
		if cur != old {
			return false
		}
		return CompareAndSwapPointer(&w.data, data, n.data)
	}
}
