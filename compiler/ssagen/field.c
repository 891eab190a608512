/*
 * field.c — struct fields: their offsets (gc's layout, as types.c
 * computes sizes) and the address a selector x.f denotes.
 *
 * The checker records only the field a selector finds (sel's object),
 * not the embedded fields it was promoted through; field_path finds
 * that way again. Structs always live in memory (builder.h, Val), so
 * every selector is an address computation: the address of x (or the
 * pointer x, or x's memory copy when x is not addressable), plus
 * offsets, with a load and a nil check for each embedded pointer on
 * the way.
 */
#include "builder.h"

/* The checker follows embedded fields at most this deep (lookup.c). */
enum { MAX_EMBED_DEPTH = 9 };

/* Depth-first search for a way from struct type t (or *t) to field f
 * through exactly depth embedded fields; fills path[k..]. Returns the
 * way's length, or 0. */
static int path_at_depth(Type *t, Object *f, int depth, Object **path, int k)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_POINTER)
        u = type_underlying(u->u.pointer.elem);
    if (u->kind != TYPE_STRUCT)
        return 0;
    ObjectList *fs = &u->u.strct.fields;
    for (int i = 0; i < fs->n; i++) {
        Object *g = fs->v[i];
        if (depth == 0 && g == f) {
            path[k] = g;
            return k + 1;
        }
        if (depth > 0 && g->u.var.embedded) {
            path[k] = g;
            int n = path_at_depth(g->type, f, depth - 1, path, k + 1);
            if (n)
                return n;
        }
    }
    return 0;
}

/* The fields x.f goes through, from x's type t to f itself, shallowest
 * way first (the spec's rule for promoted fields). */
static int field_path(Type *t, Object *f, Object **path)
{
    for (int depth = 0; depth < MAX_EMBED_DEPTH; depth++) {
        int n = path_at_depth(t, f, depth, path, 0);
        if (n)
            return n;
    }
    return 0;
}

/* Address of the field the selector e (x.f, f a field) denotes. Each
 * pointer followed is nil-checked; with a list, the checks are left
 * there up to the load of an embedded pointer (builder.h, Check). */
Value *field_addr(Builder *s, Expr *e, Checks *pend)
{
    Expr *x = e->u.selector.x;
    Object *f = e->u.selector.sel->u.ident.obj;
    Object *path[MAX_EMBED_DEPTH + 1];
    Type *t = x->type;
    int n = field_path(t, f, path);
    if (n == 0) { /* deeper than MAX_EMBED_DEPTH: the checker found it */
        unsupported(e->pos, xprintf("fields promoted through more than %d embedded structs", MAX_EMBED_DEPTH));
        return const_int(s, t_ptr(), 0, e->pos);
    }
    Value *base;
    if (type_underlying(t)->kind == TYPE_POINTER) {
        base = expr1(s, x);
        nil_check(s, base, pend, e->pos);
        t = type_underlying(t)->u.pointer.elem;
    } else {
        base = address(s, x, pend);
    }
    for (int i = 0; i < n; i++) {
        base = offptr(s, base, type_field_offset(t, path[i]->u.var.index), e->pos);
        t = path[i]->type;
        if (i + 1 < n && type_underlying(t)->kind == TYPE_POINTER) {
            /* an embedded *E: load it, so the checks so far come first */
            flush_checks(s, pend);
            base = load(s, t_ptr(), base, e->pos);
            nil_check(s, base, pend, e->pos);
            t = type_underlying(t)->u.pointer.elem;
        }
    }
    return base;
}
