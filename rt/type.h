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
	tflagRegularMemory = 1 << 3, /* equal and hash may treat a value as size plain bytes */
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
	uintptr_t equal;          /* Go func(p, q unsafe.Pointer) bool, may be 0 */
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

/*
 * The kind-specific descriptors that follow the _type header, with gc's
 * layouts (go1.19 type.go) and hood's deviation: gc's name and nameOff
 * fields are NUL-terminated string pointers here. typehash and the map
 * read them; the compiler emits them for array, struct, interface and
 * map types.
 */
typedef struct arraytype {
	struct _type typ;
	struct _type *elem;
	struct _type *slice;
	uintptr_t len;
} arraytype;

typedef struct structfield {
	const char *name;         /* "_" for a blank field, which == and hashing skip */
	struct _type *typ;
	uintptr_t offset;
} structfield;

typedef struct structtype {
	struct _type typ;
	const char *pkgPath;
	const structfield *fields;   /* a Go slice: pointer, length, capacity */
	intptr_t nfields;
	intptr_t capfields;
} structtype;

typedef struct interfacetype {
	struct _type typ;
	const char *pkgpath;
	const void *mhdr;            /* []imethod: pointer, length, capacity */
	intptr_t nmethods;           /* 0: interface{}, whose value is an eface */
	intptr_t capmethods;
} interfacetype;

/* A non-empty interface's first word (gc's layout; fun grows with the methods). */
typedef struct itab {
	interfacetype *inter;
	struct _type *_type;
	uint32_t hash;
	uint8_t pad[4];
	uintptr_t fun[1];
} itab;

/*
 * maptype describes map[key]elem (gc go1.19's layout). bucket is the type
 * of one bucket (rt/map.c: tophash[8], 8 keys, 8 elems, overflow
 * pointer), so buckets are allocated with a type the GC can scan.
 * hasher is a Go func(p unsafe.Pointer, seed uintptr) uintptr: one of
 * the runtime's (runtime.memhash64, runtime.strhash, ...: runtime.def) or
 * one the compiler generates for arrays and structs; equality comes from
 * key->equal, also Go. Keys and elems bigger than 128 bytes are stored
 * indirectly: the slot holds a pointer and keysize/elemsize are 8.
 */
typedef struct maptype {
	struct _type typ;
	struct _type *key;
	struct _type *elem;
	struct _type *bucket;
	uintptr_t hasher;
	uint8_t keysize;          /* size of a key slot */
	uint8_t elemsize;         /* size of an elem slot */
	uint16_t bucketsize;
	uint32_t flags;
} maptype;

/* maptype.flags (gc's values: the compiler writes them). */
enum {
	maptypeIndirectKey = 1,    /* the key slot holds a pointer to the key */
	maptypeIndirectElem = 2,   /* the elem slot holds a pointer to the elem */
	maptypeReflexiveKey = 4,   /* k == k for every key (no floats inside) */
	maptypeNeedKeyUpdate = 8,  /* an assign overwrites the stored key (+0/-0, strings) */
	maptypeHashMightPanic = 16, /* the key contains an interface */
};

_Static_assert(offsetof(maptype, key) == 56, "maptype.key");
_Static_assert(offsetof(maptype, hasher) == 80, "maptype.hasher");
_Static_assert(offsetof(maptype, keysize) == 88, "maptype.keysize");
_Static_assert(offsetof(maptype, flags) == 92, "maptype.flags");
_Static_assert(sizeof(maptype) == 96, "maptype size");
_Static_assert(sizeof(arraytype) == 80 && sizeof(structtype) == 88, "arraytype, structtype");
_Static_assert(offsetof(itab, _type) == 8 && offsetof(itab, fun) == 24, "itab");

#endif
