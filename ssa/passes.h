/*
 * passes.h — entry points of the machine-independent SSA passes, one file
 * each (ssa/NAME.c defines ssa_NAME). The machine passes are the
 * target's, reached through ssa.h's Arch hooks (codegen/ fills them in).
 * Neither says when a pass runs: the order, and the constraints on it
 * with their reasons, are in ssa/passes.def, which ssa/compile.c expands
 * and checks.
 */
#ifndef HOOD_SSA_PASSES_H
#define HOOD_SSA_PASSES_H

#include "ssa.h"

void ssa_deadcode(Func *f);   /* removes unreachable blocks and unused values */
void ssa_copyelim(Func *f);   /* replaces uses of Copy values by their source */
void ssa_phielim(Func *f);    /* turns phis whose args are all one value into copies */
void ssa_opt(Func *f);        /* generic peephole rewrites (constant folding...) */
void ssa_cse(Func *f);        /* common-subexpression elimination */
void ssa_critical(Func *f);   /* splits critical edges */
void ssa_schedule(Func *f);   /* orders the values of each block */
void ssa_layout(Func *f);     /* orders the blocks */
/* copyelim then deadcode, for what lowering leaves behind (compile.c). */
void ssa_lowered_deadcode(Func *f);

/* Runs the pass of that name (as in ssa/passes.def) over f alone, for
 * tests that run one pass; false when there is no such pass. */
bool ssa_run_pass(Func *f, const char *name);

/* One ORDER line of ssa/passes.def: pass `before` must come earlier in
 * the pipeline than pass `after`, for `reason`. */
typedef struct PassOrder {
    const char *before, *after, *reason;
} PassOrder;

/* The ORDER lines, ended by an entry whose before is NULL. */
const PassOrder *ssa_pass_order(void);
/* NULL when every constraint in `order` (ended as above) names passes of
 * `names` (NULL-terminated, in pipeline order) and holds; otherwise a
 * message naming the first that does not. */
const char *ssa_pass_order_error(const char *const *names, const PassOrder *order);
/* ice() unless the pipeline meets its own constraints; ssa_compile calls
 * it before its first function. */
void ssa_check_pass_order(void);

#endif
