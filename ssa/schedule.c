/*
 * schedule.c — the schedule pass: puts the values of each block in an
 * execution order.
 *
 * Before this pass a block's values are a set; afterwards b->values is the
 * order the emitter follows. The order must respect, within the block:
 *   - data: a value comes after its arguments (phis excepted: they read
 *     their arguments on the incoming edges, and all come first);
 *   - memory: a value that reads memory state m (a load) comes before the
 *     value that consumes m to produce the next state (a store or call),
 *     since that overwrites what the load must see. Memory being linear,
 *     at most one value in the block consumes each m to make a new state;
 *   - flags: a value of type flags comes immediately before its user.
 *     Nothing in between could clobber the flags then, so they never need
 *     saving (the allocator does not spill flags; codegen/amd64ops.def).
 *
 * The flags rule is met by not scheduling flags values on their own: each
 * is glued to its users in the block, which inherit its dependences, and
 * it is emitted right before the first of them. A flags value with no
 * user in the block (the block's control) is emitted last.
 *
 * Among the values whose dependences are met, the pass picks by score,
 * then by ID (source order, roughly, since the builder numbers values as
 * it walks the code):
 *   - function inputs (InitMem, SP, Arg, ...) first, so that incoming
 *     arguments are read before anything else runs;
 *   - then the rest;
 *   - the block's control last, so that it is computed next to the branch.
 *
 * Requires: nothing (runs after lowering, so that it sees the flags
 * values lowering creates). Leaves behind: b->values in execution order.
 */
#include "ssa.h"
#include "passes.h"
#include "diag.h"

#include <stdlib.h>

enum { SCORE_INPUT, SCORE_DEFAULT, SCORE_CONTROL };

static bool is_flags(const Value *v) { return v->type && v->type->kind == TYPE_FLAGS; }
static bool is_mem(const Value *v) { return v->type && v->type->kind == TYPE_MEM; }

/* Per-function scratch, indexed by value ID; reused from block to block
 * (only entries for the current block's values are meaningful). */
typedef struct Sched {
    Block *b;
    int *score;
    int *pending;        /* unscheduled dependences of a schedulable value */
    bool *done;          /* emitted */
    Value **consumer;    /* consumer[m->id]: the value in b making new memory from m */
    VEC(Value *) *next;  /* next[d->id]: values with a dependence on d */
    Value **heap;        /* ready values, a binary min-heap by (score, id) */
    int nheap;
    ValueList out;
} Sched;

static bool in_block(Sched *s, const Value *v) { return v->block == s->b && v->op != OpPhi; }

/* --- The ready heap ----------------------------------------------------------- */

static bool before(Sched *s, const Value *a, const Value *b)
{
    if (s->score[a->id] != s->score[b->id])
        return s->score[a->id] < s->score[b->id];
    return a->id < b->id;
}

static void heap_push(Sched *s, Value *v)
{
    int i = s->nheap++;
    while (i > 0 && before(s, v, s->heap[(i - 1) / 2])) {
        s->heap[i] = s->heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    s->heap[i] = v;
}

static Value *heap_pop(Sched *s)
{
    Value *top = s->heap[0], *last = s->heap[--s->nheap];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= s->nheap)
            break;
        if (c + 1 < s->nheap && before(s, s->heap[c + 1], s->heap[c]))
            c++;
        if (!before(s, s->heap[c], last))
            break;
        s->heap[i] = s->heap[c];
        i = c;
    }
    if (s->nheap > 0)
        s->heap[i] = last;
    return top;
}

/* --- Dependences ------------------------------------------------------------- */

static void depend(Sched *s, Value *u, Value *d)
{
    vec_push(&s->next[d->id], u);
    s->pending[u->id]++;
}

/* Adds the dependences of schedulable value u that come from x, which is
 * u itself or a flags value glued to u: x's arguments, with glued flags
 * arguments followed through to theirs, and the memory rule. */
static void add_deps(Sched *s, Value *u, Value *x)
{
    for (int k = 0; k < x->nargs; k++) {
        Value *a = x->args[k];
        /* x reads memory a without replacing it: a's consumer here waits,
         * wherever a itself was made (a phi, an earlier block). */
        if (is_mem(a) && !is_mem(x)) {
            Value *c = s->consumer[a->id];
            if (c && c != u)
                depend(s, c, u);
        }
        if (!in_block(s, a))
            continue;
        if (is_flags(a))
            add_deps(s, u, a);
        else
            depend(s, u, a);
    }
}

/* Emits v after the flags values glued to it that are not out yet. */
static void emit(Sched *s, Value *v)
{
    for (int k = 0; k < v->nargs; k++) {
        Value *a = v->args[k];
        if (in_block(s, a) && is_flags(a) && !s->done[a->id])
            emit(s, a);
    }
    s->done[v->id] = true;
    vec_push(&s->out, v);
}

/* Marks v scheduled and releases the values waiting on it. */
static void release(Sched *s, Value *v)
{
    for (int i = 0; i < s->next[v->id].n; i++) {
        Value *u = s->next[v->id].v[i];
        if (--s->pending[u->id] == 0)
            heap_push(s, u);
    }
}

static int score_of(Block *b, Value *v)
{
    if (v == b->control)
        return SCORE_CONTROL;
    return ssa_opinfo(v->op)->flags & OPF_INPUT ? SCORE_INPUT : SCORE_DEFAULT;
}

/* Records (c = v) or forgets (c = NULL) v as the consumer of its memory
 * argument. A memory phi is no consumer: it is not scheduled, and the
 * memory it merges is not overwritten in this block. */
static void set_consumer(Sched *s, Value *v, Value *c)
{
    if (!is_mem(v) || !in_block(s, v))
        return;
    for (int k = 0; k < v->nargs; k++)
        if (is_mem(v->args[k]))
            s->consumer[v->args[k]->id] = c;
}

static int by_id(const void *a, const void *b)
{
    const Value *x = *(Value *const *)a, *y = *(Value *const *)b;
    return (x->id > y->id) - (x->id < y->id);
}

static void schedule_block(Sched *s, Block *b)
{
    s->b = b;
    s->out.n = 0;
    s->nheap = 0;
    for (int i = 0; i < b->values.n; i++) {
        Value *v = b->values.v[i];
        s->pending[v->id] = 0;
        s->done[v->id] = false;
        s->next[v->id].n = 0;
        s->score[v->id] = score_of(b, v);
        set_consumer(s, v, v);
    }

    /* Phis first, in ID order. */
    for (int i = 0; i < b->values.n; i++)
        if (b->values.v[i]->op == OpPhi)
            vec_push(&s->out, b->values.v[i]);
    if (s->out.n > 1)
        qsort(s->out.v, (size_t)s->out.n, sizeof(Value *), by_id);
    for (int i = 0; i < s->out.n; i++)
        s->done[s->out.v[i]->id] = true;

    for (int i = 0; i < b->values.n; i++) {
        Value *v = b->values.v[i];
        if (in_block(s, v) && !is_flags(v))
            add_deps(s, v, v);
    }
    for (int i = 0; i < b->values.n; i++) {
        Value *v = b->values.v[i];
        if (in_block(s, v) && !is_flags(v) && s->pending[v->id] == 0)
            heap_push(s, v);
    }
    while (s->nheap > 0) {
        Value *v = heap_pop(s);
        emit(s, v);
        release(s, v);
    }
    /* Flags values no value here uses: the control, or ones read in
     * another block. */
    for (int i = 0; i < b->values.n; i++) {
        Value *v = b->values.v[i];
        if (!s->done[v->id] && is_flags(v) && v != b->control)
            emit(s, v);
    }
    if (b->control && in_block(s, b->control) && !s->done[b->control->id])
        emit(s, b->control);

    for (int i = 0; i < b->values.n; i++)
        set_consumer(s, b->values.v[i], NULL);
    if (s->out.n != b->values.n)
        ice(b->pos, "schedule: dependence cycle among the values of b%d", b->id);
    for (int i = 0; i < b->values.n; i++)
        b->values.v[i] = s->out.v[i];
}

void ssa_schedule(Func *f)
{
    Sched s = {0};
    s.score = NEWARRAY(int, f->nvalues);
    s.pending = NEWARRAY(int, f->nvalues);
    s.done = NEWARRAY(bool, f->nvalues);
    s.consumer = NEWARRAY(Value *, f->nvalues);
    s.next = xalloc(sizeof(*s.next) * (size_t)f->nvalues);
    int most = 0;
    for (int i = 0; i < f->blocks.n; i++)
        if (f->blocks.v[i]->values.n > most)
            most = f->blocks.v[i]->values.n;
    s.heap = NEWARRAY(Value *, most);
    for (int i = 0; i < f->blocks.n; i++)
        schedule_block(&s, f->blocks.v[i]);
}
