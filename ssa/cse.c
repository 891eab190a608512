/*
 * cse.c — ssa_cse: common-subexpression elimination. A value that
 * computes what a value dominating it already computed (same op, type,
 * aux, auxint and arguments) becomes a Copy of that value.
 *
 * Requires: nothing but valid SSA; runs on generic ops, before lowering.
 * Leaves behind: Copy values for copyelim, unused values for deadcode.
 *
 * Design: hash-based value numbering over the dominator tree (as in
 * Briggs, Cooper and Simpson's "dominator-based value numbering"; gc
 * partitions values into congruence classes instead, which also catches
 * equalities through phis). The blocks are visited in a preorder of the
 * dominator tree; a scoped hash table maps a value's key to the first
 * value with that key on the path from the entry, so every candidate
 * dominates the value it replaces. Leaving a block undoes its insertions
 * (an undo log: entries come and go in stack order, so the open
 * addressing table returns exactly to its earlier state). Within a block
 * values are visited with their block-local arguments first, since the
 * values are not scheduled yet. Arguments are compared after replacement,
 * so chains of equal computations collapse in one pass.
 *
 * Never merged: phis (equal only with the equality of their inputs on
 * each edge, which this scheme does not see), values that change memory
 * or call (OPF_MEM, OPF_CALL: each is an event), Copy values (copyelim's),
 * and values of type mem. A Load takes its memory state as an argument,
 * so two loads merge only when no store can come between them.
 */
#include "passes.h"
#include "diag.h"
#include "hashindex.h"

#include <string.h>

typedef struct Undo {
    int slot;
    Value *old;
} Undo;

typedef struct Cse {
    Value **table;   /* open addressing, by key hash; NULL: empty */
    uint64_t mask;
    VEC(Undo) undo;
    Value **rep;     /* by value ID: what the value became (itself if kept) */
} Cse;

static bool mergeable(Value *v)
{
    unsigned fl = ssa_opinfo(v->op)->flags;
    if (v->op == OpPhi || v->op == OpCopy || v->op == OpInvalid || (fl & (OPF_MEM | OPF_CALL)))
        return false;
    return !v->type || v->type->kind != TYPE_MEM;
}

static Value *rep(Cse *c, Value *v)
{
    return c->rep[v->id] ? c->rep[v->id] : v;
}

static bool commutes(Value *v)
{
    return v->nargs == 2 && (ssa_opinfo(v->op)->flags & OPF_COMMUTATIVE);
}

/* The key's hash: for a commutative op the arguments' order does not
 * count (x+y and y+x merge). */
static uint64_t key_hash(Cse *c, Value *v)
{
    uint64_t h = hash_u64((uint64_t)v->op * 1000003u ^ (uint64_t)v->aux_int);
    h ^= hash_u64((uint64_t)(uintptr_t)v->type + 31 * (uint64_t)(uintptr_t)v->aux);
    if (commutes(v))
        return h ^ hash_u64((uint64_t)rep(c, v->args[0])->id) ^ hash_u64((uint64_t)rep(c, v->args[1])->id);
    for (int i = 0; i < v->nargs; i++)
        h = hash_u64(h ^ (uint64_t)rep(c, v->args[i])->id);
    return h;
}

static bool same_key(Cse *c, Value *a, Value *b)
{
    if (a->op != b->op || a->type != b->type || a->aux != b->aux || a->aux_int != b->aux_int ||
        a->nargs != b->nargs)
        return false;
    if (commutes(a) && rep(c, a->args[0]) == rep(c, b->args[1]) && rep(c, a->args[1]) == rep(c, b->args[0]))
        return true;
    for (int i = 0; i < a->nargs; i++)
        if (rep(c, a->args[i]) != rep(c, b->args[i]))
            return false;
    return true;
}

/* The dominating value v equals, or NULL after recording v as the one
 * later values with its key will find. */
static Value *lookup_or_insert(Cse *c, Value *v)
{
    uint64_t i = key_hash(c, v) & c->mask;
    for (; c->table[i]; i = (i + 1) & c->mask)
        if (same_key(c, c->table[i], v))
            return c->table[i];
    Undo u = {(int)i, NULL};
    vec_push(&c->undo, u);
    c->table[i] = v;
    return NULL;
}

/* b's values with each block-local argument before its user (phis, which
 * read their arguments at the end of predecessors, count as having
 * none). The order is a topological one of an acyclic graph: SSA's only
 * cycles go through phis. */
static void local_order(Block *b, ValueList *out, int *state)
{
    out->n = 0;
    VEC(Value *) stack = {0};
    for (int i = 0; i < b->values.n; i++) {
        Value *root = b->values.v[i];
        if (state[root->id])
            continue;
        vec_push(&stack, root);
        while (stack.n > 0) {
            Value *v = stack.v[stack.n - 1];
            if (state[v->id] == 2) {
                stack.n--;
                continue;
            }
            state[v->id] = 1;
            bool pushed = false;
            for (int k = 0; v->op != OpPhi && k < v->nargs && !pushed; k++) {
                Value *a = v->args[k];
                if (a->block == b && state[a->id] == 0) {
                    vec_push(&stack, a);
                    pushed = true;
                }
            }
            if (!pushed) {
                state[v->id] = 2;
                vec_push(out, v);
                stack.n--;
            }
        }
    }
}

void ssa_cse(Func *f)
{
    if (!f->entry)
        return;
    ssa_dominators(f);
    int nb = f->nblocks, nv = f->nvalues;
    /* the dominator tree's children lists */
    int *first = NEWARRAY(int, nb), *next = NEWARRAY(int, nb);
    for (int i = 0; i < nb; i++)
        first[i] = next[i] = -1;
    for (int i = f->blocks.n - 1; i >= 0; i--) {
        Block *b = f->blocks.v[i];
        Block *d = f->idom[b->id];
        if (d) {
            next[b->id] = first[d->id];
            first[d->id] = b->id;
        }
    }
    Block **byid = NEWARRAY(Block *, nb);
    for (int i = 0; i < f->blocks.n; i++)
        byid[f->blocks.v[i]->id] = f->blocks.v[i];

    Cse c = {0};
    uint64_t size = 16;
    while (size < 2 * (uint64_t)nv)
        size *= 2;
    c.table = NEWARRAY(Value *, size);
    c.mask = size - 1;
    c.rep = NEWARRAY(Value *, nv);
    int *state = NEWARRAY(int, nv);
    ValueList order = {0};

    /* Iterative preorder walk: (block, saved undo length) on a stack. */
    typedef struct Frame { int block, child, mark; } Frame;
    VEC(Frame) stack = {0};
    Frame root = {f->entry->id, -2, 0};
    vec_push(&stack, root);
    while (stack.n > 0) {
        Frame *fr = &stack.v[stack.n - 1];
        if (fr->child == -2) { /* entering: number this block's values */
            fr->mark = c.undo.n;
            fr->child = first[fr->block];
            local_order(byid[fr->block], &order, state);
            for (int i = 0; i < order.n; i++) {
                Value *v = order.v[i];
                if (!mergeable(v))
                    continue;
                Value *w = lookup_or_insert(&c, v);
                if (w)
                    c.rep[v->id] = w;
            }
            continue;
        }
        if (fr->child >= 0) {
            Frame child = {fr->child, -2, 0};
            fr->child = next[fr->child];
            vec_push(&stack, child);
            continue;
        }
        /* leaving: undo this block's insertions */
        while (c.undo.n > fr->mark) {
            Undo *u = &c.undo.v[--c.undo.n];
            c.table[u->slot] = u->old;
        }
        stack.n--;
    }

    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            if (c.rep[v->id])
                ssa_value_copy_of(v, c.rep[v->id]);
        }
    }
}
