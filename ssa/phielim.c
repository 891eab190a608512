/*
 * phielim.c — the phielim pass: a phi that can only ever yield one value
 * becomes a Copy of that value.
 *
 * The SSA builder places phis wherever a variable has several reaching
 * definitions in the CFG, without knowing whether they differ; a loop
 * that never assigns x still gets x = Phi(x0, x) at its header. Such a
 * phi selects among only one distinct value w (ignoring the phi itself,
 * which a back edge may carry), so it is w.
 *
 * Turning one phi into a copy can make another redundant (y = Phi(x, x)
 * once x is a Copy of w), so the pass looks through copies and repeats
 * until nothing changes. It visits blocks in reverse postorder, so that
 * outside loops a phi's arguments are settled before the phi itself and
 * one sweep finds everything; in creation order a chain of n else-ifs
 * took n sweeps.
 *
 * Requires: nothing. Leaves behind: Copy values, for copyelim.
 */
#include "ssa.h"
#include "passes.h"

/* Follows a chain of copies. A cycle of copies (only possible in
 * unreachable code) is cut at the value where the walk starts to repeat;
 * the step bound guarantees termination. */
static Value *through_copies(Func *f, Value *v)
{
    for (int steps = 0; v->op == OpCopy && steps < f->nvalues; steps++)
        v = v->args[0];
    return v;
}

/* If phi v has a single distinct argument other than itself, makes v a
 * Copy of it and returns true. */
static bool elim_phi(Func *f, Value *v)
{
    Value *w = NULL;
    for (int i = 0; i < v->nargs; i++) {
        Value *a = through_copies(f, v->args[i]);
        if (a == v)
            continue;
        if (w && a != w)
            return false;
        w = a;
    }
    if (!w)
        return false; /* only ever itself: dead code, left to deadcode */
    ssa_value_copy_of(v, w);
    return true;
}

void ssa_phielim(Func *f)
{
    BlockList rpo = ssa_postorder(f); /* reverse postorder, reachable blocks */
    bool changed;
    do {
        changed = false;
        for (int i = 0; i < rpo.n; i++) {
            Block *b = rpo.v[i];
            for (int j = 0; j < b->values.n; j++) {
                Value *v = b->values.v[j];
                if (v->op == OpPhi && elim_phi(f, v))
                    changed = true;
            }
        }
    } while (changed);
}
