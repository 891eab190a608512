/*
 * check.c — the SSA verifier. ssa_compile runs it after every
 * pass when PassOptions.check is set (always in tests), so that a pass
 * that breaks an invariant is named at once rather than found later as
 * wrong code. It checks each invariant in ssa.h's header comment; what is
 * not checked, and why:
 *   - the order of values inside a block: before "schedule" it carries no
 *     meaning, and the Func does not record whether schedule has run;
 *   - types beyond the controls' (mem for Ret/Exit, flags for the amd64
 *     kinds): ops are not typed strongly enough in the table to say more.
 * The first violation found is reported through ice(), which names the
 * pass (f->pass) and function and exits. As a side effect f->idom is
 * recomputed (and so is current afterwards).
 */
#include "ssa.h"
#include "diag.h"

#include <stdarg.h>

static _Noreturn void fail(Func *f, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static _Noreturn void fail(Func *f, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvprintf(fmt, ap);
    va_end(ap);
    ice_context(f->pass ? f->pass : "-", f->goname ? f->goname : f->name);
    ice(pos, "invalid SSA: %s", msg);
}

/* "v4 (12) = Add64 <int> v2 v3", for messages. */
static const char *vstr(Value *v)
{
    Buf b = {0};
    ssa_print_value(&b, v);
    return b.s;
}

/* What the checker knows about the function's members, by ID: the block
 * or value that owns each ID (NULL: none), so a pointer to something
 * not in f, or a second object with the same ID, is caught. */
typedef struct Tables {
    Block **block;
    Value **value;
    int *uses;     /* counted argument slots and controls */
    int *pre, *post; /* dominator-tree DFS numbers; pre == 0: unreachable */
} Tables;

static void check_ids(Func *f, Tables *t)
{
    if (!f->entry)
        fail(f, f->pos, "function has no entry block");
    bool entry_seen = false;
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        if (b->id <= 0 || b->id >= f->nblocks)
            fail(f, b->pos, "b%d: ID out of range (nblocks %d)", b->id, f->nblocks);
        if (t->block[b->id])
            fail(f, b->pos, "b%d listed twice or shares its ID", b->id);
        t->block[b->id] = b;
        if (b->func != f)
            fail(f, b->pos, "b%d belongs to another function", b->id);
        entry_seen |= b == f->entry;
        for (int k = 0; k < b->values.n; k++) {
            Value *v = b->values.v[k];
            if (v->id <= 0 || v->id >= f->nvalues)
                fail(f, v->pos, "v%d: ID out of range (nvalues %d)", v->id, f->nvalues);
            if (t->value[v->id])
                fail(f, v->pos, "v%d listed twice or shares its ID", v->id);
            t->value[v->id] = v;
            if (v->block != b)
                fail(f, v->pos, "v%d is in b%d but says it is in b%d", v->id, b->id,
                     v->block ? v->block->id : 0);
        }
    }
    if (!entry_seen)
        fail(f, f->pos, "entry b%d is not in the block list", f->entry->id);
    if (f->entry->preds.n != 0)
        fail(f, f->entry->pos, "entry b%d has predecessors", f->entry->id);
}

static bool is_block(Func *f, Tables *t, Block *b)
{
    return b && b->id > 0 && b->id < f->nblocks && t->block[b->id] == b;
}
static bool is_value(Func *f, Tables *t, Value *v)
{
    return v && v->id > 0 && v->id < f->nvalues && t->value[v->id] == v;
}

/* Edges are symmetric, counts match the kind, controls are present where
 * the kind reads one and have the type it reads. */
static void check_block(Func *f, Tables *t, Block *b)
{
    if (b->kind <= BlockInvalid || !ssa_blockinfo(b->kind))
        fail(f, b->pos, "b%d has invalid kind %d", b->id, (int)b->kind);
    const BlockInfo *k = ssa_blockinfo(b->kind);
    if (b->succs.n != k->nsuccs)
        fail(f, b->pos, "b%d: %s block has %d successors, wants %d", b->id, k->name, b->succs.n,
             k->nsuccs);
    for (int i = 0; i < b->succs.n; i++) {
        Edge e = b->succs.v[i];
        if (!is_block(f, t, e.b))
            fail(f, b->pos, "b%d: successor %d is not a block of the function", b->id, i);
        if (e.i < 0 || e.i >= e.b->preds.n || e.b->preds.v[e.i].b != b || e.b->preds.v[e.i].i != i)
            fail(f, b->pos, "b%d: successor %d (b%d) has no matching predecessor edge", b->id, i,
                 e.b->id);
    }
    for (int i = 0; i < b->preds.n; i++) {
        Edge e = b->preds.v[i];
        if (!is_block(f, t, e.b))
            fail(f, b->pos, "b%d: predecessor %d is not a block of the function", b->id, i);
        if (e.i < 0 || e.i >= e.b->succs.n || e.b->succs.v[e.i].b != b || e.b->succs.v[e.i].i != i)
            fail(f, b->pos, "b%d: predecessor %d (b%d) has no matching successor edge", b->id, i,
                 e.b->id);
    }
    bool wants_control = b->kind != BlockPlain;
    if (!wants_control && b->control)
        fail(f, b->pos, "b%d: Plain block has control v%d", b->id, b->control->id);
    if (!wants_control)
        return;
    if (!b->control)
        fail(f, b->pos, "b%d: %s block has no control", b->id, k->name);
    if (!is_value(f, t, b->control))
        fail(f, b->pos, "b%d: control v%d is not a value of the function", b->id, b->control->id);
    t->uses[b->control->id]++;
    Type *want = NULL;
    if (b->kind == BlockRet || b->kind == BlockExit)
        want = type_mem;
    else if (b->kind != BlockIf)
        want = type_flags;
    if (want && b->control->type != want)
        fail(f, b->pos, "b%d: %s block's control is not %s: %s", b->id, k->name,
             type_string(want), vstr(b->control));
}

static void check_value(Func *f, Tables *t, Value *v)
{
    if (v->op <= OpInvalid || !ssa_opinfo(v->op))
        fail(f, v->pos, "v%d has invalid op %d", v->id, (int)v->op);
    int want = ssa_opinfo(v->op)->nargs;
    if (v->op == OpPhi)
        want = v->block->preds.n;
    if (want >= 0 && v->nargs != want)
        fail(f, v->pos, "%d arguments, wants %d: %s", v->nargs, want, vstr(v));
    if (!v->type)
        fail(f, v->pos, "no type: %s", vstr(v));
    for (int i = 0; i < v->nargs; i++) {
        Value *a = v->args[i];
        if (!is_value(f, t, a))
            fail(f, v->pos, "argument %d is not a value of the function: %s", i, vstr(v));
        if (a == v && v->op != OpPhi)
            fail(f, v->pos, "uses itself: %s", vstr(v));
        t->uses[a->id]++;
    }
}

/*
 * Numbers the dominator tree in DFS pre- and postorder, so that
 * "a dominates b" is the O(1) interval test pre[a] <= pre[b] &&
 * post[b] <= post[a] instead of a walk up the idom chain for every
 * argument of every value.
 */
static void number_domtree(Func *f, Tables *t)
{
    ssa_dominators(f);
    int n = f->nblocks;
    int *child = NEWARRAY(int, n), *sibling = NEWARRAY(int, n); /* block IDs; 0 = none */
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        Block *d = f->idom[b->id];
        if (d) {
            sibling[b->id] = child[d->id];
            child[d->id] = b->id;
        }
    }
    int *stack = NEWARRAY(int, n);
    int sp = 0, clock = 0;
    stack[sp++] = f->entry->id;
    t->pre[f->entry->id] = ++clock;
    while (sp > 0) {
        int b = stack[sp - 1];
        int c = child[b];
        if (c) {
            child[b] = sibling[c]; /* consume the child list as we go */
            t->pre[c] = ++clock;
            stack[sp++] = c;
        } else {
            t->post[b] = ++clock;
            sp--;
        }
    }
}

static bool dominates(Tables *t, Block *a, Block *b)
{
    return t->pre[a->id] && t->pre[a->id] <= t->pre[b->id] && t->post[b->id] <= t->post[a->id];
}

/* Every argument's block dominates the use; for a phi, the end of the
 * matching predecessor. Uses in unreachable blocks are not checked: no
 * path reaches them, and deadcode will remove them. */
static void check_dominance(Func *f, Tables *t)
{
    number_domtree(f, t);
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        if (!t->pre[b->id])
            continue;
        for (int k = 0; k < b->values.n; k++) {
            Value *v = b->values.v[k];
            for (int j = 0; j < v->nargs; j++) {
                Block *use = v->op == OpPhi ? b->preds.v[j].b : b;
                if (!t->pre[use->id]) /* a phi's edge from an unreachable pred */
                    continue;
                if (!dominates(t, v->args[j]->block, use))
                    fail(f, v->pos, "argument %d (v%d in b%d) does not dominate its use in b%d: %s",
                         j, v->args[j]->id, v->args[j]->block->id, use->id, vstr(v));
            }
        }
        if (b->control && !dominates(t, b->control->block, b))
            fail(f, b->pos, "b%d: control v%d (in b%d) does not dominate the block", b->id,
                 b->control->id, b->control->block->id);
    }
}

void ssa_check(Func *f)
{
    Tables t = {
        .block = NEWARRAY(Block *, f->nblocks),
        .value = NEWARRAY(Value *, f->nvalues),
        .uses = NEWARRAY(int, f->nvalues),
        .pre = NEWARRAY(int, f->nblocks),
        .post = NEWARRAY(int, f->nblocks),
    };
    check_ids(f, &t);
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        check_block(f, &t, b);
        for (int k = 0; k < b->values.n; k++)
            check_value(f, &t, b->values.v[k]);
    }
    for (int id = 1; id < f->nvalues; id++) {
        Value *v = t.value[id];
        if (v && v->uses != t.uses[id])
            fail(f, v->pos, "use count %d, but %d uses found: %s", v->uses, t.uses[id], vstr(v));
    }
    check_dominance(f, &t);
}
