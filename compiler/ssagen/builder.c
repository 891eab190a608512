/*
 * builder.c — the Builder: one function under construction. Blocks,
 * SSA variables, memory threading and the value constructors every
 * other file of compiler/ssagen builds with.
 *
 * SSA construction follows Braun, Buchwald, Hack, Leißa, Mallon and
 * Zwinkau, "Simple and Efficient Construction of Static Single Assignment
 * Form" (CC 2013): each block maps variables to their current value; a
 * read in a block without a local definition looks through the
 * predecessors, placing a phi where control merges. A block is "sealed"
 * once all its predecessors are known; reads in an unsealed block create
 * an operandless phi that sealing completes. Trivial phis are left for the
 * phielim/copyelim passes (which run first), so the builder needs no use
 * lists.
 *
 * Sealing discipline: a block is sealed when the builder starts emitting
 * into it, because structured control flow has added every predecessor by
 * then — except loop headers (sealed when the loop is done: the back edges
 * come last) and label blocks (goto may jump back to them from anywhere;
 * sealed when the function is done).
 *
 * Memory is variable 0: loads read it, stores and calls write a new
 * one, so memory order is a data dependence (docs/design.md). Which Go
 * variables get SSA variables of their own is vars.c's business.
 */
#include "builder.h"

#include <string.h>

/* Whether an object has a usable name (not blank, not unnamed). */
bool named(Object *obj)
{
    return obj->name && obj->name[0] && strcmp(obj->name, "_") != 0;
}

void unsupported(Pos pos, const char *what)
{
    error_at(pos, "not supported yet: %s", what);
}

/* Number of SSA words a value of type t occupies, or 0 if it lives in
 * memory. */
int val_words(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_STRING:
        return 2;
    case TYPE_SLICE:
        return 3;
    case TYPE_INTERFACE:
    case TYPE_COMPLEX64: case TYPE_COMPLEX128: /* real, imag (complex.c) */
        return 2;
    case TYPE_ARRAY: case TYPE_STRUCT:
        return 0;
    default:
        if ((u->kind >= TYPE_BOOL && u->kind <= TYPE_UINTPTR) || u->kind == TYPE_FLOAT32 ||
            u->kind == TYPE_FLOAT64)
            return 1;
        if (u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER ||
            u->kind == TYPE_MAP || u->kind == TYPE_CHAN || u->kind == TYPE_FUNC)
            return 1;
        return 0;
    }
}

/* Type of word i of a value of type t. */
Type *word_type(Type *t, int i)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_STRING:
        return i == 0 ? t_ptr() : t_int();
    case TYPE_SLICE:
        return i == 0 ? t_ptr() : t_int();
    case TYPE_INTERFACE:
        return t_ptr();
    case TYPE_COMPLEX64:
        return types_basic[TYPE_FLOAT32];
    case TYPE_COMPLEX128:
        return types_basic[TYPE_FLOAT64];
    default:
        return t;
    }
}

/* Byte offset of word i in the memory of a value of type t: a
 * complex64's parts are 4 bytes each, every other word 8. */
int64_t word_offset(Type *t, int i)
{
    return type_underlying(t)->kind == TYPE_COMPLEX64 ? 4 * i : 8 * i;
}

Block *new_block(Builder *s, BlockKind kind, Pos pos)
{
    Block *b = ssa_block_new(s->f, kind, pos);
    while (s->sealed.n <= b->id) {
        vec_push(&s->sealed, 0);
        IncompleteList none = {0};
        vec_push(&s->incomplete, none);
    }
    return b;
}

int new_var(Builder *s, Type *t)
{
    vec_push(&s->vartypes, t);
    return s->vartypes.n - 1;
}

static DefSlot *def_slot(Builder *s, int block, int var)
{
    if (2 * (s->ndefs + 1) > s->capdefs) {
        int ncap = s->capdefs ? s->capdefs * 2 : 256;
        DefSlot *nd = NEWARRAY(DefSlot, ncap);
        for (int i = 0; i < ncap; i++)
            nd[i].var = -1;
        for (int i = 0; i < s->capdefs; i++) {
            if (s->defs[i].var < 0)
                continue;
            unsigned h = ((unsigned)s->defs[i].block * 40503u) ^ ((unsigned)s->defs[i].var * 2654435761u);
            int j = (int)(h & (unsigned)(ncap - 1));
            while (nd[j].var >= 0)
                j = (j + 1) & (ncap - 1);
            nd[j] = s->defs[i];
        }
        s->defs = nd;
        s->capdefs = ncap;
    }
    unsigned h = ((unsigned)block * 40503u) ^ ((unsigned)var * 2654435761u);
    int j = (int)(h & (unsigned)(s->capdefs - 1));
    while (s->defs[j].var >= 0) {
        if (s->defs[j].block == block && s->defs[j].var == var)
            return &s->defs[j];
        j = (j + 1) & (s->capdefs - 1);
    }
    s->defs[j].block = block;
    s->defs[j].var = var;
    s->defs[j].v = NULL;
    s->ndefs++;
    return &s->defs[j];
}

void write_var(Builder *s, Block *b, int var, Value *v)
{
    def_slot(s, b->id, var)->v = v;
}

/* Inserts a phi at the start of b (phis precede other values). */
static Value *new_phi(Builder *s, Block *b, int var)
{
    Value *phi = ssa_value_new(b, OpPhi, s->vartypes.v[var], b->pos);
    /* ssa_value_new appended it; move it in front of non-phis. */
    ValueList *vl = &b->values;
    int i = vl->n - 1;
    while (i > 0 && vl->v[i - 1]->op != OpPhi) {
        vl->v[i] = vl->v[i - 1];
        i--;
    }
    vl->v[i] = phi;
    return phi;
}

static void add_phi_operands(Builder *s, Value *phi, int var)
{
    Block *b = phi->block;
    for (int i = 0; i < b->preds.n; i++)
        ssa_add_arg(phi, read_var(s, b->preds.v[i].b, var));
}

Value *read_var(Builder *s, Block *b, int var)
{
    DefSlot *d = def_slot(s, b->id, var);
    if (d->v)
        return d->v;
    Value *v;
    if (!s->sealed.v[b->id]) {
        v = new_phi(s, b, var);
        Incomplete inc = {v, var};
        vec_push(&s->incomplete.v[b->id], inc);
    } else if (b->preds.n == 1) {
        v = read_var(s, b->preds.v[0].b, var);
    } else if (b->preds.n == 0) {
        /* Unreachable block (or the entry reading an undefined variable,
         * which the checker rules out): any value will do. */
        Type *t = s->vartypes.v[var];
        if (t == type_mem)
            v = ssa_value0(b, OpInitMem, type_mem, b->pos);
        else
            v = ssa_const(b, OpConst64, t, b->pos, 0);
    } else {
        v = new_phi(s, b, var);
        write_var(s, b, var, v); /* breaks cycles through loops */
        add_phi_operands(s, v, var);
    }
    write_var(s, b, var, v);
    return v;
}

void seal(Builder *s, Block *b)
{
    if (s->sealed.v[b->id])
        return;
    IncompleteList *inc = &s->incomplete.v[b->id];
    for (int i = 0; i < inc->n; i++)
        add_phi_operands(s, inc->v[i].phi, inc->v[i].var);
    inc->n = 0;
    s->sealed.v[b->id] = 1;
}

/* Makes b the current block; seal says whether all its preds are known. */
void start_block(Builder *s, Block *b, bool seal_it)
{
    s->cur = b;
    if (seal_it)
        seal(s, b);
}

/* Ends the current block with a jump to t (if there is a current block). */
void jump_to(Builder *s, Block *t)
{
    if (!s->cur)
        return;
    s->cur->kind = BlockPlain;
    ssa_add_edge(s->cur, t);
    s->cur = NULL;
}

/* Ends the current block with a branch on cond: to yes if it holds,
 * else to no; likely is Block.likely's hint (+1: yes, -1: no, 0). */
void branch_if(Builder *s, Value *cond, Block *yes, Block *no, int likely)
{
    Block *b = cur(s);
    b->kind = BlockIf;
    ssa_set_control(b, cond);
    b->likely = likely;
    ssa_add_edge(b, yes);
    ssa_add_edge(b, no);
    s->cur = NULL;
}

/* Current block, creating an unreachable one after a terminator so that
 * dead code after return/break still lowers (deadcode removes it). */
Block *cur(Builder *s)
{
    if (!s->cur)
        start_block(s, new_block(s, BlockPlain, s->f->pos), true);
    return s->cur;
}

/*
 * Starts a counted loop, `for i := 0; i < n; ...` with i the int SSA
 * variable ivar: sets i to 0, jumps to a new header that branches to
 * body or done, and continues in body. Returns the header, which the
 * caller seals after adding the back edge. Returns i as read in body.
 */
Value *counted_loop(Builder *s, int ivar, Value *n, Block *body, Block *done, Block **header, Pos pos)
{
    write_var(s, cur(s), ivar, const_int(s, t_int(), 0, pos));
    Block *h = new_block(s, BlockPlain, pos);
    jump_to(s, h);
    start_block(s, h, false);
    Value *i = read_var(s, h, ivar);
    h->kind = BlockIf;
    ssa_set_control(h, v2(s, OpLess64, t_bool(), pos, i, n));
    h->likely = 1;
    ssa_add_edge(h, body);
    ssa_add_edge(h, done);
    s->cur = NULL;
    start_block(s, body, true);
    *header = h;
    return read_var(s, body, ivar);
}

Value *mem(Builder *s) { return read_var(s, cur(s), 0); }
void set_mem(Builder *s, Value *m) { write_var(s, cur(s), 0, m); }

Value *v0(Builder *s, Op op, Type *t, Pos pos) { return ssa_value0(cur(s), op, t, pos); }
Value *v1(Builder *s, Op op, Type *t, Pos pos, Value *a) { return ssa_value1(cur(s), op, t, pos, a); }
Value *v2(Builder *s, Op op, Type *t, Pos pos, Value *a, Value *b) { return ssa_value2(cur(s), op, t, pos, a, b); }

Value *const_int(Builder *s, Type *t, int64_t c, Pos pos)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_BOOL)
        return ssa_const(cur(s), OpConstBool, t, pos, c != 0);
    if (type_is_float(u))
        return const_float(s, t, (double)c, pos); /* 0 and 1 in practice: exact */
    if (u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER || u->kind == TYPE_MAP ||
        u->kind == TYPE_CHAN || u->kind == TYPE_FUNC) {
        if (c == 0)
            return ssa_const(cur(s), OpConstNil, t, pos, 0);
        return ssa_const(cur(s), OpConst64, t, pos, c);
    }
    /* Keep constants canonical: sign-extended from their width. */
    switch (type_size(t)) {
    case 1: c = (int8_t)c; break;
    case 2: c = (int16_t)c; break;
    case 4: c = (int32_t)c; break;
    default: break;
    }
    return ssa_const(cur(s), sized(OpConst8, t), t, pos, c);
}

Value *offptr(Builder *s, Value *p, int64_t off, Pos pos)
{
    if (off == 0)
        return p;
    /* An offset past 2 GiB (a field after a huge array) is no
     * instruction's displacement: add it as a value. */
    if (off != (int32_t)off)
        return v2(s, OpAddPtr, t_ptr(), pos, p, const_int(s, t_int(), off, pos));
    Value *v = v1(s, OpOffPtr, t_ptr(), pos, p);
    v->aux_int = off;
    return v;
}

Value *load(Builder *s, Type *t, Value *p, Pos pos)
{
    return v2(s, OpLoad, t, pos, p, mem(s));
}

void store(Builder *s, Type *t, Value *p, Value *x, Pos pos)
{
    Value *st = ssa_value3(cur(s), OpStore, type_mem, pos, p, x, mem(s));
    st->aux_int = type_size(t);
    set_mem(s, st);
}

static void move(Builder *s, int64_t size, Value *dst, Value *src, Pos pos)
{
    if (size == 0)
        return;
    Value *mv = ssa_value3(cur(s), OpMove, type_mem, pos, dst, src, mem(s));
    mv->aux_int = size;
    set_mem(s, mv);
}

void zero(Builder *s, int64_t size, Value *dst, Pos pos)
{
    if (size == 0)
        return;
    Value *z = v2(s, OpZero, type_mem, pos, dst, mem(s));
    z->aux_int = size;
    set_mem(s, z);
}

/* A fresh stack slot. */
Value *temp_addr(Builder *s, Type *t, Pos pos)
{
    Sym *sym = ssa_auto(s->f, xprintf("autotmp_%d", s->f->autos.n), t);
    Value *a = v1(s, OpLocalAddr, t_ptr(), pos, mem(s));
    a->aux = sym;
    return a;
}

/* Loads a Go value of type t stored at p. */
Val load_val(Builder *s, Type *t, Value *p, Pos pos)
{
    Val r = {.type = t};
    r.n = val_words(t);
    if (r.n == 0) {
        r.addr = p;
        return r;
    }
    for (int i = 0; i < r.n; i++)
        r.w[i] = load(s, word_type(t, i), offptr(s, p, word_offset(t, i), pos), pos);
    return r;
}

/* Stores x (of type t) at p. */
void store_val(Builder *s, Type *t, Value *p, Val x, Pos pos)
{
    if (x.n == 0) {
        move(s, type_size(t), p, x.addr, pos);
        return;
    }
    for (int i = 0; i < x.n; i++)
        store(s, word_type(t, i), offptr(s, p, word_offset(t, i), pos), x.w[i], pos);
}

/* Copies a memory-resident value into a fresh slot, so that later
 * writes to the original do not change it. */
Val copy_val(Builder *s, Val x, Pos pos)
{
    if (x.n != 0)
        return x;
    Value *t = temp_addr(s, x.type, pos);
    move(s, type_size(x.type), t, x.addr, pos);
    x.addr = t;
    return x;
}

Val zero_val(Builder *s, Type *t, Pos pos)
{
    Val r = {.type = t, .n = val_words(t)};
    if (r.n == 0) {
        r.addr = temp_addr(s, t, pos);
        zero(s, type_size(t), r.addr, pos);
        return r;
    }
    for (int i = 0; i < r.n; i++)
        r.w[i] = const_int(s, word_type(t, i), 0, pos);
    return r;
}

Builder *new_builder(Program *prog, Package *pkg, const char *name, const char *goname, Pos pos)
{
    Builder *s = NEW(Builder);
    s->prog = prog;
    s->pkg = pkg;
    s->f = ssa_func_new(name, goname, pos);
    new_var(s, type_mem); /* variable 0: memory */
    Block *entry = new_block(s, BlockPlain, pos);
    s->f->entry = entry;
    start_block(s, entry, true);
    write_var(s, entry, 0, ssa_value0(entry, OpInitMem, type_mem, pos));
    return s;
}

/* Ends the function: a fall off the end returns; every block is sealed. */
void finish(Builder *s, Pos end)
{
    if (s->cur) {
        Stmt ret = {.kind = STMT_RETURN, .pos = end};
        return_stmt(s, &ret);
    }
    finish_defers(s, end);
    for (int i = 0; i < s->f->blocks.n; i++)
        seal(s, s->f->blocks.v[i]);
}
