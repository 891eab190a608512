/*
 * arch.c — the amd64 target: the machine-op tables built from
 * amd64ops.def and amd64blocks.def (the register constraints, mnemonics
 * and operand forms codegen reads, and the names and flags ssa/ reads),
 * and cg_amd64, the Arch through which ssa/ runs this folder's passes.
 * Both tables come from the same declarations, so they cannot drift.
 */
#include "amd64.h"
#include "diag.h"

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

const int8_t cg_abi_intreg[ABI_INT_REGS] = {
    R_AX, R_BX, R_CX, R_DI, R_SI, R_R8, R_R9, R_R10, R_R11,
};

int cg_abi_reg(Value *v, int j)
{
    if (v->op == OpAMD64LoweredArgReg || v->op == OpAMD64LoweredSelectN) {
        int n = (int)v->aux_int;
        bool f = type_is_float(v->type);
        if (n < 0 || n >= (f ? ABI_FLOAT_REGS : ABI_INT_REGS))
            ice(v->pos, "codegen: bad register number %d", n);
        return f ? R_X0 + n : cg_abi_intreg[n];
    }
    if (v->op == OpAMD64LoweredClosurePtr)
        return R_DX;
    /* A closure call's code pointer and context come first; they are
     * not numbered with the arguments. */
    int first = 0;
    if (v->op == OpAMD64CALLclosure) {
        if (j < 2)
            return j == 0 ? R_R12 : R_DX;
        first = 2;
    }
    /* A call's or MakeResult's argument j: its number within its class
     * is the count of earlier arguments of the same class. */
    bool f = type_is_float(v->args[j]->type);
    int n = 0;
    for (int k = first; k < j; k++)
        if (type_is_float(v->args[k]->type) == f)
            n++;
    if (n >= (f ? ABI_FLOAT_REGS : ABI_INT_REGS))
        ice(v->pos, "codegen: %s has too many register arguments", ssa_opinfo(v->op)->name);
    return f ? R_X0 + n : cg_abi_intreg[n];
}

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
