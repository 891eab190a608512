/*
 * op.c — the op and block-kind tables. The generic ones are expanded from
 * ssa/ops.def and ssa/blocks.def; the target's come from its Arch, which
 * the back end installs once at start-up. Nothing else lists ops: passes
 * and the printer read names, argument counts and flags through
 * ssa_opinfo and ssa_blockinfo.
 */
#include "ssa.h"
#include "diag.h"

static const OpInfo generic_ops[OpArchFirst] = {
#define OP(name, nargs, width, flags, meaning) [Op##name] = {#name, nargs, flags, meaning, width},
#include "ops.def"
#undef OP
};

static const BlockInfo generic_blocks[BlockArchFirst] = {
#define BLOCK(name, nsuccs, meaning) [Block##name] = {#name, nsuccs, meaning},
#include "blocks.def"
#undef BLOCK
};

const Arch *ssa_arch;

void ssa_set_arch(const Arch *arch)
{
    if (OpArchFirst + arch->nops > OpMax || BlockArchFirst + arch->nblocks > BlockKindMax)
        ice((Pos){0}, "target %s: too many ops or block kinds", arch->name);
    ssa_arch = arch;
}

const OpInfo *ssa_opinfo(Op op)
{
    if (op < OpArchFirst)
        return &generic_ops[op];
    if (ssa_arch && op - OpArchFirst < ssa_arch->nops)
        return &ssa_arch->ops[op - OpArchFirst];
    return NULL;
}

const BlockInfo *ssa_blockinfo(BlockKind kind)
{
    if (kind < BlockArchFirst)
        return &generic_blocks[kind];
    if (ssa_arch && kind - BlockArchFirst < ssa_arch->nblocks)
        return &ssa_arch->blocks[kind - BlockArchFirst];
    return NULL;
}
