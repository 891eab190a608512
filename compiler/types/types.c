/*
 * types.c — constructing, comparing, measuring and printing types, and
 * the Scope and Object tables (types.h). What is known of each basic
 * type — name, layout, the predicates' answers — is one row of basic.def.
 *
 * Identity (type_identical) is structural except for named types, which
 * are identical only to themselves; the predeclared basic types are
 * singletons so that for them identity is pointer equality. Layout
 * follows gc on amd64 (see types.h).
 */
#include "types.h"
#include "scanner.h"
#include "hashindex.h"

#include <stdlib.h>
#include <string.h>

Type *type_new(TypeKind kind)
{
    Type *t = NEW(Type);
    t->kind = kind;
    t->size = -1;
    t->align = -1;
    return t;
}

Type *type_new_pointer(Type *elem)
{
    Type *t = type_new(TYPE_POINTER);
    t->u.pointer.elem = elem;
    return t;
}

Type *type_new_slice(Type *elem)
{
    Type *t = type_new(TYPE_SLICE);
    t->u.slice.elem = elem;
    return t;
}

Type *type_new_array(Type *elem, int64_t len)
{
    Type *t = type_new(TYPE_ARRAY);
    t->u.array.elem = elem;
    t->u.array.len = len;
    return t;
}

Type *type_new_tuple(ObjectList vars)
{
    Type *t = type_new(TYPE_TUPLE);
    t->u.tuple.vars = vars;
    return t;
}

Type *type_new_func_with_recv(Object *recv, Type *sig)
{
    ObjectList ps = {0};
    vec_push(&ps, recv);
    ObjectList *rest = &sig->u.func.params->u.tuple.vars;
    for (int i = 0; i < rest->n; i++)
        vec_push(&ps, rest->v[i]);
    Type *t = type_new(TYPE_FUNC);
    t->u.func.params = type_new_tuple(ps);
    t->u.func.results = sig->u.func.results;
    t->u.func.variadic = sig->u.func.variadic;
    return t;
}

Object *object_new(ObjKind kind, const char *name, Pos pos, Type *type)
{
    Object *o = NEW(Object);
    o->kind = kind;
    o->name = name;
    o->pos = pos;
    o->type = type;
    return o;
}

/* --- Scopes ------------------------------------------------------------------ */

Scope *scope_new(Scope *parent, Pos pos)
{
    Scope *s = NEW(Scope);
    s->parent = parent;
    s->pos = pos;
    return s;
}

/* Most scopes are small and searched linearly; a larger one gets a hash
 * index of its names (interned, so hashed by address), which lives as
 * long as the compilation, in arena_package. */
enum { SCOPE_INDEX_MIN = 32 };

Object *scope_lookup_local(Scope *s, const char *name)
{
    if (s->index) {
        int cursor = 0;
        for (int i; (i = hashindex_next(s->index, hash_u64((uintptr_t)name), &cursor)) >= 0;)
            if (s->objects.v[i]->name == name)
                return s->objects.v[i];
        return NULL;
    }
    for (int i = s->objects.n - 1; i >= 0; i--)
        if (s->objects.v[i]->name == name)
            return s->objects.v[i];
    return NULL;
}

Object *scope_lookup(Scope *s, const char *name)
{
    for (; s; s = s->parent) {
        Object *o = scope_lookup_local(s, name);
        if (o)
            return o;
    }
    return NULL;
}

Object *scope_insert(Scope *s, Object *obj)
{
    Object *old = scope_lookup_local(s, obj->name);
    if (old)
        return old;
    vec_push(&s->objects, obj);
    if (!obj->parent)
        obj->parent = s;
    if (!s->index && s->objects.n > SCOPE_INDEX_MIN) {
        Arena *outer = arena_enter(&arena_package);
        s->index = NEW(HashIndex);
        s->index->in_arena = true;
        arena_enter(outer);
        for (int i = 0; i < s->objects.n - 1; i++)
            hashindex_add(s->index, hash_u64((uintptr_t)s->objects.v[i]->name), i);
    }
    if (s->index)
        hashindex_add(s->index, hash_u64((uintptr_t)obj->name), s->objects.n - 1);
    return NULL;
}

/* --- Queries ----------------------------------------------------------------- */

Type *type_underlying(Type *t)
{
    while (t && t->kind == TYPE_NAMED && t->u.named.underlying && t->u.named.underlying != t)
        t = t->u.named.underlying;
    return t;
}

/* basic.def's rows, indexed by kind. */
static const struct {
    const char *name;
    int64_t size, align;
    unsigned flags;
} basic_info[] = {
#define BASIC(kind, name, size, align, flags) [TYPE_##kind] = {name, size, align, flags},
#include "basic.def"
#undef BASIC
};

_Static_assert(sizeof basic_info / sizeof basic_info[0] == TYPE_UNTYPED_NIL + 1,
               "basic.def ends with TYPE_UNTYPED_NIL, the last basic kind");

static TypeKind ukind(Type *t)
{
    t = type_underlying(t);
    return t ? t->kind : TYPE_INVALID;
}

/* The basic.def flags of t's underlying type; 0 for composite types. */
static unsigned basic_flags(Type *t)
{
    TypeKind k = ukind(t);
    return k <= TYPE_UNTYPED_NIL ? basic_info[k].flags : 0;
}

/* Of t itself, not its underlying type: no named type is untyped. */
bool type_is_untyped(Type *t)
{
    return t && t->kind <= TYPE_UNTYPED_NIL && (basic_info[t->kind].flags & BASIC_UNTYPED);
}

bool type_is_integer(Type *t) { return basic_flags(t) & BASIC_INTEGER; }

bool type_is_unsigned(Type *t) { return basic_flags(t) & BASIC_UNSIGNED; }

bool type_is_float(Type *t) { return basic_flags(t) & BASIC_FLOAT; }

bool type_is_complex(Type *t) { return basic_flags(t) & BASIC_COMPLEX; }

bool type_is_numeric(Type *t) { return basic_flags(t) & (BASIC_INTEGER | BASIC_FLOAT | BASIC_COMPLEX); }

bool type_is_string(Type *t) { return basic_flags(t) & BASIC_STRING; }

bool type_is_boolean(Type *t) { return basic_flags(t) & BASIC_BOOLEAN; }

bool type_is_basic(Type *t)
{
    TypeKind k = ukind(t);
    return k >= TYPE_BOOL && k <= TYPE_UNTYPED_NIL;
}

bool type_has_nil(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TYPE_POINTER: case TYPE_SLICE: case TYPE_MAP: case TYPE_CHAN:
    case TYPE_FUNC: case TYPE_INTERFACE: case TYPE_UNSAFE_POINTER: case TYPE_UNTYPED_NIL:
        return true;
    default:
        return false;
    }
}

bool type_is_comparable(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC:
        return false;
    case TYPE_ARRAY:
        return type_is_comparable(u->u.array.elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->u.strct.fields.n; i++)
            if (!type_is_comparable(u->u.strct.fields.v[i]->type))
                return false;
        return true;
    default:
        return true;
    }
}

bool type_is_interface(Type *t) { return t && type_underlying(t)->kind == TYPE_INTERFACE; }

bool type_is_constant(Type *t) { return type_is_basic(t) && type_underlying(t)->kind != TYPE_UNSAFE_POINTER; }

Type *type_default(Type *t)
{
    if (!t)
        return t;
    switch (t->kind) {
    case TYPE_UNTYPED_BOOL: return types_basic[TYPE_BOOL];
    case TYPE_UNTYPED_INT: return types_basic[TYPE_INT];
    case TYPE_UNTYPED_RUNE: return type_rune;
    case TYPE_UNTYPED_FLOAT: return types_basic[TYPE_FLOAT64];
    case TYPE_UNTYPED_COMPLEX: return types_basic[TYPE_COMPLEX128];
    case TYPE_UNTYPED_STRING: return types_basic[TYPE_STRING];
    default: return t;
    }
}

/* Pairs of interface types being compared, innermost first: interfaces
 * may be recursive through their methods' signatures
 * (type I1 interface{ F() interface{ I1 } }), and a pair met again
 * while it is compared is taken as identical, as go/types does. */
typedef struct IfacePair {
    Type *a, *b;
    const struct IfacePair *outer;
} IfacePair;

/* How identical compares: the pairs under way, and whether struct tags
 * count (they do for identity, not for conversions). */
typedef struct Identity {
    const IfacePair *pairs;
    bool ignore_tags;
} Identity;

static bool identical(Type *a, Type *b, Identity id);

static bool tuple_identical(Type *a, Type *b, Identity id)
{
    if (!a || !b)
        return (!a || a->u.tuple.vars.n == 0) && (!b || b->u.tuple.vars.n == 0);
    if (a->u.tuple.vars.n != b->u.tuple.vars.n)
        return false;
    for (int i = 0; i < a->u.tuple.vars.n; i++)
        if (!identical(a->u.tuple.vars.v[i]->type, b->u.tuple.vars.v[i]->type, id))
            return false;
    return true;
}

bool type_identical(Type *a, Type *b) { return identical(a, b, (Identity){NULL, false}); }

bool type_identical_ignore_tags(Type *a, Type *b) { return identical(a, b, (Identity){NULL, true}); }

static bool identical(Type *a, Type *b, Identity id)
{
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TYPE_ARRAY:
        return a->u.array.len == b->u.array.len && identical(a->u.array.elem, b->u.array.elem, id);
    case TYPE_SLICE:
        return identical(a->u.slice.elem, b->u.slice.elem, id);
    case TYPE_POINTER:
        return identical(a->u.pointer.elem, b->u.pointer.elem, id);
    case TYPE_MAP:
        return identical(a->u.map.key, b->u.map.key, id) && identical(a->u.map.elem, b->u.map.elem, id);
    case TYPE_CHAN:
        return a->u.chan.dir == b->u.chan.dir && identical(a->u.chan.elem, b->u.chan.elem, id);
    case TYPE_FUNC:
        return a->u.func.variadic == b->u.func.variadic &&
               tuple_identical(a->u.func.params, b->u.func.params, id) &&
               tuple_identical(a->u.func.results, b->u.func.results, id);
    case TYPE_TUPLE:
        return tuple_identical(a, b, id);
    case TYPE_STRUCT: {
        ObjectList *fa = &a->u.strct.fields, *fb = &b->u.strct.fields;
        if (fa->n != fb->n)
            return false;
        for (int i = 0; i < fa->n; i++) {
            const char *ta = a->u.strct.tags ? a->u.strct.tags[i] : NULL;
            const char *tb = b->u.strct.tags ? b->u.strct.tags[i] : NULL;
            /* an unexported field name of another package is another name */
            bool other_pkg = fa->v[i]->pkg != fb->v[i]->pkg && !type_is_exported_name(fa->v[i]->name);
            if (fa->v[i]->name != fb->v[i]->name || other_pkg || fa->v[i]->u.var.embedded != fb->v[i]->u.var.embedded ||
                !identical(fa->v[i]->type, fb->v[i]->type, id) ||
                (!id.ignore_tags && strcmp(ta ? ta : "", tb ? tb : "") != 0))
                return false;
        }
        return true;
    }
    case TYPE_INTERFACE: {
        ObjectList *ma = &a->u.iface.methods, *mb = &b->u.iface.methods;
        if (ma->n != mb->n || a->u.iface.embeddeds.n || b->u.iface.embeddeds.n)
            return false;
        for (const IfacePair *p = id.pairs; p; p = p->outer)
            if ((p->a == a && p->b == b) || (p->a == b && p->b == a))
                return true;
        IfacePair here = {a, b, id.pairs};
        Identity inner = {&here, id.ignore_tags};
        for (int i = 0; i < ma->n; i++)
            if (ma->v[i]->name != mb->v[i]->name || !identical(ma->v[i]->type, mb->v[i]->type, inner))
                return false;
        return true;
    }
    default:
        /* Named types are singletons; basic types too, except that byte
         * and rune are Types of their own (for their names in messages)
         * identical to uint8 and int32: same kind, same type. */
        return a->kind <= TYPE_UNTYPED_NIL;
    }
}

/* --- Layout ------------------------------------------------------------------- */

static int64_t align_to(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

/* Sizes saturate at TYPE_MAX_WIDTH, so that no multiplication or sum of
 * sizes overflows int64 and a type too large for the address space stays
 * recognisable (type_too_large). */
static int64_t saturate(int64_t n) { return n > TYPE_MAX_WIDTH ? TYPE_MAX_WIDTH : n; }

static bool layout(Type *t);

/* Whether t's layout is known (computing it if it can be). */
static bool known(Type *t) { return t->size >= 0 || layout(t); }

/* Computes and records t's size and alignment; returns false, recording
 * nothing, while a named type inside t has no underlying type yet (the
 * checker may ask in the middle of a declaration). */
static bool layout(Type *t)
{
    Type *u = type_underlying(t);
    int64_t size = 8, align = 8;
    TypeKind k = u ? u->kind : TYPE_INVALID;
    if (k == TYPE_NAMED)
        return false;
    if (k <= TYPE_UNTYPED_NIL) {
        t->size = basic_info[k].size;
        t->align = basic_info[k].align;
        return true;
    }
    switch (k) {
    case TYPE_INTERFACE:
        size = 16;
        break;
    case TYPE_SLICE:
        size = 24;
        break;
    case TYPE_ARRAY: {
        Type *elem = u->u.array.elem;
        if (!known(elem))
            return false;
        int64_t es = elem->size, n = u->u.array.len;
        size = es > 0 && n > (TYPE_MAX_WIDTH - 1) / es ? TYPE_MAX_WIDTH : es * n;
        align = elem->align;
        break;
    }
    case TYPE_STRUCT: {
        int64_t off = 0;
        align = 1;
        ObjectList *fs = &u->u.strct.fields;
        for (int i = 0; i < fs->n; i++) {
            Type *ft = fs->v[i]->type;
            if (!known(ft))
                return false;
            off = saturate(align_to(off, ft->align) + ft->size);
            /* type_field_offset repeats this placement rule */
            if (ft->align > align)
                align = ft->align;
        }
        /* gc pads a struct ending in a zero-size field so that a pointer
         * to that field does not point past the object */
        if (fs->n > 0 && off > 0 && fs->v[fs->n - 1]->type->size == 0)
            off++;
        size = saturate(align_to(off, align));
        break;
    }
    case TYPE_TUPLE: case TYPE_MEM:
        size = 0;
        align = 1;
        break;
    default: /* pointers, maps, chans, funcs */
        break;
    }
    t->size = size;
    t->align = align;
    return true;
}

int64_t type_field_offset(Type *t, int i)
{
    ObjectList *fs = &type_underlying(t)->u.strct.fields;
    int64_t off = 0;
    for (int j = 0; j <= i; j++) {
        Type *ft = fs->v[j]->type;
        off = align_to(off, type_align(ft));
        if (j < i)
            off = saturate(off + type_size(ft));
    }
    return off;
}

/* An incomplete type (see layout) has size 0 and alignment 1 for now. */
int64_t type_size(Type *t)
{
    return known(t) ? t->size : 0;
}

int64_t type_align(Type *t)
{
    return known(t) ? t->align : 1;
}

bool type_too_large(Type *t)
{
    return type_size(t) >= TYPE_MAX_WIDTH;
}

/* Whether name is exported: its first character is an upper-case letter
 * (Unicode class Lu). hood has no Unicode tables (compiler/syntax/
 * scanner.c): beyond ASCII this knows the upper-case letters of
 * Latin-1, Greek and Cyrillic, and counts every other letter as lower
 * case, so such a name is unexported. */
bool type_is_exported_name(const char *name)
{
    const unsigned char *s = (const unsigned char *)name;
    if (s[0] < 0x80)
        return s[0] >= 'A' && s[0] <= 'Z';
    uint32_t r = 0;
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80)
        r = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
    return (r >= 0xC0 && r <= 0xDE && r != 0xD7) ||         /* À..Þ but × */
           (r >= 0x391 && r <= 0x3AB && r != 0x3A2) ||       /* Α..Ϋ */
           (r >= 0x400 && r <= 0x42F);                       /* Ѐ..Я */
}

/* --- Printing -------------------------------------------------------------- */

/* How the write_* functions spell a type: TEXT_MESSAGE as gc's
 * messages do; TEXT_RUNTIME as its run-time name (type_runtime_string),
 * where every named type is package-qualified and byte/rune are their
 * real names, as reflect and panic messages show them; TEXT_LINK as the
 * run-time name with package paths for package names, unexported field
 * names qualified too, and a local type's number (type_link_string). */
typedef enum { TEXT_MESSAGE, TEXT_RUNTIME, TEXT_LINK } TextMode;
static void write_type(Buf *b, Type *t, TextMode mode);


static void write_tuple(Buf *b, Type *tup, bool variadic, TextMode mode)
{
    buf_putc(b, '(');
    if (tup) {
        for (int i = 0; i < tup->u.tuple.vars.n; i++) {
            Object *v = tup->u.tuple.vars.v[i];
            if (i > 0)
                buf_puts(b, ", ");
            /* as types2: parameter and result names are part of the
             * text; not of the run-time name */
            if (v->name && v->name[0] && mode == TEXT_MESSAGE)
                buf_printf(b, "%s ", v->name);
            if (variadic && i == tup->u.tuple.vars.n - 1 && v->type->kind == TYPE_SLICE) {
                buf_puts(b, "...");
                write_type(b, v->type->u.slice.elem, mode);
            } else {
                write_type(b, v->type, mode);
            }
        }
    }
    buf_putc(b, ')');
}

/* The parameters and results of a signature: "(int) (bool, error)". */
static void write_signature(Buf *b, Type *t, TextMode mode)
{
    write_tuple(b, t->u.func.params, t->u.func.variadic, mode);
    Type *r = t->u.func.results;
    int n = r ? r->u.tuple.vars.n : 0;
    if (n == 0)
        return;
    buf_putc(b, ' ');
    if (n == 1 && (mode != TEXT_MESSAGE || !r->u.tuple.vars.v[0]->name || r->u.tuple.vars.v[0]->name[0] == 0)) {
        write_type(b, r->u.tuple.vars.v[0]->type, mode);
        return;
    }
    write_tuple(b, r, false, mode);
}

/* s as Go's strconv.Quote writes it, the way gc prints struct tags
 * ("json:\"x\""): ", \ and control characters escaped. Tags are cut at
 * a NUL byte (compiler/types/typexpr.c). */
static void write_quoted(Buf *b, const char *s)
{
    buf_putc(b, '"');
    for (int i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\t' ? "\\t"
                        : c == '\r' ? "\\r" : c == '\a' ? "\\a" : c == '\b' ? "\\b" : c == '\f' ? "\\f"
                        : c == '\v' ? "\\v" : NULL;
        if (esc)
            buf_puts(b, esc);
        else if (c < 0x20 || c == 0x7f)
            buf_printf(b, "\\x%02x", c);
        else
            buf_putc(b, (char)c);
    }
    buf_putc(b, '"');
}

/* A struct type's run-time name, as gc's reflect shows it:
 * struct { a int; B string "tag" }, embedded fields by their type. */
static void write_runtime_struct(Buf *b, Type *t, TextMode mode)
{
    ObjectList *fs = &t->u.strct.fields;
    buf_puts(b, "struct {");
    for (int i = 0; i < fs->n; i++) {
        Object *f = fs->v[i];
        buf_puts(b, i > 0 ? "; " : " ");
        if (!f->u.var.embedded && mode == TEXT_LINK && !type_is_exported_name(f->name) && f->pkg)
            buf_printf(b, "%s.%s ", f->pkg, f->name);
        else if (mode == TEXT_LINK && !type_is_exported_name(f->name) && f->pkg)
            /* an unexported embedded field is its package's too: a word
             * no type starts with keeps it from any named field's text */
            buf_printf(b, "%s.%s embedded ", f->pkg, f->name);
        else if (!f->u.var.embedded)
            buf_printf(b, "%s ", f->name);
        write_type(b, f->type, mode);
        const char *tag = t->u.strct.tags ? t->u.strct.tags[i] : NULL;
        if (tag) {
            buf_putc(b, ' ');
            write_quoted(b, tag);
        }
    }
    buf_puts(b, fs->n ? " }" : "}");
}

/* An interface type's run-time name: interface { M(int); main.m() },
 * unexported method names qualified by their package. */
static void write_runtime_interface(Buf *b, Type *t, TextMode mode)
{
    ObjectList *ms = &t->u.iface.methods;
    buf_puts(b, "interface {");
    for (int i = 0; i < ms->n; i++) {
        Object *m = ms->v[i];
        buf_puts(b, i > 0 ? "; " : " ");
        const char *path = m->pkg ? m->pkg : "main";
        if (!(m->name[0] >= 'A' && m->name[0] <= 'Z'))
            buf_printf(b, "%s.", mode == TEXT_LINK ? path : types_package_name(path));
        buf_puts(b, m->name);
        write_signature(b, m->type, mode);
    }
    buf_puts(b, ms->n ? " }" : "}");
}

static void write_type(Buf *b, Type *t, TextMode mode)
{
    if (!t) {
        buf_puts(b, "<nil>");
        return;
    }
    if (t->kind <= TYPE_UNTYPED_NIL) {
        if (mode != TEXT_MESSAGE)
            buf_puts(b, basic_info[t->kind].name);
        else
            buf_puts(b, t == type_byte ? "byte" : t == type_rune ? "rune" : basic_info[t->kind].name);
        return;
    }
    switch (t->kind) {
    case TYPE_ARRAY:
        buf_printf(b, "[%lld]", (long long)t->u.array.len);
        write_type(b, t->u.array.elem, mode);
        break;
    case TYPE_SLICE:
        buf_puts(b, "[]");
        write_type(b, t->u.slice.elem, mode);
        break;
    case TYPE_POINTER:
        buf_putc(b, '*');
        write_type(b, t->u.pointer.elem, mode);
        break;
    case TYPE_MAP:
        buf_puts(b, "map[");
        write_type(b, t->u.map.key, mode);
        buf_putc(b, ']');
        write_type(b, t->u.map.elem, mode);
        break;
    case TYPE_CHAN:
        buf_puts(b, t->u.chan.dir == CHAN_SEND ? "chan<- " : t->u.chan.dir == CHAN_RECV ? "<-chan " : "chan ");
        /* chan (<-chan T) needs parentheses */
        if (t->u.chan.dir == CHAN_BOTH && t->u.chan.elem->kind == TYPE_CHAN && t->u.chan.elem->u.chan.dir == CHAN_RECV) {
            buf_putc(b, '(');
            write_type(b, t->u.chan.elem, mode);
            buf_putc(b, ')');
        } else {
            write_type(b, t->u.chan.elem, mode);
        }
        break;
    case TYPE_FUNC:
        buf_puts(b, "func");
        write_signature(b, t, mode);
        break;
    case TYPE_TUPLE:
        write_tuple(b, t, false, mode);
        break;
    case TYPE_STRUCT:
        if (mode != TEXT_MESSAGE) {
            write_runtime_struct(b, t, mode);
            break;
        }
        buf_puts(b, "struct{");
        for (int i = 0; i < t->u.strct.fields.n; i++) {
            Object *f = t->u.strct.fields.v[i];
            if (i > 0)
                buf_puts(b, "; ");
            if (!f->u.var.embedded) {
                buf_puts(b, f->name);
                buf_putc(b, ' ');
            }
            write_type(b, f->type, mode);
            if (t->u.strct.tags && t->u.strct.tags[i]) {
                buf_putc(b, ' ');
                write_quoted(b, t->u.strct.tags[i]);
            }
        }
        buf_putc(b, '}');
        break;
    case TYPE_INTERFACE:
        if (mode != TEXT_MESSAGE) {
            write_runtime_interface(b, t, mode);
            break;
        }
        if (t == type_underlying(type_error)) {
            buf_puts(b, "interface{Error() string}");
            break;
        }
        if (t->u.iface.methods.n == 0 && t->u.iface.embeddeds.n == 0) {
            buf_puts(b, "interface{}");
            break;
        }
        buf_puts(b, "interface{");
        for (int i = 0; i < t->u.iface.methods.n; i++) {
            Object *m = t->u.iface.methods.v[i];
            if (i > 0)
                buf_puts(b, "; ");
            buf_puts(b, m->name);
            write_signature(b, m->type, mode);
        }
        for (int i = 0; i < t->u.iface.embeddeds.n; i++) {
            if (i > 0 || t->u.iface.methods.n > 0)
                buf_puts(b, "; ");
            write_type(b, t->u.iface.embeddeds.v[i], mode);
        }
        buf_putc(b, '}');
        break;
    case TYPE_NAMED: {
        /* gc leaves names of the package being compiled unqualified */
        Object *o = t->u.named.obj;
        if (o->pkg && mode == TEXT_LINK)
            buf_printf(b, "%s.", o->pkg);
        else if (o->pkg && (mode == TEXT_RUNTIME || strcmp(o->pkg, types_local_package ? types_local_package : "main") != 0))
            buf_printf(b, "%s.", types_package_name(o->pkg));
        buf_puts(b, o->name);
        if (mode == TEXT_LINK && o->u.typename_.local)
            buf_printf(b, "·%d", o->u.typename_.local);
        break;
    }
    case TYPE_TYPEPARAM:
        buf_puts(b, t->u.typeparam.obj->name);
        break;
    case TYPE_MEM:
        buf_puts(b, "mem");
        break;
    case TYPE_FLAGS:
        buf_puts(b, "flags");
        break;
    default:
        buf_puts(b, "?");
        break;
    }
}

static const char *type_text(Type *t, TextMode mode)
{
    Buf b = {0};
    buf_puts(&b, "");
    write_type(&b, t, mode);
    const char *s = xstrdup(b.s);
    free(b.s);
    return s;
}

const char *type_string(Type *t) { return type_text(t, TEXT_MESSAGE); }

const char *type_runtime_string(Type *t) { return type_text(t, TEXT_RUNTIME); }

const char *type_link_string(Type *t) { return type_text(t, TEXT_LINK); }
