/*
 * regalloc.c — cg_regalloc: assigns registers to the values of a lowered,
 * scheduled function and inserts the moves, spills, reloads and
 * rematerialisations that make the assignment valid.
 *
 * Requires: lowered (amd64 ops only, plus Phi/InitMem/SP), scheduled
 * (values in execution order), critical edges split, layout done.
 * Leaves behind: f->cg (a CgFunc, amd64.h) holding per block the list of
 * instructions to emit with their operand registers, each value's home
 * (register it was defined into, or spill slot), and the number of spill
 * slots; f->allocated for the printer. The SSA itself is not changed
 * except that flags producers move to just before their user.
 *
 * Design
 * ------
 * A local (per-block) allocator in the style of Go's regalloc, with a
 * simpler convention at block boundaries: a value that is live across a
 * block boundary is always found in its spill slot or is rematerialised;
 * a block with several predecessors starts with all registers empty,
 * and a block with one predecessor starts with the registers that
 * predecessor ended with (inherit_registers), which hold copies of such
 * values and so spare their reloads. This trades some loads in
 * loops for an allocator whose correctness is easy to see — there is no
 * merge of register states at join points and so no edge shuffling except
 * for phis.
 *
 *  - Liveness: live-out sets per block (iterative dataflow over value IDs;
 *    a phi's argument is used at the end of the matching predecessor).
 *  - Spill slots: a value live out of its block is stored to its slot
 *    right after its definition ("spill at def": a value is immutable, so
 *    one store dominates every later reload). A value that only lives in
 *    its block gets a slot lazily, when it is evicted while still needed.
 *    A phi's home is its slot; predecessors store into it.
 *  - Rematerialisation: constants, incoming arguments (their slots are
 *    never written when Arg is used), and SP/SB-relative addresses are
 *    never spilled; the allocator re-executes them where needed.
 *  - Within a block, values are processed in order. For each value: place
 *    its register arguments in registers that meet the op's input masks
 *    (most constrained first; loading, rematerialising or moving as
 *    needed; an argument needed in two different fixed registers is
 *    copied), choose the result register (a dying argument's register if
 *    allowed, else a free one, else evict), then save every value that
 *    lives past the instruction but sits in a register the instruction
 *    destroys (its clobbers, its result register, arg0's register for
 *    two-address ops): move it to a free register, or store it to its
 *    slot. Calls clobber every register, so everything live across a call
 *    ends up in memory, as the calling convention (no callee-saved
 *    registers) and the future stack maps want. Each value has a slot
 *    of its own, never shared: the resume point of open-coded defers
 *    (a pseudo-call that a recovery jumps back to,
 *    compiler/ssagen/defer.c) relies on the slots still holding what was
 *    live across it.
 *  - The calling convention (ssa/abi.h) fixes some registers: a call's
 *    and a MakeResult's register arguments go in the registers their
 *    numbers name (any number of them, cg_abi_reg), an ArgReg or SelectN
 *    is defined in its register (a ClosurePtr in DX). So that nothing
 *    overwrites those first, the ArgRegs and the ClosurePtr are moved to
 *    the start of the entry block and each SelectN to just after its
 *    call (place_abi_values).
 *  - Two register classes: float values live in X0-X14, everything else
 *    in the integer registers (class_mask); moves, spills and evictions
 *    stay within a value's class. Calls clobber both.
 *  - Eviction is Belady's: the register whose value is used furthest in
 *    the future (dead values first, values live only beyond the block
 *    next).
 *  - Flags are never in a register and never spilled: lowering gives every
 *    flags value exactly one user in the same block, this pass moves it to
 *    just before that user, and every instruction the allocator inserts
 *    (mov, mov $imm, lea) leaves the flags alone.
 *  - Phis: at the end of a predecessor (a Plain block, because critical
 *    edges are split) each phi's argument is stored into the phi's slot.
 *    Arguments that are themselves phis of the target block (a swap in a
 *    loop header) are first read into registers — or for more than a few,
 *    copied to temporary slots — before any phi slot is written, which
 *    makes the parallel copy correct for every permutation.
 *
 * Rejected for now: global linear scan (constraints and two-address ops
 * need interval splitting to be good). Register state crosses only the
 * edge into a block with one predecessor (inherit_registers); carrying it
 * over merge edges, with shuffles there as Go does, is the next step.
 */
#include "amd64.h"
#include "diag.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum {
    AT_END = INT_MAX - 2,   /* position used for phi moves after the last value */
    LIVE_OUT = INT_MAX - 1, /* next-use distance of a value live only beyond the block */
    DEAD = INT_MAX,         /* next-use distance of a value never used again */
    PHI_TEMP_REGS = 10,     /* dangerous phi sources held in registers; the
                             * rest go through temp slots, leaving 2 registers */
};

typedef VEC(int) IntList;

typedef struct Alloc {
    Func *f;
    CgFunc *cg;
    IntList *liveout;     /* by block ID: IDs of the values live at its end */
    int *livemark;        /* by value ID: 1 + ID of the block whose live-out
                           * set was last marked (mark_liveout), so that
                           * membership is one comparison */
    bool *needslot;       /* by value ID: stored to its slot when defined */
    bool *stored;         /* by value ID: slot holds the value (lazy spills) */
    int8_t *reg;          /* by value ID: register now, or -1 */
    Value *regval[NREG];  /* value in each register, or NULL */
    IntList *uses;        /* by value ID: positions of uses in this block */
    Block *b;             /* block being allocated */
    InstrList *out;       /* its instruction list */
    RegMask pinned;       /* registers read by the current instruction */
    Value ***endregs;     /* by block ID: the values in the registers at its
                           * end (NREG entries), kept for a successor whose
                           * only predecessor it is; NULL otherwise */
} Alloc;

/* --- Value classes ---------------------------------------------------------- */

/* SP, FP and SB: address bases that are fixed registers, never allocated. */
static bool is_pseudo_reg(Value *v)
{
    return v->op == OpSP || v->op == OpAMD64SB || v->op == OpAMD64FP;
}

bool cg_is_regless(Value *v)
{
    if (is_pseudo_reg(v) || v->op == OpInitMem || v->op == OpInvalid)
        return true;
    if (!v->type)
        return false;
    return v->type->kind == TYPE_MEM || v->type->kind == TYPE_FLAGS || v->type->kind == TYPE_TUPLE;
}

bool cg_is_remat(Value *v)
{
    switch (v->op) {
    case OpAMD64MOVQconst: case OpAMD64MOVSSconst: case OpAMD64MOVSDconst:
    case OpAMD64LoadArg: case OpAMD64LoadArgF:
        return true;
    case OpAMD64LEAQ:
        return is_pseudo_reg(v->args[0]);
    default:
        return false;
    }
}


/* The registers a value of v's type can live in: floats in the SSE
 * registers, everything else in the integer ones. */
static RegMask class_mask(Value *v)
{
    return v->type && type_is_float(v->type) ? M_XMM : M_GP;
}

static bool tracked(Value *v)
{
    return !cg_is_regless(v);
}

/* --- Liveness ------------------------------------------------------------------ */

/*
 * Live-out sets are lists of value IDs, not bit vectors: a bit vector per
 * block costs nblocks * nvalues bits, which is gigabytes for a
 * 20,000-case switch, while the lists cost what is actually live (as Go's
 * regalloc keeps them). gen[b] holds the values b uses before defining
 * them (upward-exposed), phiuse[b] the values b's successors' phis take
 * along b's edges; live-out(b) is phiuse(b) plus, for each successor c,
 * gen(c) and the values live out of c that c does not define. The sets
 * only grow, so a pass over the blocks that grows none is the fixpoint.
 */

/* Appends id to l unless stamp[id] == mark (then it is already there). */
static void add_once(IntList *l, int *stamp, int mark, int id)
{
    if (stamp[id] != mark) {
        stamp[id] = mark;
        vec_push(l, id);
    }
}

static void liveness(Alloc *A)
{
    Func *f = A->f;
    int nb = f->nblocks, nv = f->nvalues;
    IntList *gen = NEWARRAY(IntList, nb), *phiuse = NEWARRAY(IntList, nb);
    int *defblock = NEWARRAY(int, nv); /* ID of the block defining each value */
    int *stamp = NEWARRAY(int, nv);
    int mark = 0;
    A->liveout = NEWARRAY(IntList, nb);
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        for (int j = 0; j < b->values.n; j++)
            defblock[b->values.v[j]->id] = b->id;
    }
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        int genmark = ++mark;
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            for (int k = 0; k < v->nargs; k++) {
                Value *a = v->args[k];
                if (!tracked(a))
                    continue;
                if (v->op == OpPhi) {
                    if (k < b->preds.n)
                        vec_push(&phiuse[b->preds.v[k].b->id], a->id);
                } else if (a->block != b) {
                    add_once(&gen[b->id], stamp, genmark, a->id);
                }
            }
        }
        if (b->control && tracked(b->control) && b->control->block != b)
            add_once(&gen[b->id], stamp, genmark, b->control->id);
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = f->blocks.n - 1; i >= 0; i--) {
            Block *b = f->blocks.v[i];
            IntList *out = &A->liveout[b->id];
            int m = ++mark;
            for (int k = 0; k < out->n; k++)
                stamp[out->v[k]] = m;
            int before = out->n;
            for (int k = 0; k < phiuse[b->id].n; k++)
                add_once(out, stamp, m, phiuse[b->id].v[k]);
            for (int s = 0; s < b->succs.n; s++) {
                Block *c = b->succs.v[s].b;
                for (int k = 0; k < gen[c->id].n; k++)
                    add_once(out, stamp, m, gen[c->id].v[k]);
                IntList *cout = &A->liveout[c->id];
                for (int k = 0; k < cout->n; k++)
                    if (defblock[cout->v[k]] != c->id)
                        add_once(out, stamp, m, cout->v[k]);
            }
            if (out->n != before)
                changed = true;
        }
    }
}

/* Marks the values live out of b, for is_liveout. */
static void mark_liveout(Alloc *A, Block *b)
{
    IntList *l = &A->liveout[b->id];
    for (int k = 0; k < l->n; k++)
        A->livemark[l->v[k]] = b->id + 1;
}

static bool is_liveout(Alloc *A, Block *b, Value *v)
{
    return A->livemark[v->id] == b->id + 1;
}

/* --- Register state ------------------------------------------------------------ */

static void emit(Alloc *A, InstrKind kind, Value *v, int in0, int out, int slot)
{
    Instr ins = { .kind = kind, .in = {(int8_t)in0, -1, -1}, .out = (int8_t)out, .slot = slot, .v = v };
    vec_push(A->out, ins);
}

static int slot_of(Alloc *A, Value *v)
{
    if (A->cg->slot[v->id] < 0)
        A->cg->slot[v->id] = A->cg->nslots++;
    return A->cg->slot[v->id];
}

static bool in_slot(Alloc *A, Value *v)
{
    return A->needslot[v->id] || A->stored[v->id];
}

/* Position of v's next use after position i in this block; LIVE_OUT or DEAD if none. */
static int next_use(Alloc *A, Value *v, int i)
{
    if (i >= AT_END - 1)
        return DEAD;
    /* The positions are ascending: binary search, since a value can have
     * thousands of uses in a block (a constant cse shared). */
    IntList *u = &A->uses[v->id];
    int lo = 0, hi = u->n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (u->v[mid] > i)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (lo < u->n)
        return u->v[lo];
    return is_liveout(A, A->b, v) ? LIVE_OUT : DEAD;
}

static void assign(Alloc *A, Value *v, int r)
{
    A->regval[r] = v;
    A->reg[v->id] = (int8_t)r;
}

static void drop(Alloc *A, int r)
{
    Value *w = A->regval[r];
    if (w) {
        A->reg[w->id] = -1;
        A->regval[r] = NULL;
    }
}

/* Frees register r before position i, storing its value if it is still
 * needed and can't be recovered otherwise. */
static void evict(Alloc *A, int r, int i)
{
    Value *w = A->regval[r];
    if (!w)
        return;
    if (next_use(A, w, i - 1) != DEAD && !cg_is_remat(w) && !in_slot(A, w)) {
        emit(A, I_STORE, w, r, -1, slot_of(A, w));
        A->stored[w->id] = true;
    }
    drop(A, r);
}

static bool is_free(Alloc *A, int r)
{
    return !A->regval[r] && !(A->pinned >> r & 1);
}

/* A register in mask for use at position i: a free one if possible, else
 * the one whose value is needed furthest away, evicted. -1 if every
 * register in mask is pinned. */
static int pick_reg(Alloc *A, RegMask mask, int i)
{
    mask &= (M_GP | M_XMM) & ~A->pinned;
    for (int r = 0; r < R_SB; r++)
        if ((mask >> r & 1) && is_free(A, r))
            return r;
    int best = -1, bestdist = -1;
    for (int r = 0; r < R_SB; r++) {
        if (!(mask >> r & 1))
            continue;
        int d = next_use(A, A->regval[r], i - 1);
        /* prefer values that are cheap to drop at equal distance */
        if (d > bestdist || (d == bestdist && (cg_is_remat(A->regval[r]) || in_slot(A, A->regval[r])))) {
            best = r;
            bestdist = d;
        }
    }
    if (best >= 0)
        evict(A, best, i);
    return best;
}

/* Puts value a in a register in mask for the instruction at position i,
 * pins that register, and returns it. */
static int ensure_reg(Alloc *A, Value *a, RegMask mask, int i)
{
    int r = A->reg[a->id];
    if (r >= 0 && (mask >> r & 1)) {
        A->pinned |= REG(r);
        return r;
    }
    int t = pick_reg(A, mask, i);
    if (t < 0)
        ice(a->pos, "regalloc: no register for v%d in %s", a->id, A->f->name);
    if (r >= 0 && (A->pinned >> r & 1)) {
        /* already an operand in another register: copy for this operand */
        emit(A, I_MOVE, a, r, t, -1);
        A->pinned |= REG(t);
        return t;
    }
    if (r >= 0) {
        emit(A, I_MOVE, a, r, t, -1);
        drop(A, r);
    } else if (cg_is_remat(a)) {
        emit(A, I_REMAT, a, -1, t, -1);
    } else if (in_slot(A, a)) {
        emit(A, I_LOAD, a, -1, t, slot_of(A, a));
    } else {
        ice(a->pos, "regalloc: v%d is neither in a register nor in memory in %s", a->id, A->f->name);
    }
    assign(A, a, t);
    A->pinned |= REG(t);
    return t;
}

/* Saves the values in the registers of `clob` that live past position i. */
static void save_clobbered(Alloc *A, RegMask clob, int i)
{
    for (int r = 0; r < R_SB; r++) {
        if (!(clob >> r & 1) || !A->regval[r])
            continue;
        Value *w = A->regval[r];
        if (next_use(A, w, i) == DEAD || cg_is_remat(w) || in_slot(A, w)) {
            drop(A, r);
            continue;
        }
        int t = -1;
        for (int s = 0; s < R_SB && t < 0; s++)
            if ((class_mask(w) >> s & 1) && !(clob >> s & 1) && is_free(A, s))
                t = s;
        if (t >= 0) {
            emit(A, I_MOVE, w, r, t, -1);
            drop(A, r);
            assign(A, w, t);
        } else {
            emit(A, I_STORE, w, r, -1, slot_of(A, w));
            A->stored[w->id] = true;
            drop(A, r);
        }
    }
}

/* v's arguments that die at position i release their registers. */
static void release_dead_args(Alloc *A, Value *v, int i)
{
    for (int j = 0; j < v->nargs; j++) {
        Value *a = v->args[j];
        int r = A->reg[a->id];
        if (r >= 0 && next_use(A, a, i) == DEAD)
            drop(A, r);
    }
}

/* v's result is now in register out: record it, spill it at its
 * definition if it lives beyond the block, free out if v is never used. */
static void define(Alloc *A, Value *v, int out, int i)
{
    drop(A, out);
    assign(A, v, out);
    if (A->cg->home[v->id] < 0)
        A->cg->home[v->id] = (int8_t)out;
    if (A->needslot[v->id])
        emit(A, I_STORE, v, out, -1, slot_of(A, v));
    if (next_use(A, v, i) == DEAD)
        drop(A, out);
}

static int popcount(RegMask m) { return __builtin_popcountll(m); }
static int lowest(RegMask m) { return __builtin_ctzll(m); }

/* --- Values ----------------------------------------------------------------------- */

/* Is v's register fixed by the calling convention (cg_abi_reg)? */
static bool has_abi_regs(Value *v)
{
    return v->op == OpAMD64CALLstatic || v->op == OpAMD64CALLclosure ||
           v->op == OpAMD64LoweredMakeResult || v->op == OpAMD64LoweredArgReg ||
           v->op == OpAMD64LoweredSelectN || v->op == OpAMD64LoweredClosurePtr;
}

/* A call, MakeResult, ArgReg or SelectN: every register argument goes in
 * the register the convention gives it (any number of them), a result
 * appears in its register. A call then clobbers every register, so
 * whatever lives past it is saved first. */
static void alloc_abi_value(Alloc *A, Value *v, int i)
{
    const MachOp *mo = cg_machop(v->op);
    Instr ins = { .kind = I_VALUE, .in = {-1, -1, -1}, .out = -1, .slot = -1, .v = v };
    A->pinned = 0;
    for (int j = 0; j < v->nargs; j++) {
        if (cg_is_regless(v->args[j]))
            continue;
        int r = ensure_reg(A, v->args[j], REG(cg_abi_reg(v, j)), i);
        if (j < 3)
            ins.in[j] = (int8_t)r;
    }
    int out = -1;
    RegMask clob = mo->clobbers;
    if (v->op == OpAMD64LoweredArgReg || v->op == OpAMD64LoweredSelectN ||
        v->op == OpAMD64LoweredClosurePtr) {
        out = cg_abi_reg(v, 0);
        clob |= REG(out);
    }
    save_clobbered(A, clob, i);
    ins.out = (int8_t)out;
    vec_push(A->out, ins);
    release_dead_args(A, v, i);
    A->pinned = 0;
    if (out >= 0)
        define(A, v, out, i);
}

static void alloc_value(Alloc *A, Value *v, int i)
{
    const MachOp *mo = cg_machop(v->op);
    if (!mo)
        ice(v->pos, "regalloc: generic op %s survived lowering", ssa_opinfo(v->op)->name);
    if (has_abi_regs(v)) {
        alloc_abi_value(A, v, i);
        return;
    }
    if (cg_is_remat(v) || mo->form == F_NONE)
        return; /* executed where used */
    unsigned flags = ssa_opinfo(v->op)->flags;
    Instr ins = { .kind = I_VALUE, .in = {-1, -1, -1}, .out = -1, .slot = -1, .v = v };
    A->pinned = 0;

    /* Two-address commutative ops: overwrite the argument that dies. */
    if ((flags & OPF_COMMUTATIVE) && (flags & OPF_RESULT_IN_ARG0) && v->nargs == 2 &&
        next_use(A, v->args[0], i) != DEAD && next_use(A, v->args[1], i) == DEAD) {
        Value *t = v->args[0];
        v->args[0] = v->args[1];
        v->args[1] = t;
    }

    /* Arguments, the most constrained first. */
    int order[2] = {0, 1};
    if (mo->in[1] && popcount(mo->in[1]) < popcount(mo->in[0])) {
        order[0] = 1;
        order[1] = 0;
    }
    for (int k = 0; k < 2; k++) {
        int j = order[k];
        if (j >= v->nargs || !mo->in[j])
            continue;
        Value *a = v->args[j];
        if (is_pseudo_reg(a)) {
            ins.in[j] = a->op == OpSP ? R_SP : a->op == OpAMD64SB ? R_SB : R_BP;
            continue;
        }
        if (cg_is_regless(a))
            continue;
        ins.in[j] = (int8_t)ensure_reg(A, a, mo->in[j], i);
    }

    /* The result register. */
    RegMask clob = mo->clobbers;
    int out = -1;
    if (mo->out) {
        if (flags & OPF_RESULT_IN_ARG0) {
            out = ins.in[0];
        } else if (popcount(mo->out) == 1) {
            out = lowest(mo->out);
        } else {
            for (int j = 0; j < 2 && out < 0; j++) {
                int r = ins.in[j];
                if (r >= 0 && r < R_SB && (mo->out >> r & 1) && !(clob >> r & 1) &&
                    A->regval[r] == v->args[j] && next_use(A, v->args[j], i) == DEAD)
                    out = r;
            }
            if (out < 0)
                out = pick_reg(A, mo->out & ~clob, i + 1);
            if (out < 0) /* everything pinned: take an operand's register and save it */
                out = lowest(mo->out & ~clob & A->pinned);
        }
        clob |= REG(out);
    }
    save_clobbered(A, clob, i);
    ins.out = (int8_t)out;
    vec_push(A->out, ins);

    /* Arguments that die here release their registers. */
    release_dead_args(A, v, i);
    A->pinned = 0;
    if (out >= 0)
        define(A, v, out, i);
}

/* --- Phis --------------------------------------------------------------------------- */

/* A phi source that a phi-slot store could overwrite before it is read. */
static bool is_dangerous(Value *p, Value *src, Block *succ)
{
    return src != p && src->op == OpPhi && src->block == succ;
}

/* Stores the arguments of succ's phis (for the edge from A->b) into their
 * slots as one parallel copy. */
static void phi_moves(Alloc *A, Block *succ, int idx)
{
    int n = 0;
    for (int j = 0; j < succ->values.n; j++)
        if (succ->values.v[j]->op == OpPhi)
            n++;
    if (!n)
        return;
    int *temp = NEWARRAY(int, n);
    A->pinned = 0;
    /* Phase 1: read every source that is a phi of succ before any phi
     * slot is written: into registers, or if there are more such sources
     * than registers to spare, into temporary slots. */
    int ndanger = 0;
    for (int j = 0; j < succ->values.n; j++) {
        Value *p = succ->values.v[j];
        if (p->op == OpPhi && tracked(p) && is_dangerous(p, p->args[idx], succ))
            ndanger++;
    }
    int k = 0;
    for (int j = 0; j < succ->values.n; j++) {
        Value *p = succ->values.v[j];
        if (p->op != OpPhi || !tracked(p))
            continue;
        Value *src = p->args[idx];
        temp[k] = -1;
        if (is_dangerous(p, src, succ)) {
            int r = ensure_reg(A, src, class_mask(src), AT_END);
            if (ndanger > PHI_TEMP_REGS) {
                temp[k] = A->cg->nslots++;
                emit(A, I_STORE, src, r, -1, temp[k]);
                A->pinned &= ~REG(r);
            }
        }
        k++;
    }
    /* Phase 2: write the slots. */
    k = 0;
    for (int j = 0; j < succ->values.n; j++) {
        Value *p = succ->values.v[j];
        if (p->op != OpPhi || !tracked(p))
            continue;
        Value *src = p->args[idx];
        int r;
        if (temp[k] >= 0) {
            r = pick_reg(A, class_mask(src), AT_END);
            emit(A, I_LOAD, src, -1, r, temp[k]);
        } else if (src == p) {
            k++;
            continue;
        } else {
            r = ensure_reg(A, src, class_mask(src), AT_END);
        }
        emit(A, I_STORE, p, r, -1, slot_of(A, p));
        /* Once stored, a source that is not a phi of succ may give up its
         * register: its slot, if it has one, is not among those written
         * here. A dangerous source stays pinned, since another phi may
         * still read it and its own slot may already be overwritten.
         * (Keeping every source pinned ran out of registers with more
         * than a dozen phis.) */
        if (temp[k] >= 0 || !is_dangerous(p, src, succ))
            A->pinned &= ~REG(r);
        k++;
    }
    A->pinned = 0;
}

/* --- Blocks --------------------------------------------------------------------------- */

static bool uses_value(Value *u, Value *v)
{
    for (int i = 0; i < u->nargs; i++)
        if (u->args[i] == v)
            return true;
    return false;
}

/* Moves each flags value to just before its (only) user. */
static void place_flags(Block *b)
{
    ValueList *vs = &b->values;
    for (int i = vs->n - 1; i >= 0; i--) {
        Value *fv = vs->v[i];
        if (!fv->type || fv->type->kind != TYPE_FLAGS)
            continue;
        int target = vs->n; /* the control: last */
        for (int j = i + 1; j < vs->n; j++)
            if (uses_value(vs->v[j], fv)) {
                target = j;
                break;
            }
        if (target == vs->n && b->control != fv)
            continue; /* unused (dead) */
        memmove(&vs->v[i], &vs->v[i + 1], sizeof(Value *) * (size_t)(target - 1 - i));
        vs->v[target - 1] = fv;
    }
}

/* Moves v to position to in b's values (to <= v's position). */
static void move_to(Block *b, int from, int to)
{
    Value *v = b->values.v[from];
    memmove(&b->values.v[to + 1], &b->values.v[to], sizeof(Value *) * (size_t)(from - to));
    b->values.v[to] = v;
}

/* A call's position in its block, or a SelectN with its call's position
 * and its own (place_abi_values). */
typedef struct CallPos {
    Value *v;
    int pos, own;
} CallPos;

static int by_value(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const CallPos *)a)->v, y = (uintptr_t)((const CallPos *)b)->v;
    return x < y ? -1 : x > y;
}

static int by_position(const void *a, const void *b)
{
    const CallPos *x = a, *y = b;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return x->own < y->own ? -1 : x->own > y->own;
}

/* Values whose register the convention fixes must come where it holds:
 * the ArgRegs first in the entry block, before anything can overwrite an
 * argument register, and each call's SelectNs right after the call,
 * before anything can overwrite a result register. */
static void place_abi_values(Block *b)
{
    ValueList *vs = &b->values;
    int next = 0;
    for (int i = 0; i < vs->n; i++)
        if (vs->v[i]->op == OpAMD64LoweredArgReg || vs->v[i]->op == OpAMD64LoweredClosurePtr)
            move_to(b, i, next++);
    /* One pass, not one scan per call: a block can hold thousands of
     * calls. Each SelectN is tagged with its call's position (found by
     * binary search among the calls sorted by address), the SelectNs are
     * sorted by that tag, and the list is rebuilt with each call's
     * SelectNs right after it, in their original order. */
    int ncalls = 0, nsel = 0;
    for (int i = 0; i < vs->n; i++) {
        Op op = vs->v[i]->op;
        ncalls += op == OpAMD64CALLstatic || op == OpAMD64CALLclosure;
        nsel += op == OpAMD64LoweredSelectN;
    }
    if (nsel == 0)
        return;
    CallPos *calls = NEWARRAY(CallPos, ncalls + 1);
    CallPos *sels = NEWARRAY(CallPos, nsel + 1);
    int nc = 0, ns = 0;
    for (int i = 0; i < vs->n; i++)
        if (vs->v[i]->op == OpAMD64CALLstatic || vs->v[i]->op == OpAMD64CALLclosure)
            calls[nc++] = (CallPos){vs->v[i], i, 0};
    qsort(calls, (size_t)nc, sizeof *calls, by_value);
    for (int i = 0; i < vs->n; i++) {
        if (vs->v[i]->op != OpAMD64LoweredSelectN)
            continue;
        CallPos key = {vs->v[i]->args[0], 0, 0};
        CallPos *c = bsearch(&key, calls, (size_t)nc, sizeof *calls, by_value);
        if (!c)
            ice(vs->v[i]->pos, "regalloc: v%d selects from a call of another block", vs->v[i]->id);
        sels[ns++] = (CallPos){vs->v[i], c->pos, i};
    }
    qsort(sels, (size_t)ns, sizeof *sels, by_position);
    Value **out = NEWARRAY(Value *, vs->n);
    int n = 0, k = 0;
    for (int i = 0; i < vs->n; i++) {
        if (vs->v[i]->op == OpAMD64LoweredSelectN)
            continue;
        out[n++] = vs->v[i];
        while (k < ns && sels[k].pos == i)
            out[n++] = sels[k++].v;
    }
    memcpy(vs->v, out, sizeof(Value *) * (size_t)n);
}

/* A block with one predecessor, allocated already, starts with the
 * registers as the predecessor left them: its values are still there
 * (nothing runs between the two but a jump), and each is also where the
 * empty-start convention would look for it, its slot or its
 * rematerialisation, so both views agree. */
static void inherit_registers(Alloc *A, Block *b)
{
    if (b->preds.n != 1)
        return;
    Value **regs = A->endregs[b->preds.v[0].b->id];
    for (int r = 0; regs && r < NREG; r++)
        if (regs[r])
            assign(A, regs[r], r);
}

/* Keeps b's end registers for a successor that has no other predecessor. */
static void save_end_registers(Alloc *A, Block *b)
{
    bool wanted = false;
    for (int i = 0; i < b->succs.n; i++)
        wanted |= b->succs.v[i].b->preds.n == 1;
    if (!wanted)
        return;
    Value **regs = NEWARRAY(Value *, NREG);
    memcpy(regs, A->regval, sizeof(Value *) * NREG);
    A->endregs[b->id] = regs;
}

static void alloc_block(Alloc *A, Block *b)
{
    A->b = b;
    A->out = &A->cg->code[b->id];
    place_flags(b);
    place_abi_values(b);
    inherit_registers(A, b);
    int n = b->values.n;
    for (int i = 0; i < n; i++) {
        Value *v = b->values.v[i];
        if (v->op == OpPhi)
            continue;
        for (int j = 0; j < v->nargs; j++)
            if (tracked(v->args[j]))
                vec_push(&A->uses[v->args[j]->id], i);
    }
    if (b->control && tracked(b->control))
        vec_push(&A->uses[b->control->id], n);

    for (int i = 0; i < n; i++) {
        Value *v = b->values.v[i];
        if (v->op == OpPhi || (cg_is_regless(v) && !cg_machop(v->op)))
            continue;
        if (!cg_machop(v->op))
            ice(v->pos, "regalloc: generic op %s survived lowering", ssa_opinfo(v->op)->name);
        alloc_value(A, v, i);
    }
    if (b->control && tracked(b->control)) {
        /* a bool control of a Ret/Exit never happens; If is lowered */
        ice(b->pos, "regalloc: block b%d has a register control", b->id);
    }
    if (b->kind == BlockPlain && b->succs.n == 1)
        phi_moves(A, b->succs.v[0].b, b->succs.v[0].i);

    save_end_registers(A, b);
    for (int r = 0; r < NREG; r++)
        drop(A, r);
    for (int i = 0; i < n; i++) {
        Value *v = b->values.v[i];
        for (int j = 0; j < v->nargs; j++)
            A->uses[v->args[j]->id].n = 0;
    }
    if (b->control)
        A->uses[b->control->id].n = 0;
}

void cg_regalloc(Func *f)
{
    Alloc A = { .f = f };
    CgFunc *cg = NEW(CgFunc);
    int nv = f->nvalues;
    cg->code = NEWARRAY(InstrList, f->nblocks);
    cg->slot = NEWARRAY(int, nv);
    cg->home = NEWARRAY(int8_t, nv);
    memset(cg->slot, -1, sizeof(int) * (size_t)nv);
    memset(cg->home, -1, (size_t)nv);
    A.cg = cg;
    A.livemark = NEWARRAY(int, nv);
    A.needslot = NEWARRAY(bool, nv);
    A.stored = NEWARRAY(bool, nv);
    A.reg = NEWARRAY(int8_t, nv);
    memset(A.reg, -1, (size_t)nv);
    A.uses = NEWARRAY(IntList, nv);
    A.endregs = NEWARRAY(Value **, f->nblocks);
    liveness(&A);

    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        mark_liveout(&A, b);
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            if (!tracked(v) || cg_is_remat(v))
                continue;
            if (v->op == OpPhi || is_liveout(&A, b, v)) {
                A.needslot[v->id] = true;
                slot_of(&A, v);
            }
        }
    }
    for (int i = 0; i < f->blocks.n; i++) {
        mark_liveout(&A, f->blocks.v[i]);
        alloc_block(&A, f->blocks.v[i]);
    }
    f->cg = cg;
    f->allocated = true;
}

/* --- Names ------------------------------------------------------------------------------ */

const char *cg_reg_name(int r, int width)
{
    static const char *const names[4][R_X0] = {
        { "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
          "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b" },
        { "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
          "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w" },
        { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
          "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d" },
        { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
          "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" },
    };
    static const char *const xmm[16] = {
        "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
        "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15",
    };
    if (r == R_SB)
        return "rip";
    if (cg_is_xmm(r))
        return xmm[r - R_X0]; /* every width: the instruction says which */
    int w = width == 1 ? 0 : width == 2 ? 1 : width == 4 ? 2 : 3;
    return names[w][r];
}

const char *cg_home_name(Func *f, Value *v)
{
    static const char *const gonames[NREG] = {
        "AX", "CX", "DX", "BX", "SP", "BP", "SI", "DI",
        "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15",
        "X0", "X1", "X2", "X3", "X4", "X5", "X6", "X7",
        "X8", "X9", "X10", "X11", "X12", "X13", "X14", "X15", "SB",
    };
    CgFunc *cg = f->cg;
    if (!cg || v->id >= f->nvalues)
        return NULL;
    if (v->op == OpSP)
        return "SP";
    if (v->op == OpAMD64SB)
        return "SB";
    if (v->op == OpAMD64FP)
        return "FP";
    if (cg->home[v->id] >= 0)
        return gonames[(int)cg->home[v->id]];
    if (cg->slot[v->id] >= 0)
        return xprintf("spill.%d", cg->slot[v->id]);
    if (cg_is_remat(v))
        return "remat";
    return NULL;
}
