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
            if (e->u.call.has_dots) {
                error_at(e->pos, "cannot use ... with %d-valued %s", nt, check_expr_text(a));
                return;
            }
            if (!ok) {
                error_at(nt < np ? e->u.call.rparen : a->pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
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
        error_at(few ? e->u.call.rparen : args->v[np]->pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
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
    if (check_is_invalid(fun)) {
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
        Expr *f = check_unparen(fun);
        check_builtin(c, e, f->u.ident.obj->u.builtin.id);
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
}

/* --- Selectors --------------------------------------------------------------- */

/* The method name of t: declared on t (or on T for t = *T; *ptr_recv
 * says if its receiver is a pointer), or of interface type t. */
static Object *lookup_method(Type *t, const char *name, bool *ptr_recv)
{
    Object *m = check_find_method(t, name, ptr_recv);
    if (!m && type_is_interface(t)) {
        Type *iu = type_underlying(t);
        for (int i = 0; i < iu->u.iface.methods.n; i++)
            if (iu->u.iface.methods.v[i]->name == name)
                m = iu->u.iface.methods.v[i];
    }
    return m;
}

/* T.m, a method expression: a function whose first parameter is the
 * receiver, of type T (spec "Method expressions"); T.m of a pointer
 * method needs T = *B. */
static void method_expr(Checker *c, Expr *e, Object *m, bool ptr)
{
    (void)c;
    Expr *x = e->u.selector.x, *sel = e->u.selector.sel;
    if (ptr && type_underlying(x->type)->kind != TYPE_POINTER) {
        error_at(sel->pos, "cannot call pointer method %s on %s", m->name, type_string(x->type));
        check_invalidate(e);
        return;
    }
    Object *recv = object_new(OBJ_VAR, "", x->pos, x->type);
    recv->u.var.is_param = true;
    sel->u.ident.obj = m;
    e->mode = MODE_VALUE;
    e->type = type_new_func_with_recv(recv, m->type);
}

/* x.f: a field (addressable if x is, or through a pointer), a method
 * (its signature without the receiver, MODE_VALUE), a method
 * expression T.f, or an error. A method value with a pointer receiver
 * on an addressable x takes x's address. sel->u.ident.obj is set to the
 * field or method. */
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
            check_invalidate(e); /* the import was reported as unsupported */
            return;
        }
    }
    check_expr(c, x);
    if (check_is_invalid(x)) {
        check_invalidate(e);
        return;
    }
    if (x->mode == MODE_TYPE) {
        bool ptr = false;
        Object *m = lookup_method(x->type, name, &ptr);
        if (m) {
            method_expr(c, e, m, ptr);
            return;
        }
        error_at(sel->pos, "%s undefined (type %s has no field or method %s)", check_expr_text(e),
                 type_string(x->type), name);
        check_invalidate(e);
        return;
    }
    if (x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        check_value(c, x);
        check_invalidate(e);
        return;
    }
    check_use_default(c, x);
    Object *f = check_find_field(x->type, name, 0);
    if (f) {
        sel->u.ident.obj = f;
        Type *u = type_underlying(x->type);
        e->mode = (u->kind == TYPE_POINTER || x->mode == MODE_VAR) ? MODE_VAR : MODE_VALUE;
        e->type = f->type;
        return;
    }
    bool ptr = false;
    Object *m = lookup_method(x->type, name, &ptr);
    if (m) {
        if (ptr && x->mode != MODE_VAR && type_underlying(x->type)->kind != TYPE_POINTER) {
            error_at(e->pos, "cannot call pointer method %s on %s", name, type_string(x->type));
            check_invalidate(e);
            return;
        }
        if (ptr && x->mode == MODE_VAR)
            check_mark_addr_taken(x);
        sel->u.ident.obj = m;
        e->mode = MODE_VALUE;
        /* the method's signature without its receiver */
        Type *sig = type_new(TYPE_FUNC);
        sig->u.func.params = m->type->u.func.params;
        sig->u.func.results = m->type->u.func.results;
        sig->u.func.variadic = m->type->u.func.variadic;
        e->type = sig;
        return;
    }
    error_at(sel->pos, "%s undefined (type %s has no field or method %s)", check_expr_text(e), type_string(x->type),
             name);
    check_invalidate(e);
}
