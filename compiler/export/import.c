/*
 * import.c — import_package: a Package from export data (written by
 * export.c; the encoding: exportfmt.h).
 *
 * The package it makes is what the checker makes of source, minus the
 * declarations: the same scope of objects with the same types, values,
 * positions and link names, named types with their methods. Its objects
 * have no DeclInfo, which the checker reads as "checked already"
 * (check_obj_decl, check_record_dep), and no Decl; functions keep
 * whether they have a body and their pragma bits in Object.u.func.
 * Package.files, funcs, inits and the like stay empty: they are for
 * compiling the package, which export data does not do (stage 2 of the
 * build cache, docs/design.md).
 *
 * Malformed data never crashes the reader: every read is bounds-checked
 * and every number checked against what it counts or refers to; the
 * first problem is kept and the result is NULL.
 */
#include <string.h>

#include "bigint.h"
#include "exportfmt.h"

typedef struct Reader {
    const unsigned char *p, *end;
    const char *err;          /* the first problem, or NULL */
    ExportResolver *resolve;
    void *ctx;
    Package *pkg;
    VEC(const char *) strings;
    uint32_t *file_ids;       /* per string: the source index it names as a file, or 0 */
    VEC(Type *) types;
    VEC(Object *) objs;
    int depth;
} Reader;

static void fail(Reader *r, const char *why)
{
    if (!r->err)
        r->err = why;
    r->p = r->end;
}

static uint64_t get_u(Reader *r)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) {
            fail(r, "unexpected end of data");
            return 0;
        }
        unsigned char c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return v;
    }
    fail(r, "malformed number");
    return 0;
}

static int64_t get_varint(Reader *r)
{
    uint64_t u = get_u(r);
    return (u & 1) ? (int64_t)~(u >> 1) : (int64_t)(u >> 1);
}

/* A count of things that each take at least one byte. */
static int get_count(Reader *r)
{
    uint64_t n = get_u(r);
    if (n > (uint64_t)(r->end - r->p)) {
        fail(r, "count beyond the data");
        return 0;
    }
    return (int)n;
}

static bool get_bool(Reader *r) { return get_u(r) != 0; }

/* A string's number + 1, 0 for NULL (checked). */
static uint64_t get_str_index(Reader *r)
{
    uint64_t i = get_u(r);
    if (i > (uint64_t)r->strings.n) {
        fail(r, "string number out of range");
        return 0;
    }
    return i;
}

static const char *get_str(Reader *r)
{
    uint64_t i = get_str_index(r);
    return i ? r->strings.v[i - 1] : NULL;
}

static Pos get_pos(Reader *r)
{
    uint64_t file = get_str_index(r);
    Pos p = {0, 0, 0};
    p.line = (uint32_t)get_u(r);
    p.col = (uint32_t)get_u(r);
    if (!file) {
        p.line = p.col = 0;
        return p;
    }
    /* source_alias searches the source table; once per file will do */
    if (!r->file_ids[file - 1])
        r->file_ids[file - 1] = source_alias(r->strings.v[file - 1]);
    p.file = r->file_ids[file - 1];
    return p;
}

static BigInt get_bigint(Reader *r)
{
    BigInt x = {0};
    x.neg = get_bool(r);
    x.n = get_count(r);
    x.limb = NEWARRAY(uint32_t, x.n);
    for (int i = 0; i < x.n; i++)
        x.limb[i] = (uint32_t)get_u(r);
    if (x.n > 0 && x.limb[x.n - 1] == 0)
        fail(r, "integer with a leading zero limb");
    if (x.n == 0 && x.neg)
        fail(r, "negative zero");
    return x;
}

/* Everything that recurses goes through here, so that corrupt data
 * cannot nest deeper than EXPORT_MAX_DEPTH. */
static bool enter(Reader *r)
{
    if (++r->depth > EXPORT_MAX_DEPTH) {
        fail(r, "nesting too deep");
        return false;
    }
    return true;
}

static Const *get_const(Reader *r)
{
    uint64_t tag = get_u(r);
    if (tag == REF_NIL || !enter(r))
        return NULL;
    Const *c = NEW(Const);
    c->kind = (ConstKind)get_u(r);
    switch (c->kind) {
    case CONST_UNKNOWN: break;
    case CONST_BOOL: c->b = get_bool(r); break;
    case CONST_STRING: {
        int n = get_count(r);
        char *s = xalloc((size_t)n + 1);
        memcpy(s, r->p, (size_t)n);
        r->p += n;
        c->s = s;
        c->slen = n;
        break;
    }
    case CONST_INT: c->num = get_bigint(r); break;
    case CONST_FLOAT:
        c->num = get_bigint(r);
        c->den = get_bigint(r);
        c->approx = get_bool(r);
        c->exp = get_varint(r);
        if (!c->approx && bi_sign(c->den) <= 0)
            fail(r, "float constant without a positive denominator");
        break;
    case CONST_COMPLEX:
        c->re = get_const(r);
        c->im = get_const(r);
        if (!c->re || !c->im)
            fail(r, "complex constant without its parts");
        break;
    default: fail(r, "unknown constant kind");
    }
    r->depth--;
    return c;
}

static Type *get_type(Reader *r);

/* A function's escape tags (export.c, put_esc_tags), whose counts are
 * those of its signature sig. */
static EscTags *get_esc_tags(Reader *r, Type *sig)
{
    if (!get_bool(r))
        return NULL;
    if (!sig || sig->kind != TYPE_FUNC) {
        fail(r, "escape tags of a function without a signature");
        return NULL;
    }
    EscTags *tg = NEW(EscTags);
    tg->nparams = sig->u.func.params->u.tuple.vars.n + (sig->u.func.recv != NULL);
    tg->nresults = sig->u.func.results->u.tuple.vars.n;
    int64_t n = (int64_t)tg->nparams * (1 + tg->nresults); /* each a byte at least */
    if (n > r->end - r->p) {
        fail(r, "escape tags beyond the data");
        return NULL;
    }
    tg->heap = NEWARRAY(int, tg->nparams + 1);
    tg->result = NEWARRAY(int, (size_t)tg->nparams * (size_t)tg->nresults + 1);
    for (int64_t i = 0; i < n; i++) {
        uint64_t c = get_u(r);
        if (c > INT_MAX / 2) {
            fail(r, "escape tag out of range");
            return NULL;
        }
        int v = c == 0 ? ESC_NONE : (int)c - 1;
        if (i < tg->nparams)
            tg->heap[i] = v;
        else
            tg->result[i - tg->nparams] = v;
    }
    return tg;
}

static Object *get_obj(Reader *r)
{
    uint64_t tag = get_u(r);
    if (tag == REF_NIL)
        return NULL;
    if (tag >= REF_OLD) {
        if (tag - REF_OLD >= (uint64_t)r->objs.n) {
            fail(r, "object number out of range");
            return NULL;
        }
        return r->objs.v[tag - REF_OLD];
    }
    if (tag != REF_NEW || !enter(r))
        return NULL;
    Object *o = NEW(Object);
    vec_push(&r->objs, o);
    o->kind = (ObjKind)get_u(r);
    if (o->kind != OBJ_CONST && o->kind != OBJ_TYPENAME && o->kind != OBJ_VAR && o->kind != OBJ_FUNC)
        fail(r, "unknown object kind");
    o->name = get_str(r);
    if (!o->name)
        fail(r, "object without a name");
    o->pkg = get_str(r); /* interned, so the declaring Package.path itself */
    o->pos = get_pos(r);
    uint64_t flags = get_u(r);
    if (flags & OF_PKGSCOPE)
        o->parent = r->pkg->scope;
    o->linknamed = flags & OF_LINKNAMED;
    o->type = get_type(r);
    switch (o->kind) {
    case OBJ_CONST: o->u.cnst.val = get_const(r); break;
    case OBJ_VAR:
        o->u.var.is_global = flags & OF_GLOBAL;
        o->u.var.is_field = flags & OF_FIELD;
        o->u.var.embedded = flags & OF_EMBEDDED;
        o->u.var.is_param = flags & OF_PARAM;
        o->u.var.is_result = flags & OF_RESULT;
        o->u.var.used = true; /* not this importer's to report */
        o->u.var.index = (int)get_u(r);
        break;
    case OBJ_FUNC:
        o->u.func.is_method = flags & OF_METHOD;
        o->u.func.has_body = flags & OF_BODY;
        o->u.func.declared = flags & OF_DECLARED;
        o->u.func.pragma = (unsigned)get_u(r);
        o->u.func.esc = get_esc_tags(r, o->type);
        break;
    default: break;
    }
    switch (get_u(r)) {
    case LINK_NONE: break;
    case LINK_DEFAULT: o->link_name = export_link_name(o); break;
    case LINK_EXPLICIT: o->link_name = get_str(r); break;
    default: fail(r, "unknown link name code");
    }
    r->depth--;
    return o;
}

static void get_objs(Reader *r, ObjectList *l)
{
    int n = get_count(r);
    for (int i = 0; i < n; i++) {
        Object *o = get_obj(r);
        if (o)
            vec_push(l, o);
        else
            fail(r, "missing object in a list");
    }
}

/* The named type name of package path, which must have been imported. */
static Type *external_named(Reader *r, const char *path, const char *name)
{
    Package *p = path && name ? r->resolve(r->ctx, path) : NULL;
    Object *o = p ? scope_lookup_local(p->scope, intern_cstr(name)) : NULL;
    if (!o || o->kind != OBJ_TYPENAME || !o->type || o->type->kind != TYPE_NAMED) {
        fail(r, xprintf("no named type %s.%s among the imported packages", path ? path : "?", name ? name : "?"));
        return types_basic[TYPE_INVALID];
    }
    return o->type;
}

/* The parts of type t, numbered already, of kind t->kind. */
static void get_type_parts(Reader *r, Type *t)
{
    switch (t->kind) {
    case TYPE_ARRAY:
        t->u.array.elem = get_type(r);
        t->u.array.len = get_varint(r);
        break;
    case TYPE_SLICE: t->u.slice.elem = get_type(r); break;
    case TYPE_POINTER: t->u.pointer.elem = get_type(r); break;
    case TYPE_STRUCT:
        get_objs(r, &t->u.strct.fields);
        if (get_bool(r)) {
            t->u.strct.tags = NEWARRAY(const char *, t->u.strct.fields.n);
            for (int k = 0; k < t->u.strct.fields.n; k++)
                t->u.strct.tags[k] = get_str(r);
        }
        break;
    case TYPE_FUNC:
        t->u.func.recv = get_obj(r);
        t->u.func.params = get_type(r);
        t->u.func.results = get_type(r);
        t->u.func.variadic = get_bool(r);
        if (!t->u.func.params || t->u.func.params->kind != TYPE_TUPLE || !t->u.func.results ||
            t->u.func.results->kind != TYPE_TUPLE)
            fail(r, "signature without parameter and result tuples");
        break;
    case TYPE_INTERFACE: {
        get_objs(r, &t->u.iface.methods);
        int n = get_count(r);
        for (int k = 0; k < n; k++)
            vec_push(&t->u.iface.embeddeds, get_type(r));
        t->u.iface.complete = get_bool(r);
        break;
    }
    case TYPE_MAP:
        t->u.map.key = get_type(r);
        t->u.map.elem = get_type(r);
        break;
    case TYPE_CHAN:
        t->u.chan.elem = get_type(r);
        t->u.chan.dir = (ChanDir)get_u(r);
        break;
    case TYPE_NAMED:
        t->u.named.obj = get_obj(r);
        t->u.named.underlying = get_type(r);
        get_objs(r, &t->u.named.methods);
        if (!t->u.named.obj || !t->u.named.underlying)
            fail(r, "named type without its name or underlying type");
        break;
    case TYPE_TUPLE: get_objs(r, &t->u.tuple.vars); break;
    default: fail(r, "type of a kind export data does not hold");
    }
    /* every element type is there: code past the reader dereferences them */
    Type *elem = t->kind == TYPE_ARRAY ? t->u.array.elem : t->kind == TYPE_SLICE ? t->u.slice.elem
               : t->kind == TYPE_POINTER ? t->u.pointer.elem : t->kind == TYPE_CHAN ? t->u.chan.elem
               : t->kind == TYPE_MAP ? t->u.map.elem : t;
    if (!elem || (t->kind == TYPE_MAP && !t->u.map.key))
        fail(r, "composite type without its element type");
}

static Type *get_type(Reader *r)
{
    uint64_t tag = get_u(r);
    if (tag == REF_NIL)
        return NULL;
    if (tag >= REF_OLD) {
        if (tag - REF_OLD >= (uint64_t)r->types.n) {
            fail(r, "type number out of range");
            return types_basic[TYPE_INVALID];
        }
        return r->types.v[tag - REF_OLD];
    }
    if (tag != REF_NEW || !enter(r))
        return types_basic[TYPE_INVALID];
    uint64_t kind = get_u(r);
    Type *t;
    if (kind == EXPORT_EXTERNAL_NAMED) {
        const char *path = get_str(r), *name = get_str(r);
        t = external_named(r, path, name);
        vec_push(&r->types, t);
    } else if (kind <= TYPE_UNTYPED_NIL) {
        t = types_basic[kind];
        vec_push(&r->types, t);
    } else if (kind < TYPE_TYPEPARAM || kind == TYPE_TUPLE) {
        t = type_new((TypeKind)kind);
        vec_push(&r->types, t);
        get_type_parts(r, t);
    } else {
        fail(r, "unknown type kind");
        t = types_basic[TYPE_INVALID];
    }
    r->depth--;
    return t;
}

/* The string table: each string interned, so that names compare with ==. */
static void get_strings(Reader *r)
{
    int n = get_count(r);
    for (int i = 0; i < n && !r->err; i++) {
        int len = get_count(r);
        vec_push(&r->strings, intern((const char *)r->p, (size_t)len));
        r->p += len;
    }
    r->file_ids = NEWARRAY(uint32_t, r->strings.n);
}

Package *import_package(const char *data, size_t len, ExportResolver *resolve, void *ctx, const char **err)
{
    Type *pre[EXPORT_NPREDECLARED];
    export_predeclared(pre);
    Reader r = {.p = (const unsigned char *)data, .end = (const unsigned char *)data + len,
                .resolve = resolve, .ctx = ctx};
    size_t mlen = strlen(EXPORT_MAGIC);
    if (len < mlen || memcmp(data, EXPORT_MAGIC, mlen) != 0) {
        *err = "not hood export data";
        return NULL;
    }
    r.p += mlen;
    if (get_u(&r) != EXPORT_VERSION) {
        *err = xprintf("export data of another version (hood reads version %d)", EXPORT_VERSION);
        return NULL;
    }
    for (int i = 0; i < EXPORT_NPREDECLARED; i++)
        vec_push(&r.types, pre[i]);
    get_strings(&r);
    Package *pkg = r.pkg = NEW(Package);
    pkg->path = get_str(&r);
    pkg->name = get_str(&r);
    if (!pkg->path || !pkg->name)
        fail(&r, "package without a path or name");
    pkg->partial = get_bool(&r);
    pkg->scope = scope_new(types_universe, (Pos){0, 0, 0});
    int nimports = get_count(&r);
    for (int i = 0; i < nimports && !r.err; i++) {
        const char *path = get_str(&r);
        Package *ip = path ? resolve(ctx, path) : NULL;
        if (!ip)
            fail(&r, xprintf("import \"%s\" not resolved", path ? path : "?"));
        else
            vec_push(&pkg->imports, ip);
    }
    int nobjs = get_count(&r);
    for (int i = 0; i < nobjs && !r.err; i++) {
        Object *o = get_obj(&r);
        if (!o || o->parent != pkg->scope || scope_insert(pkg->scope, o)) {
            fail(&r, "a package-level object missing, out of scope or declared twice");
            break;
        }
        if (o->kind == OBJ_VAR && o->u.var.is_global)
            vec_push(&pkg->globals, o);
    }
    if (!r.err && r.p != r.end)
        fail(&r, "trailing bytes");
    if (r.err) {
        *err = r.err;
        return NULL;
    }
    types_add_package(pkg);
    return pkg;
}
