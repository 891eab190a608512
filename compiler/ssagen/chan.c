/*
 * chan.c — channels in compiled code, lowered as gc's walk lowers them
 * to the runtime calls of rt/chan.c (rt/runtime.def): make(chan T, n),
 * c <- v, <-c (a value, comma-ok, or a statement that drops it), close,
 * len and cap (loads of the hchan's first two words), for-range over a
 * channel, and select statements.
 *
 * Values travel by address: a send stores its value into a frame
 * temporary and passes that, a receive passes the temporary it reads
 * the value back from (nil when the value is dropped). The runtime
 * keeps that address while the goroutine waits (sudog.elem), so it is a
 * stack slot of the waiting frame, never a register.
 *
 * select follows gc's walk/select.go: no cases blocks forever
 * (runtime.block); one case is its communication as a plain statement
 * followed by the body; one case and a default is selectnbsend or
 * selectnbrecv and an if; anything else lays out an array of scase
 * {c, elem} (sends first in source order, receives from the end
 * backwards) and calls selectgo, which returns the case that ran. The
 * channel operands and sent values of every case are evaluated first,
 * in source order; a receive's left side only once its case is chosen
 * (spec, "Select statements").
 */
#include "builder.h"

/* Whether e is a receive operation <-c. */
bool is_receive(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e->kind == EXPR_UNARY && e->u.unary.op == TK_ARROW;
}

static Type *chan_elem(Type *ct)
{
    return type_underlying(ct)->u.chan.elem;
}

/* make(chan T) and make(chan T, n): runtime.makechan(type, n), which
 * panics for a size out of range. An n of a wider unsigned type than
 * int becomes negative, and out of range, as in gc on 64-bit targets. */
Val make_chan(Builder *s, Expr *e)
{
    ExprList *args = &e->u.call.args;
    Value *typ = v0(s, OpAddr, t_ptr(), e->pos);
    typ->aux = type_sym(s, e->type);
    Value *size = args->n > 1 ? int_value(s, args->v[1]) : const_int(s, t_int(), 0, e->pos);
    Value *rargs[2] = {typ, size};
    Value *res[1] = {0};
    Type *rt[1] = {e->type};
    rtcall(s, RT_makechan, rargs, res, rt, e->pos);
    return one(res[0] ? res[0] : const_int(s, e->type, 0, e->pos), e->type);
}

/* v, converted to the element type of channel type ct, in a new frame
 * temporary: its address, as a send passes it. */
static Value *value_slot(Builder *s, Type *ct, Val v, Pos pos)
{
    Type *et = chan_elem(ct);
    v = assign_conv(s, v, et, pos);
    Value *slot = temp_addr(s, et, pos);
    store_val(s, et, slot, v, pos);
    return slot;
}

/* c <- v: the channel, then the value (spec: both before the send). */
void send_stmt(Builder *s, Stmt *st)
{
    Expr *ch = st->u.send.chan;
    Value *args[2];
    args[0] = expr1(s, ch);
    args[1] = value_slot(s, ch->type, expr(s, st->u.send.value), st->pos);
    rtcall(s, RT_chansend1, args, NULL, NULL, st->pos);
}

/* <-c as a value (okp NULL: chanrecv1) or with comma-ok (chanrecv2:
 * *okp is false for the zero value of a closed channel). */
Val chan_recv(Builder *s, Expr *e, Value **okp)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    Expr *ch = e->u.unary.x;
    Type *et = chan_elem(ch->type);
    Value *args[2];
    args[0] = expr1(s, ch);
    args[1] = temp_addr(s, et, e->pos);
    if (okp) {
        Value *res[1] = {0};
        Type *rt[1] = {t_bool()};
        rtcall(s, RT_chanrecv2, args, res, rt, e->pos);
        *okp = res[0] ? res[0] : const_int(s, t_bool(), 0, e->pos);
    } else {
        rtcall(s, RT_chanrecv1, args, NULL, NULL, e->pos);
    }
    return copy_val(s, load_val(s, et, args[1], e->pos), e->pos);
}

/* <-c as a statement: the value is received and dropped (elem nil). */
void recv_stmt(Builder *s, Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    Value *args[2] = {expr1(s, e->u.unary.x), const_int(s, t_ptr(), 0, e->pos)};
    rtcall(s, RT_chanrecv1, args, NULL, NULL, e->pos);
}

void close_call(Builder *s, Expr *e)
{
    Value *c = expr1(s, e->u.call.args.v[0]);
    rtcall(s, RT_closechan, &c, NULL, NULL, e->pos);
}

/*
 * for v := range c: receive until c is closed and drained, as gc's
 * `for { v, ok := <-c; if !ok { break }; ... }`. The range expression
 * is evaluated once; the value goes through one temporary (nil when
 * there is no iteration variable).
 */
void chan_range(Builder *s, Stmt *st)
{
    Expr *x = st->u.range.x, *ke = st->u.range.key;
    Pos pos = st->pos;
    Type *et = chan_elem(x->type);
    Value *c = expr1(s, x);
    bool want = ke && !is_blank(ke);
    Value *slot = want ? temp_addr(s, et, pos) : const_int(s, t_ptr(), 0, pos);
    Block *header = new_block(s, BlockPlain, pos), *body = new_block(s, BlockPlain, pos);
    Block *post = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    jump_to(s, header);
    start_block(s, header, false);
    Value *args[2] = {c, slot};
    Value *res[1] = {0};
    Type *rt[1] = {t_bool()};
    rtcall(s, RT_chanrecv2, args, res, rt, pos);
    branch_if(s, res[0], body, done, 1);
    start_block(s, body, true);
    if (want) {
        Val v = copy_val(s, load_val(s, et, slot, pos), pos);
        range_assign(s, st, &v, NULL);
    }
    range_body(s, st, post, done);
    jump_to(s, header);
    seal(s, header);
    start_block(s, done, true);
}

/* --- select ----------------------------------------------------------- */

/* One case of a select, as walk/select.go sees it. */
typedef struct SelCase {
    Stmt *clause;
    Stmt *comm;      /* the send or receive; NULL for default */
    bool send;
    Value *c;        /* the channel, evaluated on entry */
    Value *elem;     /* the value's slot, or where a receive puts it (or nil) */
    Type *ct;        /* the channel's type */
    Block *body;
} SelCase;

/* The receive of a receive case: <-c alone or as the right side. */
static Expr *comm_recv(Stmt *comm)
{
    Expr *r = comm->kind == STMT_EXPR ? comm->u.expr.x : comm->u.assign.rhs.v[0];
    while (r->kind == EXPR_PAREN)
        r = r->u.paren.x;
    return r;
}

/* Whether a receive case keeps the value (it has a left side that is
 * not blank). */
static bool recv_keeps_value(Stmt *comm)
{
    return comm->kind == STMT_ASSIGN && !is_blank(comm->u.assign.lhs.v[0]);
}

/* Evaluates case k's channel and, for a send, its value, on entering
 * the select. x op= <-c, which the checker accepts as types2 does and
 * gc's compiler then crashes on, is reported and lowered as x = <-c. */
static void eval_case(Builder *s, SelCase *k)
{
    Stmt *comm = k->comm;
    Pos pos = comm->pos;
    if (comm->kind == STMT_SEND) {
        k->send = true;
        k->ct = comm->u.send.chan->type;
        k->c = expr1(s, comm->u.send.chan);
        k->elem = value_slot(s, k->ct, expr(s, comm->u.send.value), pos);
        return;
    }
    if (comm->kind == STMT_ASSIGN && comm->u.assign.tok != TK_ASSIGN && comm->u.assign.tok != TK_DEFINE)
        unsupported(pos, "op= with a receive in a select case");
    Expr *ch = comm_recv(comm)->u.unary.x;
    k->ct = ch->type;
    k->c = expr1(s, ch);
    k->elem = recv_keeps_value(comm) ? temp_addr(s, chan_elem(k->ct), pos) : const_int(s, t_ptr(), 0, pos);
}

/* Once receive case k is chosen: its left side gets the value and, with
 * comma-ok, ok (:= declaring the new variables first). */
static void assign_received(Builder *s, SelCase *k, Value *ok)
{
    Stmt *comm = k->comm;
    if (comm->kind != STMT_ASSIGN)
        return;
    ExprList *lhs = &comm->u.assign.lhs;
    Pos pos = comm->pos;
    if (comm->u.assign.tok == TK_DEFINE)
        declare_defined(s, lhs);
    Place places[2];
    for (int i = 0; i < lhs->n && i < 2; i++)
        places[i] = place(s, lhs->v[i]);
    if (!places[0].blank)
        assign_place(s, places[0], copy_val(s, load_val(s, chan_elem(k->ct), k->elem, pos), pos), pos);
    if (lhs->n > 1)
        assign_place(s, places[1], one(ok, t_bool()), pos);
}

/* Enters case k's body: its received values, its statements, then out
 * of the select. */
static void case_body(Builder *s, SelCase *k, Value *ok, Block *done)
{
    start_block(s, k->body, true);
    if (k->comm && !k->send)
        assign_received(s, k, ok);
    stmts(s, &k->clause->u.comm_clause.body);
    jump_to(s, done);
}

/* One case and a default: selectnbsend(c, &v) or
 * selected, ok := selectnbrecv(&v, c), then one of the two bodies. */
static void select_nonblocking(Builder *s, SelCase *k, SelCase *dflt, Block *done, Pos pos)
{
    eval_case(s, k);
    Value *ok = NULL, *res[2] = {0};
    if (k->send) {
        Value *args[2] = {k->c, k->elem};
        Type *rt[1] = {t_bool()};
        rtcall(s, RT_selectnbsend, args, res, rt, pos);
    } else {
        Value *args[2] = {k->elem, k->c};
        Type *rt[2] = {t_bool(), t_bool()};
        rtcall(s, RT_selectnbrecv, args, res, rt, pos);
        ok = res[1];
    }
    branch_if(s, res[0], k->body, dflt->body, 0);
    case_body(s, k, ok, done);
    case_body(s, dflt, NULL, done);
}

/*
 * Two or more cases, not one and a default: the scase array, selectgo,
 * and a test of the index it returns per case (-1: the default). The
 * array is a [2*ncas]unsafe.Pointer, {c, elem} per case, at the indices
 * gc gives them; selectgo also takes scratch room for 2*ncas uint16s.
 */
static void select_general(Builder *s, SelCase *ks, int n, SelCase *dflt, Block *done, Pos pos)
{
    int ncas = n, nsends = 0, nrecvs = 0;
    SelCase **order = NEWARRAY(SelCase *, ncas + 1);
    for (int i = 0; i < n; i++)
        eval_case(s, &ks[i]);
    Value *cases = temp_addr(s, type_new_array(t_ptr(), 2 * (int64_t)ncas), pos);
    for (int i = 0; i < n; i++) {
        int at = ks[i].send ? nsends++ : ncas - ++nrecvs;
        order[at] = &ks[i];
        store(s, t_ptr(), offptr(s, cases, 16 * (int64_t)at, pos), ks[i].c, pos);
        store(s, t_ptr(), offptr(s, cases, 16 * (int64_t)at + 8, pos), ks[i].elem, pos);
    }
    Value *scratch = temp_addr(s, type_new_array(types_basic[TYPE_UINT16], 2 * (int64_t)ncas), pos);
    Value *args[6] = {cases, scratch, const_int(s, t_ptr(), 0, pos), const_int(s, t_int(), nsends, pos),
                      const_int(s, t_int(), nrecvs, pos), const_int(s, t_uintptr(), dflt == NULL, pos)};
    Value *res[2] = {0};
    Type *rt[2] = {t_int(), t_bool()};
    rtcall(s, RT_selectgo, args, res, rt, pos);
    Value *chosen = res[0], *recvOK = res[1];
    if (dflt) {
        Block *next = new_block(s, BlockPlain, pos);
        branch_if(s, v2(s, OpLess64, t_bool(), pos, chosen, const_int(s, t_int(), 0, pos)), dflt->body, next, 0);
        start_block(s, next, true);
    }
    for (int i = 0; i < ncas - 1; i++) {
        Block *next = new_block(s, BlockPlain, pos);
        branch_if(s, v2(s, OpEq64, t_bool(), pos, chosen, const_int(s, t_int(), i, pos)), order[i]->body, next, 0);
        start_block(s, next, true);
    }
    jump_to(s, order[ncas - 1]->body);
    for (int i = 0; i < ncas; i++)
        case_body(s, order[i], recvOK, done);
    if (dflt)
        case_body(s, dflt, NULL, done);
}

void select_stmt(Builder *s, Stmt *st)
{
    StmtList *clauses = &st->u.select_stmt.body->u.block.list;
    Pos pos = st->pos;
    Block *done = new_block(s, BlockPlain, pos);
    Target t;
    push_target(s, &t, st, done, NULL);
    SelCase *ks = NEWARRAY(SelCase, clauses->n + 1), *dflt = NULL;
    int n = 0;
    for (int i = 0; i < clauses->n; i++) {
        Stmt *cl = clauses->v[i];
        SelCase k = {.clause = cl, .comm = cl->u.comm_clause.comm, .body = new_block(s, BlockPlain, cl->pos)};
        if (k.comm)
            ks[n++] = k;
        else
            *(dflt = NEWARRAY(SelCase, 1)) = k;
    }
    if (clauses->n == 0) {
        rtcall(s, RT_block, NULL, NULL, NULL, pos);
    } else if (clauses->n == 1 && n == 1 && ks[0].comm->kind == STMT_ASSIGN) {
        /* a blocking receive: the channel first, the left side only
         * once the value is there (spec, "Select statements"), where
         * the assignment as a statement would evaluate it first */
        SelCase *k = &ks[0];
        eval_case(s, k);
        Value *args[2] = {k->c, k->elem}, *res[1] = {0};
        Type *rt[1] = {t_bool()};
        rtcall(s, RT_chanrecv2, args, res, rt, pos);
        jump_to(s, k->body);
        case_body(s, k, res[0] ? res[0] : const_int(s, t_bool(), 0, pos), done);
    } else if (clauses->n == 1) {
        /* the communication as a statement of its own, then the body */
        SelCase *k = n == 1 ? &ks[0] : dflt;
        if (k->comm)
            stmt(s, k->comm);
        jump_to(s, k->body);
        start_block(s, k->body, true);
        stmts(s, &k->clause->u.comm_clause.body);
        jump_to(s, done);
    } else if (n == 1 && dflt) {
        select_nonblocking(s, &ks[0], dflt, done, pos);
    } else {
        select_general(s, ks, n, dflt, done, pos);
    }
    s->targets = t.outer;
    start_block(s, done, true);
}
