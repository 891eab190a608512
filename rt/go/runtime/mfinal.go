// Finalizers.

package runtime

import "unsafe"

// SetFinalizer sets obj's finalizer, with gc's checks of the arguments.
// hood has no collector yet, so no object ever becomes unreachable and no
// finalizer is ever due: none is recorded (gc does not promise to run
// finalizers before the program exits either).
func SetFinalizer(obj any, finalizer any) {
	e := (*eface)(unsafe.Pointer(&obj))
	etyp := e._type
	if etyp == nil {
		throw("runtime.SetFinalizer: first argument is nil")
	}
	if etyp.kind&kindMask != kindPtr {
		throw("runtime.SetFinalizer: first argument is " + etyp.string() + ", not pointer")
	}
	f := (*eface)(unsafe.Pointer(&finalizer))
	ftyp := f._type
	if ftyp == nil {
		return // removes the finalizer: there is none
	}
	if ftyp.kind&kindMask != kindFunc {
		throw("runtime.SetFinalizer: second argument is " + ftyp.string() + ", not a function")
	}
	// A func type's descriptor: _type, inCount and outCount (uint16),
	// padding to 64 bytes, an uncommontype (16 bytes) if the type has
	// one, then the parameter types (rt/type.h, functype).
	in := *(*uint16)(unsafe.Add(unsafe.Pointer(ftyp), unsafe.Sizeof(_type{})))
	if in&0x7fff != 1 {
		throw("runtime.SetFinalizer: cannot pass " + etyp.string() + " to finalizer " + ftyp.string())
	}
	off := uintptr(64)
	if ftyp.tflag&tflagUncommon != 0 {
		off += 16
	}
	param := *(**_type)(unsafe.Add(unsafe.Pointer(ftyp), off))
	if param == etyp || param.kind&kindMask == kindInterface {
		// the type itself, or an interface: gc also accepts an
		// unnamed pointer type with etyp's element, and checks that
		// etyp implements a non-empty interface (not checked yet)
		return
	}
	throw("runtime.SetFinalizer: cannot pass " + etyp.string() + " to finalizer " + ftyp.string())
}
