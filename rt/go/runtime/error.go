// The run-time error types. The runtime's C code makes the values
// (rt/error.c: index errors, nil dereference, failed assertions); their
// descriptors carry Error and RuntimeError methods so that they satisfy
// Error.

package runtime

import "unsafe"

// Error is the interface of run-time errors.
type Error interface {
	error
	// RuntimeError marks the type as a run-time error.
	RuntimeError()
}

// _type is the run-time type descriptor's header, rt/type.h's struct
// _type (gc's layout, with hood's absolute pointers and a NUL-terminated
// name).
type _type struct {
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
	ptrToThis  *_type
}

// The kind numbers (rt/type.h) this package tests.
const (
	kindFunc      = 19
	kindInterface = 20
	kindPtr       = 22
	kindMask      = 1<<5 - 1
	tflagUncommon = 1
)

// string is t's name as gc prints it.
func (t *_type) string() string {
	return cstring(t.str)
}

// eface is an interface{} value's two words.
type eface struct {
	_type *_type
	data  unsafe.Pointer
}

// cstring copies the NUL-terminated bytes at p into a string.
func cstring(p *byte) string {
	if p == nil {
		return ""
	}
	n := 0
	for *(*byte)(unsafe.Add(unsafe.Pointer(p), n)) != 0 {
		n++
	}
	return string(unsafe.Slice(p, n))
}

// A TypeAssertionError explains a failed type assertion. The runtime
// makes them (rt/error.c, which uses this type's descriptor, so there is
// one type) and its Error method is the runtime's C code.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string // one method needed by the interface, not implemented
}

func (*TypeAssertionError) RuntimeError() {}

// Error is the message gc prints (rt/error.c, rt_TypeAssertionError_Error).
func (e *TypeAssertionError) Error() string
