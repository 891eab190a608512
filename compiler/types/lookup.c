/*
 * lookup.c — finding fields and methods, and interface satisfaction:
 * the queries behind selectors and method expressions (call.c),
 * assignability to interfaces (conversion.c) and type assertions
 * (expr.c).
 *
 * check_lookup_member follows the spec's "Selectors": a field or method
 * f of x is found at the shallowest depth (the number of embedded fields
 * followed) at which x's type has one named f; two at that depth make
 * the selector ambiguous. The search is breadth-first, one depth at a
 * time, over the types reached through embedded fields (T or *T). A
 * named type reached twice is searched only the first time (the
 * shallower occurrence shadows the deeper one, and recursive types
 * end); one reached twice at the same depth counts as two candidates.
 *
 * Method sets (spec "Method sets"): a method with a pointer receiver
 * belongs to *T, and to a struct type that embeds T only through a
 * pointer somewhere on the path (Lookup.indirect). For x.m on an
 * addressable x the method set of &x applies.
 */
#include <string.h>
#include <strings.h>

#include "check.h"

/* One type to search at the current depth. */
typedef struct Embedded {
    Type *type;
    bool indirect;   /* a pointer was followed to reach it */
    bool multiples;  /* the type occurs more than once at this depth */
    int depth;
    int path[CHECK_MAX_EMBED];
} Embedded;

typedef VEC(Embedded) EmbeddedList;

/* Whether member m is the one named name in package pkg (fold: names
 * ignoring ASCII case, for gc's "but does have F" hints). An unexported
 * name of another package is another name (spec "Uniqueness of
 * identifiers"). */
static bool same_name(Object *m, const char *name, const char *pkg, bool fold)
{
    if (m->name != name && !(fold && strcasecmp(m->name, name) == 0))
        return false;
    return !m->pkg || !pkg || m->pkg == pkg || type_is_exported_name(m->name);
}

/* t without one level of unnamed pointer, as selectors see it. */
static Type *deref(Type *t, bool *is_ptr)
{
    *is_ptr = t->kind == TYPE_POINTER;
    return *is_ptr ? t->u.pointer.elem : t;
}

/* Records a candidate found in entry e at field or method index i;
 * false if it collides with another candidate of the same depth. */
static bool candidate(Lookup *r, const Embedded *e, Object *obj, int i)
{
    if (r->obj || e->multiples) {
        r->status = LOOKUP_AMBIGUOUS;
        r->obj = NULL;
        return false;
    }
    r->obj = obj;
    r->indirect = e->indirect;
    r->depth = e->depth;
    memcpy(r->path, e->path, sizeof r->path);
    if (e->depth < CHECK_MAX_EMBED)
        r->path[e->depth] = i;
    return true;
}

/* The next depth's entries, with a type occurring several times kept
 * once and marked multiples (identity is pointer equality: embedded
 * types are named types or pointers to them). */
static void consolidate(EmbeddedList *next)
{
    int n = 0;
    for (int i = 0; i < next->n; i++) {
        int j = 0;
        while (j < n && next->v[j].type != next->v[i].type)
            j++;
        if (j < n)
            next->v[j].multiples = true;
        else
            next->v[n++] = next->v[i];
    }
    next->n = n;
}

/* Whether t was seen at a shallower depth (and records it if not). */
static bool seen_before(TypeList *seen, Type *t)
{
    for (int i = 0; i < seen->n; i++)
        if (seen->v[i] == t)
            return true;
    vec_push(seen, t);
    return false;
}

/* Searches entry e for name: a method of its named type, else a field
 * of its struct (collecting the embedded ones into next) or a method of
 * its interface. False on a collision (r is then final). */
static bool search_entry(Lookup *r, Embedded *e, const char *name, const char *pkg, bool fold, TypeList *seen,
                         EmbeddedList *next)
{
    Type *t = e->type;
    if (check_type_broken(t)) {
        r->unknown = true; /* an unsupported or erroneous type may have anything */
        return true;
    }
    if (t->kind == TYPE_NAMED) {
        if (seen_before(seen, t))
            return true;
        for (int i = 0; i < t->u.named.methods.n; i++) {
            Object *m = t->u.named.methods.v[i];
            if (same_name(m, name, pkg, fold))
                return candidate(r, e, m, i); /* no field or interface method beside it */
        }
    }
    Type *u = type_underlying(t);
    if (u->kind == TYPE_STRUCT) {
        for (int i = 0; i < u->u.strct.fields.n; i++) {
            Object *f = u->u.strct.fields.v[i];
            if (same_name(f, name, pkg, fold)) {
                if (!candidate(r, e, f, i))
                    return false;
                continue;
            }
            if (r->obj || !f->u.var.embedded)
                continue;
            if (e->depth + 1 >= CHECK_MAX_EMBED) {
                r->too_deep = true;
                continue;
            }
            Embedded sub = *e;
            bool ptr;
            sub.type = deref(f->type, &ptr);
            sub.indirect = e->indirect || ptr;
            sub.path[e->depth] = i;
            sub.depth = e->depth + 1;
            vec_push(next, sub);
        }
    } else if (u->kind == TYPE_INTERFACE) {
        for (int i = 0; i < u->u.iface.methods.n; i++)
            if (same_name(u->u.iface.methods.v[i], name, pkg, fold))
                return candidate(r, e, u->u.iface.methods.v[i], i);
        if (u->u.iface.embeddeds.n > 0)
            r->unknown = true; /* type constraints: not supported */
    }
    return true;
}

/* The search itself, from t (not a named pointer type). */
static Lookup lookup(Type *t, bool addressable, const char *name, const char *pkg, bool fold)
{
    Lookup r = {.status = LOOKUP_NONE};
    if (check_is_blank(name))
        return r;
    bool ptr;
    Type *start = deref(t, &ptr);
    if (ptr && type_is_interface(start))
        return r; /* *I has no methods */
    EmbeddedList cur = {0}, next = {0};
    TypeList seen = {0};
    Embedded first = {.type = start, .indirect = ptr};
    vec_push(&cur, first);
    while (cur.n > 0) {
        next.n = 0;
        for (int i = 0; i < cur.n; i++)
            if (!search_entry(&r, &cur.v[i], name, pkg, fold, &seen, &next))
                return r;
        if (r.obj) {
            r.status = LOOKUP_FOUND;
            if (r.obj->kind == OBJ_FUNC && check_method_has_ptr_recv(r.obj) && !r.indirect && !addressable)
                r.status = LOOKUP_PTR_RECV;
            return r;
        }
        consolidate(&next);
        EmbeddedList tmp = cur;
        cur = next;
        next = tmp;
    }
    if (r.unknown)
        r.status = LOOKUP_UNKNOWN;
    else if (r.too_deep)
        r.status = LOOKUP_TOO_DEEP;
    return r;
}

Lookup check_lookup_member(Type *t, bool addressable, const char *name, const char *pkg, bool fold)
{
    /* A named pointer type has no methods, but (*x).f is a field of x. */
    if (t->kind == TYPE_NAMED && type_underlying(t)->kind == TYPE_POINTER) {
        Lookup r = lookup(type_underlying(t), false, name, pkg, fold);
        if (r.obj && r.obj->kind == OBJ_FUNC) {
            Lookup none = {.status = LOOKUP_NONE};
            return none;
        }
        return r;
    }
    return lookup(t, addressable, name, pkg, fold);
}

bool check_method_has_ptr_recv(Object *m)
{
    Object *recv = m->type && m->type->kind == TYPE_FUNC ? m->type->u.func.recv : NULL;
    return recv && recv->type && recv->type->kind == TYPE_POINTER;
}

/* --- Interface satisfaction ------------------------------------------------------- */

/* "M(int) string": a method's name and signature, as gc's have/want lines. */
static const char *method_string(Object *m)
{
    return xprintf("%s%s", m->name, type_string(m->type) + strlen("func"));
}

/* The method named name in the method set of t (interface or not), or
 * the closest alternative: a method of that name outside the method set
 * (pointer receiver), or one whose name differs only in case. *unknown
 * is set when t's members cannot all be known (broken embedded types). */
static Object *find_method(Type *t, Object *want, Object **alt, bool *unknown)
{
    *alt = NULL;
    Lookup r = check_lookup_member(t, false, want->name, want->pkg, false);
    *unknown = r.status == LOOKUP_UNKNOWN || r.status == LOOKUP_TOO_DEEP;
    if (r.status == LOOKUP_FOUND)
        return r.obj && r.obj->kind == OBJ_FUNC ? r.obj : NULL;
    if (r.status == LOOKUP_PTR_RECV) {
        *alt = r.obj;
        return NULL;
    }
    if (!type_is_interface(t)) {
        Lookup p = check_lookup_member(type_new_pointer(t), false, want->name, want->pkg, false);
        if (p.status == LOOKUP_FOUND && p.obj->kind == OBJ_FUNC) {
            *alt = p.obj;
            return NULL;
        }
    }
    Lookup f = check_lookup_member(t, false, want->name, want->pkg, true);
    if (f.status == LOOKUP_FOUND && f.obj->kind == OBJ_FUNC)
        *alt = f.obj;
    return NULL;
}

/* Whether t implements interface iface: NULL if it does, else why not
 * in gc's words ("(missing M method)", "(wrong type for M method)",
 * "(M method has pointer receiver)"), for the first method of iface at
 * fault. A type whose members cannot all be known implements anything. */
const char *check_missing_method(Type *t, Type *iface)
{
    Type *iu = type_underlying(iface);
    if (check_type_broken(t) || check_type_broken(iface))
        return NULL;
    for (int i = 0; i < iu->u.iface.methods.n; i++) {
        Object *m = iu->u.iface.methods.v[i];
        Object *alt;
        bool unknown;
        Object *have = find_method(t, m, &alt, &unknown);
        if (unknown)
            return NULL;
        if (have && type_identical(have->type, m->type))
            continue;
        if (have)
            return xprintf("(wrong type for %s method)\n\t\thave %s\n\t\twant %s", m->name, method_string(have),
                           method_string(m));
        if (alt && alt->name != m->name)
            return xprintf("(missing %s method)\n\t\thave %s\n\t\twant %s", m->name, method_string(alt),
                           method_string(m));
        if (alt && type_identical(alt->type, m->type))
            return xprintf("(%s method has pointer receiver)", m->name);
        if (alt)
            return xprintf("(wrong type for %s method)\n\t\thave %s\n\t\twant %s", m->name, method_string(alt),
                           method_string(m));
        if (type_underlying(t)->kind == TYPE_POINTER && type_is_interface(type_underlying(t)->u.pointer.elem))
            return xprintf("(type %s is pointer to interface, not interface)", type_string(t));
        return xprintf("(missing %s method)", m->name);
    }
    return NULL;
}
