/*
 * machops.c — codegen's view of the amd64 op table: register constraints,
 * mnemonics and operand forms, built from amd64ops.def so they can never
 * drift from the op enum (ssa/op.c builds the names and flags from the
 * same file).
 */
#include "amd64.h"

const MachOp cg_machops[] = {
#define AMD64OP(name, nargs, flags, meaning, asm_, form, width, in0, in1, out, clobbers) \
    { asm_, form, width, { in0, in1 }, out, clobbers },
#include "amd64ops.def"
#undef AMD64OP
};

_Static_assert(sizeof cg_machops / sizeof cg_machops[0] == OpCount - OpAMD64SB,
               "one MachOp per amd64 op");
