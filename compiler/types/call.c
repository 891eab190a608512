/*
 * call.c — function calls and selectors: the arguments of a call
 * against its signature (including f(g()) with a multi-valued g and
 * variadic calls), the call's result mode and type, and x.f for fields,
 * methods and (reported as unsupported) package-qualified names.
 *
 * check_call dispatches on what is called: a type (a conversion,
 * conversion.c), a builtin (builtins.c) or a function value. A call's
 * type is the single result, or a TYPE_TUPLE for several (MODE_VALUE)
 * or none (MODE_NOVALUE); check_value rejects a tuple where one value
 * is wanted.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* --- Argument and result lists ----------------------------------------------- */

Type *check_tuple_of(Type *t)
{
    return t && t->kind == TYPE_TUPLE ? t : NULL;
}

static int tuple_len(Type *t) { return t ? t->u.tuple.vars.n : 0; }

/* "(int, ...string)": the types of a parameter or result tuple, without
 * names (types2's typesSummary of what a call or return wants). */
const char *check_tuple_summary(Type *tuple, bool variadic)
{
    ExprList l = {0};
    int n = tuple ? tuple->u.tuple.vars.n : 0;
    for (int i = 0; i < n; i++) {
        /* EXPR_ELLIPSIS marks the variadic parameter for check_types_summary */
        Expr *e = new_expr(variadic && i == n - 1 ? EXPR_ELLIPSIS : EXPR_BAD, tuple->u.tuple.vars.v[i]->pos);
        e->mode = MODE_VALUE;
        e->type = tuple->u.tuple.vars.v[i]->type;
        vec_push(&l, e);
    }
    return check_types_summary(&l);
}

/* "(int, string)" for a list of argument types, as gc's "have"; an
 * untyped numeric constant is "number". */
const char *check_types_summary(ExprList *args)
{
    Buf b = {0};
    buf_putc(&b, '(');
    for (int i = 0; i < args->n; i++) {
        Expr *a = args->v[i];
        if (i > 0)
            buf_puts(&b, ", ");
        if (a->type && a->type->kind == TYPE_TUPLE) {
            const char *s = type_string(a->type);
            buf_write(&b, s + 1, strlen(s) - 2);
        } else if (a->mode == MODE_CONST && a->type && type_is_untyped(a->type)) {
            buf_puts(&b, "number");
            if (type_is_string(a->type) || type_is_boolean(a->type)) {
                b.len -= 6;
                b.s[b.len] = 0;
                buf_puts(&b, type_string(type_default(a->type)));
            }
        } else {
            /* types2 writes an invalid type so, keeping the message
             * clear of "invalid type" (which marks follow-on errors) */
            bool bad = !a->type || a->type->kind == TYPE_INVALID;
            if (!bad && a->kind == EXPR_ELLIPSIS && a->type->kind == TYPE_SLICE) {
                buf_puts(&b, "...");
                buf_puts(&b, type_string(a->type->u.slice.elem));
            } else {
                buf_puts(&b, bad ? "<T>" : type_string(a->type));
            }
        }
    }
    buf_putc(&b, ')');
    const char *s = xstrdup(b.s);
    free(b.s);
    return s;
}

/* --- Calls ------------------------------------------------------------------- */

/* Checks the arguments of call e against signature sig: their count
 * (gc's "have"/"want" lines on a mismatch), ... (only for a variadic
 * sig) and the assignability of each to its parameter. */
static void check_call_args(Checker *c, Expr *e, Type *sig)
{
    ExprList *args = &e->u.call.args;
    Type *params = sig->u.func.params;
    int np = tuple_len(params);
    bool variadic = sig->u.func.variadic;
    /* f(g()) with g returning several values */
    if (args->n == 1) {
        Expr *a = args->v[0];
        check_multi(c, a);
        if (check_is_invalid(a))
            return;
        if (check_tuple_of(a->type)) {
            Type *tup = a->type;
            int nt = tuple_len(tup);
            bool ok = variadic ? nt >= np - 1 : nt == np;
            if (e->u.call.has_dots && !variadic) {
                error_at(e->pos, "cannot use ... in call to non-variadic %s", check_expr_text(e->u.call.fun));
                return;
            }
            if (e->u.call.has_dots) {
                error_at(e->pos, "cannot use ... with %d-valued %s", nt, check_expr_text(a));
                return;
            }
            if (!ok) {
                error_at(a->pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
                         nt < np ? "not enough" : "too many", check_expr_text(e->u.call.fun), check_types_summary(args),
                         check_tuple_summary(params, variadic));
                return;
            }
            for (int i = 0; i < nt; i++) {
                Type *want = i < np - (variadic ? 1 : 0) ? params->u.tuple.vars.v[i]->type
                                                          : params->u.tuple.vars.v[np - 1]->type->u.slice.elem;
                const char *why = NULL;
                Type *have = tup->u.tuple.vars.v[i]->type;
                if (!check_assignable_type(have, want, &why))
                    error_at(a->pos, "cannot use %s (value of type %s) as type %s in argument to %s",
                             check_expr_text(a), type_string(have), type_string(want),
                             check_expr_text(e->u.call.fun));
            }
            return;
        }
    } else {
        for (int i = 0; i < args->n; i++)
            check_value(c, args->v[i]);
    }
    for (int i = 0; i < args->n; i++)
        if (check_is_invalid(args->v[i]))
            return;
    if (e->u.call.has_dots && !variadic) {
        error_at(e->pos, "cannot use ... in call to non-variadic %s", check_expr_text(e->u.call.fun));
        return;
    }
    int n = args->n;
    bool ok = (variadic && !e->u.call.has_dots) ? n >= np - 1 : n == np;
    if (!ok) {
        bool few = (variadic && !e->u.call.has_dots) ? n < np - 1 : n < np;
        /* as gc: at the first extra argument, or the last one there is */
        Pos at = !few ? args->v[np]->pos : n > 0 ? args->v[n - 1]->pos : e->pos;
        error_at(at, "%s arguments in call to %s\n\thave %s\n\twant %s",
                 few ? "not enough" : "too many", check_expr_text(e->u.call.fun), check_types_summary(args),
                 check_tuple_summary(params, variadic));
        return;
    }
    const char *ctx = xprintf("argument to %s", check_expr_text(e->u.call.fun));
    for (int i = 0; i < n; i++) {
        Type *want;
        if (variadic && i >= np - 1)
            want = e->u.call.has_dots ? params->u.tuple.vars.v[np - 1]->type
                                      : params->u.tuple.vars.v[np - 1]->type->u.slice.elem;
        else
            want = params->u.tuple.vars.v[i]->type;
        check_assignment(c, args->v[i], want, ctx);
    }
}

/* The result of a call of a function with signature sig. */
static void set_call_result(Expr *e, Type *sig)
{
    Type *res = sig->u.func.results;
    int n = tuple_len(res);
    if (n == 0) {
        e->mode = MODE_NOVALUE;
        e->type = res ? res : type_new_tuple((ObjectList){0});
    } else if (n == 1) {
        e->mode = MODE_VALUE;
        e->type = res->u.tuple.vars.v[0]->type;
    } else {
        e->mode = MODE_VALUE;
        e->type = res;
    }
}

/* Checks call e: a conversion, a builtin call or a function call. After
 * an error in the function operand the arguments are still checked,
 * so that their own errors are reported and their variables used. */
void check_call(Checker *c, Expr *e)
{
    Expr *fun = e->u.call.fun;
    check_expr(c, fun);
    /* A function whose signature mentions an invalid type is still
     * called with the right number of arguments (as gc checks); only
     * those arguments whose parameter types are broken go unchecked. */
    bool callable = fun->mode != MODE_INVALID && fun->mode != MODE_TYPE && fun->type &&
                    type_underlying(fun->type)->kind == TYPE_FUNC;
    if (!callable && check_is_invalid(fun)) {
        for (int i = 0; i < e->u.call.args.n; i++)
            check_expr(c, e->u.call.args.v[i]);
        check_invalidate(e);
        return;
    }
    if (fun->mode == MODE_TYPE) {
        check_conversion(c, e, fun->type);
        return;
    }
    if (fun->mode == MODE_BUILTIN) {
        check_builtin(c, e, builtin_of(fun));
        return;
    }
    Type *sig = type_underlying(fun->type);
    if (sig->kind != TYPE_FUNC) {
        error_at(e->pos, "invalid operation: cannot call non-function %s", check_operand_string(fun));
        for (int i = 0; i < e->u.call.args.n; i++)
            check_expr(c, e->u.call.args.v[i]);
        check_invalidate(e);
        return;
    }
    check_call_args(c, e, sig);
    set_call_result(e, sig);
    c->call_or_recv = true;
}

/* --- Selectors --------------------------------------------------------------- */

/* "x.f undefined (...)": why x has no member f, in gc's words, with its
 * hint when a member differing in the case of the first letter exists. */
static void report_undefined(Expr *e, Type *t, const char *name, bool addressable)
{
    Expr *sel = e->u.selector.sel;
    Type *u = type_underlying(t);
    if (u->kind == TYPE_POINTER && type_is_interface(u->u.pointer.elem)) {
        error_at(sel->pos, "%s undefined (type %s is pointer to interface, not interface)", check_expr_text(e),
                 type_string(t));
        return;
    }
    const char *hint = "";
    char *other = xstrdup(name);
    if (other[0] >= 'a' && other[0] <= 'z')
        other[0] = (char)(other[0] - 'a' + 'A');
    else if (other[0] >= 'A' && other[0] <= 'Z')
        other[0] = (char)(other[0] - 'A' + 'a');
    if (other[0] != name[0] &&
        check_lookup_member(t, addressable, intern_cstr(other), types_local_package, false).status == LOOKUP_FOUND)
        hint = xprintf(", but does have %s", other);
    error_at(sel->pos, "%s undefined (type %s has no field or method %s%s)", check_expr_text(e), type_string(t), name,
             hint);
}

/* Reports a lookup that found nothing usable; silent when the type's
 * members cannot all be known. */
static void report_lookup(Expr *e, Lookup *r, Type *t, bool addressable)
{
    Expr *sel = e->u.selector.sel;
    switch (r->status) {
    case LOOKUP_AMBIGUOUS:
        error_at(sel->pos, "ambiguous selector %s", check_expr_text(e));
        break;
    case LOOKUP_PTR_RECV:
        error_at(sel->pos, "cannot call pointer method %s on %s", sel->u.ident.name, type_string(t));
        break;
    case LOOKUP_NONE:
        report_undefined(e, t, sel->u.ident.name, addressable);
        break;
    case LOOKUP_TOO_DEEP:
        check_unsupported(sel->pos, xprintf("selectors through more than %d embedded fields", CHECK_MAX_EMBED - 1));
        break;
    default:
        break;
    }
    check_invalidate(e);
}

/* The signature of method m without its receiver (a method value), or
 * with recv as its first parameter (a method expression T.m). */
static Type *method_signature(Object *m, Type *recv)
{
    Type *mt = m->type, *sig = type_new(TYPE_FUNC);
    sig->u.func.params = mt->u.func.params;
    sig->u.func.results = mt->u.func.results;
    sig->u.func.variadic = mt->u.func.variadic;
    if (!recv)
        return sig;
    ObjectList params = {0};
    ObjectList *old = &mt->u.func.params->u.tuple.vars;
    /* as gc: the receiver is named when the parameters are ("_" if the
     * method's receiver has no name), so the signature prints evenly */
    const char *name = intern_cstr("");
    if (old->n > 0 && old->v[0]->name[0]) {
        Object *r = mt->u.func.recv;
        name = r && r->name[0] ? r->name : intern_cstr("_");
    }
    Object *rv = object_new(OBJ_VAR, name, m->pos, recv);
    rv->u.var.is_param = true;
    vec_push(&params, rv);
    for (int i = 0; i < old->n; i++)
        vec_push(&params, old->v[i]);
    sig->u.func.params = type_new_tuple(params);
    return sig;
}

/* A method found by a lookup: its declaration checked (the signature
 * may be used before its turn), NULL if that failed. */
static Object *checked_method(Checker *c, Object *m)
{
    if (m->kind != OBJ_FUNC)
        return m;
    if (!m->type)
        check_obj_decl(c, m);
    if (!m->type || m->type->kind != TYPE_FUNC)
        return NULL;
    check_record_dep(c, m);
    return m;
}

/* T.m and (*T).m, x a type: a function whose first parameter is the
 * receiver (spec "Method expressions"). */
static void method_expr(Checker *c, Expr *e)
{
    Expr *x = e->u.selector.x, *sel = e->u.selector.sel;
    const char *name = sel->u.ident.name;
    Lookup r = check_lookup_member(x->type, false, name, c->pkg->path, false);
    if (r.status == LOOKUP_FOUND && r.obj->kind != OBJ_FUNC) {
        error_at(sel->pos, "%s undefined (type %s has no method %s)", check_expr_text(e), type_string(x->type), name);
        check_invalidate(e);
        return;
    }
    if (r.status != LOOKUP_FOUND) {
        report_lookup(e, &r, x->type, false);
        return;
    }
    Object *m = checked_method(c, r.obj);
    if (!m) {
        check_invalidate(e);
        return;
    }
    sel->u.ident.obj = m;
    e->mode = MODE_VALUE;
    e->type = method_signature(m, x->type);
}

/* x.f: a field (addressable if x is, or through a pointer), a method
 * (its signature without the receiver, MODE_VALUE), a method expression
 * when x is a type, or an error. A method value with a pointer receiver
 * on an addressable x takes x's address. sel->u.ident.obj is set to the
 * field or method. */
/* pkg.Name, pkg the package imported as x (NULL: the import is not
 * supported, reported there): the package-level object Name, which must
 * be exported. sel and e both denote it. */
static void qualified_ident(Checker *c, Expr *e, Package *pkg)
{
    Expr *sel = e->u.selector.sel;
    const char *name = sel->u.ident.name;
    Object *o = pkg ? scope_lookup_local(pkg->scope, name) : NULL;
    if (!o) {
        if (pkg) {
            /* gc knows only the exported names of an imported package:
             * an unexported one is undefined */
            if (check_hood_lacks(pkg, name))
                check_unsupported(sel->pos, xprintf("%s.%s (hood's %s does not have it yet)", pkg->name, name,
                                                    pkg->path));
            else
                error_at(sel->pos, "undefined: %s.%s", pkg->name, name);
        } else {
            /* the import is not supported: what surrounds e is not
             * checked in full, so its uses of variables and imports
             * are unknown (as for a body skipped in part) */
            if (c->env.fn)
                c->env.fn->skipped = true;
            c->skipped_body = true;
        }
        check_invalidate(e);
        return;
    }
    if (!type_is_exported_name(name)) {
        error_at(sel->pos, "%s not exported by package %s", name, pkg->name);
        check_invalidate(e);
        return;
    }
    sel->u.ident.obj = o;
    check_use_object(c, e, o);
    sel->mode = e->mode;
    sel->type = e->type;
    sel->val = e->val;
}

void check_selector(Checker *c, Expr *e)
{
    Expr *x = e->u.selector.x, *sel = e->u.selector.sel;
    const char *name = sel->u.ident.name;
    Expr *ux = check_unparen(x);
    if (ux->kind == EXPR_IDENT) {
        Object *o = check_lookup(c, ux->u.ident.name);
        if (o && o->kind == OBJ_PKGNAME) {
            o->u.pkgname.used = true;
            ux->u.ident.obj = o;
            if (o->u.pkgname.failed) /* reported at the import */
                check_invalidate(e);
            else
                qualified_ident(c, e, o->u.pkgname.pkg);
            return;
        }
    }
    check_expr(c, x);
    if (check_is_invalid(x)) {
        check_invalidate(e);
        return;
    }
    if (x->mode == MODE_TYPE) {
        method_expr(c, e);
        return;
    }
    if (x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        check_value(c, x);
        check_invalidate(e);
        return;
    }
    check_use_default(c, x);
    bool addressable = x->mode == MODE_VAR;
    Lookup r = check_lookup_member(x->type, addressable, name, c->pkg->path, false);
    if (r.status != LOOKUP_FOUND) {
        report_lookup(e, &r, x->type, addressable);
        return;
    }
    Object *f = checked_method(c, r.obj);
    if (!f) {
        check_invalidate(e);
        return;
    }
    sel->u.ident.obj = f;
    if (f->kind == OBJ_VAR) {
        e->mode = addressable || r.indirect ? MODE_VAR : MODE_VALUE;
        e->type = f->type;
        return;
    }
    if (check_method_has_ptr_recv(f) && !r.indirect)
        check_mark_addr_taken(x);
    e->mode = MODE_VALUE;
    e->type = method_signature(f, NULL);
}
