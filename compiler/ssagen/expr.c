/*
 * expr.c — expressions: constants, conversions, arithmetic with Go's
 * run-time checks, indexing and slicing, addresses, composite literals,
 * and conditions lowered straight to branches. Comparisons are in
 * compare.c, calls in call.c and builtin.c.
 *
 * expr() returns a Val: the SSA words of a scalar, string or slice, or
 * the address of an array in memory (builder.h).
 */
#include "builder.h"

/* What to call a construct the builder cannot lower yet. */
static const char *expr_kind_name(Expr *e)
{
    switch (e->kind) {
    case EXPR_COMPOSITE_LIT: return "composite literals";
    case EXPR_SELECTOR: return "method values";
    case EXPR_FUNC_LIT: return "function literals";
    case EXPR_TYPE_ASSERT: return "type assertions";
    case EXPR_STAR: return "pointer dereference";
    case EXPR_UNARY: return xprintf("unary %s", token_text[e->u.unary.op]);
    case EXPR_INDEX: return "index expressions of this type";
    default: return "this expression";
    }
}

static Val const_val(Builder *s, Expr *e)
{
    Type *t = e->type;
    Const *c = e->val;
    Type *u = type_underlying(t);
    Val r = {.type = t, .n = val_words(t)};
    if (u->kind == TYPE_STRING) {
        Value *p;
        if (c->slen == 0) {
            p = const_int(s, t_ptr(), 0, e->pos);
        } else {
            p = v0(s, OpAddr, t_ptr(), e->pos);
            p->aux = string_sym(s, c->s, c->slen);
        }
        r.w[0] = p;
        r.w[1] = const_int(s, t_int(), c->slen, e->pos);
        return r;
    }
    if (u->kind == TYPE_BOOL) {
        r.w[0] = const_int(s, t, c->b, e->pos);
        return r;
    }
    if (type_is_integer(u)) {
        int64_t x = type_is_unsigned(u) ? (int64_t)const_uint64_val(c) : const_int64_val(c);
        r.w[0] = const_int(s, t, x, e->pos);
        return r;
    }
    if (type_is_float(u)) {
        r.w[0] = float_const_val(s, c, t, e->pos);
        return r;
    }
    if (type_is_complex(u))
        return complex_const_val(s, c, t, e->pos);
    if (u->kind == TYPE_UNTYPED_NIL || u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER) {
        r.n = 1;
        r.w[0] = const_int(s, t_ptr(), 0, e->pos);
        return r;
    }
    unsupported(e->pos, xprintf("constant of type %s", type_string(t)));
    return zero_val(s, t_int(), e->pos);
}

/* Integer conversion between sizes and signedness. */
Value *convert_int(Builder *s, Value *x, Type *from, Type *to, Pos pos)
{
    int64_t fs = type_size(from), ts = type_size(to);
    if (fs == ts) {
        if (x->type == to)
            return x;
        Value *c = v1(s, OpCopy, to, pos, x);
        return c;
    }
    if (fs > ts) {
        static const Op trunc[4][4] = {
            /* from 1,2,4,8 to 1,2,4,8 */
            {0, 0, 0, 0},
            {OpTrunc16to8, 0, 0, 0},
            {OpTrunc32to8, OpTrunc32to16, 0, 0},
            {OpTrunc64to8, OpTrunc64to16, OpTrunc64to32, 0},
        };
        return v1(s, trunc[log2_size(fs)][log2_size(ts)], to, pos, x);
    }
    static const Op sext[4][4] = {
        {0, OpSignExt8to16, OpSignExt8to32, OpSignExt8to64},
        {0, 0, OpSignExt16to32, OpSignExt16to64},
        {0, 0, 0, OpSignExt32to64},
        {0, 0, 0, 0},
    };
    static const Op zext[4][4] = {
        {0, OpZeroExt8to16, OpZeroExt8to32, OpZeroExt8to64},
        {0, 0, OpZeroExt16to32, OpZeroExt16to64},
        {0, 0, 0, OpZeroExt32to64},
        {0, 0, 0, 0},
    };
    /* The source's signedness decides the extension. */
    const Op (*tab)[4] = is_signed(from) ? sext : zext;
    return v1(s, tab[log2_size(fs)][log2_size(ts)], to, pos, x);
}

Value *to_int64(Builder *s, Value *x, Type *from, Pos pos)
{
    return convert_int(s, x, from, is_signed(from) ? types_basic[TYPE_INT64] : types_basic[TYPE_UINT64], pos);
}

Val string_concat(Builder *s, Val a, Val b, Type *t, Pos pos)
{
    Value *args[4] = {a.w[0], a.w[1], b.w[0], b.w[1]};
    Value *res[2] = {0};
    Type *rt[2] = {t_ptr(), t_int()};
    rtcall(s, RT_concatstring2, args, res, rt, pos);
    Val r = {.type = t, .n = 2};
    r.w[0] = res[0] ? res[0] : const_int(s, t_ptr(), 0, pos);
    r.w[1] = res[1] ? res[1] : const_int(s, t_int(), 0, pos);
    return r;
}

/* Shift with Go semantics; the count is made an unsigned 64-bit value. */
Value *shift(Builder *s, TokenKind op, Value *x, Type *t, Value *cnt, Type *ct, Pos pos)
{
    if (is_signed(ct)) {
        Value *c64 = to_int64(s, cnt, ct, pos);
        Value *ok = v2(s, OpLeq64, t_bool(), pos, const_int(s, types_basic[TYPE_INT64], 0, pos), c64);
        check_or_panic(s, ok, RT_panicshift, NULL, pos);
        cnt = c64;
    } else {
        cnt = to_int64(s, cnt, ct, pos);
    }
    Op base = op == TK_SHL ? OpLsh8 : is_signed(t) ? OpRsh8 : OpRsh8u;
    return v2(s, sized(base, t), t, pos, x, cnt);
}

/* Integer arithmetic with Go's checks (division by zero). */
Value *arith(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos)
{
    if (type_is_float(t))
        return float_arith(s, op, x, y, t, pos);
    bool sg = is_signed(t);
    switch (op) {
    case TK_ADD: return v2(s, sized(OpAdd8, t), t, pos, x, y);
    case TK_SUB: return v2(s, sized(OpSub8, t), t, pos, x, y);
    case TK_MUL: return v2(s, sized(OpMul8, t), t, pos, x, y);
    case TK_AND: return v2(s, sized(OpAnd8, t), t, pos, x, y);
    case TK_OR: return v2(s, sized(OpOr8, t), t, pos, x, y);
    case TK_XOR: return v2(s, sized(OpXor8, t), t, pos, x, y);
    case TK_AND_NOT: {
        Value *ny = v1(s, sized(OpCom8, t), t, pos, y);
        return v2(s, sized(OpAnd8, t), t, pos, x, ny);
    }
    case TK_QUO: case TK_REM: {
        bool known_nonzero = y->op >= OpConst8 && y->op <= OpConst64 && y->aux_int != 0;
        if (!known_nonzero) {
            Value *nz = v2(s, sized(OpNeq8, t), t_bool(), pos, y, const_int(s, t, 0, pos));
            check_or_panic(s, nz, RT_panicdivide, NULL, pos);
        }
        Op base = op == TK_QUO ? (sg ? OpDiv8 : OpDiv8u) : (sg ? OpMod8 : OpMod8u);
        return v2(s, sized(base, t), t, pos, x, y);
    }
    default:
        ice(pos, "arith: op %s", token_text[op]);
    }
}

static Value *binary_words(Builder *s, Expr *e)
{
    TokenKind op = e->u.binary.op;
    Expr *ex = e->u.binary.x, *ey = e->u.binary.y;
    Type *t = e->type;
    if (op == TK_SHL || op == TK_SHR) {
        Value *x = expr1(s, ex);
        Value *c = expr1(s, ey);
        return shift(s, op, x, t, c, ey->type, e->pos);
    }
    if (op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR ||
        op == TK_GEQ) {
        Type *ot = ex->type;
        /* x == y with one side an interface converts the other side
         * first: a conversion the builder cannot make yet. */
        bool xi = type_underlying(ot)->kind == TYPE_INTERFACE;
        bool yi = type_underlying(ey->type)->kind == TYPE_INTERFACE;
        bool xs = type_underlying(ot)->kind == TYPE_SLICE;
        if ((op == TK_EQL || op == TK_NEQ) && (xi || yi || xs) && (is_nil_expr(ex) || is_nil_expr(ey))) {
            return compare_nil(s, op, expr(s, is_nil_expr(ex) ? ey : ex), e->pos);
        }
        if (xi || yi) {
            Val x = expr(s, ex), y = expr(s, ey);
            Value *eq = iface_equal(s, x, y, e->pos);
            return op == TK_EQL ? eq : v1(s, OpNot, t_bool(), e->pos, eq);
        }
        Val x = expr(s, ex), y = expr(s, ey);
        if (type_is_string(ot))
            return string_compare(s, op, x, y, e->pos);
        if (x.n == 1)
            return compare_words(s, op, x.w[0], y.w[0], ot, e->pos);
        /* Only == and != remain: other types are not ordered. */
        Value *eq = equal_vals(s, x, y, ot, e->pos);
        return op == TK_EQL ? eq : v1(s, OpNot, t_bool(), e->pos, eq);
    }
    Value *x = expr1(s, ex), *y = expr1(s, ey);
    if (!type_is_integer(t) && !type_is_float(t)) {
        unsupported(e->pos, xprintf("operator %s on %s", token_text[op], type_string(t)));
        return x;
    }
    return arith(s, op, x, y, t, e->pos);
}

/* a && b, a || b as a value: branches and a phi. */
static Value *logical(Builder *s, Expr *e)
{
    int var = new_var(s, e->type);
    Block *yes = new_block(s, BlockPlain, e->pos), *no = new_block(s, BlockPlain, e->pos);
    Block *done = new_block(s, BlockPlain, e->pos);
    cond_branch(s, e, yes, no);
    start_block(s, yes, true);
    write_var(s, yes, var, const_int(s, e->type, 1, e->pos));
    jump_to(s, done);
    start_block(s, no, true);
    write_var(s, no, var, const_int(s, e->type, 0, e->pos));
    jump_to(s, done);
    start_block(s, done, true);
    return read_var(s, done, var);
}

/* Makes the check ok (else a call of fn with args), now or, given a
 * list, when flush_checks empties it. */
void guard(Builder *s, Checks *pend, Value *ok, RtId fn, Value **args, Pos pos)
{
    if (!pend) {
        check_or_panic(s, ok, fn, args, pos);
        return;
    }
    Check c = {.ok = ok, .fn = fn, .pos = pos};
    for (int i = 0; args && i < 2; i++)
        c.args[i] = args[i];
    vec_push(pend, c);
}

/* p != nil, else gc's nil-dereference panic. */
void nil_check(Builder *s, Value *p, Checks *pend, Pos pos)
{
    Value *nn = v2(s, OpNeqPtr, t_bool(), pos, p, const_int(s, t_ptr(), 0, pos));
    guard(s, pend, nn, RT_panicmem, NULL, pos);
}

/* Makes the checks of a list, in the order they were recorded. */
void flush_checks(Builder *s, Checks *pend)
{
    if (!pend)
        return;
    for (int i = 0; i < pend->n; i++) {
        Check *c = &pend->v[i];
        check_or_panic(s, c->ok, c->fn, c->args, c->pos);
    }
    pend->n = 0;
}

/* Where the bounds check of x[i] or x[lo:hi] is: at its "[" (lbrack),
 * as gc places it, which differs from the expression's start only when
 * x spans lines or a line directive comes between; at pos for
 * expressions made without one. */
Pos check_pos(Pos lbrack, Pos pos)
{
    return pos_valid(lbrack) ? lbrack : pos;
}

/* Bounds-checked index i into a sequence of length len. */
Value *checked_index(Builder *s, Expr *ie, Value *len, Checks *pend, Pos pos)
{
    Value *i = expr1(s, ie);
    Type *it = ie->type;
    if (ie->mode == MODE_CONST && len->op == OpConst64 && i->aux_int >= 0 && i->aux_int < len->aux_int)
        return to_int64(s, i, it, pos);
    i = convert_int(s, i, it, is_signed(it) ? t_int() : types_basic[TYPE_UINT], pos);
    Value *ok = v2(s, OpIsInBounds, t_bool(), pos, i, len);
    Value *args[2] = {i, len};
    guard(s, pend, ok, is_signed(it) ? RT_panicIndex : RT_panicIndexU, args, pos);
    return i;
}

static Val index_expr(Builder *s, Expr *e)
{
    Expr *x = e->u.index.x;
    if (e->u.index.indices.n != 1) {
        unsupported(e->pos, "generic instantiation");
        return zero_val(s, t_int(), e->pos);
    }
    Expr *ie = e->u.index.indices.v[0];
    Type *xt = type_underlying(x->type);
    if (xt->kind == TYPE_STRING) {
        Val sv = expr(s, x);
        Value *i = checked_index(s, ie, sv.w[1], NULL, check_pos(e->u.index.lbrack, e->pos));
        Value *p = v2(s, OpAddPtr, t_ptr(), e->pos, sv.w[0], i);
        return one(load(s, e->type, p, e->pos), e->type);
    }
    if (xt->kind == TYPE_ARRAY || xt->kind == TYPE_SLICE ||
        (xt->kind == TYPE_POINTER && type_underlying(xt->u.pointer.elem)->kind == TYPE_ARRAY)) {
        Value *p = addr_of(s, e);
        return load_val(s, e->type, p, e->pos);
    }
    if (xt->kind == TYPE_MAP)
        return map_index(s, e, NULL); /* map.c */
    unsupported(e->pos, xprintf("indexing %s", type_string(x->type)));
    return zero_val(s, e->type ? e->type : t_int(), e->pos);
}

/* Address of x[i] for an array, pointer to array or slice x. */
static Value *index_addr(Builder *s, Expr *e, Checks *pend)
{
    Expr *x = e->u.index.x;
    Type *xt = type_underlying(x->type);
    Value *base, *len;
    if (xt->kind == TYPE_SLICE) {
        Val sv = expr(s, x);
        base = sv.w[0];
        len = sv.w[1];
    } else {
        if (xt->kind == TYPE_POINTER) {
            base = expr1(s, x);
            nil_check(s, base, pend, e->pos);
            xt = type_underlying(xt->u.pointer.elem);
        } else {
            base = address(s, x, pend);
        }
        len = const_int(s, t_int(), xt->u.array.len, e->pos);
    }
    Value *i = checked_index(s, e->u.index.indices.v[0], len, pend, check_pos(e->u.index.lbrack, e->pos));
    return elem_addr(s, base, i, elem_type(xt), e->pos);
}

/* Address of an addressable expression (variable, array or slice
 * element, field, dereference), or of the memory copy of a value kept
 * in memory. With a list, the checks on the way (bounds, nil) are left
 * there, up to the first load that needs them (builder.h, Check). */
Value *address(Builder *s, Expr *e, Checks *pend)
{
    e = unqualify(e);
    switch (e->kind) {
    case EXPR_PAREN:
        return address(s, e->u.paren.x, pend);
    case EXPR_IDENT: {
        Object *obj = e->u.ident.obj;
        if (obj && obj->kind == OBJ_VAR && !var_in_ssa(obj))
            return var_addr(s, obj, e->pos);
        break;
    }
    case EXPR_INDEX: {
        Type *xt = type_underlying(e->u.index.x->type);
        if (e->u.index.indices.n == 1 &&
            (xt->kind == TYPE_ARRAY || xt->kind == TYPE_SLICE ||
             (xt->kind == TYPE_POINTER && type_underlying(xt->u.pointer.elem)->kind == TYPE_ARRAY)))
            return index_addr(s, e, pend);
        break;
    }
    case EXPR_SELECTOR: {
        Object *f = e->u.selector.sel->u.ident.obj;
        if (f && f->kind == OBJ_VAR && f->u.var.is_field)
            return field_addr(s, e, pend);
        break;
    }
    case EXPR_STAR: {
        Value *p = expr1(s, e->u.star.x);
        nil_check(s, p, pend, e->pos);
        return p;
    }
    default:
        break;
    }
    /* A non-addressable array or struct value (a call result, a
     * literal): its memory copy serves as its address. */
    Val v = expr(s, e);
    if (v.n == 0)
        return v.addr;
    unsupported(e->pos, "taking this address");
    return const_int(s, t_ptr(), 0, e->pos);
}

Value *addr_of(Builder *s, Expr *e) { return address(s, e, NULL); }

Val conversion(Builder *s, Expr *e)
{
    Type *to = e->type;
    Expr *arg = e->u.call.args.v[0];
    Type *from = arg->type;
    Type *tu = type_underlying(to), *fu = type_underlying(from);
    if (type_is_integer(tu) && type_is_integer(fu)) {
        Value *x = expr1(s, arg);
        return one(convert_int(s, x, fu, tu == to ? to : to, e->pos), to);
    }
    if ((type_is_float(tu) || type_is_float(fu)) && (type_is_float(tu) || type_is_integer(tu)) &&
        (type_is_float(fu) || type_is_integer(fu)))
        return one(convert_float(s, expr1(s, arg), fu, to, e->pos), to);
    if (type_is_complex(tu) && type_is_complex(fu))
        return convert_complex(s, expr(s, arg), to, e->pos);
    if (tu->kind == TYPE_STRING && type_is_integer(fu)) {
        /* The runtime maps anything outside the rune range to U+FFFD;
         * a huge uint64 arrives as a negative int64, also outside. */
        Value *x = to_int64(s, expr1(s, arg), fu, e->pos);
        Value *res[2] = {0};
        Type *rt[2] = {t_ptr(), t_int()};
        rtcall(s, RT_intstring, &x, res, rt, e->pos);
        Val r = {.type = to, .n = 2};
        r.w[0] = res[0];
        r.w[1] = res[1];
        return r;
    }
    if (tu->kind == TYPE_INTERFACE)
        return to_iface(s, expr(s, arg), to, e->pos);
    Val r;
    if (slice_conversion(s, e, &r) || unsafe_conversion(s, e, &r))
        return r;
    /* Same representation: underlying types identical but for their
     * structs' tags (at any depth: []struct{F T `tag`} to []struct{F T}),
     * pointers to such types, channels that differ in direction. */
    if (type_identical_ignore_tags(tu, fu) || (tu->kind == TYPE_STRING && fu->kind == TYPE_STRING) ||
        (tu->kind == TYPE_STRUCT && fu->kind == TYPE_STRUCT) ||
        (tu->kind == TYPE_POINTER && fu->kind == TYPE_POINTER) ||
        (tu->kind == TYPE_CHAN && fu->kind == TYPE_CHAN)) {
        Val v = expr(s, arg);
        v.type = to;
        return v;
    }
    unsupported(e->pos, xprintf("conversion from %s to %s", type_string(from), type_string(to)));
    return zero_val(s, to, e->pos);
}

/* A Val that names its value: every word set, or an address. */
static bool val_ok(Val v)
{
    if (v.n == 0)
        return v.addr != NULL;
    for (int i = 0; i < v.n; i++)
        if (!v.w[i])
            return false;
    return true;
}

static Val expr_raw(Builder *s, Expr *e);

/* Lowers the value of e. After a "not supported yet" error deeper in e
 * the result may be incomplete; it is then replaced by a zero value of
 * e's type, so that lowering can go on and report the function's other
 * unsupported constructs without ever building malformed SSA. */
Val expr(Builder *s, Expr *e)
{
    Type *t = e->type;
    Val r = expr_raw(s, e);
    if (!val_ok(r) && error_count() > 0 && t && t->kind != TYPE_TUPLE && t->kind != TYPE_INVALID)
        return zero_val(s, t, e->pos);
    return r;
}

/* A qualified identifier pkg.Name as its identifier Name (the checker
 * gave both the same object, mode and type); any other e as it is. */
Expr *unqualify(Expr *e)
{
    if (e->kind != EXPR_SELECTOR)
        return e;
    Expr *x = e->u.selector.x;
    while (x->kind == EXPR_PAREN)
        x = x->u.paren.x;
    if (x->kind == EXPR_IDENT && x->u.ident.obj && x->u.ident.obj->kind == OBJ_PKGNAME)
        return e->u.selector.sel;
    return e;
}

static Val expr_raw(Builder *s, Expr *e)
{
    if (e->mode == MODE_CONST && e->val)
        return const_val(s, e);
    e = unqualify(e);
    if (e->kind == EXPR_SELECTOR && e->u.selector.sel->u.ident.obj &&
        e->u.selector.sel->u.ident.obj->kind == OBJ_FUNC)
        return method_value(s, e); /* iface.c */
    switch (e->kind) {
    case EXPR_PAREN:
        return expr(s, e->u.paren.x);
    case EXPR_IDENT: {
        Object *obj = e->u.ident.obj;
        if (obj && obj->kind == OBJ_VAR)
            return read_object(s, obj, e->pos);
        if (obj && obj->kind == OBJ_NIL) {
            if (e->type && type_underlying(e->type)->kind != TYPE_UNTYPED_NIL)
                return zero_val(s, e->type, e->pos); /* nil of its final type: 1 to 3 words */
            return one(const_int(s, t_ptr(), 0, e->pos), e->type);
        }
        if (obj && obj->kind == OBJ_FUNC && func_declared(obj) && !obj->u.func.is_method)
            return func_value(s, obj, e->pos);
        unsupported(e->pos, xprintf("use of %s as a value", e->u.ident.name));
        return zero_val(s, e->type ? e->type : t_int(), e->pos);
    }
    case EXPR_BINARY:
        if (e->u.binary.op == TK_LAND || e->u.binary.op == TK_LOR)
            return one(logical(s, e), e->type);
        if (e->u.binary.op == TK_ADD && type_is_string(e->type)) {
            Val x = expr(s, e->u.binary.x), y = expr(s, e->u.binary.y);
            return string_concat(s, x, y, e->type, e->pos);
        }
        if (type_is_complex(e->type)) {
            Val x = expr(s, e->u.binary.x), y = expr(s, e->u.binary.y);
            return complex_arith(s, e->u.binary.op, x, y, e->type, e->pos);
        }
        return one(binary_words(s, e), e->type);
    case EXPR_UNARY: {
        Type *t = e->type;
        switch (e->u.unary.op) {
        case TK_ADD:
            return expr(s, e->u.unary.x);
        case TK_SUB:
            if (type_is_complex(t))
                return complex_neg(s, expr(s, e->u.unary.x), t, e->pos);
            if (type_is_float(t))
                return one(float_neg(s, expr1(s, e->u.unary.x), t, e->pos), t);
            return one(v1(s, sized(OpNeg8, t), t, e->pos, expr1(s, e->u.unary.x)), t);
        case TK_XOR:
            return one(v1(s, sized(OpCom8, t), t, e->pos, expr1(s, e->u.unary.x)), t);
        case TK_NOT:
            return one(v1(s, OpNot, t, e->pos, expr1(s, e->u.unary.x)), t);
        case TK_ARROW:
            return chan_recv(s, e, NULL); /* chan.c */
        case TK_AND: {
            Expr *x = e->u.unary.x;
            while (x->kind == EXPR_PAREN)
                x = x->u.paren.x;
            /* &T{...} is a new variable: on the heap, as every variable
             * whose address is taken. */
            if (x->kind == EXPR_COMPOSITE_LIT)
                return one(heap_lit(s, x), t);
            return one(addr_of(s, x), t);
        }
        default:
            break;
        }
        break;
    }
    case EXPR_STAR:
        return load_val(s, e->type, addr_of(s, e), e->pos);
    case EXPR_INDEX:
        return index_expr(s, e);
    case EXPR_SLICE:
        return slice_expr(s, e);
    case EXPR_SELECTOR: {
        Object *f = e->u.selector.sel->u.ident.obj;
        if (f && f->kind == OBJ_VAR && f->u.var.is_field)
            return load_val(s, e->type, field_addr(s, e, NULL), e->pos);
        break;
    }
    case EXPR_CALL:
        return call_expr(s, e);
    case EXPR_COMPOSITE_LIT:
        return composite_lit(s, e);
    case EXPR_FUNC_LIT:
        return func_lit(s, e);
    case EXPR_TYPE_ASSERT:
        return type_assert(s, e, NULL);
    default:
        break;
    }
    unsupported(e->pos, expr_kind_name(e));
    return zero_val(s, e->type ? e->type : t_int(), e->pos);
}

/* A single-word expression. */
Value *expr1(Builder *s, Expr *e)
{
    Val v = expr(s, e);
    if (v.n != 1) {
        if (v.n == 0 && !v.addr)
            return const_int(s, t_int(), 0, e->pos);
        ice(e->pos, "expected a single-word value, have %d words", v.n);
    }
    return v.w[0];
}

/* Branches to yes or no on a boolean expression, short-circuiting. */
void cond_branch(Builder *s, Expr *e, Block *yes, Block *no)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    if (e->kind == EXPR_BINARY && (e->u.binary.op == TK_LAND || e->u.binary.op == TK_LOR)) {
        Block *mid = new_block(s, BlockPlain, e->pos);
        if (e->u.binary.op == TK_LAND)
            cond_branch(s, e->u.binary.x, mid, no);
        else
            cond_branch(s, e->u.binary.x, yes, mid);
        start_block(s, mid, true);
        cond_branch(s, e->u.binary.y, yes, no);
        return;
    }
    if (e->kind == EXPR_UNARY && e->u.unary.op == TK_NOT) {
        cond_branch(s, e->u.unary.x, no, yes);
        return;
    }
    Value *c = expr1(s, e);
    Block *b = cur(s);
    b->kind = BlockIf;
    b->pos = e->pos;
    ssa_set_control(b, c);
    ssa_add_edge(b, yes);
    ssa_add_edge(b, no);
    s->cur = NULL;
}
