/*
 * unsafe.c — calls of package unsafe's functions (spec "Package unsafe"),
 * with gc's rules and messages. The package itself is built in
 * (universe.c's types_unsafe); `import "unsafe"` binds its name there.
 *
 *   Sizeof(x), Alignof(x)  constants of type uintptr: the size and
 *                          alignment of x's type (x is not evaluated)
 *   Offsetof(x.f)          a constant uintptr: f's offset in the struct x
 *                          denotes (or *x, for a pointer to a struct),
 *                          promoted fields included unless the path goes
 *                          through an embedded pointer
 *   Add(p, n)              p + n as an unsafe.Pointer; n any integer
 *   Slice(p, n)            the []T of n elements from p (*T); n must not
 *                          be a negative constant
 *
 * The constants come from hood's own layout (type_size, type_align,
 * type_field_offset), which is gc's on amd64. ssagen lowers Add and
 * Slice (compiler/ssagen/builtin.c).
 */
#include "check.h"

static const char *context(BuiltinId id) { return xprintf("argument to unsafe.%s", builtin_name(id)); }

static Type *uintptr_type(void) { return types_basic[TYPE_UINTPTR]; }

/* The length operand of Add or Slice (gc's isValidIndex): an integer,
 * untyped constants becoming ints; a constant one must fit an int, and be
 * non-negative unless allow_negative. */
static bool valid_length(Checker *c, Expr *y, bool allow_negative)
{
    if (type_is_untyped(y->type)) {
        check_convert_untyped(c, y, types_basic[TYPE_INT]);
        if (check_is_invalid(y))
            return false;
    }
    if (!type_is_integer(y->type)) {
        error_at(y->pos, "invalid argument: length %s must be integer", check_operand_string(y));
        return false;
    }
    if (y->mode != MODE_CONST || !y->val)
        return true;
    if (!allow_negative && const_sign(y->val) < 0) {
        error_at(y->pos, "invalid argument: length %s must not be negative", check_operand_string(y));
        return false;
    }
    if (!const_fits(y->val, 64, true)) {
        error_at(y->pos, "invalid argument: length %s overflows int", check_operand_string(y));
        return false;
    }
    return true;
}

static void set_const(Expr *e, int64_t v)
{
    e->mode = MODE_CONST;
    e->type = uintptr_type();
    e->val = const_int64(v);
}

/* unsafe.Offsetof(x.f): its argument is not evaluated as an expression,
 * only x is; f is looked up in x's struct type (through one pointer). */
static void offsetof_call(Checker *c, Expr *e, Expr *arg)
{
    Expr *sel = check_unparen(arg);
    if (sel->kind != EXPR_SELECTOR) {
        error_at(arg->pos, "invalid argument: %s is not a selector expression", check_expr_text(arg));
        check_expr(c, arg);
        check_invalidate(e);
        return;
    }
    Expr *x = sel->u.selector.x;
    check_value(c, x);
    if (check_is_invalid(x)) {
        check_invalidate(e);
        return;
    }
    Type *base = x->type, *u = type_underlying(base);
    if (u->kind == TYPE_POINTER && type_underlying(u->u.pointer.elem)->kind == TYPE_STRUCT)
        base = u->u.pointer.elem;
    const char *name = sel->u.selector.sel->u.ident.name;
    Lookup r = check_lookup_member(base, false, name, c->pkg->path, false);
    if ((r.status == LOOKUP_FOUND || r.status == LOOKUP_PTR_RECV) && r.obj->kind == OBJ_FUNC) {
        error_at(arg->pos, "invalid argument: %s is a method value", check_expr_text(arg));
        check_invalidate(e);
        return;
    }
    if (r.status != LOOKUP_FOUND) {
        error_at(x->pos, "invalid argument: %s has no single field %s", type_string(base), name);
        check_invalidate(e);
        return;
    }
    if (r.indirect) {
        error_at(x->pos, "invalid argument: field %s is embedded via a pointer in %s", name, type_string(base));
        check_invalidate(e);
        return;
    }
    /* the offsets along the path of embedded fields, then f's own */
    int64_t off = 0;
    Type *t = base;
    for (int i = 0; i <= r.depth; i++) {
        off += type_field_offset(t, r.path[i]);
        t = type_underlying(t)->u.strct.fields.v[r.path[i]]->type;
    }
    sel->u.selector.sel->u.ident.obj = r.obj;
    sel->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
    sel->type = r.obj->type;
    set_const(e, off);
}

void check_unsafe_builtin(Checker *c, Expr *e, BuiltinId id)
{
    ExprList *args = &e->u.call.args;
    int nargs = types_builtins[id].minargs; /* each takes exactly this many */
    if (id == BUILTIN_OFFSETOF) {
        if (args->n != nargs)
            builtin_count_error(e, args->n, nargs, nargs);
        else
            offsetof_call(c, e, args->v[0]);
        return;
    }
    args = check_builtin_operands(c, e); /* Add(f()): f's two results */
    if (!args)
        return;
    if (args->n != nargs) {
        builtin_count_error(e, args->n, nargs, nargs);
        return;
    }
    Expr *x = args->v[0];
    if ((id == BUILTIN_ADD || id == BUILTIN_SLICE) && !check_allow_version(c, 1, 17)) {
        check_version_error(c, e->u.call.fun->pos, "go1.17", xprintf("unsafe.%s", builtin_name(id)));
        check_invalidate(e);
        return;
    }
    switch (id) {
    case BUILTIN_SIZEOF: case BUILTIN_ALIGNOF:
        if (!check_assignment(c, x, NULL, context(id)) || check_is_invalid(x)) {
            check_invalidate(e);
            return;
        }
        set_const(e, id == BUILTIN_SIZEOF ? type_size(x->type) : type_align(x->type));
        return;
    case BUILTIN_ADD:
        if (!check_assignment(c, x, types_basic[TYPE_UNSAFE_POINTER], context(id)) || !valid_length(c, args->v[1], true)) {
            check_invalidate(e);
            return;
        }
        e->mode = MODE_VALUE;
        e->type = types_basic[TYPE_UNSAFE_POINTER];
        return;
    case BUILTIN_SLICE: {
        Type *u = type_underlying(x->type);
        if (u->kind != TYPE_POINTER) {
            error_at(x->pos, "invalid argument: %s is not a pointer", check_operand_string(x));
            check_invalidate(e);
            return;
        }
        if (!valid_length(c, args->v[1], false)) {
            check_invalidate(e);
            return;
        }
        e->mode = MODE_VALUE;
        e->type = type_new_slice(u->u.pointer.elem);
        return;
    }
    default:
        ice(e->pos, "check_unsafe_builtin: %s", builtin_name(id));
    }
}
