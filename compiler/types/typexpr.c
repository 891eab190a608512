/*
 * typexpr.c — type expressions: names of types, pointer, array, slice,
 * map, channel, struct, interface and function types, and signatures
 * (whose parameters and results are declared as variables in the
 * function's scope).
 *
 * check_type always returns a type: the invalid type after an error,
 * so that callers need no NULL checks. Named types are not resolved
 * here but through their objects (decl.c), lazily; a type expression
 * that names a type being declared yields its TYPE_NAMED even while the
 * underlying type is still unknown.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* --- Signatures -------------------------------------------------------------- */

/* Declares the variables of one parameter or result list. */
static Type *param_list(Checker *c, FieldList *fl, Scope *scope, bool results, bool *variadic)
{
    ObjectList vars = {0};
    for (int i = 0; i < fl->n; i++) {
        Field *f = fl->v[i];
        Expr *te = f->type;
        Type *t;
        if (te->kind == EXPR_ELLIPSIS) {
            if (results || i != fl->n - 1 || f->names.n > 1) {
                error_at(te->pos, "can only use ... with final parameter in list");
                t = types_basic[TYPE_INVALID];
            } else {
                *variadic = true;
                t = type_new_slice(te->u.ellipsis.elt ? check_type(c, te->u.ellipsis.elt) : types_basic[TYPE_INVALID]);
                te->mode = MODE_TYPE;
                te->type = t;
            }
        } else {
            t = check_type(c, te);
        }
        int n = f->names.n ? f->names.n : 1;
        for (int j = 0; j < n; j++) {
            Expr *name = f->names.n ? f->names.v[j] : NULL;
            Object *v = object_new(OBJ_VAR, name ? name->u.ident.name : intern_cstr(""), name ? name->pos : f->pos, t);
            v->pkg = c->pkg->path;
            v->u.var.is_param = !results;
            v->u.var.is_result = results;
            v->u.var.index = vars.n;
            v->u.var.used = true; /* parameters are never "declared but not used" */
            if (name) {
                name->u.ident.obj = v;
                name->mode = MODE_VAR;
                name->type = t;
                check_declare_obj(c, scope, v);
            } else {
                v->parent = scope;
            }
            vec_push(&vars, v);
        }
    }
    return type_new_tuple(vars);
}

/* The signature of function type ftype (with receiver recv, or NULL),
 * its parameters and named results declared in scope. */
Type *check_signature(Checker *c, Field *recv, Expr *ftype, Scope *scope)
{
    Type *sig = type_new(TYPE_FUNC);
    if (ftype->u.func_type.tparams.n > 0)
        error_at(ftype->pos, "not supported yet: %s", "generic functions");
    Scope *saved = c->env.scope;
    c->env.scope = scope;
    if (recv) {
        FieldList one = {0};
        vec_push(&one, recv);
        bool v = false;
        Type *tup = param_list(c, &one, scope, false, &v);
        if (tup->u.tuple.vars.n > 0)
            sig->u.func.recv = tup->u.tuple.vars.v[0];
    }
    bool variadic = false;
    sig->u.func.params = param_list(c, &ftype->u.func_type.params, scope, false, &variadic);
    sig->u.func.results = param_list(c, &ftype->u.func_type.results, scope, true, &variadic);
    sig->u.func.variadic = variadic;
    c->env.scope = saved;
    ftype->mode = MODE_TYPE;
    ftype->type = sig;
    return sig;
}

/* --- Struct and interface types ---------------------------------------------- */

/* struct{...}: the fields in order, with their tags; an embedded field
 * is named after its type's name. */
/* Reports an array or struct type of TYPE_MAX_WIDTH bytes or more
 * (gc's wording), unless a part of it was already reported. */
void check_type_fits(Type *t, Pos pos)
{
    Type *u = type_underlying(t);
    if (!type_too_large(t))
        return;
    if (u->kind == TYPE_ARRAY && type_too_large(u->u.array.elem))
        return;
    if (u->kind == TYPE_STRUCT)
        for (int i = 0; i < u->u.strct.fields.n; i++)
            if (type_too_large(u->u.strct.fields.v[i]->type))
                return;
    error_at(pos, "type %s larger than address space", type_string(t));
}

/* Whether field f's name is new in struct t (blank names always are);
 * a repeated one is reported, and left out of the struct as gc does. */
static bool unique_field(Type *t, Object *f)
{
    if (check_is_blank(f->name))
        return true;
    for (int k = 0; k < t->u.strct.fields.n; k++) {
        Object *g = t->u.strct.fields.v[k];
        if (g->name == f->name) {
            error_at(f->pos, "%s redeclared\n\t%s: other declaration of %s", f->name, pos_string(g->pos), f->name);
            return false;
        }
    }
    return true;
}

static void delay(Checker *c, DelayedKind kind, Type *t, Pos pos)
{
    Delayed d = {kind, t, pos};
    vec_push(&c->delayed, d);
}

void check_delayed(Checker *c)
{
    /* before check_type_cycle has broken the invalid cycles, asking
     * whether a type is comparable might not end */
    if (!c->decls_done)
        return;
    for (int i = 0; i < c->decl_path.n; i++)
        if (c->decl_path.v[i]->kind == OBJ_TYPENAME)
            return;
    for (int i = 0; i < c->delayed.n; i++) {
        Delayed *d = &c->delayed.v[i];
        Type *t = d->type;
        if (check_type_broken(t))
            continue;
        switch (d->kind) {
        case DELAYED_MAP_KEY:
            if (!type_is_comparable(t))
                error_at(d->pos, "invalid map key type %s", type_string(t));
            break;
        case DELAYED_EMBEDDED: {
            bool ptr = t->kind == TYPE_POINTER;
            Type *u = type_underlying(ptr ? t->u.pointer.elem : t);
            if (u->kind == TYPE_UNSAFE_POINTER)
                error_at(d->pos, "embedded field type cannot be unsafe.Pointer");
            else if (u->kind == TYPE_POINTER)
                error_at(d->pos, "embedded field type cannot be a pointer");
            else if (u->kind == TYPE_INTERFACE && ptr)
                error_at(d->pos, "embedded field type cannot be a pointer to an interface");
            break;
        }
        case DELAYED_CHAN_ELEM:
            /* gc's limit: the runtime's channel code keeps elemsize in
             * a uint16. (gc reports it where it first computes the
             * channel type's size, which may be at an earlier use of the
             * same type; hood at each channel type written.) */
            if (!type_too_large(t) && type_size(t) >= 1 << 16)
                error_at(d->pos, "channel element type too large (>64kB)");
            break;
        }
    }
    c->delayed.n = 0;
}

static Type *check_struct_type(Checker *c, Expr *e)
{
    Type *t = type_new(TYPE_STRUCT);
    FieldList *fl = &e->u.struct_type.fields;
    VEC(const char *) tags = {0};
    bool any_tag = false;
    for (int i = 0; i < fl->n; i++) {
        Field *f = fl->v[i];
        Type *ft = check_type(c, f->type);
        const char *tag = NULL;
        if (f->tag && !f->tag->u.basic_lit.bad) {
            /* the tag's value, not its spelling: `a` and "a" are one tag,
             * and "" is none (a tag with a NUL byte is cut there) */
            const char *err = NULL;
            Const *v = const_from_literal(TK_STRING, f->tag->u.basic_lit.lit, f->tag->u.basic_lit.len, &err);
            if (v && v->kind == CONST_STRING && v->slen > 0) {
                tag = xstrndup(v->s, (size_t)v->slen);
                any_tag = true;
            }
        }
        if (f->names.n == 0) {
            /* embedded: T, *T, or pkg.T; the field is named after T */
            Expr *te = check_unparen(f->type);
            if (te->kind == EXPR_STAR)
                te = check_unparen(te->u.star.x);
            const char *name = te->kind == EXPR_IDENT ? te->u.ident.name
                             : te->kind == EXPR_SELECTOR ? te->u.selector.sel->u.ident.name : intern_cstr("?");
            Object *fo = object_new(OBJ_VAR, name, f->pos, ft);
            fo->u.var.is_field = true;
            fo->pkg = c->pkg->path;
            fo->u.var.embedded = true;
            delay(c, DELAYED_EMBEDDED, ft, f->type->pos);
            fo->u.var.index = t->u.strct.fields.n;
            if (unique_field(t, fo)) {
                vec_push(&t->u.strct.fields, fo);
                vec_push(&tags, tag);
            }
            continue;
        }
        for (int j = 0; j < f->names.n; j++) {
            Expr *n = f->names.v[j];
            Object *fo = object_new(OBJ_VAR, n->u.ident.name, n->pos, ft);
            fo->u.var.is_field = true;
            fo->pkg = c->pkg->path;
            fo->u.var.index = t->u.strct.fields.n;
            n->u.ident.obj = fo;
            if (!unique_field(t, fo))
                continue;
            vec_push(&t->u.strct.fields, fo);
            vec_push(&tags, tag);
        }
    }
    if (any_tag)
        t->u.strct.tags = tags.v;
    return t;
}

/* qsort order of methods: by name. */
static int cmp_method(const void *a, const void *b)
{
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    return strcmp(x->name, y->name);
}

/* Adds method m (declared in t if explicit, else of an interface t
 * embeds at pos) to t's method set. The same method embedded twice is
 * one method (Go 1.14: before, a method of this package may not be); two
 * of one name and different types are an error. */
static void add_method(Checker *c, Type *t, Object *m, Pos pos, bool explicit)
{
    ObjectList *ms = &t->u.iface.methods;
    for (int i = 0; i < ms->n; i++) {
        if (ms->v[i]->name != m->name)
            continue;
        if (explicit || !type_identical(ms->v[i]->type, m->type) ||
            (m->pkg == c->pkg->path && !check_allow_version(c, 1, 14)))
            error_at(pos, "duplicate method %s", m->name);
        return;
    }
    vec_push(ms, m);
}

/* The methods of embedded interface e (complete) become t's. */
static void merge_methods(Checker *c, Type *t, Type *eu, Pos pos)
{
    for (int j = 0; j < eu->u.iface.methods.n; j++)
        add_method(c, t, eu->u.iface.methods.v[j], pos, false);
    /* an interface embedding a broken one is broken too */
    for (int j = 0; j < eu->u.iface.embeddeds.n; j++)
        if (check_type_broken(eu->u.iface.embeddeds.v[j]))
            vec_push(&t->u.iface.embeddeds, eu->u.iface.embeddeds.v[j]);
}

/* An embedded element that is no interface: a constraint, which needs
 * generics. Before Go 1.18 it is an error, and as in gc the interface is
 * valid without it; else hood cannot represent the interface, which is
 * invalid (with its element). Returns whether it is dropped. */
static bool embed_constraint(Checker *c, Type *et, Pos pos)
{
    if (!check_allow_version(c, 1, 18)) {
        check_version_error(c, pos, "go1.18", xprintf("embedding non-interface type %s", type_string(et)));
        return true;
    }
    check_unsupported(pos, "type constraints");
    return false;
}

/* A | B or ~T as gc prints the union: "int|~string". */
static void union_text(Buf *b, Expr *e)
{
    e = check_unparen(e);
    if (e->kind == EXPR_BINARY && e->u.binary.op == TK_OR) {
        union_text(b, e->u.binary.x);
        buf_putc(b, '|');
        union_text(b, e->u.binary.y);
    } else if (e->kind == EXPR_UNARY && e->u.unary.op == TK_TILDE) {
        buf_putc(b, '~');
        union_text(b, e->u.unary.x);
    } else {
        buf_puts(b, check_expr_text(e));
    }
}

/* One embedded element et of interface t: an interface's methods are
 * merged now if its own method set is known, else once it is (an
 * interface embedding one whose declaration is still being checked:
 * type I1 interface{ m() I2 }; type I2 interface{ I1 }). Anything else
 * is a type constraint, which needs generics. */
static void embed(Checker *c, Type *t, Type *et, Pos pos)
{
    if (check_type_broken(et)) {
        vec_push(&t->u.iface.embeddeds, et); /* silently: reported where it broke */
        return;
    }
    Type *eu = type_underlying(et);
    if (eu->kind == TYPE_NAMED || (eu->kind == TYPE_INTERFACE && !eu->u.iface.complete)) {
        PendingEmbed p = {.iface = t, .embedded = et, .pos = pos};
        vec_push(&c->pending_embeds, p);
        t->u.iface.complete = false;
        return;
    }
    if (eu->kind == TYPE_INTERFACE && eu->u.iface.embeddeds.n == 0) {
        merge_methods(c, t, eu, pos);
        return;
    }
    if (eu->kind == TYPE_INTERFACE && check_type_broken(eu)) {
        merge_methods(c, t, eu, pos);
        return;
    }
    /* the interface is a constraint: its values are not checked further */
    if (eu->kind == TYPE_INTERFACE)
        check_unsupported(pos, "type constraints");
    else if (embed_constraint(c, et, pos))
        return;
    vec_push(&t->u.iface.embeddeds, types_basic[TYPE_INVALID]);
}

/* Merges the pending embedded interfaces of t, completing them first.
 * active holds the interfaces being completed and path the named types
 * among them, to report a cycle (type I interface{ J }; type J
 * interface{ I }) as the cycle of names. */
static void complete_interface(Checker *c, Type *t, TypeList *active, ObjectList *path)
{
    vec_push(active, t);
    for (int i = 0; i < c->pending_embeds.n; i++) {
        PendingEmbed *p = &c->pending_embeds.v[i];
        if (p->iface != t || !p->embedded)
            continue;
        Type *et = p->embedded;
        p->embedded = NULL; /* done, whatever comes of it */
        Type *eu = type_underlying(et);
        if (eu->kind != TYPE_INTERFACE) {
            if (eu->kind != TYPE_INVALID && eu->kind != TYPE_NAMED)
                embed_constraint(c, et, p->pos);
            continue;
        }
        bool cycle = false;
        for (int k = 0; k < active->n; k++)
            cycle |= active->v[k] == eu;
        if (cycle) {
            int k = path->n - 1;
            while (k > 0 && (et->kind != TYPE_NAMED || path->v[k] != et->u.named.obj))
                k--;
            if (path->n > 0 && (!path->v[k]->info || !path->v[k]->info->bad))
                check_report_cycle("invalid recursive type", path->v + k, path->n - k);
            continue;
        }
        if (!eu->u.iface.complete) {
            bool named = et->kind == TYPE_NAMED;
            if (named)
                vec_push(path, et->u.named.obj);
            complete_interface(c, eu, active, path);
            if (named)
                path->n--;
        }
        merge_methods(c, t, eu, p->pos);
    }
    if (t->u.iface.methods.n > 1)
        qsort(t->u.iface.methods.v, (size_t)t->u.iface.methods.n, sizeof(Object *), cmp_method);
    t->u.iface.complete = true;
    active->n--;
}

void check_complete_interfaces(Checker *c)
{
    ObjectList path = {0};
    TypeList active = {0};
    for (int i = 0; i < c->pending_embeds.n; i++) {
        PendingEmbed *p = &c->pending_embeds.v[i];
        if (!p->embedded)
            continue;
        path.n = 0;
        if (p->owner)
            vec_push(&path, p->owner);
        complete_interface(c, p->iface, &active, &path);
    }
    c->pending_embeds.n = 0;
}

/* interface{...}: the methods, sorted by name as type identity
 * requires, with those of embedded interfaces merged in (now, or by
 * check_complete_interfaces); other embedded elements are constraints,
 * not supported. */
static Type *check_interface_type(Checker *c, Expr *e)
{
    Type *t = type_new(TYPE_INTERFACE);
    t->u.iface.complete = true;
    FieldList *ml = &e->u.interface_type.methods;
    for (int i = 0; i < ml->n; i++) {
        Field *f = ml->v[i];
        if (f->names.n == 0)
            continue;
        Scope *s = scope_new(c->env.scope, f->pos);
        Type *sig = check_signature(c, NULL, f->type, s);
        Object *m = object_new(OBJ_FUNC, f->names.v[0]->u.ident.name, f->names.v[0]->pos, sig);
        m->pkg = c->pkg->path;
        m->u.func.is_method = true;
        f->names.v[0]->u.ident.obj = m;
        if (check_is_blank(m->name))
            error_at(m->pos, "methods must have a unique non-blank name");
        else
            add_method(c, t, m, m->pos, true);
    }
    for (int i = 0; i < ml->n; i++) {
        Field *f = ml->v[i];
        if (f->names.n != 0)
            continue;
        Expr *te = check_unparen(f->type);
        if ((te->kind == EXPR_BINARY && te->u.binary.op == TK_OR) ||
            (te->kind == EXPR_UNARY && te->u.unary.op == TK_TILDE)) {
            /* A | B, ~T: type sets, for generics only */
            if (!check_allow_version(c, 1, 18)) {
                Buf b = {0};
                union_text(&b, te);
                check_version_error(c, f->pos, "go1.18", xprintf("embedding interface element %s", b.s));
                free(b.s);
                continue; /* dropped, as embed_constraint's */
            }
            check_unsupported(f->pos, "type constraints");
            vec_push(&t->u.iface.embeddeds, types_basic[TYPE_INVALID]);
            continue;
        }
        embed(c, t, check_type(c, f->type), f->pos);
    }
    if (t->u.iface.methods.n > 1)
        qsort(t->u.iface.methods.v, (size_t)t->u.iface.methods.n, sizeof(Object *), cmp_method);
    return t;
}

/* --- Type expressions -------------------------------------------------------- */

/* Resolves a type expression. Reports "x is not a type" for values. */
Type *check_type(Checker *c, Expr *e)
{
    Type *t = NULL;
    switch (e->kind) {
    case EXPR_IDENT:
    case EXPR_SELECTOR:
    case EXPR_PAREN:
    case EXPR_INDEX:
        check_expr(c, e);
        if (check_is_invalid(e))
            return types_basic[TYPE_INVALID];
        if (e->mode != MODE_TYPE) {
            /* types2 describes a name or selector as an operand
             * ("byte (untyped int constant 3) is not a type"), other
             * expressions by their text */
            Expr *u = check_unparen(e);
            if (u->kind != EXPR_IDENT && u->kind != EXPR_SELECTOR)
                error_at(e->pos, "%s is not a type", check_expr_text(e));
            else if (u->mode == MODE_NOVALUE)
                error_at(u->pos, "%s used as type", check_operand_string(u));
            else
                error_at(u->pos, "%s is not a type", check_operand_string(u));
            check_invalidate(e);
            return types_basic[TYPE_INVALID];
        }
        return e->type;
    case EXPR_STAR:
        t = type_new_pointer(check_type(c, e->u.star.x));
        break;
    case EXPR_ARRAY_TYPE: {
        Type *elem = check_type(c, e->u.array_type.elem);
        if (!e->u.array_type.len) {
            t = type_new_slice(elem);
            break;
        }
        Expr *l = e->u.array_type.len;
        if (l->kind == EXPR_ELLIPSIS) {
            error_at(e->pos, "invalid use of [...] array (outside a composite literal)");
            t = types_basic[TYPE_INVALID];
            break;
        }
        int64_t n = 0;
        /* types2's arrayLength: a name that is not a constant is not
         * evaluated (so a variable named here is not "used") */
        if (l->kind == EXPR_IDENT) {
            Object *o = check_lookup(c, l->u.ident.name);
            if (!o || o->kind != OBJ_CONST) {
                error_at(l->pos, o ? "invalid array length %s" : "undeclared name %s for array length",
                         l->u.ident.name);
                check_invalidate(l);
                t = type_new_array(elem, 0);
                break;
            }
        }
        check_value(c, l);
        if (check_is_invalid(l)) {
            /* the length is unknown (an error was reported, or the
             * constant came from something unsupported): so is the
             * type, lest its uses be checked against a made-up length */
            t = types_basic[TYPE_INVALID];
            break;
        }
        if (l->mode != MODE_CONST) {
            error_at(l->pos, "array length %s must be constant", check_operand_string(l));
        } else if (type_is_untyped(l->type) || type_is_integer(l->type)) {
            Const *i = l->val ? const_to_int(l->val) : NULL;
            if (!i) {
                error_at(l->pos, "array length %s must be integer", check_operand_string(l));
            } else if (!const_fits(i, 64, true)) {
                /* as gc: not representable as an int, so not an integer length */
                error_at(l->pos, "array length %s must be integer", check_operand_string(l));
            } else if (const_sign(i) < 0) {
                error_at(l->pos, "invalid array length %s", check_operand_string(l));
            } else {
                n = const_int64_val(i);
                if (type_is_untyped(l->type))
                    check_convert_untyped(c, l, types_basic[TYPE_INT]);
            }
        } else {
            error_at(l->pos, "array length %s must be integer", check_operand_string(l));
        }
        t = type_new_array(elem, n);
        check_type_fits(t, e->pos);
        break;
    }
    case EXPR_STRUCT_TYPE:
        t = check_struct_type(c, e);
        check_type_fits(t, e->pos);
        break;
    case EXPR_FUNC_TYPE: {
        Scope *s = scope_new(c->env.scope, e->pos);
        t = check_signature(c, NULL, e, s);
        break;
    }
    case EXPR_INTERFACE_TYPE:
        t = check_interface_type(c, e);
        break;
    case EXPR_MAP_TYPE: {
        Type *k = check_type(c, e->u.map_type.key);
        Type *v = check_type(c, e->u.map_type.value);
        delay(c, DELAYED_MAP_KEY, k, e->u.map_type.key->pos);
        t = type_new(TYPE_MAP);
        t->u.map.key = k;
        t->u.map.elem = v;
        break;
    }
    case EXPR_CHAN_TYPE:
        t = type_new(TYPE_CHAN);
        t->u.chan.dir = e->u.chan_type.dir;
        t->u.chan.elem = check_type(c, e->u.chan_type.value);
        delay(c, DELAYED_CHAN_ELEM, t->u.chan.elem, e->pos);
        break;
    default:
        check_expr(c, e);
        if (!check_is_invalid(e))
            error_at(e->pos, "%s is not a type", check_expr_text(e));
        check_invalidate(e);
        return types_basic[TYPE_INVALID];
    }
    e->mode = MODE_TYPE;
    e->type = t;
    return t;
}
