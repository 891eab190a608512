/*
 * export.c — export_package: a checked package's export data (the
 * format: exportfmt.h; its place in the build cache: docs/design.md,
 * "Build cache and export data").
 *
 * What is written is what an importer's checker can reach through the
 * package: every object of the package scope, in declaration order, and
 * everything their types lead to (methods of named types, fields,
 * signatures, constants' exact values), each with its position. Function
 * bodies, initialisers and local declarations are not: an importer
 * never looks into them.
 *
 * Determinism: the output depends only on the checked package. Objects
 * are visited in scope order and their parts in a fixed order, strings
 * are numbered by first use, and no pointer value or hash order reaches
 * the bytes (the pointer maps below only say "seen before").
 */
#include <stdlib.h>
#include <string.h>

#include "exportfmt.h"
#include "hashindex.h"

/* --- Shared with import.c ------------------------------------------------ */

void export_predeclared(Type *out[EXPORT_NPREDECLARED])
{
    types_init();
    int n = 0;
    for (int k = 0; k <= TYPE_UNTYPED_NIL; k++)
        out[n++] = types_basic[k];
    out[n++] = type_byte;
    out[n++] = type_rune;
    out[n++] = type_error;
    out[n++] = scope_lookup_local(types_universe, intern_cstr("any"))->type;
    out[n++] = scope_lookup_local(types_universe, intern_cstr("comparable"))->type;
}

const char *export_link_name(const Object *o)
{
    if (!o->pkg)
        return NULL;
    if (o->kind == OBJ_FUNC && o->u.func.is_method) {
        Object *recv = o->type && o->type->kind == TYPE_FUNC ? o->type->u.func.recv : NULL;
        Type *rt = recv ? recv->type : NULL;
        bool ptr = rt && rt->kind == TYPE_POINTER;
        if (ptr)
            rt = rt->u.pointer.elem;
        if (!rt || rt->kind != TYPE_NAMED)
            return xprintf("%s.%s", o->pkg, o->name);
        const char *base = rt->u.named.obj->name;
        return ptr ? xprintf("%s.(*%s).%s", o->pkg, base, o->name) : xprintf("%s.%s.%s", o->pkg, base, o->name);
    }
    return xprintf("%s.%s", o->pkg, o->name);
}

/* --- Pointer maps ---------------------------------------------------------- */

/* Which types, objects or strings were written, and their numbers. */
typedef struct PtrMap {
    HashIndex index;
    VEC(const void *) keys;
} PtrMap;

static int ptrmap_find(const PtrMap *m, const void *p)
{
    int cursor = 0, i;
    uint64_t h = hash_u64((uintptr_t)p);
    while ((i = hashindex_next(&m->index, h, &cursor)) >= 0)
        if (m->keys.v[i] == p)
            return i;
    return -1;
}

static int ptrmap_add(PtrMap *m, const void *p)
{
    hashindex_add(&m->index, hash_u64((uintptr_t)p), m->keys.n);
    vec_push(&m->keys, p);
    return m->keys.n - 1;
}

/* --- The writer -------------------------------------------------------------- */

typedef struct Writer {
    const Package *pkg;
    Buf body;
    PtrMap strings; /* interned strings, numbered by first use */
    PtrMap types;
    PtrMap objs;
} Writer;

static void put_uvarint(Buf *b, uint64_t v)
{
    while (v >= 0x80) {
        buf_putc(b, (char)((v & 0x7f) | 0x80));
        v >>= 7;
    }
    buf_putc(b, (char)v);
}

static void put_varint(Buf *b, int64_t v)
{
    put_uvarint(b, v < 0 ? ~((uint64_t)v << 1) : (uint64_t)v << 1);
}

static void put_u(Writer *w, uint64_t v) { put_uvarint(&w->body, v); }

/* A string (NUL-terminated) by its number in the string table. */
static void put_str(Writer *w, const char *s)
{
    if (!s) {
        put_u(w, 0);
        return;
    }
    s = intern_cstr(s);
    int i = ptrmap_find(&w->strings, s);
    if (i < 0)
        i = ptrmap_add(&w->strings, s);
    put_u(w, (uint64_t)i + 1);
}

/* Bytes that may hold NUL (a string constant's value), in place. */
static void put_bytes(Writer *w, const char *s, int64_t n)
{
    put_u(w, (uint64_t)n);
    buf_write(&w->body, s, (size_t)n);
}

static void put_pos(Writer *w, Pos p)
{
    const SourceFile *f = source_get(p.file);
    put_str(w, f ? f->name : NULL);
    put_u(w, p.line);
    put_u(w, p.col);
}

static void put_bigint(Writer *w, BigInt x)
{
    put_u(w, x.neg);
    put_u(w, (uint64_t)x.n);
    for (int i = 0; i < x.n; i++)
        put_u(w, x.limb[i]);
}

static void put_const(Writer *w, const Const *c)
{
    if (!c) {
        put_u(w, REF_NIL);
        return;
    }
    put_u(w, REF_NEW);
    put_u(w, c->kind);
    switch (c->kind) {
    case CONST_UNKNOWN: break;
    case CONST_BOOL: put_u(w, c->b); break;
    case CONST_STRING: put_bytes(w, c->s, c->slen); break;
    case CONST_INT: put_bigint(w, c->num); break;
    case CONST_FLOAT:
        put_bigint(w, c->num);
        put_bigint(w, c->den);
        put_u(w, c->approx);
        put_varint(&w->body, c->exp);
        break;
    case CONST_COMPLEX:
        put_const(w, c->re);
        put_const(w, c->im);
        break;
    }
}

static void put_type(Writer *w, Type *t);

/* A function's escape tags: 0 if it has none; else 1, then each value
 * of heap and of result (their counts are the signature's) as
 * ESC_TAG_CODE gives it. */
static void put_esc_tags(Writer *w, const EscTags *tg)
{
    put_u(w, tg != NULL);
    if (!tg)
        return;
    for (int i = 0; i < tg->nparams; i++)
        put_u(w, ESC_TAG_CODE(tg->heap[i]));
    for (int i = 0; i < tg->nparams * tg->nresults; i++)
        put_u(w, ESC_TAG_CODE(tg->result[i]));
}

static void put_obj(Writer *w, Object *o)
{
    if (!o) {
        put_u(w, REF_NIL);
        return;
    }
    int i = ptrmap_find(&w->objs, o);
    if (i >= 0) {
        put_u(w, REF_OLD + (uint64_t)i);
        return;
    }
    ptrmap_add(&w->objs, o);
    put_u(w, REF_NEW);
    put_u(w, o->kind);
    put_str(w, o->name);
    put_str(w, o->pkg);
    put_pos(w, o->pos);
    unsigned flags = (o->parent && o->parent == w->pkg->scope ? OF_PKGSCOPE : 0) | (o->linknamed ? OF_LINKNAMED : 0);
    unsigned pragma = 0;
    if (o->kind == OBJ_VAR)
        flags |= (o->u.var.is_global ? OF_GLOBAL : 0) | (o->u.var.is_field ? OF_FIELD : 0) |
                 (o->u.var.embedded ? OF_EMBEDDED : 0) | (o->u.var.is_param ? OF_PARAM : 0) |
                 (o->u.var.is_result ? OF_RESULT : 0);
    if (o->kind == OBJ_FUNC) {
        pragma = func_pragma(o);
        flags |= (o->u.func.is_method ? OF_METHOD : 0) | (func_has_body(o) ? OF_BODY : 0) |
                 (func_declared(o) ? OF_DECLARED : 0);
    }
    put_u(w, flags);
    put_type(w, o->type);
    switch (o->kind) {
    case OBJ_CONST: put_const(w, o->u.cnst.val); break;
    case OBJ_VAR: put_u(w, (uint64_t)o->u.var.index); break;
    case OBJ_FUNC:
        put_u(w, pragma);
        put_esc_tags(w, o->u.func.esc);
        break;
    default: break;
    }
    const char *def = o->link_name ? export_link_name(o) : NULL;
    if (!o->link_name) {
        put_u(w, LINK_NONE);
    } else if (def && strcmp(def, o->link_name) == 0) {
        put_u(w, LINK_DEFAULT);
    } else {
        put_u(w, LINK_EXPLICIT);
        put_str(w, o->link_name);
    }
}

static void put_objs(Writer *w, const ObjectList *l)
{
    put_u(w, (uint64_t)l->n);
    for (int i = 0; i < l->n; i++)
        put_obj(w, l->v[i]);
}

/* A named type declared elsewhere: in another package's scope, where
 * the reader finds it by name. The universe's are predeclared. */
static bool external_named(Writer *w, Type *t)
{
    Object *o = t->u.named.obj;
    return o->pkg && o->pkg != w->pkg->path;
}

static void put_type(Writer *w, Type *t)
{
    if (!t) {
        put_u(w, REF_NIL);
        return;
    }
    int i = ptrmap_find(&w->types, t);
    if (i >= 0) {
        put_u(w, REF_OLD + (uint64_t)i);
        return;
    }
    ptrmap_add(&w->types, t);
    put_u(w, REF_NEW);
    if (t->kind == TYPE_NAMED && external_named(w, t)) {
        put_u(w, EXPORT_EXTERNAL_NAMED);
        put_str(w, t->u.named.obj->pkg);
        put_str(w, t->u.named.obj->name);
        return;
    }
    put_u(w, t->kind);
    switch (t->kind) {
    case TYPE_ARRAY:
        put_type(w, t->u.array.elem);
        put_varint(&w->body, t->u.array.len);
        break;
    case TYPE_SLICE: put_type(w, t->u.slice.elem); break;
    case TYPE_POINTER: put_type(w, t->u.pointer.elem); break;
    case TYPE_STRUCT:
        put_objs(w, &t->u.strct.fields);
        put_u(w, t->u.strct.tags != NULL);
        for (int k = 0; t->u.strct.tags && k < t->u.strct.fields.n; k++)
            put_str(w, t->u.strct.tags[k]);
        break;
    case TYPE_FUNC:
        put_obj(w, t->u.func.recv);
        put_type(w, t->u.func.params);
        put_type(w, t->u.func.results);
        put_u(w, t->u.func.variadic);
        break;
    case TYPE_INTERFACE:
        put_objs(w, &t->u.iface.methods);
        put_u(w, (uint64_t)t->u.iface.embeddeds.n);
        for (int k = 0; k < t->u.iface.embeddeds.n; k++)
            put_type(w, t->u.iface.embeddeds.v[k]);
        put_u(w, t->u.iface.complete);
        break;
    case TYPE_MAP:
        put_type(w, t->u.map.key);
        put_type(w, t->u.map.elem);
        break;
    case TYPE_CHAN:
        put_type(w, t->u.chan.elem);
        put_u(w, t->u.chan.dir);
        break;
    case TYPE_NAMED:
        put_obj(w, t->u.named.obj);
        put_type(w, t->u.named.underlying);
        put_objs(w, &t->u.named.methods);
        break;
    case TYPE_TUPLE: put_objs(w, &t->u.tuple.vars); break;
    default:
        /* a basic type other than the predeclared singletons: read back
         * as the singleton of its kind. Type parameters never get here
         * (a generic package is not checked further, package.c), nor
         * the SSA pseudo-types. */
        break;
    }
}

void export_package(const Package *pkg, Buf *out)
{
    Writer w = {.pkg = pkg};
    Type *pre[EXPORT_NPREDECLARED];
    export_predeclared(pre);
    for (int i = 0; i < EXPORT_NPREDECLARED; i++)
        ptrmap_add(&w.types, pre[i]);
    put_str(&w, pkg->path);
    put_str(&w, pkg->name);
    put_u(&w, pkg->partial);
    put_u(&w, (uint64_t)pkg->imports.n);
    for (int i = 0; i < pkg->imports.n; i++)
        put_str(&w, pkg->imports.v[i]->path);
    put_objs(&w, &pkg->scope->objects);

    buf_write(out, EXPORT_MAGIC, strlen(EXPORT_MAGIC));
    put_uvarint(out, EXPORT_VERSION);
    put_uvarint(out, (uint64_t)w.strings.keys.n);
    for (int i = 0; i < w.strings.keys.n; i++) {
        const char *s = w.strings.keys.v[i];
        size_t n = strlen(s);
        put_uvarint(out, n);
        buf_write(out, s, n);
    }
    buf_write(out, w.body.s ? w.body.s : "", w.body.len);
    free(w.body.s);
    hashindex_free(&w.strings.index);
    hashindex_free(&w.types.index);
    hashindex_free(&w.objs.index);
}
