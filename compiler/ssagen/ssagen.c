/*
 * ssagen.c — lowers the checked AST of package main to SSA.
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
 * Variables: memory is variable 0. A Go variable of a word-sized or
 * multi-word scalar type (bool, integers, pointers, strings: see
 * val_words) whose address is never taken becomes one SSA variable per
 * word — strings are decomposed here into (pointer, length), so no SSA value
 * is wider than a register. Every other variable (arrays, address-taken
 * variables) lives in a stack slot (an auto Sym) and is accessed through
 * LocalAddr with Load/Store/Move; package variables through Addr.
 *
 * Calls follow ABI0 (docs/design.md): arguments are evaluated first, then
 * stored at SP+off, then the call, then results are loaded from SP+off.
 * Runtime entry points come from rt/runtime.def, the same table the
 * runtime's trampolines are generated from.
 */
#include "ssagen.h"

#include <string.h>

#include "diag.h"

/* --- Runtime entry points (rt/runtime.def) ------------------------------ */

enum { RT_NORETURN = 1 };

typedef struct RtFunc {
    const char *name;
    int nargs, nresults;
    unsigned flags;
} RtFunc;

typedef enum RtId {
#define RTFUNC(name, nargs, nresults, flags) RT_##name,
#include "runtime.def"
#undef RTFUNC
    RT_COUNT
} RtId;

static const RtFunc rt_funcs[RT_COUNT] = {
#define RTFUNC(name, nargs, nresults, flags) {#name, nargs, nresults, flags},
#include "runtime.def"
#undef RTFUNC
};

/* --- Values of Go expressions ------------------------------------------- */

/*
 * A Go value during lowering: either up to three SSA words (a scalar, or a
 * string's pointer and length, or a slice's three words), or the address of
 * a memory-resident value (arrays). Which one depends only on the type
 * (val_words).
 */
typedef struct Val {
    int n;          /* words; 0 means "in memory at addr" */
    Value *w[3];
    Value *addr;    /* n == 0: address of the value */
    Type *type;
} Val;

typedef struct DefSlot {
    int block, var; /* var < 0 marks an empty slot */
    Value *v;
} DefSlot;

typedef struct Incomplete {
    Value *phi;
    int var;
} Incomplete;

typedef VEC(Incomplete) IncompleteList;

/* A break/continue target: the innermost enclosing for, switch or select. */
typedef struct Target {
    Stmt *stmt;          /* the FOR/RANGE/SWITCH statement */
    Stmt *label;         /* the LABELED statement around it, or NULL */
    Block *brk, *cont;   /* cont NULL for switch */
    struct Target *outer;
} Target;

typedef struct LabelBlock {
    const char *name;
    Block *b;
} LabelBlock;

typedef struct Builder {
    Program *prog;
    Package *pkg;
    Func *f;
    Block *cur;              /* NULL after an unconditional transfer */
    VEC(Type *) vartypes;    /* SSA variable -> type; 0 is memory */
    DefSlot *defs;           /* (block, var) -> current value */
    int ndefs, capdefs;
    VEC(char) sealed;        /* by block ID */
    VEC(IncompleteList) incomplete; /* by block ID */
    Target *targets;
    VEC(LabelBlock) labels;
    Block *fallthrough_to;   /* body of the next case clause, inside a switch case */
    Stmt *pending_label;     /* LABELED statement whose inner statement is next */
    /* The function's results: their objects (NULL entries for unnamed)
     * and offsets in the argument area. */
    ObjectList results;
    VEC(int64_t) result_off;
    Type *result_tuple;
} Builder;

/* Whether an object has a usable name (not blank, not unnamed). */
static bool named(Object *obj)
{
    return obj->name && obj->name[0] && strcmp(obj->name, "_") != 0;
}

static void unsupported(Pos pos, const char *what)
{
    error_at(pos, "not supported yet: %s", what);
}

/* What to call a construct the builder cannot lower yet. */
static const char *expr_kind_name(Expr *e)
{
    switch (e->kind) {
    case EXPR_COMPOSITE_LIT: return "composite literals";
    case EXPR_FUNC_LIT: return "function literals";
    case EXPR_SELECTOR: return "selector expressions (fields, methods)";
    case EXPR_TYPE_ASSERT: return "type assertions";
    case EXPR_STAR: return "pointer dereference";
    case EXPR_UNARY: return xprintf("unary %s", token_text[e->u.unary.op]);
    case EXPR_INDEX: return "index expressions of this type";
    default: return "this expression";
    }
}

static const char *stmt_kind_name(Stmt *st)
{
    switch (st->kind) {
    case STMT_SEND: return "channel send";
    case STMT_GO: return "go statements";
    case STMT_DEFER: return "defer statements";
    case STMT_TYPE_SWITCH: return "type switches";
    case STMT_SELECT: return "select statements";
    default: return "this statement";
    }
}

/* --- Types ---------------------------------------------------------------- */

static Type *t_int(void) { return types_basic[TYPE_INT]; }
static Type *t_uintptr(void) { return types_basic[TYPE_UINTPTR]; }
static Type *t_bool(void) { return types_basic[TYPE_BOOL]; }
static Type *t_ptr(void) { return types_basic[TYPE_UNSAFE_POINTER]; }

/* Number of SSA words a value of type t occupies, or 0 if it lives in
 * memory. */
static int val_words(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_STRING:
        return 2;
    case TYPE_SLICE:
        return 3;
    case TYPE_INTERFACE:
        return 2;
    case TYPE_ARRAY: case TYPE_STRUCT:
        return 0;
    default:
        if (u->kind >= TYPE_BOOL && u->kind <= TYPE_UINTPTR)
            return 1;
        if (u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER ||
            u->kind == TYPE_MAP || u->kind == TYPE_CHAN || u->kind == TYPE_FUNC)
            return 1;
        return 0;
    }
}

/* Type of word i of a value of type t. */
static Type *word_type(Type *t, int i)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_STRING:
        return i == 0 ? t_ptr() : t_int();
    case TYPE_SLICE:
        return i == 0 ? t_ptr() : t_int();
    case TYPE_INTERFACE:
        return t_ptr();
    default:
        return t;
    }
}

static int64_t align_up(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

/* Size of t in the ABI0 argument area: every argument starts on a word. */
static int64_t arg_size(Type *t) { return align_up(type_size(t), 8); }

static int log2_size(int64_t size)
{
    switch (size) {
    case 1: return 0;
    case 2: return 1;
    case 4: return 2;
    default: return 3;
    }
}

/* The op of family base (Add8, Sub8, ...) for a type of the given size;
 * the families are declared 8, 16, 32, 64 in a row in ops.def. */
static Op sized(Op base8, Type *t) { return (Op)(base8 + log2_size(type_size(t))); }

static bool is_signed(Type *t) { return type_is_integer(t) && !type_is_unsigned(t); }

/* --- Blocks and variables (Braun et al.) ----------------------------------- */

static Block *new_block(Builder *s, BlockKind kind, Pos pos)
{
    Block *b = ssa_block_new(s->f, kind, pos);
    while (s->sealed.n <= b->id) {
        vec_push(&s->sealed, 0);
        IncompleteList none = {0};
        vec_push(&s->incomplete, none);
    }
    return b;
}

static int new_var(Builder *s, Type *t)
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

static void write_var(Builder *s, Block *b, int var, Value *v)
{
    def_slot(s, b->id, var)->v = v;
}

static Value *read_var(Builder *s, Block *b, int var);

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

static Value *read_var(Builder *s, Block *b, int var)
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

static void seal(Builder *s, Block *b)
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
static void start_block(Builder *s, Block *b, bool seal_it)
{
    s->cur = b;
    if (seal_it)
        seal(s, b);
}

/* Ends the current block with a jump to t (if there is a current block). */
static void jump_to(Builder *s, Block *t)
{
    if (!s->cur)
        return;
    s->cur->kind = BlockPlain;
    ssa_add_edge(s->cur, t);
    s->cur = NULL;
}

/* Current block, creating an unreachable one after a terminator so that
 * dead code after return/break still lowers (deadcode removes it). */
static Block *cur(Builder *s)
{
    if (!s->cur)
        start_block(s, new_block(s, BlockPlain, s->f->pos), true);
    return s->cur;
}

static Value *mem(Builder *s) { return read_var(s, cur(s), 0); }
static void set_mem(Builder *s, Value *m) { write_var(s, cur(s), 0, m); }

/* --- Value constructors ---------------------------------------------------- */

static Value *v0(Builder *s, Op op, Type *t, Pos pos) { return ssa_value0(cur(s), op, t, pos); }
static Value *v1(Builder *s, Op op, Type *t, Pos pos, Value *a) { return ssa_value1(cur(s), op, t, pos, a); }
static Value *v2(Builder *s, Op op, Type *t, Pos pos, Value *a, Value *b) { return ssa_value2(cur(s), op, t, pos, a, b); }

static Value *const_int(Builder *s, Type *t, int64_t c, Pos pos)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_BOOL)
        return ssa_const(cur(s), OpConstBool, t, pos, c != 0);
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

static Value *offptr(Builder *s, Value *p, int64_t off, Pos pos)
{
    if (off == 0)
        return p;
    Value *v = v1(s, OpOffPtr, t_ptr(), pos, p);
    v->aux_int = off;
    return v;
}

static Value *load(Builder *s, Type *t, Value *p, Pos pos)
{
    return v2(s, OpLoad, t, pos, p, mem(s));
}

static void store(Builder *s, Type *t, Value *p, Value *x, Pos pos)
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

static void zero(Builder *s, int64_t size, Value *dst, Pos pos)
{
    if (size == 0)
        return;
    Value *z = v2(s, OpZero, type_mem, pos, dst, mem(s));
    z->aux_int = size;
    set_mem(s, z);
}

/* A fresh stack slot. */
static Value *temp_addr(Builder *s, Type *t, Pos pos)
{
    Sym *sym = ssa_auto(s->f, xprintf("autotmp_%d", s->f->autos.n), t);
    Value *a = v1(s, OpLocalAddr, t_ptr(), pos, mem(s));
    a->aux = sym;
    return a;
}

/* Loads a Go value of type t stored at p. */
static Val load_val(Builder *s, Type *t, Value *p, Pos pos)
{
    Val r = {.type = t};
    r.n = val_words(t);
    if (r.n == 0) {
        r.addr = p;
        return r;
    }
    for (int i = 0; i < r.n; i++)
        r.w[i] = load(s, word_type(t, i), offptr(s, p, 8 * i, pos), pos);
    return r;
}

/* Stores x (of type t) at p. */
static void store_val(Builder *s, Type *t, Value *p, Val x, Pos pos)
{
    if (x.n == 0) {
        move(s, type_size(t), p, x.addr, pos);
        return;
    }
    for (int i = 0; i < x.n; i++)
        store(s, word_type(t, i), offptr(s, p, 8 * i, pos), x.w[i], pos);
}

/* Copies a memory-resident value into a fresh slot, so that later
 * writes to the original do not change it. */
static Val copy_val(Builder *s, Val x, Pos pos)
{
    if (x.n != 0)
        return x;
    Value *t = temp_addr(s, x.type, pos);
    move(s, type_size(x.type), t, x.addr, pos);
    x.addr = t;
    return x;
}

static Val zero_val(Builder *s, Type *t, Pos pos)
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

/* --- Symbols --------------------------------------------------------------- */

static Sym *string_sym(Builder *s, const char *data, int64_t len)
{
    /* Numbered per program: the names are assembly symbols. */
    Sym *sym = ssa_sym(SYM_STRING, xprintf("go.string.%d", s->prog->strings.n), NULL);
    sym->data = data;
    sym->len = len;
    vec_push(&s->prog->strings, sym);
    return sym;
}

static Sym *type_sym(Builder *s, Type *t)
{
    if (t->backend)
        return t->backend;
    Sym *sym = ssa_sym(SYM_TYPE, xprintf("type.%s", type_string(t)), t);
    t->backend = sym;
    vec_push(&s->prog->types, sym);
    return sym;
}

static Sym *func_sym(Object *fn)
{
    Sym *sym = ssa_sym(SYM_FUNC, fn->link_name, fn->type);
    return sym;
}

/* --- Calls ------------------------------------------------------------------ */

/* Emits the call itself: args already stored. Returns false if the callee
 * never returns (the current block is then closed as an Exit). */
static bool emit_call(Builder *s, Sym *fn, int64_t argsize, bool noreturn, Pos pos)
{
    Value *call = v1(s, OpStaticCall, type_mem, pos, mem(s));
    call->aux = fn;
    call->aux_int = argsize;
    set_mem(s, call);
    if (noreturn) {
        Block *b = cur(s);
        b->kind = BlockExit;
        ssa_set_control(b, call);
        s->cur = NULL;
        return false;
    }
    return true;
}

/* Calls runtime.<id> with argument words args; fills res with the result
 * words. */
static void rtcall(Builder *s, RtId id, Value **args, Value **res, Type **rtypes, Pos pos)
{
    const RtFunc *rf = &rt_funcs[id];
    Value *sp = v0(s, OpSP, t_ptr(), pos);
    for (int i = 0; i < rf->nargs; i++)
        store(s, args[i]->type, offptr(s, sp, 8 * i, pos), args[i], pos);
    Sym *sym = ssa_sym(SYM_FUNC, xprintf("runtime.%s", rf->name), NULL);
    sym->argsize = 8 * (rf->nargs + rf->nresults);
    sym->noreturn = rf->flags & RT_NORETURN;
    if (!emit_call(s, sym, sym->argsize, sym->noreturn, pos))
        return;
    for (int i = 0; i < rf->nresults; i++)
        res[i] = load(s, rtypes[i], offptr(s, sp, 8 * (rf->nargs + i), pos), pos);
}

/* If cond is false, calls the noreturn runtime function id with args. */
static void check_or_panic(Builder *s, Value *cond, RtId id, Value **args, Pos pos)
{
    Block *b = cur(s);
    b->kind = BlockIf;
    ssa_set_control(b, cond);
    b->likely = 1;
    Block *ok = new_block(s, BlockPlain, pos);
    Block *bad = new_block(s, BlockPlain, pos);
    ssa_add_edge(b, ok);
    ssa_add_edge(b, bad);
    start_block(s, bad, true);
    rtcall(s, id, args, NULL, NULL, pos);
    start_block(s, ok, true);
}

/* --- Expressions ------------------------------------------------------------ */

static Val expr(Builder *s, Expr *e);
static Value *expr1(Builder *s, Expr *e);
static void cond_branch(Builder *s, Expr *e, Block *yes, Block *no);
static Value *addr_of(Builder *s, Expr *e);

static Val one(Value *v, Type *t)
{
    Val r = {.n = 1, .type = t};
    r.w[0] = v;
    return r;
}

static Val const_val(Builder *s, Expr *e)
{
    Type *t = e->type;
    Const *c = e->val;
    Type *u = type_underlying(t);
    Val r = {.type = t, .n = val_words(t)};
    if (u->kind == TYPE_STRING) {
        Value *p;
        if (c->slen == 0) {
            p = const_int(s, t_ptr(), 0, e->pos);
        } else {
            p = v0(s, OpAddr, t_ptr(), e->pos);
            p->aux = string_sym(s, c->s, c->slen);
        }
        r.w[0] = p;
        r.w[1] = const_int(s, t_int(), c->slen, e->pos);
        return r;
    }
    if (u->kind == TYPE_BOOL) {
        r.w[0] = const_int(s, t, c->b, e->pos);
        return r;
    }
    if (type_is_integer(u)) {
        int64_t x = type_is_unsigned(u) ? (int64_t)const_uint64_val(c) : const_int64_val(c);
        r.w[0] = const_int(s, t, x, e->pos);
        return r;
    }
    if (u->kind == TYPE_UNTYPED_NIL || u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER) {
        r.n = 1;
        r.w[0] = const_int(s, t_ptr(), 0, e->pos);
        return r;
    }
    unsupported(e->pos, xprintf("constant of type %s", type_string(t)));
    return zero_val(s, t_int(), e->pos);
}

/* Where a variable lives. A local, parameter or result whose address
 * is taken may outlive its frame (`return &x`), and there is no escape
 * analysis yet, so it lives on the heap: an SSA variable holds the
 * pointer returned by runtime.newobject. */
static bool var_on_heap(Object *obj)
{
    return !obj->u.var.is_global && obj->u.var.addr_taken && obj->ssa_var > 0;
}

static Value *heap_alloc(Builder *s, Type *t, Pos pos)
{
    Value *typ = v0(s, OpAddr, t_ptr(), pos);
    typ->aux = type_sym(s, t);
    Value *res[1] = {0};
    Type *rt[1] = {t_ptr()};
    rtcall(s, RT_newobject, &typ, res, rt, pos);
    return res[0] ? res[0] : const_int(s, t_ptr(), 0, pos);
}

/* Gives obj a fresh heap cell (zeroed) and returns its address. */
static Value *declare_heap(Builder *s, Object *obj, Pos pos)
{
    obj->ssa_var = new_var(s, t_ptr());
    Value *p = heap_alloc(s, obj->type, pos);
    write_var(s, cur(s), obj->ssa_var, p);
    return p;
}

/* Where a variable lives. */
static bool var_in_ssa(Object *obj)
{
    return !obj->u.var.is_global && !obj->u.var.addr_taken && val_words(obj->type) > 0 &&
           obj->ssa_var > 0;
}

/* Address of a memory-resident variable (global, stack slot or argument). */
static Value *var_addr(Builder *s, Object *obj, Pos pos)
{
    if (obj->u.var.is_global) {
        Value *a = v0(s, OpAddr, t_ptr(), pos);
        a->aux = ssa_sym(SYM_GLOBAL, obj->link_name, obj->type);
        return a;
    }
    if (obj->ssa_var < 0) {
        /* A parameter or result that lives in its argument slot: ssa_var
         * holds -(offset+1). */
        Value *a = v0(s, OpArgAddr, t_ptr(), pos);
        a->aux_int = -(int64_t)obj->ssa_var - 1;
        return a;
    }
    if (var_on_heap(obj))
        return read_var(s, cur(s), obj->ssa_var);
    /* A local in a stack slot: the Sym was stored in the var table. */
    Sym *sym = (Sym *)s->vartypes.v[obj->ssa_var]->backend;
    Value *a = v1(s, OpLocalAddr, t_ptr(), pos, mem(s));
    a->aux = sym;
    return a;
}

static Val read_object(Builder *s, Object *obj, Pos pos)
{
    if (var_in_ssa(obj)) {
        Val r = {.type = obj->type, .n = val_words(obj->type)};
        for (int i = 0; i < r.n; i++)
            r.w[i] = read_var(s, cur(s), obj->ssa_var + i);
        return r;
    }
    return load_val(s, obj->type, var_addr(s, obj, pos), pos);
}

static void write_object(Builder *s, Object *obj, Val x, Pos pos)
{
    if (var_in_ssa(obj)) {
        for (int i = 0; i < x.n; i++)
            write_var(s, cur(s), obj->ssa_var + i, x.w[i]);
        return;
    }
    store_val(s, obj->type, var_addr(s, obj, pos), x, pos);
}

/* Declares a local variable: SSA variables, a heap cell (address taken)
 * or a stack slot. The caller then initialises it (a heap cell and a
 * slot need not be: they start zeroed, as newobject returns them or
 * as the caller's explicit zeroing leaves them). */
static void declare_local(Builder *s, Object *obj)
{
    int n = val_words(obj->type);
    if (obj->u.var.addr_taken) {
        declare_heap(s, obj, obj->pos);
        return;
    }
    if (n > 0 && !obj->u.var.addr_taken) {
        obj->ssa_var = new_var(s, word_type(obj->type, 0));
        for (int i = 1; i < n; i++)
            new_var(s, word_type(obj->type, i));
        return;
    }
    /* Stack slot: record it as a pseudo-variable whose type's backend
     * pointer is its Sym (a private Type copy so the Go type is untouched). */
    Type *holder = type_new(TYPE_INVALID);
    holder->backend = ssa_auto(s->f, obj->name, obj->type);
    obj->ssa_var = new_var(s, holder);
}

/* Integer conversion between sizes and signedness. */
static Value *convert_int(Builder *s, Value *x, Type *from, Type *to, Pos pos)
{
    int64_t fs = type_size(from), ts = type_size(to);
    if (fs == ts) {
        if (x->type == to)
            return x;
        Value *c = v1(s, OpCopy, to, pos, x);
        return c;
    }
    if (fs > ts) {
        static const Op trunc[4][4] = {
            /* from 1,2,4,8 to 1,2,4,8 */
            {0, 0, 0, 0},
            {OpTrunc16to8, 0, 0, 0},
            {OpTrunc32to8, OpTrunc32to16, 0, 0},
            {OpTrunc64to8, OpTrunc64to16, OpTrunc64to32, 0},
        };
        return v1(s, trunc[log2_size(fs)][log2_size(ts)], to, pos, x);
    }
    static const Op sext[4][4] = {
        {0, OpSignExt8to16, OpSignExt8to32, OpSignExt8to64},
        {0, 0, OpSignExt16to32, OpSignExt16to64},
        {0, 0, 0, OpSignExt32to64},
        {0, 0, 0, 0},
    };
    static const Op zext[4][4] = {
        {0, OpZeroExt8to16, OpZeroExt8to32, OpZeroExt8to64},
        {0, 0, OpZeroExt16to32, OpZeroExt16to64},
        {0, 0, 0, OpZeroExt32to64},
        {0, 0, 0, 0},
    };
    /* The source's signedness decides the extension. */
    const Op (*tab)[4] = is_signed(from) ? sext : zext;
    return v1(s, tab[log2_size(fs)][log2_size(ts)], to, pos, x);
}

static Value *to_int64(Builder *s, Value *x, Type *from, Pos pos)
{
    return convert_int(s, x, from, is_signed(from) ? types_basic[TYPE_INT64] : types_basic[TYPE_UINT64], pos);
}

/* len of a string/slice value. */
static Value *val_len(Val x) { return x.w[1]; }

static Val string_concat(Builder *s, Val a, Val b, Type *t, Pos pos)
{
    Value *args[4] = {a.w[0], a.w[1], b.w[0], b.w[1]};
    Value *res[2] = {0};
    Type *rt[2] = {t_ptr(), t_int()};
    rtcall(s, RT_concatstring2, args, res, rt, pos);
    Val r = {.type = t, .n = 2};
    r.w[0] = res[0] ? res[0] : const_int(s, t_ptr(), 0, pos);
    r.w[1] = res[1] ? res[1] : const_int(s, t_int(), 0, pos);
    return r;
}

/* String comparison op (==, !=, <, <=, >, >=) as a bool. */
static Value *string_compare(Builder *s, TokenKind op, Val a, Val b, Pos pos)
{
    Value *res[1] = {0};
    Type *rt[1] = {t_int()};
    if (op == TK_EQL || op == TK_NEQ) {
        /* Equal lengths and equal bytes: memequal only when lengths match. */
        Value *leneq = v2(s, OpEq64, t_bool(), pos, a.w[1], b.w[1]);
        int var = new_var(s, t_bool());
        write_var(s, cur(s), var, const_int(s, t_bool(), 0, pos));
        Block *b0 = cur(s);
        b0->kind = BlockIf;
        ssa_set_control(b0, leneq);
        Block *cmp = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
        ssa_add_edge(b0, cmp);
        ssa_add_edge(b0, done);
        start_block(s, cmp, true);
        Value *args[3] = {a.w[0], b.w[0], a.w[1]};
        Type *bt[1] = {t_bool()};
        rtcall(s, RT_memequal, args, res, bt, pos);
        write_var(s, cur(s), var, res[0]);
        jump_to(s, done);
        start_block(s, done, true);
        Value *eq = read_var(s, done, var);
        return op == TK_EQL ? eq : v1(s, OpNot, t_bool(), pos, eq);
    }
    Value *args[4] = {a.w[0], a.w[1], b.w[0], b.w[1]};
    rtcall(s, RT_cmpstring, args, res, rt, pos);
    Value *zero = const_int(s, t_int(), 0, pos);
    switch (op) {
    case TK_LSS: return v2(s, OpLess64, t_bool(), pos, res[0], zero);
    case TK_LEQ: return v2(s, OpLeq64, t_bool(), pos, res[0], zero);
    case TK_GTR: return v2(s, OpLess64, t_bool(), pos, zero, res[0]);
    default: return v2(s, OpLeq64, t_bool(), pos, zero, res[0]);
    }
}

/* Comparison of two single-word values of type t. */
static Value *compare_words(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos)
{
    Type *u = type_underlying(t);
    Type *b = t_bool();
    if (u->kind == TYPE_BOOL) {
        return v2(s, op == TK_EQL ? OpEqB : OpNeqB, b, pos, x, y);
    }
    if (!type_is_integer(u)) { /* pointers, maps, chans, funcs */
        return v2(s, op == TK_EQL ? OpEqPtr : OpNeqPtr, b, pos, x, y);
    }
    bool sg = is_signed(u);
    switch (op) {
    case TK_EQL: return v2(s, sized(OpEq8, u), b, pos, x, y);
    case TK_NEQ: return v2(s, sized(OpNeq8, u), b, pos, x, y);
    case TK_LSS: return v2(s, sized(sg ? OpLess8 : OpLess8U, u), b, pos, x, y);
    case TK_LEQ: return v2(s, sized(sg ? OpLeq8 : OpLeq8U, u), b, pos, x, y);
    case TK_GTR: return v2(s, sized(sg ? OpLess8 : OpLess8U, u), b, pos, y, x);
    default:     return v2(s, sized(sg ? OpLeq8 : OpLeq8U, u), b, pos, y, x);
    }
}

static bool is_nil_expr(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e->kind == EXPR_IDENT && e->u.ident.obj && e->u.ident.obj->kind == OBJ_NIL;
}

/* Whether values of type t are equal exactly when their bytes are: no
 * padding and no indirection (integers, bools, arrays of them). */
static bool memory_comparable(Type *t)
{
    Type *u = type_underlying(t);
    while (u->kind == TYPE_ARRAY)
        u = type_underlying(u->u.array.elem);
    return type_is_integer(u) || u->kind == TYPE_BOOL;
}

/* x == y for two values of comparable type t, as a bool. Arrays are
 * compared with one memequal call when bytewise equality is equality,
 * else element by element (unrolled: array lengths are constants). */
static Value *equal_vals(Builder *s, Val x, Val y, Type *t, Pos pos)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_STRING)
        return string_compare(s, TK_EQL, x, y, pos);
    if (x.n == 1)
        return compare_words(s, TK_EQL, x.w[0], y.w[0], t, pos);
    if (u->kind == TYPE_ARRAY && memory_comparable(t)) {
        Value *res[1] = {0};
        Type *bt[1] = {t_bool()};
        Value *args[3] = {x.addr, y.addr, const_int(s, t_uintptr(), type_size(t), pos)};
        rtcall(s, RT_memequal, args, res, bt, pos);
        return res[0];
    }
    enum { MAX_UNROLLED = 64 };
    if (u->kind == TYPE_ARRAY && x.n == 0 && u->u.array.len <= MAX_UNROLLED) {
        Type *et = u->u.array.elem;
        int64_t esize = type_size(et);
        Value *all = const_int(s, t_bool(), 1, pos);
        for (int64_t i = 0; i < u->u.array.len; i++) {
            Val xe = load_val(s, et, offptr(s, x.addr, i * esize, pos), pos);
            Val ye = load_val(s, et, offptr(s, y.addr, i * esize, pos), pos);
            Value *eq = equal_vals(s, xe, ye, et, pos);
            all = v2(s, OpAnd8, t_bool(), pos, all, eq);
        }
        return all;
    }
    unsupported(pos, xprintf("comparison of %s values", type_string(t)));
    return const_int(s, t_bool(), 0, pos);
}

/* Shift with Go semantics; the count is made an unsigned 64-bit value. */
static Value *shift(Builder *s, TokenKind op, Value *x, Type *t, Value *cnt, Type *ct, Pos pos)
{
    if (is_signed(ct)) {
        Value *c64 = to_int64(s, cnt, ct, pos);
        Value *ok = v2(s, OpLeq64, t_bool(), pos, const_int(s, types_basic[TYPE_INT64], 0, pos), c64);
        check_or_panic(s, ok, RT_panicshift, NULL, pos);
        cnt = c64;
    } else {
        cnt = to_int64(s, cnt, ct, pos);
    }
    Op base = op == TK_SHL ? OpLsh8 : is_signed(t) ? OpRsh8 : OpRsh8u;
    return v2(s, sized(base, t), t, pos, x, cnt);
}

/* Integer arithmetic with Go's checks (division by zero). */
static Value *arith(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos)
{
    bool sg = is_signed(t);
    switch (op) {
    case TK_ADD: return v2(s, sized(OpAdd8, t), t, pos, x, y);
    case TK_SUB: return v2(s, sized(OpSub8, t), t, pos, x, y);
    case TK_MUL: return v2(s, sized(OpMul8, t), t, pos, x, y);
    case TK_AND: return v2(s, sized(OpAnd8, t), t, pos, x, y);
    case TK_OR: return v2(s, sized(OpOr8, t), t, pos, x, y);
    case TK_XOR: return v2(s, sized(OpXor8, t), t, pos, x, y);
    case TK_AND_NOT: {
        Value *ny = v1(s, sized(OpCom8, t), t, pos, y);
        return v2(s, sized(OpAnd8, t), t, pos, x, ny);
    }
    case TK_QUO: case TK_REM: {
        bool known_nonzero = y->op >= OpConst8 && y->op <= OpConst64 && y->aux_int != 0;
        if (!known_nonzero) {
            Value *nz = v2(s, sized(OpNeq8, t), t_bool(), pos, y, const_int(s, t, 0, pos));
            check_or_panic(s, nz, RT_panicdivide, NULL, pos);
        }
        Op base = op == TK_QUO ? (sg ? OpDiv8 : OpDiv8u) : (sg ? OpMod8 : OpMod8u);
        return v2(s, sized(base, t), t, pos, x, y);
    }
    default:
        ice(pos, "arith: op %s", token_text[op]);
    }
}

static Value *binary_words(Builder *s, Expr *e)
{
    TokenKind op = e->u.binary.op;
    Expr *ex = e->u.binary.x, *ey = e->u.binary.y;
    Type *t = e->type;
    if (op == TK_SHL || op == TK_SHR) {
        Value *x = expr1(s, ex);
        Value *c = expr1(s, ey);
        return shift(s, op, x, t, c, ey->type, e->pos);
    }
    if (op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR ||
        op == TK_GEQ) {
        Type *ot = ex->type;
        /* x == y with one side an interface converts the other side
         * first: a conversion the builder cannot make yet. */
        bool xi = type_underlying(ot)->kind == TYPE_INTERFACE;
        bool yi = type_underlying(ey->type)->kind == TYPE_INTERFACE;
        bool xs = type_underlying(ot)->kind == TYPE_SLICE;
        if ((op == TK_EQL || op == TK_NEQ) && (xi || yi || xs) && (is_nil_expr(ex) || is_nil_expr(ey))) {
            /* iface == nil: an interface is nil when its type word is;
             * a slice when its pointer word is. */
            Val v = expr(s, is_nil_expr(ex) ? ey : ex);
            return compare_words(s, op, v.w[0], const_int(s, t_ptr(), 0, e->pos), t_ptr(), e->pos);
        }
        if (xi || yi) {
            unsupported(e->pos, "comparison of interface values");
            return const_int(s, t_bool(), 0, e->pos);
        }
        Val x = expr(s, ex), y = expr(s, ey);
        if (type_is_string(ot))
            return string_compare(s, op, x, y, e->pos);
        if (x.n == 1)
            return compare_words(s, op, x.w[0], y.w[0], ot, e->pos);
        /* Only == and != remain: other types are not ordered. */
        Value *eq = equal_vals(s, x, y, ot, e->pos);
        return op == TK_EQL ? eq : v1(s, OpNot, t_bool(), e->pos, eq);
    }
    Value *x = expr1(s, ex), *y = expr1(s, ey);
    if (!type_is_integer(t)) {
        unsupported(e->pos, xprintf("operator %s on %s", token_text[op], type_string(t)));
        return x;
    }
    return arith(s, op, x, y, t, e->pos);
}

/* a && b, a || b as a value: branches and a phi. */
static Value *logical(Builder *s, Expr *e)
{
    int var = new_var(s, e->type);
    Block *yes = new_block(s, BlockPlain, e->pos), *no = new_block(s, BlockPlain, e->pos);
    Block *done = new_block(s, BlockPlain, e->pos);
    cond_branch(s, e, yes, no);
    start_block(s, yes, true);
    write_var(s, yes, var, const_int(s, e->type, 1, e->pos));
    jump_to(s, done);
    start_block(s, no, true);
    write_var(s, no, var, const_int(s, e->type, 0, e->pos));
    jump_to(s, done);
    start_block(s, done, true);
    return read_var(s, done, var);
}

/* Bounds-checked index i into a sequence of length len. */
static Value *check_index(Builder *s, Expr *ie, Value *len, Pos pos)
{
    Value *i = expr1(s, ie);
    Type *it = ie->type;
    if (ie->mode == MODE_CONST && len->op == OpConst64 && i->aux_int >= 0 && i->aux_int < len->aux_int)
        return to_int64(s, i, it, pos);
    i = convert_int(s, i, it, is_signed(it) ? t_int() : types_basic[TYPE_UINT], pos);
    Value *ok = v2(s, OpIsInBounds, t_bool(), pos, i, len);
    Value *args[2] = {i, len};
    check_or_panic(s, ok, is_signed(it) ? RT_panicIndex : RT_panicIndexU, args, pos);
    return i;
}

static Val index_expr(Builder *s, Expr *e)
{
    Expr *x = e->u.index.x;
    if (e->u.index.indices.n != 1) {
        unsupported(e->pos, "generic instantiation");
        return zero_val(s, t_int(), e->pos);
    }
    Expr *ie = e->u.index.indices.v[0];
    Type *xt = type_underlying(x->type);
    if (xt->kind == TYPE_STRING) {
        Val sv = expr(s, x);
        Value *i = check_index(s, ie, sv.w[1], e->pos);
        Value *p = v2(s, OpAddPtr, t_ptr(), e->pos, sv.w[0], i);
        return one(load(s, e->type, p, e->pos), e->type);
    }
    if (xt->kind == TYPE_ARRAY || (xt->kind == TYPE_POINTER && type_underlying(xt->u.pointer.elem)->kind == TYPE_ARRAY)) {
        Value *p = addr_of(s, e);
        return load_val(s, e->type, p, e->pos);
    }
    unsupported(e->pos, xprintf("indexing %s", type_string(x->type)));
    return zero_val(s, e->type ? e->type : t_int(), e->pos);
}

static Val slice_expr(Builder *s, Expr *e)
{
    Expr *x = e->u.slice.x;
    Type *xt = type_underlying(x->type);
    if (xt->kind != TYPE_STRING || e->u.slice.slice3) {
        unsupported(e->pos, xprintf("slicing %s", type_string(x->type)));
        return zero_val(s, e->type, e->pos);
    }
    Val sv = expr(s, x);
    Value *len = sv.w[1];
    Value *lo = e->u.slice.lo ? to_int64(s, expr1(s, e->u.slice.lo), e->u.slice.lo->type, e->pos)
                              : const_int(s, t_int(), 0, e->pos);
    Value *hi = len;
    if (e->u.slice.hi) {
        hi = to_int64(s, expr1(s, e->u.slice.hi), e->u.slice.hi->type, e->pos);
        Value *ok = v2(s, OpIsSliceInBounds, t_bool(), e->pos, hi, len);
        Value *args[2] = {hi, len};
        check_or_panic(s, ok, RT_panicSliceAlen, args, e->pos);
    }
    if (e->u.slice.lo) {
        Value *ok = v2(s, OpIsSliceInBounds, t_bool(), e->pos, lo, hi);
        Value *args[2] = {lo, hi};
        check_or_panic(s, ok, RT_panicSliceB, args, e->pos);
    }
    Val r = {.type = e->type, .n = 2};
    Value *n = v2(s, OpSub64, t_int(), e->pos, hi, lo);
    /* TODO(gc): when the result is empty this may point one past the
     * end of the string; gc masks the offset to 0 then so that the
     * collector never sees a pointer past an object. Needed with the GC. */
    Value *p = v2(s, OpAddPtr, t_ptr(), e->pos, sv.w[0], lo);
    r.w[0] = p;
    r.w[1] = n;
    return r;
}

/* Address of an addressable expression (variable, array element,
 * dereference). */
static Value *addr_of(Builder *s, Expr *e)
{
    switch (e->kind) {
    case EXPR_PAREN:
        return addr_of(s, e->u.paren.x);
    case EXPR_IDENT: {
        Object *obj = e->u.ident.obj;
        if (obj && obj->kind == OBJ_VAR && !var_in_ssa(obj))
            return var_addr(s, obj, e->pos);
        break;
    }
    case EXPR_INDEX: {
        Expr *x = e->u.index.x;
        Type *xt = type_underlying(x->type);
        Value *base;
        if (xt->kind == TYPE_POINTER) {
            base = expr1(s, x);
            Value *nn = v2(s, OpNeqPtr, t_bool(), e->pos, base, const_int(s, t_ptr(), 0, e->pos));
            check_or_panic(s, nn, RT_panicmem, NULL, e->pos);
            xt = type_underlying(xt->u.pointer.elem);
        } else if (xt->kind == TYPE_ARRAY) {
            base = addr_of(s, x);
            if (!base)
                return NULL;
        } else {
            break;
        }
        Value *len = const_int(s, t_int(), xt->u.array.len, e->pos);
        Value *i = check_index(s, e->u.index.indices.v[0], len, e->pos);
        int64_t esize = type_size(xt->u.array.elem);
        Value *off = esize == 1 ? i : v2(s, OpMul64, t_int(), e->pos, i, const_int(s, t_int(), esize, e->pos));
        return v2(s, OpAddPtr, t_ptr(), e->pos, base, off);
    }
    case EXPR_STAR: {
        Value *p = expr1(s, e->u.star.x);
        Value *nn = v2(s, OpNeqPtr, t_bool(), e->pos, p, const_int(s, t_ptr(), 0, e->pos));
        check_or_panic(s, nn, RT_panicmem, NULL, e->pos);
        return p;
    }
    default:
        break;
    }
    /* A non-addressable array value (a call result, a literal): its
     * memory copy serves as its address. */
    Val v = expr(s, e);
    if (v.n == 0)
        return v.addr;
    unsupported(e->pos, "taking this address");
    return const_int(s, t_ptr(), 0, e->pos);
}

static Val call_expr(Builder *s, Expr *e);

static Val composite_lit(Builder *s, Expr *e)
{
    Type *t = e->type;
    Type *u = type_underlying(t);
    if (u->kind != TYPE_ARRAY) {
        unsupported(e->pos, xprintf("composite literal of type %s", type_string(t)));
        return zero_val(s, t, e->pos);
    }
    Value *a = temp_addr(s, t, e->pos);
    zero(s, type_size(t), a, e->pos);
    Type *et = u->u.array.elem;
    int64_t esize = type_size(et);
    int64_t idx = 0;
    for (int i = 0; i < e->u.composite_lit.elts.n; i++) {
        Expr *el = e->u.composite_lit.elts.v[i];
        if (el->kind == EXPR_KEY_VALUE) {
            idx = const_int64_val(el->u.key_value.key->val);
            el = el->u.key_value.value;
        }
        if (el->kind == EXPR_COMPOSITE_LIT && !el->type)
            el->type = et; /* elided type: the checker should have set it */
        Val v = expr(s, el);
        store_val(s, et, offptr(s, a, idx * esize, el->pos), v, el->pos);
        idx++;
    }
    Val r = {.type = t, .n = 0, .addr = a};
    return r;
}

static Val conversion(Builder *s, Expr *e)
{
    Type *to = e->type;
    Expr *arg = e->u.call.args.v[0];
    Type *from = arg->type;
    Type *tu = type_underlying(to), *fu = type_underlying(from);
    if (type_is_integer(tu) && type_is_integer(fu)) {
        Value *x = expr1(s, arg);
        return one(convert_int(s, x, fu, tu == to ? to : to, e->pos), to);
    }
    if (tu->kind == TYPE_STRING && type_is_integer(fu)) {
        /* The runtime maps anything outside the rune range to U+FFFD;
         * a huge uint64 arrives as a negative int64, also outside. */
        Value *x = to_int64(s, expr1(s, arg), fu, e->pos);
        Value *res[2] = {0};
        Type *rt[2] = {t_ptr(), t_int()};
        rtcall(s, RT_intstring, &x, res, rt, e->pos);
        Val r = {.type = to, .n = 2};
        r.w[0] = res[0];
        r.w[1] = res[1];
        return r;
    }
    if (type_identical(tu, fu) || (tu->kind == TYPE_STRING && fu->kind == TYPE_STRING)) {
        Val v = expr(s, arg);
        v.type = to;
        return v;
    }
    unsupported(e->pos, xprintf("conversion from %s to %s", type_string(from), type_string(to)));
    return zero_val(s, to, e->pos);
}

typedef struct CallResult {
    Val *vals;
    int n;
} CallResult;

static CallResult go_call(Builder *s, Expr *e);

/* print/println: gc's printlock, print per argument, printunlock. */
static void print_call(Builder *s, Expr *e, bool ln)
{
    rtcall(s, RT_printlock, NULL, NULL, NULL, e->pos);
    ExprList *args = &e->u.call.args;
    /* Evaluate every argument before printing anything, as gc does;
     * println(f()) prints each of f's results. */
    int n = args->n;
    Val *vals;
    if (n == 1 && args->v[0]->type && args->v[0]->type->kind == TYPE_TUPLE) {
        CallResult cr = go_call(s, args->v[0]);
        n = cr.n;
        vals = cr.vals;
    } else {
        vals = NEWARRAY(Val, n + 1);
        for (int i = 0; i < n; i++)
            vals[i] = expr(s, args->v[i]);
    }
    for (int i = 0; i < n; i++) {
        if (ln && i > 0)
            rtcall(s, RT_printsp, NULL, NULL, NULL, e->pos);
        Val v = vals[i];
        Type *t = v.type;
        Type *u = type_underlying(t);
        Pos pos = args->n == n ? args->v[i]->pos : e->pos;
        if (u->kind == TYPE_STRING) {
            rtcall(s, RT_printstring, v.w, NULL, NULL, pos);
        } else if (u->kind == TYPE_BOOL) {
            Value *w = v1(s, OpZeroExt8to64, types_basic[TYPE_UINT64], pos, v.w[0]);
            rtcall(s, RT_printbool, &w, NULL, NULL, pos);
        } else if (type_is_integer(u)) {
            Value *w = to_int64(s, v.w[0], u, pos);
            bool sg = is_signed(u);
            rtcall(s, sg ? RT_printint : RT_printuint, &w, NULL, NULL, pos);
        } else if (u->kind == TYPE_SLICE) {
            rtcall(s, RT_printslice, v.w, NULL, NULL, pos);
        } else if (v.n == 1) {
            rtcall(s, RT_printpointer, v.w, NULL, NULL, pos);
        } else {
            unsupported(pos, xprintf("printing %s", type_string(t)));
        }
    }
    if (ln)
        rtcall(s, RT_printnl, NULL, NULL, NULL, e->pos);
    rtcall(s, RT_printunlock, NULL, NULL, NULL, e->pos);
}

static void panic_call(Builder *s, Expr *e)
{
    Expr *arg = e->u.call.args.v[0];
    Type *t = arg->type;
    Type *u = type_underlying(t);
    if (u->kind == TYPE_INTERFACE || u->kind == TYPE_UNTYPED_NIL) {
        unsupported(e->pos, "panic with an interface value");
        return;
    }
    Val v = expr(s, arg);
    Value *data = temp_addr(s, t, e->pos);
    store_val(s, t, data, v, e->pos);
    Value *typ = v0(s, OpAddr, t_ptr(), e->pos);
    typ->aux = type_sym(s, t);
    Value *args[2] = {typ, data};
    rtcall(s, RT_gopanic, args, NULL, NULL, e->pos);
}

static Val builtin_call(Builder *s, Expr *e, BuiltinId id)
{
    Val none = {.n = 0, .type = NULL};
    switch (id) {
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN:
        print_call(s, e, id == BUILTIN_PRINTLN);
        return none;
    case BUILTIN_PANIC:
        panic_call(s, e);
        return none;
    case BUILTIN_LEN: {
        Expr *arg = e->u.call.args.v[0];
        Type *u = type_underlying(arg->type);
        if (u->kind == TYPE_STRING || u->kind == TYPE_SLICE) {
            Val v = expr(s, arg);
            return one(val_len(v), e->type);
        }
        break;
    }
    default:
        break;
    }
    unsupported(e->pos, xprintf("builtin %s", builtin_name(id)));
    return zero_val(s, e->type ? e->type : t_int(), e->pos);
}

/* The function object a call expression names, or NULL. */
static Object *callee(Expr *fun)
{
    while (fun->kind == EXPR_PAREN)
        fun = fun->u.paren.x;
    if (fun->kind == EXPR_IDENT && fun->u.ident.obj && fun->u.ident.obj->kind == OBJ_FUNC)
        return fun->u.ident.obj;
    return NULL;
}

/* Calls a Go function: evaluates the arguments, stores them, calls, and
 * returns the results (copied out of the argument area). */
static CallResult go_call(Builder *s, Expr *e)
{
    CallResult cr = {0};
    Object *fn = callee(e->u.call.fun);
    if (!fn || !fn->u.func.decl || fn->u.func.is_method) {
        unsupported(e->pos, "calls of function values, methods or closures");
        return cr;
    }
    Type *sig = fn->type;
    ObjectList *params = &sig->u.func.params->u.tuple.vars;
    ObjectList *results = &sig->u.func.results->u.tuple.vars;
    if (sig->u.func.variadic) {
        unsupported(e->pos, "variadic calls");
        return cr;
    }
    /* Arguments: a single multi-value call f(g()) spreads g's results. */
    VEC(Val) args = {0};
    if (e->u.call.args.n == 1 && params->n > 1) {
        CallResult inner = go_call(s, e->u.call.args.v[0]);
        for (int i = 0; i < inner.n; i++)
            vec_push(&args, inner.vals[i]);
    } else {
        for (int i = 0; i < e->u.call.args.n; i++) {
            Val v = expr(s, e->u.call.args.v[i]);
            vec_push(&args, copy_val(s, v, e->pos));
        }
    }
    if (!s->cur && args.n < params->n)
        return cr;
    Value *sp = v0(s, OpSP, t_ptr(), e->pos);
    int64_t off = 0;
    for (int i = 0; i < params->n && i < args.n; i++) {
        Type *pt = params->v[i]->type;
        store_val(s, pt, offptr(s, sp, off, e->pos), args.v[i], e->pos);
        off += arg_size(pt);
    }
    int64_t resoff = off;
    for (int i = 0; i < results->n; i++)
        off += arg_size(results->v[i]->type);
    Sym *sym = func_sym(fn);
    sym->argsize = off;
    emit_call(s, sym, off, false, e->pos);
    cr.n = results->n;
    cr.vals = NEWARRAY(Val, cr.n + 1);
    for (int i = 0; i < results->n; i++) {
        Type *rt = results->v[i]->type;
        Val v = load_val(s, rt, offptr(s, sp, resoff, e->pos), e->pos);
        cr.vals[i] = copy_val(s, v, e->pos);
        resoff += arg_size(rt);
    }
    return cr;
}

static Val call_expr(Builder *s, Expr *e)
{
    Expr *fun = e->u.call.fun;
    if (fun->mode == MODE_TYPE)
        return conversion(s, e);
    Expr *f = fun;
    while (f->kind == EXPR_PAREN)
        f = f->u.paren.x;
    if (fun->mode == MODE_BUILTIN && f->kind == EXPR_IDENT && f->u.ident.obj)
        return builtin_call(s, e, f->u.ident.obj->u.builtin.id);
    CallResult cr = go_call(s, e);
    if (cr.n >= 1)
        return cr.vals[0];
    Val none = {.n = 0, .type = NULL};
    return none;
}

/* A Val that names its value: every word set, or an address. */
static bool val_ok(Val v)
{
    if (v.n == 0)
        return v.addr != NULL;
    for (int i = 0; i < v.n; i++)
        if (!v.w[i])
            return false;
    return true;
}

static Val expr_raw(Builder *s, Expr *e);

/* Lowers the value of e. After a "not supported yet" error deeper in e
 * the result may be incomplete; it is then replaced by a zero value of
 * e's type, so that lowering can go on and report the function's other
 * unsupported constructs without ever building malformed SSA. */
static Val expr(Builder *s, Expr *e)
{
    Type *t = e->type;
    if (t && (type_is_float(t) || type_is_complex(t))) {
        unsupported(e->pos, "floating-point and complex values");
        return zero_val(s, t, e->pos);
    }
    Val r = expr_raw(s, e);
    if (!val_ok(r) && error_count() > 0 && t && t->kind != TYPE_TUPLE && t->kind != TYPE_INVALID)
        return zero_val(s, t, e->pos);
    return r;
}

static Val expr_raw(Builder *s, Expr *e)
{
    if (e->mode == MODE_CONST && e->val)
        return const_val(s, e);
    switch (e->kind) {
    case EXPR_PAREN:
        return expr(s, e->u.paren.x);
    case EXPR_IDENT: {
        Object *obj = e->u.ident.obj;
        if (obj && obj->kind == OBJ_VAR)
            return read_object(s, obj, e->pos);
        if (obj && obj->kind == OBJ_NIL)
            return one(const_int(s, t_ptr(), 0, e->pos), e->type);
        unsupported(e->pos, xprintf("use of %s as a value", e->u.ident.name));
        return zero_val(s, e->type ? e->type : t_int(), e->pos);
    }
    case EXPR_BINARY:
        if (e->u.binary.op == TK_LAND || e->u.binary.op == TK_LOR)
            return one(logical(s, e), e->type);
        if (e->u.binary.op == TK_ADD && type_is_string(e->type)) {
            Val x = expr(s, e->u.binary.x), y = expr(s, e->u.binary.y);
            return string_concat(s, x, y, e->type, e->pos);
        }
        return one(binary_words(s, e), e->type);
    case EXPR_UNARY: {
        Type *t = e->type;
        switch (e->u.unary.op) {
        case TK_ADD:
            return expr(s, e->u.unary.x);
        case TK_SUB:
            return one(v1(s, sized(OpNeg8, t), t, e->pos, expr1(s, e->u.unary.x)), t);
        case TK_XOR:
            return one(v1(s, sized(OpCom8, t), t, e->pos, expr1(s, e->u.unary.x)), t);
        case TK_NOT:
            return one(v1(s, OpNot, t, e->pos, expr1(s, e->u.unary.x)), t);
        case TK_AND:
            return one(addr_of(s, e->u.unary.x), t);
        default:
            break;
        }
        break;
    }
    case EXPR_STAR:
        return load_val(s, e->type, addr_of(s, e), e->pos);
    case EXPR_INDEX:
        return index_expr(s, e);
    case EXPR_SLICE:
        return slice_expr(s, e);
    case EXPR_CALL:
        return call_expr(s, e);
    case EXPR_COMPOSITE_LIT:
        return composite_lit(s, e);
    default:
        break;
    }
    unsupported(e->pos, expr_kind_name(e));
    return zero_val(s, e->type ? e->type : t_int(), e->pos);
}

/* A single-word expression. */
static Value *expr1(Builder *s, Expr *e)
{
    Val v = expr(s, e);
    if (v.n != 1) {
        if (v.n == 0 && !v.addr)
            return const_int(s, t_int(), 0, e->pos);
        ice(e->pos, "expected a single-word value, have %d words", v.n);
    }
    return v.w[0];
}

/* Branches to yes or no on a boolean expression, short-circuiting. */
static void cond_branch(Builder *s, Expr *e, Block *yes, Block *no)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    if (e->kind == EXPR_BINARY && (e->u.binary.op == TK_LAND || e->u.binary.op == TK_LOR)) {
        Block *mid = new_block(s, BlockPlain, e->pos);
        if (e->u.binary.op == TK_LAND)
            cond_branch(s, e->u.binary.x, mid, no);
        else
            cond_branch(s, e->u.binary.x, yes, mid);
        start_block(s, mid, true);
        cond_branch(s, e->u.binary.y, yes, no);
        return;
    }
    if (e->kind == EXPR_UNARY && e->u.unary.op == TK_NOT) {
        cond_branch(s, e->u.unary.x, no, yes);
        return;
    }
    Value *c = expr1(s, e);
    Block *b = cur(s);
    b->kind = BlockIf;
    b->pos = e->pos;
    ssa_set_control(b, c);
    ssa_add_edge(b, yes);
    ssa_add_edge(b, no);
    s->cur = NULL;
}

/* --- Statements ------------------------------------------------------------ */

static void stmt(Builder *s, Stmt *st);

static void stmts(Builder *s, StmtList *l)
{
    for (int i = 0; i < l->n; i++)
        stmt(s, l->v[i]);
}

static bool is_blank(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e->kind == EXPR_IDENT && strcmp(e->u.ident.name, "_") == 0;
}

/* An assignable place, evaluated before the right-hand sides (spec:
 * index expressions and pointer indirections on the left are evaluated
 * first, in order). */
typedef struct Place {
    Object *obj;     /* SSA-resident variable, or NULL */
    Value *addr;     /* memory place */
    Type *type;
    bool blank;
} Place;

static Place place(Builder *s, Expr *e)
{
    Place p = {0};
    if (is_blank(e)) {
        p.blank = true;
        return p;
    }
    p.type = e->type;
    Expr *x = e;
    while (x->kind == EXPR_PAREN)
        x = x->u.paren.x;
    if (x->kind == EXPR_IDENT && x->u.ident.obj && x->u.ident.obj->kind == OBJ_VAR &&
        var_in_ssa(x->u.ident.obj)) {
        p.obj = x->u.ident.obj;
        return p;
    }
    p.addr = addr_of(s, x);
    return p;
}

static void assign_place(Builder *s, Place p, Val v, Pos pos)
{
    if (p.blank)
        return;
    if (p.obj) {
        write_object(s, p.obj, v, pos);
        return;
    }
    store_val(s, p.type, p.addr, v, pos);
}

static void define_or_assign(Builder *s, Stmt *st)
{
    ExprList *lhs = &st->u.assign.lhs, *rhs = &st->u.assign.rhs;
    bool define = st->u.assign.tok == TK_DEFINE;
    if (define) {
        for (int i = 0; i < lhs->n; i++) {
            Expr *l = lhs->v[i];
            Object *obj = l->u.ident.obj;
            /* := redeclares only the new names; old ones were declared before. */
            if (obj && obj->kind == OBJ_VAR && obj->ssa_var == 0 && !obj->u.var.is_global)
                declare_local(s, obj);
        }
    }
    Place *places = NEWARRAY(Place, lhs->n + 1);
    for (int i = 0; i < lhs->n; i++)
        places[i] = place(s, lhs->v[i]);
    Val *vals = NEWARRAY(Val, lhs->n + 1);
    if (rhs->n == 1 && lhs->n > 1) {
        Expr *r = rhs->v[0];
        while (r->kind == EXPR_PAREN)
            r = r->u.paren.x;
        if (r->kind != EXPR_CALL) {
            unsupported(st->pos, "comma-ok assignments");
            return;
        }
        CallResult cr = go_call(s, r);
        if (cr.n != lhs->n)
            return;
        for (int i = 0; i < lhs->n; i++)
            vals[i] = cr.vals[i];
    } else {
        for (int i = 0; i < rhs->n; i++) {
            vals[i] = expr(s, rhs->v[i]);
            if (rhs->n > 1)
                vals[i] = copy_val(s, vals[i], st->pos);
        }
    }
    for (int i = 0; i < lhs->n; i++)
        assign_place(s, places[i], vals[i], st->pos);
}

static TokenKind assign_op_base(TokenKind op)
{
    switch (op) {
    case TK_ADD_ASSIGN: return TK_ADD;
    case TK_SUB_ASSIGN: return TK_SUB;
    case TK_MUL_ASSIGN: return TK_MUL;
    case TK_QUO_ASSIGN: return TK_QUO;
    case TK_REM_ASSIGN: return TK_REM;
    case TK_AND_ASSIGN: return TK_AND;
    case TK_OR_ASSIGN: return TK_OR;
    case TK_XOR_ASSIGN: return TK_XOR;
    case TK_SHL_ASSIGN: return TK_SHL;
    case TK_SHR_ASSIGN: return TK_SHR;
    case TK_AND_NOT_ASSIGN: return TK_AND_NOT;
    case TK_INC: return TK_ADD;
    case TK_DEC: return TK_SUB;
    default: return TK_ILLEGAL;
    }
}

/* x op= y (and x++ / x-- with y == NULL). */
static void op_assign(Builder *s, Expr *lhs, TokenKind op, Expr *rhs, Pos pos)
{
    Place p = place(s, lhs);
    Type *t = lhs->type;
    Val cur_v;
    if (p.obj)
        cur_v = read_object(s, p.obj, pos);
    else
        cur_v = load_val(s, t, p.addr, pos);
    Val r;
    if (type_is_string(t)) {
        Val y = expr(s, rhs);
        r = string_concat(s, cur_v, y, t, pos);
    } else if (!type_is_integer(t)) {
        unsupported(pos, xprintf("%s on %s", token_text[op], type_string(t)));
        return;
    } else if (op == TK_SHL || op == TK_SHR) {
        Value *c = expr1(s, rhs);
        r = one(shift(s, op, cur_v.w[0], t, c, rhs->type, pos), t);
    } else {
        Value *y = rhs ? expr1(s, rhs) : const_int(s, t, 1, pos);
        r = one(arith(s, op, cur_v.w[0], y, t, pos), t);
    }
    assign_place(s, p, r, pos);
}

static void var_decl(Builder *s, Decl *d)
{
    ExprList *names = &d->u.value.names, *values = &d->u.value.values;
    for (int i = 0; i < names->n; i++) {
        Object *obj = names->v[i]->u.ident.obj;
        if (obj && obj->kind == OBJ_VAR && !obj->u.var.is_global)
            declare_local(s, obj);
    }
    if (values->n == 0) {
        for (int i = 0; i < names->n; i++) {
            Object *obj = names->v[i]->u.ident.obj;
            if (obj && obj->kind == OBJ_VAR && named(obj))
                write_object(s, obj, zero_val(s, obj->type, d->pos), d->pos);
        }
        return;
    }
    Stmt fake = {.kind = STMT_ASSIGN, .pos = d->pos};
    fake.u.assign.lhs = *names;
    fake.u.assign.rhs = *values;
    fake.u.assign.tok = TK_ASSIGN;
    define_or_assign(s, &fake);
}

static Block *label_block(Builder *s, const char *name, Pos pos)
{
    for (int i = 0; i < s->labels.n; i++)
        if (s->labels.v[i].name == name)
            return s->labels.v[i].b;
    LabelBlock lb = {name, new_block(s, BlockPlain, pos)};
    vec_push(&s->labels, lb);
    return lb.b;
}

static void return_stmt(Builder *s, Stmt *st)
{
    ExprList *res = &st->u.return_stmt.results;
    int n = s->results.n;
    if (res->n > 0) {
        Val *vals = NEWARRAY(Val, n + 1);
        if (res->n == 1 && n > 1) {
            Expr *r = res->v[0];
            while (r->kind == EXPR_PAREN)
                r = r->u.paren.x;
            CallResult cr = go_call(s, r);
            for (int i = 0; i < n; i++) /* cr.n < n only after an error */
                vals[i] = i < cr.n ? cr.vals[i]
                                   : zero_val(s, s->result_tuple->u.tuple.vars.v[i]->type, st->pos);
        } else {
            for (int i = 0; i < n; i++)
                vals[i] = copy_val(s, expr(s, res->v[i]), st->pos);
        }
        /* Named results are variables: assign them (a deferred function
         * could observe them later); unnamed ones go straight to memory. */
        for (int i = 0; i < n; i++) {
            Object *r = s->results.v[i];
            if (r)
                write_object(s, r, vals[i], st->pos);
            else {
                Value *a = v0(s, OpArgAddr, t_ptr(), st->pos);
                a->aux_int = s->result_off.v[i];
                Type *rt = s->result_tuple->u.tuple.vars.v[i]->type;
                store_val(s, rt, a, vals[i], st->pos);
            }
        }
    }
    /* Copy named results kept in SSA or on the heap to their slots. */
    for (int i = 0; i < n; i++) {
        Object *r = s->results.v[i];
        if (r && (var_in_ssa(r) || var_on_heap(r))) {
            Value *a = v0(s, OpArgAddr, t_ptr(), st->pos);
            a->aux_int = s->result_off.v[i];
            store_val(s, r->type, a, read_object(s, r, st->pos), st->pos);
        }
    }
    Block *b = cur(s);
    b->kind = BlockRet;
    b->pos = st->pos;
    ssa_set_control(b, mem(s));
    s->cur = NULL;
}

static void if_stmt(Builder *s, Stmt *st)
{
    if (st->u.if_stmt.init)
        stmt(s, st->u.if_stmt.init);
    Block *then = new_block(s, BlockPlain, st->pos);
    Block *done = new_block(s, BlockPlain, st->pos);
    Block *els = st->u.if_stmt.else_ ? new_block(s, BlockPlain, st->pos) : done;
    cond_branch(s, st->u.if_stmt.cond, then, els);
    start_block(s, then, true);
    stmt(s, st->u.if_stmt.then);
    jump_to(s, done);
    if (st->u.if_stmt.else_) {
        start_block(s, els, true);
        stmt(s, st->u.if_stmt.else_);
        jump_to(s, done);
    }
    start_block(s, done, true);
}

static void push_target(Builder *s, Target *t, Stmt *st, Block *brk, Block *cont)
{
    t->stmt = st;
    t->label = s->pending_label;
    s->pending_label = NULL;
    t->brk = brk;
    t->cont = cont;
    t->outer = s->targets;
    s->targets = t;
}

static void for_stmt(Builder *s, Stmt *st)
{
    if (st->u.for_stmt.init)
        stmt(s, st->u.for_stmt.init);
    Block *header = new_block(s, BlockPlain, st->pos);
    Block *body = new_block(s, BlockPlain, st->pos);
    Block *post = new_block(s, BlockPlain, st->pos);
    Block *done = new_block(s, BlockPlain, st->pos);
    jump_to(s, header);
    start_block(s, header, false);
    if (st->u.for_stmt.cond)
        cond_branch(s, st->u.for_stmt.cond, body, done);
    else
        jump_to(s, body);
    Target t;
    push_target(s, &t, st, done, post);
    start_block(s, body, true);
    stmt(s, st->u.for_stmt.body);
    jump_to(s, post);
    s->targets = t.outer;
    start_block(s, post, true);
    if (st->u.for_stmt.post)
        stmt(s, st->u.for_stmt.post);
    jump_to(s, header);
    seal(s, header);
    start_block(s, done, true);
}

/* Assigns the range key/value: defines new variables for :=. */
static void range_assign(Builder *s, Stmt *st, Expr *e, Val v)
{
    if (!e || is_blank(e))
        return;
    if (st->u.range.tok == TK_DEFINE) {
        Object *obj = e->u.ident.obj;
        if (obj && obj->ssa_var == 0)
            declare_local(s, obj);
        write_object(s, obj, v, st->pos);
        return;
    }
    Place p = place(s, e);
    assign_place(s, p, v, st->pos);
}

static void range_stmt(Builder *s, Stmt *st)
{
    Expr *x = st->u.range.x;
    Type *xt = type_underlying(x->type);
    Pos pos = st->pos;
    bool is_string = xt->kind == TYPE_STRING;
    bool is_array = xt->kind == TYPE_ARRAY ||
                    (xt->kind == TYPE_POINTER && type_underlying(xt->u.pointer.elem)->kind == TYPE_ARRAY);
    if (!is_string && !is_array) {
        unsupported(pos, xprintf("range over %s", type_string(x->type)));
        return;
    }
    /* The range expression is evaluated once; an array is copied if
     * its elements are used (spec: the range expression is a copy). */
    Val xv = {0};
    Value *len;
    Type *at = xt;
    if (is_string) {
        xv = expr(s, x);
        len = xv.w[1];
    } else {
        if (xt->kind == TYPE_POINTER) {
            at = type_underlying(xt->u.pointer.elem);
            xv.addr = expr1(s, x);
        } else if (st->u.range.value && !is_blank(st->u.range.value)) {
            xv = copy_val(s, expr(s, x), pos);
        } else if (x->kind != EXPR_IDENT) {
            xv = expr(s, x); /* for its side effects only */
        }
        len = const_int(s, t_int(), at->u.array.len, pos);
    }
    int ivar = new_var(s, t_int());
    write_var(s, cur(s), ivar, const_int(s, t_int(), 0, pos));
    Block *header = new_block(s, BlockPlain, pos), *body = new_block(s, BlockPlain, pos);
    Block *post = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    jump_to(s, header);
    start_block(s, header, false);
    Value *i = read_var(s, header, ivar);
    Value *more = v2(s, OpLess64, t_bool(), pos, i, len);
    header->kind = BlockIf;
    ssa_set_control(header, more);
    header->likely = 1;
    ssa_add_edge(header, body);
    ssa_add_edge(header, done);
    s->cur = NULL;
    start_block(s, body, true);
    i = read_var(s, body, ivar);
    int nextvar = new_var(s, t_int());
    if (is_string) {
        /* Decode one rune: ASCII inline, the rest in the runtime. */
        int rvar = new_var(s, types_basic[TYPE_INT32]);
        Value *p = v2(s, OpAddPtr, t_ptr(), pos, xv.w[0], i);
        Value *c = load(s, types_basic[TYPE_UINT8], p, pos);
        Value *ascii = v2(s, OpLess8U, t_bool(), pos, c, const_int(s, types_basic[TYPE_UINT8], 0x80, pos));
        Block *b0 = cur(s);
        b0->kind = BlockIf;
        ssa_set_control(b0, ascii);
        b0->likely = 1;
        Block *fast = new_block(s, BlockPlain, pos), *slow = new_block(s, BlockPlain, pos);
        Block *join = new_block(s, BlockPlain, pos);
        ssa_add_edge(b0, fast);
        ssa_add_edge(b0, slow);
        s->cur = NULL;
        start_block(s, fast, true);
        write_var(s, fast, rvar, v1(s, OpZeroExt8to32, types_basic[TYPE_INT32], pos, c));
        write_var(s, fast, nextvar, v2(s, OpAdd64, t_int(), pos, i, const_int(s, t_int(), 1, pos)));
        jump_to(s, join);
        start_block(s, slow, true);
        Value *args[3] = {xv.w[0], xv.w[1], i};
        Value *res[2] = {0};
        Type *rt[2] = {types_basic[TYPE_INT32], t_int()};
        /* decoderune returns (rune, next index); its result words are
         * 8 bytes each, the rune in the low half. */
        rtcall(s, RT_decoderune, args, res, rt, pos);
        write_var(s, cur(s), rvar, res[0]);
        write_var(s, cur(s), nextvar, res[1]);
        jump_to(s, join);
        start_block(s, join, true);
        range_assign(s, st, st->u.range.key, one(i, t_int()));
        if (st->u.range.value)
            range_assign(s, st, st->u.range.value, one(read_var(s, join, rvar), type_rune));
    } else {
        write_var(s, cur(s), nextvar, v2(s, OpAdd64, t_int(), pos, i, const_int(s, t_int(), 1, pos)));
        range_assign(s, st, st->u.range.key, one(i, t_int()));
        if (st->u.range.value && !is_blank(st->u.range.value)) {
            Type *et = at->u.array.elem;
            Value *off = v2(s, OpMul64, t_int(), pos, i, const_int(s, t_int(), type_size(et), pos));
            Value *p = v2(s, OpAddPtr, t_ptr(), pos, xv.addr, off);
            range_assign(s, st, st->u.range.value, copy_val(s, load_val(s, et, p, pos), pos));
        }
    }
    Target t;
    push_target(s, &t, st, done, post);
    stmt(s, st->u.range.body);
    jump_to(s, post);
    s->targets = t.outer;
    start_block(s, post, true);
    /* post reads nextvar, defined on every path into the body's end. */
    write_var(s, post, ivar, read_var(s, post, nextvar));
    jump_to(s, header);
    seal(s, header);
    start_block(s, done, true);
}

static void switch_stmt(Builder *s, Stmt *st)
{
    if (st->u.switch_stmt.init)
        stmt(s, st->u.switch_stmt.init);
    Expr *tag = st->u.switch_stmt.tag;
    Val tagv = {0};
    if (tag)
        tagv = copy_val(s, expr(s, tag), st->pos);
    StmtList *clauses = &st->u.switch_stmt.body->u.block.list;
    int n = clauses->n;
    Block **bodies = NEWARRAY(Block *, n + 1);
    for (int i = 0; i < n; i++)
        bodies[i] = new_block(s, BlockPlain, clauses->v[i]->pos);
    Block *done = new_block(s, BlockPlain, st->pos);
    Block *deflt = done;
    /* Tests in source order; default last. */
    for (int i = 0; i < n; i++) {
        Stmt *cc = clauses->v[i];
        if (cc->u.case_clause.is_default || cc->u.case_clause.list.n == 0) {
            deflt = bodies[i];
            continue;
        }
        for (int j = 0; j < cc->u.case_clause.list.n; j++) {
            Expr *ce = cc->u.case_clause.list.v[j];
            Block *next = new_block(s, BlockPlain, ce->pos);
            if (!tag) {
                cond_branch(s, ce, bodies[i], next);
            } else {
                Val cv = expr(s, ce);
                Value *eq = equal_vals(s, tagv, cv, tag->type, ce->pos);
                Block *b = cur(s);
                b->kind = BlockIf;
                ssa_set_control(b, eq);
                ssa_add_edge(b, bodies[i]);
                ssa_add_edge(b, next);
                s->cur = NULL;
            }
            start_block(s, next, true);
        }
    }
    jump_to(s, deflt);
    Target t;
    push_target(s, &t, st, done, NULL);
    Block *saved_ft = s->fallthrough_to;
    for (int i = 0; i < n; i++) {
        /* A body is entered from its tests and from the previous body's
         * fallthrough, which is emitted before it: all preds are known. */
        start_block(s, bodies[i], true);
        s->fallthrough_to = i + 1 < n ? bodies[i + 1] : NULL;
        stmts(s, &clauses->v[i]->u.case_clause.body);
        jump_to(s, done);
    }
    s->fallthrough_to = saved_ft;
    s->targets = t.outer;
    start_block(s, done, true);
}

static void branch_stmt(Builder *s, Stmt *st)
{
    TokenKind tok = st->u.branch.tok;
    if (tok == TK_GOTO) {
        jump_to(s, label_block(s, st->u.branch.label->u.ident.name, st->pos));
        return;
    }
    if (tok == TK_FALLTHROUGH) {
        if (s->fallthrough_to)
            jump_to(s, s->fallthrough_to);
        return;
    }
    Stmt *target = st->u.branch.target;
    for (Target *t = s->targets; t; t = t->outer) {
        if (target ? (t->stmt != target && t->label != target)
                   : (tok == TK_CONTINUE && !t->cont))
            continue;
        jump_to(s, tok == TK_BREAK ? t->brk : t->cont);
        return;
    }
    ice(st->pos, "%s without a target", token_text[tok]);
}

static void stmt(Builder *s, Stmt *st)
{
    switch (st->kind) {
    case STMT_EMPTY:
        return;
    case STMT_BLOCK:
        stmts(s, &st->u.block.list);
        return;
    case STMT_EXPR:
        expr(s, st->u.expr.x);
        return;
    case STMT_DECL:
        if (st->u.decl.decl->kind == DECL_VAR)
            var_decl(s, st->u.decl.decl);
        return;
    case STMT_ASSIGN: {
        TokenKind tok = st->u.assign.tok;
        if (tok == TK_ASSIGN || tok == TK_DEFINE)
            define_or_assign(s, st);
        else
            op_assign(s, st->u.assign.lhs.v[0], assign_op_base(tok), st->u.assign.rhs.v[0], st->pos);
        return;
    }
    case STMT_INCDEC:
        op_assign(s, st->u.incdec.x, assign_op_base(st->u.incdec.tok), NULL, st->pos);
        return;
    case STMT_RETURN:
        return_stmt(s, st);
        return;
    case STMT_IF:
        if_stmt(s, st);
        return;
    case STMT_FOR:
        for_stmt(s, st);
        return;
    case STMT_RANGE:
        range_stmt(s, st);
        return;
    case STMT_SWITCH:
        switch_stmt(s, st);
        return;
    case STMT_BRANCH:
        branch_stmt(s, st);
        return;
    case STMT_LABELED: {
        Block *b = label_block(s, st->u.labeled.label->u.ident.name, st->pos);
        jump_to(s, b);
        start_block(s, b, false);
        s->pending_label = st;
        stmt(s, st->u.labeled.stmt);
        s->pending_label = NULL;
        return;
    }
    default:
        unsupported(st->pos, stmt_kind_name(st));
        return;
    }
}

/* --- Functions ------------------------------------------------------------- */

static Builder *new_builder(Program *prog, Package *pkg, const char *name, const char *goname, Pos pos)
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
static void finish(Builder *s, Pos end)
{
    if (s->cur) {
        Stmt ret = {.kind = STMT_RETURN, .pos = end};
        return_stmt(s, &ret);
    }
    for (int i = 0; i < s->f->blocks.n; i++)
        seal(s, s->f->blocks.v[i]);
    vec_push(&s->prog->funcs, s->f);
}

/* Binds parameters and results to variables. */
static void bind_params(Builder *s, Type *sig, Pos pos)
{
    ObjectList *params = &sig->u.func.params->u.tuple.vars;
    ObjectList *results = &sig->u.func.results->u.tuple.vars;
    int64_t off = 0;
    for (int i = 0; i < params->n; i++) {
        Object *p = params->v[i];
        int n = val_words(p->type);
        if (n > 0 && !p->u.var.addr_taken && named(p)) {
            declare_local(s, p);
            for (int w = 0; w < n; w++) {
                Value *a = v0(s, OpArg, word_type(p->type, w), pos);
                a->aux_int = off + 8 * w;
                write_var(s, cur(s), p->ssa_var + w, a);
            }
        } else if (p->u.var.addr_taken && named(p)) {
            /* Its address may outlive the frame: copy it to the heap. */
            Value *slot = v0(s, OpArgAddr, t_ptr(), pos);
            slot->aux_int = off;
            Val v = load_val(s, p->type, slot, pos);
            store_val(s, p->type, declare_heap(s, p, pos), v, pos);
        } else {
            p->ssa_var = (int)(-(off + 1)); /* lives in its argument slot */
        }
        off += arg_size(p->type);
    }
    s->result_tuple = sig->u.func.results;
    for (int i = 0; i < results->n; i++) {
        Object *r = results->v[i];
        vec_push(&s->result_off, off);
        if (named(r)) {
            if (r->u.var.addr_taken) {
                declare_heap(s, r, pos); /* copied to its slot by return */
            } else if (val_words(r->type) > 0) {
                declare_local(s, r);
                write_object(s, r, zero_val(s, r->type, pos), pos);
            } else {
                r->ssa_var = (int)(-(off + 1));
                Value *a = v0(s, OpArgAddr, t_ptr(), pos);
                a->aux_int = off;
                zero(s, type_size(r->type), a, pos);
            }
            vec_push(&s->results, r);
        } else {
            vec_push(&s->results, NULL);
        }
        off += arg_size(r->type);
    }
    s->f->argsize = off;
}

static void func_decl(Program *prog, Package *pkg, Decl *d, const char *link_name)
{
    Object *fn = d->u.func.obj;
    if (d->u.func.recv || d->u.func.tparams.n > 0) {
        unsupported(d->pos, d->u.func.recv ? "methods" : "generic functions");
        return;
    }
    const char *goname = d->u.func.name->u.ident.name;
    Builder *s = new_builder(prog, pkg, link_name, goname, d->pos);
    bind_params(s, fn->type, d->pos);
    stmt(s, d->u.func.body);
    finish(s, d->u.func.body->u.block.rbrace);
}

/* main.init: package variables in initialisation order, then the init
 * functions in source order. */
static void package_init(Program *prog, Package *pkg, const char **init_names)
{
    Pos pos = {0};
    if (pkg->nfiles > 0)
        pos = pkg->files[0]->pos;
    Builder *s = new_builder(prog, pkg, "main.init", "init", pos);
    s->f->argsize = 0;
    for (int i = 0; i < pkg->inits.n; i++) {
        Initializer *in = &pkg->inits.v[i];
        Expr *rhs = in->rhs;
        if (in->lhs.n == 1) {
            Val v = expr(s, rhs);
            Object *o = in->lhs.v[0];
            if (named(o))
                store_val(s, o->type, var_addr(s, o, rhs->pos), v, rhs->pos);
            continue;
        }
        Expr *r = rhs;
        while (r->kind == EXPR_PAREN)
            r = r->u.paren.x;
        if (r->kind != EXPR_CALL) {
            unsupported(rhs->pos, "comma-ok initialisation");
            continue;
        }
        CallResult cr = go_call(s, r);
        for (int j = 0; j < in->lhs.n && j < cr.n; j++) {
            Object *o = in->lhs.v[j];
            if (named(o))
                store_val(s, o->type, var_addr(s, o, rhs->pos), cr.vals[j], rhs->pos);
        }
    }
    for (int i = 0; i < pkg->init_funcs.n; i++) {
        Sym *sym = ssa_sym(SYM_FUNC, init_names[i], NULL);
        emit_call(s, sym, 0, false, pkg->init_funcs.v[i]->pos);
    }
    finish(s, pos);
}

Program *ssagen(Package *pkg)
{
    Program *prog = NEW(Program);
    const char **init_names = NEWARRAY(const char *, pkg->init_funcs.n + 1);
    for (int i = 0; i < pkg->init_funcs.n; i++) {
        init_names[i] = xprintf("main.init.%d", i);
        pkg->init_funcs.v[i]->u.func.obj->link_name = init_names[i];
    }
    for (int i = 0; i < pkg->globals.n; i++) {
        Object *g = pkg->globals.v[i];
        if (!named(g))
            continue;
        vec_push(&prog->globals, ssa_sym(SYM_GLOBAL, g->link_name, g->type));
    }
    for (int i = 0; i < pkg->funcs.n; i++) {
        Decl *d = pkg->funcs.v[i];
        Object *fn = d->u.func.obj;
        func_decl(prog, pkg, d, fn->link_name);
    }
    package_init(prog, pkg, init_names);
    return prog;
}
