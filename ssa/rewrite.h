/*
 * rewrite.h — what the generic rewrite rules (ssa/generic.rules, compiled
 * into ssa/rewritegeneric.c by ssa/gen/rulegen) call: two's complement at a
 * width, constants read at their own width, and Go's results for shifts.
 *
 * Constants hold their value in auxint sign-extended to 64 bits; the
 * helpers read it again through the constant's own width (ssa/ops.def's
 * width column), so a constant that is not canonical still folds as its
 * width says.
 */
#ifndef HOOD_SSA_REWRITE_H
#define HOOD_SSA_REWRITE_H

#include "ssa.h"

/* Rewrites v by the first generic rule that matches; returns whether one
 * did. The opt pass (ssa/opt.c) runs it to a fixpoint. */
bool ssa_rewrite_generic(Value *v);

/* Argument i of v, read through copies: a rewrite that made a Copy must
 * not hide a constant from the next one. (The bound keeps a cycle of
 * copies, which only unreachable code can have, from looping.) */
static inline Value *opt_arg(Value *v, int i)
{
    Value *a = v->args[i];
    for (int steps = 0; a->op == OpCopy && steps < v->block->func->nvalues; steps++)
        a = a->args[0];
    return a;
}
#define RULE_ARG(v, i) opt_arg(v, i)

static inline uint64_t zext(uint64_t x, int bits)
{
    return bits == 64 ? x : x & ((UINT64_C(1) << bits) - 1);
}

/* The low `bits` of x as a signed number. (Converting a uint64 above
 * INT64_MAX to int64 is implementation-defined in C; gcc and clang
 * wrap, which is what two's complement means here.) */
static inline int64_t sext(uint64_t x, int bits)
{
    uint64_t sign = UINT64_C(1) << (bits - 1);
    return (int64_t)((zext(x, bits) ^ sign) - sign);
}

/* The smallest signed number of `bits` bits. */
static inline int64_t minint(int bits) { return sext(UINT64_C(1) << (bits - 1), bits); }

/* An integer constant's value, sign-extended from its own width. */
static inline int64_t cval(Value *c) { return sext((uint64_t)c->aux_int, 8 * ssa_opinfo(c->op)->width); }

/* The same bits as an unsigned number, for arithmetic that wraps. */
static inline uint64_t ucv(Value *c) { return (uint64_t)cval(c); }

/* The constant's value read as unsigned at `bits`. */
static inline uint64_t cuval(Value *c, int bits) { return zext(ucv(c), bits); }

/* A shift count: the constant as unsigned at its own width. */
static inline uint64_t ccount(Value *c) { return zext((uint64_t)c->aux_int, 8 * ssa_opinfo(c->op)->width); }

/* a << n, a >> n at `bits` with Go's results for a count >= the width: 0,
 * or the sign fill for a signed right shift. */
static inline int64_t fold_lsh(int64_t a, uint64_t n, int bits)
{
    return n >= (uint64_t)bits ? 0 : sext(zext((uint64_t)a, bits) << n, bits);
}

static inline int64_t fold_rshu(int64_t a, uint64_t n, int bits)
{
    return n >= (uint64_t)bits ? 0 : sext(zext((uint64_t)a, bits) >> n, bits);
}

static inline int64_t fold_rsh(int64_t a, uint64_t n, int bits)
{
    if (n >= (uint64_t)bits)
        return a < 0 ? -1 : 0;
    return a < 0 ? ~(~a >> n) : a >> n; /* shifting ~a (non-negative) keeps C's >> defined */
}

/* log2(c) if c is a power of two greater than 1, else -1. */
static inline int log2_exact(uint64_t c)
{
    if (c < 2 || (c & (c - 1)) != 0)
        return -1;
    int n = 0;
    while (c >>= 1)
        n++;
    return n;
}

#endif
