/*
 * range.c — for-range loops over strings (decoding runes: ASCII inline,
 * the rest through runtime.decoderune), arrays (or pointers to arrays)
 * and slices (maps: map.c, channels: chan.c). The range expression is evaluated once, before the loop,
 * as the spec requires: a slice's three words are kept, so assigning
 * the slice variable in the body changes neither the length nor the
 * elements visited.
 */
#include "builder.h"

/* Assigns one iteration's key and value (NULL: not assigned) to the
 * loop's variables: := defines them (range_declare), = assigns them as
 * one parallel assignment, both places evaluated before either is
 * assigned (`for i, x[i] = range y` indexes x with the old i). */
void range_assign(Builder *s, Stmt *st, Val *k, Val *v)
{
    Expr *es[2] = {st->u.range.key, st->u.range.value};
    Val *vals[2] = {k, v};
    Place places[2] = {{.blank = true}, {.blank = true}};
    for (int i = 0; i < 2; i++) {
        if (!vals[i] || !es[i] || is_blank(es[i]))
            continue;
        if (st->u.range.tok == TK_DEFINE) {
            Object *obj = es[i]->u.ident.obj;
            if (obj && obj->ssa_var == 0)
                declare_local(s, obj);
            write_object(s, obj, *vals[i], st->pos);
            continue;
        }
        places[i] = place(s, es[i]);
    }
    for (int i = 0; i < 2; i++)
        if (vals[i])
            assign_place(s, places[i], *vals[i], st->pos);
}

/* The loop's body, with break going to done and continue to post,
 * which is then the current block (the caller's next step: advance and
 * jump back to the header). */
void range_body(Builder *s, Stmt *st, Block *post, Block *done)
{
    Target t;
    push_target(s, &t, st, done, post);
    stmt(s, st->u.range.body);
    jump_to(s, post);
    s->targets = t.outer;
    start_block(s, post, true);
}

/* The variables of `for k, v := range x`: one pair for the whole loop
 * (Go 1.19; per-iteration variables came with Go 1.22), so they are
 * declared before the loop: a captured one gets one heap cell, and a
 * closure made in the body sees the values of later iterations. */
static void range_declare(Builder *s, Stmt *st)
{
    if (st->u.range.tok != TK_DEFINE)
        return;
    Expr *vars[2] = {st->u.range.key, st->u.range.value};
    for (int i = 0; i < 2; i++) {
        Object *obj = vars[i] && !is_blank(vars[i]) ? vars[i]->u.ident.obj : NULL;
        if (obj && obj->ssa_var == 0)
            declare_local(s, obj);
    }
}

void range_stmt(Builder *s, Stmt *st)
{
    Expr *x = st->u.range.x;
    Type *xt = type_underlying(x->type);
    Pos pos = st->pos;
    range_declare(s, st);
    if (xt->kind == TYPE_MAP) {
        map_range(s, st);
        return;
    }
    if (xt->kind == TYPE_CHAN) {
        chan_range(s, st); /* chan.c */
        return;
    }
    bool is_string = xt->kind == TYPE_STRING;
    bool is_slice = xt->kind == TYPE_SLICE;
    bool is_array = xt->kind == TYPE_ARRAY ||
                    (xt->kind == TYPE_POINTER && type_underlying(xt->u.pointer.elem)->kind == TYPE_ARRAY);
    if (!is_string && !is_array && !is_slice) {
        unsupported(pos, xprintf("range over %s", type_string(x->type)));
        return;
    }
    /* The range expression is evaluated once; an array is copied if
     * its elements are used (spec: the range expression is a copy). */
    Val xv = {0};
    Value *len;
    Type *at = xt;
    if (is_string || is_slice) {
        xv = expr(s, x);
        len = xv.w[1];
        if (is_slice)
            xv.addr = xv.w[0]; /* the array */
    } else {
        if (xt->kind == TYPE_POINTER) {
            at = type_underlying(xt->u.pointer.elem);
            xv.addr = expr1(s, x);
        } else if (st->u.range.value && !is_blank(st->u.range.value)) {
            xv = copy_val(s, expr(s, x), pos);
        } else if (x->kind != EXPR_IDENT) {
            xv = expr(s, x); /* for its side effects only */
        }
        len = const_int(s, t_int(), at->u.array.len, pos);
    }
    int ivar = new_var(s, t_int());
    Block *header, *body = new_block(s, BlockPlain, pos);
    Block *post = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    Value *i = counted_loop(s, ivar, len, body, done, &header, pos);
    int nextvar = new_var(s, t_int());
    if (is_string) {
        /* Decode one rune: ASCII inline, the rest in the runtime. */
        int rvar = new_var(s, types_basic[TYPE_INT32]);
        Value *p = v2(s, OpAddPtr, t_ptr(), pos, xv.w[0], i);
        Value *c = load(s, types_basic[TYPE_UINT8], p, pos);
        Value *ascii = v2(s, OpLess8U, t_bool(), pos, c, const_int(s, types_basic[TYPE_UINT8], 0x80, pos));
        Block *b0 = cur(s);
        b0->kind = BlockIf;
        ssa_set_control(b0, ascii);
        b0->likely = 1;
        Block *fast = new_block(s, BlockPlain, pos), *slow = new_block(s, BlockPlain, pos);
        Block *join = new_block(s, BlockPlain, pos);
        ssa_add_edge(b0, fast);
        ssa_add_edge(b0, slow);
        s->cur = NULL;
        start_block(s, fast, true);
        write_var(s, fast, rvar, v1(s, OpZeroExt8to32, types_basic[TYPE_INT32], pos, c));
        write_var(s, fast, nextvar, v2(s, OpAdd64, t_int(), pos, i, const_int(s, t_int(), 1, pos)));
        jump_to(s, join);
        start_block(s, slow, true);
        Value *args[3] = {xv.w[0], xv.w[1], i};
        Value *res[2] = {0};
        Type *rt[2] = {types_basic[TYPE_INT32], t_int()};
        /* decoderune returns (rune, next index); its result words are
         * 8 bytes each, the rune in the low half. */
        rtcall(s, RT_decoderune, args, res, rt, pos);
        write_var(s, cur(s), rvar, res[0]);
        write_var(s, cur(s), nextvar, res[1]);
        jump_to(s, join);
        start_block(s, join, true);
        Val k = one(i, t_int()), r = one(read_var(s, join, rvar), type_rune);
        range_assign(s, st, &k, &r);
    } else {
        write_var(s, cur(s), nextvar, v2(s, OpAdd64, t_int(), pos, i, const_int(s, t_int(), 1, pos)));
        Val k = one(i, t_int()), v;
        bool want_v = st->u.range.value && !is_blank(st->u.range.value);
        if (want_v) {
            Type *et = elem_type(at);
            if (xt->kind == TYPE_POINTER)
                nil_check(s, xv.addr, NULL, pos);
            Value *p = elem_addr(s, xv.addr, i, et, pos);
            v = copy_val(s, load_val(s, et, p, pos), pos);
        }
        range_assign(s, st, &k, want_v ? &v : NULL);
    }
    range_body(s, st, post, done);
    /* post reads nextvar, defined on every path into the body's end. */
    write_var(s, post, ivar, read_var(s, post, nextvar));
    jump_to(s, header);
    seal(s, header);
    start_block(s, done, true);
}
