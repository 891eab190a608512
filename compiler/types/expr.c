/*
 * expr.c — type-checking expressions: how an operand is described in
 * messages, representability of constants, implicit conversion of
 * untyped operands, identifiers and basic literals, unary and binary
 * operators with exact constant folding, and the dispatch over
 * expression kinds (check_expr). The other kinds live in their own
 * files: index.c, literal.c, call.c (calls and selectors), builtins.c,
 * conversion.c (conversions and assignability), typexpr.c (types).
 * Messages follow gc 1.19 (cmd/compile/internal/types2).
 *
 * Each check_* function sets e->mode, e->type and, for constants, e->val.
 * On error it reports once and sets MODE_INVALID (check_invalidate); an
 * invalid operand is never reported on again, so one mistake yields one
 * message.
 *
 * Invariant: e->val is non-NULL only for MODE_CONST, and then holds the
 * exact value; once the expression has its final type (see check.h,
 * "Untyped expressions") the value is also rounded or truncated to that
 * type's representation.
 */
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "check.h"

void check_invalidate(Expr *e)
{
    e->mode = MODE_INVALID;
    e->type = types_basic[TYPE_INVALID];
    e->val = NULL;
}

static bool tuple_broken(Type *tup, int depth);

/* Whether t is the invalid type or is built from it by type literals
 * (not through a named type, whose own declaration was reported):
 * *bufio.Writer, []T where T came from an import (imports are not
 * supported, so what they declare is invalid), or an interface that
 * embeds such a type. Nothing certain can be said of such a type's
 * values, so the checker says nothing of them. depth bounds the walk
 * over a deeply nested type literal. */
static bool broken(Type *t, int depth)
{
    if (!t)
        return true;
    if (depth > 32)
        return false;
    switch (t->kind) {
    case TYPE_INVALID:
        return true;
    case TYPE_NAMED:
        return type_underlying(t)->kind == TYPE_INVALID;
    case TYPE_POINTER: return broken(t->u.pointer.elem, depth + 1);
    case TYPE_SLICE: return broken(t->u.slice.elem, depth + 1);
    case TYPE_ARRAY: return broken(t->u.array.elem, depth + 1);
    case TYPE_CHAN: return broken(t->u.chan.elem, depth + 1);
    case TYPE_MAP: return broken(t->u.map.key, depth + 1) || broken(t->u.map.elem, depth + 1);
    case TYPE_FUNC:
        return tuple_broken(t->u.func.params, depth) || tuple_broken(t->u.func.results, depth);
    case TYPE_TUPLE:
        return tuple_broken(t, depth);
    case TYPE_STRUCT:
        for (int i = 0; i < t->u.strct.fields.n; i++)
            if (broken(t->u.strct.fields.v[i]->type, depth + 1))
                return true;
        return false;
    case TYPE_INTERFACE:
        for (int i = 0; i < t->u.iface.embeddeds.n; i++)
            if (broken(t->u.iface.embeddeds.v[i], depth + 1))
                return true;
        for (int i = 0; i < t->u.iface.methods.n; i++)
            if (broken(t->u.iface.methods.v[i]->type, depth + 1))
                return true;
        return false;
    default:
        return false;
    }
}

static bool tuple_broken(Type *tup, int depth)
{
    for (int i = 0; tup && i < tup->u.tuple.vars.n; i++)
        if (broken(tup->u.tuple.vars.v[i]->type, depth + 1))
            return true;
    return false;
}

bool check_type_broken(Type *t) { return broken(t, 0); }

/* Builtin names have no type (TYPE_INVALID) but are valid operands of a
 * call. An operand of a broken type (check_type_broken) counts as
 * invalid: whatever is done with it, an error would be a guess. */
bool check_is_invalid(Expr *e)
{
    if (e->mode == MODE_INVALID)
        return true;
    if (e->mode == MODE_BUILTIN)
        return false;
    if (!e->type || e->type->kind == TYPE_INVALID)
        return true;
    /* the results of a call are judged one by one where they are used */
    return e->type->kind != TYPE_TUPLE && check_type_broken(e->type);
}

Expr *check_unparen(Expr *e)
{
    while (e && e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e;
}

void check_unsupported(Pos pos, const char *what) { error_at(pos, "not supported yet: %s", what); }

/* --- Describing operands ----------------------------------------------------- */

/* The expression as gc prints it in messages (syntax's expr_string). */
const char *check_expr_text(Expr *e)
{
    Buf b = {0};
    buf_puts(&b, "");
    expr_string(&b, e);
    const char *s = xstrdup(b.s);
    free(b.s);
    return s;
}

static const char *const mode_names[] = {
    [MODE_INVALID] = "invalid operand", [MODE_NOVALUE] = "no value",
    [MODE_BUILTIN] = "built-in", [MODE_TYPE] = "type", [MODE_CONST] = "constant",
    [MODE_VAR] = "variable", [MODE_MAPINDEX] = "map index expression",
    [MODE_VALUE] = "value", [MODE_COMMAOK] = "comma, ok expression",
};

/* types2's operandString: "x (variable of type int)", "300 (untyped int
 * constant)", "1 << 70 (untyped int constant 1180591620717411303424)". */
const char *check_operand_string(Expr *e)
{
    Expr *u = check_unparen(e);
    if (u->kind == EXPR_IDENT && u->u.ident.obj && u->u.ident.obj->kind == OBJ_NIL &&
        type_is_untyped(e->type))
        return "nil";
    Buf b = {0};
    const char *text = check_expr_text(e);
    buf_printf(&b, "%s (", text);
    bool has_type = false;
    if (e->mode != MODE_INVALID && e->mode != MODE_NOVALUE && e->mode != MODE_BUILTIN &&
        e->mode != MODE_TYPE && e->type) {
        if (type_is_untyped(e->type))
            buf_printf(&b, "%s ", type_string(e->type));
        else
            has_type = true;
    }
    buf_puts(&b, mode_names[e->mode]);
    if (e->mode == MODE_CONST && e->val) {
        const char *v = const_string_of(e->val);
        if (strcmp(v, text) != 0)
            buf_printf(&b, " %s", v);
    }
    if (has_type)
        buf_printf(&b, " of type %s", type_string(e->type));
    buf_putc(&b, ')');
    const char *s = xstrdup(b.s);
    free(b.s);
    return s;
}

/* --- Constants: representability and overflow -------------------------------- */

/* Bits and signedness of an integer type. */
static int int_bits(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TYPE_INT8: case TYPE_UINT8: return 8;
    case TYPE_INT16: case TYPE_UINT16: return 16;
    case TYPE_INT32: case TYPE_UINT32: return 32;
    default: return 64;
    }
}

/* Whether constant v can be represented in basic type t; on success
 * *out is v in t's representation (integral, or rounded to float). */
int check_representable(Const *v, Type *t, Type *vtype, Const **out)
{
    Type *u = type_underlying(t);
    *out = v;
    if (v->kind == CONST_UNKNOWN)
        return REPR_OK;
    bool numeric_v = v->kind >= CONST_INT;
    int code = REPR_INVALID;
    if (type_is_integer(u)) {
        Const *i = numeric_v ? const_to_int(v) : NULL;
        if (i) {
            if (u->kind == TYPE_UNTYPED_INT || u->kind == TYPE_UNTYPED_RUNE ||
                const_fits(i, int_bits(u), !type_is_unsigned(u))) {
                *out = i;
                return REPR_OK;
            }
            code = REPR_OVERFLOWS;
        } else if (numeric_v) {
            code = REPR_TRUNCATED;
            if (v->kind == CONST_COMPLEX && !const_is_zero(const_imag(v)))
                code = REPR_TRUNCATED;
        }
    } else if (type_is_float(u) || type_is_complex(u)) {
        /* Untyped kinds keep the exact value; float32/complex64 round
         * each part to 32 bits, the others to 64. */
        bool cplx = type_is_complex(u);
        Const *f = !numeric_v ? NULL : cplx ? const_to_complex(v) : const_to_float(v);
        if (f) {
            if (u->kind == TYPE_UNTYPED_FLOAT || u->kind == TYPE_UNTYPED_COMPLEX) {
                *out = f;
                return REPR_OK;
            }
            bool narrow = u->kind == TYPE_FLOAT32 || u->kind == TYPE_COMPLEX64;
            Const *r = const_round_float(f, narrow ? 32 : 64);
            if (r) {
                *out = r;
                return REPR_OK;
            }
        }
        code = numeric_v ? REPR_OVERFLOWS : REPR_INVALID;
    } else if (type_is_string(u)) {
        if (v->kind == CONST_STRING)
            return REPR_OK;
    } else if (type_is_boolean(u)) {
        if (v->kind == CONST_BOOL)
            return REPR_OK;
    }
    if (code != REPR_INVALID && vtype && type_is_numeric(vtype) && type_is_numeric(u))
        return (!type_is_integer(vtype) && type_is_integer(u)) ? REPR_TRUNCATED : REPR_OVERFLOWS;
    return code == REPR_INVALID ? REPR_INVALID : code;
}

/* The name types2's opName gives a binary operator in "constant
 * multiplication overflow"; operators it does not name give "constant
 * overflow". */
static const char *overflow_op_name(TokenKind op)
{
    switch (op) {
    case TK_ADD: return "addition";
    case TK_SUB: return "subtraction";
    case TK_XOR: return "bitwise XOR";
    case TK_MUL: return "multiplication";
    case TK_SHL: return "shift";
    default: return "";
    }
}

/* Reports a constant that does not fit its typed type after an operation
 * ("b + 1 (constant 256 of type byte) overflows byte"), or an untyped
 * integer that grew past gc's 512 bits. */
static void check_overflow(Checker *c, Expr *e, Pos oppos, const char *opname)
{
    (void)c;
    if (!e->val || e->val->kind == CONST_UNKNOWN)
        return;
    if (!type_is_untyped(e->type)) {
        Const *out;
        int code = check_representable(e->val, e->type, e->type, &out);
        if (code == REPR_OK) {
            e->val = out;
            return;
        }
        error_at(e->pos, "%s %s %s", check_operand_string(e),
                 code == REPR_TRUNCATED ? "truncated to" : code == REPR_OVERFLOWS ? "overflows" : "cannot convert to",
                 type_string(type_underlying(e->type)));
        e->val = const_unknown();
        return;
    }
    if (e->val->kind == CONST_INT && const_bitlen(e->val) > 512) {
        error_at(oppos, "constant %s%soverflow", opname, *opname ? " " : "");
        e->val = const_unknown();
    }
}

/* --- Duplicate constants ------------------------------------------------------- */

/* Whether two constants of identical type are equal. */
static bool const_equal(Const *a, Const *b)
{
    if (a->kind == CONST_UNKNOWN || b->kind == CONST_UNKNOWN)
        return false;
    if (a->kind == CONST_STRING || b->kind == CONST_STRING)
        return a->kind == b->kind && a->slen == b->slen && memcmp(a->s, b->s, (size_t)a->slen) == 0;
    if (a->kind == CONST_BOOL || b->kind == CONST_BOOL)
        return a->kind == b->kind && a->b == b->b;
    if (a->kind == CONST_COMPLEX || b->kind == CONST_COMPLEX)
        return false; /* not ordered; duplicates of complex constants go unreported */
    return const_compare(a, b) == 0;
}

Expr *check_const_seen(ConstSet *set, Expr *e)
{
    uint64_t h = const_hash(e->val);
    int cursor = 0;
    for (int k; (k = hashindex_next(&set->byval, h, &cursor)) >= 0;)
        if (type_identical(set->seen.v[k]->type, e->type) && const_equal(set->seen.v[k]->val, e->val))
            return set->seen.v[k];
    hashindex_add(&set->byval, h, set->seen.n);
    vec_push(&set->seen, e);
    return NULL;
}

/* --- Implicit conversion of untyped operands --------------------------------- */

/* Whether e is the predeclared nil. check_convert_untyped gives nil the type
 * of the other operand ([]int in s == nil), as types2 does, so the type
 * alone misses it after the conversion: the identifier tells. */
bool check_is_nil(Expr *e)
{
    if (e->type && e->type->kind == TYPE_UNTYPED_NIL)
        return true;
    Expr *u = check_unparen(e);
    return u->kind == EXPR_IDENT && u->u.ident.obj && u->u.ident.obj->kind == OBJ_NIL;
}

bool check_is_commaok(Expr *e)
{
    return e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX;
}

static bool is_comparison(TokenKind op)
{
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static bool is_shift(TokenKind op) { return op == TK_SHL || op == TK_SHR; }

/* Gives an untyped expression and the untyped operands it was computed
 * from their final type t (go/types' updateExprType). */
void check_update_type(Expr *e, Type *t)
{
    if (!e || !e->type || !type_is_untyped(e->type))
        return;
    e->type = t;
    if (e->mode == MODE_CONST && e->val && !type_is_untyped(t) && type_is_constant(t)) {
        Const *out;
        if (check_representable(e->val, t, NULL, &out) == REPR_OK)
            e->val = out;
    }
    switch (e->kind) {
    case EXPR_PAREN:
        check_update_type(e->u.paren.x, t);
        break;
    case EXPR_UNARY:
        if (e->u.unary.op != TK_ARROW && e->u.unary.op != TK_AND)
            check_update_type(e->u.unary.x, t);
        break;
    case EXPR_BINARY: {
        if (is_comparison(e->u.binary.op))
            break; /* operands have their own types */
        Expr *x = e->u.binary.x, *ux = check_unparen(x);
        /* 1 << s, not constant, takes the type of its context, which
         * must be an integer type (gc's wording, at the operand; once,
         * for the innermost of nested shifts). As in types2, the
         * expression keeps its type after the error. */
        if (is_shift(e->u.binary.op) && e->mode != MODE_CONST && type_is_untyped(x->type) && !type_is_untyped(t) &&
            !type_is_interface(t) && !type_is_integer(t) &&
            !(ux->kind == EXPR_BINARY && is_shift(ux->u.binary.op) && ux->mode != MODE_CONST))
            error_at(x->pos, "invalid operation: %s (shift of type %s)", check_expr_text(e), type_string(t));
        check_update_type(x, t);
        if (!is_shift(e->u.binary.op))
            check_update_type(e->u.binary.y, t);
        break;
    }
    default:
        break;
    }
}

/* Converts untyped e for use where a value of type target is wanted,
 * reporting gc's "X overflows T" / "cannot convert X to type T". */
void check_convert_untyped(Checker *c, Expr *e, Type *target)
{
    (void)c;
    if (check_is_invalid(e) || !type_is_untyped(e->type) || !target || target->kind == TYPE_INVALID)
        return;
    if (type_is_untyped(target)) {
        if (type_is_numeric(e->type) && type_is_numeric(target)) {
            if (e->type->kind < target->kind) {
                e->type = target;
                check_update_type(e, target);
            }
        }
        return;
    }
    int code = REPR_OK;
    Type *tu = type_underlying(target);
    Type *newt = target;
    if (check_is_nil(e)) {
        if (!type_has_nil(target))
            code = REPR_INVALID;
    } else if (tu->kind == TYPE_INTERFACE) {
        if (tu->u.iface.methods.n > 0 || tu->u.iface.embeddeds.n > 0)
            code = REPR_INVALID;
        newt = type_default(e->type);
    } else if (type_is_basic(tu) && tu->kind != TYPE_UNSAFE_POINTER) {
        if (e->mode == MODE_CONST && e->val) {
            Const *out;
            code = check_representable(e->val, tu, e->type, &out);
            if (code == REPR_OK)
                e->val = out;
        } else {
            TypeKind k = e->type->kind;
            bool ok = k == TYPE_UNTYPED_BOOL ? type_is_boolean(tu)
                    : k == TYPE_UNTYPED_STRING ? type_is_string(tu)
                    : type_is_numeric(tu);
            code = ok ? REPR_OK : REPR_INVALID;
        }
    } else {
        code = REPR_INVALID;
    }
    if (code != REPR_OK) {
        const char *ts = type_string(tu->kind == TYPE_INTERFACE ? target : tu);
        if (code == REPR_TRUNCATED)
            error_at(e->pos, "%s truncated to %s", check_operand_string(e), ts);
        else if (code == REPR_OVERFLOWS)
            error_at(e->pos, "%s overflows %s", check_operand_string(e), ts);
        else
            error_at(e->pos, "cannot convert %s to %s", check_operand_string(e), ts);
        check_invalidate(e);
        return;
    }
    check_update_type(e, newt);
}

void check_use_default(Checker *c, Expr *e)
{
    if (!check_is_invalid(e) && type_is_untyped(e->type) && !check_is_nil(e))
        check_convert_untyped(c, e, type_default(e->type));
}

/* --- Identifiers and literals ------------------------------------------------ */

Object *check_lookup(Checker *c, const char *name)
{
    return scope_lookup(c->env.scope, name);
}

/* Records that the declaration being checked refers to obj (a package-
 * level variable or function): an edge of the initialisation graph. */
void check_record_dep(Checker *c, Object *obj)
{
    if (!c->env.decl_obj || !c->env.decl_obj->info || !obj->info)
        return;
    if (obj->kind != OBJ_VAR && obj->kind != OBJ_FUNC && obj->kind != OBJ_CONST)
        return;
    if (obj->pkg != c->pkg->path) /* imported: initialised before this package */
        return;
    ObjectList *d = &c->env.decl_obj->info->deps;
    for (int i = 0; i < d->n; i++)
        if (d->v[i] == obj)
            return;
    vec_push(d, obj);
}

/* Records local variable v as captured when it is declared outside the
 * function literal being checked: every literal between the use and
 * v's declaration lists v in its scope's captures, and the outermost
 * function lists it to decide how it is captured (check_func_body). */
static void captured(Checker *c, Object *v)
{
    if (!c->env.fn || v->u.var.is_global)
        return;
    bool cap = false, found = false;
    for (Scope *s = c->env.scope; s && !found; s = s->parent) {
        found = s == v->parent;
        if (!found && s->is_func) {
            bool known = false;
            for (int i = 0; i < s->captures.n && !known; i++)
                known = s->captures.v[i] == v;
            if (!known)
                vec_push(&s->captures, v);
            cap = true;
        }
    }
    if (!cap || !found)
        return;
    FuncCtx *top = c->env.fn;
    while (top->outer)
        top = top->outer;
    for (int i = 0; i < top->captured.n; i++)
        if (top->captured.v[i] == v)
            return;
    vec_push(&top->captured, v);
}

/* Notes that the variable lhs assigns (x, or x.f and x[i] of a struct
 * or array x, at any depth) is changed after its declaration: a closure
 * must then share it rather than copy it. A field or element reached
 * through a pointer, a slice or a map changes other memory. */
void check_mark_reassigned(Expr *lhs)
{
    Expr *u = check_unparen(lhs);
    for (;;) {
        Expr *x = u->kind == EXPR_SELECTOR ? u->u.selector.x : u->kind == EXPR_INDEX ? u->u.index.x : NULL;
        if (!x || !x->type)
            break;
        Type *xt = type_underlying(x->type);
        if (u->kind == EXPR_SELECTOR ? xt->kind != TYPE_STRUCT : xt->kind != TYPE_ARRAY)
            break;
        u = check_unparen(x);
    }
    if (u->kind == EXPR_IDENT && u->u.ident.obj && u->u.ident.obj->kind == OBJ_VAR)
        u->u.ident.obj->u.var.reassigned = true;
}

/* Whether name is exported by Go's own version of pkg, one of hood's
 * packages written in part (rt/go), that hood's version lacks: a use is
 * then "not supported yet", not undefined. */
bool check_hood_lacks(Package *pkg, const char *name)
{
    return type_is_exported_name(name) && pkg->partial && pkg->cfg && pkg->cfg->upstream_has &&
           pkg->cfg->upstream_has(pkg->cfg->ctx, pkg->path, name);
}

/* The scope of the file being checked: the one below the package's. */
static Scope *file_scope(Checker *c)
{
    Scope *s = c->env.scope;
    while (s && s->parent != c->pkg->scope)
        s = s->parent;
    return s;
}

/* obj, of another package, was found without a qualifier: through a dot
 * import of the current file, which is then used. */
static void dot_import_use(Checker *c, Object *obj)
{
    Scope *fs = file_scope(c);
    for (int i = 0; i < c->dot_imports.n; i++) {
        Object *o = c->dot_imports.v[i];
        if (o->parent == fs && o->u.pkgname.pkg && o->u.pkgname.pkg->scope == obj->parent)
            o->u.pkgname.used = true;
    }
}

/* Whether an undeclared name may belong to a package this file imports
 * with a dot that hood cannot import, or whose hood version lacks it:
 * then it is reported as "not supported yet" (or not at all: the import
 * was), never as undefined. */
static bool dot_import_lacks(Checker *c, Pos at, const char *name)
{
    Scope *fs = file_scope(c);
    for (int i = 0; i < c->dot_imports.n; i++) {
        Object *o = c->dot_imports.v[i];
        Package *pkg = o->u.pkgname.pkg;
        if (o->parent != fs)
            continue;
        if (!pkg) {
            if (c->env.fn)
                c->env.fn->skipped = true;
            c->skipped_body = true;
            return true;
        }
        if (check_hood_lacks(pkg, name)) {
            check_unsupported(at, xprintf("%s (hood's %s does not have it yet)", name, pkg->path));
            return true;
        }
    }
    return false;
}

/* An identifier used as an operand: resolves it (checking a
 * package-level declaration on first use), records the dependency for
 * initialisation order, and marks variables used (not on the left of
 * an assignment) and captured ones as living in memory. */
static void check_ident(Checker *c, Expr *e)
{
    const char *name = e->u.ident.name;
    if (name == intern_cstr("_")) {
        error_at(e->pos, "cannot use _ as value or type");
        check_invalidate(e);
        return;
    }
    Object *obj = check_lookup(c, name);
    if (!obj) {
        if (!dot_import_lacks(c, e->pos, name))
            error_at(e->pos, "undefined: %s", name);
        check_invalidate(e);
        return;
    }
    if (obj->pkg && obj->pkg != c->pkg->path)
        dot_import_use(c, obj);
    e->u.ident.obj = obj;
    check_use_object(c, e, obj);
}

/* The operand e (an identifier, or a qualified identifier pkg.Name)
 * that denotes obj: its mode, type and value. */
void check_use_object(Checker *c, Expr *e, Object *obj)
{
    const char *name = obj->name;
    if (obj->info && obj->info->color != 2)
        check_obj_decl(c, obj);
    switch (obj->kind) {
    case OBJ_CONST:
        check_record_dep(c, obj);
        e->mode = MODE_CONST;
        e->type = obj->type;
        e->val = obj->u.cnst.val;
        if (!obj->parent || obj->parent == types_universe) {
            if (name == intern_cstr("iota")) {
                if (!c->env.iota) {
                    error_at(e->pos, "cannot use iota outside constant declaration");
                    check_invalidate(e);
                    return;
                }
                e->val = c->env.iota;
            }
        }
        if (!e->type || e->type->kind == TYPE_INVALID || !e->val)
            check_invalidate(e);
        return;
    case OBJ_TYPENAME:
        if (!obj->type && !obj->info) {
            /* a local alias used in its own declaration (decl.c) */
            check_report_cycle("invalid recursive type", &obj, 1);
            obj->type = types_basic[TYPE_INVALID];
            check_invalidate(e);
            return;
        }
        if ((name == intern_cstr("comparable") || name == intern_cstr("any")) && obj->parent == types_universe &&
            !check_allow_version(c, 1, 18)) {
            check_version_error(c, e->pos, "go1.18", xprintf("predeclared %s", name));
            check_invalidate(e);
            return;
        }
        if (name == intern_cstr("comparable") && obj->parent == types_universe) {
            check_unsupported(e->pos, "comparable (type constraints)");
            check_invalidate(e);
            return;
        }
        e->mode = MODE_TYPE;
        e->type = obj->type;
        if (!e->type)
            check_invalidate(e);
        return;
    case OBJ_VAR:
        if (!c->env.in_lhs)
            obj->u.var.used = true;
        captured(c, obj);
        check_record_dep(c, obj);
        e->mode = MODE_VAR;
        e->type = obj->type;
        if (!e->type)
            check_invalidate(e);
        return;
    case OBJ_FUNC:
        check_record_dep(c, obj);
        e->mode = MODE_VALUE;
        e->type = obj->type;
        if (!e->type)
            check_invalidate(e);
        return;
    case OBJ_BUILTIN:
        e->mode = MODE_BUILTIN;
        e->type = types_basic[TYPE_INVALID];
        return;
    case OBJ_NIL:
        e->mode = MODE_VALUE;
        e->type = types_basic[TYPE_UNTYPED_NIL];
        return;
    case OBJ_PKGNAME:
        /* not a use of the import (gc also reports it unused) */
        error_at(e->pos, "use of package %s not in selector", name);
        check_invalidate(e);
        return;
    default:
        check_invalidate(e);
        return;
    }
}

/* A literal: an untyped constant of the literal's kind. */
static void check_basic_lit(Checker *c, Expr *e)
{
    if (e->u.basic_lit.bad) { /* the scanner said what is wrong */
        check_invalidate(e);
        return;
    }
    check_lang_literal(c, e);
    const char *err;
    Const *v = const_from_literal(e->u.basic_lit.tok, e->u.basic_lit.lit, e->u.basic_lit.len, &err);
    if (!v) {
        /* types2's wording: the literal, as written, follows */
        error_at(e->pos, "%s: %.*s", err ? err : "malformed constant", e->u.basic_lit.len, e->u.basic_lit.lit);
        check_invalidate(e);
        return;
    }
    TypeKind k;
    switch (e->u.basic_lit.tok) {
    case TK_INT: k = TYPE_UNTYPED_INT; break;
    case TK_FLOAT: k = TYPE_UNTYPED_FLOAT; break;
    case TK_IMAG: k = TYPE_UNTYPED_COMPLEX; break;
    case TK_CHAR: k = TYPE_UNTYPED_RUNE; break;
    default: k = TYPE_UNTYPED_STRING; break;
    }
    e->mode = MODE_CONST;
    e->type = types_basic[k];
    e->val = v;
}

/* --- Unary and binary operators ---------------------------------------------- */

/* Whether binary operator op (not a comparison or shift) applies to
 * operands of type t. */
static bool op_allowed(TokenKind op, Type *t)
{
    switch (op) {
    case TK_ADD:
        return type_is_numeric(t) || type_is_string(t);
    case TK_SUB: case TK_MUL: case TK_QUO:
        return type_is_numeric(t);
    case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT:
        return type_is_integer(t);
    case TK_LAND: case TK_LOR:
        return type_is_boolean(t);
    default:
        return false;
    }
}

/* Whether e is a qualified identifier pkg.Name (its x names a package,
 * and has no type). */
static bool is_qualified_ident(Expr *e)
{
    if (e->kind != EXPR_SELECTOR)
        return false;
    Expr *x = check_unparen(e->u.selector.x);
    return x->kind == EXPR_IDENT && x->u.ident.obj && x->u.ident.obj->kind == OBJ_PKGNAME;
}

/* Marks the variable at the root of an addressable expression as having
 * its address taken (&x, &x.f, &x[i] for arrays; pkg.V for another
 * package's variable V). */
void check_mark_addr_taken(Expr *e)
{
    for (;;) {
        e = check_unparen(e);
        if (is_qualified_ident(e))
            e = e->u.selector.sel;
        if (e->kind == EXPR_IDENT) {
            if (e->u.ident.obj && e->u.ident.obj->kind == OBJ_VAR)
                e->u.ident.obj->u.var.addr_taken = true;
            return;
        }
        if (e->kind == EXPR_SELECTOR && type_underlying(e->u.selector.x->type)->kind != TYPE_POINTER)
            e = e->u.selector.x;
        else if (e->kind == EXPR_INDEX && type_underlying(e->u.index.x->type)->kind == TYPE_ARRAY)
            e = e->u.index.x;
        else
            return;
    }
}

/* &x, <-ch, and +x -x !x ^x (folded for constants; ^x of an unsigned
 * constant is taken at the type's width). */
static void check_unary(Checker *c, Expr *e)
{
    TokenKind op = e->u.unary.op;
    Expr *x = e->u.unary.x;
    if (op == TK_AND) {
        Expr *ux = check_unparen(x);
        check_expr(c, x);
        if (check_is_invalid(x)) {
            check_invalidate(e);
            return;
        }
        if (x->mode != MODE_VAR && !(ux->kind == EXPR_COMPOSITE_LIT)) {
            error_at(ux->pos, "invalid operation: cannot take address of %s", check_operand_string(ux));
            check_invalidate(e);
            return;
        }
        check_mark_addr_taken(x);
        e->mode = MODE_VALUE;
        e->type = type_new_pointer(x->type);
        return;
    }
    check_value(c, x);
    if (check_is_invalid(x)) {
        check_invalidate(e);
        return;
    }
    if (op == TK_ARROW) {
        Type *u = type_underlying(x->type);
        if (u->kind != TYPE_CHAN) {
            error_at(x->pos, "invalid operation: cannot receive from non-channel %s", check_operand_string(x));
            check_invalidate(e);
            return;
        }
        if (u->u.chan.dir == CHAN_SEND) {
            error_at(x->pos, "invalid operation: cannot receive from send-only channel %s", check_operand_string(x));
            check_invalidate(e);
            return;
        }
        e->mode = MODE_COMMAOK;
        e->type = u->u.chan.elem;
        c->call_or_recv = true;
        return;
    }
    bool ok = op == TK_NOT ? type_is_boolean(x->type)
            : op == TK_XOR ? type_is_integer(x->type)
            : op == TK_TILDE ? false : type_is_numeric(x->type);
    if (op == TK_TILDE) {
        error_at(e->pos, "cannot use ~ outside of interface or type constraint");
        check_invalidate(e);
        return;
    }
    if (!ok) {
        error_at(e->pos, "invalid operation: operator %s not defined on %s", token_text[op], check_operand_string(x));
        check_invalidate(e);
        return;
    }
    e->type = x->type;
    if (x->mode == MODE_CONST) {
        int prec = 0;
        if (type_is_unsigned(x->type))
            prec = (int)type_size(x->type) * 8;
        e->mode = MODE_CONST;
        e->val = const_unary(op, x->val, prec);
        check_overflow(c, e, e->pos, op == TK_XOR ? "bitwise complement" : "");
        return;
    }
    e->mode = MODE_VALUE;
}

/* x << y and x >> y (spec "Operators", shifts): the count is any
 * integer or an untyped constant representable as uint; a constant
 * shift of an untyped x stays an untyped integer constant. */
static void check_shift(Checker *c, Expr *e, Expr *x, Expr *y)
{
    /* the shifted operand: an integer, or an untyped constant representable as one */
    if (x->mode == MODE_CONST && type_is_untyped(x->type)) {
        if (!x->val || (x->val->kind != CONST_UNKNOWN && !const_to_int(x->val))) {
            error_at(x->pos, "invalid operation: shifted operand %s must be integer", check_operand_string(x));
            check_invalidate(e);
            return;
        }
    } else if (!type_is_integer(x->type)) {
        error_at(x->pos, "invalid operation: shifted operand %s must be integer", check_operand_string(x));
        check_invalidate(e);
        return;
    }
    /* the count: an integer, or an untyped constant representable as uint */
    if (y->mode == MODE_CONST) {
        Const *yi = y->val ? const_to_int(y->val) : NULL;
        if (y->val && y->val->kind != CONST_UNKNOWN && (!yi || !type_is_numeric(y->type))) {
            error_at(y->pos, "invalid operation: shift count %s must be integer", check_operand_string(y));
            check_invalidate(e);
            return;
        }
        if (yi && const_sign(yi) < 0) {
            error_at(y->pos, "invalid operation: negative shift count %s", check_operand_string(y));
            check_invalidate(e);
            return;
        }
        /* A constant shift's count is reported as written, before the
         * conversion to uint: "invalid shift count 1100 (untyped int
         * constant)". gc allows counts up to 1023 - 1 + 52, so that the
         * smallest float64 can be written as a constant. */
        if (x->mode == MODE_CONST && yi && const_fits(yi, 64, false) && const_uint64_val(yi) > 1074) {
            error_at(y->pos, "invalid operation: invalid shift count %s", check_operand_string(y));
            check_invalidate(e);
            return;
        }
        if (type_is_untyped(y->type))
            check_convert_untyped(c, y, types_basic[TYPE_UINT]);
    } else if (type_is_untyped(y->type)) {
        check_convert_untyped(c, y, types_basic[TYPE_UINT]);
    } else if (!type_is_integer(y->type)) {
        error_at(y->pos, "invalid operation: shift count %s must be integer", check_operand_string(y));
        check_invalidate(e);
        return;
    } else if (!type_is_unsigned(y->type) && !check_allow_version(c, 1, 13)) {
        error_at(y->pos, "invalid operation: signed shift count %s requires go1.13 or later",
                 check_operand_string(y));
        check_invalidate(e);
        return;
    }
    if (check_is_invalid(y)) {
        check_invalidate(e);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        e->mode = MODE_CONST;
        e->type = type_is_untyped(x->type) && !type_is_integer(x->type) ? types_basic[TYPE_UNTYPED_INT] : x->type;
        if (!x->val || !y->val || x->val->kind == CONST_UNKNOWN || y->val->kind == CONST_UNKNOWN) {
            e->val = const_unknown();
            return;
        }
        /* typed counts beyond gc's bound (see above) */
        Const *yi = const_to_int(y->val);
        if (const_bitlen(yi) > 32 || const_uint64_val(yi) > 1074) {
            error_at(y->pos, "invalid operation: invalid shift count %s", check_operand_string(y));
            check_invalidate(e);
            return;
        }
        if (type_is_untyped(x->type) && !type_is_integer(x->type))
            x->type = types_basic[TYPE_UNTYPED_INT];
        e->val = const_shift(e->u.binary.op, x->val, (unsigned)const_uint64_val(yi));
        /* gc's wording for this one: "constant shift overflow" */
        if (type_is_untyped(e->type) && const_bitlen(e->val) > 512) {
            error_at(e->u.binary.oppos, "constant shift overflow");
            e->val = const_unknown();
            return;
        }
        check_overflow(c, e, e->u.binary.oppos, "shift");
        return;
    }
    /* Non-constant shift: an untyped constant x takes the type it would
     * have without the shift; that is fixed later by check_convert_untyped of
     * the whole expression (check_update_type), or here by its default. */
    e->mode = MODE_VALUE;
    e->type = x->type;
    if (y->mode == MODE_CONST && type_is_untyped(y->type))
        check_use_default(c, y);
}

/* Whether the operands of a binary operator are of compatible kinds,
 * so that an untyped one may take the other's type (types2's
 * mayConvert); if not, the mismatch is reported by the caller. */
static bool can_mix(Expr *x, Expr *y)
{
    if (type_is_interface(x->type) || type_is_interface(y->type))
        return true;
    if (type_is_boolean(x->type) != type_is_boolean(y->type))
        return false;
    if (type_is_string(x->type) != type_is_string(y->type))
        return false;
    if (check_is_nil(x) && !type_has_nil(y->type))
        return false;
    if (check_is_nil(y) && !type_has_nil(x->type))
        return false;
    return true;
}

static bool is_ordered(Type *t)
{
    return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}

static const char *kind_string(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TYPE_ARRAY: return "array";
    case TYPE_SLICE: return "slice";
    case TYPE_STRUCT: return "struct";
    case TYPE_POINTER: return "pointer";
    case TYPE_FUNC: return "func";
    case TYPE_INTERFACE: return "interface";
    case TYPE_MAP: return "map";
    case TYPE_CHAN: return "chan";
    default: return type_string(t);
    }
}

/* Why values of the incomparable type t cannot be compared, in gc's
 * words; NULL where gc falls back to "operator == not defined on". */
static const char *incomparable_cause(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC:
        return xprintf("%s can only be compared to nil", kind_string(t));
    case TYPE_STRUCT:
        /* gc names the first field at fault, not the struct */
        for (int i = 0; i < u->u.strct.fields.n; i++) {
            Type *ft = u->u.strct.fields.v[i]->type;
            if (!type_is_comparable(ft))
                return xprintf("struct containing %s cannot be compared", type_string(ft));
        }
        return NULL;
    case TYPE_ARRAY:
        return xprintf("%s cannot be compared", type_string(u));
    default:
        return NULL;
    }
}

/* x op y for a comparison operator, operands already converted to each
 * other's type where possible: the result is an untyped boolean
 * (constant if both operands are); untyped operands of a non-constant
 * comparison get their default types. */
/* Where a binary operation comes from, for its messages. */
typedef enum BinaryForm {
    FORM_EXPR,      /* x op y as written */
    FORM_OP_ASSIGN, /* x op= y */
    FORM_CASE,      /* a switch case x compared with the tag y */
} BinaryForm;

static void check_comparison(Checker *c, Expr *e, Expr *x, Expr *y, TokenKind op, BinaryForm form)
{
    Expr *err_op = x;
    const char *cause = NULL;
    bool ok = check_assignable(c, x, y->type) || check_assignable(c, y, x->type);
    if (!ok) {
        err_op = y;
        cause = xprintf("mismatched types %s and %s", type_string(x->type), type_string(y->type));
        goto error;
    }
    if (op == TK_EQL || op == TK_NEQ) {
        if (check_is_nil(x) || check_is_nil(y)) {
            Type *t = check_is_nil(x) ? y->type : x->type;
            if (!type_has_nil(t) || (check_is_nil(x) && check_is_nil(y))) {
                err_op = y;
                goto error;
            }
        } else if (!type_is_comparable(x->type)) {
            err_op = x;
            goto incomparable;
        } else if (!type_is_comparable(y->type)) {
            err_op = y;
            goto incomparable;
        }
    } else if (!is_ordered(x->type)) {
        err_op = x;
        goto error;
    } else if (!is_ordered(y->type)) {
        err_op = y;
        goto error;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val) {
        e->mode = MODE_CONST;
        e->val = const_binary(op, x->val, y->val, false);
    } else {
        e->mode = MODE_VALUE;
        check_use_default(c, x);
        check_use_default(c, y);
    }
    e->type = types_basic[TYPE_UNTYPED_BOOL];
    return;
incomparable:
    cause = incomparable_cause(err_op->type);
error:
    if (!cause)
        cause = xprintf("operator %s not defined on %s", token_text[op], kind_string(err_op->type));
    if (form == FORM_CASE) /* gc: always at the case */
        error_at(x->pos, "invalid case %s in switch on %s (%s)", check_expr_text(x), check_expr_text(y), cause);
    else
        error_at(err_op->pos, "invalid operation: %s %s %s (%s)", check_expr_text(x), token_text[op],
                 check_expr_text(y), cause);
    check_invalidate(e);
}

/* x op y; also used for x op= y and switch cases (form), where e is
 * synthetic and errors name lhs and rhs as "x += y". */
static void binary(Checker *c, Expr *e, Expr *x, Expr *y, TokenKind op, Pos oppos, BinaryForm form)
{
    bool op_assign = form == FORM_OP_ASSIGN;
    if (is_shift(op)) {
        check_shift(c, e, x, y);
        return;
    }
    if (can_mix(x, y)) {
        check_convert_untyped(c, x, y->type);
        if (check_is_invalid(x)) {
            check_invalidate(e);
            return;
        }
        check_convert_untyped(c, y, x->type);
        if (check_is_invalid(y)) {
            check_invalidate(e);
            return;
        }
    }
    if (is_comparison(op)) {
        check_comparison(c, e, x, y, op, form);
        return;
    }
    if (!type_identical(x->type, y->type)) {
        if (!op_assign)
            error_at(x->pos, "invalid operation: %s (mismatched types %s and %s)", check_expr_text(e),
                     type_string(x->type), type_string(y->type));
        else
            error_at(x->pos, "invalid operation: %s %s= %s (mismatched types %s and %s)", check_expr_text(x),
                     token_text[op], check_expr_text(y), type_string(x->type), type_string(y->type));
        check_invalidate(e);
        return;
    }
    if (!op_allowed(op, x->type)) {
        error_at(x->pos, "invalid operation: operator %s not defined on %s", token_text[op], check_operand_string(x));
        check_invalidate(e);
        return;
    }
    if ((op == TK_QUO || op == TK_REM) && y->mode == MODE_CONST && y->val &&
        (x->mode == MODE_CONST || type_is_integer(x->type)) && const_is_zero(y->val)) {
        error_at(y->pos, "invalid operation: division by zero");
        check_invalidate(e);
        return;
    }
    /* A complex quotient divides by re*re + im*im of the divisor: if
     * both squares underflow to zero (1e-600000000i), so does that. */
    if (op == TK_QUO && x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val &&
        type_is_complex(x->type)) {
        Const *re = const_real(y->val), *im = const_imag(y->val);
        if (const_is_zero(const_binary(TK_MUL, re, re, false)) && const_is_zero(const_binary(TK_MUL, im, im, false))) {
            error_at(y->pos, "invalid operation: division by zero");
            check_invalidate(e);
            return;
        }
    }
    e->type = x->type;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val) {
        e->mode = MODE_CONST;
        e->val = const_binary(op, x->val, y->val, type_is_integer(x->type));
        /* Known operands giving an unknown value: a float that overflowed
         * big.Float's exponent range (constant.c), in gc's words. */
        if (e->val->kind == CONST_UNKNOWN && x->val->kind != CONST_UNKNOWN && y->val->kind != CONST_UNKNOWN &&
            !is_comparison(op)) {
            error_at(oppos, "constant result is not representable");
            return;
        }
        check_overflow(c, e, oppos, overflow_op_name(op));
        return;
    }
    e->mode = MODE_VALUE;
}

/* A binary expression as written: both operands checked, then binary. */
static void check_binary(Checker *c, Expr *e)
{
    Expr *x = e->u.binary.x, *y = e->u.binary.y;
    check_value(c, x);
    check_value(c, y);
    if (check_is_invalid(x) || check_is_invalid(y)) {
        check_invalidate(e);
        return;
    }
    binary(c, e, x, y, e->u.binary.op, e->u.binary.oppos, FORM_EXPR);
}

void check_case_comparison(Checker *c, Expr *e)
{
    Expr *x = e->u.binary.x, *y = e->u.binary.y;
    if (check_is_invalid(x) || check_is_invalid(y)) {
        check_invalidate(e);
        return;
    }
    binary(c, e, x, y, e->u.binary.op, e->u.binary.oppos, FORM_CASE);
}

/* Checks lhs op= rhs as lhs = lhs op rhs: a synthetic binary expression. */
void check_op_assign(Checker *c, Expr *lhs, TokenKind op, Expr *rhs, Pos pos)
{
    check_value(c, lhs);
    check_value(c, rhs);
    if (check_is_invalid(lhs) || check_is_invalid(rhs))
        return;
    Expr *e = new_expr(EXPR_BINARY, lhs->pos);
    e->u.binary.op = op;
    e->u.binary.x = lhs;
    e->u.binary.y = rhs;
    e->u.binary.oppos = pos;
    binary(c, e, lhs, rhs, op, pos, FORM_OP_ASSIGN);
    if (check_is_invalid(e))
        return;
    check_use_default(c, rhs);
    if (e->mode == MODE_CONST)
        e->mode = MODE_VALUE;
}

/* --- Dispatch ---------------------------------------------------------------- */

/* Checks e, of any kind and mode; see check.h for the untyped results
 * it leaves behind. Type assertions and indirections (*p, or *T as a
 * type) are handled here, the other kinds in their own functions. */
void check_expr(Checker *c, Expr *e)
{
    switch (e->kind) {
    case EXPR_BAD:
        check_invalidate(e);
        return;
    case EXPR_IDENT:
        check_ident(c, e);
        return;
    case EXPR_BASIC_LIT:
        check_basic_lit(c, e);
        return;
    case EXPR_COMPOSITE_LIT:
        check_composite_lit(c, e);
        return;
    case EXPR_FUNC_LIT:
        check_func_lit(c, e);
        return;
    case EXPR_PAREN:
        check_expr(c, e->u.paren.x);
        e->mode = e->u.paren.x->mode;
        e->type = e->u.paren.x->type;
        e->val = e->u.paren.x->val;
        return;
    case EXPR_SELECTOR:
        check_selector(c, e);
        return;
    case EXPR_INDEX:
        check_index_expr(c, e);
        return;
    case EXPR_SLICE:
        check_slice_expr(c, e);
        return;
    case EXPR_TYPE_ASSERT: {
        Expr *x = e->u.type_assert.x;
        check_value(c, x);
        if (check_is_invalid(x)) {
            check_invalidate(e);
            return;
        }
        if (!e->u.type_assert.type) {
            error_at(e->pos, "invalid syntax tree: use of .(type) outside type switch");
            check_invalidate(e);
            return;
        }
        Type *t = check_type(c, e->u.type_assert.type);
        if (!type_is_interface(x->type)) {
            error_at(x->pos, "invalid operation: %s is not an interface", check_operand_string(x));
            check_invalidate(e);
            return;
        }
        if (!type_is_interface(t) && !check_type_broken(t)) {
            const char *m = check_missing_method(t, x->type);
            if (m)
                error_at(e->u.type_assert.type->pos, "impossible type assertion: %s\n\t%s does not implement %s %s",
                         check_expr_text(e), type_string(t), type_string(x->type), m);
        }
        e->mode = MODE_COMMAOK;
        e->type = t;
        return;
    }
    case EXPR_CALL:
        check_call(c, e);
        return;
    case EXPR_STAR: {
        Expr *x = e->u.star.x;
        check_expr(c, x);
        if (check_is_invalid(x)) {
            check_invalidate(e);
            return;
        }
        if (x->mode == MODE_TYPE) {
            e->mode = MODE_TYPE;
            e->type = type_new_pointer(x->type);
            return;
        }
        check_value(c, x);
        if (check_is_invalid(x)) {
            check_invalidate(e);
            return;
        }
        if (check_is_nil(x)) {
            error_at(e->pos, "invalid operation: cannot indirect nil");
            check_invalidate(e);
            return;
        }
        if (type_underlying(x->type)->kind != TYPE_POINTER) {
            error_at(e->pos, "invalid operation: cannot indirect %s", check_operand_string(x));
            check_invalidate(e);
            return;
        }
        e->mode = MODE_VAR;
        e->type = type_underlying(x->type)->u.pointer.elem;
        return;
    }
    case EXPR_UNARY:
        check_unary(c, e);
        return;
    case EXPR_BINARY:
        check_binary(c, e);
        return;
    case EXPR_KEY_VALUE:
        error_at(e->pos, "unexpected key:value expression");
        check_invalidate(e);
        return;
    case EXPR_ELLIPSIS:
        error_at(e->pos, "invalid use of ...");
        check_invalidate(e);
        return;
    default: /* type expressions */
        check_type(c, e);
        return;
    }
}

/* A single value: reports types, builtins, calls without results, and
 * calls with several results used where one value is wanted. */
void check_value(Checker *c, Expr *e)
{
    check_multi(c, e);
    if (!check_is_invalid(e) && check_tuple_of(e->type) && e->mode == MODE_VALUE) {
        error_at(e->pos, "multiple-value %s (value of type %s) in single-value context", check_expr_text(e),
                 type_string(e->type));
        check_invalidate(e);
    }
}

/* Like check_value, but a call with several results is allowed (its
 * type is then a TYPE_TUPLE). */
void check_multi(Checker *c, Expr *e)
{
    check_expr(c, e);
    if (check_is_invalid(e))
        return;
    switch (e->mode) {
    case MODE_TYPE:
        error_at(e->pos, "%s (type) is not an expression", check_expr_text(e));
        check_invalidate(e);
        return;
    case MODE_BUILTIN:
        error_at(e->pos, "%s (built-in) must be called", check_expr_text(e));
        check_invalidate(e);
        return;
    case MODE_NOVALUE:
        error_at(e->pos, "%s (no value) used as value", check_expr_text(e));
        check_invalidate(e);
        return;
    default:
        return;
    }
}
