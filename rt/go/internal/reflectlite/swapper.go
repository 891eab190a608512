// Swapper.

package reflectlite

import "unsafe"

// Swapper returns a function that swaps the elements i and j of the
// slice; it panics if slice is not a slice, and the function panics if
// i or j is out of range.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	s := (*sliceHeader)(v.ptr)
	n := s.Len
	// no swap is valid on an empty slice, only (0, 0) on one of one:
	// gc's messages rather than the fast paths' index errors
	switch n {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	size := v.typ.elem().size
	switch {
	case size == 8:
		ws := unsafe.Slice((*uint64)(s.Data), n)
		return func(i, j int) { ws[i], ws[j] = ws[j], ws[i] }
	case size == 16:
		ws := unsafe.Slice((*[2]uint64)(s.Data), n)
		return func(i, j int) { ws[i], ws[j] = ws[j], ws[i] }
	case size == 4:
		ws := unsafe.Slice((*uint32)(s.Data), n)
		return func(i, j int) { ws[i], ws[j] = ws[j], ws[i] }
	case size == 1:
		ws := unsafe.Slice((*uint8)(s.Data), n)
		return func(i, j int) { ws[i], ws[j] = ws[j], ws[i] }
	}
	// any other size: through a buffer, byte by byte (no collector yet,
	// so no write barriers are owed for the pointers inside)
	bs := unsafe.Slice((*byte)(s.Data), uintptr(n)*size)
	tmp := make([]byte, size)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := bs[uintptr(i)*size : uintptr(i+1)*size]
		b := bs[uintptr(j)*size : uintptr(j+1)*size]
		copy(tmp, a)
		copy(a, b)
		copy(b, tmp)
	}
}
