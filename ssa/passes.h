/*
 * passes.h — entry points of the machine-independent SSA passes, one file
 * each (ssa/NAME.c defines ssa_NAME). The machine passes are the
 * target's, reached through ssa.h's Arch hooks (codegen/ fills them in).
 * Neither says when a pass runs: the order, and the reasons for it, are
 * in ssa/passes.def, which ssa/compile.c expands.
 */
#ifndef HOOD_SSA_PASSES_H
#define HOOD_SSA_PASSES_H

#include "ssa.h"

void ssa_deadcode(Func *f);   /* removes unreachable blocks and unused values */
void ssa_copyelim(Func *f);   /* replaces uses of Copy values by their source */
void ssa_phielim(Func *f);    /* turns phis whose args are all one value into copies */
void ssa_opt(Func *f);        /* generic peephole rewrites (constant folding...) */
void ssa_critical(Func *f);   /* splits critical edges */
void ssa_schedule(Func *f);   /* orders the values of each block */
void ssa_layout(Func *f);     /* orders the blocks */
/* copyelim then deadcode, for what lowering leaves behind (compile.c). */
void ssa_lowered_deadcode(Func *f);

#endif
