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
                ssa_split_edge(f, b, i);
    }
}
