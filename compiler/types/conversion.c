/*
 * conversion.c — assignability (spec "Assignability"), the check every
 * assignment context performs (check_assignment: assignments, arguments,
 * returns, composite literal elements...), and conversions T(x)
 * (spec "Conversions"), constant ones folded exactly.
 *
 * check_assignment is where an untyped value gets its final type in an
 * assignment context; see check.h, "Untyped expressions".
 */
#include <string.h>

#include "check.h"

/* --- Assignability ----------------------------------------------------------- */

/* Spec "Assignability" of a value of type v to t (v typed). */
bool check_assignable_type(Type *v, Type *t, const char **why)
{
    if (type_identical(v, t) || check_type_broken(v) || check_type_broken(t))
        return true;
    Type *vu = type_underlying(v), *tu = type_underlying(t);
    /* identical underlying types, at least one not named */
    if (type_identical(vu, tu) && (v->kind != TYPE_NAMED || t->kind != TYPE_NAMED) &&
        vu->kind > TYPE_UNTYPED_NIL)
        return true;
    if (tu->kind == TYPE_INTERFACE) {
        const char *m = check_missing_method(v, t);
        if (!m)
            return true;
        if (why)
            *why = xprintf("%s does not implement %s %s", type_string(v), type_string(t), m);
        return false;
    }
    if (tu->kind == TYPE_POINTER && type_is_interface(tu->u.pointer.elem)) {
        if (why)
            *why = xprintf("%s does not implement %s (type %s is pointer to interface, not interface)",
                           type_string(v), type_string(t), type_string(t));
        return false;
    }
    /* an interface value where one of its implementations is wanted */
    if (vu->kind == TYPE_INTERFACE && !check_missing_method(t, v)) {
        if (why)
            *why = "need type assertion";
        return false;
    }
    /* bidirectional channel to a channel type with identical elements */
    if (vu->kind == TYPE_CHAN && vu->u.chan.dir == CHAN_BOTH && tu->kind == TYPE_CHAN &&
        type_identical(vu->u.chan.elem, tu->u.chan.elem) && (v->kind != TYPE_NAMED || t->kind != TYPE_NAMED))
        return true;
    return false;
}

/* Whether e (any type) may be assigned to a variable of type t. */
bool check_assignable(Checker *c, Expr *e, Type *t)
{
    (void)c;
    if (type_is_untyped(e->type)) {
        if (check_is_nil(e))
            return type_has_nil(t);
        Type *tu = type_underlying(t);
        if (tu->kind == TYPE_INTERFACE)
            return tu->u.iface.methods.n == 0;
        if (!type_is_basic(tu))
            return false;
        if (e->mode == MODE_CONST && e->val) {
            Const *out;
            return check_representable(e->val, tu, e->type, &out) == REPR_OK;
        }
        return type_is_boolean(e->type) ? type_is_boolean(tu) : type_is_numeric(tu);
    }
    return check_assignable_type(e->type, t, NULL);
}

/*
 * Checks that value e can be assigned to type t (t NULL: e's default
 * type) in the named context ("assignment", "argument to f", "return
 * statement"...), and gives an untyped e its final type. types2's
 * assignment().
 */
bool check_assignment(Checker *c, Expr *e, Type *t, const char *context)
{
    if (check_is_invalid(e))
        return false;
    if (e->mode == MODE_TYPE || e->mode == MODE_BUILTIN || e->mode == MODE_NOVALUE) {
        error_at(e->pos, e->mode == MODE_NOVALUE ? "%s (no value) used as value"
                         : e->mode == MODE_TYPE ? "%s (type) is not an expression" : "%s (built-in) must be called",
                 check_expr_text(e));
        check_invalidate(e);
        return false;
    }
    if (t && check_type_broken(t)) {
        /* t came from something unsupported: any value might fit */
        check_use_default(c, e);
        return true;
    }
    if (type_is_untyped(e->type)) {
        Type *target = t;
        if (!t || type_is_interface(t)) {
            if (check_is_nil(e)) {
                if (!t) {
                    error_at(e->pos, "use of untyped nil in %s", context);
                    check_invalidate(e);
                    return false;
                }
            } else {
                target = type_default(e->type);
            }
        }
        if (target && !type_is_interface(target)) {
            Type *tu = type_underlying(target);
            if (e->mode == MODE_CONST && e->val && type_is_basic(tu)) {
                Const *out;
                int code = check_representable(e->val, tu, e->type, &out);
                if (code != REPR_OK) {
                    error_at(e->pos, "cannot use %s as %s value in %s%s", check_operand_string(e),
                             type_string(target), context,
                             code == REPR_TRUNCATED ? " (truncated)" : code == REPR_OVERFLOWS ? " (overflows)" : "");
                    check_invalidate(e);
                    return false;
                }
            } else if (!check_assignable(c, e, target)) {
                error_at(e->pos, "cannot use %s as %s value in %s", check_operand_string(e), type_string(target),
                         context);
                check_invalidate(e);
                return false;
            }
            check_convert_untyped(c, e, target);
        } else if (check_is_nil(e)) {
            check_update_type(e, t);
        }
        if (!t)
            return !check_is_invalid(e);
    }
    if (!t)
        return true;
    const char *why = NULL;
    if (!check_assignable_type(e->type, t, &why)) {
        if (why)
            error_at(e->pos, "cannot use %s as type %s in %s:\n\t%s", check_operand_string(e), type_string(t), context,
                     why);
        else
            error_at(e->pos, "cannot use %s as type %s in %s", check_operand_string(e), type_string(t), context);
        check_invalidate(e);
        return false;
    }
    return true;
}

/* --- Conversions ------------------------------------------------------------- */

/* Whether u (an underlying type) is a slice of bytes or runes, the
 * slices that convert to and from strings. */
static bool is_bytes_or_runes(Type *u)
{
    if (u->kind != TYPE_SLICE)
        return false;
    TypeKind k = type_underlying(u->u.slice.elem)->kind;
    return k == TYPE_UINT8 || k == TYPE_INT32;
}

/* T(x), e a call of type t with one argument: a constant conversion
 * gives a constant (exact, or rounded to t's precision; string(rune)
 * its UTF-8), any other one a value. */
void check_conversion(Checker *c, Expr *e, Type *t)
{
    ExprList *args = &e->u.call.args;
    if (args->n == 1 && e->u.call.has_dots) {
        check_value(c, args->v[0]);
        if (!check_is_invalid(args->v[0]))
            error_at(args->v[0]->pos, "invalid use of ... in type conversion to %s", type_string(t));
        check_invalidate(e);
        return;
    }
    if (args->n != 1) {
        if (args->n == 0)
            error_at(e->u.call.rparen, "missing argument in conversion to %s", type_string(t));
        else
            error_at(args->v[args->n - 1]->pos, "too many arguments in conversion to %s", type_string(t));
        for (int i = 0; i < args->n; i++)
            check_expr(c, args->v[i]);
        check_invalidate(e);
        return;
    }
    Expr *x = args->v[0];
    check_value(c, x);
    if (check_is_invalid(x)) {
        check_invalidate(e);
        return;
    }
    Type *tu = type_underlying(t), *xu = type_underlying(x->type);
    e->type = t;
    /* constant conversions */
    if (x->mode == MODE_CONST && x->val && type_is_constant(t)) {
        Const *v = x->val;
        bool ok;
        if (type_is_integer(xu) && type_is_string(tu)) {
            v = const_rune_string(const_to_int(v)); /* string(rune) */
            ok = true;
            check_update_type(x, type_default(x->type));
        } else if (type_is_numeric(xu) && type_is_numeric(tu)) {
            Const *out;
            int code;
            if (type_is_integer(tu) && !type_is_integer(xu) && !type_is_untyped(x->type)) {
                /* typed float constant -> integer: exact value required */
                code = check_representable(v, tu, x->type, &out);
            } else {
                code = check_representable(v, tu, x->type, &out);
            }
            ok = code == REPR_OK;
            if (ok)
                v = out;
        } else {
            Const *out;
            ok = (type_is_string(xu) && type_is_string(tu)) || (type_is_boolean(xu) && type_is_boolean(tu));
            (void)out;
        }
        if (!ok) {
            error_at(x->pos, "cannot convert %s to type %s", check_operand_string(x), type_string(t));
            check_invalidate(e);
            return;
        }
        if (type_is_untyped(x->type))
            check_update_type(x, type_is_string(tu) && !type_is_string(xu) ? type_default(x->type) : t);
        e->mode = MODE_CONST;
        e->val = v;
        return;
    }
    /* non-constant conversions (spec "Conversions") */
    bool ok = false;
    const char *why = NULL; /* why x is not assignable to t, if that is the reason */
    if (type_is_untyped(x->type)) {
        if (check_is_nil(x))
            ok = type_has_nil(t);
        else
            ok = check_assignable(c, x, t) || (type_is_numeric(x->type) && type_is_numeric(tu)) ||
                 (type_is_integer(x->type) && type_is_string(tu)) ||
                 (type_is_string(x->type) && is_bytes_or_runes(tu));
        if (ok) {
            /* the type the untyped x finally gets: as types2's
             * conversion, a non-constant one (a shift 1 << s) takes t
             * unless t is an interface */
            if (check_is_nil(x) || type_is_interface(t))
                check_update_type(x, check_is_nil(x) ? t : type_default(x->type));
            else if (x->mode != MODE_CONST)
                check_update_type(x, t);
            else if (!type_is_basic(tu))
                check_update_type(x, type_default(x->type));
            else
                check_update_type(x, type_is_string(tu) && !type_is_string(x->type) ? type_default(x->type) : t);
        }
    } else if (check_assignable_type(x->type, t, &why)) {
        ok = true;
    } else if (type_identical_ignore_tags(xu, tu)) {
        ok = true;
    } else if (xu->kind == TYPE_POINTER && tu->kind == TYPE_POINTER && x->type->kind != TYPE_NAMED &&
               t->kind != TYPE_NAMED &&
               type_identical_ignore_tags(type_underlying(xu->u.pointer.elem), type_underlying(tu->u.pointer.elem))) {
        ok = true;
    } else if (xu->kind == TYPE_SLICE && tu->kind == TYPE_POINTER &&
               type_underlying(tu->u.pointer.elem)->kind == TYPE_ARRAY &&
               type_identical(xu->u.slice.elem, type_underlying(tu->u.pointer.elem)->u.array.elem)) {
        /* slice to array pointer (Go 1.17); panics at run time if too short */
        ok = check_allow_version(c, 1, 17);
        if (!ok)
            why = xprintf("conversion of slices to array pointers requires go1.17 or later "
                          "(-lang was set to %s; check go.mod)", c->cfg.lang);
    } else if (type_is_numeric(xu) && type_is_numeric(tu)) {
        ok = type_is_complex(xu) == type_is_complex(tu);
    } else if (type_is_string(tu) && (type_is_integer(xu))) {
        ok = true;
    } else if (type_is_string(tu) && is_bytes_or_runes(xu)) {
        ok = true;
    } else if (type_is_string(xu) && is_bytes_or_runes(tu)) {
        ok = true;
    } else if ((xu->kind == TYPE_UNSAFE_POINTER && (tu->kind == TYPE_POINTER || tu->kind == TYPE_UINTPTR)) ||
               (tu->kind == TYPE_UNSAFE_POINTER && (xu->kind == TYPE_POINTER || xu->kind == TYPE_UINTPTR))) {
        ok = true;
    }
    if (!ok) {
        if (why)
            error_at(x->pos, "cannot convert %s to type %s:\n\t%s", check_operand_string(x), type_string(t), why);
        else
            error_at(x->pos, "cannot convert %s to type %s", check_operand_string(x), type_string(t));
        check_invalidate(e);
        return;
    }
    e->mode = MODE_VALUE;
}
