/*
 * copyelim.c — the copyelim pass: every use of a Copy is pointed at the
 * value the copy (or chain of copies) ultimately names, and the Copy
 * values are then deleted.
 *
 * Copies come from phielim and opt, which turn a value into a Copy of
 * another (ssa_value_copy_of) rather than rewriting all its uses, because
 * that keeps them local. This pass is where the uses are moved.
 *
 * Requires: nothing. Leaves behind: no Copy value anywhere, except copies
 * that form a cycle (v1 = Copy v2, v2 = Copy v1). Such a cycle has no
 * source and can only arise in unreachable code, which deadcode removes;
 * the register allocator, which must never see a Copy, runs after both.
 */
#include "ssa.h"
#include "passes.h"

/* Returns the first non-Copy value along v's chain of copies, or NULL if
 * the chain is a cycle. Chains are short in practice; the step limit
 * (every value at most once) is what detects a cycle. */
static Value *copy_source(Func *f, Value *v)
{
    for (int steps = 0; v->op == OpCopy; steps++) {
        if (steps >= f->nvalues)
            return NULL;
        v = v->args[0];
    }
    return v;
}

void ssa_copyelim(Func *f)
{
    /* Rewrite argument slots (the copies' own included, so that each
     * remaining copy names a non-copy and loses all its uses) and block
     * controls. */
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            for (int k = 0; k < v->nargs; k++) {
                Value *src = copy_source(f, v->args[k]);
                if (src && src != v->args[k])
                    ssa_set_arg(v, k, src);
            }
        }
        if (b->control) {
            Value *src = copy_source(f, b->control);
            if (src && src != b->control)
                ssa_set_control(b, src);
        }
    }

    /* Delete the copies nothing uses any more. Dropping a copy's argument
     * can only lower the use count of a non-copy, so one sweep suffices. */
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        int n = 0;
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            if (v->op == OpCopy && v->uses == 0) {
                ssa_reset_args(v);
                continue;
            }
            b->values.v[n++] = v;
        }
        b->values.n = n;
    }
}
