/*
 * stmt.c — statements and structured control flow: assignments (left
 * sides evaluated before right sides), declarations, return, if, for,
 * switch, labels, goto, break, continue and fallthrough. Each construct
 * creates its blocks up front and seals them as builder.c's sealing
 * discipline says; for-range is in range.c, send and select in chan.c,
 * defer and go in defer.c.
 */
#include "builder.h"

#include <string.h>

void stmts(Builder *s, StmtList *l)
{
    for (int i = 0; i < l->n; i++)
        stmt(s, l->v[i]);
}

bool is_blank(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e->kind == EXPR_IDENT && strcmp(e->u.ident.name, "_") == 0;
}

/*
 * Places. An assignment evaluates its left side's operands (variables,
 * pointers, indices: spec, "Assignment statements") before its right
 * side, and gc makes the bounds and nil checks of each place only when
 * it assigns it, after the right side: `a[i] = f()` calls f before it
 * panics for a bad i, and `a[0], b[9] = 1, 2` stores a[0] first. So a
 * Place keeps the checks of its address (those before the first load
 * through it) for assign_place.
 */
Place place(Builder *s, Expr *e)
{
    Place p = {0};
    if (is_blank(e)) {
        p.blank = true;
        return p;
    }
    p.type = e->type;
    Expr *x = e;
    while (x->kind == EXPR_PAREN)
        x = x->u.paren.x;
    x = unqualify(x);
    if (x->kind == EXPR_IDENT && x->u.ident.obj && x->u.ident.obj->kind == OBJ_VAR &&
        var_in_ssa(x->u.ident.obj)) {
        p.obj = x->u.ident.obj;
        return p;
    }
    if (is_map_index(x)) {
        p.map = map_place(s, x, &p.checks); /* map.c */
        return p;
    }
    p.addr = address(s, x, &p.checks);
    return p;
}

/* The place's current value (for x op= y), after its checks. */
static Val place_value(Builder *s, Place *p, Pos pos)
{
    if (p->obj)
        return read_object(s, p->obj, pos);
    if (p->map)
        return map_place_value(s, p->map, &p->checks, pos);
    flush_checks(s, &p->checks);
    return load_val(s, p->type, p->addr, pos);
}

void assign_place(Builder *s, Place p, Val v, Pos pos)
{
    if (p.blank)
        return;
    v = assign_conv(s, v, p.type, pos);
    if (p.obj) {
        write_object(s, p.obj, v, pos);
        return;
    }
    if (p.map)
        p.addr = map_place_slot(s, p.map, &p.checks, pos);
    flush_checks(s, &p.checks);
    /* A Move copies forwards in chunks, so one whose destination
     * starts inside its source reads what it has just written. As gc,
     * such a copy of more than one load and store (16 bytes) goes
     * through memmove. */
    if (p.overlaps && v.n == 0 && type_size(p.type) > 16) {
        Value *args[3] = {p.addr, v.addr, const_int(s, t_uintptr(), type_size(p.type), pos)};
        rtcall(s, RT_memmove, args, NULL, NULL, pos);
        return;
    }
    store_val(s, p.type, p.addr, v, pos);
}

static bool is_deref(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e->kind == EXPR_STAR;
}

/* Whether `l = r` may copy between partly overlapping memory: only two
 * arrays reached through pointers can (both made from slices of one
 * backing array, as (*[4]T)(s[1:5])); a whole variable or field is
 * either disjoint from the other side or the same memory. */
static bool may_overlap(Expr *l, Expr *r)
{
    if (!is_deref(l) || !is_deref(r))
        return false;
    Type *t = type_underlying(l->type);
    return t->kind == TYPE_ARRAY && t->u.array.len > 1;
}

/* A new variable (being declared) initialised with a literal of its
 * own type: built in place (not one converted to an interface: var i
 * interface{} = T{} holds a boxed T). */
static bool init_in_place(Builder *s, Object *obj, Expr *rhs)
{
    while (rhs->kind == EXPR_PAREN)
        rhs = rhs->u.paren.x;
    if (!obj || obj->kind != OBJ_VAR || !named(obj) || obj->u.var.is_global || var_in_ssa(obj) ||
        rhs->kind != EXPR_COMPOSITE_LIT || !type_identical(obj->type, rhs->type))
        return false;
    return lit_into(s, rhs, var_addr(s, obj, rhs->pos), var_on_heap(s, obj));
}

/* The value and the ok of a comma-ok expression r (x.(T), m[k]) into
 * vals[0:2]; false, doing nothing, for any other expression. */
bool comma_ok(Builder *s, Expr *r, Val *vals)
{
    while (r->kind == EXPR_PAREN)
        r = r->u.paren.x;
    Value *ok;
    if (r->kind == EXPR_TYPE_ASSERT)
        vals[0] = type_assert(s, r, &ok);
    else if (is_map_index(r))
        vals[0] = map_index(s, r, &ok); /* map.c */
    else if (is_receive(r))
        vals[0] = chan_recv(s, r, &ok); /* chan.c */
    else
        return false;
    vals[1] = one(ok, t_bool());
    return true;
}

/* Declares the new variables of lhs := ...; whether there were any. */
bool declare_defined(Builder *s, ExprList *lhs)
{
    bool fresh = false;
    for (int i = 0; i < lhs->n; i++) {
        Object *obj = lhs->v[i]->u.ident.obj;
        /* := redeclares only the new names; old ones were declared before. */
        if (obj && obj->kind == OBJ_VAR && obj->ssa_var == 0 && !obj->u.var.is_global) {
            declare_local(s, obj);
            fresh = true;
        }
    }
    return fresh;
}

/* lhs = rhs, lhs := rhs, and var lhs = rhs (decl: every name is new). */
static void define_or_assign(Builder *s, Stmt *st, bool decl)
{
    ExprList *lhs = &st->u.assign.lhs, *rhs = &st->u.assign.rhs;
    bool define = st->u.assign.tok == TK_DEFINE;
    bool fresh = decl;
    if (define && declare_defined(s, lhs))
        fresh = true;
    if (fresh && lhs->n == 1 && rhs->n == 1 && lhs->v[0]->kind == EXPR_IDENT &&
        init_in_place(s, lhs->v[0]->u.ident.obj, rhs->v[0]))
        return;
    Place *places = NEWARRAY(Place, lhs->n + 1);
    for (int i = 0; i < lhs->n; i++)
        places[i] = place(s, lhs->v[i]);
    Val *vals = NEWARRAY(Val, lhs->n + 1);
    if (rhs->n == 1 && lhs->n > 1) {
        Expr *r = rhs->v[0];
        while (r->kind == EXPR_PAREN)
            r = r->u.paren.x;
        if (comma_ok(s, r, vals)) {
            for (int i = 0; i < 2; i++)
                assign_place(s, places[i], vals[i], st->pos);
            return;
        }
        if (r->kind != EXPR_CALL) {
            unsupported(st->pos, "comma-ok assignments");
            return;
        }
        CallResult cr = go_call(s, r);
        if (cr.n != lhs->n)
            return;
        for (int i = 0; i < lhs->n; i++)
            vals[i] = cr.vals[i];
    } else {
        for (int i = 0; i < rhs->n; i++) {
            vals[i] = expr(s, rhs->v[i]);
            if (rhs->n > 1)
                vals[i] = copy_val(s, vals[i], st->pos);
        }
    }
    if (lhs->n == 1 && rhs->n == 1)
        places[0].overlaps = may_overlap(lhs->v[0], rhs->v[0]);
    for (int i = 0; i < lhs->n; i++)
        assign_place(s, places[i], vals[i], st->pos);
}

static TokenKind assign_op_base(TokenKind op)
{
    switch (op) {
    case TK_ADD_ASSIGN: return TK_ADD;
    case TK_SUB_ASSIGN: return TK_SUB;
    case TK_MUL_ASSIGN: return TK_MUL;
    case TK_QUO_ASSIGN: return TK_QUO;
    case TK_REM_ASSIGN: return TK_REM;
    case TK_AND_ASSIGN: return TK_AND;
    case TK_OR_ASSIGN: return TK_OR;
    case TK_XOR_ASSIGN: return TK_XOR;
    case TK_SHL_ASSIGN: return TK_SHL;
    case TK_SHR_ASSIGN: return TK_SHR;
    case TK_AND_NOT_ASSIGN: return TK_AND_NOT;
    case TK_INC: return TK_ADD;
    case TK_DEC: return TK_SUB;
    default: return TK_ILLEGAL;
    }
}

/* x op= y (and x++ / x-- with y == NULL): x's operands, then y, then
 * x's checks and value (gc reads x after y's calls). */
static void op_assign(Builder *s, Expr *lhs, TokenKind op, Expr *rhs, Pos pos)
{
    Place p = place(s, lhs);
    Type *t = lhs->type;
    if (!type_is_string(t) && !type_is_integer(t) && !type_is_float(t) && !type_is_complex(t)) {
        unsupported(pos, xprintf("%s on %s", token_text[op], type_string(t)));
        return;
    }
    Val y = rhs                  ? expr(s, rhs)
            : type_is_complex(t) ? complex_const_val(s, const_int64(1), t, pos)
                                 : one(const_int(s, t, 1, pos), t);
    /* m[k] op= y: gc makes the entry (mapassign) before reading it,
     * except for / and %, whose panic must leave no new entry. */
    if (p.map && op != TK_QUO && op != TK_REM) {
        p.addr = map_place_slot(s, p.map, &p.checks, pos);
        p.map = NULL;
    }
    Val cur_v = place_value(s, &p, pos);
    Val r;
    if (type_is_string(t))
        r = string_concat(s, cur_v, y, t, pos);
    else if (type_is_complex(t))
        r = complex_arith(s, op, cur_v, y, t, pos);
    else if (op == TK_SHL || op == TK_SHR)
        r = one(shift(s, op, cur_v.w[0], t, y.w[0], rhs->type, pos), t);
    else
        r = one(arith(s, op, cur_v.w[0], y.w[0], t, pos), t);
    assign_place(s, p, r, pos);
}

static void var_decl(Builder *s, Decl *d)
{
    ExprList *names = &d->u.value.names, *values = &d->u.value.values;
    for (int i = 0; i < names->n; i++) {
        Object *obj = names->v[i]->u.ident.obj;
        if (obj && obj->kind == OBJ_VAR && !obj->u.var.is_global)
            declare_local(s, obj);
    }
    if (values->n == 0) {
        for (int i = 0; i < names->n; i++) {
            Object *obj = names->v[i]->u.ident.obj;
            if (obj && obj->kind == OBJ_VAR && named(obj))
                zero_object(s, obj, d->pos);
        }
        return;
    }
    Stmt fake = {.kind = STMT_ASSIGN, .pos = d->pos};
    fake.u.assign.lhs = *names;
    fake.u.assign.rhs = *values;
    fake.u.assign.tok = TK_ASSIGN;
    define_or_assign(s, &fake, true);
}

static Block *label_block(Builder *s, const char *name, Pos pos)
{
    for (int i = 0; i < s->labels.n; i++)
        if (s->labels.v[i].name == name)
            return s->labels.v[i].b;
    LabelBlock lb = {name, new_block(s, BlockPlain, pos)};
    vec_push(&s->labels, lb);
    return lb.b;
}

void return_stmt(Builder *s, Stmt *st)
{
    ExprList *res = &st->u.return_stmt.results;
    int n = s->results.n;
    Val *vals = NULL;
    if (res->n > 0) {
        vals = NEWARRAY(Val, n + 1);
        if (res->n == 1 && n > 1) {
            Expr *r = res->v[0];
            while (r->kind == EXPR_PAREN)
                r = r->u.paren.x;
            CallResult cr = go_call(s, r);
            for (int i = 0; i < n; i++) /* cr.n < n only after an error */
                vals[i] = i < cr.n ? cr.vals[i]
                                   : zero_val(s, s->result_tuple->u.tuple.vars.v[i]->type, st->pos);
        } else {
            for (int i = 0; i < n; i++)
                vals[i] = copy_val(s, expr(s, res->v[i]), st->pos);
        }
        for (int i = 0; i < n; i++)
            vals[i] = assign_conv(s, vals[i], s->result_tuple->u.tuple.vars.v[i]->type, st->pos);
        /* Named results are variables: assign them (a deferred function
         * could observe them later). */
        for (int i = 0; i < n; i++)
            if (s->results.v[i])
                write_object(s, s->results.v[i], vals[i], st->pos);
    }
    emit_return(s, vals, st->pos);
}

static void if_stmt(Builder *s, Stmt *st)
{
    if (st->u.if_stmt.init)
        stmt(s, st->u.if_stmt.init);
    Block *then = new_block(s, BlockPlain, st->pos);
    Block *done = new_block(s, BlockPlain, st->pos);
    Block *els = st->u.if_stmt.else_ ? new_block(s, BlockPlain, st->pos) : done;
    cond_branch(s, st->u.if_stmt.cond, then, els);
    start_block(s, then, true);
    stmt(s, st->u.if_stmt.then);
    jump_to(s, done);
    if (st->u.if_stmt.else_) {
        start_block(s, els, true);
        stmt(s, st->u.if_stmt.else_);
        jump_to(s, done);
    }
    start_block(s, done, true);
}

void push_target(Builder *s, Target *t, Stmt *st, Block *brk, Block *cont)
{
    t->stmt = st;
    t->label = s->pending_label;
    s->pending_label = NULL;
    t->brk = brk;
    t->cont = cont;
    t->outer = s->targets;
    s->targets = t;
}

static void for_stmt(Builder *s, Stmt *st)
{
    if (st->u.for_stmt.init)
        stmt(s, st->u.for_stmt.init);
    Block *header = new_block(s, BlockPlain, st->pos);
    Block *body = new_block(s, BlockPlain, st->pos);
    Block *post = new_block(s, BlockPlain, st->pos);
    Block *done = new_block(s, BlockPlain, st->pos);
    jump_to(s, header);
    start_block(s, header, false);
    if (st->u.for_stmt.cond)
        cond_branch(s, st->u.for_stmt.cond, body, done);
    else
        jump_to(s, body);
    Target t;
    push_target(s, &t, st, done, post);
    start_block(s, body, true);
    stmt(s, st->u.for_stmt.body);
    jump_to(s, post);
    s->targets = t.outer;
    start_block(s, post, true);
    if (st->u.for_stmt.post)
        stmt(s, st->u.for_stmt.post);
    jump_to(s, header);
    seal(s, header);
    start_block(s, done, true);
}

static void switch_stmt(Builder *s, Stmt *st)
{
    if (st->u.switch_stmt.init)
        stmt(s, st->u.switch_stmt.init);
    Expr *tag = st->u.switch_stmt.tag;
    Val tagv = {0};
    if (tag)
        tagv = copy_val(s, expr(s, tag), st->pos);
    StmtList *clauses = &st->u.switch_stmt.body->u.block.list;
    int n = clauses->n;
    Block **bodies = NEWARRAY(Block *, n + 1);
    for (int i = 0; i < n; i++)
        bodies[i] = new_block(s, BlockPlain, clauses->v[i]->pos);
    Block *done = new_block(s, BlockPlain, st->pos);
    Block *deflt = done;
    /* Tests in source order; default last. */
    for (int i = 0; i < n; i++) {
        Stmt *cc = clauses->v[i];
        if (cc->u.case_clause.is_default || cc->u.case_clause.list.n == 0) {
            deflt = bodies[i];
            continue;
        }
        for (int j = 0; j < cc->u.case_clause.list.n; j++) {
            Expr *ce = cc->u.case_clause.list.v[j];
            Block *next = new_block(s, BlockPlain, ce->pos);
            if (!tag && type_underlying(ce->type)->kind == TYPE_INTERFACE) {
                /* switch { case i: } with an interface i compares it
                 * with the missing tag, true (issue 3980) */
                Val yes = one(const_int(s, t_bool(), 1, ce->pos), t_bool());
                Value *eq = equal_vals(s, expr(s, ce), yes, ce->type, ce->pos);
                branch_if(s, eq, bodies[i], next, 0);
            } else if (!tag) {
                cond_branch(s, ce, bodies[i], next);
            } else {
                Value *eq = is_nil_expr(ce) ? compare_nil(s, TK_EQL, tagv, ce->pos)
                                            : equal_vals(s, tagv, expr(s, ce), tag->type, ce->pos);
                branch_if(s, eq, bodies[i], next, 0);
            }
            start_block(s, next, true);
        }
    }
    jump_to(s, deflt);
    Target t;
    push_target(s, &t, st, done, NULL);
    Block *saved_ft = s->fallthrough_to;
    for (int i = 0; i < n; i++) {
        /* A body is entered from its tests and from the previous body's
         * fallthrough, which is emitted before it: all preds are known. */
        start_block(s, bodies[i], true);
        s->fallthrough_to = i + 1 < n ? bodies[i + 1] : NULL;
        stmts(s, &clauses->v[i]->u.case_clause.body);
        jump_to(s, done);
    }
    s->fallthrough_to = saved_ft;
    s->targets = t.outer;
    start_block(s, done, true);
}

static void branch_stmt(Builder *s, Stmt *st)
{
    TokenKind tok = st->u.branch.tok;
    if (tok == TK_GOTO) {
        jump_to(s, label_block(s, st->u.branch.label->u.ident.name, st->pos));
        return;
    }
    if (tok == TK_FALLTHROUGH) {
        if (s->fallthrough_to)
            jump_to(s, s->fallthrough_to);
        return;
    }
    Stmt *target = st->u.branch.target;
    for (Target *t = s->targets; t; t = t->outer) {
        if (target ? (t->stmt != target && t->label != target)
                   : (tok == TK_CONTINUE && !t->cont))
            continue;
        jump_to(s, tok == TK_BREAK ? t->brk : t->cont);
        return;
    }
    ice(st->pos, "%s without a target", token_text[tok]);
}

void stmt(Builder *s, Stmt *st)
{
    switch (st->kind) {
    case STMT_EMPTY:
        return;
    case STMT_BLOCK:
        stmts(s, &st->u.block.list);
        return;
    case STMT_EXPR:
        if (is_receive(st->u.expr.x))
            recv_stmt(s, st->u.expr.x); /* chan.c: the value is dropped */
        else
            expr(s, st->u.expr.x);
        return;
    case STMT_SEND:
        send_stmt(s, st); /* chan.c */
        return;
    case STMT_GO:
        go_stmt(s, st); /* defer.c */
        return;
    case STMT_SELECT:
        select_stmt(s, st); /* chan.c */
        return;
    case STMT_DECL:
        if (st->u.decl.decl->kind == DECL_VAR)
            var_decl(s, st->u.decl.decl);
        return;
    case STMT_ASSIGN: {
        TokenKind tok = st->u.assign.tok;
        if (tok == TK_ASSIGN || tok == TK_DEFINE)
            define_or_assign(s, st, false);
        else
            op_assign(s, st->u.assign.lhs.v[0], assign_op_base(tok), st->u.assign.rhs.v[0], st->pos);
        return;
    }
    case STMT_INCDEC:
        op_assign(s, st->u.incdec.x, assign_op_base(st->u.incdec.tok), NULL, st->pos);
        return;
    case STMT_RETURN:
        return_stmt(s, st);
        return;
    case STMT_DEFER:
        defer_stmt(s, st);
        return;
    case STMT_IF:
        if_stmt(s, st);
        return;
    case STMT_FOR:
        for_stmt(s, st);
        return;
    case STMT_RANGE:
        range_stmt(s, st);
        return;
    case STMT_SWITCH:
        switch_stmt(s, st);
        return;
    case STMT_TYPE_SWITCH:
        type_switch_stmt(s, st); /* iface.c */
        return;
    case STMT_BRANCH:
        branch_stmt(s, st);
        return;
    case STMT_LABELED: {
        /* The blank label declares nothing and no branch can name it, so
         * it needs no block (and there may be several in a function). */
        if (st->u.labeled.label->u.ident.name == intern_cstr("_")) {
            stmt(s, st->u.labeled.stmt);
            return;
        }
        Block *b = label_block(s, st->u.labeled.label->u.ident.name, st->pos);
        jump_to(s, b);
        start_block(s, b, false);
        s->pending_label = st;
        stmt(s, st->u.labeled.stmt);
        s->pending_label = NULL;
        return;
    }
    default:
        unsupported(st->pos, "this statement");
        return;
    }
}
