/*
 * literal.c — composite literals (arrays, slices, structs, maps; the
 * element type may be elided inside an outer literal) and function
 * literals, whose bodies are checked on the spot with the enclosing
 * function as their outer FuncCtx (so captured variables are found).
 *
 * An elided inner literal ({...} in []T{{...}}) arrives with e->type
 * already set to the element type by its parent; that is the only case
 * in which check_composite_lit finds a type but no type expression.
 */
#include "check.h"

/* The elements of an array or slice literal (len < 0: no bound): keys
 * must be constant non-negative integers, unique; *maxlen is one past
 * the highest index, the length of a [...]T literal. */
static void check_elements(Checker *c, Expr *e, Type *elem, int64_t len, int64_t *maxlen)
{
    int64_t idx = 0, max = 0;
    /* indices already used, to report duplicates; positional elements
     * count up from the last key, so only keys can repeat an index */
    HashIndex seen = {0};
    for (int i = 0; i < e->u.composite_lit.elts.n; i++) {
        Expr *el = e->u.composite_lit.elts.v[i];
        Expr *val = el;
        /* as types2's indexedElts: a key is an index in [0, len); only
         * a valid index is checked for duplicates */
        bool valid = false;
        if (el->kind == EXPR_KEY_VALUE) {
            Expr *k = el->u.key_value.key;
            int64_t v = check_index(c, k, len, "index");
            if (v >= 0) {
                idx = v;
                valid = true;
            } else if (!check_is_invalid(k) && k->mode != MODE_CONST) {
                error_at(el->pos, "index %s must be integer constant", check_expr_text(k));
            }
            val = el->u.key_value.value;
        } else if (len >= 0 && idx >= len) {
            error_at(val->pos, "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)len);
        } else {
            valid = true;
        }
        int cursor = 0;
        if (valid && hashindex_next(&seen, hash_u64((uint64_t)idx), &cursor) >= 0) {
            /* the hash stands for the index itself: hash_u64 is a bijection */
            error_at(el->pos, "duplicate index %lld in array or slice literal", (long long)idx);
        } else if (valid) {
            hashindex_add(&seen, hash_u64((uint64_t)idx), i);
        }
        if (val->kind == EXPR_COMPOSITE_LIT && !val->u.composite_lit.type) {
            val->type = elem;
            check_expr(c, val);
        } else {
            check_value(c, val);
            check_assignment(c, val, elem, "array or slice literal");
        }
        if (idx == INT64_MAX) {
            /* one more element than an int can count */
            error_at(el->pos, "array index %lld out of bounds: literal has too many elements",
                     (long long)idx);
            break;
        }
        idx++;
        if (idx > max)
            max = idx;
    }
    hashindex_free(&seen);
    *maxlen = max;
}

/* Whether a struct literal of the package being checked may give field
 * f a value: f is exported or of this package. */
static bool visible_field(Checker *c, Object *f)
{
    return !f->pkg || f->pkg == c->pkg->path || type_is_exported_name(f->name);
}

/* T{...}: e is MODE_VALUE of type T (for [...]T, the array type of
 * the counted length); struct literals take all values in order or
 * named fields only, map literals need a key for every element. */
void check_composite_lit(Checker *c, Expr *e)
{
    Type *t;
    Expr *te = e->u.composite_lit.type;
    if (te && te->kind == EXPR_ARRAY_TYPE && te->u.array_type.len && te->u.array_type.len->kind == EXPR_ELLIPSIS) {
        /* [...]T{...}: the length is the number of elements */
        Type *elem = check_type(c, te->u.array_type.elem);
        int64_t n;
        check_elements(c, e, elem, -1, &n);
        t = type_new_array(elem, n);
        check_type_fits(t, te->pos);
        te->mode = MODE_TYPE;
        te->type = t;
        e->mode = MODE_VALUE;
        e->type = t;
        return;
    }
    if (te)
        t = check_type(c, te);
    else if (e->type)
        t = e->type; /* elided type inside an outer literal */
    else {
        error_at(e->pos, "missing type in composite literal");
        check_invalidate(e);
        return;
    }
    Type *u = type_underlying(t);
    if (u->kind == TYPE_POINTER && !te) {
        /* &T{} elided as {} in a []*T literal */
        u = type_underlying(u->u.pointer.elem);
    }
    e->mode = MODE_VALUE;
    e->type = t;
    int64_t n;
    switch (u->kind) {
    case TYPE_ARRAY:
        check_elements(c, e, u->u.array.elem, u->u.array.len, &n);
        return;
    case TYPE_SLICE:
        check_elements(c, e, u->u.slice.elem, -1, &n);
        return;
    case TYPE_STRUCT: {
        ExprList *elts = &e->u.composite_lit.elts;
        ObjectList *fs = &u->u.strct.fields;
        if (elts->n == 0)
            return;
        if (elts->v[0]->kind == EXPR_KEY_VALUE) {
            for (int i = 0; i < elts->n; i++) {
                Expr *kv = elts->v[i];
                if (kv->kind != EXPR_KEY_VALUE) {
                    error_at(kv->pos, "mixture of field:value and value elements in struct literal");
                    check_value(c, kv);
                    continue;
                }
                Expr *k = kv->u.key_value.key;
                Object *f = NULL;
                /* a blank field has no name to give, and an unexported
                 * one of another package is another name */
                if (k->kind == EXPR_IDENT && !check_is_blank(k->u.ident.name))
                    for (int j = 0; j < fs->n; j++)
                        if (fs->v[j]->name == k->u.ident.name && visible_field(c, fs->v[j]))
                            f = fs->v[j];
                if (!f) {
                    if (k->kind == EXPR_IDENT)
                        error_at(k->pos, "unknown field '%s' in struct literal of type %s", k->u.ident.name,
                                 type_string(t));
                    else
                        error_at(k->pos, "invalid field name %s in struct literal", check_expr_text(k));
                    check_value(c, kv->u.key_value.value);
                    continue;
                }
                k->u.ident.obj = f;
                k->mode = MODE_VAR;
                k->type = f->type;
                for (int j = 0; j < i; j++) {
                    Expr *pk = elts->v[j]->kind == EXPR_KEY_VALUE ? elts->v[j]->u.key_value.key : NULL;
                    if (pk && pk->kind == EXPR_IDENT && pk->u.ident.name == f->name) {
                        error_at(k->pos, "duplicate field name %s in struct literal", f->name);
                        break;
                    }
                }
                Expr *v = kv->u.key_value.value;
                check_value(c, v);
                check_assignment(c, v, f->type, "struct literal");
            }
            return;
        }
        for (int i = 0; i < elts->n; i++) {
            Expr *v = elts->v[i];
            if (v->kind == EXPR_KEY_VALUE) {
                error_at(v->pos, "mixture of field:value and value elements in struct literal");
                continue;
            }
            check_value(c, v);
            if (i >= fs->n) {
                error_at(v->pos, "too many values in %s{…}", type_string(t));
                return;
            }
            if (!visible_field(c, fs->v[i])) {
                error_at(v->pos, "implicit assignment to unexported field %s in %s literal", fs->v[i]->name,
                         type_string(t));
                continue;
            }
            check_assignment(c, v, fs->v[i]->type, "struct literal");
        }
        if (elts->n < fs->n)
            error_at(e->u.composite_lit.rbrace, "too few values in %s{…}", type_string(t));
        return;
    }
    case TYPE_MAP: {
        ConstSet keys = {0}; /* constant keys, for "duplicate key" */
        for (int i = 0; i < e->u.composite_lit.elts.n; i++) {
            Expr *kv = e->u.composite_lit.elts.v[i];
            if (kv->kind != EXPR_KEY_VALUE) {
                error_at(kv->pos, "missing key in map literal");
                check_value(c, kv);
                continue;
            }
            Expr *k = kv->u.key_value.key, *v = kv->u.key_value.value;
            if (k->kind == EXPR_COMPOSITE_LIT && !k->u.composite_lit.type) {
                k->type = u->u.map.key;
                check_expr(c, k);
            } else {
                check_value(c, k);
                check_assignment(c, k, u->u.map.key, "map literal");
                /* for an interface key type, the value's own type counts too */
                if (!check_is_invalid(k) && k->mode == MODE_CONST && k->val && check_const_seen(&keys, k))
                    error_at(k->pos, "duplicate key %s in map literal", const_string_of(k->val));
            }
            if (v->kind == EXPR_COMPOSITE_LIT && !v->u.composite_lit.type) {
                v->type = u->u.map.elem;
                check_expr(c, v);
            } else {
                check_value(c, v);
                check_assignment(c, v, u->u.map.elem, "map literal");
            }
        }
        hashindex_free(&keys.byval);
        return;
    }
    default:
        if (t->kind != TYPE_INVALID)
            error_at(e->pos, "invalid composite literal type %s", type_string(t));
        check_invalidate(e);
        return;
    }
}

/* --- Function literals ------------------------------------------------------- */

/* func(...) {...}: a new function scope under the current one; the
 * literal is recorded in pkg->func_lits for ssagen. */
void check_func_lit(Checker *c, Expr *e)
{
    Scope *s = scope_new(c->env.scope, e->pos);
    s->is_func = true;
    Type *sig = check_signature(c, NULL, e->u.func_lit.type, s);
    e->u.func_lit.scope = s;
    vec_push(&c->pkg->func_lits, e);
    check_func_body(c, sig, e->u.func_lit.body, s, e->pos);
    e->mode = MODE_VALUE;
    e->type = sig;
}
