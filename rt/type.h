/*
 * type.h — the runtime type descriptor _type, laid out as gc's (go1.11
 * type.go) with hood's one deviation from docs/design.md: str and
 * ptrToThis are absolute pointers instead of offsets into module data.
 * The compiler emits one per type as the symbol type.T; the runtime reads
 * it to print panic values, and the allocator and GC will read size,
 * ptrdata and gcdata.
 */
#ifndef HOOD_TYPE_H
#define HOOD_TYPE_H

#include <stddef.h>
#include <stdint.h>

/* tflag bits. */
enum {
	tflagUncommon = 1 << 0,
	tflagExtraStar = 1 << 1,
	tflagNamed = 1 << 2,      /* a defined type: printed as main.T(v) in panics */
};

/* kind numbers (gc's). */
enum {
	kindBool = 1,
	kindInt,
	kindInt8,
	kindInt16,
	kindInt32,
	kindInt64,
	kindUint,
	kindUint8,
	kindUint16,
	kindUint32,
	kindUint64,
	kindUintptr,
	kindFloat32,
	kindFloat64,
	kindComplex64,
	kindComplex128,
	kindArray,
	kindChan,
	kindFunc,
	kindInterface,
	kindMap,
	kindPtr,
	kindSlice,
	kindString,
	kindStruct,
	kindUnsafePointer,

	kindDirectIface = 1 << 5, /* gc's flag bits above the kind; hood sets none yet */
	kindGCProg = 1 << 6,
	kindMask = (1 << 5) - 1,
};

struct _type {
	uintptr_t size;
	uintptr_t ptrdata;        /* bytes of the prefix that may hold pointers */
	uint32_t hash;
	uint8_t tflag;
	uint8_t align;
	uint8_t fieldAlign;
	uint8_t kind;
	uintptr_t equal;          /* ABI0 func(p, q unsafe.Pointer) bool, may be 0 */
	const uint8_t *gcdata;    /* pointer bitmap, one bit per word of ptrdata */
	const char *str;          /* NUL-terminated name as gc prints it */
	struct _type *ptrToThis;  /* may be nil */
};

_Static_assert(offsetof(struct _type, size) == 0, "docs/design.md: _type.size");
_Static_assert(offsetof(struct _type, hash) == 16, "_type.hash");
_Static_assert(offsetof(struct _type, tflag) == 20, "_type.tflag");
_Static_assert(offsetof(struct _type, kind) == 23, "_type.kind");
_Static_assert(offsetof(struct _type, equal) == 24, "_type.equal");
_Static_assert(offsetof(struct _type, gcdata) == 32, "_type.gcdata");
_Static_assert(offsetof(struct _type, str) == 40, "_type.str");
_Static_assert(offsetof(struct _type, ptrToThis) == 48, "_type.ptrToThis");
_Static_assert(sizeof(struct _type) == 56, "_type size");

#endif
