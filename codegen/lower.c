/*
 * lower.c — cg_lower: rewrites every generic op and block kind into amd64
 * ops (codegen/amd64ops.def) and amd64 block kinds. The rules are data,
 * in codegen/amd64.rules (compiled into codegen/rewriteamd64.c by
 * ssa/gen/rulegen); this file runs them and does the few things that are
 * not a rewrite of one value: the pseudo-values the rules ask for, copies,
 * and SP/FP/SB used as ordinary operands.
 *
 * Requires: critical edges split; values unscheduled (the schedule pass
 * runs after this one and orders what lowering adds).
 * Leaves behind: only amd64 ops plus the structural generic ones (Phi,
 * InitMem, SP) and Copy values with no uses (for "lowered deadcode");
 * If blocks become EQ/NE/LT/... on a flags value that lives in the block
 * itself and has that block as its only user, so flags never cross a
 * block boundary and never need spilling.
 *
 * The value rules run to a fixpoint, as opt's do. Each value is rewritten
 * until no rule applies, so a load whose address comes first in the block
 * (the usual order) folds its LEAQ at once; one lowered before its
 * address folds it on the next sweep. Every generic op has a rule that
 * applies on the first visit, so the sweeps after the first only fold
 * addresses, and usually the second finds nothing to do.
 */
#include "lower.h"
#include "diag.h"

Value *lower_pseudo(Lower *l, Op op)
{
    Value **cache = op == OpSP ? &l->sp : op == OpAMD64SB ? &l->sb : &l->fp;
    if (!*cache)
        *cache = ssa_value0(l->f->entry, op, types_basic[TYPE_UINTPTR], l->f->pos);
    return *cache;
}

Value *lower_clone_flags(Block *b, Value *cmp)
{
    Value *flags = ssa_value_new(b, cmp->op, type_flags, b->pos);
    flags->aux_int = cmp->aux_int;
    flags->aux = cmp->aux;
    for (int i = 0; i < cmp->nargs; i++)
        ssa_add_arg(flags, cmp->args[i]);
    return flags;
}

static Value *resolve(Value *a)
{
    while (a->op == OpCopy)
        a = a->args[0];
    return a;
}

/* Points every use of a Copy at the copied value. */
static void bypass_copies(Func *f)
{
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            for (int k = 0; k < v->nargs; k++)
                if (v->args[k]->op == OpCopy)
                    ssa_set_arg(v, k, resolve(v->args[k]));
        }
        if (b->control && b->control->op == OpCopy)
            ssa_set_control(b, resolve(b->control));
    }
}

/* The generic ops that stay: structure, which every target keeps. */
static bool stays_generic(Op op)
{
    return op == OpPhi || op == OpInitMem || op == OpSP || op == OpCopy || op == OpInvalid;
}

/* The ops of the calling convention take any number of arguments, which
 * the rules cannot match; they become their amd64 ops with their
 * arguments as they are. */
static const struct { Op generic, machine; } abi_ops[] = {
    {OpStaticCall, OpAMD64CALLstatic},
    {OpClosureCall, OpAMD64CALLclosure},
    {OpClosurePtr, OpAMD64LoweredClosurePtr},
    {OpSelectN, OpAMD64LoweredSelectN},
    {OpArgReg, OpAMD64LoweredArgReg},
    {OpMakeResult, OpAMD64LoweredMakeResult},
};

static bool lower_abi_op(Value *v)
{
    for (size_t i = 0; i < sizeof abi_ops / sizeof abi_ops[0]; i++)
        if (v->op == abi_ops[i].generic) {
            v->op = abi_ops[i].machine;
            return true;
        }
    return false;
}

/* Rewrites v until no rule applies: a load whose address is lowered
 * already folds it at once. Returns whether anything changed. */
static bool lower_value(Value *v, Lower *l)
{
    bool changed = lower_abi_op(v);
    while (cg_rewrite_amd64(v, l))
        changed = true;
    if (v->op < OpArchFirst && !stays_generic(v->op))
        ice(v->pos, "lower: no rule for %s", ssa_opinfo(v->op)->name);
    return changed;
}

static bool lower_one(Value *v, void *ctx)
{
    return lower_value(v, ctx);
}

static bool is_pseudo(Value *v)
{
    return v->op == OpSP || v->op == OpAMD64SB || v->op == OpAMD64FP;
}

/* SP, FP and SB are only address bases. Where one is used as an ordinary
 * operand (a phi argument, an addend, a stored value), use a LEAQ of it
 * instead; the allocator rematerialises that like any address. */
static void materialise_pseudos(Func *f)
{
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            const MachOp *mo = cg_machop(v->op);
            for (int k = 0; k < v->nargs; k++) {
                Value *a = v->args[k];
                if (!is_pseudo(a) || (mo && k < 2 && (mo->in[k] & (1u << R_SP))))
                    continue;
                /* In a's block: a dominates every use of it, so p does too. */
                Value *p = ssa_value1(a->block, OpAMD64LEAQ, types_basic[TYPE_UINTPTR], a->pos, a);
                ssa_set_arg(v, k, p);
            }
        }
    }
}

void cg_lower(Func *f)
{
    Lower l = {.f = f};
    bypass_copies(f);
    ssa_rewrite_to_fixpoint(f, lower_one, &l);
    bypass_copies(f);
    materialise_pseudos(f);
    for (int i = 0; i < f->blocks.n; i++)
        cg_rewrite_block_amd64(f->blocks.v[i], &l);
}
