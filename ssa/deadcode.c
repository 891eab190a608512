/*
 * deadcode.c — the deadcode pass: removes blocks that control cannot
 * reach and values whose results nothing needs.
 *
 * Three steps, in this order because each feeds the next:
 *   1. An If whose control is a ConstBool becomes Plain, dropping the
 *      edge that is never taken (opt folds conditions into constants).
 *   2. Blocks unreachable from the entry are deleted. ssa_remove_block
 *      drops their edges into live blocks through ssa_remove_pred, which
 *      also drops the matching phi arguments, so live phis stay in step
 *      with their predecessors.
 *   3. Values are marked live from the roots — block controls, and every
 *      value with an effect: memory results (OPF_MEM, or type mem, which
 *      covers InitMem) and calls — and transitively through arguments.
 *      The rest are deleted after dropping their argument uses.
 *
 * A value in a live block never names a value in a dead block: its
 * arguments dominate it, and a dominator of a reachable block is
 * reachable. (Phi arguments from dead predecessors go with the edges.)
 *
 * Requires: nothing. Leaves behind: every block reachable from the entry,
 * every value live. It does not delete phis with a single argument (that
 * is phielim's) nor merge Plain chains.
 */
#include "ssa.h"
#include "passes.h"

/* Step 1. The successor that survives is succ0 for true, succ1 for false. */
static void fold_const_ifs(Func *f)
{
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        if (b->kind != BlockIf || !b->control || b->control->op != OpConstBool)
            continue;
        int dead = b->control->aux_int != 0 ? 1 : 0;
        Edge e = b->succs.v[dead];
        ssa_remove_pred(e.b, e.i);
        b->kind = BlockPlain;
        b->likely = 0;
        ssa_set_control(b, NULL);
    }
}

/* Step 2. Marks reachable blocks (depth-first, explicit stack) and removes
 * the others. */
static void remove_unreachable(Func *f)
{
    bool *reached = NEWARRAY(bool, f->nblocks);
    Block **stack = NEWARRAY(Block *, f->nblocks);
    int sp = 0;
    reached[f->entry->id] = true;
    stack[sp++] = f->entry;
    while (sp > 0) {
        Block *b = stack[--sp];
        for (int i = 0; i < b->succs.n; i++) {
            Block *c = b->succs.v[i].b;
            if (!reached[c->id]) {
                reached[c->id] = true;
                stack[sp++] = c;
            }
        }
    }
    /* ssa_remove_block compacts f->blocks, so collect the victims first. */
    int ndead = 0;
    for (int i = 0; i < f->blocks.n; i++)
        if (!reached[f->blocks.v[i]->id])
            stack[ndead++] = f->blocks.v[i];
    for (int i = 0; i < ndead; i++)
        ssa_remove_block(f, stack[i]);
}

static bool has_effect(const Value *v)
{
    if (ssa_opinfo(v->op)->flags & (OPF_MEM | OPF_CALL))
        return true;
    return v->type && v->type->kind == TYPE_MEM;
}

/* Step 3: a worklist of values found live whose arguments are not yet
 * marked. Each value enters it at most once. */
typedef struct Marker {
    bool *live;     /* indexed by value ID */
    Value **work;
    int n;
} Marker;

static void mark(Marker *m, Value *v)
{
    if (!m->live[v->id]) {
        m->live[v->id] = true;
        m->work[m->n++] = v;
    }
}

static void remove_dead_values(Func *f)
{
    Marker m = {NEWARRAY(bool, f->nvalues), NEWARRAY(Value *, f->nvalues), 0};
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        if (b->control)
            mark(&m, b->control);
        for (int j = 0; j < b->values.n; j++)
            if (has_effect(b->values.v[j]))
                mark(&m, b->values.v[j]);
    }
    while (m.n > 0) {
        Value *v = m.work[--m.n];
        for (int k = 0; k < v->nargs; k++)
            mark(&m, v->args[k]);
    }

    /* Dead values are unused by live ones, so dropping their argument
     * uses as they go leaves the live values' counts exact. */
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        int n = 0;
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            if (m.live[v->id])
                b->values.v[n++] = v;
            else
                ssa_reset_args(v);
        }
        b->values.n = n;
    }
}

void ssa_deadcode(Func *f)
{
    fold_const_ifs(f);
    remove_unreachable(f);
    remove_dead_values(f);
}
