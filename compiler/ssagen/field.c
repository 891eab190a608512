/*
 * field.c — struct fields: their offsets (gc's layout, as types.c
 * computes sizes) and the address a selector x.f denotes.
 *
 * The checker records only the field a selector finds (sel's object),
 * not the embedded fields it was promoted through; check_lookup_member
 * (compiler/types/lookup.c) finds that way again, shallowest first as
 * the spec's rule for promoted fields says. Structs always live in
 * memory (builder.h, Val), so every selector is an address computation:
 * the address of x (or the pointer x, or x's memory copy when x is not
 * addressable), plus offsets, with a load and a nil check for each
 * embedded pointer on the way.
 */
#include "builder.h"

/* Address of the field the selector e (x.f, f a field) denotes. Each
 * pointer followed is nil-checked; with a list, the checks are left
 * there up to the load of an embedded pointer (builder.h, Check). */
Value *field_addr(Builder *s, Expr *e, Checks *pend)
{
    Expr *x = e->u.selector.x;
    Object *f = e->u.selector.sel->u.ident.obj;
    Type *t = x->type;
    Lookup r = check_lookup_member(t, true, f->name, f->pkg, false);
    if (r.status != LOOKUP_FOUND || r.obj != f)
        ice(e->pos, "field %s of %s not found again", f->name, type_string(t));
    Value *base;
    if (type_underlying(t)->kind == TYPE_POINTER) {
        base = expr1(s, x);
        nil_check(s, base, pend, e->pos);
        t = type_underlying(t)->u.pointer.elem;
    } else {
        base = address(s, x, pend);
    }
    for (int i = 0; i <= r.depth; i++) {
        base = offptr(s, base, type_field_offset(t, r.path[i]), e->pos);
        t = type_underlying(t)->u.strct.fields.v[r.path[i]]->type;
        if (i < r.depth && type_underlying(t)->kind == TYPE_POINTER) {
            /* an embedded *E: load it, so the checks so far come first */
            flush_checks(s, pend);
            base = load(s, t_ptr(), base, e->pos);
            nil_check(s, base, pend, e->pos);
            t = type_underlying(t)->u.pointer.elem;
        }
    }
    return base;
}
