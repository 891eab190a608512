/*
 * check_expr.c — type-checking expressions: operands and their modes,
 * untyped constants (implicit conversion, representability), operators
 * with exact constant folding, calls, conversions and builtins, index,
 * slice and selector expressions, composite literals and type
 * expressions. Messages follow gc 1.19 (cmd/compile/internal/types2).
 *
 * Each check_* function sets e->mode, e->type and, for constants, e->val.
 * On error it reports once and sets MODE_INVALID; an invalid operand is
 * never reported on again, so one mistake yields one message.
 */
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "check.h"

static Type *t_basic(TypeKind k) { return types_basic[k]; }

static void invalid(Expr *e)
{
    e->mode = MODE_INVALID;
    e->type = t_basic(TYPE_INVALID);
    e->val = NULL;
}

/* Builtin names have no type (TYPE_INVALID) but are valid operands of a call. */
static bool is_invalid(Expr *e)
{
    return e->mode == MODE_INVALID || (e->mode != MODE_BUILTIN && (!e->type || e->type->kind == TYPE_INVALID));
}

static Expr *unparen(Expr *e)
{
    while (e && e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e;
}

static void unsupported(Pos pos, const char *what) { error_at(pos, "not supported yet: %s", what); }

/* --- Describing operands ----------------------------------------------------- */

const char *expr_text(Expr *e)
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
const char *operand_string(Expr *e)
{
    Expr *u = unparen(e);
    if (u->kind == EXPR_IDENT && u->u.ident.obj && u->u.ident.obj->kind == OBJ_NIL &&
        type_is_untyped(e->type))
        return "nil";
    Buf b = {0};
    const char *text = expr_text(e);
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

/* --- Type predicates ------------------------------------------------------- */

bool type_has_nil(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TYPE_POINTER: case TYPE_SLICE: case TYPE_MAP: case TYPE_CHAN:
    case TYPE_FUNC: case TYPE_INTERFACE: case TYPE_UNSAFE_POINTER: case TYPE_UNTYPED_NIL:
        return true;
    default:
        return false;
    }
}

bool is_comparable(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC:
        return false;
    case TYPE_ARRAY:
        return is_comparable(u->u.array.elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->u.strct.fields.n; i++)
            if (!is_comparable(u->u.strct.fields.v[i]->type))
                return false;
        return true;
    default:
        return true;
    }
}

static bool is_ordered(Type *t)
{
    return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}

static bool is_interface(Type *t) { return t && type_underlying(t)->kind == TYPE_INTERFACE; }

static bool is_const_type(Type *t) { return type_is_basic(t) && type_underlying(t)->kind != TYPE_UNSAFE_POINTER; }

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

/* --- Method sets and interface satisfaction -------------------------------- */

static Object *find_method(Type *t, const char *name, bool *ptr_recv);

/* The method of t (for interface satisfaction); NULL and *why set when
 * t lacks it. Only methods declared on a named type or its pointer. */
static const char *missing_method(Type *t, Type *iface)
{
    Type *iu = type_underlying(iface);
    for (int i = 0; i < iu->u.iface.methods.n; i++) {
        Object *m = iu->u.iface.methods.v[i];
        bool ptr = false;
        Object *have = NULL;
        if (is_interface(t)) {
            Type *tu = type_underlying(t);
            for (int j = 0; j < tu->u.iface.methods.n; j++)
                if (tu->u.iface.methods.v[j]->name == m->name)
                    have = tu->u.iface.methods.v[j];
        } else {
            have = find_method(t, m->name, &ptr);
        }
        if (!have)
            return xprintf("(missing %s method)", m->name);
        if (!type_identical(have->type, m->type))
            return xprintf("(wrong type for %s method)", m->name);
        if (ptr && type_underlying(t)->kind != TYPE_POINTER && t->kind == TYPE_NAMED)
            return xprintf("(method %s has pointer receiver)", m->name);
    }
    return NULL;
}

/* Spec "Assignability" of a value of type v to t (v typed). */
static bool assignable_type(Type *v, Type *t, const char **why)
{
    if (type_identical(v, t))
        return true;
    Type *vu = type_underlying(v), *tu = type_underlying(t);
    /* identical underlying types, at least one not named */
    if (type_identical(vu, tu) && (v->kind != TYPE_NAMED || t->kind != TYPE_NAMED) &&
        vu->kind > TYPE_UNTYPED_NIL)
        return true;
    if (tu->kind == TYPE_INTERFACE) {
        const char *m = missing_method(v, t);
        if (!m)
            return true;
        if (why)
            *why = xprintf("%s does not implement %s %s", type_string(v), type_string(t), m);
        return false;
    }
    /* bidirectional channel to a channel type with identical elements */
    if (vu->kind == TYPE_CHAN && vu->u.chan.dir == CHAN_BOTH && tu->kind == TYPE_CHAN &&
        type_identical(vu->u.chan.elem, tu->u.chan.elem) && (v->kind != TYPE_NAMED || t->kind != TYPE_NAMED))
        return true;
    return false;
}

/* --- Constants: representability ------------------------------------------- */

enum { REPR_OK, REPR_TRUNCATED, REPR_OVERFLOWS, REPR_INVALID };

/* Whether constant v can be represented in basic type t; on success
 * *out is v in t's representation (integral, or rounded to float). */
static int representable(Const *v, Type *t, Type *vtype, Const **out)
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
        int code = representable(e->val, e->type, e->type, &out);
        if (code == REPR_OK) {
            e->val = out;
            return;
        }
        error_at(e->pos, "%s %s %s", operand_string(e),
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

/* --- Implicit conversion of untyped operands ------------------------------- */

/* Whether e is the predeclared nil. convert_untyped gives nil the type
 * of the other operand ([]int in s == nil), as types2 does, so the type
 * alone misses it after the conversion: the identifier tells. */
static bool is_nil(Expr *e)
{
    if (e->type && e->type->kind == TYPE_UNTYPED_NIL)
        return true;
    Expr *u = unparen(e);
    return u->kind == EXPR_IDENT && u->u.ident.obj && u->u.ident.obj->kind == OBJ_NIL;
}

bool is_commaok(Expr *e)
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
static void update_type(Expr *e, Type *t)
{
    if (!e || !e->type || !type_is_untyped(e->type))
        return;
    e->type = t;
    if (e->mode == MODE_CONST && e->val && !type_is_untyped(t) && is_const_type(t)) {
        Const *out;
        if (representable(e->val, t, NULL, &out) == REPR_OK)
            e->val = out;
    }
    switch (e->kind) {
    case EXPR_PAREN:
        update_type(e->u.paren.x, t);
        break;
    case EXPR_UNARY:
        if (e->u.unary.op != TK_ARROW && e->u.unary.op != TK_AND)
            update_type(e->u.unary.x, t);
        break;
    case EXPR_BINARY:
        if (is_comparison(e->u.binary.op))
            break; /* operands have their own types */
        update_type(e->u.binary.x, t);
        if (!is_shift(e->u.binary.op))
            update_type(e->u.binary.y, t);
        break;
    default:
        break;
    }
}

/* Converts untyped e for use where a value of type target is wanted,
 * reporting gc's "X overflows T" / "cannot convert X to type T". */
void convert_untyped(Checker *c, Expr *e, Type *target)
{
    (void)c;
    if (is_invalid(e) || !type_is_untyped(e->type) || !target || target->kind == TYPE_INVALID)
        return;
    if (type_is_untyped(target)) {
        if (type_is_numeric(e->type) && type_is_numeric(target)) {
            if (e->type->kind < target->kind) {
                e->type = target;
                update_type(e, target);
            }
        }
        return;
    }
    int code = REPR_OK;
    Type *tu = type_underlying(target);
    Type *newt = target;
    if (is_nil(e)) {
        if (!type_has_nil(target))
            code = REPR_INVALID;
    } else if (tu->kind == TYPE_INTERFACE) {
        if (tu->u.iface.methods.n > 0 || tu->u.iface.embeddeds.n > 0)
            code = REPR_INVALID;
        newt = type_default(e->type);
    } else if (type_is_basic(tu) && tu->kind != TYPE_UNSAFE_POINTER) {
        if (e->mode == MODE_CONST && e->val) {
            Const *out;
            code = representable(e->val, tu, e->type, &out);
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
            error_at(e->pos, "%s truncated to %s", operand_string(e), ts);
        else if (code == REPR_OVERFLOWS)
            error_at(e->pos, "%s overflows %s", operand_string(e), ts);
        else
            error_at(e->pos, "cannot convert %s to %s", operand_string(e), ts);
        invalid(e);
        return;
    }
    update_type(e, newt);
}

void use_default(Checker *c, Expr *e)
{
    if (!is_invalid(e) && type_is_untyped(e->type) && !is_nil(e))
        convert_untyped(c, e, type_default(e->type));
}

/* Whether e (any type) may be assigned to a variable of type t. */
bool is_assignable(Checker *c, Expr *e, Type *t)
{
    (void)c;
    if (type_is_untyped(e->type)) {
        if (is_nil(e))
            return type_has_nil(t);
        Type *tu = type_underlying(t);
        if (tu->kind == TYPE_INTERFACE)
            return tu->u.iface.methods.n == 0;
        if (!type_is_basic(tu))
            return false;
        if (e->mode == MODE_CONST && e->val) {
            Const *out;
            return representable(e->val, tu, e->type, &out) == REPR_OK;
        }
        return type_is_boolean(e->type) ? type_is_boolean(tu) : type_is_numeric(tu);
    }
    return assignable_type(e->type, t, NULL);
}

/*
 * Checks that value e can be assigned to type t (t NULL: e's default
 * type) in the named context ("assignment", "argument to f", "return
 * statement"...), and gives an untyped e its final type. types2's
 * assignment().
 */
bool check_assignment(Checker *c, Expr *e, Type *t, const char *context)
{
    if (is_invalid(e))
        return false;
    if (e->mode == MODE_TYPE || e->mode == MODE_BUILTIN || e->mode == MODE_NOVALUE) {
        error_at(e->pos, e->mode == MODE_NOVALUE ? "%s (no value) used as value"
                         : e->mode == MODE_TYPE ? "%s (type) is not an expression" : "%s (built-in) must be called",
                 expr_text(e));
        invalid(e);
        return false;
    }
    if (type_is_untyped(e->type)) {
        Type *target = t;
        if (!t || is_interface(t)) {
            if (is_nil(e)) {
                if (!t) {
                    error_at(e->pos, "use of untyped nil in %s", context);
                    invalid(e);
                    return false;
                }
            } else {
                target = type_default(e->type);
            }
        }
        if (target && !is_interface(target)) {
            Type *tu = type_underlying(target);
            if (e->mode == MODE_CONST && e->val && type_is_basic(tu)) {
                Const *out;
                int code = representable(e->val, tu, e->type, &out);
                if (code != REPR_OK) {
                    error_at(e->pos, "cannot use %s as %s value in %s%s", operand_string(e), type_string(target), context,
                             code == REPR_TRUNCATED ? " (truncated)" : code == REPR_OVERFLOWS ? " (overflows)" : "");
                    invalid(e);
                    return false;
                }
            } else if (!is_assignable(c, e, target)) {
                error_at(e->pos, "cannot use %s as %s value in %s", operand_string(e), type_string(target), context);
                invalid(e);
                return false;
            }
            convert_untyped(c, e, target);
        } else if (is_nil(e)) {
            update_type(e, t);
        }
        if (!t)
            return !is_invalid(e);
    }
    if (!t)
        return true;
    const char *why = NULL;
    if (!assignable_type(e->type, t, &why)) {
        if (why)
            error_at(e->pos, "cannot use %s as type %s in %s:\n\t%s", operand_string(e), type_string(t), context, why);
        else
            error_at(e->pos, "cannot use %s as type %s in %s", operand_string(e), type_string(t), context);
        invalid(e);
        return false;
    }
    return true;
}

/* --- Objects and dependencies ------------------------------------------------ */

Object *lookup(Checker *c, const char *name)
{
    return scope_lookup(c->scope, name);
}

/* Records that the declaration being checked refers to obj (a package-
 * level variable or function): an edge of the initialisation graph. */
void record_dep(Checker *c, Object *obj)
{
    if (!c->decl_obj || !c->decl_obj->info || !obj->info)
        return;
    if (obj->kind != OBJ_VAR && obj->kind != OBJ_FUNC)
        return;
    ObjectList *d = &c->decl_obj->info->deps;
    for (int i = 0; i < d->n; i++)
        if (d->v[i] == obj)
            return;
    vec_push(d, obj);
}

/* Whether local variable v is declared outside the function literal
 * being checked (so the literal captures it). */
static bool captured(Checker *c, Object *v)
{
    if (!c->fn || v->u.var.is_global)
        return false;
    for (Scope *s = c->scope; s; s = s->parent) {
        if (s == v->parent)
            return false;
        if (s->is_func)
            return true;
    }
    return false;
}

static void check_ident(Checker *c, Expr *e)
{
    const char *name = e->u.ident.name;
    if (name == intern_cstr("_")) {
        error_at(e->pos, "cannot use _ as value");
        invalid(e);
        return;
    }
    Object *obj = lookup(c, name);
    if (!obj) {
        error_at(e->pos, "undefined: %s", name);
        invalid(e);
        return;
    }
    e->u.ident.obj = obj;
    if (obj->info && obj->info->color != 2)
        check_obj_decl(c, obj);
    switch (obj->kind) {
    case OBJ_CONST:
        e->mode = MODE_CONST;
        e->type = obj->type;
        e->val = obj->u.cnst.val;
        if (!obj->parent || obj->parent == universe) {
            if (name == intern_cstr("iota")) {
                if (!c->iota) {
                    error_at(e->pos, "cannot use iota outside constant declaration");
                    invalid(e);
                    return;
                }
                e->val = c->iota;
            }
        }
        if (!e->type || e->type->kind == TYPE_INVALID || !e->val)
            invalid(e);
        return;
    case OBJ_TYPENAME:
        e->mode = MODE_TYPE;
        e->type = obj->type;
        if (!e->type)
            invalid(e);
        return;
    case OBJ_VAR:
        if (!c->in_lhs)
            obj->u.var.used = true;
        if (captured(c, obj))
            obj->u.var.addr_taken = true;
        record_dep(c, obj);
        e->mode = MODE_VAR;
        e->type = obj->type;
        if (!e->type)
            invalid(e);
        return;
    case OBJ_FUNC:
        record_dep(c, obj);
        e->mode = MODE_VALUE;
        e->type = obj->type;
        if (!e->type)
            invalid(e);
        return;
    case OBJ_BUILTIN:
        e->mode = MODE_BUILTIN;
        e->type = t_basic(TYPE_INVALID);
        return;
    case OBJ_NIL:
        e->mode = MODE_VALUE;
        e->type = t_basic(TYPE_UNTYPED_NIL);
        return;
    case OBJ_PKGNAME:
        obj->u.pkgname.used = true;
        error_at(e->pos, "use of package %s without selector", name);
        invalid(e);
        return;
    default:
        invalid(e);
        return;
    }
}

static void check_basic_lit(Checker *c, Expr *e)
{
    (void)c;
    const char *err;
    Const *v = const_from_literal(e->u.basic_lit.tok, e->u.basic_lit.lit, e->u.basic_lit.len, &err);
    if (!v) {
        /* types2's wording: the literal, as written, follows */
        error_at(e->pos, "%s: %.*s", err ? err : "malformed constant", e->u.basic_lit.len, e->u.basic_lit.lit);
        invalid(e);
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
    e->type = t_basic(k);
    e->val = v;
}

/* --- Unary and binary operators ------------------------------------------------- */

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

/* Marks the variable at the root of an addressable expression as having
 * its address taken (&x, &x.f, &x[i] for arrays). */
static void mark_addr_taken(Expr *e)
{
    for (;;) {
        e = unparen(e);
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

static void check_unary(Checker *c, Expr *e)
{
    TokenKind op = e->u.unary.op;
    Expr *x = e->u.unary.x;
    if (op == TK_AND) {
        Expr *ux = unparen(x);
        check_expr(c, x);
        if (is_invalid(x)) {
            invalid(e);
            return;
        }
        if (x->mode != MODE_VAR && !(ux->kind == EXPR_COMPOSITE_LIT)) {
            error_at(e->pos, "invalid operation: cannot take address of %s", operand_string(x));
            invalid(e);
            return;
        }
        mark_addr_taken(x);
        e->mode = MODE_VALUE;
        e->type = type_new_pointer(x->type);
        return;
    }
    check_value(c, x);
    if (is_invalid(x)) {
        invalid(e);
        return;
    }
    if (op == TK_ARROW) {
        Type *u = type_underlying(x->type);
        if (u->kind != TYPE_CHAN) {
            error_at(x->pos, "invalid operation: cannot receive from non-channel %s", operand_string(x));
            invalid(e);
            return;
        }
        if (u->u.chan.dir == CHAN_SEND) {
            error_at(x->pos, "invalid operation: cannot receive from send-only channel %s", operand_string(x));
            invalid(e);
            return;
        }
        e->mode = MODE_COMMAOK;
        e->type = u->u.chan.elem;
        return;
    }
    bool ok = op == TK_NOT ? type_is_boolean(x->type)
            : op == TK_XOR ? type_is_integer(x->type)
            : op == TK_TILDE ? false : type_is_numeric(x->type);
    if (op == TK_TILDE) {
        error_at(e->pos, "cannot use ~ outside of interface or type constraint");
        invalid(e);
        return;
    }
    if (!ok) {
        error_at(e->pos, "invalid operation: operator %s not defined on %s", token_text[op], operand_string(x));
        invalid(e);
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

static void check_shift(Checker *c, Expr *e, Expr *x, Expr *y)
{
    /* the shifted operand: an integer, or an untyped constant representable as one */
    if (x->mode == MODE_CONST && type_is_untyped(x->type)) {
        if (!x->val || (x->val->kind != CONST_UNKNOWN && !const_to_int(x->val))) {
            error_at(x->pos, "invalid operation: shifted operand %s must be integer", operand_string(x));
            invalid(e);
            return;
        }
    } else if (!type_is_integer(x->type)) {
        error_at(x->pos, "invalid operation: shifted operand %s must be integer", operand_string(x));
        invalid(e);
        return;
    }
    /* the count: an integer, or an untyped constant representable as uint */
    if (y->mode == MODE_CONST) {
        Const *yi = y->val ? const_to_int(y->val) : NULL;
        if (y->val && y->val->kind != CONST_UNKNOWN && (!yi || !type_is_numeric(y->type))) {
            error_at(y->pos, "invalid operation: shift count %s must be integer", operand_string(y));
            invalid(e);
            return;
        }
        if (yi && const_sign(yi) < 0) {
            error_at(y->pos, "invalid operation: negative shift count %s", operand_string(y));
            invalid(e);
            return;
        }
        /* A constant shift's count is reported as written, before the
         * conversion to uint: "invalid shift count 1100 (untyped int
         * constant)". gc allows counts up to 1023 - 1 + 52, so that the
         * smallest float64 can be written as a constant. */
        if (x->mode == MODE_CONST && yi && const_fits(yi, 64, false) && const_uint64_val(yi) > 1074) {
            error_at(y->pos, "invalid operation: invalid shift count %s", operand_string(y));
            invalid(e);
            return;
        }
        if (type_is_untyped(y->type))
            convert_untyped(c, y, t_basic(TYPE_UINT));
    } else if (type_is_untyped(y->type)) {
        convert_untyped(c, y, t_basic(TYPE_UINT));
    } else if (!type_is_integer(y->type)) {
        error_at(y->pos, "invalid operation: shift count %s must be integer", operand_string(y));
        invalid(e);
        return;
    }
    if (is_invalid(y)) {
        invalid(e);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        e->mode = MODE_CONST;
        e->type = type_is_untyped(x->type) && !type_is_integer(x->type) ? t_basic(TYPE_UNTYPED_INT) : x->type;
        if (!x->val || !y->val || x->val->kind == CONST_UNKNOWN || y->val->kind == CONST_UNKNOWN) {
            e->val = const_unknown();
            return;
        }
        /* typed counts beyond gc's bound (see above) */
        Const *yi = const_to_int(y->val);
        if (const_bitlen(yi) > 32 || const_uint64_val(yi) > 1074) {
            error_at(y->pos, "invalid operation: invalid shift count %s", operand_string(y));
            invalid(e);
            return;
        }
        if (type_is_untyped(x->type) && !type_is_integer(x->type))
            x->type = t_basic(TYPE_UNTYPED_INT);
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
     * have without the shift; that is fixed later by convert_untyped of
     * the whole expression (update_type), or here by its default. */
    e->mode = MODE_VALUE;
    e->type = x->type;
    if (y->mode == MODE_CONST && type_is_untyped(y->type))
        use_default(c, y);
}

static bool can_mix(Expr *x, Expr *y)
{
    if (is_interface(x->type) || is_interface(y->type))
        return true;
    if (type_is_boolean(x->type) != type_is_boolean(y->type))
        return false;
    if (type_is_string(x->type) != type_is_string(y->type))
        return false;
    if (is_nil(x) && !type_has_nil(y->type))
        return false;
    if (is_nil(y) && !type_has_nil(x->type))
        return false;
    return true;
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
            if (!is_comparable(ft))
                return xprintf("struct containing %s cannot be compared", type_string(ft));
        }
        return NULL;
    case TYPE_ARRAY:
        return xprintf("%s cannot be compared", type_string(u));
    default:
        return NULL;
    }
}

static void check_comparison(Checker *c, Expr *e, Expr *x, Expr *y, TokenKind op)
{
    Expr *err_op = x;
    const char *cause = NULL;
    bool ok = is_assignable(c, x, y->type) || is_assignable(c, y, x->type);
    if (!ok) {
        err_op = y;
        cause = xprintf("mismatched types %s and %s", type_string(x->type), type_string(y->type));
        goto error;
    }
    if (op == TK_EQL || op == TK_NEQ) {
        if (is_nil(x) || is_nil(y)) {
            Type *t = is_nil(x) ? y->type : x->type;
            if (!type_has_nil(t) || (is_nil(x) && is_nil(y))) {
                err_op = y;
                goto error;
            }
        } else if (!is_comparable(x->type)) {
            err_op = x;
            goto incomparable;
        } else if (!is_comparable(y->type)) {
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
        use_default(c, x);
        use_default(c, y);
    }
    e->type = t_basic(TYPE_UNTYPED_BOOL);
    return;
incomparable:
    cause = incomparable_cause(err_op->type);
error:
    if (!cause)
        cause = xprintf("operator %s not defined on %s", token_text[op], kind_string(err_op->type));
    error_at(err_op->pos, "invalid operation: %s %s %s (%s)", expr_text(x), token_text[op], expr_text(y), cause);
    invalid(e);
}

/* The synthetic binary expression that check_op_assign builds is marked
 * by pointing its val at this sentinel during the check (val is
 * otherwise set only for constants, and only after the check). */
static Const op_assign_mark;
static bool op_assign_expr(Expr *e) { return e->val == &op_assign_mark; }

/* x op y; also used for x op= y, where e is synthetic (op_assign_expr)
 * and errors name lhs and rhs as "x += y". */
static void binary(Checker *c, Expr *e, Expr *x, Expr *y, TokenKind op, Pos oppos)
{
    if (is_shift(op)) {
        check_shift(c, e, x, y);
        return;
    }
    if (can_mix(x, y)) {
        convert_untyped(c, x, y->type);
        if (is_invalid(x)) {
            invalid(e);
            return;
        }
        convert_untyped(c, y, x->type);
        if (is_invalid(y)) {
            invalid(e);
            return;
        }
    }
    if (is_comparison(op)) {
        check_comparison(c, e, x, y, op);
        return;
    }
    if (!type_identical(x->type, y->type)) {
        if (!op_assign_expr(e))
            error_at(x->pos, "invalid operation: %s (mismatched types %s and %s)", expr_text(e),
                     type_string(x->type), type_string(y->type));
        else
            error_at(x->pos, "invalid operation: %s %s= %s (mismatched types %s and %s)", expr_text(x),
                     token_text[op], expr_text(y), type_string(x->type), type_string(y->type));
        invalid(e);
        return;
    }
    if (!op_allowed(op, x->type)) {
        error_at(x->pos, "invalid operation: operator %s not defined on %s", token_text[op], operand_string(x));
        invalid(e);
        return;
    }
    if ((op == TK_QUO || op == TK_REM) && y->mode == MODE_CONST && y->val &&
        (x->mode == MODE_CONST || type_is_integer(x->type)) && const_is_zero(y->val)) {
        error_at(y->pos, "invalid operation: division by zero");
        invalid(e);
        return;
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

static void check_binary(Checker *c, Expr *e)
{
    Expr *x = e->u.binary.x, *y = e->u.binary.y;
    check_value(c, x);
    check_value(c, y);
    if (is_invalid(x) || is_invalid(y)) {
        invalid(e);
        return;
    }
    binary(c, e, x, y, e->u.binary.op, e->u.binary.oppos);
}

void check_binary_operands(Checker *c, Expr *e)
{
    Expr *x = e->u.binary.x, *y = e->u.binary.y;
    if (is_invalid(x) || is_invalid(y)) {
        invalid(e);
        return;
    }
    binary(c, e, x, y, e->u.binary.op, e->u.binary.oppos);
}

/* Checks lhs op= rhs as lhs = lhs op rhs: a synthetic binary expression. */
void check_op_assign(Checker *c, Expr *lhs, TokenKind op, Expr *rhs, Pos pos)
{
    check_value(c, lhs);
    check_value(c, rhs);
    if (is_invalid(lhs) || is_invalid(rhs))
        return;
    Expr *e = new_expr(EXPR_BINARY, lhs->pos);
    e->u.binary.op = op;
    e->u.binary.x = lhs;
    e->u.binary.y = rhs;
    e->u.binary.oppos = pos;
    e->val = &op_assign_mark;
    binary(c, e, lhs, rhs, op, pos);
    if (e->val == &op_assign_mark)
        e->val = NULL;
    if (is_invalid(e))
        return;
    use_default(c, rhs);
    if (e->mode == MODE_CONST)
        e->mode = MODE_VALUE;
}

/* --- Index and slice expressions ------------------------------------------- */

/* A constant integer >= 0 (index, array length, make size). */
bool check_int_const(Checker *c, Expr *e, const char *what, int64_t *out)
{
    (void)c;
    if (e->mode != MODE_CONST || !e->val)
        return false;
    Const *i = const_to_int(e->val);
    if (!i) {
        error_at(e->pos, "invalid argument: %s %s must be integer", what, operand_string(e));
        return false;
    }
    if (const_sign(i) < 0) {
        error_at(e->pos, "invalid argument: %s %s must not be negative", what, operand_string(e));
        return false;
    }
    if (!const_fits(i, 64, true)) {
        error_at(e->pos, "invalid argument: %s %s overflows int", what, operand_string(e));
        return false;
    }
    *out = const_int64_val(i);
    return true;
}

/* An index operand: integer, converted to int if untyped, in [0, max)
 * if constant and max >= 0. Returns the constant value or -1. */
static int64_t check_index(Checker *c, Expr *e, int64_t max, const char *what)
{
    check_value(c, e);
    if (is_invalid(e))
        return -1;
    /* spec: "a constant index that is untyped is given type int" */
    if (type_is_untyped(e->type)) {
        convert_untyped(c, e, t_basic(TYPE_INT));
        if (is_invalid(e))
            return -1;
    }
    if (!type_is_integer(e->type)) {
        error_at(e->pos, "invalid argument: %s %s must be integer", what, operand_string(e));
        invalid(e);
        return -1;
    }
    if (e->mode != MODE_CONST || !e->val)
        return -1;
    int64_t v;
    if (!check_int_const(c, e, what, &v)) {
        invalid(e);
        return -1;
    }
    if (max >= 0 && v >= max) {
        error_at(e->pos, "invalid argument: %s %s out of bounds [0:%lld]", what, const_string_of(e->val),
                 (long long)max);
        return -1;
    }
    return v;
}

static void check_index_expr(Checker *c, Expr *e)
{
    Expr *x = e->u.index.x;
    check_expr(c, x);
    if (is_invalid(x)) {
        invalid(e);
        return;
    }
    if (x->mode == MODE_TYPE || (x->type && type_underlying(x->type)->kind == TYPE_FUNC && x->mode != MODE_VAR)) {
        unsupported(e->pos, "generic instantiation");
        invalid(e);
        return;
    }
    if (e->u.index.indices.n != 1) {
        error_at(e->pos, "invalid operation: more than one index");
        invalid(e);
        return;
    }
    Expr *idx = e->u.index.indices.v[0];
    Type *u = type_underlying(x->type);
    if (u->kind == TYPE_POINTER && type_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY) {
        u = type_underlying(u->u.pointer.elem);
        e->mode = MODE_VAR;
    } else if (u->kind == TYPE_ARRAY) {
        e->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
    }
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING: {
        int64_t len = -1;
        if (x->mode == MODE_CONST && x->val)
            len = x->val->slen;
        int64_t i = check_index(c, idx, len, "index");
        e->mode = MODE_VALUE;
        e->type = type_byte;
        if (x->mode == MODE_CONST && i >= 0 && idx->mode == MODE_CONST) {
            /* gc: indexing a constant string is a byte value, not a constant */
        }
        use_default(c, x);
        return;
    }
    case TYPE_ARRAY:
        check_index(c, idx, u->u.array.len, "index");
        e->type = u->u.array.elem;
        return;
    case TYPE_SLICE:
        check_index(c, idx, -1, "index");
        e->mode = MODE_VAR;
        e->type = u->u.slice.elem;
        return;
    case TYPE_MAP:
        check_value(c, idx);
        check_assignment(c, idx, u->u.map.key, "map index");
        e->mode = MODE_MAPINDEX;
        e->type = u->u.map.elem;
        return;
    default:
        error_at(x->pos, "invalid operation: cannot index %s", operand_string(x));
        invalid(e);
        check_expr(c, idx);
        return;
    }
}

static void check_slice_expr(Checker *c, Expr *e)
{
    Expr *x = e->u.slice.x;
    check_value(c, x);
    if (is_invalid(x)) {
        invalid(e);
        return;
    }
    Type *u = type_underlying(x->type);
    int64_t len = -1;
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        if (e->u.slice.slice3) {
            error_at(e->pos, "invalid operation: 3-index slice of string");
            invalid(e);
            return;
        }
        if (x->mode == MODE_CONST && x->val)
            len = x->val->slen + 1; /* indices may equal the length */
        e->type = type_is_untyped(x->type) ? t_basic(TYPE_STRING) : x->type;
        use_default(c, x);
        break;
    case TYPE_ARRAY:
        if (x->mode != MODE_VAR) {
            error_at(e->pos, "invalid operation: %s (slice of unaddressable value)", expr_text(e));
            invalid(e);
            return;
        }
        mark_addr_taken(x);
        len = u->u.array.len + 1;
        e->type = type_new_slice(u->u.array.elem);
        break;
    case TYPE_POINTER:
        if (type_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY) {
            Type *a = type_underlying(u->u.pointer.elem);
            len = a->u.array.len + 1;
            e->type = type_new_slice(a->u.array.elem);
            break;
        }
        /* fall through */
    default:
        if (u->kind == TYPE_SLICE) {
            e->type = x->type;
            break;
        }
        error_at(x->pos, "cannot slice %s", operand_string(x));
        invalid(e);
        return;
    }
    e->mode = MODE_VALUE;
    Expr *idx[3] = {e->u.slice.lo, e->u.slice.hi, e->u.slice.max};
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++)
        if (idx[i])
            vals[i] = check_index(c, idx[i], len, "index");
    /* constant indices must be non-decreasing */
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                error_at(idx[j]->pos, "invalid slice indices: %lld < %lld", (long long)vals[j], (long long)vals[i]);
                return;
            }
}

/* --- Selectors ------------------------------------------------------------------ */

/* A field of struct type t (directly or through embedded fields, breadth
 * first); *path_ptr says whether an embedded pointer was followed. */
static Object *find_field(Type *t, const char *name, int depth)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_POINTER)
        u = type_underlying(u->u.pointer.elem);
    if (u->kind != TYPE_STRUCT || depth > 8)
        return NULL;
    for (int i = 0; i < u->u.strct.fields.n; i++)
        if (u->u.strct.fields.v[i]->name == name)
            return u->u.strct.fields.v[i];
    for (int i = 0; i < u->u.strct.fields.n; i++) {
        Object *f = u->u.strct.fields.v[i];
        if (f->u.var.embedded) {
            Object *g = find_field(f->type, name, depth + 1);
            if (g)
                return g;
        }
    }
    return NULL;
}

static Object *find_method(Type *t, const char *name, bool *ptr_recv)
{
    Type *base = t;
    if (base->kind == TYPE_POINTER)
        base = base->u.pointer.elem;
    if (base->kind != TYPE_NAMED)
        return NULL;
    for (int i = 0; i < base->u.named.methods.n; i++) {
        Object *m = base->u.named.methods.v[i];
        if (m->name == name) {
            Type *rt = m->type->u.func.recv ? m->type->u.func.recv->type : NULL;
            *ptr_recv = rt && rt->kind == TYPE_POINTER;
            return m;
        }
    }
    return NULL;
}

static void check_selector(Checker *c, Expr *e)
{
    Expr *x = e->u.selector.x, *sel = e->u.selector.sel;
    const char *name = sel->u.ident.name;
    Expr *ux = unparen(x);
    if (ux->kind == EXPR_IDENT) {
        Object *o = lookup(c, ux->u.ident.name);
        if (o && o->kind == OBJ_PKGNAME) {
            o->u.pkgname.used = true;
            ux->u.ident.obj = o;
            invalid(e); /* the import was reported as unsupported */
            return;
        }
    }
    check_expr(c, x);
    if (is_invalid(x)) {
        invalid(e);
        return;
    }
    if (x->mode == MODE_TYPE) {
        bool ptr;
        Object *m = find_method(x->type, name, &ptr);
        if (m) {
            unsupported(e->pos, "method expressions");
            invalid(e);
            return;
        }
        error_at(sel->pos, "%s undefined (type %s has no method %s)", expr_text(e), type_string(x->type), name);
        invalid(e);
        return;
    }
    if (x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        check_value(c, x);
        invalid(e);
        return;
    }
    use_default(c, x);
    Object *f = find_field(x->type, name, 0);
    if (f) {
        sel->u.ident.obj = f;
        Type *u = type_underlying(x->type);
        e->mode = (u->kind == TYPE_POINTER || x->mode == MODE_VAR) ? MODE_VAR : MODE_VALUE;
        e->type = f->type;
        return;
    }
    bool ptr = false;
    Object *m = find_method(x->type, name, &ptr);
    if (!m && is_interface(x->type)) {
        Type *iu = type_underlying(x->type);
        for (int i = 0; i < iu->u.iface.methods.n; i++)
            if (iu->u.iface.methods.v[i]->name == name)
                m = iu->u.iface.methods.v[i];
    }
    if (m) {
        if (ptr && x->mode != MODE_VAR && type_underlying(x->type)->kind != TYPE_POINTER) {
            error_at(e->pos, "cannot call pointer method %s on %s", name, type_string(x->type));
            invalid(e);
            return;
        }
        if (ptr && x->mode == MODE_VAR)
            mark_addr_taken(x);
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
    error_at(sel->pos, "%s undefined (type %s has no field or method %s)", expr_text(e), type_string(x->type), name);
    invalid(e);
}

/* --- Calls ------------------------------------------------------------------------- */

Type *tuple_of(Type *t)
{
    return t && t->kind == TYPE_TUPLE ? t : NULL;
}

static const char *builtin_context(BuiltinId id) { return xprintf("argument to %s", builtin_name(id)); }

static int tuple_len(Type *t) { return t ? t->u.tuple.vars.n : 0; }

/* Writes "(int, string)" for a list of argument types, as gc's "have". */
/* "(int, ...string)": the types of a parameter or result tuple, without
 * names (types2's typesSummary of what a call or return wants). */
const char *tuple_summary(Type *tuple, bool variadic)
{
    ExprList l = {0};
    int n = tuple ? tuple->u.tuple.vars.n : 0;
    for (int i = 0; i < n; i++) {
        /* EXPR_ELLIPSIS marks the variadic parameter for types_summary */
        Expr *e = new_expr(variadic && i == n - 1 ? EXPR_ELLIPSIS : EXPR_BAD, tuple->u.tuple.vars.v[i]->pos);
        e->mode = MODE_VALUE;
        e->type = tuple->u.tuple.vars.v[i]->type;
        vec_push(&l, e);
    }
    return types_summary(&l);
}

const char *types_summary(ExprList *args)
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
        if (is_invalid(a))
            return;
        if (tuple_of(a->type)) {
            Type *tup = a->type;
            int nt = tuple_len(tup);
            bool ok = variadic ? nt >= np - 1 : nt == np;
            if (e->u.call.has_dots) {
                error_at(e->pos, "cannot use ... with %d-valued %s", nt, expr_text(a));
                return;
            }
            if (!ok) {
                error_at(nt < np ? e->u.call.rparen : a->pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
                         nt < np ? "not enough" : "too many", expr_text(e->u.call.fun), types_summary(args),
                         tuple_summary(params, variadic));
                return;
            }
            for (int i = 0; i < nt; i++) {
                Type *want = i < np - (variadic ? 1 : 0) ? params->u.tuple.vars.v[i]->type
                                                          : params->u.tuple.vars.v[np - 1]->type->u.slice.elem;
                const char *why = NULL;
                Type *have = tup->u.tuple.vars.v[i]->type;
                if (!assignable_type(have, want, &why))
                    error_at(a->pos, "cannot use %s (value of type %s) as type %s in argument to %s", expr_text(a),
                             type_string(have), type_string(want), expr_text(e->u.call.fun));
            }
            return;
        }
    } else {
        for (int i = 0; i < args->n; i++)
            check_value(c, args->v[i]);
    }
    for (int i = 0; i < args->n; i++)
        if (is_invalid(args->v[i]))
            return;
    if (e->u.call.has_dots && !variadic) {
        error_at(e->pos, "cannot use ... in call to non-variadic %s", expr_text(e->u.call.fun));
        return;
    }
    int n = args->n;
    bool ok = (variadic && !e->u.call.has_dots) ? n >= np - 1 : n == np;
    if (!ok) {
        bool few = (variadic && !e->u.call.has_dots) ? n < np - 1 : n < np;
        error_at(few ? e->u.call.rparen : args->v[np]->pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
                 few ? "not enough" : "too many", expr_text(e->u.call.fun), types_summary(args),
                 tuple_summary(params, variadic));
        return;
    }
    const char *ctx = xprintf("argument to %s", expr_text(e->u.call.fun));
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

/* Whether u (an underlying type) is a slice of bytes or runes, the
 * slices that convert to and from strings. */
static bool is_bytes_or_runes(Type *u)
{
    if (u->kind != TYPE_SLICE)
        return false;
    TypeKind k = type_underlying(u->u.slice.elem)->kind;
    return k == TYPE_UINT8 || k == TYPE_INT32;
}

static void check_conversion(Checker *c, Expr *e, Type *t)
{
    ExprList *args = &e->u.call.args;
    if (args->n != 1 || e->u.call.has_dots) {
        if (args->n == 0)
            error_at(e->u.call.rparen, "missing argument in conversion to %s", type_string(t));
        else
            error_at(args->v[args->n - 1]->pos, "too many arguments in conversion to %s", type_string(t));
        for (int i = 0; i < args->n; i++)
            check_expr(c, args->v[i]);
        invalid(e);
        return;
    }
    Expr *x = args->v[0];
    check_value(c, x);
    if (is_invalid(x)) {
        invalid(e);
        return;
    }
    Type *tu = type_underlying(t), *xu = type_underlying(x->type);
    e->type = t;
    /* constant conversions */
    if (x->mode == MODE_CONST && x->val && is_const_type(t)) {
        Const *v = x->val;
        bool ok;
        if (type_is_integer(xu) && type_is_string(tu)) {
            /* string(rune): the UTF-8 of the code point, "\uFFFD" if invalid */
            Const *i = const_to_int(v);
            int64_t r = const_fits(i, 32, true) ? const_int64_val(i) : 0xFFFD;
            if (!const_fits(i, 64, true) || r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
                r = 0xFFFD;
            char buf[4];
            int n;
            if (r < 0x80) { buf[0] = (char)r; n = 1; }
            else if (r < 0x800) { buf[0] = (char)(0xC0 | (r >> 6)); buf[1] = (char)(0x80 | (r & 0x3F)); n = 2; }
            else if (r < 0x10000) { buf[0] = (char)(0xE0 | (r >> 12)); buf[1] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[2] = (char)(0x80 | (r & 0x3F)); n = 3; }
            else { buf[0] = (char)(0xF0 | (r >> 18)); buf[1] = (char)(0x80 | ((r >> 12) & 0x3F)); buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[3] = (char)(0x80 | (r & 0x3F)); n = 4; }
            char *s = xalloc(5);
            memcpy(s, buf, (size_t)n);
            v = const_string(s, n);
            ok = true;
            update_type(x, type_default(x->type));
        } else if (type_is_numeric(xu) && type_is_numeric(tu)) {
            Const *out;
            int code;
            if (type_is_integer(tu) && !type_is_integer(xu) && !type_is_untyped(x->type)) {
                /* typed float constant -> integer: exact value required */
                code = representable(v, tu, x->type, &out);
            } else {
                code = representable(v, tu, x->type, &out);
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
            error_at(x->pos, "cannot convert %s to type %s", operand_string(x), type_string(t));
            invalid(e);
            return;
        }
        if (type_is_untyped(x->type))
            update_type(x, type_is_string(tu) && !type_is_string(xu) ? type_default(x->type) : t);
        e->mode = MODE_CONST;
        e->val = v;
        return;
    }
    /* non-constant conversions (spec "Conversions") */
    bool ok = false;
    if (type_is_untyped(x->type)) {
        if (is_nil(x))
            ok = type_has_nil(t);
        else
            ok = is_assignable(c, x, t) || (type_is_numeric(x->type) && type_is_numeric(tu)) ||
                 (type_is_integer(x->type) && type_is_string(tu)) ||
                 (type_is_string(x->type) && is_bytes_or_runes(tu));
        if (ok) {
            if (is_nil(x) || is_interface(t) || !type_is_basic(tu))
                update_type(x, is_nil(x) ? t : type_default(x->type));
            else
                update_type(x, type_is_string(tu) && !type_is_string(x->type) ? type_default(x->type) : t);
        }
    } else if (assignable_type(x->type, t, NULL)) {
        ok = true;
    } else if (type_identical(xu, tu)) {
        ok = true;
    } else if (xu->kind == TYPE_POINTER && tu->kind == TYPE_POINTER && x->type->kind != TYPE_NAMED &&
               t->kind != TYPE_NAMED &&
               type_identical(type_underlying(xu->u.pointer.elem), type_underlying(tu->u.pointer.elem))) {
        ok = true;
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
        error_at(x->pos, "cannot convert %s to type %s", operand_string(x), type_string(t));
        invalid(e);
        return;
    }
    e->mode = MODE_VALUE;
}

static void check_builtin(Checker *c, Expr *e, BuiltinId id)
{
    ExprList *args = &e->u.call.args;
    const char *name = builtin_name(id);
    int nmin = 0, nmax = 0;
    switch (id) {
    case BUILTIN_LEN: case BUILTIN_CAP: case BUILTIN_PANIC: case BUILTIN_NEW: case BUILTIN_CLOSE:
    case BUILTIN_REAL: case BUILTIN_IMAG:
        nmin = nmax = 1;
        break;
    case BUILTIN_PRINT: case BUILTIN_PRINTLN:
        nmin = 0;
        nmax = 1 << 30;
        break;
    case BUILTIN_RECOVER:
        break;
    case BUILTIN_COMPLEX: case BUILTIN_COPY: case BUILTIN_DELETE:
        nmin = nmax = 2;
        break;
    case BUILTIN_APPEND:
        nmin = 1;
        nmax = 1 << 30;
        break;
    case BUILTIN_MAKE:
        nmin = 1;
        nmax = 3;
        break;
    default:
        unsupported(e->pos, xprintf("builtin %s", name));
        invalid(e);
        return;
    }
    if (e->u.call.has_dots && id != BUILTIN_APPEND) {
        error_at(e->pos, "invalid operation: invalid use of ... with built-in %s", name);
        invalid(e);
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
                             expr_text(args->v[0]));
                invalid(e);
                return;
            }
            if (u->kind == TYPE_SLICE && args->n == 1) {
                error_at(e->pos, "invalid operation: %s expects 2 or 3 arguments; found 1", expr_text(e));
                invalid(e);
                return;
            }
            if (args->n > 3 || (u->kind != TYPE_SLICE && args->n > 2)) {
                error_at(e->pos, "invalid operation: %s expects %d or %d arguments; found %d", expr_text(e),
                         u->kind == TYPE_SLICE ? 2 : 1, u->kind == TYPE_SLICE ? 3 : 2, args->n);
                invalid(e);
                return;
            }
            for (int i = 1; i < args->n; i++)
                check_index(c, args->v[i], -1, "index");
            e->mode = MODE_VALUE;
            e->type = t;
            return;
        }
        goto count;
    }
    if (args->n == 1 && (id == BUILTIN_PRINT || id == BUILTIN_PRINTLN || id == BUILTIN_APPEND))
        check_multi(c, args->v[0]);
    else
        for (int i = 0; i < args->n; i++)
            check_value(c, args->v[i]);
    for (int i = 0; i < args->n; i++)
        if (is_invalid(args->v[i])) {
            invalid(e);
            return;
        }
    if (args->n < nmin || args->n > nmax)
        goto count;
    switch (id) {
    case BUILTIN_PRINT: case BUILTIN_PRINTLN:
        if (args->n == 1 && tuple_of(args->v[0]->type))
            goto printed; /* println(f()): the results are typed values */
        for (int i = 0; i < args->n; i++)
            check_assignment(c, args->v[i], NULL, builtin_context(id));
    printed:
        e->mode = MODE_NOVALUE;
        e->type = type_new_tuple((ObjectList){0});
        return;
    case BUILTIN_PANIC:
        check_assignment(c, args->v[0], universe ? scope_lookup(universe, intern_cstr("any"))->type : NULL,
                         "argument to panic");
        e->mode = MODE_NOVALUE;
        e->type = type_new_tuple((ObjectList){0});
        return;
    case BUILTIN_RECOVER:
        e->mode = MODE_VALUE;
        e->type = scope_lookup(universe, intern_cstr("any"))->type;
        return;
    case BUILTIN_LEN: case BUILTIN_CAP: {
        Expr *x = args->v[0];
        Type *u = type_underlying(x->type);
        if (u->kind == TYPE_POINTER && type_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY)
            u = type_underlying(u->u.pointer.elem);
        e->type = t_basic(TYPE_INT);
        e->mode = MODE_VALUE;
        if (type_is_string(u) && id == BUILTIN_LEN) {
            if (x->mode == MODE_CONST && x->val) {
                e->mode = MODE_CONST;
                e->val = const_int64(x->val->slen);
            }
            use_default(c, x);
            return;
        }
        if (u->kind == TYPE_ARRAY) {
            /* constant unless x contains function calls or receives;
             * approximated: constant when x is a variable or selector */
            Expr *ux = unparen(x);
            bool has_call = ux->kind == EXPR_CALL || ux->kind == EXPR_UNARY;
            if (!has_call) {
                e->mode = MODE_CONST;
                e->val = const_int64(u->u.array.len);
            }
            return;
        }
        if (u->kind == TYPE_SLICE || u->kind == TYPE_CHAN || (u->kind == TYPE_MAP && id == BUILTIN_LEN))
            return;
        error_at(x->pos, "invalid argument: %s for %s", operand_string(x), name);
        invalid(e);
        return;
    }
    case BUILTIN_APPEND: {
        Expr *s = args->v[0];
        Type *u = type_underlying(s->type);
        if (u->kind != TYPE_SLICE) {
            if (is_nil(s))
                error_at(s->pos, "first argument to append must be a typed slice; have untyped nil");
            else
                error_at(s->pos, "invalid argument: %s (variable of type %s) is not a slice", expr_text(s),
                         type_string(s->type));
            invalid(e);
            return;
        }
        if (e->u.call.has_dots) {
            if (args->n != 2) {
                error_at(e->pos, "invalid operation: invalid use of ... with built-in append");
                invalid(e);
                return;
            }
            Expr *y = args->v[1];
            if (!(type_is_string(y->type) && type_underlying(u->u.slice.elem)->kind == TYPE_UINT8))
                check_assignment(c, y, s->type, "argument to append");
            else
                use_default(c, y);
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
        bool ok = du->kind == TYPE_SLICE &&
                  ((su->kind == TYPE_SLICE && type_identical(du->u.slice.elem, su->u.slice.elem)) ||
                   (type_is_string(su) && type_underlying(du->u.slice.elem)->kind == TYPE_UINT8));
        if (!ok) {
            error_at(e->pos, "invalid argument: copy expects slice arguments; found %s and %s", operand_string(d),
                     operand_string(s));
            invalid(e);
            return;
        }
        use_default(c, s);
        e->mode = MODE_VALUE;
        e->type = t_basic(TYPE_INT);
        return;
    }
    case BUILTIN_DELETE: {
        Expr *m = args->v[0];
        Type *u = type_underlying(m->type);
        if (u->kind != TYPE_MAP) {
            error_at(m->pos, "invalid argument: %s is not a map", operand_string(m));
            invalid(e);
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
            error_at(ch->pos, "invalid operation: cannot close %s", operand_string(ch));
            invalid(e);
            return;
        }
        e->mode = MODE_NOVALUE;
        e->type = type_new_tuple((ObjectList){0});
        return;
    }
    default:
        unsupported(e->pos, xprintf("builtin %s", name));
        invalid(e);
        return;
    }
count:
    error_at(args->n < nmin ? e->u.call.rparen : args->v[nmax]->pos, "%s arguments for %s (expected %d, found %d)",
             args->n < nmin ? "not enough" : "too many", expr_text(e), args->n < nmin ? nmin : nmax, args->n);
    invalid(e);
}

static void check_call(Checker *c, Expr *e)
{
    Expr *fun = e->u.call.fun;
    check_expr(c, fun);
    if (is_invalid(fun)) {
        for (int i = 0; i < e->u.call.args.n; i++)
            check_expr(c, e->u.call.args.v[i]);
        invalid(e);
        return;
    }
    if (fun->mode == MODE_TYPE) {
        check_conversion(c, e, fun->type);
        return;
    }
    if (fun->mode == MODE_BUILTIN) {
        Expr *f = unparen(fun);
        check_builtin(c, e, f->u.ident.obj->u.builtin.id);
        return;
    }
    Type *sig = type_underlying(fun->type);
    if (sig->kind != TYPE_FUNC) {
        error_at(e->pos, "invalid operation: cannot call non-function %s", operand_string(fun));
        for (int i = 0; i < e->u.call.args.n; i++)
            check_expr(c, e->u.call.args.v[i]);
        invalid(e);
        return;
    }
    check_call_args(c, e, sig);
    set_call_result(e, sig);
}

/* --- Composite literals ------------------------------------------------------- */

static void check_elements(Checker *c, Expr *e, Type *elem, int64_t len, int64_t *maxlen)
{
    int64_t idx = 0, max = 0;
    /* constant indices already used, to report duplicates */
    VEC(int64_t) seen = {0};
    for (int i = 0; i < e->u.composite_lit.elts.n; i++) {
        Expr *el = e->u.composite_lit.elts.v[i];
        Expr *val = el;
        if (el->kind == EXPR_KEY_VALUE) {
            Expr *k = el->u.key_value.key;
            check_value(c, k);
            int64_t v = -1;
            if (!is_invalid(k)) {
                if (k->mode == MODE_CONST && k->val && type_is_numeric(k->type) && const_to_int(k->val)) {
                    if (check_int_const(c, k, "index", &v)) {
                        if (type_is_untyped(k->type))
                            convert_untyped(c, k, t_basic(TYPE_INT));
                    }
                } else {
                    error_at(k->pos, "index %s must be integer constant", expr_text(k));
                }
            }
            if (v >= 0)
                idx = v;
            val = el->u.key_value.value;
        }
        if (len >= 0 && idx >= len) {
            if (val != el)
                error_at(el->u.key_value.key->pos, "invalid argument: index %lld out of bounds [0:%lld]",
                         (long long)idx, (long long)len);
            else
                error_at(val->pos, "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)len);
        }
        for (int j = 0; j < seen.n; j++)
            if (seen.v[j] == idx) {
                error_at(el->pos, "duplicate index %lld in array or slice literal", (long long)idx);
                break;
            }
        vec_push(&seen, idx);
        if (val->kind == EXPR_COMPOSITE_LIT && !val->u.composite_lit.type) {
            val->type = elem;
            check_expr(c, val);
        } else {
            check_value(c, val);
            check_assignment(c, val, elem, "array or slice literal");
        }
        idx++;
        if (idx > max)
            max = idx;
    }
    *maxlen = max;
}

static void check_composite_lit(Checker *c, Expr *e)
{
    Type *t;
    Expr *te = e->u.composite_lit.type;
    if (te && te->kind == EXPR_ARRAY_TYPE && te->u.array_type.len && te->u.array_type.len->kind == EXPR_ELLIPSIS) {
        /* [...]T{...}: the length is the number of elements */
        Type *elem = check_type(c, te->u.array_type.elem);
        int64_t n;
        check_elements(c, e, elem, -1, &n);
        t = type_new_array(elem, n);
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
        error_at(e->pos, "invalid composite literal type: missing type");
        invalid(e);
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
                if (k->kind == EXPR_IDENT)
                    for (int j = 0; j < fs->n; j++)
                        if (fs->v[j]->name == k->u.ident.name)
                            f = fs->v[j];
                if (!f) {
                    if (k->kind == EXPR_IDENT)
                        error_at(k->pos, "unknown field %s in struct literal of type %s", k->u.ident.name, type_string(t));
                    else
                        error_at(k->pos, "invalid field name %s in struct literal", expr_text(k));
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
            check_assignment(c, v, fs->v[i]->type, "struct literal");
        }
        if (elts->n < fs->n)
            error_at(e->u.composite_lit.rbrace, "too few values in %s{…}", type_string(t));
        return;
    }
    case TYPE_MAP:
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
            }
            if (v->kind == EXPR_COMPOSITE_LIT && !v->u.composite_lit.type) {
                v->type = u->u.map.elem;
                check_expr(c, v);
            } else {
                check_value(c, v);
                check_assignment(c, v, u->u.map.elem, "map literal");
            }
        }
        return;
    default:
        if (t->kind != TYPE_INVALID)
            error_at(e->pos, "invalid composite literal type %s", type_string(t));
        invalid(e);
        return;
    }
}

/* --- Function literals ------------------------------------------------------------ */

static void check_func_lit(Checker *c, Expr *e)
{
    Scope *s = scope_new(c->scope, e->pos);
    s->is_func = true;
    Type *sig = check_signature(c, NULL, e->u.func_lit.type, s);
    e->u.func_lit.scope = s;
    vec_push(&c->pkg->func_lits, e);
    check_func_body(c, sig, e->u.func_lit.body, s, e->pos);
    e->mode = MODE_VALUE;
    e->type = sig;
}

/* --- Type expressions -------------------------------------------------------- */

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
        if (f->tag) {
            tag = xstrndup(f->tag->u.basic_lit.lit, (size_t)f->tag->u.basic_lit.len);
            any_tag = true;
        }
        if (f->names.n == 0) {
            /* embedded: T, *T, or pkg.T; the field is named after T */
            Expr *te = unparen(f->type);
            if (te->kind == EXPR_STAR)
                te = unparen(te->u.star.x);
            const char *name = te->kind == EXPR_IDENT ? te->u.ident.name
                             : te->kind == EXPR_SELECTOR ? te->u.selector.sel->u.ident.name : intern_cstr("?");
            Object *fo = object_new(OBJ_VAR, name, f->pos, ft);
            fo->u.var.is_field = true;
            fo->u.var.embedded = true;
            fo->u.var.index = t->u.strct.fields.n;
            vec_push(&t->u.strct.fields, fo);
            vec_push(&tags, tag);
            continue;
        }
        for (int j = 0; j < f->names.n; j++) {
            Expr *n = f->names.v[j];
            Object *fo = object_new(OBJ_VAR, n->u.ident.name, n->pos, ft);
            fo->u.var.is_field = true;
            fo->u.var.index = t->u.strct.fields.n;
            n->u.ident.obj = fo;
            for (int k = 0; k < t->u.strct.fields.n; k++)
                if (t->u.strct.fields.v[k]->name == fo->name && fo->name != intern_cstr("_")) {
                    error_at(n->pos, "%s redeclared", fo->name);
                    break;
                }
            vec_push(&t->u.strct.fields, fo);
            vec_push(&tags, tag);
        }
    }
    if (any_tag)
        t->u.strct.tags = tags.v;
    return t;
}

static int cmp_method(const void *a, const void *b)
{
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    return strcmp(x->name, y->name);
}

static Type *check_interface_type(Checker *c, Expr *e)
{
    Type *t = type_new(TYPE_INTERFACE);
    FieldList *ml = &e->u.interface_type.methods;
    for (int i = 0; i < ml->n; i++) {
        Field *f = ml->v[i];
        if (f->names.n == 0) {
            Type *et = check_type(c, f->type);
            Type *eu = type_underlying(et);
            if (eu->kind == TYPE_INTERFACE && eu->u.iface.embeddeds.n == 0) {
                for (int j = 0; j < eu->u.iface.methods.n; j++)
                    vec_push(&t->u.iface.methods, eu->u.iface.methods.v[j]);
            } else if (et->kind != TYPE_INVALID) {
                unsupported(f->pos, "type constraints");
                vec_push(&t->u.iface.embeddeds, et);
            }
            continue;
        }
        Scope *s = scope_new(c->scope, f->pos);
        Type *sig = check_signature(c, NULL, f->type, s);
        Object *m = object_new(OBJ_FUNC, f->names.v[0]->u.ident.name, f->names.v[0]->pos, sig);
        m->u.func.is_method = true;
        f->names.v[0]->u.ident.obj = m;
        for (int j = 0; j < t->u.iface.methods.n; j++)
            if (t->u.iface.methods.v[j]->name == m->name)
                error_at(m->pos, "duplicate method %s", m->name);
        vec_push(&t->u.iface.methods, m);
    }
    if (t->u.iface.methods.n > 1)
        qsort(t->u.iface.methods.v, (size_t)t->u.iface.methods.n, sizeof(Object *), cmp_method);
    t->u.iface.complete = true;
    return t;
}

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
        if (is_invalid(e))
            return t_basic(TYPE_INVALID);
        if (e->mode != MODE_TYPE) {
            /* types2 describes a name or selector as an operand
             * ("byte (untyped int constant 3) is not a type"), other
             * expressions by their text */
            Expr *u = unparen(e);
            if (u->kind != EXPR_IDENT && u->kind != EXPR_SELECTOR)
                error_at(e->pos, "%s is not a type", expr_text(e));
            else if (u->mode == MODE_NOVALUE)
                error_at(u->pos, "%s used as type", operand_string(u));
            else
                error_at(u->pos, "%s is not a type", operand_string(u));
            invalid(e);
            return t_basic(TYPE_INVALID);
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
            error_at(l->pos, "invalid use of [...] array (outside a composite literal)");
            t = t_basic(TYPE_INVALID);
            break;
        }
        int64_t n = 0;
        /* types2's arrayLength: a name that is not a constant is not
         * evaluated (so a variable named here is not "used") */
        if (l->kind == EXPR_IDENT) {
            Object *o = lookup(c, l->u.ident.name);
            if (!o || o->kind != OBJ_CONST) {
                error_at(l->pos, o ? "invalid array length %s" : "undeclared name %s for array length",
                         l->u.ident.name);
                invalid(l);
                t = type_new_array(elem, 0);
                break;
            }
        }
        check_value(c, l);
        if (!is_invalid(l)) {
            if (l->mode != MODE_CONST) {
                error_at(l->pos, "array length %s must be constant", operand_string(l));
            } else if (type_is_untyped(l->type) || type_is_integer(l->type)) {
                Const *i = l->val ? const_to_int(l->val) : NULL;
                if (!i) {
                    error_at(l->pos, "array length %s must be integer", operand_string(l));
                } else if (const_sign(i) < 0) {
                    error_at(l->pos, "invalid array length %s", operand_string(l));
                } else if (!const_fits(i, 63, true)) {
                    error_at(l->pos, "invalid array length %s", operand_string(l));
                } else {
                    n = const_int64_val(i);
                    if (type_is_untyped(l->type))
                        convert_untyped(c, l, t_basic(TYPE_INT));
                }
            } else {
                error_at(l->pos, "array length %s must be integer", operand_string(l));
            }
        }
        t = type_new_array(elem, n);
        break;
    }
    case EXPR_STRUCT_TYPE:
        t = check_struct_type(c, e);
        break;
    case EXPR_FUNC_TYPE: {
        Scope *s = scope_new(c->scope, e->pos);
        t = check_signature(c, NULL, e, s);
        break;
    }
    case EXPR_INTERFACE_TYPE:
        t = check_interface_type(c, e);
        break;
    case EXPR_MAP_TYPE: {
        Type *k = check_type(c, e->u.map_type.key);
        Type *v = check_type(c, e->u.map_type.value);
        if (k->kind != TYPE_INVALID && k->kind != TYPE_NAMED && !is_comparable(k))
            error_at(e->u.map_type.key->pos, "invalid map key type %s", type_string(k));
        t = type_new(TYPE_MAP);
        t->u.map.key = k;
        t->u.map.elem = v;
        break;
    }
    case EXPR_CHAN_TYPE:
        t = type_new(TYPE_CHAN);
        t->u.chan.dir = e->u.chan_type.dir;
        t->u.chan.elem = check_type(c, e->u.chan_type.value);
        break;
    default:
        check_expr(c, e);
        if (!is_invalid(e))
            error_at(e->pos, "%s is not a type", expr_text(e));
        invalid(e);
        return t_basic(TYPE_INVALID);
    }
    e->mode = MODE_TYPE;
    e->type = t;
    return t;
}

/* --- Dispatch ---------------------------------------------------------------------- */

void check_expr(Checker *c, Expr *e)
{
    switch (e->kind) {
    case EXPR_BAD:
        invalid(e);
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
        if (is_invalid(x)) {
            invalid(e);
            return;
        }
        if (!e->u.type_assert.type) {
            error_at(e->pos, "invalid syntax tree: use of .(type) outside type switch");
            invalid(e);
            return;
        }
        Type *t = check_type(c, e->u.type_assert.type);
        if (!is_interface(x->type)) {
            error_at(x->pos, "invalid operation: %s is not an interface", operand_string(x));
            invalid(e);
            return;
        }
        if (!is_interface(t) && t->kind != TYPE_INVALID) {
            const char *m = missing_method(t, x->type);
            if (m)
                error_at(e->u.type_assert.type->pos, "impossible type assertion: %s\n\t%s does not implement %s %s",
                         expr_text(e), type_string(t), type_string(x->type), m);
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
        if (is_invalid(x)) {
            invalid(e);
            return;
        }
        if (x->mode == MODE_TYPE) {
            e->mode = MODE_TYPE;
            e->type = type_new_pointer(x->type);
            return;
        }
        check_value(c, x);
        if (is_invalid(x)) {
            invalid(e);
            return;
        }
        if (is_nil(x)) {
            error_at(e->pos, "invalid operation: cannot indirect nil");
            invalid(e);
            return;
        }
        if (type_underlying(x->type)->kind != TYPE_POINTER) {
            error_at(e->pos, "invalid operation: cannot indirect %s", operand_string(x));
            invalid(e);
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
        invalid(e);
        return;
    case EXPR_ELLIPSIS:
        error_at(e->pos, "invalid use of ...");
        invalid(e);
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
    if (!is_invalid(e) && tuple_of(e->type) && e->mode == MODE_VALUE) {
        error_at(e->pos, "multiple-value %s (value of type %s) in single-value context", expr_text(e),
                 type_string(e->type));
        invalid(e);
    }
}

void check_multi(Checker *c, Expr *e)
{
    check_expr(c, e);
    if (is_invalid(e))
        return;
    switch (e->mode) {
    case MODE_TYPE:
        error_at(e->pos, "%s (type) is not an expression", expr_text(e));
        invalid(e);
        return;
    case MODE_BUILTIN:
        error_at(e->pos, "%s (built-in) must be called", expr_text(e));
        invalid(e);
        return;
    case MODE_NOVALUE:
        error_at(e->pos, "%s (no value) used as value", expr_text(e));
        invalid(e);
        return;
    default:
        return;
    }
}
