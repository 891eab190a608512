/*
 * stmt.c — type-checking statements and function bodies: scopes,
 * assignments and short variable declarations, control flow (if, for,
 * range, switch), branch targets and labels, goto restrictions, and the
 * spec's terminating-statement analysis ("missing return").
 *
 * Requires: the function's signature checked and its parameters declared
 * in the body's scope (check_func_body). Leaves behind, for ssagen:
 *   - every statement's scope set; every expression typed (no untyped
 *     value survives a statement, see check.h);
 *   - branch.target: the FOR/RANGE/SWITCH statement (never its LABELED
 *     wrapper) that break/continue leave, the LABELED statement for goto,
 *     the SWITCH for fallthrough; label_name on a labelled statement;
 *   - local variables declared through check_declare_local_var, so that
 *     check_func_body reports the unused ones.
 * Each clause's variable of `switch x := y.(type)` is its
 * case_clause.implicit; each select clause has its scope
 * (comm_clause.scope), which holds what its receive declares.
 */
#include <string.h>

#include "check.h"

_Static_assert(TK_AND_NOT_ASSIGN - TK_ADD_ASSIGN == TK_AND_NOT - TK_ADD,
               "token.def lists op= tokens in the order of their operators");

/* A block of statements, for goto's rules: a goto may not jump into a
 * block, nor forward over a variable declaration of its own block. */
typedef struct GotoBlock {
    struct GotoBlock *parent;
    int parent_idx;  /* index, in parent, of the statement holding the block */
    StmtList *list;
    Pos start;
} GotoBlock;

/* Where a label or goto sits: its block and index in it. */
typedef struct Site {
    Stmt *stmt;
    GotoBlock *block;
    int idx;
} Site;

/* An enclosing statement that break (and, for loops, continue) can
 * leave, or any labelled statement. */
typedef struct Frame {
    struct Frame *outer;
    Stmt *stmt;
} Frame;

enum {
    FALLTHROUGH_OK = 1, /* last statement of a clause that has a successor */
    FINAL_CASE = 2,     /* last statement of the final clause */
    IN_TYPE_SWITCH = 4, /* any statement of a type switch clause */
};

/* Per-statement context, passed down by value. */
typedef struct Ctx {
    Frame *frames;
    GotoBlock *block;
    int idx;
    unsigned flags;
} Ctx;

/* Where a body's labels and gotos are, for check_gotos once the whole
 * body has been walked (FuncCtx.sites while the body is checked). */
struct GotoSites {
    VEC(Site) labels;
    VEC(Site) gotos;
};

static void stmt(Checker *c, Ctx ctx, Stmt *s);

static bool is_blank_ident(Expr *e)
{
    e = check_unparen(e);
    return e && e->kind == EXPR_IDENT && e->u.ident.name == intern_cstr("_");
}

static void skip_unsupported(Checker *c, Pos pos, const char *what)
{
    error_at(pos, "not supported yet: %s", what);
    if (c->env.fn)
        c->env.fn->skipped = true;
    c->skipped_body = true;
}

static void open_scope(Checker *c, Pos pos) { c->env.scope = scope_new(c->env.scope, pos); }

static void close_scope(Checker *c) { c->env.scope = c->env.scope->parent; }

/* --- Statement lists ---------------------------------------------------------- */

/* Index of the last statement that is not empty, or -1. */
static int last_nonempty(StmtList *l)
{
    int i = l->n - 1;
    while (i >= 0 && l->v[i]->kind == STMT_EMPTY)
        i--;
    return i;
}

/* Checks a list that forms a block of its own (for goto's rules). The
 * flags of ctx apply to the list's last statement only. */
static void stmt_list(Checker *c, Ctx ctx, StmtList *l, Pos start)
{
    GotoBlock *b = NEW(GotoBlock);
    b->parent = ctx.block;
    b->parent_idx = ctx.idx;
    b->list = l;
    b->start = start;
    int last = last_nonempty(l);
    for (int i = 0; i < l->n; i++) {
        Ctx inner = ctx;
        inner.block = b;
        inner.idx = i;
        inner.flags = (i == last ? ctx.flags : 0) | (ctx.flags & IN_TYPE_SWITCH);
        stmt(c, inner, l->v[i]);
    }
}

/* A block statement: a scope of its own. */
static void block(Checker *c, Ctx ctx, Stmt *s)
{
    open_scope(c, s->pos);
    s->u.block.scope = c->env.scope;
    stmt_list(c, ctx, &s->u.block.list, s->pos);
    close_scope(c);
}

/* --- Assignments ------------------------------------------------------------------- */

/* The left side of an assignment: returns its type, NULL for the blank
 * identifier (any value may be assigned) or invalid type on error. */
static Type *check_lhs(Checker *c, Expr *lhs)
{
    Expr *u = check_unparen(lhs);
    if (is_blank_ident(lhs)) {
        u->mode = lhs->mode = MODE_VAR;
        return NULL;
    }
    bool saved = c->env.in_lhs;
    /* assigning to a variable is not a use of it */
    c->env.in_lhs = u->kind == EXPR_IDENT;
    check_expr(c, lhs);
    c->env.in_lhs = saved;
    check_mark_reassigned(lhs);
    if (check_is_invalid(lhs))
        return types_basic[TYPE_INVALID];
    if (lhs->mode == MODE_VAR || lhs->mode == MODE_MAPINDEX)
        return lhs->type;
    if (u->kind == EXPR_SELECTOR && u->u.selector.x->mode == MODE_MAPINDEX)
        error_at(lhs->pos, "cannot assign to struct field %s in map", check_expr_text(lhs));
    else if (lhs->mode == MODE_NOVALUE || lhs->mode == MODE_TYPE || lhs->mode == MODE_BUILTIN)
        check_value(c, lhs); /* its own message */
    else
        error_at(lhs->pos, "cannot assign to %s",
                 check_operand_string(lhs));
    lhs->mode = MODE_INVALID;
    return types_basic[TYPE_INVALID];
}

/* rhs (checked) assigned to a left side of type t (NULL: blank);
 * false if either side was in error. */
static bool assign_value(Checker *c, Expr *rhs, Type *t, const char *ctx)
{
    if (t && t->kind == TYPE_INVALID) {
        check_use_default(c, rhs);
        return false;
    }
    return check_assignment(c, rhs, t, ctx);
}

/* After a failed assignment the variables on its left count as used, as
 * in types2's assignVars: "x declared but not used" would only repeat
 * the error. */
static void use_lhs_vars(ExprList *lhs)
{
    for (int i = 0; i < lhs->n; i++) {
        Expr *u = check_unparen(lhs->v[i]);
        if (u->kind == EXPR_IDENT && u->u.ident.obj && u->u.ident.obj->kind == OBJ_VAR)
            u->u.ident.obj->u.var.used = true;
    }
}

/* Checks the right side of an n-valued assignment; returns the types of
 * its n values in types[] (a tuple or comma-ok expression supplies
 * several), or false after reporting a count mismatch. */
static bool rhs_values(Checker *c, ExprList *rhs, int n, Type **types, bool *multi)
{
    *multi = false;
    if (rhs->n == n && n > 1) {
        for (int i = 0; i < n; i++) {
            check_value(c, rhs->v[i]);
            types[i] = rhs->v[i]->type;
        }
        return true;
    }
    if (rhs->n == 1) {
        /* as types2's exprList: one call stands for all its results,
         * so x := f() with two results is a count mismatch */
        Expr *v = rhs->v[0];
        check_multi(c, v);
        if (check_is_invalid(v))
            return false;
        Type *tup = check_tuple_of(v->type);
        if (!tup && n == 1) {
            types[0] = v->type;
            return true;
        }
        if (tup && tup->u.tuple.vars.n == n) {
            for (int i = 0; i < n; i++)
                types[i] = tup->u.tuple.vars.v[i]->type;
            *multi = true;
            return true;
        }
        if (!tup && check_is_commaok(v) && n == 2) {
            types[0] = v->type;
            types[1] = types_basic[TYPE_UNTYPED_BOOL];
            *multi = true;
            return true;
        }
        Expr *u = check_unparen(v);
        int nv = tup ? tup->u.tuple.vars.n : 1;
        if (u->kind == EXPR_CALL)
            error_at(v->pos, "assignment mismatch: %d variable%s but %s returns %d value%s", n, n == 1 ? "" : "s",
                     check_expr_text(u->u.call.fun), nv, nv == 1 ? "" : "s");
        else
            error_at(v->pos, "assignment mismatch: %d variable%s but %d value%s", n, n == 1 ? "" : "s", nv,
                     nv == 1 ? "" : "s");
        return false;
    }
    /* several values, each single: no count error on top of theirs */
    bool bad = false;
    for (int i = 0; i < rhs->n; i++) {
        check_value(c, rhs->v[i]);
        bad |= check_is_invalid(rhs->v[i]);
    }
    if (!bad)
        error_at(rhs->v[0]->pos, "assignment mismatch: %d variable%s but %d value%s", n, n == 1 ? "" : "s", rhs->n,
                 rhs->n == 1 ? "" : "s");
    return false;
}

/* Assigns value i of a multi-valued rhs to a left side of type t. */
static bool assign_multi(Checker *c, Expr *rhs0, Type *vt, Type *t, const char *ctx)
{
    Expr one = *rhs0; /* value i, described as the whole expression (as gc does) */
    one.type = vt;
    /* types2's exprList makes both values of a comma-ok form plain
     * values: "m[k] (value of type int)", not "map index expression" */
    if (check_is_commaok(rhs0)) {
        one.mode = MODE_VALUE;
        one.val = NULL;
    }
    if (t && t->kind == TYPE_INVALID)
        return false;
    return check_assignment(c, &one, t, ctx);
}

/* lhs = rhs, n values each side or one multi-valued rhs; the left side
 * is checked first, as gc does, so its errors come first. */
static void plain_assign(Checker *c, Stmt *s)
{
    ExprList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    int n = lhs->n;
    Type **lt = NEWARRAY(Type *, n), **rt = NEWARRAY(Type *, n);
    for (int i = 0; i < n; i++)
        lt[i] = check_lhs(c, lhs->v[i]);
    bool multi;
    if (!rhs_values(c, rhs, n, rt, &multi)) {
        use_lhs_vars(lhs);
        return;
    }
    bool ok = true;
    for (int i = 0; i < n; i++) {
        if (multi)
            ok &= assign_multi(c, rhs->v[0], rt[i], lt[i], "assignment");
        else
            ok &= assign_value(c, rhs->v[i], lt[i], "assignment");
    }
    /* types2's assignVars marks the left side used after a failure,
     * except in the comma-ok form: there gc still says "declared but
     * not used" for ok in `_, ok = m[k]` with a non-bool ok. */
    if (!ok && !(multi && check_is_commaok(rhs->v[0])))
        use_lhs_vars(lhs);
    if (multi && check_is_commaok(rhs->v[0]))
        check_use_default(c, rhs->v[0]);
}

/* IdentifierList ":=" ExpressionList, also in range clauses: declares
 * the new variables of lhs (after the right side is checked); returns
 * them through objs. */
static void short_var_decl(Checker *c, Stmt *s)
{
    ExprList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    int n = lhs->n;
    Type **rt = NEWARRAY(Type *, n);
    bool multi = false;
    bool ok = rhs_values(c, rhs, n, rt, &multi);
    ObjectList fresh = {0};
    bool any_new = false;
    bool failed = false; /* some value could not be assigned */
    for (int i = 0; i < n; i++) {
        Expr *l = lhs->v[i];
        if (l->kind != EXPR_IDENT) {
            check_expr(c, l);
            error_at(l->pos, "non-name %s on left side of :=", check_expr_text(l));
            ok = false;
            continue;
        }
        const char *name = l->u.ident.name;
        bool blank = name == intern_cstr("_");
        Object *old = blank ? NULL : scope_lookup_local(c->env.scope, name);
        for (int j = 0; j < i && !blank; j++)
            if (lhs->v[j]->kind == EXPR_IDENT && lhs->v[j]->u.ident.name == name) {
                error_at(l->pos, "%s repeated on left side of :=", name);
                old = NULL;
                blank = true;
            }
        Object *v;
        if (old && old->kind == OBJ_VAR) {
            v = old;
            v->u.var.reassigned = true;
        } else {
            if (old)
                error_at(l->pos, "cannot assign to %s", name);
            v = object_new(OBJ_VAR, name, l->pos, NULL);
            v->pkg = c->pkg->path;
            if (!blank) {
                any_new = true;
                vec_push(&fresh, v);
            }
        }
        l->u.ident.obj = v;
        l->mode = MODE_VAR;
        if (!ok) {
            if (!v->type)
                v->type = types_basic[TYPE_INVALID];
            v->u.var.used = true;
            l->type = v->type;
            continue;
        }
        Type *want = v->type; /* NULL for new variables: the value's default type */
        if (multi) {
            Expr one = *rhs->v[0];
            one.type = rt[i];
            if (check_is_commaok(&one)) { /* both plain values, as in assign_multi */
                one.mode = MODE_VALUE;
                one.val = NULL;
            }
            if (check_assignment(c, &one, want, "assignment")) {
                if (!want)
                    v->type = one.type;
            } else {
                v->u.var.used = true;
                failed = true;
            }
        } else {
            Expr *r = rhs->v[i];
            if (check_assignment(c, r, want, "assignment")) {
                if (!want)
                    v->type = r->type;
            } else {
                v->u.var.used = true;
                failed = true;
            }
        }
        if (!v->type)
            v->type = types_basic[TYPE_INVALID];
        l->type = v->type;
    }
    if (multi && check_is_commaok(rhs->v[0]))
        check_use_default(c, rhs->v[0]);
    if (!any_new && n > 0 && lhs->v[0]->kind == EXPR_IDENT && (ok || fresh.n == 0))
        error_at(s->pos, "no new variables on left side of :=");
    /* as types2's initVars: one failure, and none of them is "unused" */
    for (int i = 0; i < fresh.n; i++) {
        if (failed)
            fresh.v[i]->u.var.used = true;
        check_declare_local_var(c, fresh.v[i]);
    }
}

/* x = y, x := y and x op= y. */
static void assign_stmt(Checker *c, Stmt *s)
{
    TokenKind tok = s->u.assign.tok;
    if (tok == TK_DEFINE) {
        short_var_decl(c, s);
        return;
    }
    if (tok == TK_ASSIGN) {
        plain_assign(c, s);
        return;
    }
    /* x op= y: one operand each side (the parser guarantees it) */
    Expr *lhs = s->u.assign.lhs.v[0], *rhs = s->u.assign.rhs.v[0];
    TokenKind op = (TokenKind)(TK_ADD + (tok - TK_ADD_ASSIGN));
    check_op_assign(c, lhs, op, rhs, s->pos);
    check_mark_reassigned(lhs);
    if (check_is_invalid(lhs) || check_is_invalid(rhs))
        return;
    if (lhs->mode != MODE_VAR && lhs->mode != MODE_MAPINDEX) {
        error_at(lhs->pos, "cannot assign to %s",
                 check_operand_string(lhs));
    }
}

/* x++ and x--: x numeric and assignable. */
static void incdec_stmt(Checker *c, Stmt *s)
{
    Expr *x = s->u.incdec.x;
    check_value(c, x);
    check_mark_reassigned(x);
    if (check_is_invalid(x))
        return;
    if (!type_is_numeric(x->type)) {
        error_at(x->pos, "invalid operation: %s%s (non-numeric type %s)", check_expr_text(x),
                 token_text[s->u.incdec.tok], type_string(x->type));
        return;
    }
    if (x->mode != MODE_VAR && x->mode != MODE_MAPINDEX)
        error_at(x->pos, "cannot assign to %s", check_operand_string(x));
}

/* --- Simple statements ------------------------------------------------------------- */

/* Whether call calls a builtin (checked already); its id in *id. */
static bool is_builtin_call(Expr *call, BuiltinId *id)
{
    if (call->u.call.fun->mode != MODE_BUILTIN)
        return false;
    *id = builtin_of(call->u.call.fun);
    return true;
}

/* ExpressionStmt: only calls and receives may stand alone. */
static void expr_stmt(Checker *c, Stmt *s)
{
    Expr *x = s->u.expr.x;
    check_expr(c, x);
    if (check_is_invalid(x) && x->mode != MODE_NOVALUE)
        return;
    Expr *u = check_unparen(x);
    const char *msg = "is not used";
    switch (x->mode) {
    case MODE_BUILTIN:
        msg = "must be called";
        break;
    case MODE_TYPE:
        msg = "is not an expression";
        break;
    default:
        if (u->kind == EXPR_CALL && check_unparen(u->u.call.fun)->mode != MODE_TYPE) {
            BuiltinId id;
            if (!is_builtin_call(u, &id))
                return;
            if (types_builtins[id].is_stmt) {
                if (x->mode != MODE_NOVALUE)
                    check_use_default(c, x);
                return;
            }
        }
        if (u->kind == EXPR_UNARY && u->u.unary.op == TK_ARROW)
            return;
        break;
    }
    error_at(x->pos, "%s %s", check_operand_string(x), msg);
}

/* ch <- v: v assignable to the element type of a channel that can send. */
static void send_stmt(Checker *c, Stmt *s)
{
    Expr *ch = s->u.send.chan, *v = s->u.send.value;
    check_value(c, ch);
    check_value(c, v);
    if (check_is_invalid(ch) || check_is_invalid(v))
        return;
    Type *u = type_underlying(ch->type);
    /* gc reports these at the statement's start, the channel */
    if (u->kind != TYPE_CHAN) {
        error_at(ch->pos, "invalid operation: cannot send to non-channel %s", check_operand_string(ch));
        return;
    }
    if (u->u.chan.dir == CHAN_RECV) {
        error_at(ch->pos, "invalid operation: cannot send to receive-only channel %s", check_operand_string(ch));
        return;
    }
    check_assignment(c, v, u->u.chan.elem, "send");
}

/* go f(x) and defer f(x): a call of a function or of a builtin whose
 * call may be a statement; a conversion or a builtin whose result must
 * be used is reported as gc words it. */
static void call_stmt(Checker *c, Stmt *s, Expr *call, const char *what)
{
    Expr *u = check_unparen(call);
    check_expr(c, call);
    if (u->kind != EXPR_CALL) {
        error_at(call->pos, "expression in %s must be function call", what);
        return;
    }
    if (check_is_invalid(call))
        return;
    BuiltinId id;
    if (check_unparen(u->u.call.fun)->mode == MODE_TYPE)
        error_at(u->pos, "%s requires function call, not conversion %s", what, check_operand_string(call));
    else if (is_builtin_call(u, &id) && !types_builtins[id].is_stmt)
        error_at(u->pos, "%s discards result of %s", what, check_operand_string(call));
    else if (call->mode != MODE_NOVALUE && !check_tuple_of(call->type))
        check_use_default(c, call);
    (void)s;
}

/* return [values]: as an assignment of the values to the results; a
 * naked return needs named results that are not shadowed. */
static void return_stmt(Checker *c, Stmt *s)
{
    Type *res = c->env.fn->sig->u.func.results;
    ObjectList *want = &res->u.tuple.vars;
    ExprList *rs = &s->u.return_stmt.results;
    if (rs->n == 0) {
        if (want->n == 0)
            return;
        if (want->v[0]->name && want->v[0]->name[0]) {
            /* naked return: the named results must not be shadowed */
            for (int i = 0; i < want->n; i++) {
                Object *r = want->v[i];
                Object *o = r->name == intern_cstr("_") ? r : check_lookup(c, r->name);
                if (o != r) {
                    error_at(s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of var %s %s",
                             r->name, pos_string(o->pos), o->name, type_string(o->type));
                    return;
                }
            }
            return;
        }
        error_at(s->pos, "not enough return values\n\thave ()\n\twant %s", check_tuple_summary(res, false));
        return;
    }
    Type **types = NEWARRAY(Type *, rs->n > want->n ? rs->n : want->n);
    if (rs->n == want->n) {
        for (int i = 0; i < rs->n; i++) {
            check_value(c, rs->v[i]);
            (void)types;
        }
        for (int i = 0; i < rs->n; i++)
            if (check_is_invalid(rs->v[i]))
                return;
        for (int i = 0; i < rs->n; i++)
            check_assignment(c, rs->v[i], want->v[i]->type, "return statement");
        return;
    }
    if (rs->n == 1) {
        Expr *v = rs->v[0];
        check_multi(c, v);
        if (check_is_invalid(v))
            return;
        Type *tup = check_tuple_of(v->type);
        if (tup && tup->u.tuple.vars.n == want->n) {
            for (int i = 0; i < want->n; i++)
                assign_multi(c, v, tup->u.tuple.vars.v[i]->type, want->v[i]->type, "return statement");
            return;
        }
        int nv = tup ? tup->u.tuple.vars.n : 1;
        const char *have = check_types_summary(rs);
        if (!tup)
            check_use_default(c, v);
        bool many = nv > want->n;
        error_at(v->pos, "%s return values\n\thave %s\n\twant %s", many ? "too many" : "not enough", have,
                 check_tuple_summary(res, false));
        return;
    }
    for (int i = 0; i < rs->n; i++)
        check_value(c, rs->v[i]);
    for (int i = 0; i < rs->n; i++)
        if (check_is_invalid(rs->v[i]))
            return;
    bool many = rs->n > want->n;
    const char *have = check_types_summary(rs);
    for (int i = 0; i < rs->n; i++)
        check_use_default(c, rs->v[i]);
    error_at(many ? rs->v[want->n]->pos : rs->v[rs->n - 1]->pos, "%s return values\n\thave %s\n\twant %s",
             many ? "too many" : "not enough", have, check_tuple_summary(res, false));
}

/* --- Branches and labels -------------------------------------------------------------- */

/* The label of the current body named name (collect_labels), or NULL. */
static Object *find_label(Checker *c, const char *name)
{
    for (int i = 0; i < c->env.fn->labels.n; i++)
        if (c->env.fn->labels.v[i]->name == name)
            return c->env.fn->labels.v[i];
    return NULL;
}

/* Statements that break can leave (is_loop: and continue). */
static bool is_breakable(Stmt *s)
{
    return s->kind == STMT_FOR || s->kind == STMT_RANGE || s->kind == STMT_SWITCH || s->kind == STMT_TYPE_SWITCH ||
           s->kind == STMT_SELECT;
}

static bool is_loop(Stmt *s) { return s->kind == STMT_FOR || s->kind == STMT_RANGE; }

/* The scope of the function (or literal) whose body is being checked. */
static Scope *func_scope(Checker *c)
{
    for (Scope *fs = c->env.scope; fs; fs = fs->parent)
        if (fs->is_func)
            return fs;
    return NULL;
}

/* break, continue, goto and fallthrough: finds s->u.branch.target (see
 * the file comment); a goto's own rules wait for check_gotos, once all
 * labels are known. */
static void branch_stmt(Checker *c, Ctx ctx, Stmt *s)
{
    TokenKind tok = s->u.branch.tok;
    Expr *label = s->u.branch.label;
    if (tok == TK_FALLTHROUGH) {
        if (ctx.flags & FALLTHROUGH_OK) {
            for (Frame *f = ctx.frames; f; f = f->outer)
                if (f->stmt->kind == STMT_SWITCH) {
                    s->u.branch.target = f->stmt;
                    break;
                }
            return;
        }
        error_at(s->pos, (ctx.flags & FINAL_CASE)       ? "cannot fallthrough final case in switch"
                         : (ctx.flags & IN_TYPE_SWITCH) ? "cannot fallthrough in type switch"
                                                        : "fallthrough statement out of place");
        return;
    }
    const char *kw = tok == TK_BREAK ? "break" : tok == TK_CONTINUE ? "continue" : "goto";
    if (label) {
        const char *name = label->u.ident.name;
        Object *l = find_label(c, name);
        if (!l) {
            if (tok == TK_GOTO)
                error_at(label->pos, "label %s not defined", name);
            else
                error_at(label->pos, "%s label not defined: %s", kw, name);
            return;
        }
        if (tok == TK_GOTO) {
            l->u.label.used = true;
            label->u.ident.obj = l;
            s->u.branch.target = l->u.label.stmt;
            Scope *fs = func_scope(c);
            if (fs && pos_cmp(l->pos, s->pos) < 0 && (!pos_valid(fs->goto_loop) || pos_cmp(l->pos, fs->goto_loop) < 0))
                fs->goto_loop = l->pos; /* a backward goto: a loop from the label on */
            Site site = {s, ctx.block, ctx.idx};
            vec_push(&c->env.fn->sites->gotos, site);
            return;
        }
        /* break and continue see only the labels of enclosing statements */
        for (Frame *f = ctx.frames; f; f = f->outer) {
            if (f->stmt->label_name != name)
                continue;
            l->u.label.used = true;
            label->u.ident.obj = l;
            if (tok == TK_BREAK ? is_breakable(f->stmt) : is_loop(f->stmt))
                s->u.branch.target = f->stmt;
            else
                error_at(label->pos, "invalid %s label %s", kw, name);
            return;
        }
        /* gc's branch checker (syntax/branches.go) knows the labels seen
         * so far in its walk: an earlier one that does not enclose the
         * statement is an invalid target, and counts as used. */
        if (pos_cmp(l->pos, label->pos) < 0) {
            l->u.label.used = true;
            error_at(label->pos, "invalid %s label %s", kw, name);
            return;
        }
        error_at(label->pos, "%s label not defined: %s", kw, name);
        return;
    }
    for (Frame *f = ctx.frames; f; f = f->outer) {
        if (tok == TK_BREAK ? is_breakable(f->stmt) : is_loop(f->stmt)) {
            s->u.branch.target = f->stmt;
            return;
        }
    }
    error_at(s->pos, tok == TK_BREAK ? "break is not in a loop, switch, or select" : "continue is not in a loop");
}

/* Declares the labels of a body (they are visible in the whole body,
 * so goto may jump forward), not those of nested function literals. */
static void collect_labels(Checker *c, Stmt *s);

static void collect_list(Checker *c, StmtList *l)
{
    for (int i = 0; i < l->n; i++)
        collect_labels(c, l->v[i]);
}

static void collect_labels(Checker *c, Stmt *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case STMT_LABELED: {
        Expr *id = s->u.labeled.label;
        const char *name = id->u.ident.name;
        if (name != intern_cstr("_")) {
            Object *prev = find_label(c, name);
            if (prev) {
                error_at(id->pos, "label %s already defined at %s", name, pos_string(prev->pos));
            } else {
                Object *l = object_new(OBJ_LABEL, name, id->pos, NULL);
                l->u.label.stmt = s;
                id->u.ident.obj = l;
                vec_push(&c->env.fn->labels, l);
            }
        }
        collect_labels(c, s->u.labeled.stmt);
        return;
    }
    case STMT_BLOCK: collect_list(c, &s->u.block.list); return;
    case STMT_IF: collect_labels(c, s->u.if_stmt.then); collect_labels(c, s->u.if_stmt.else_); return;
    case STMT_CASE_CLAUSE: collect_list(c, &s->u.case_clause.body); return;
    case STMT_COMM_CLAUSE: collect_list(c, &s->u.comm_clause.body); return;
    case STMT_SWITCH: collect_labels(c, s->u.switch_stmt.body); return;
    case STMT_TYPE_SWITCH: collect_labels(c, s->u.type_switch.body); return;
    case STMT_SELECT: collect_labels(c, s->u.select_stmt.body); return;
    case STMT_FOR: collect_labels(c, s->u.for_stmt.body); return;
    case STMT_RANGE: collect_labels(c, s->u.range.body); return;
    default: return;
    }
}

/* The first variable a statement declares, or NULL; *at: where gc
 * places the declaration (the name of a var declaration, the := of a
 * short one). */
static Object *declared_var(Stmt *s, Pos *at)
{
    if (s->kind == STMT_DECL && s->u.decl.decl->kind == DECL_VAR) {
        ExprList *names = &s->u.decl.decl->u.value.names;
        Object *o = names->n ? names->v[0]->u.ident.obj : NULL;
        if (o)
            *at = o->pos;
        return o;
    }
    if (s->kind == STMT_ASSIGN && s->u.assign.tok == TK_DEFINE) {
        for (int i = 0; i < s->u.assign.lhs.n; i++) {
            Expr *l = s->u.assign.lhs.v[i];
            Object *o = l->kind == EXPR_IDENT ? l->u.ident.obj : NULL;
            if (o && pos_cmp(o->pos, l->pos) == 0 && o->name != intern_cstr("_")) {
                *at = s->pos;
                return o;
            }
        }
    }
    return NULL;
}

/* goto L may not jump into a block, nor over a variable declaration. */
static void check_gotos(struct GotoSites *b)
{
    for (int i = 0; i < b->gotos.n; i++) {
        Site *g = &b->gotos.v[i];
        Stmt *target = g->stmt->u.branch.target;
        Site *l = NULL;
        for (int j = 0; j < b->labels.n; j++)
            if (b->labels.v[j].stmt == target)
                l = &b->labels.v[j];
        if (!l)
            continue; /* the label is in a skipped construct */
        GotoBlock *blk = g->block;
        int idx = g->idx;
        while (blk && blk != l->block) {
            idx = blk->parent_idx;
            blk = blk->parent;
        }
        const char *name = g->stmt->u.branch.label->u.ident.name;
        if (!blk) {
            error_at(g->stmt->u.branch.label->pos, "goto %s jumps into block starting at %s", name,
                     pos_string(l->block->start));
            continue;
        }
        /* gc names the last declaration jumped over, the nearest the label */
        Object *last = NULL;
        Pos at = {0};
        for (int k = idx + 1; k < l->idx; k++) {
            Pos p;
            Object *v = declared_var(blk->list->v[k], &p);
            if (v)
                last = v, at = p;
        }
        if (last)
            error_at(g->stmt->u.branch.label->pos, "goto %s jumps over declaration of %s at %s", name, last->name,
                     pos_string(at));
    }
}

/* --- Control flow ------------------------------------------------------------------- */

/* The condition of an if or for statement: a boolean value. */
static void condition(Checker *c, Expr *cond, const char *where)
{
    check_value(c, cond);
    if (check_is_invalid(cond))
        return;
    if (!type_is_boolean(cond->type)) {
        error_at(cond->pos, "non-boolean condition in %s statement", where);
        return;
    }
    check_use_default(c, cond);
}

/* The optional init or post statement of if, for and switch. */
static void simple(Checker *c, Ctx ctx, Stmt *s)
{
    if (s) {
        ctx.flags = 0;
        stmt(c, ctx, s);
    }
}

/* if [init;] cond {...} [else ...]: the init statement's variables are
 * in a scope that encloses both branches. */
static void if_stmt(Checker *c, Ctx ctx, Stmt *s)
{
    open_scope(c, s->pos);
    s->u.if_stmt.scope = c->env.scope;
    simple(c, ctx, s->u.if_stmt.init);
    condition(c, s->u.if_stmt.cond, "if");
    ctx.flags = 0;
    block(c, ctx, s->u.if_stmt.then);
    Stmt *e = s->u.if_stmt.else_;
    if (e) {
        if (e->kind == STMT_IF)
            if_stmt(c, ctx, e);
        else
            block(c, ctx, e);
    }
    close_scope(c);
}

/* for [init]; [cond]; [post] {...}: a frame for break and continue; the
 * post statement may not declare variables. */
static void for_stmt(Checker *c, Ctx ctx, Stmt *s)
{
    open_scope(c, s->pos);
    s->u.for_stmt.scope = c->env.scope;
    simple(c, ctx, s->u.for_stmt.init);
    if (s->u.for_stmt.cond)
        condition(c, s->u.for_stmt.cond, "for");
    Stmt *post = s->u.for_stmt.post;
    if (post && post->kind == STMT_ASSIGN && post->u.assign.tok == TK_DEFINE)
        error_at(post->pos, "cannot declare in post statement of for loop");
    else
        simple(c, ctx, post);
    Frame f = {ctx.frames, s};
    ctx.frames = &f;
    ctx.flags = 0;
    block(c, ctx, s->u.for_stmt.body);
    close_scope(c);
}

/* The types of a range clause's key and value for x; false if x cannot
 * be ranged over. *val is NULL when only one iteration variable is allowed. */
static bool range_types(Checker *c, Expr *x, Type **key, Type **val)
{
    Type *u = type_underlying(x->type);
    if (u->kind == TYPE_POINTER && type_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY)
        u = type_underlying(u->u.pointer.elem);
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        check_use_default(c, x);
        *key = types_basic[TYPE_INT];
        *val = type_rune;
        return true;
    case TYPE_ARRAY:
        *key = types_basic[TYPE_INT];
        *val = u->u.array.elem;
        return true;
    case TYPE_SLICE:
        *key = types_basic[TYPE_INT];
        *val = u->u.slice.elem;
        return true;
    case TYPE_MAP:
        *key = u->u.map.key;
        *val = u->u.map.elem;
        return true;
    case TYPE_CHAN:
        if (u->u.chan.dir == CHAN_SEND)
            return false;
        *key = u->u.chan.elem;
        *val = NULL;
        return true;
    default:
        return false;
    }
}

/* for k, v := range x / for k, v = range x: the iteration variables
 * are declared (:=) in the loop's scope or assigned (=) as by an
 * assignment of values of range_types' key and value types. */
static void range_stmt(Checker *c, Ctx ctx, Stmt *s)
{
    open_scope(c, s->pos);
    s->u.range.scope = c->env.scope;
    Expr *x = s->u.range.x;
    check_value(c, x);
    Type *kt = NULL, *vt = NULL;
    bool ok = !check_is_invalid(x);
    if (ok && !range_types(c, x, &kt, &vt)) {
        Type *u = type_underlying(x->type);
        error_at(x->pos, "cannot range over %s%s", check_operand_string(x),
                 u->kind == TYPE_CHAN ? " (receive from send-only channel)" : "");
        check_use_default(c, x);
        ok = false;
    }
    Expr *vars[2] = {s->u.range.key, s->u.range.value};
    Type *types[2] = {kt, vt};
    if (ok && vars[1] && !vt) {
        error_at(vars[1]->pos, "range over %s permits only one iteration variable", check_operand_string(x));
        ok = false;
    }
    if (s->u.range.tok == TK_DEFINE) {
        ObjectList fresh = {0};
        for (int i = 0; i < 2; i++) {
            Expr *l = vars[i];
            if (!l)
                continue;
            if (l->kind != EXPR_IDENT) {
                check_expr(c, l);
                error_at(l->pos, "non-name %s on left side of :=", check_expr_text(l));
                continue;
            }
            Object *v = object_new(OBJ_VAR, l->u.ident.name, l->pos, ok ? types[i] : types_basic[TYPE_INVALID]);
            v->pkg = c->pkg->path;
            v->u.var.reassigned = true; /* one variable, assigned by every iteration */
            if (!ok)
                v->u.var.used = true;
            l->u.ident.obj = v;
            l->mode = MODE_VAR;
            l->type = v->type;
            vec_push(&fresh, v);
        }
        for (int i = 0; i < fresh.n; i++)
            check_declare_local_var(c, fresh.v[i]);
    } else {
        for (int i = 0; i < 2; i++) {
            if (!vars[i])
                continue;
            Type *lt = check_lhs(c, vars[i]);
            if (!ok)
                continue;
            Expr one = *x; /* the iteration value, for the message */
            one.mode = MODE_VALUE;
            one.type = types[i];
            one.val = NULL;
            if (!lt || lt->kind != TYPE_INVALID)
                check_assignment(c, &one, lt, "range");
        }
    }
    Frame f = {ctx.frames, s};
    ctx.frames = &f;
    ctx.flags = 0;
    block(c, ctx, s->u.range.body);
    close_scope(c);
}

/* One case expression e compared with the tag (NULL: tagless switch). */
static void case_value(Checker *c, Expr *e, Expr *tag)
{
    check_value(c, e);
    if (check_is_invalid(e))
        return;
    Expr *t = tag;
    if (!t) {
        /* a tagless switch compares its cases with a constant true */
        t = new_expr(EXPR_IDENT, e->pos);
        t->u.ident.name = intern_cstr("true");
        t->mode = MODE_CONST;
        t->type = types_basic[TYPE_BOOL];
        t->val = const_bool(true);
    }
    check_convert_untyped(c, e, t->type);
    if (check_is_invalid(e))
        return;
    if (!type_is_interface(e->type) && !type_is_interface(t->type) && !type_identical(e->type, t->type)) {
        error_at(e->pos, "invalid case %s in switch on %s (mismatched types %s and %s)", check_expr_text(e),
                 check_expr_text(t), type_string(e->type), type_string(t->type));
        e->mode = MODE_INVALID;
        return;
    }
    Expr *cmp = new_expr(EXPR_BINARY, e->pos);
    cmp->u.binary.op = TK_EQL;
    cmp->u.binary.x = e;
    cmp->u.binary.y = t;
    cmp->u.binary.oppos = e->pos;
    check_case_comparison(c, cmp);
    if (check_is_invalid(cmp))
        e->mode = MODE_INVALID;
    else
        check_use_default(c, e);
}

/* switch [init;] [tag] {...}: each case compared with the tag (or with
 * true); duplicate constant cases and defaults are reported; every
 * clause is a scope of its own, and all but the last may fall through. */
/* Records clause cl as the switch's default if it is one, reporting a
 * second default (expression and type switches alike). */
static void note_default(Stmt *cl, Stmt **dflt)
{
    if (!cl->u.case_clause.is_default)
        return;
    if (*dflt)
        error_at(cl->pos, "multiple defaults (first at %s)", pos_string((*dflt)->pos));
    else
        *dflt = cl;
}

static void switch_stmt(Checker *c, Ctx ctx, Stmt *s)
{
    open_scope(c, s->pos);
    s->u.switch_stmt.scope = c->env.scope;
    simple(c, ctx, s->u.switch_stmt.init);
    Expr *tag = s->u.switch_stmt.tag;
    if (tag) {
        check_value(c, tag);
        if (!check_is_invalid(tag)) {
            check_use_default(c, tag);
            if (tag->type && type_is_untyped(tag->type) && tag->type->kind == TYPE_UNTYPED_NIL) {
                error_at(tag->pos, "use of untyped nil in switch expression");
                tag->mode = MODE_INVALID;
            } else if (!type_is_comparable(tag->type) && !type_has_nil(tag->type)) {
                error_at(tag->pos, "cannot switch on %s (%s is not comparable)", check_operand_string(tag),
                         type_string(tag->type));
                tag->mode = MODE_INVALID;
            }
        }
    }
    bool tag_ok = !tag || !check_is_invalid(tag);
    Frame f = {ctx.frames, s};
    ctx.frames = &f;
    Stmt *body = s->u.switch_stmt.body;
    body->u.block.scope = c->env.scope;
    StmtList *clauses = &body->u.block.list;
    Stmt *dflt = NULL;
    ConstSet seen = {0}; /* constant cases so far */
    for (int i = 0; i < clauses->n; i++) {
        Stmt *cl = clauses->v[i];
        if (cl->kind != STMT_CASE_CLAUSE)
            continue;
        note_default(cl, &dflt);
        for (int j = 0; j < cl->u.case_clause.list.n; j++) {
            Expr *e = cl->u.case_clause.list.v[j];
            if (!tag_ok) {
                check_expr(c, e);
                continue;
            }
            case_value(c, e, tag);
            /* as gc, duplicate boolean constants are not reported:
             * switch { case 0 == 0: case 1 == 1: } is fine */
            if (check_is_invalid(e) || e->mode != MODE_CONST || !e->val || e->val->kind == CONST_BOOL)
                continue;
            Expr *prev = check_const_seen(&seen, e);
            if (prev)
                error_at(e->pos, "duplicate case %s in expression switch\n\t%s: previous case",
                         check_operand_string(e), pos_string(prev->pos));
        }
        open_scope(c, cl->pos);
        cl->u.case_clause.scope = c->env.scope;
        Ctx inner = ctx;
        inner.flags = i + 1 < clauses->n ? FALLTHROUGH_OK : FINAL_CASE;
        stmt_list(c, inner, &cl->u.case_clause.body, cl->pos);
        close_scope(c);
    }
    hashindex_free(&seen.byval);
    close_scope(c);
}

/* The types of one type switch clause (types2's caseTypes): each a type
 * or nil, not seen before in the switch, and possible for x (NULL: the
 * guard is in error). Returns the last one's type (NULL for nil or an
 * error), which the clause's variable takes if it is the only one. */
static Type *case_types(Checker *c, Expr *x, ExprList *list, ExprList *seen)
{
    Type *t = NULL;
    for (int i = 0; i < list->n; i++) {
        Expr *e = list->v[i];
        Expr *u = check_unparen(e);
        Object *o = u->kind == EXPR_IDENT ? check_lookup(c, u->u.ident.name) : NULL;
        if (o && o->kind == OBJ_NIL) {
            check_expr(c, e);
            t = NULL;
        } else {
            t = check_type(c, e);
            if (t->kind == TYPE_INVALID)
                continue;
        }
        bool dup = false;
        for (int k = 0; k < seen->n && !dup; k++) {
            Type *st = seen->v[k]->mode == MODE_TYPE ? seen->v[k]->type : NULL;
            if ((!t && !st) || (t && st && type_identical(t, st))) {
                error_at(e->pos, "duplicate case %s in type switch\n\t%s: previous case", t ? type_string(t) : "nil",
                         pos_string(seen->v[k]->pos));
                dup = true;
            }
        }
        if (dup)
            continue;
        vec_push(seen, e);
        if (x && t && !type_is_interface(t) && !check_type_broken(t)) {
            const char *why = check_missing_method(t, x->type);
            if (why)
                error_at(e->pos, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                         check_expr_text(e), check_operand_string(x), type_string(t), why);
        }
    }
    return t;
}

/* switch [init;] [v :=] x.(type) {...}: x an interface, the cases types
 * (or nil), each clause a scope with its own v, of the case's type when
 * the case lists one type and of x's type otherwise; v counts as used if
 * any clause uses it. */
static void type_switch_stmt(Checker *c, Ctx ctx, Stmt *s)
{
    open_scope(c, s->pos);
    s->u.type_switch.scope = c->env.scope;
    simple(c, ctx, s->u.type_switch.init);
    Stmt *a = s->u.type_switch.assign;
    Expr *lhs = a->kind == STMT_ASSIGN ? a->u.assign.lhs.v[0] : NULL;
    Expr *guard = a->kind == STMT_ASSIGN ? a->u.assign.rhs.v[0] : a->u.expr.x;
    if (lhs && is_blank_ident(lhs)) {
        error_at(lhs->pos, "no new variable on left side of :=");
        lhs = NULL;
    }
    Expr *x = guard->u.type_assert.x;
    check_value(c, x);
    if (check_is_invalid(x)) {
        /* as gc, the clauses are not checked: nothing is known of them,
         * so no variable or import is reported unused either */
        check_invalidate(guard);
        c->env.fn->skipped = true;
        c->skipped_body = true;
        close_scope(c);
        return;
    }
    Expr *sx = x;
    Type *xt = x->type; /* what the clauses' variables default to */
    if (!type_is_interface(x->type)) {
        error_at(x->pos, "%s is not an interface", check_operand_string(x));
        check_use_default(c, x);
        sx = NULL;
        xt = types_basic[TYPE_INVALID];
    }
    guard->mode = MODE_VALUE;
    guard->type = x->type;
    Frame f = {ctx.frames, s};
    ctx.frames = &f;
    Stmt *body = s->u.type_switch.body;
    body->u.block.scope = c->env.scope;
    StmtList *clauses = &body->u.block.list;
    Stmt *dflt = NULL;
    ExprList seen = {0};
    ObjectList vars = {0};
    for (int i = 0; i < clauses->n; i++) {
        Stmt *cl = clauses->v[i];
        if (cl->kind != STMT_CASE_CLAUSE)
            continue;
        note_default(cl, &dflt);
        ExprList *list = &cl->u.case_clause.list;
        Type *t = case_types(c, sx, list, &seen);
        open_scope(c, cl->pos);
        cl->u.case_clause.scope = c->env.scope;
        if (lhs) {
            if (list->n != 1 || !t)
                t = xt;
            Object *v = object_new(OBJ_VAR, lhs->u.ident.name, lhs->pos, t);
            v->pkg = c->pkg->path;
            check_declare_obj(c, c->env.scope, v);
            cl->u.case_clause.implicit = v;
            vec_push(&vars, v);
        }
        Ctx inner = ctx;
        inner.flags = IN_TYPE_SWITCH;
        stmt_list(c, inner, &cl->u.case_clause.body, cl->pos);
        close_scope(c);
    }
    if (lhs) {
        bool used = false;
        for (int i = 0; i < vars.n; i++)
            used |= vars.v[i]->u.var.used;
        if (!used)
            error_at(lhs->pos, "%s declared but not used", lhs->u.ident.name);
        lhs->mode = MODE_VAR;
        lhs->type = x->type;
    }
    close_scope(c);
}

/* Whether e is a receive operation <-x. */
static bool is_receive(Expr *e)
{
    e = check_unparen(e);
    return e && e->kind == EXPR_UNARY && e->u.unary.op == TK_ARROW;
}

/* Where a select case's communication starts, for its error. */
static Pos comm_pos(Stmt *comm)
{
    if (comm->kind == STMT_ASSIGN && comm->u.assign.lhs.n > 0)
        return comm->u.assign.lhs.v[0]->pos;
    if (comm->kind == STMT_EXPR)
        return comm->u.expr.x->pos;
    return comm->pos;
}

/* select {...}: each clause's communication is a send, a receive (<-c,
 * alone or as the single right side of an assignment or short variable
 * declaration), or default, at most once; each clause is a scope of its
 * own, holding the variables its receive declares. As types2, x op= <-c
 * is accepted here (gc's compiler then crashes; ssagen reports it). */
static void select_stmt(Checker *c, Ctx ctx, Stmt *s)
{
    Frame f = {ctx.frames, s};
    ctx.frames = &f;
    ctx.flags = 0;
    StmtList *clauses = &s->u.select_stmt.body->u.block.list;
    Stmt *dflt = NULL;
    for (int i = 0; i < clauses->n; i++) {
        Stmt *cl = clauses->v[i];
        if (cl->kind != STMT_COMM_CLAUSE || cl->u.comm_clause.comm)
            continue;
        if (dflt)
            error_at(cl->pos, "multiple defaults (first at %s)", pos_string(dflt->pos));
        else
            dflt = cl;
    }
    for (int i = 0; i < clauses->n; i++) {
        Stmt *cl = clauses->v[i];
        if (cl->kind != STMT_COMM_CLAUSE)
            continue;
        Stmt *comm = cl->u.comm_clause.comm;
        bool valid = !comm || comm->kind == STMT_SEND ||
                     (comm->kind == STMT_ASSIGN && comm->u.assign.rhs.n == 1 &&
                      is_receive(comm->u.assign.rhs.v[0])) ||
                     (comm->kind == STMT_EXPR && is_receive(comm->u.expr.x));
        if (!valid) {
            error_at(comm_pos(comm), "select case must be send or receive (possibly with assignment)");
            continue;
        }
        open_scope(c, cl->pos);
        cl->u.comm_clause.scope = c->env.scope;
        simple(c, ctx, comm);
        stmt_list(c, ctx, &cl->u.comm_clause.body, cl->pos);
        close_scope(c);
    }
}

/* --- Dispatch ------------------------------------------------------------------------ */

/* Checks statement s; ctx says which statements enclose it (for break,
 * continue, fallthrough and goto). */
static void stmt(Checker *c, Ctx ctx, Stmt *s)
{
    switch (s->kind) {
    case STMT_BAD: case STMT_EMPTY:
        return;
    case STMT_DECL:
        check_local_decl(c, s->u.decl.decl);
        return;
    case STMT_LABELED: {
        Stmt *inner = s->u.labeled.stmt;
        Expr *id = s->u.labeled.label;
        inner->label_name = id->u.ident.name;
        if (id->u.ident.obj && id->u.ident.obj->kind == OBJ_LABEL) {
            Site site = {s, ctx.block, ctx.idx};
            vec_push(&c->env.fn->sites->labels, site);
        }
        /* every labelled statement is a frame: "break L" names it even
         * when it cannot be broken out of ("invalid break label L") */
        Frame f = {ctx.frames, inner};
        ctx.frames = &f;
        stmt(c, ctx, inner);
        return;
    }
    case STMT_EXPR:
        expr_stmt(c, s);
        return;
    case STMT_SEND:
        send_stmt(c, s);
        return;
    case STMT_INCDEC:
        incdec_stmt(c, s);
        return;
    case STMT_ASSIGN:
        assign_stmt(c, s);
        return;
    case STMT_GO:
        call_stmt(c, s, s->u.go_stmt.call, "go");
        return;
    case STMT_DEFER: {
        call_stmt(c, s, s->u.defer_stmt.call, "defer");
        Scope *fs = func_scope(c);
        if (!fs)
            return;
        fs->has_defer = true;
        fs->ndefers++;
        fs->last_defer = s->pos;
        for (Frame *f = ctx.frames; f; f = f->outer)
            if (is_loop(f->stmt))
                fs->defer_in_loop = true;
        return;
    }
    case STMT_RETURN:
        return_stmt(c, s);
        if (func_scope(c))
            func_scope(c)->nreturns++;
        return;
    case STMT_BRANCH:
        branch_stmt(c, ctx, s);
        return;
    case STMT_BLOCK:
        ctx.flags = 0;
        block(c, ctx, s);
        return;
    case STMT_IF:
        if_stmt(c, ctx, s);
        return;
    case STMT_SWITCH:
        switch_stmt(c, ctx, s);
        return;
    case STMT_FOR:
        for_stmt(c, ctx, s);
        return;
    case STMT_RANGE:
        range_stmt(c, ctx, s);
        return;
    case STMT_TYPE_SWITCH:
        type_switch_stmt(c, ctx, s);
        return;
    case STMT_SELECT:
        select_stmt(c, ctx, s);
        return;
    default:
        skip_unsupported(c, s->pos, "this statement");
        return;
    }
}

/* --- Terminating statements (spec "Terminating statements") ------------------------------ */

static bool has_break(Stmt *s, Stmt *target);

static bool list_has_break(StmtList *l, Stmt *target)
{
    for (int i = 0; i < l->n; i++)
        if (has_break(l->v[i], target))
            return true;
    return false;
}

/* Whether a break in s leaves target. */
static bool has_break(Stmt *s, Stmt *target)
{
    if (!s)
        return false;
    switch (s->kind) {
    case STMT_BRANCH: return s->u.branch.tok == TK_BREAK && s->u.branch.target == target;
    case STMT_LABELED: return has_break(s->u.labeled.stmt, target);
    case STMT_BLOCK: return list_has_break(&s->u.block.list, target);
    case STMT_IF: return has_break(s->u.if_stmt.then, target) || has_break(s->u.if_stmt.else_, target);
    case STMT_CASE_CLAUSE: return list_has_break(&s->u.case_clause.body, target);
    case STMT_COMM_CLAUSE: return list_has_break(&s->u.comm_clause.body, target);
    case STMT_SWITCH: return has_break(s->u.switch_stmt.body, target);
    case STMT_TYPE_SWITCH: return has_break(s->u.type_switch.body, target);
    case STMT_SELECT: return has_break(s->u.select_stmt.body, target);
    case STMT_FOR: return has_break(s->u.for_stmt.body, target);
    case STMT_RANGE: return has_break(s->u.range.body, target);
    default: return false;
    }
}

static bool is_terminating(Stmt *s);

static bool list_terminating(StmtList *l)
{
    int i = last_nonempty(l);
    return i >= 0 && is_terminating(l->v[i]);
}

/* Every clause of a switch or select ends in a terminating statement. */
static bool clauses_terminate(Stmt *body, bool need_default)
{
    bool has_default = false;
    StmtList *l = &body->u.block.list;
    for (int i = 0; i < l->n; i++) {
        Stmt *cl = l->v[i];
        StmtList *b = cl->kind == STMT_CASE_CLAUSE ? &cl->u.case_clause.body : &cl->u.comm_clause.body;
        if (cl->kind == STMT_CASE_CLAUSE && cl->u.case_clause.is_default)
            has_default = true;
        if (!list_terminating(b))
            return false;
    }
    return has_default || !need_default;
}

/* Spec "Terminating statements", rule by rule. */
static bool is_terminating(Stmt *s)
{
    switch (s->kind) {
    case STMT_RETURN:
        return true;
    case STMT_BRANCH:
        return s->u.branch.tok == TK_GOTO || s->u.branch.tok == TK_FALLTHROUGH;
    case STMT_EXPR: {
        Expr *x = check_unparen(s->u.expr.x);
        BuiltinId id;
        return x->kind == EXPR_CALL && is_builtin_call(x, &id) && id == BUILTIN_PANIC;
    }
    case STMT_BLOCK:
        return list_terminating(&s->u.block.list);
    case STMT_IF:
        return s->u.if_stmt.else_ && is_terminating(s->u.if_stmt.then) && is_terminating(s->u.if_stmt.else_);
    case STMT_FOR:
        return !s->u.for_stmt.cond && !has_break(s->u.for_stmt.body, s);
    case STMT_LABELED:
        return is_terminating(s->u.labeled.stmt);
    case STMT_SWITCH:
        return !has_break(s->u.switch_stmt.body, s) && clauses_terminate(s->u.switch_stmt.body, true);
    case STMT_TYPE_SWITCH:
        return !has_break(s->u.type_switch.body, s) && clauses_terminate(s->u.type_switch.body, true);
    case STMT_SELECT:
        return !has_break(s->u.select_stmt.body, s) && clauses_terminate(s->u.select_stmt.body, false);
    default:
        return false;
    }
}

/* --- Bodies ---------------------------------------------------------------------------- */

/* Checks a function body in c->env.scope (the function's scope, holding its
 * parameters: the body's top-level declarations share it, so that
 * redeclaring a parameter is an error). */
void check_body(Checker *c, Stmt *body)
{
    struct GotoSites sites = {0};
    c->env.fn->sites = &sites;
    collect_labels(c, body);
    body->u.block.scope = c->env.scope;
    Ctx ctx = {0};
    stmt_list(c, ctx, &body->u.block.list, body->pos);
    check_gotos(&sites);
    if (!c->env.fn->skipped)
        for (int i = 0; i < c->env.fn->labels.n; i++) {
            Object *l = c->env.fn->labels.v[i];
            if (!l->u.label.used)
                error_at(l->pos, "label %s defined and not used", l->name);
        }
    Type *res = c->env.fn->sig->u.func.results;
    if (res && res->u.tuple.vars.n > 0 && !list_terminating(&body->u.block.list))
        error_at(body->u.block.rbrace, "missing return");
    c->env.fn->sites = NULL;
}
