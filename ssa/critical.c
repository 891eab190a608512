/*
 * critical.c — the critical pass: splits every critical edge, an edge
 * from a block with several successors to a block with several
 * predecessors, by routing it through a new empty Plain block.
 *
 * The register allocator needs a place on each edge for the moves that
 * reconcile register assignments (phi inputs, values living in different
 * registers at the end of the predecessor and the start of the
 * successor). On a critical edge neither end is such a place: code at the
 * end of the predecessor also runs on its other out-edges, and code at
 * the start of the successor on its other in-edges. The new block is.
 *
 * Requires: nothing. Leaves behind: no critical edges. Phi arguments are
 * untouched: the new block takes over the old edge's slot in both edge
 * lists, so the successor's predecessor order is unchanged.
 */
#include "ssa.h"
#include "passes.h"

/* Replaces edge b.succs[i] -> c (= c.preds[j]) with b -> d -> c, d new.
 *
 * This rewires the edge lists in place, which is otherwise func.c's job:
 * func.c offers only removal and appending, and a removal followed by an
 * append would reorder b's successors (an If's succ0 is its true branch)
 * and c's predecessors (and with them every phi's arguments). */
static void split_edge(Func *f, Block *b, int i)
{
    Edge e = b->succs.v[i];
    Block *c = e.b;
    int j = e.i;
    Block *d = ssa_block_new(f, BlockPlain, b->pos);
    b->succs.v[i] = (Edge){d, 0};
    vec_push(&d->preds, ((Edge){b, i}));
    vec_push(&d->succs, ((Edge){c, j}));
    c->preds.v[j] = (Edge){d, 0};
}

void ssa_critical(Func *f)
{
    /* The new blocks are appended to f->blocks; they have one successor
     * and need no visit, so only the original blocks are scanned. */
    int n = f->blocks.n;
    for (int k = 0; k < n; k++) {
        Block *b = f->blocks.v[k];
        if (b->succs.n < 2)
            continue;
        for (int i = 0; i < b->succs.n; i++)
            if (b->succs.v[i].b->preds.n > 1)
                split_edge(f, b, i);
    }
}
