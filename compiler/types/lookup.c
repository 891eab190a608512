/*
 * lookup.c — finding fields and methods, and interface satisfaction:
 * the queries behind selectors (call.c), assignability to interfaces
 * (conversion.c) and type assertions (expr.c).
 *
 * Method sets are simplified: methods are those declared on a named
 * type (attached by package.c before any body is checked), reached
 * from the type or a pointer to it; methods promoted through embedded
 * fields are not looked up yet. Fields are also found through embedded
 * fields (check_find_field).
 */
#include "check.h"

/* A field of struct type t or *t: a field of its own, else the first
 * one found through its embedded fields in order (depth: embedded
 * fields followed so far; the search gives up past 8). Unlike gc, a
 * name at the same depth in two embedded fields is not reported as
 * ambiguous. */
Object *check_find_field(Type *t, const char *name, int depth)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_POINTER)
        u = type_underlying(u->u.pointer.elem);
    if (u->kind != TYPE_STRUCT || depth > 8)
        return NULL;
    for (int i = 0; i < u->u.strct.fields.n; i++)
        if (u->u.strct.fields.v[i]->name == name)
            return u->u.strct.fields.v[i];
    for (int i = 0; i < u->u.strct.fields.n; i++) {
        Object *f = u->u.strct.fields.v[i];
        if (f->u.var.embedded) {
            Object *g = check_find_field(f->type, name, depth + 1);
            if (g)
                return g;
        }
    }
    return NULL;
}

/* The method name declared on named type t, or on T where t is *T;
 * *ptr_recv says whether its receiver is a pointer. NULL if none. */
Object *check_find_method(Type *t, const char *name, bool *ptr_recv)
{
    Type *base = t;
    if (base->kind == TYPE_POINTER)
        base = base->u.pointer.elem;
    if (base->kind != TYPE_NAMED)
        return NULL;
    for (int i = 0; i < base->u.named.methods.n; i++) {
        Object *m = base->u.named.methods.v[i];
        if (m->name == name) {
            Type *rt = m->type->u.func.recv ? m->type->u.func.recv->type : NULL;
            *ptr_recv = rt && rt->kind == TYPE_POINTER;
            return m;
        }
    }
    return NULL;
}

/* Whether t implements interface iface: NULL if it does, else why not
 * in gc's words ("(missing M method)", "(wrong type for M method)",
 * "(M method has pointer receiver)"), for the first method of iface at
 * fault. */
const char *check_missing_method(Type *t, Type *iface)
{
    Type *iu = type_underlying(iface);
    for (int i = 0; i < iu->u.iface.methods.n; i++) {
        Object *m = iu->u.iface.methods.v[i];
        bool ptr = false;
        Object *have = NULL;
        if (type_is_interface(t)) {
            Type *tu = type_underlying(t);
            for (int j = 0; j < tu->u.iface.methods.n; j++)
                if (tu->u.iface.methods.v[j]->name == m->name)
                    have = tu->u.iface.methods.v[j];
        } else {
            have = check_find_method(t, m->name, &ptr);
        }
        if (!have)
            return xprintf("(missing %s method)", m->name);
        if (!type_identical(have->type, m->type))
            return xprintf("(wrong type for %s method)", m->name);
        if (ptr && type_underlying(t)->kind != TYPE_POINTER && t->kind == TYPE_NAMED)
            return xprintf("(%s method has pointer receiver)", m->name);
    }
    return NULL;
}
