/*
 * type.h — the runtime type descriptors, laid out as gc's (go1.19
 * runtime/type.go) with hood's deviations (docs/design.md, "Object
 * layout"): where gc stores 32-bit offsets into module data (nameOff,
 * typeOff, textOff) or its encoded name bytes, hood stores absolute
 * pointers (names as NUL-terminated strings); equal is a code address
 * rather than a func value.
 *
 * This file is the one statement of the layout: the compiler writes the
 * same offsets (compiler/ssagen/typedesc.c), and the _Static_asserts
 * below pin them. The compiler emits one descriptor per type as the
 * symbol type.T: the _type header, then the kind's fields (ptrtype,
 * arraytype, ...), then an uncommontype if the type is named or has
 * methods, then the kind's array (a func type's parameter types, a
 * struct's fields, an interface's methods), then the methods. The
 * runtime reads them to print panic values, for interfaces (rt/iface.c)
 * and maps; the allocator and GC will read size, ptrdata and gcdata.
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

	/* A value of the type is stored in an interface's data word itself
	 * rather than boxed: pointers, maps, chans, funcs, unsafe.Pointer,
	 * and arrays of one and structs of one field of such a type. */
	kindDirectIface = 1 << 5,
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
	uintptr_t equal;          /* code of a Go func(p, q unsafe.Pointer) bool;
	                           * 0: the type is not comparable */
	const uint8_t *gcdata;    /* pointer bitmap, one bit per word of ptrdata;
	                           * nil without pointers or past 2048 bytes of mask */
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
 * The kind-specific descriptors that follow the _type header. typehash,
 * the map and rt/iface.c read them.
 */
typedef struct ptrtype {
	struct _type typ;
	struct _type *elem;
} ptrtype;

typedef struct slicetype {
	struct _type typ;
	struct _type *elem;
} slicetype;

typedef struct arraytype {
	struct _type typ;
	struct _type *elem;
	struct _type *slice;         /* []elem */
	uintptr_t len;
} arraytype;

typedef struct chantype {
	struct _type typ;
	struct _type *elem;
	uintptr_t dir;               /* 1 receive, 2 send, 3 both (gc's ChanDir) */
} chantype;

/* A func type: then (after the uncommontype, if any) inCount + outCount
 * *_type, the parameter types and the result types. */
typedef struct functype {
	struct _type typ;
	uint16_t inCount;
	uint16_t outCount;           /* top bit: the last parameter is ...T */
} functype;

typedef struct structfield {
	const char *name;            /* "_" for a blank field, which == and hashing skip;
	                              * the field's tag follows the name's NUL, with
	                              * its own NUL ("A\0json:\"a\"\0"; empty: no tag) */
	struct _type *typ;
	uintptr_t offsetAnon;        /* offset << 1 | 1 if the field is embedded */
} structfield;

typedef struct structtype {
	struct _type typ;
	const char *pkgPath;         /* the package of the first unexported field, or nil */
	const structfield *fields;   /* a Go slice: pointer, length, capacity */
	intptr_t nfields;
	intptr_t capfields;
} structtype;

/* An interface method: its name and its signature, a func type.
 * pkgpath: the package of an unexported name (nil for an exported one):
 * unexported names of two packages are two names (gc keeps it in the
 * encoded name). */
typedef struct imethod {
	const char *name;
	struct _type *ityp;
	const char *pkgpath;
} imethod;

typedef struct interfacetype {
	struct _type typ;
	const char *pkgpath;         /* a named interface's package, or nil */
	const imethod *mhdr;         /* []imethod sorted as gc sorts methods: exported
	                              * names first, then by name */
	intptr_t nmethods;           /* 0: interface{}, whose value is an eface */
	intptr_t capmethods;
} interfacetype;

/*
 * uncommontype follows the kind's struct in the descriptor of a named
 * type, and of any type with methods (*T). Its methods, the type's
 * method set in interfacetype.mhdr's order, are at moff bytes from it.
 */
typedef struct uncommontype {
	const char *pkgpath;         /* the type's package, or nil */
	uint16_t mcount;             /* methods */
	uint16_t xcount;             /* exported methods: the first xcount */
	uint32_t moff;
} uncommontype;

/*
 * A method of the method set. ifn is the code an itab holds: it takes
 * the interface's data word as its receiver, so for a value method of a
 * type that is not pointer-shaped it is the wrapper (*T).m, which loads
 * the boxed value; tfn takes the receiver as the method's own receiver
 * type.
 */
typedef struct method {
	const char *name;
	struct _type *mtyp;          /* the signature without the receiver, a func type */
	uintptr_t ifn;
	uintptr_t tfn;
	const char *pkgpath;         /* an unexported name's package, as imethod's
	                              * (a promoted method's: where it is declared) */
} method;

/* A non-empty interface's first word (gc's layout; fun grows with the
 * methods, in interfacetype.mhdr's order; fun[0] == 0 marks an itab
 * whose type lacks a method, cached by getitab). */
typedef struct itab {
	interfacetype *inter;
	struct _type *_type;
	uint32_t hash;               /* _type->hash, for type switches */
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
_Static_assert(sizeof(ptrtype) == 64 && sizeof(slicetype) == 64 && sizeof(chantype) == 72,
	       "ptrtype, slicetype, chantype");
_Static_assert(sizeof(arraytype) == 80 && offsetof(arraytype, len) == 72, "arraytype");
_Static_assert(sizeof(functype) == 64 && offsetof(functype, outCount) == 58, "functype");
_Static_assert(sizeof(structtype) == 88 && offsetof(structtype, fields) == 64, "structtype");
_Static_assert(sizeof(structfield) == 24, "structfield");
_Static_assert(sizeof(interfacetype) == 88 && offsetof(interfacetype, mhdr) == 64, "interfacetype");
_Static_assert(sizeof(imethod) == 24, "imethod");
_Static_assert(sizeof(uncommontype) == 16 && offsetof(uncommontype, moff) == 12, "uncommontype");
_Static_assert(sizeof(method) == 40, "method");
_Static_assert(offsetof(itab, _type) == 8 && offsetof(itab, hash) == 16 && offsetof(itab, fun) == 24,
	       "itab");

#endif
