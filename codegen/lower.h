/*
 * lower.h — what the amd64 rules (codegen/amd64.rules, compiled into
 * codegen/rewriteamd64.c by ssa/gen/rulegen) share with cg_lower
 * (codegen/lower.c): the per-function lowering state and the few helpers
 * that are code rather than rules.
 */
#ifndef HOOD_CODEGEN_LOWER_H
#define HOOD_CODEGEN_LOWER_H

#include "amd64.h"

typedef struct Lower {
    Func *f;
    Value *sp, *sb, *fp; /* the function's SP, SB and FP pseudo-values, made on first use */
} Lower;

/* Rewrites v (b) by the first amd64 rule that matches; returns whether
 * one did. */
bool cg_rewrite_amd64(Value *v, Lower *l);
bool cg_rewrite_block_amd64(Block *b, Lower *l);

/* Lowering reads arguments as they are: cg_lower has pointed uses past
 * copies before the rules run. */
#define RULE_ARG(v, i) ((v)->args[i])

/* Zero and Move of up to this many bytes are inline stores; beyond it a
 * REP string op wins (16 quadword stores). */
enum { INLINE_MEMOP_MAX = 128 };

/* Fits an instruction's sign-extended 32-bit immediate or displacement. */
static inline bool is32(int64_t c) { return c == (int32_t)c; }

/* The SP, SB or FP pseudo-value of the function, made in its entry block
 * the first time a rule asks. */
Value *lower_pseudo(Lower *l, Op op);

/* A copy of the flags value cmp in block b, for b's control: flags never
 * cross a block boundary and have one user, so they never need spilling. */
Value *lower_clone_flags(Block *b, Value *cmp);

#endif
