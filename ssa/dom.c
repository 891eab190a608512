/*
 * dom.c — block orderings and dominators, the analyses that the checker
 * (def dominates use), deadcode (reachability) and the schedule and
 * layout passes build on.
 *
 * Dominators use the iterative algorithm of Cooper, Harvey and Kennedy
 * ("A Simple, Fast Dominance Algorithm", 2001): visit blocks in reverse
 * postorder, set each block's idom to the common ancestor, in the
 * dominator tree built so far, of its processed predecessors, and repeat
 * until nothing changes. On the reducible CFGs that Go source produces it
 * settles in two or three sweeps, and it needs nothing but the postorder
 * numbers; Lengauer–Tarjan is faster only on graphs far larger than a Go
 * function's.
 *
 * f->idom is a snapshot: passes that change edges must call
 * ssa_dominators again before asking ssa_dominates.
 */
#include "ssa.h"
#include "diag.h"

/*
 * Returns the reachable blocks in reverse postorder: each block comes
 * before its successors except along back edges, so a forward walk sees
 * a block's dominators before the block. The DFS is iterative (an
 * explicit stack of (block, next successor)) because generated code, e.g.
 * a long switch, can nest deeper than the C stack is comfortable with.
 */
BlockList ssa_postorder(Func *f)
{
    BlockList order = {0};
    if (!f->entry)
        return order;
    bool *seen = NEWARRAY(bool, f->nblocks);
    Block **stack = NEWARRAY(Block *, f->nblocks);
    int *next = NEWARRAY(int, f->nblocks); /* next succ index, per stack slot */
    int sp = 0;
    stack[sp] = f->entry;
    next[sp++] = 0;
    seen[f->entry->id] = true;
    while (sp > 0) {
        Block *b = stack[sp - 1];
        if (next[sp - 1] < b->succs.n) {
            Block *c = b->succs.v[next[sp - 1]++].b;
            if (!seen[c->id]) {
                seen[c->id] = true;
                stack[sp] = c;
                next[sp++] = 0;
            }
            continue;
        }
        vec_push(&order, b); /* all successors done: b is next in postorder */
        sp--;
    }
    for (int i = 0, j = order.n - 1; i < j; i++, j--) {
        Block *t = order.v[i];
        order.v[i] = order.v[j];
        order.v[j] = t;
    }
    return order;
}

/* Walks a and b up the partial dominator tree until they meet. po[] is
 * each block's postorder number: a dominator always has a larger one
 * than the blocks it dominates, so the deeper of the two moves up. */
static Block *intersect(Block **idom, const int *po, Block *a, Block *b)
{
    while (a != b) {
        while (po[a->id] < po[b->id])
            a = idom[a->id];
        while (po[b->id] < po[a->id])
            b = idom[b->id];
    }
    return a;
}

/*
 * Sets f->idom[b->id] to b's immediate dominator. The entry's idom is
 * NULL, as are unreachable blocks' (as in gc): "no idom" means "entry or
 * unreachable", and b == f->entry tells which. While the iteration runs
 * the entry temporarily names itself, so that intersect stops there.
 */
void ssa_dominators(Func *f)
{
    BlockList rpo = ssa_postorder(f);
    Block **idom = NEWARRAY(Block *, f->nblocks);
    f->idom = idom;
    if (rpo.n == 0)
        return;
    int *po = NEWARRAY(int, f->nblocks);
    for (int i = 0; i < rpo.n; i++)
        po[rpo.v[i]->id] = rpo.n - 1 - i;
    idom[f->entry->id] = f->entry;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 1; i < rpo.n; i++) {
            Block *b = rpo.v[i];
            Block *d = NULL;
            for (int k = 0; k < b->preds.n; k++) {
                Block *p = b->preds.v[k].b;
                if (!idom[p->id]) /* not processed yet, or unreachable */
                    continue;
                d = d ? intersect(idom, po, d, p) : p;
            }
            if (idom[b->id] != d) {
                idom[b->id] = d;
                changed = true;
            }
        }
    }
    idom[f->entry->id] = NULL;
}

/* Reports whether a dominates b (every block dominates itself). Needs a
 * current f->idom; an unreachable b is dominated by nothing but itself. */
bool ssa_dominates(Func *f, Block *a, Block *b)
{
    if (!f->idom)
        ice(f->pos, "ssa_dominates: dominators of %s not computed", f->name);
    for (; b; b = f->idom[b->id])
        if (a == b)
            return true;
    return false;
}
