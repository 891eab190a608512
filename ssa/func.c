/*
 * func.c — building and editing SSA functions: the only code that
 * touches the edge lists and use counts directly, so that the invariants
 * listed in ssa.h (symmetric edges, exact use counts, phi arguments in
 * predecessor order) are kept in one place. Passes edit the IR through
 * these functions only.
 */
#include "ssa.h"
#include "diag.h"

#include <string.h>

Func *ssa_func_new(const char *name, const char *goname, Pos pos)
{
    Func *f = NEW(Func);
    f->name = name;
    f->goname = goname ? goname : name;
    f->pos = pos;
    f->nvalues = 1; /* IDs start at 1: v0 and b0 never exist */
    f->nblocks = 1;
    return f;
}

Block *ssa_block_new(Func *f, BlockKind kind, Pos pos)
{
    Block *b = NEW(Block);
    b->id = f->nblocks++;
    b->kind = kind;
    b->func = f;
    b->pos = pos;
    vec_push(&f->blocks, b);
    if (!f->entry)
        f->entry = b;
    return b;
}

Value *ssa_value_new(Block *b, Op op, Type *type, Pos pos)
{
    Value *v = NEW(Value);
    v->id = b->func->nvalues++;
    v->op = op;
    v->type = type;
    v->block = b;
    v->pos = pos;
    v->args = v->argstorage;
    vec_push(&b->values, v);
    return v;
}

Value *ssa_value0(Block *b, Op op, Type *type, Pos pos)
{
    return ssa_value_new(b, op, type, pos);
}

Value *ssa_value1(Block *b, Op op, Type *type, Pos pos, Value *a0)
{
    Value *v = ssa_value_new(b, op, type, pos);
    ssa_add_arg(v, a0);
    return v;
}

Value *ssa_value2(Block *b, Op op, Type *type, Pos pos, Value *a0, Value *a1)
{
    Value *v = ssa_value1(b, op, type, pos, a0);
    ssa_add_arg(v, a1);
    return v;
}

Value *ssa_value3(Block *b, Op op, Type *type, Pos pos, Value *a0, Value *a1, Value *a2)
{
    Value *v = ssa_value2(b, op, type, pos, a0, a1);
    ssa_add_arg(v, a2);
    return v;
}

Value *ssa_const(Block *b, Op op, Type *type, Pos pos, int64_t c)
{
    Value *v = ssa_value_new(b, op, type, pos);
    v->aux_int = c;
    return v;
}

/* Capacity of v->args: the inline storage holds 3; beyond that the array
 * is heap-allocated with a power-of-two capacity of at least 4, so a phi
 * with many predecessors grows in amortised constant time. */
static int arg_capacity(const Value *v)
{
    if (v->args == v->argstorage)
        return 3;
    int cap = 4;
    while (cap < v->nargs)
        cap *= 2;
    return cap;
}

void ssa_add_arg(Value *v, Value *a)
{
    int cap = arg_capacity(v);
    if (v->nargs == cap) {
        Value **args = NEWARRAY(Value *, cap < 4 ? 4 : cap * 2);
        memcpy(args, v->args, sizeof(Value *) * (size_t)v->nargs);
        v->args = args;
    }
    v->args[v->nargs++] = a;
    a->uses++;
}

void ssa_set_arg(Value *v, int i, Value *a)
{
    if (i < 0 || i >= v->nargs)
        ice(v->pos, "ssa_set_arg: v%d has no argument %d", v->id, i);
    a->uses++;
    v->args[i]->uses--;
    v->args[i] = a;
}

void ssa_reset_args(Value *v)
{
    for (int i = 0; i < v->nargs; i++)
        v->args[i]->uses--;
    v->nargs = 0;
    v->args = v->argstorage;
}

void ssa_value_copy_of(Value *v, Value *a)
{
    a->uses++; /* before the reset, in case a is one of v's args */
    ssa_reset_args(v);
    v->op = OpCopy;
    v->aux = NULL;
    v->aux_int = 0;
    v->args[0] = a;
    v->nargs = 1;
}

void ssa_set_control(Block *b, Value *v)
{
    if (v)
        v->uses++;
    if (b->control)
        b->control->uses--;
    b->control = v;
}

void ssa_add_edge(Block *b, Block *c)
{
    int i = b->succs.n, j = c->preds.n;
    vec_push(&b->succs, ((Edge){c, j}));
    vec_push(&c->preds, ((Edge){b, i}));
}

/* Removes entry i of an edge list, then repoints the reverse edges of the
 * entries that moved down so that edge symmetry holds again. `succ` says
 * whether list holds successors (whose reverse edges are preds). */
static void edge_delete(EdgeList *list, int i, bool succ)
{
    memmove(&list->v[i], &list->v[i + 1], sizeof(Edge) * (size_t)(list->n - i - 1));
    list->n--;
    for (int k = i; k < list->n; k++) {
        Edge e = list->v[k];
        if (succ)
            e.b->preds.v[e.i].i = k;
        else
            e.b->succs.v[e.i].i = k;
    }
}

void ssa_remove_pred(Block *b, int i)
{
    Edge e = b->preds.v[i];
    edge_delete(&e.b->succs, e.i, true);
    edge_delete(&b->preds, i, false);
    /* Phi arguments are in pred order: drop argument i. */
    for (int k = 0; k < b->values.n; k++) {
        Value *v = b->values.v[k];
        if (v->op != OpPhi)
            continue;
        v->args[i]->uses--;
        memmove(&v->args[i], &v->args[i + 1], sizeof(Value *) * (size_t)(v->nargs - i - 1));
        v->nargs--;
    }
}

Block *ssa_split_edge(Func *f, Block *b, int i)
{
    /* Rewired in place: removing the edge and appending two new ones
     * would reorder b's successors (an If's succ0 is its true branch)
     * and c's predecessors, and with them every phi's arguments. */
    Edge e = b->succs.v[i];
    Block *c = e.b;
    int j = e.i;
    Block *d = ssa_block_new(f, BlockPlain, b->pos);
    b->succs.v[i] = (Edge){d, 0};
    vec_push(&d->preds, ((Edge){b, i}));
    vec_push(&d->succs, ((Edge){c, j}));
    c->preds.v[j] = (Edge){d, 0};
    return d;
}

void ssa_remove_block(Func *f, Block *b)
{
    while (b->succs.n > 0) {
        Edge e = b->succs.v[b->succs.n - 1];
        ssa_remove_pred(e.b, e.i);
    }
    while (b->preds.n > 0)
        ssa_remove_pred(b, b->preds.n - 1);
    for (int k = 0; k < b->values.n; k++)
        ssa_reset_args(b->values.v[k]);
    ssa_set_control(b, NULL);
    b->values.n = 0;
    b->kind = BlockInvalid;
    int j = 0;
    for (int k = 0; k < f->blocks.n; k++)
        if (f->blocks.v[k] != b)
            f->blocks.v[j++] = f->blocks.v[k];
    f->blocks.n = j;
}

Sym *ssa_auto(Func *f, const char *name, Type *type)
{
    Sym *s = ssa_sym(SYM_AUTO, name, type);
    vec_push(&f->autos, s);
    return s;
}

Sym *ssa_sym(SymKind kind, const char *name, Type *type)
{
    Sym *s = NEW(Sym);
    s->kind = kind;
    s->name = name;
    s->type = type;
    return s;
}

void ssa_rewrite_to_fixpoint(Func *f, bool (*rewrite)(Value *v, void *ctx), void *ctx)
{
    bool changed;
    do {
        changed = false;
        for (int i = 0; i < f->blocks.n; i++) {
            Block *b = f->blocks.v[i];
            /* b->values.n is read each time: what a rule adds (a shift
             * count, an address to fold) is tried too. */
            for (int j = 0; j < b->values.n; j++)
                if (rewrite(b->values.v[j], ctx))
                    changed = true;
        }
    } while (changed);
}
