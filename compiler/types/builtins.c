/*
 * builtins.c — calls of the builtin functions (builtins.def lists them
 * with their argument counts). The count is checked from the table
 * after the arguments are, as gc does, except for make and new, whose
 * first argument is a type; each builtin then applies its own rules.
 * The functions of package unsafe are checked in unsafe.c.
 */
#include "check.h"

static const char *builtin_context(BuiltinId id) { return xprintf("argument to %s", builtin_name(id)); }

/* The arguments of a builtin call whose only argument is a call with
 * several results (copy(f()), append(f())): one operand per result, each
 * described as the call, as gc does ("f() (value of type []int)"). The
 * call's own argument list is left alone for ssagen. */
static ExprList *check_spread_results(ExprList *args)
{
    Expr *a = args->v[0];
    Type *tup = check_is_invalid(a) || a->mode != MODE_VALUE ? NULL : check_tuple_of(a->type);
    if (!tup)
        return args;
    ExprList *list = NEW(ExprList);
    for (int i = 0; i < tup->u.tuple.vars.n; i++) {
        Expr *one = NEW(Expr);
        *one = *a;
        one->type = tup->u.tuple.vars.v[i]->type;
        vec_push(list, one);
    }
    return list;
}

static void builtin(Checker *c, Expr *e, BuiltinId id);

ExprList *check_builtin_operands(Checker *c, Expr *e)
{
    ExprList *args = &e->u.call.args;
    if (args->n == 1) {
        check_multi(c, args->v[0]); /* f(g()), g with several results */
        args = check_spread_results(args);
    } else {
        for (int i = 0; i < args->n; i++)
            check_value(c, args->v[i]);
    }
    for (int i = 0; i < args->n; i++)
        if (check_is_invalid(args->v[i])) {
            check_invalidate(e);
            return NULL;
        }
    return args;
}

/* The complex type of float type t's parts, or NULL (and real and imag
 * the other way round: float_of). */
static Type *complex_of(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TYPE_FLOAT32: return types_basic[TYPE_COMPLEX64];
    case TYPE_FLOAT64: return types_basic[TYPE_COMPLEX128];
    case TYPE_UNTYPED_FLOAT: return types_basic[TYPE_UNTYPED_COMPLEX];
    default: return NULL;
    }
}

static Type *float_of(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TYPE_COMPLEX64: return types_basic[TYPE_FLOAT32];
    case TYPE_COMPLEX128: return types_basic[TYPE_FLOAT64];
    case TYPE_UNTYPED_COMPLEX: return types_basic[TYPE_UNTYPED_FLOAT];
    default: return NULL;
    }
}

/* An untyped numeric constant with no imaginary part, taken as an
 * untyped float (for complex's arguments). */
static void untyped_as_float(Expr *x)
{
    if (type_is_numeric(x->type) && x->val && const_is_zero(const_imag(x->val)))
        x->type = types_basic[TYPE_UNTYPED_FLOAT];
}

/* complex(x, y): two floats of one type (untyped ones take the other's
 * type) give the complex type of that precision; constants give a
 * constant (spec "Manipulating complex numbers"). */
static void complex_call(Checker *c, Expr *e, Expr *x, Expr *y)
{
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    if (ux && !uy) {
        check_convert_untyped(c, x, y->type);
    } else if (uy && !ux) {
        check_convert_untyped(c, y, x->type);
    } else if (ux && uy) {
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            untyped_as_float(x);
            untyped_as_float(y);
        } else {
            check_convert_untyped(c, x, types_basic[TYPE_FLOAT64]);
            check_convert_untyped(c, y, types_basic[TYPE_FLOAT64]);
        }
    }
    if (check_is_invalid(x) || check_is_invalid(y)) {
        check_invalidate(e);
        return;
    }
    if (!type_identical(x->type, y->type)) {
        error_at(x->pos, "invalid operation: %s (mismatched types %s and %s)", check_expr_text(e),
                 type_string(x->type), type_string(y->type));
        check_invalidate(e);
        return;
    }
    Type *t = complex_of(x->type);
    if (!t) {
        error_at(x->pos, "invalid argument: arguments have type %s, expected floating-point", type_string(x->type));
        check_invalidate(e);
        return;
    }
    e->type = t;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val) {
        e->mode = MODE_CONST;
        e->val = const_make_complex(const_to_float(x->val), const_to_float(y->val));
    } else {
        e->mode = MODE_VALUE;
    }
}

/* real(x) and imag(x): the float part of a complex x (an untyped
 * numeric constant counts as complex); constant for a constant. */
static void real_imag_call(Checker *c, Expr *e, Expr *x, BuiltinId id)
{
    if (type_is_untyped(x->type)) {
        if (x->mode == MODE_CONST) {
            if (type_is_numeric(x->type))
                x->type = types_basic[TYPE_UNTYPED_COMPLEX];
        } else {
            check_convert_untyped(c, x, types_basic[TYPE_COMPLEX128]);
            if (check_is_invalid(x)) {
                check_invalidate(e);
                return;
            }
        }
    }
    Type *t = float_of(x->type);
    if (!t) {
        error_at(x->pos, "invalid argument: argument has type %s, expected complex type", type_string(x->type));
        check_invalidate(e);
        return;
    }
    e->type = t;
    if (x->mode == MODE_CONST && x->val) {
        e->mode = MODE_CONST;
        e->val = id == BUILTIN_REAL ? const_real(x->val) : const_imag(x->val);
    } else {
        e->mode = MODE_VALUE;
    }
}

/* Checks call e of builtin id (builtin, below), keeping track of calls
 * and receives for len and cap (Checker.call_or_recv): a builtin call
 * with a non-constant result counts as a call itself. */
void check_builtin(Checker *c, Expr *e, BuiltinId id)
{
    bool len_or_cap = id == BUILTIN_LEN || id == BUILTIN_CAP;
    bool outer = c->call_or_recv;
    if (len_or_cap)
        c->call_or_recv = false;
    builtin(c, e, id);
    if (len_or_cap)
        c->call_or_recv = outer;
    if (e->mode != MODE_INVALID && e->mode != MODE_CONST)
        c->call_or_recv = true;
}

/* Checks call e of builtin id. On success e is MODE_NOVALUE (with an
 * empty tuple type) for the builtins without a result, else a value or,
 * for len of a constant string and len or cap of an array (with no
 * call or receive in it), a constant. */
static void builtin(Checker *c, Expr *e, BuiltinId id)
{
    ExprList *args = &e->u.call.args;
    const char *name = builtin_name(id);
    /* the argument counts of builtins.def, checked below (at count:) */
    int nmin = types_builtins[id].minargs, nmax = types_builtins[id].maxargs;
    if (e->u.call.has_dots && id != BUILTIN_APPEND) {
        error_at(e->pos, "invalid operation: invalid use of ... with built-in %s", name);
        for (int i = 0; i < args->n; i++) /* used, as gc counts them */
            check_expr(c, args->v[i]);
        check_invalidate(e);
        return;
    }
    if (types_builtins[id].is_unsafe) {
        check_unsafe_builtin(c, e, id);
        return;
    }
    if (id == BUILTIN_MAKE || id == BUILTIN_NEW) {
        if (args->n >= 1) {
            Type *t = check_type(c, args->v[0]);
            if (id == BUILTIN_NEW) {
                if (args->n != 1)
                    goto count;
                e->mode = MODE_VALUE;
                e->type = type_new_pointer(t);
                return;
            }
            Type *u = type_underlying(t);
            if (u->kind != TYPE_SLICE && u->kind != TYPE_MAP && u->kind != TYPE_CHAN) {
                if (t->kind != TYPE_INVALID)
                    error_at(args->v[0]->pos, "invalid argument: cannot make %s; type must be slice, map, or channel",
                             check_expr_text(args->v[0]));
                check_invalidate(e);
                return;
            }
            if (u->kind == TYPE_SLICE && args->n == 1) {
                error_at(e->pos, "invalid operation: %s expects 2 or 3 arguments; found 1", check_expr_text(e));
                check_invalidate(e);
                return;
            }
            if (args->n > 3 || (u->kind != TYPE_SLICE && args->n > 2)) {
                error_at(e->pos, "invalid operation: %s expects %d or %d arguments; found %d", check_expr_text(e),
                         u->kind == TYPE_SLICE ? 2 : 1, u->kind == TYPE_SLICE ? 3 : 2, args->n);
                check_invalidate(e);
                return;
            }
            int64_t sizes[3] = {-1, -1, -1};
            for (int i = 1; i < args->n; i++)
                sizes[i] = check_index(c, args->v[i], -1, "index");
            if (sizes[1] >= 0 && sizes[2] >= 0 && sizes[1] > sizes[2])
                error_at(args->v[1]->pos, "invalid argument: length and capacity swapped");
            e->mode = MODE_VALUE;
            e->type = t;
            return;
        }
        goto count;
    }
    args = check_builtin_operands(c, e);
    if (!args)
        return;
    if (args->n < nmin || args->n > nmax)
        goto count;
    switch (id) {
    case BUILTIN_PRINT: case BUILTIN_PRINTLN:
        for (int i = 0; i < args->n; i++)
            check_assignment(c, args->v[i], NULL, builtin_context(id));
        e->mode = MODE_NOVALUE;
        e->type = type_new_tuple((ObjectList){0});
        return;
    case BUILTIN_PANIC:
        check_assignment(c, args->v[0], types_universe ? scope_lookup(types_universe, intern_cstr("any"))->type : NULL,
                         "argument to panic");
        e->mode = MODE_NOVALUE;
        e->type = type_new_tuple((ObjectList){0});
        return;
    case BUILTIN_RECOVER:
        e->mode = MODE_VALUE;
        e->type = scope_lookup(types_universe, intern_cstr("any"))->type;
        return;
    case BUILTIN_LEN: case BUILTIN_CAP: {
        Expr *x = args->v[0];
        Type *u = type_underlying(x->type);
        if (u->kind == TYPE_POINTER && type_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY)
            u = type_underlying(u->u.pointer.elem);
        e->type = types_basic[TYPE_INT];
        e->mode = MODE_VALUE;
        if (type_is_string(u) && id == BUILTIN_LEN) {
            if (x->mode == MODE_CONST && x->val) {
                e->mode = MODE_CONST;
                e->val = const_int64(x->val->slen);
            }
            check_use_default(c, x);
            return;
        }
        if (u->kind == TYPE_ARRAY) {
            /* constant unless x contains (non-constant) function calls
             * or receives, spec "Length and capacity" */
            if (!c->call_or_recv) {
                e->mode = MODE_CONST;
                e->val = const_int64(u->u.array.len);
            }
            return;
        }
        if (u->kind == TYPE_SLICE || u->kind == TYPE_CHAN || (u->kind == TYPE_MAP && id == BUILTIN_LEN))
            return;
        error_at(x->pos, "invalid argument: %s for %s", check_operand_string(x), name);
        check_invalidate(e);
        return;
    }
    case BUILTIN_APPEND: {
        Expr *s = args->v[0];
        Type *u = type_underlying(s->type);
        if (u->kind != TYPE_SLICE) {
            error_at(s->pos, "first argument to append must be a slice; have %s",
                     check_is_nil(s) ? "untyped nil" : check_operand_string(s));
            check_invalidate(e);
            return;
        }
        if (e->u.call.has_dots) {
            if (args->n != 2) {
                /* append(s S, x ...E) called with ...: a call's count error */
                bool few = args->n < 2;
                error_at(few ? args->v[args->n - 1]->pos : args->v[2]->pos,
                         "%s arguments in call to append\n\thave %s\n\twant (%s, ...%s)",
                         few ? "not enough" : "too many", check_types_summary(args), type_string(s->type),
                         type_string(u->u.slice.elem));
                check_invalidate(e);
                return;
            }
            /* the parameter is ...E: y must be assignable to []E, which
             * a slice of another named type with elements E is */
            Expr *y = args->v[1];
            if (!(type_is_string(y->type) && type_underlying(u->u.slice.elem)->kind == TYPE_UINT8))
                check_assignment(c, y, type_new_slice(u->u.slice.elem), "argument to append");
            else
                check_use_default(c, y);
        } else {
            for (int i = 1; i < args->n; i++)
                check_assignment(c, args->v[i], u->u.slice.elem, "argument to append");
        }
        e->mode = MODE_VALUE;
        e->type = s->type;
        return;
    }
    case BUILTIN_COPY: {
        Expr *d = args->v[0], *s = args->v[1];
        Type *du = type_underlying(d->type), *su = type_underlying(s->type);
        /* a string source counts as a []byte */
        Type *selem = su->kind == TYPE_SLICE ? su->u.slice.elem : type_is_string(su) ? type_byte : NULL;
        if (du->kind != TYPE_SLICE || !selem) {
            error_at(d->pos, "invalid argument: copy expects slice arguments; found %s and %s", check_operand_string(d),
                     check_operand_string(s));
            check_invalidate(e);
            return;
        }
        if (!type_identical(du->u.slice.elem, selem)) {
            error_at(d->pos, "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                     check_operand_string(d), check_operand_string(s), type_string(du->u.slice.elem),
                     type_string(selem));
            check_invalidate(e);
            return;
        }
        check_use_default(c, s);
        e->mode = MODE_VALUE;
        e->type = types_basic[TYPE_INT];
        return;
    }
    case BUILTIN_DELETE: {
        Expr *m = args->v[0];
        Type *u = type_underlying(m->type);
        if (u->kind != TYPE_MAP) {
            error_at(m->pos, "invalid argument: %s is not a map", check_operand_string(m));
            check_invalidate(e);
            return;
        }
        check_assignment(c, args->v[1], u->u.map.key, "argument to delete");
        e->mode = MODE_NOVALUE;
        e->type = type_new_tuple((ObjectList){0});
        return;
    }
    case BUILTIN_CLOSE: {
        Expr *ch = args->v[0];
        Type *u = type_underlying(ch->type);
        if (u->kind != TYPE_CHAN || u->u.chan.dir == CHAN_RECV) {
            error_at(ch->pos, "invalid operation: cannot close %s%s",
                     u->kind != TYPE_CHAN ? "non-channel " : "receive-only channel ", check_operand_string(ch));
            check_invalidate(e);
            return;
        }
        e->mode = MODE_NOVALUE;
        e->type = type_new_tuple((ObjectList){0});
        return;
    }
    case BUILTIN_COMPLEX:
        complex_call(c, e, args->v[0], args->v[1]);
        return;
    case BUILTIN_REAL: case BUILTIN_IMAG:
        real_imag_call(c, e, args->v[0], id);
        return;
    default:
        check_unsupported(e->pos, xprintf("builtin %s", name));
        check_invalidate(e);
        return;
    }
count:
    builtin_count_error(e, args->n, nmin, nmax);
}

/* Reports a call e of a builtin taking nmin to nmax arguments with n. */
void builtin_count_error(Expr *e, int n, int nmin, int nmax)
{
    error_at(e->pos, "invalid operation: %s arguments for %s (expected %d, found %d)",
             n < nmin ? "not enough" : "too many", check_expr_text(e), n < nmin ? nmin : nmax, n);
    check_invalidate(e);
}
