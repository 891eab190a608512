/*
 * lower.c — cg_lower: rewrites every generic op and block kind into amd64
 * ops (codegen/amd64ops.def) and amd64 block kinds.
 *
 * Requires: critical edges split; values unscheduled (the schedule pass
 * runs after this one and orders what lowering adds).
 * Leaves behind: only amd64 ops plus the structural generic ones (Phi,
 * InitMem, SP) and Copy values with no uses (for "lowered deadcode");
 * If blocks become EQ/NE/LT/... on a flags value that lives in the block
 * itself and has that block as its only user, so flags never cross a
 * block boundary and never need spilling.
 *
 * Go semantics the hardware does not give and lowering adds:
 *   - shifts by a count >= the width give 0 (or the sign fill): the
 *     hardware masks the count, so the result is ANDed with a mask made by
 *     CMPQconst count, width; SBBQcarrymask (gc's trick), or for signed
 *     right shifts the count is ORed with the inverted mask so it saturates;
 *   - MinInt / -1 wraps instead of trapping: IDIV ops test for -1 (emit.c);
 *   - 8- and 16-bit values live in wider registers with undefined upper
 *     bits, so division and right shifts extend their operands first and
 *     comparisons use the operand width.
 * Addresses fold into the memory ops that use them: OffPtr, LocalAddr
 * (base SP plus the auto's offset, known after stackframe) and Addr
 * (base SB: RIP-relative) become the offset/sym/base of loads and stores.
 */
#include "amd64.h"
#include "diag.h"

#include <stdint.h>

typedef struct Lower {
    Func *f;
    Value *sp, *sb, *fp; /* the function's SP, SB and FP pseudo-values */
    bool *done;        /* by value ID: already lowered */
    int ndone;         /* IDs from here on were made by lowering */
} Lower;

/* Conditions, in the order of both the SETcc ops and the block kinds. */
typedef enum Cond { C_EQ, C_NE, C_LT, C_LE, C_GT, C_GE, C_ULT, C_ULE, C_UGT, C_UGE } Cond;

static const Op setcc_ops[] = {
    OpAMD64SETEQ, OpAMD64SETNE, OpAMD64SETL, OpAMD64SETLE, OpAMD64SETG,
    OpAMD64SETGE, OpAMD64SETB, OpAMD64SETBE, OpAMD64SETA, OpAMD64SETAE,
};
static const BlockKind cond_block[] = {
    BlockAMD64EQ, BlockAMD64NE, BlockAMD64LT, BlockAMD64LE, BlockAMD64GT, BlockAMD64GE, BlockAMD64ULT, BlockAMD64ULE, BlockAMD64UGT, BlockAMD64UGE,
};
/* The condition with the operands swapped (a < b  <=>  b > a). */
static const Cond swapped[] = { C_EQ, C_NE, C_GT, C_GE, C_LT, C_LE, C_UGT, C_UGE, C_ULT, C_ULE };

static Type *t_i64(void) { return types_basic[TYPE_INT64]; }

static bool is_int32(int64_t c) { return c == (int32_t)c; }

static bool const_of(Value *v, int64_t *c)
{
    switch (v->op) {
    case OpConst8: case OpConst16: case OpConst32: case OpConst64:
    case OpConstBool: case OpConstNil: case OpAMD64MOVQconst:
        *c = v->aux_int;
        return true;
    default:
        return false;
    }
}

/* Rewrites v in place into op with the given args. */
static void set_op(Value *v, Op op, int nargs, Value *a0, Value *a1, Value *a2)
{
    Value *a[3] = {a0, a1, a2};
    ssa_reset_args(v);
    v->op = op;
    for (int i = 0; i < nargs; i++)
        ssa_add_arg(v, a[i]);
}

static Value *mk1(Value *at, Op op, Type *t, Value *a0)
{
    return ssa_value1(at->block, op, t, at->pos, a0);
}

static Value *mk2(Value *at, Op op, Type *t, Value *a0, Value *a1)
{
    return ssa_value2(at->block, op, t, at->pos, a0, a1);
}

static Value *mkconst(Value *at, Op op, Type *t, Value *a0, int64_t c)
{
    Value *v = mk1(at, op, t, a0);
    v->aux_int = c;
    return v;
}

static Value *pseudo(Lower *l, Value **cache, Op op)
{
    if (!*cache)
        *cache = ssa_value0(l->f->entry, op, types_basic[TYPE_UINTPTR], l->f->pos);
    return *cache;
}

static void lower_value(Lower *l, Value *v);

/* The base, offset and symbol that address ptr, folding a lowered LEAQ. */
static void fold_addr(Lower *l, Value *ptr, Value **base, int64_t *off, Sym **sym)
{
    lower_value(l, ptr);
    *base = ptr;
    *off = 0;
    *sym = NULL;
    if (ptr->op == OpAMD64LEAQ && is_int32(ptr->aux_int)) {
        *base = ptr->args[0];
        *off = ptr->aux_int;
        *sym = ptr->aux;
    }
}

/* v = LEAQ [off] {sym} base, folding base if it is a LEAQ itself. */
static void lower_leaq(Lower *l, Value *v, Value *base, int64_t off, Sym *sym)
{
    lower_value(l, base);
    if (base->op == OpAMD64LEAQ && is_int32(base->aux_int + off) && !(sym && base->aux)) {
        off += base->aux_int;
        sym = base->aux;
        base = base->args[0];
    }
    set_op(v, OpAMD64LEAQ, 1, base, NULL, NULL);
    v->aux_int = off;
    v->aux = sym;
}

static Op by_width(int64_t size, Op q, Op l, Op w, Op b)
{
    return size == 8 ? q : size == 4 ? l : size == 2 ? w : b;
}

static void lower_load(Lower *l, Value *v)
{
    Value *base, *mem = v->args[1];
    int64_t off;
    Sym *sym;
    fold_addr(l, v->args[0], &base, &off, &sym);
    int64_t size = type_size(v->type);
    Op op = by_width(size, OpAMD64MOVQload, OpAMD64MOVLload, OpAMD64MOVWload, OpAMD64MOVBload);
    if (size != 1 && size != 2 && size != 4 && size != 8)
        ice(v->pos, "lower: load of %lld bytes", (long long)size);
    set_op(v, op, 2, base, mem, NULL);
    v->aux_int = off;
    v->aux = sym;
}

static void lower_store(Lower *l, Value *v)
{
    Value *base, *x = v->args[1], *mem = v->args[2];
    int64_t off, size = v->aux_int;
    Sym *sym;
    fold_addr(l, v->args[0], &base, &off, &sym);
    if (size != 1 && size != 2 && size != 4 && size != 8)
        ice(v->pos, "lower: store of %lld bytes", (long long)size);
    Op op = by_width(size, OpAMD64MOVQstore, OpAMD64MOVLstore, OpAMD64MOVWstore, OpAMD64MOVBstore);
    set_op(v, op, 3, base, x, mem);
    v->aux_int = off;
    v->aux = sym;
}

/* Zero and Move: small sizes inline, large ones with REP string ops. */
enum { INLINE_MEMOP_MAX = 128 }; /* 16 quadword stores: beyond that REP wins */

static void lower_zero(Lower *l, Value *v)
{
    Value *ptr = v->args[0], *mem = v->args[1];
    lower_value(l, ptr);
    set_op(v, v->aux_int <= INLINE_MEMOP_MAX ? OpAMD64ZERO : OpAMD64REPSTOSQ, 2, ptr, mem, NULL);
}

static void lower_move(Lower *l, Value *v)
{
    Value *dst = v->args[0], *src = v->args[1], *mem = v->args[2];
    lower_value(l, dst);
    lower_value(l, src);
    set_op(v, v->aux_int <= INLINE_MEMOP_MAX ? OpAMD64MOVE : OpAMD64REPMOVSB, 3, dst, src, mem);
}

/* arg0 op arg1 for a two-address op, or its const form when arg1 (or arg0
 * of a commutative op) is a small constant. */
static void lower_binary(Value *v, Op op, Op cop, bool commutative)
{
    Value *x = v->args[0], *y = v->args[1];
    int64_t c;
    if (cop && const_of(y, &c) && is_int32(c)) {
        set_op(v, cop, 1, x, NULL, NULL);
        v->aux_int = c;
        return;
    }
    if (cop && commutative && const_of(x, &c) && is_int32(c)) {
        set_op(v, cop, 1, y, NULL, NULL);
        v->aux_int = c;
        return;
    }
    set_op(v, op, 2, x, y, NULL);
}

static void lower_sub(Value *v, Op op, Op addconst)
{
    int64_t c;
    if (const_of(v->args[1], &c) && is_int32(-c) && c != INT64_MIN) {
        Value *x = v->args[0];
        set_op(v, addconst, 1, x, NULL, NULL);
        v->aux_int = -c;
        return;
    }
    set_op(v, op, 2, v->args[0], v->args[1], NULL);
}

/* Width of a generic op's operands (ssa/ops.def's width column). */
static int op_width(Value *v)
{
    return ssa_opinfo(v->op)->width;
}

static Value *extend(Value *at, Value *x, int width, bool sign)
{
    if (width == 1)
        return mk1(at, sign ? OpAMD64MOVBQSX : OpAMD64MOVBQZX, t_i64(), x);
    if (width == 2)
        return mk1(at, sign ? OpAMD64MOVWQSX : OpAMD64MOVWQZX, t_i64(), x);
    return x;
}

/* v = the flags of comparing arg0 with arg1 at width; returns the
 * condition to test, swapped if the constant operand moved to arg1. */
static Value *compare(Value *at, Value *x, Value *y, int width, Cond *cond)
{
    static const Op reg[] = { [1] = OpAMD64CMPB, [2] = OpAMD64CMPW, [4] = OpAMD64CMPL, [8] = OpAMD64CMPQ };
    static const Op imm[] = { [1] = OpAMD64CMPBconst, [2] = OpAMD64CMPWconst, [4] = OpAMD64CMPLconst, [8] = OpAMD64CMPQconst };
    int64_t c;
    if (const_of(y, &c) && is_int32(c))
        return mkconst(at, imm[width], type_flags, x, c);
    if (const_of(x, &c) && is_int32(c)) {
        *cond = swapped[*cond];
        return mkconst(at, imm[width], type_flags, y, c);
    }
    return mk2(at, reg[width], type_flags, x, y);
}

static void lower_compare(Value *v, Cond cond)
{
    Value *flags = compare(v, v->args[0], v->args[1], op_width(v), &cond);
    set_op(v, setcc_ops[cond], 1, flags, NULL, NULL);
}

/* The carry mask for count < limit: -1 if so, else 0. */
static Value *count_mask(Value *at, Value *count, int64_t limit)
{
    Value *cmp = mkconst(at, OpAMD64CMPQconst, type_flags, count, limit);
    return mk1(at, OpAMD64SBBQcarrymask, t_i64(), cmp);
}

typedef enum ShiftKind { SH_LEFT, SH_RIGHT_U, SH_RIGHT_S } ShiftKind;

static void lower_shift(Value *v, ShiftKind kind)
{
    int width = op_width(v);
    bool q = width == 8;
    int bits = q ? 64 : 32;
    Value *x = v->args[0], *y = v->args[1];
    int64_t c;
    if (kind != SH_LEFT)
        x = extend(v, x, width, kind == SH_RIGHT_S);
    if (const_of(y, &c)) {
        uint64_t n = (uint64_t)c;
        if (kind == SH_RIGHT_S) {
            if (n >= (uint64_t)bits)
                n = (uint64_t)bits - 1;
        } else if (n >= (uint64_t)width * 8) {
            set_op(v, OpAMD64MOVQconst, 0, NULL, NULL, NULL);
            v->aux_int = 0;
            return;
        }
        static const Op cops[3][2] = {
            { OpAMD64SHLLconst, OpAMD64SHLQconst },
            { OpAMD64SHRLconst, OpAMD64SHRQconst },
            { OpAMD64SARLconst, OpAMD64SARQconst },
        };
        set_op(v, cops[kind][q], 1, x, NULL, NULL);
        v->aux_int = (int64_t)n;
        return;
    }
    static const Op ops[3][2] = {
        { OpAMD64SHLL, OpAMD64SHLQ },
        { OpAMD64SHRL, OpAMD64SHRQ },
        { OpAMD64SARL, OpAMD64SARQ },
    };
    if (kind == SH_RIGHT_S) {
        /* count | ^mask: a count >= bits becomes all ones, which the
         * hardware masks to bits-1: the sign fill. */
        Value *notmask = mk1(v, OpAMD64NOTQ, t_i64(), count_mask(v, y, bits));
        Value *sat = mk2(v, OpAMD64ORQ, t_i64(), y, notmask);
        set_op(v, ops[kind][q], 2, x, sat, NULL);
        return;
    }
    Value *shifted = mk2(v, ops[kind][q], v->type, x, y);
    set_op(v, q ? OpAMD64ANDQ : OpAMD64ANDL, 2, shifted, count_mask(v, y, bits), NULL);
}

static void lower_div(Value *v, bool sign, bool mod)
{
    int width = op_width(v);
    Value *x = extend(v, v->args[0], width, sign);
    Value *y = extend(v, v->args[1], width, sign);
    static const Op ops[2][2][2] = {
        /* unsigned: {L, Q} x {div, mod} */
        { { OpAMD64DIVLU, OpAMD64MODLU }, { OpAMD64DIVQU, OpAMD64MODQU } },
        { { OpAMD64IDIVL, OpAMD64IMODL }, { OpAMD64IDIVQ, OpAMD64IMODQ } },
    };
    set_op(v, ops[sign][width == 8][mod], 2, x, y, NULL);
}

static void lower_ext(Value *v, Op op)
{
    set_op(v, op, 1, v->args[0], NULL, NULL);
}

/* Trunc and Copy: the value is its argument (upper bits are undefined). */
static void forward(Value *v)
{
    ssa_value_copy_of(v, v->args[0]);
}

static void lower_value(Lower *l, Value *v)
{
    if (v->id >= l->ndone || l->done[v->id])
        return;
    l->done[v->id] = true;
    switch (v->op) {
    case OpPhi: case OpInitMem: case OpSP: case OpInvalid:
        return;
    case OpCopy:
        return;
    case OpArg:
        set_op(v, OpAMD64LoadArg, 0, NULL, NULL, NULL);
        return;
    case OpArgAddr:
        lower_leaq(l, v, pseudo(l, &l->fp, OpAMD64FP), 16 + v->aux_int, NULL);
        return;
    case OpLocalAddr:
        lower_leaq(l, v, pseudo(l, &l->sp, OpSP), 0, v->aux);
        return;
    case OpAddr:
        lower_leaq(l, v, pseudo(l, &l->sb, OpAMD64SB), 0, v->aux);
        return;
    case OpOffPtr:
        lower_leaq(l, v, v->args[0], v->aux_int, NULL);
        return;
    case OpAddPtr:
        lower_binary(v, OpAMD64ADDQ, OpAMD64ADDQconst, true);
        return;
    case OpConstBool: case OpConst8: case OpConst16: case OpConst32:
    case OpConst64: case OpConstNil:
        set_op(v, OpAMD64MOVQconst, 0, NULL, NULL, NULL);
        return;

    case OpAdd64: lower_binary(v, OpAMD64ADDQ, OpAMD64ADDQconst, true); return;
    case OpAdd8: case OpAdd16: case OpAdd32:
        lower_binary(v, OpAMD64ADDL, OpAMD64ADDLconst, true);
        return;
    case OpSub64: lower_sub(v, OpAMD64SUBQ, OpAMD64ADDQconst); return;
    case OpSub8: case OpSub16: case OpSub32: lower_sub(v, OpAMD64SUBL, OpAMD64ADDLconst); return;
    case OpMul64: lower_binary(v, OpAMD64IMULQ, 0, true); return;
    case OpMul8: case OpMul16: case OpMul32: lower_binary(v, OpAMD64IMULL, 0, true); return;
    case OpAnd64: lower_binary(v, OpAMD64ANDQ, OpAMD64ANDQconst, true); return;
    case OpAnd8: case OpAnd16: case OpAnd32: lower_binary(v, OpAMD64ANDL, 0, true); return;
    case OpOr64: lower_binary(v, OpAMD64ORQ, 0, true); return;
    case OpOr8: case OpOr16: case OpOr32: lower_binary(v, OpAMD64ORL, 0, true); return;
    case OpXor64: lower_binary(v, OpAMD64XORQ, 0, true); return;
    case OpXor8: case OpXor16: case OpXor32: lower_binary(v, OpAMD64XORL, 0, true); return;
    case OpNeg64: lower_ext(v, OpAMD64NEGQ); return;
    case OpNeg8: case OpNeg16: case OpNeg32: lower_ext(v, OpAMD64NEGL); return;
    case OpCom64: lower_ext(v, OpAMD64NOTQ); return;
    case OpCom8: case OpCom16: case OpCom32: lower_ext(v, OpAMD64NOTL); return;
    case OpNot:
        set_op(v, OpAMD64XORLconst, 1, v->args[0], NULL, NULL);
        v->aux_int = 1;
        return;

    case OpDiv8: case OpDiv16: case OpDiv32: case OpDiv64: lower_div(v, true, false); return;
    case OpDiv8u: case OpDiv16u: case OpDiv32u: case OpDiv64u: lower_div(v, false, false); return;
    case OpMod8: case OpMod16: case OpMod32: case OpMod64: lower_div(v, true, true); return;
    case OpMod8u: case OpMod16u: case OpMod32u: case OpMod64u: lower_div(v, false, true); return;

    case OpLsh8: case OpLsh16: case OpLsh32: case OpLsh64: lower_shift(v, SH_LEFT); return;
    case OpRsh8u: case OpRsh16u: case OpRsh32u: case OpRsh64u: lower_shift(v, SH_RIGHT_U); return;
    case OpRsh8: case OpRsh16: case OpRsh32: case OpRsh64: lower_shift(v, SH_RIGHT_S); return;

    case OpEq8: case OpEq16: case OpEq32: case OpEq64: case OpEqPtr: case OpEqB:
        lower_compare(v, C_EQ);
        return;
    case OpNeq8: case OpNeq16: case OpNeq32: case OpNeq64: case OpNeqPtr: case OpNeqB:
        lower_compare(v, C_NE);
        return;
    case OpLess8: case OpLess16: case OpLess32: case OpLess64: lower_compare(v, C_LT); return;
    case OpLess8U: case OpLess16U: case OpLess32U: case OpLess64U: lower_compare(v, C_ULT); return;
    case OpLeq8: case OpLeq16: case OpLeq32: case OpLeq64: lower_compare(v, C_LE); return;
    case OpLeq8U: case OpLeq16U: case OpLeq32U: case OpLeq64U: lower_compare(v, C_ULE); return;
    case OpIsInBounds: lower_compare(v, C_ULT); return;
    case OpIsSliceInBounds: lower_compare(v, C_ULE); return;

    case OpSignExt8to16: case OpSignExt8to32: case OpSignExt8to64: lower_ext(v, OpAMD64MOVBQSX); return;
    case OpSignExt16to32: case OpSignExt16to64: lower_ext(v, OpAMD64MOVWQSX); return;
    case OpSignExt32to64: lower_ext(v, OpAMD64MOVLQSX); return;
    case OpZeroExt8to16: case OpZeroExt8to32: case OpZeroExt8to64: lower_ext(v, OpAMD64MOVBQZX); return;
    case OpZeroExt16to32: case OpZeroExt16to64: lower_ext(v, OpAMD64MOVWQZX); return;
    case OpZeroExt32to64: lower_ext(v, OpAMD64MOVLQZX); return;
    case OpTrunc16to8: case OpTrunc32to8: case OpTrunc32to16:
    case OpTrunc64to8: case OpTrunc64to16: case OpTrunc64to32:
        forward(v);
        return;

    case OpLoad: lower_load(l, v); return;
    case OpStore: lower_store(l, v); return;
    case OpZero: lower_zero(l, v); return;
    case OpMove: lower_move(l, v); return;
    case OpStaticCall:
        set_op(v, OpAMD64CALLstatic, 1, v->args[0], NULL, NULL);
        return;
    default:
        if (v->op >= OpAMD64SB)
            return; /* made by lowering itself */
        ice(v->pos, "lower: no rule for %s", ssa_opinfo(v->op)->name);
    }
}

/* Maps a SETcc op back to its condition. */
static bool cond_of_set(Op op, Cond *c)
{
    for (int i = 0; i <= C_UGE; i++)
        if (setcc_ops[i] == op) {
            *c = (Cond)i;
            return true;
        }
    return false;
}

/* If blocks branch on flags computed in the block itself. */
static void lower_block(Block *b)
{
    if (b->kind != BlockIf)
        return;
    Value *c = b->control;
    Cond cond;
    Value *flags;
    if (cond_of_set(c->op, &cond)) {
        Value *cmp = c->args[0];
        flags = ssa_value_new(b, cmp->op, type_flags, b->pos);
        flags->aux_int = cmp->aux_int;
        flags->aux = cmp->aux;
        for (int i = 0; i < cmp->nargs; i++)
            ssa_add_arg(flags, cmp->args[i]);
    } else {
        flags = ssa_value2(b, OpAMD64TESTB, type_flags, b->pos, c, c);
        cond = C_NE;
    }
    b->kind = cond_block[cond];
    ssa_set_control(b, flags);
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
    Lower l = { .f = f };
    l.done = NEWARRAY(bool, f->nvalues + 1);
    l.ndone = f->nvalues;
    /* Lowering appends values, so walk a snapshot of each block's list and
     * stop at values made by lowering (their IDs are past the old end). */
    int nold = f->nvalues;
    bypass_copies(f);
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            if (v->id < nold)
                lower_value(&l, v);
        }
    }
    bypass_copies(f);
    materialise_pseudos(f);
    for (int i = 0; i < f->blocks.n; i++)
        lower_block(f->blocks.v[i]);
}
