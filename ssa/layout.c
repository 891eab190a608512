/*
 * layout.c — the layout pass: decides the order of f->blocks, which is the
 * order the emitter writes them in.
 *
 * A jump to the block that comes next is omitted by the emitter, so the
 * goal is to place each block's most likely successor right after it. The
 * order is built greedily from the entry; after placing block b the next
 * block is the first rule that yields an unplaced block:
 *   1. b's likely successor (b->likely), if known;
 *   2. a successor of b all of whose predecessors are placed (nothing else
 *      can want to fall into it), else any successor of b;
 *   3. a block all of whose predecessors are placed;
 *   4. the most recently seen successor of a placed block;
 *   5. any block.
 * Exit blocks (calls that never return: panics) are cold, so rules 1–4
 * skip them and they go last, keeping the hot path contiguous.
 *
 * Requires: deadcode (every block reachable; an unreachable block would
 * still be placed, by rule 5). Leaves behind: f->blocks in layout order,
 * f->entry first.
 */
#include "ssa.h"
#include "passes.h"

typedef struct Layout {
    Func *f;
    bool *placed;        /* by block ID */
    int *unplaced_preds; /* by block ID: predecessors not placed yet */
    BlockList order;
    BlockList ready;     /* blocks whose predecessors were all placed (rule 3) */
    BlockList seen;      /* successors of placed blocks (rule 4) */
} Layout;

static bool usable(Layout *l, Block *b)
{
    return !l->placed[b->id] && b->kind != BlockExit;
}

static void place(Layout *l, Block *b)
{
    l->placed[b->id] = true;
    vec_push(&l->order, b);
    for (int i = 0; i < b->succs.n; i++) {
        Block *c = b->succs.v[i].b;
        vec_push(&l->seen, c);
        if (--l->unplaced_preds[c->id] == 0)
            vec_push(&l->ready, c);
    }
}

/* Rules 1 and 2. */
static Block *pick_successor(Layout *l, Block *b)
{
    if (b->likely != 0 && b->succs.n == 2) {
        Block *c = b->succs.v[b->likely > 0 ? 0 : 1].b;
        if (usable(l, c))
            return c;
    }
    Block *any = NULL;
    for (int i = 0; i < b->succs.n; i++) {
        Block *c = b->succs.v[i].b;
        if (!usable(l, c))
            continue;
        if (l->unplaced_preds[c->id] == 0)
            return c;
        if (!any)
            any = c;
    }
    return any;
}

/* Rules 3 to 5. The ready and seen lists are consumed from the back
 * (most recent first); entries already placed are discarded. */
static Block *pick_other(Layout *l)
{
    while (l->ready.n > 0) {
        Block *c = l->ready.v[--l->ready.n];
        if (usable(l, c))
            return c;
    }
    while (l->seen.n > 0) {
        Block *c = l->seen.v[--l->seen.n];
        if (usable(l, c))
            return c;
    }
    for (int i = 0; i < l->f->blocks.n; i++)
        if (usable(l, l->f->blocks.v[i]))
            return l->f->blocks.v[i];
    for (int i = 0; i < l->f->blocks.n; i++)
        if (!l->placed[l->f->blocks.v[i]->id])
            return l->f->blocks.v[i];
    return NULL;
}

void ssa_layout(Func *f)
{
    Layout l = {.f = f};
    l.placed = NEWARRAY(bool, f->nblocks);
    l.unplaced_preds = NEWARRAY(int, f->nblocks);
    for (int i = 0; i < f->blocks.n; i++)
        l.unplaced_preds[f->blocks.v[i]->id] = f->blocks.v[i]->preds.n;

    Block *b = f->entry;
    while (b) {
        place(&l, b);
        Block *next = pick_successor(&l, b);
        b = next ? next : pick_other(&l);
    }
    f->blocks = l.order;
}
