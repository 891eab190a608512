/*
 * opt.c — the opt pass: constant folding and algebraic identities on the
 * generic integer and boolean ops. The rules are data, in
 * ssa/generic.rules, compiled by ssa/gen/rulegen into ssa/rewritegeneric.c
 * (ssa_rewrite_generic: a switch on the op, then that op's rules in order);
 * this file runs them.
 *
 * A value that folds to a constant is rewritten in place into a Const op;
 * one that simplifies to another value x becomes a Copy of x, for
 * copyelim to remove. Operands are read through copies, and the pass
 * repeats until nothing changes, since each rewrite can enable another.
 * An If whose control folds to a ConstBool is left to deadcode.
 *
 * Requires: nothing. Leaves behind: Copy values; dead constants (for
 * deadcode).
 */
#include "rewrite.h"
#include "passes.h"

static bool rewrite(Value *v, void *ctx)
{
    (void)ctx;
    return ssa_rewrite_generic(v);
}

void ssa_opt(Func *f)
{
    ssa_rewrite_to_fixpoint(f, rewrite, NULL);
}
