/*
 * typedesc.c — the run-time type descriptors (type.T), the static itabs
 * (go.itab.T,I) and the names and pointer masks they point to, as data
 * Syms: bytes plus relocations (ssa/ssa.h), which codegen/emit.c writes
 * out without knowing what they mean. rt/type.h is the one statement of
 * the layout; the offsets below repeat it and docs/design.md ("Object
 * layout") describes it.
 *
 * Descriptors are built after the last function (program.c's data
 * phase, typedesc_build for each type Sym that type_sym handed out):
 * building one asks for the descriptors it points to (an element type,
 * a method's signature), which are built in turn, and for generated
 * functions (equality and hash functions, alg.c; value-method wrappers,
 * iface.c), which program.c builds after them.
 *
 * Methods are ordered as gc orders them (exported names first, then by
 * name), in method tables, interface method lists and itabs alike:
 * itab.fun[i] is the method at index i of the interface's sorted list
 * (iface_methods), and getitab (rt/iface.c) matches the two sorted lists
 * in one walk.
 */
#include "builder.h"

#include <stdlib.h>
#include <string.h>

/* rt/type.h, byte offsets. */
enum {
    T_SIZE = 0, T_PTRDATA = 8, T_HASH = 16, T_TFLAG = 20, T_ALIGN = 21, T_FIELDALIGN = 22,
    T_KIND = 23, T_EQUAL = 24, T_GCDATA = 32, T_STR = 40, T_PTRTOTHIS = 48, T_COMMON = 56,
    /* after the header, by kind */
    T_ELEM = 56,                                  /* ptrtype, slicetype, arraytype, chantype */
    ARRAY_SLICE = 64, ARRAY_LEN = 72, ARRAY_END = 80,
    CHAN_DIR = 64, CHAN_END = 72,
    FUNC_INCOUNT = 56, FUNC_OUTCOUNT = 58, FUNC_END = 64,
    PKGPATH = 56, SLICE_PTR = 64, SLICE_LEN = 72, SLICE_CAP = 80, STRUCT_END = 88, /* and interfacetype */
    MAP_KEY = 56, MAP_ELEM = 64, MAP_BUCKET = 72, MAP_HASHER = 80, MAP_KEYSIZE = 88,
    MAP_ELEMSIZE = 89, MAP_BUCKETSIZE = 90, MAP_FLAGS = 92, MAP_END = 96,
    PTR_END = 64,
    /* uncommontype, method, structfield, imethod */
    U_PKGPATH = 0, U_MCOUNT = 8, U_XCOUNT = 10, U_MOFF = 12, U_SIZE = 16,
    M_NAME = 0, M_MTYP = 8, M_IFN = 16, M_TFN = 24, M_PKGPATH = 32, M_SIZE = 40,
    SF_NAME = 0, SF_TYP = 8, SF_OFFSETANON = 16, SF_SIZE = 24,
    IM_NAME = 0, IM_ITYP = 8, IM_PKGPATH = 16, IM_SIZE = 24,
    /* itab */
    ITAB_INTER = 0, ITAB_TYPE = 8, ITAB_HASH = 16, ITAB_FUN = 24,
};

/* rt/type.h: tflag bits, kinds, map flags. */
enum { TFLAG_UNCOMMON = 1, TFLAG_NAMED = 4, TFLAG_REGULAR_MEMORY = 8 };
enum { KIND_DIRECT_IFACE = 1 << 5 };
enum {
    MAP_INDIRECT_KEY = 1, MAP_INDIRECT_ELEM = 2, MAP_REFLEXIVE_KEY = 4, MAP_NEED_KEY_UPDATE = 8,
    MAP_HASH_MIGHT_PANIC = 16,
};

/* gc's limits: a pointer mask longer than this many bytes is a GC
 * program in gc (not supported yet: gcdata is nil then); map keys and
 * elems bigger than this many bytes are stored through a pointer. */
enum { MAX_PTRMASK_BYTES = 2048, MAX_MAP_SLOT = 128, BUCKET_COUNT = 8 };

/* --- Data ----------------------------------------------------------------------- */

/* Grows d's content to size bytes (new bytes zero). */
static void d_reserve(Sym *d, int64_t size)
{
    if (size <= d->size)
        return;
    uint8_t *b = arena_alloc(&arena_package, (size_t)size);
    memset(b, 0, (size_t)size);
    if (d->bytes)
        memcpy(b, d->bytes, (size_t)d->size);
    d->bytes = b;
    d->size = size;
}

/* Stores the width-byte little-endian integer v at off. */
static void d_int(Sym *d, int64_t off, uint64_t v, int width)
{
    d_reserve(d, off + width);
    for (int i = 0; i < width; i++)
        d->bytes[off + i] = (uint8_t)(v >> (8 * i));
}

/* Stores the address of target (plus add) at off; nothing for a NULL
 * target, whose word stays 0. Relocations stay sorted by offset. */
static void d_addr(Sym *d, int64_t off, Sym *target, int64_t add)
{
    d_reserve(d, off + 8);
    if (!target)
        return;
    Reloc r = {off, target, add};
    vec_push(&d->relocs, r);
    int i = d->relocs.n - 1;
    while (i > 0 && d->relocs.v[i - 1].off > off) {
        d->relocs.v[i] = d->relocs.v[i - 1];
        i--;
    }
    d->relocs.v[i] = r;
}

static Sym *func_ref(const char *name)
{
    return ssa_sym(SYM_FUNC, name, NULL);
}

/* A NUL-terminated copy of s (names: rt/type.h's deviation from gc's
 * encoded names), one per distinct string. Named .Lgo.name.N, local to
 * the assembler, as string literals are (string_sym): nothing names
 * them from outside go.s, and a fmt hello has 1,200 of them, which the
 * executable's symbol table would list. */
Sym *name_sym(SsaGen *g, const char *s)
{
    if (!s)
        return NULL;
    bool fresh;
    Sym *d = gen_data_sym(g, xprintf("name:%s", s), ".Lgo.name.", &fresh);
    if (fresh) {
        size_t n = strlen(s);
        d_reserve(d, (int64_t)n + 1);
        memcpy(d->bytes, s, n);
        d->align = 1;
    }
    return d;
}

/* A struct field's name followed by its tag: "name\0tag\0" (rt/type.h,
 * structfield.name; the tag is empty when there is none), shared by the
 * fields of one name and tag. The name reads as a C string alone; reflect
 * reads the tag after it, where gc's encoded names carry it. */
static Sym *field_name_sym(SsaGen *g, const char *name, const char *tag)
{
    if (!tag)
        tag = "";
    bool fresh;
    /* the key separates name and tag by a byte no identifier holds */
    Sym *d = gen_data_sym(g, xprintf("fieldname:%s\x01%s", name, tag), ".Lgo.name.", &fresh);
    if (fresh) {
        size_t n = strlen(name), m = strlen(tag);
        d_reserve(d, (int64_t)(n + m + 2));
        memcpy(d->bytes, name, n);
        memcpy(d->bytes + n + 1, tag, m);
        d->align = 1;
    }
    return d;
}

/* --- Properties of types ---------------------------------------------------------- */

/* gc's reflect kind numbers (rt/type.h). */
static int gc_kind(Type *t)
{
    t = type_underlying(t);
    switch (t->kind) {
    case TYPE_BOOL: return 1;
    case TYPE_INT: return 2;
    case TYPE_INT8: return 3;
    case TYPE_INT16: return 4;
    case TYPE_INT32: return 5;
    case TYPE_INT64: return 6;
    case TYPE_UINT: return 7;
    case TYPE_UINT8: return 8;
    case TYPE_UINT16: return 9;
    case TYPE_UINT32: return 10;
    case TYPE_UINT64: return 11;
    case TYPE_UINTPTR: return 12;
    case TYPE_FLOAT32: return 13;
    case TYPE_FLOAT64: return 14;
    case TYPE_COMPLEX64: return 15;
    case TYPE_COMPLEX128: return 16;
    case TYPE_ARRAY: return 17;
    case TYPE_CHAN: return 18;
    case TYPE_FUNC: return 19;
    case TYPE_INTERFACE: return 20;
    case TYPE_MAP: return 21;
    case TYPE_POINTER: return 22;
    case TYPE_SLICE: return 23;
    case TYPE_STRING: return 24;
    case TYPE_STRUCT: return 25;
    case TYPE_UNSAFE_POINTER: return 26;
    default: return 0;
    }
}

/* Whether a value of t is stored in an interface's data word itself
 * (gc's IsDirectIface): pointer-shaped types, and arrays of one and
 * structs of one field of such a type. */
bool is_direct_iface(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC:
        return true;
    case TYPE_ARRAY:
        return u->u.array.len == 1 && is_direct_iface(u->u.array.elem);
    case TYPE_STRUCT:
        return u->u.strct.fields.n == 1 && is_direct_iface(u->u.strct.fields.v[0]->type);
    default:
        return false;
    }
}

/* Bytes of the prefix of t that may hold pointers. */
int64_t type_ptrdata(Type *t)
{
    t = type_underlying(t);
    switch (t->kind) {
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_MAP: case TYPE_CHAN:
    case TYPE_FUNC: case TYPE_STRING: case TYPE_SLICE:
        return 8;
    case TYPE_INTERFACE:
        return 16;
    case TYPE_ARRAY: {
        int64_t e = type_ptrdata(t->u.array.elem);
        return e && t->u.array.len ? (t->u.array.len - 1) * type_size(t->u.array.elem) + e : 0;
    }
    case TYPE_STRUCT: {
        int64_t last = 0;
        for (int i = 0; i < t->u.strct.fields.n; i++) {
            int64_t p = type_ptrdata(t->u.strct.fields.v[i]->type);
            if (p)
                last = type_field_offset(t, i) + p;
        }
        return last;
    }
    default:
        return 0;
    }
}

/* Sets the bits of mask for the pointer words of a t at byte off. */
static void ptrmask(Type *t, int64_t off, uint8_t *mask)
{
    Type *u = type_underlying(t);
    if (type_ptrdata(u) == 0)
        return;
    switch (u->kind) {
    case TYPE_INTERFACE: /* both words */
        for (int64_t w = off / 8; w < off / 8 + 2; w++)
            mask[w / 8] |= (uint8_t)(1 << (w % 8));
        return;
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_MAP: case TYPE_CHAN:
    case TYPE_FUNC: case TYPE_STRING: case TYPE_SLICE:
        mask[off / 64] |= (uint8_t)(1 << (off / 8 % 8));
        return;
    case TYPE_ARRAY:
        for (int64_t i = 0; i < u->u.array.len; i++)
            ptrmask(u->u.array.elem, off + i * type_size(u->u.array.elem), mask);
        return;
    case TYPE_STRUCT:
        for (int i = 0; i < u->u.strct.fields.n; i++)
            ptrmask(u->u.strct.fields.v[i]->type, off + type_field_offset(u, i), mask);
        return;
    default:
        return;
    }
}

/* gcdata: one bit per word of ptrdata, shared between types with the
 * same mask (gc's runtime.gcbits.* symbols). */
static Sym *gcdata_ref(SsaGen *g, Type *t)
{
    int64_t words = type_ptrdata(t) / 8;
    if (words == 0 || (words + 7) / 8 > MAX_PTRMASK_BYTES)
        return NULL; /* TODO(gc): a GC program for a bigger mask */
    int64_t n = (words + 7) / 8;
    uint8_t *mask = arena_alloc(&arena_package, (size_t)n);
    memset(mask, 0, (size_t)n);
    ptrmask(t, 0, mask);
    Buf hex = {0};
    for (int64_t i = 0; i < n; i++)
        buf_printf(&hex, "%02x", mask[i]);
    bool fresh;
    Sym *d = gen_data_sym(g, xprintf("gcbits:%s", hex.s), xprintf("runtime.gcbits.%s", hex.s), &fresh);
    free(hex.s);
    if (fresh) {
        d->bytes = mask;
        d->size = n;
        d->align = 1;
    }
    return d;
}

/* As the type checker decides (its limits beyond ASCII included), so
 * that a method set's exported prefix agrees with what it allows. */
static bool is_exported(const char *name)
{
    return type_is_exported_name(name);
}

/* gc's method order (types.Sym.Less): exported names first, then by name. */
/* The package of method m's name when it is unexported (rt/type.h's
 * method.pkgpath), else NULL. */
static const char *method_pkg(const Object *m)
{
    return is_exported(m->name) ? NULL : m->pkg ? m->pkg : "main";
}

/* gc's order: exported names first, then by name, then (two unexported
 * methods of one name from two packages) by package path. */
static int method_cmp(const void *a, const void *b)
{
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    bool ex = is_exported(x->name), ey = is_exported(y->name);
    if (ex != ey)
        return ex ? -1 : 1;
    int c = strcmp(x->name, y->name);
    if (c != 0 || ex)
        return c;
    return strcmp(method_pkg(x), method_pkg(y));
}

static ObjectList sorted(ObjectList l)
{
    ObjectList out = {0};
    for (int i = 0; i < l.n; i++)
        vec_push(&out, l.v[i]);
    if (out.n > 1)
        qsort(out.v, (size_t)out.n, sizeof(Object *), method_cmp);
    return out;
}

/* An interface type's methods in gc's order: itab.fun's order. */
ObjectList iface_methods(Type *iface)
{
    return sorted(type_underlying(iface)->u.iface.methods);
}

/* The index of method name in iface's sorted methods, or -1. */
int iface_method_index(Type *iface, const char *name)
{
    ObjectList ms = iface_methods(iface);
    for (int i = 0; i < ms.n; i++)
        if (ms.v[i]->name == name)
            return i;
    return -1;
}

/* The method set of t as method tables list it: a named type's methods
 * with value receivers; all of T's methods for *T; and for a struct
 * type (named or not) or a pointer to one, the methods promoted from
 * its embedded fields (promote.c). */
static ObjectList method_set(Type *t)
{
    ObjectList out = {0};
    Type *base = t->kind == TYPE_POINTER ? t->u.pointer.elem : t;
    if (type_is_interface(base) || (base->kind == TYPE_NAMED && type_underlying(base)->kind == TYPE_POINTER))
        return out;
    ObjectList *ms = base->kind == TYPE_NAMED ? &base->u.named.methods : &out;
    for (int i = 0; ms != &out && i < ms->n; i++) {
        Object *m = ms->v[i];
        bool ptr_recv = m->type->u.func.recv && m->type->u.func.recv->type->kind == TYPE_POINTER;
        if (t == base && ptr_recv)
            continue;
        vec_push(&out, m);
    }
    promoted_methods(t, &out);
    return sorted(out);
}

/* The signature of a method without its receiver: the type of
 * method.mtyp and imethod.ityp. */
static Type *method_type(Object *m)
{
    Type *sig = m->type;
    if (!sig->u.func.recv)
        return sig;
    Type *t = type_new(TYPE_FUNC);
    t->u.func.params = sig->u.func.params;
    t->u.func.results = sig->u.func.results;
    t->u.func.variadic = sig->u.func.variadic;
    return t;
}

/* The code a method table or itab holds for method m of t's method set:
 * ifn, called with the interface's data word as the receiver, and tfn,
 * called with a receiver of type t. For a value method of T, *T's and a
 * boxed T's code is the wrapper (*T).m, which loads the value (iface.c,
 * method_wrapper). A promoted method's code is a wrapper too (promote.c). */
static void method_code(SsaGen *g, Type *t, Object *m, const char **ifn, const char **tfn)
{
    if (is_promoted(t, m)) {
        promoted_code(g, t, m, ifn, tfn);
        return;
    }
    bool ptr_recv = m->type->u.func.recv->type->kind == TYPE_POINTER;
    if (ptr_recv) {
        *ifn = *tfn = m->link_name;
        return;
    }
    bool boxed = t->kind == TYPE_POINTER || !is_direct_iface(t); /* the data word points to the value */
    *ifn = boxed ? method_wrapper(g, m) : m->link_name;
    *tfn = t->kind == TYPE_POINTER ? *ifn : m->link_name;
}

void typedesc_method_names(SsaGen *g, Type *t, Object *m, const char **ifn, const char **tfn)
{
    method_code(g, t, m, ifn, tfn);
}

void typedesc_method_code(SsaGen *g, Sym *d, int64_t ifn_off, int64_t tfn_off, Type *t, Object *m,
                          const char **ifn, const char **tfn)
{
    method_code(g, t, m, ifn, tfn);
    d_addr(d, ifn_off, func_ref(*ifn), 0);
    if (tfn_off >= 0)
        d_addr(d, tfn_off, func_ref(*tfn), 0);
}

void typedesc_code_word(Sym *d, int64_t off, const char *fn)
{
    d_addr(d, off, func_ref(fn), 0);
}

const char *method_key(Object *m)
{
    return xprintf("%s %s", m->name, type_runtime_string(method_type(m)));
}

/* The package a named type (or the element of an unnamed pointer,
 * slice, array or chan type) was declared in: gc's typePkg. */
static const char *type_pkg(Type *t)
{
    if (t->kind == TYPE_POINTER)
        t = t->u.pointer.elem;
    else if (t->kind == TYPE_SLICE)
        t = t->u.slice.elem;
    else if (t->kind == TYPE_ARRAY)
        t = t->u.array.elem;
    else if (t->kind == TYPE_CHAN)
        t = t->u.chan.elem;
    if (t->kind != TYPE_NAMED)
        return NULL;
    return t->u.named.obj->pkg;
}

/* Whether gc names t: defined types, and the predeclared ones. */
static bool is_named(Type *t)
{
    return t->kind == TYPE_NAMED || t->kind <= TYPE_UNSAFE_POINTER;
}

/* --- Descriptors --------------------------------------------------------------------- */

static Sym *tref(SsaGen *g, Type *t)
{
    return gen_type_sym(g, t);
}

/* The 32-bit hash in _type.hash and itab.hash: FNV-1a of the run-time
 * name. Identical types have one descriptor and so one hash; distinct
 * types that print alike (local types) share it, which only costs a
 * type switch a comparison. */
static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* A Go slice header at off: the array at data+at, n elements. */
static void d_slice(Sym *d, int64_t off, Sym *data, int64_t at, int64_t n)
{
    d_addr(d, off, n ? data : NULL, at);
    d_int(d, off + 8, (uint64_t)n, 8);
    d_int(d, off + 16, (uint64_t)n, 8);
}

/* The _type header of t. */
static void common(SsaGen *g, Sym *d, Type *t, bool uncommon)
{
    Type *u = type_underlying(t);
    int tflag = (uncommon ? TFLAG_UNCOMMON : 0) | (is_named(t) ? TFLAG_NAMED : 0) |
                (is_regular_memory(t) ? TFLAG_REGULAR_MEMORY : 0);
    int64_t align = type_align(t);
    const char *str = type_runtime_string(t);
    d_int(d, T_SIZE, (uint64_t)type_size(t), 8);
    d_int(d, T_PTRDATA, (uint64_t)type_ptrdata(t), 8);
    d_int(d, T_HASH, fnv1a(str), 4);
    d_int(d, T_TFLAG, (uint64_t)tflag, 1);
    d_int(d, T_ALIGN, (uint64_t)align, 1);
    d_int(d, T_FIELDALIGN, (uint64_t)align, 1);
    d_int(d, T_KIND, (uint64_t)(gc_kind(u) | (is_direct_iface(t) ? KIND_DIRECT_IFACE : 0)), 1);
    d_addr(d, T_EQUAL, equal_sym(g, t), 0);
    d_addr(d, T_GCDATA, gcdata_ref(g, t), 0);
    d_addr(d, T_STR, name_sym(g, str), 0);
    d_int(d, T_PTRTOTHIS, 0, 8); /* typedesc_finish */
}

/* The size of the kind's struct after the header (rt/type.h), where the
 * uncommontype goes. */
static int64_t kind_end(Type *u)
{
    switch (u->kind) {
    case TYPE_POINTER: case TYPE_SLICE: return PTR_END;
    case TYPE_ARRAY: return ARRAY_END;
    case TYPE_CHAN: return CHAN_END;
    case TYPE_FUNC: return FUNC_END;
    case TYPE_STRUCT: case TYPE_INTERFACE: return STRUCT_END;
    case TYPE_MAP: return MAP_END;
    default: return T_COMMON;
    }
}

/* A func type's parameter and result types, at off. */
static int64_t func_params(SsaGen *g, Sym *d, Type *u, int64_t off)
{
    ObjectList *ps = &u->u.func.params->u.tuple.vars, *rs = &u->u.func.results->u.tuple.vars;
    d_int(d, FUNC_INCOUNT, (uint64_t)ps->n, 2);
    d_int(d, FUNC_OUTCOUNT, (uint64_t)rs->n | (u->u.func.variadic ? 0x8000u : 0), 2);
    for (int i = 0; i < ps->n; i++, off += 8)
        d_addr(d, off, tref(g, ps->v[i]->type), 0);
    for (int i = 0; i < rs->n; i++, off += 8)
        d_addr(d, off, tref(g, rs->v[i]->type), 0);
    return off;
}

/* A struct's fields, at off. */
static int64_t struct_fields(SsaGen *g, Sym *d, Type *u, int64_t off)
{
    ObjectList *fs = &u->u.strct.fields;
    const char *pkg = NULL;
    for (int i = 0; i < fs->n && !pkg; i++)
        if (!is_exported(fs->v[i]->name))
            pkg = fs->v[i]->pkg ? fs->v[i]->pkg : "main";
    d_addr(d, PKGPATH, name_sym(g, pkg), 0);
    d_slice(d, SLICE_PTR, d, off, fs->n);
    for (int i = 0; i < fs->n; i++, off += SF_SIZE) {
        Object *f = fs->v[i];
        d_addr(d, off + SF_NAME, field_name_sym(g, f->name, u->u.strct.tags ? u->u.strct.tags[i] : NULL), 0);
        d_addr(d, off + SF_TYP, tref(g, f->type), 0);
        d_int(d, off + SF_OFFSETANON, (uint64_t)(type_field_offset(u, i) << 1 | f->u.var.embedded), 8);
    }
    return off;
}

/* An interface's methods, at off. */
static int64_t iface_fields(SsaGen *g, Sym *d, Type *t, int64_t off)
{
    /* gc: the package of a named interface, else of its methods (the
     * runtime tells unexported methods of two packages apart by it) */
    const char *pkg = t->kind == TYPE_NAMED ? t->u.named.obj->pkg : NULL;
    ObjectList ms = iface_methods(t);
    for (int i = 0; i < ms.n && !pkg; i++)
        pkg = ms.v[i]->pkg;
    d_addr(d, PKGPATH, name_sym(g, pkg), 0);
    d_slice(d, SLICE_PTR, d, off, ms.n);
    for (int i = 0; i < ms.n; i++, off += IM_SIZE) {
        d_addr(d, off + IM_NAME, name_sym(g, ms.v[i]->name), 0);
        d_addr(d, off + IM_ITYP, tref(g, method_type(ms.v[i])), 0);
        d_addr(d, off + IM_PKGPATH, name_sym(g, method_pkg(ms.v[i])), 0);
    }
    return off;
}

/* Whether a leaf of t (t itself, or an element or field inside) has a
 * kind that leaf says yes to. */
static bool any_leaf(Type *t, bool (*leaf)(TypeKind k))
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_ARRAY)
        return any_leaf(u->u.array.elem, leaf);
    if (u->kind == TYPE_STRUCT) {
        for (int i = 0; i < u->u.strct.fields.n; i++)
            if (any_leaf(u->u.strct.fields.v[i]->type, leaf))
                return true;
        return false;
    }
    return leaf(u->kind);
}

/* Keys that may not equal themselves (a NaN inside): the opposite of
 * gc's isReflexive. */
static bool irreflexive(TypeKind k)
{
    return k == TYPE_FLOAT32 || k == TYPE_FLOAT64 || k == TYPE_COMPLEX64 || k == TYPE_COMPLEX128 ||
           k == TYPE_INTERFACE;
}

/* Keys an assignment to an existing entry must store again (+0 and -0,
 * strings sharing storage): gc's needkeyupdate. */
static bool needs_update(TypeKind k)
{
    return irreflexive(k) || k == TYPE_STRING;
}

static bool is_iface(TypeKind k)
{
    return k == TYPE_INTERFACE;
}

static Object *field(const char *name, Type *t)
{
    Object *f = object_new(OBJ_VAR, intern_cstr(name), (Pos){0}, t);
    f->u.var.is_field = true;
    return f;
}

/* The bucket of map type u (rt/map.c): tophash [8]uint8, then 8 keys,
 * 8 elems (a pointer to each when it is bigger than 128 bytes) and the
 * overflow pointer, a uintptr when nothing else holds pointers so that
 * the GC need not scan the buckets (gc's MapBucketType). */
static Type *map_bucket(Type *u)
{
    Type *k = u->u.map.key, *e = u->u.map.elem;
    if (type_size(k) > MAX_MAP_SLOT)
        k = type_new_pointer(k);
    if (type_size(e) > MAX_MAP_SLOT)
        e = type_new_pointer(e);
    Type *b = type_new(TYPE_STRUCT);
    vec_push(&b->u.strct.fields, field("topbits", type_new_array(types_basic[TYPE_UINT8], BUCKET_COUNT)));
    vec_push(&b->u.strct.fields, field("keys", type_new_array(k, BUCKET_COUNT)));
    vec_push(&b->u.strct.fields, field("elems", type_new_array(e, BUCKET_COUNT)));
    bool ptrs = type_ptrdata(k) || type_ptrdata(e);
    vec_push(&b->u.strct.fields, field("overflow", ptrs ? t_ptr() : t_uintptr()));
    for (int i = 0; i < b->u.strct.fields.n; i++)
        b->u.strct.fields.v[i]->u.var.index = i;
    return b;
}

static void map_fields(SsaGen *g, Sym *d, Type *u)
{
    Type *k = u->u.map.key, *e = u->u.map.elem;
    Type *bucket = map_bucket(u);
    d_addr(d, MAP_KEY, tref(g, k), 0);
    d_addr(d, MAP_ELEM, tref(g, e), 0);
    d_addr(d, MAP_BUCKET, tref(g, bucket), 0);
    d_addr(d, MAP_HASHER, hash_sym(g, k), 0);
    bool ik = type_size(k) > MAX_MAP_SLOT, ie = type_size(e) > MAX_MAP_SLOT;
    d_int(d, MAP_KEYSIZE, (uint64_t)(ik ? 8 : type_size(k)), 1);
    d_int(d, MAP_ELEMSIZE, (uint64_t)(ie ? 8 : type_size(e)), 1);
    d_int(d, MAP_BUCKETSIZE, (uint64_t)type_size(bucket), 2);
    int flags = (ik ? MAP_INDIRECT_KEY : 0) | (ie ? MAP_INDIRECT_ELEM : 0) |
                (any_leaf(k, irreflexive) ? 0 : MAP_REFLEXIVE_KEY) |
                (any_leaf(k, needs_update) ? MAP_NEED_KEY_UPDATE : 0) |
                (any_leaf(k, is_iface) ? MAP_HASH_MIGHT_PANIC : 0);
    d_int(d, MAP_FLAGS, (uint64_t)flags, 4);
}

/* The uncommontype at off and the method table after the kind's array
 * (at moff); returns the end. */
static int64_t uncommon(SsaGen *g, Sym *d, Type *t, int64_t off, int64_t moff, ObjectList ms)
{
    int xcount = 0;
    while (xcount < ms.n && is_exported(ms.v[xcount]->name))
        xcount++;
    /* unsafe.Pointer is gc's one predeclared type with a package */
    const char *pkg = t->kind == TYPE_UNSAFE_POINTER ? "unsafe" : type_pkg(t);
    d_addr(d, off + U_PKGPATH, name_sym(g, pkg), 0);
    d_int(d, off + U_MCOUNT, (uint64_t)ms.n, 2);
    d_int(d, off + U_XCOUNT, (uint64_t)xcount, 2);
    d_int(d, off + U_MOFF, (uint64_t)(moff - off), 4);
    int64_t m = moff;
    for (int i = 0; i < ms.n; i++, m += M_SIZE) {
        d_addr(d, m + M_NAME, name_sym(g, ms.v[i]->name), 0);
        d_addr(d, m + M_MTYP, tref(g, method_type(ms.v[i])), 0);
        d_reserve(d, m + M_TFN + 8);
        reach_method_slot(g, d, m + M_IFN, m + M_TFN, t, ms.v[i]); /* the code, once kept */
        d_addr(d, m + M_PKGPATH, name_sym(g, method_pkg(ms.v[i])), 0);
    }
    reach_method_table(g, d, moff, m);
    return m;
}

/* Fills the descriptor of sym->type (rt/type.h): the header, the kind's
 * fields, the uncommontype and the arrays they point into. */
void typedesc_build(SsaGen *g, Sym *d)
{
    Arena *outer = arena_enter(&arena_package);
    Type *t = d->type, *u = type_underlying(t);
    ObjectList ms = method_set(t);
    bool unc = is_named(t) || ms.n > 0;
    d->align = 8;
    /* The runtime's C code makes values of some of package runtime's
     * types (rt/error.c: *runtime.TypeAssertionError) and must use the
     * program's descriptor when it has one (a weak reference), so that
     * there is one type, not two. */
    const char *pkg = type_pkg(t);
    d->global = pkg && strcmp(pkg, "runtime") == 0;
    common(g, d, t, unc);
    int64_t end = kind_end(u);
    int64_t off = end + (unc ? U_SIZE : 0); /* where the kind's array goes */
    switch (u->kind) {
    case TYPE_POINTER:
        d_addr(d, T_ELEM, tref(g, u->u.pointer.elem), 0);
        break;
    case TYPE_SLICE:
        d_addr(d, T_ELEM, tref(g, u->u.slice.elem), 0);
        break;
    case TYPE_ARRAY:
        d_addr(d, T_ELEM, tref(g, u->u.array.elem), 0);
        d_addr(d, ARRAY_SLICE, tref(g, type_new_slice(u->u.array.elem)), 0);
        d_int(d, ARRAY_LEN, (uint64_t)u->u.array.len, 8);
        break;
    case TYPE_CHAN:
        d_addr(d, T_ELEM, tref(g, u->u.chan.elem), 0);
        d_int(d, CHAN_DIR, u->u.chan.dir == CHAN_RECV ? 1 : u->u.chan.dir == CHAN_SEND ? 2 : 3, 8);
        break;
    case TYPE_FUNC:
        off = func_params(g, d, u, off);
        break;
    case TYPE_STRUCT:
        off = struct_fields(g, d, u, off);
        break;
    case TYPE_INTERFACE:
        off = iface_fields(g, d, t, off);
        break;
    case TYPE_MAP:
        map_fields(g, d, u);
        break;
    default:
        break;
    }
    d_reserve(d, off);
    if (unc)
        off = uncommon(g, d, t, end, off, ms);
    d_reserve(d, off);
    /* With reflect in the program, a type whose pointer type has methods
     * has that pointer type's descriptor too (its ptrToThis, as gc
     * writes it for named types), so that reflect.New(T), PointerTo and
     * Value.Addr have *T's method set even where no compiled code names
     * *T (encoding/json's Unmarshaler on a field of type T). */
    if (t->kind != TYPE_POINTER && u->kind != TYPE_INTERFACE && gen_has_package(g, "reflect") &&
        method_set(type_new_pointer(t)).n > 0)
        tref(g, type_new_pointer(t));
    arena_enter(outer);
}

/* After the last descriptor: each type whose pointer type has a
 * descriptor points to it (ptrToThis), as gc's do. */
void typedesc_finish(SsaGen *g, SymList *types)
{
    Arena *outer = arena_enter(&arena_package);
    for (int i = 0; i < types->n; i++) {
        Sym *p = types->v[i];
        if (p->type->kind == TYPE_POINTER)
            d_addr(tref(g, p->type->u.pointer.elem), T_PTRTOTHIS, p, 0);
    }
    arena_enter(outer);
}

/* --- Itabs ---------------------------------------------------------------------------- */

/* go.itab.T,I: the itab of concrete type t for interface iface, which t
 * implements (the checker made sure), built at once: the interface
 * type, the type, its hash, and the code of each of iface's methods in
 * iface_methods' order (ifn, as method_code says). */
Sym *itab_sym(SsaGen *g, Type *t, Type *iface)
{
    Arena *outer = arena_enter(&arena_package);
    Sym *ts = tref(g, t), *is = tref(g, iface);
    reach_type_used(g, ts); /* converted to iface */
    bool fresh;
    Sym *d = gen_itab_sym(g, xprintf("itab:%s,%s", ts->name, is->name),
                          xprintf("go.itab.%s,%s", ts->name + 5, is->name + 5), &fresh);
    if (fresh) {
        d_addr(d, ITAB_INTER, is, 0);
        d_addr(d, ITAB_TYPE, ts, 0);
        d_int(d, ITAB_HASH, fnv1a(type_runtime_string(t)), 4);
        ObjectList ims = iface_methods(iface);
        d_reserve(d, ITAB_FUN + 8 * (ims.n ? ims.n : 1));
        ObjectList ms = method_set(t);
        for (int i = 0; i < ims.n; i++)
            for (int j = 0; j < ms.n; j++)
                if (ms.v[j]->name == ims.v[i]->name &&
                    (type_is_exported_name(ms.v[j]->name) || ms.v[j]->pkg == ims.v[i]->pkg)) {
                    reach_method_slot(g, d, ITAB_FUN + 8 * i, -1, t, ms.v[j]);
                }
    }
    arena_enter(outer);
    return d;
}
