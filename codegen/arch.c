/*
 * arch.c — the amd64 target: the machine-op tables built from
 * amd64ops.def and amd64blocks.def (the register constraints, mnemonics
 * and operand forms codegen reads, and the names and flags ssa/ reads),
 * and cg_amd64, the Arch through which ssa/ runs this folder's passes.
 * Both tables come from the same declarations, so they cannot drift.
 */
#include "amd64.h"

const MachOp cg_machops[] = {
#define AMD64OP(name, nargs, flags, meaning, asm_, form, width, in0, in1, out, clobbers) \
    { asm_, form, width, { in0, in1 }, out, clobbers },
#include "amd64ops.def"
#undef AMD64OP
};

static const OpInfo amd64_ops[] = {
#define AMD64OP(name, nargs, flags, meaning, asm_, form, width, ...) {#name, nargs, flags, meaning, width},
#include "amd64ops.def"
#undef AMD64OP
};

static const BlockInfo amd64_blocks[] = {
#define AMD64BLOCK(name, nsuccs, meaning) {#name, nsuccs, meaning},
#include "amd64blocks.def"
#undef AMD64BLOCK
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

_Static_assert(COUNT(cg_machops) == OpAMD64End - OpArchFirst, "one MachOp per amd64 op");
_Static_assert(COUNT(amd64_ops) == OpAMD64End - OpArchFirst, "one OpInfo per amd64 op");
_Static_assert(COUNT(amd64_blocks) == BlockAMD64End - BlockArchFirst, "one BlockInfo per amd64 kind");

const Arch cg_amd64 = {
    .name = "amd64",
    .ops = amd64_ops,
    .nops = COUNT(amd64_ops),
    .blocks = amd64_blocks,
    .nblocks = COUNT(amd64_blocks),
    .lower = cg_lower,
    .regalloc = cg_regalloc,
    .stackframe = cg_stackframe,
    .home_name = cg_home_name,
};
