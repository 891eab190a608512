/*
 * codegen_test.c — the amd64 back end end to end: hand-built SSA functions
 * go through cg_lower, cg_regalloc and cg_stackframe, a checker replays
 * the allocator's instruction lists symbolically (every operand register
 * holds the right value, masks are met, phi slots get the right values),
 * and cg_emit_program's output is assembled, linked into a shared object,
 * loaded, and called through an ABI0 shim to compare results with C.
 */
#include <criterion/criterion.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "amd64.h"
#include "diag.h"

/* --- ABI0 from C ------------------------------------------------------------ */

/* abi0_call(fn, words, n, g): copies n argument/result words to 0(SP)..,
 * sets R14 = g, calls fn, copies the words back. Saves the System V
 * callee-saved registers, which Go code does not preserve. */
__asm__(
    "\t.text\n"
    "\t.globl abi0_call\n"
    "abi0_call:\n"
    "\tpushq %rbp\n\tmovq %rsp, %rbp\n"
    "\tpushq %rbx\n\tpushq %r12\n\tpushq %r13\n\tpushq %r14\n\tpushq %r15\n"
    "\tpushq %rsi\n\tpushq %rdx\n\tsubq $8, %rsp\n"
    "\tleaq 15(,%rdx,8), %rax\n\tandq $-16, %rax\n\tsubq %rax, %rsp\n"
    "\txorl %eax, %eax\n"
    "1:\tcmpq %rdx, %rax\n\tjae 2f\n"
    "\tmovq (%rsi,%rax,8), %r8\n\tmovq %r8, (%rsp,%rax,8)\n\tincq %rax\n\tjmp 1b\n"
    "2:\tmovq %rcx, %r14\n\tcall *%rdi\n"
    "\tmovq -48(%rbp), %rsi\n\tmovq -56(%rbp), %rdx\n\txorl %eax, %eax\n"
    "3:\tcmpq %rdx, %rax\n\tjae 4f\n"
    "\tmovq (%rsp,%rax,8), %r8\n\tmovq %r8, (%rsi,%rax,8)\n\tincq %rax\n\tjmp 3b\n"
    "4:\tleaq -40(%rbp), %rsp\n"
    "\tpopq %r15\n\tpopq %r14\n\tpopq %r13\n\tpopq %r12\n\tpopq %rbx\n\tpopq %rbp\n\tret\n");
void abi0_call(void *fn, uint64_t *words, long n, void *g);

static uint64_t fake_g[8]; /* stackguard0 (offset 16) = 0: the check never fails */

/* --- Building functions ---------------------------------------------------------- */

static Pos P(int line) { return (Pos){1, (uint32_t)line, 1}; }
static Type *I64(void) { return types_basic[TYPE_INT64]; }

typedef struct Fn {
    Func *f;
    Block *b;       /* current block */
    Value *mem;     /* current memory */
} Fn;

static void setup(void)
{
    types_init();
    ssa_set_arch(&cg_amd64);
    if (!source_get(1) || !source_get(1)->name)
        source_add("test.go", "", 0);
}

static Fn fn_new(const char *name, int64_t argsize)
{
    Fn F = {0};
    F.f = ssa_func_new(name, name, P(1));
    F.f->argsize = argsize;
    F.b = ssa_block_new(F.f, BlockPlain, P(1));
    F.f->entry = F.b;
    F.mem = ssa_value0(F.b, OpInitMem, type_mem, P(1));
    return F;
}

static Value *arg(Fn *F, Type *t, int64_t off)
{
    Value *v = ssa_value0(F->b, OpArg, t, P(2));
    v->aux_int = off;
    return v;
}

static Value *cnst(Fn *F, Op op, Type *t, int64_t c)
{
    return ssa_const(F->b, op, t, P(2), c);
}

static Value *op2(Fn *F, Op op, Type *t, Value *a, Value *b)
{
    return ssa_value2(F->b, op, t, P(3), a, b);
}

static Value *op1(Fn *F, Op op, Type *t, Value *a)
{
    return ssa_value1(F->b, op, t, P(3), a);
}

/* Stores x (size bytes) into the result slot at off and returns. */
static void ret(Fn *F, Value *x, int64_t off, int64_t size)
{
    Value *a = ssa_value0(F->b, OpArgAddr, types_basic[TYPE_UINTPTR], P(4));
    a->aux_int = off;
    Value *st = ssa_value3(F->b, OpStore, type_mem, P(4), a, x, F->mem);
    st->aux_int = size;
    F->mem = st;
    F->b->kind = BlockRet;
    ssa_set_control(F->b, st);
}

/* Stores x into the outgoing argument word at off. */
static void outarg(Fn *F, Value *x, int64_t off)
{
    Value *sp = ssa_value0(F->b, OpSP, types_basic[TYPE_UINTPTR], P(5));
    Value *p = ssa_value1(F->b, OpOffPtr, types_basic[TYPE_UINTPTR], P(5), sp);
    p->aux_int = off;
    Value *st = ssa_value3(F->b, OpStore, type_mem, P(5), p, x, F->mem);
    st->aux_int = 8;
    F->mem = st;
}

static Value *call(Fn *F, const char *name, int64_t argsize, int64_t resoff)
{
    Sym *s = ssa_sym(SYM_FUNC, name, NULL);
    s->argsize = argsize;
    Value *c = ssa_value1(F->b, OpStaticCall, type_mem, P(6), F->mem);
    c->aux = s;
    c->aux_int = argsize;
    F->mem = c;
    Value *sp = ssa_value0(F->b, OpSP, types_basic[TYPE_UINTPTR], P(6));
    Value *p = ssa_value1(F->b, OpOffPtr, types_basic[TYPE_UINTPTR], P(6), sp);
    p->aux_int = resoff;
    return ssa_value2(F->b, OpLoad, I64(), P(6), p, F->mem);
}

/* --- Passes the back end relies on (test doubles for ssa/'s) --------------------- */

static bool has_effect(Value *v)
{
    return (ssa_opinfo(v->op)->flags & OPF_MEM) || v->op == OpInitMem;
}

static void deadcode(Func *f)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < f->blocks.n; i++) {
            Block *b = f->blocks.v[i];
            int n = 0;
            for (int j = 0; j < b->values.n; j++) {
                Value *v = b->values.v[j];
                if (v->uses == 0 && !has_effect(v)) {
                    ssa_reset_args(v);
                    changed = true;
                    continue;
                }
                b->values.v[n++] = v;
            }
            b->values.n = n;
        }
    }
}

/* Phis first, then a stable topological order of the rest. */
static void schedule(Func *f)
{
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        int n = b->values.n;
        Value **old = malloc(sizeof(Value *) * (size_t)n);
        bool *done = calloc((size_t)f->nvalues, 1);
        memcpy(old, b->values.v, sizeof(Value *) * (size_t)n);
        int k = 0;
        for (int j = 0; j < n; j++)
            if (old[j]->op == OpPhi) {
                b->values.v[k++] = old[j];
                done[old[j]->id] = true;
            }
        while (k < n) {
            for (int j = 0; j < n; j++) {
                Value *v = old[j];
                if (done[v->id])
                    continue;
                bool ready = true;
                for (int a = 0; a < v->nargs; a++)
                    if (v->args[a]->block == b && !done[v->args[a]->id])
                        ready = false;
                if (ready) {
                    b->values.v[k++] = v;
                    done[v->id] = true;
                    break;
                }
            }
        }
        free(old);
        free(done);
    }
}

static void backend(Func *f)
{
    cg_lower(f);
    deadcode(f);
    schedule(f);
    cg_regalloc(f);
    cg_stackframe(f);
}

/* --- Checking the allocation ---------------------------------------------------------- */

/* Replays the instruction lists: every operand register must hold the
 * operand's value and meet the op's mask; phi slots must receive the
 * phi's argument for the edge. A block starts with empty registers, or
 * with its predecessor's last ones when it has only that one. */
static void check_alloc(Func *f)
{
    CgFunc *cg = f->cg;
    int nslot = cg->nslots;
    Value *(*ends)[NREG] = calloc((size_t)f->nblocks, sizeof *ends);
    bool *done = calloc((size_t)f->nblocks, sizeof(bool));
    for (int bi = 0; bi < f->blocks.n; bi++) {
        Block *b = f->blocks.v[bi];
        Value *reg[NREG] = {0};
        if (b->preds.n == 1 && done[b->preds.v[0].b->id])
            memcpy(reg, ends[b->preds.v[0].b->id], sizeof reg);
        Value **slot = calloc((size_t)nslot + 1, sizeof(Value *));
        for (int k = 0; k < f->blocks.n; k++)
            for (int j = 0; j < f->blocks.v[k]->values.n; j++) {
                Value *v = f->blocks.v[k]->values.v[j];
                if (cg->slot[v->id] >= 0)
                    slot[cg->slot[v->id]] = v;
            }
        InstrList *code = &cg->code[b->id];
        for (int i = 0; i < code->n; i++) {
            Instr *in = &code->v[i];
            switch (in->kind) {
            case I_MOVE:
                reg[in->out] = reg[in->in[0]];
                break;
            case I_LOAD:
                cr_assert_not_null(slot[in->slot], "load from empty slot");
                reg[in->out] = slot[in->slot];
                break;
            case I_STORE:
                slot[in->slot] = reg[in->in[0]];
                break;
            case I_REMAT:
                reg[in->out] = in->v;
                break;
            case I_VALUE: {
                Value *v = in->v;
                const MachOp *mo = cg_machop(v->op);
                for (int j = 0; j < v->nargs && j < 2; j++) {
                    if (!mo->in[j] || cg_is_regless(v->args[j]))
                        continue;
                    int r = in->in[j];
                    cr_assert(r >= 0 && (mo->in[j] >> r & 1), "v%d arg %d in bad register %d", v->id, j, r);
                    cr_assert_eq(reg[r], v->args[j], "v%d arg %d: register %s holds v%d, want v%d",
                                 v->id, j, cg_reg_name(r, 8), reg[r] ? reg[r]->id : -1, v->args[j]->id);
                }
                for (int r = 0; r < NREG; r++)
                    if (mo->clobbers >> r & 1)
                        reg[r] = NULL;
                if (in->out >= 0) {
                    cr_assert(mo->out >> in->out & 1, "v%d result in bad register", v->id);
                    reg[in->out] = v;
                }
                break;
            }
            }
        }
        if (b->kind == BlockPlain) {
            Block *s = b->succs.v[0].b;
            int idx = b->succs.v[0].i;
            for (int j = 0; j < s->values.n; j++) {
                Value *p = s->values.v[j];
                if (p->op == OpPhi && !cg_is_regless(p))
                    cr_assert_eq(slot[cg->slot[p->id]], p->args[idx], "phi v%d gets v%d, want v%d",
                                 p->id, slot[cg->slot[p->id]] ? slot[cg->slot[p->id]]->id : -1,
                                 p->args[idx]->id);
            }
        }
        memcpy(ends[b->id], reg, sizeof reg);
        done[b->id] = true;
        free(slot);
    }
    free(ends);
    free(done);
}

/* --- Running ------------------------------------------------------------------------------ */

static void *lib;

/* Emits p, assembles and links it into a shared object in a temporary
 * directory, loads it into lib and removes the directory (the mapping
 * outlives the file). */
static void load_program(Program *p)
{
    Buf out = {0};
    cg_emit_program(&out, p);
    buf_puts(&out, "\t.text\n\t.globl runtime.morestack\nruntime.morestack:\n\tud2\n");
    char dir[] = "/tmp/hood-cg-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char *s = xprintf("%s/t.s", dir), *o = xprintf("%s/t.o", dir), *so = xprintf("%s/t.so", dir);
    FILE *fp = fopen(s, "w");
    fputs(out.s, fp);
    fclose(fp);
    int rc = system(xprintf("as --64 -o %s %s && ld -shared -Bsymbolic -z notext -o %s %s 2>&1", o, s, so, o));
    if (rc != 0)
        fprintf(stderr, "%s\n", out.s);
    if (rc == 0)
        lib = dlopen(so, RTLD_NOW | RTLD_LOCAL);
    unlink(s);
    unlink(o);
    unlink(so);
    rmdir(dir);
    cr_assert_eq(rc, 0, "assembling/linking failed");
    cr_assert_not_null(lib, "dlopen: %s", dlerror());
}

/* Compiles the functions into a shared object and loads it. */
static void load(Func **fs, int n)
{
    Program p = {0};
    for (int i = 0; i < n; i++) {
        backend(fs[i]);
        check_alloc(fs[i]);
        vec_push(&p.funcs, fs[i]);
    }
    load_program(&p);
}

static uint64_t run(const char *name, uint64_t *words, int n, int result)
{
    void *fn = dlsym(lib, name);
    cr_assert_not_null(fn, "no symbol %s", name);
    abi0_call(fn, words, n, fake_g);
    return words[result];
}

static uint64_t run2(const char *name, uint64_t a, uint64_t b)
{
    uint64_t w[3] = {a, b, 0xdeadbeefdeadbeefull};
    return run(name, w, 3, 2);
}

TestSuite(codegen, .init = setup);

/* func add(a, b int64) int64 { return a + b } */
Test(codegen, add)
{
    Fn F = fn_new("main.add", 24);
    ret(&F, op2(&F, OpAdd64, I64(), arg(&F, I64(), 0), arg(&F, I64(), 8)), 16, 8);
    load(&F.f, 1);
    cr_assert_eq(run2("main.add", 40, 2), 42);
    cr_assert_eq((int64_t)run2("main.add", (uint64_t)-5, 3), -2);
}

/* A binary op on (a, b) for each op, all in one function per op. */
static Func *binop(const char *name, Op op, Type *t, int64_t size)
{
    Fn F = fn_new(name, 24);
    ret(&F, op2(&F, op, t, arg(&F, t, 0), arg(&F, t, 8)), 16, size);
    return F.f;
}

Test(codegen, div_mod_edges)
{
    Func *fs[] = {
        binop("t.div64", OpDiv64, I64(), 8), binop("t.mod64", OpMod64, I64(), 8),
        binop("t.div8", OpDiv8, types_basic[TYPE_INT8], 1),
        binop("t.mod8", OpMod8, types_basic[TYPE_INT8], 1),
        binop("t.div32u", OpDiv32u, types_basic[TYPE_UINT32], 4),
        binop("t.mod16u", OpMod16u, types_basic[TYPE_UINT16], 2),
    };
    load(fs, 6);
    cr_assert_eq((int64_t)run2("t.div64", (uint64_t)INT64_MIN, (uint64_t)-1), INT64_MIN);
    cr_assert_eq((int64_t)run2("t.mod64", (uint64_t)INT64_MIN, (uint64_t)-1), 0);
    cr_assert_eq((int64_t)run2("t.div64", (uint64_t)-7, 2), -3);
    cr_assert_eq((int64_t)run2("t.mod64", (uint64_t)-7, 2), -1);
    cr_assert_eq((int8_t)run2("t.div8", (uint8_t)-128, (uint8_t)-1), -128);
    cr_assert_eq((int8_t)run2("t.div8", (uint8_t)-100, 7), -14);
    cr_assert_eq((int8_t)run2("t.mod8", (uint8_t)-100, 7), -2);
    cr_assert_eq((uint32_t)run2("t.div32u", 0xfffffff0u | 0xab00000000ull, 16), 0x0fffffffu);
    cr_assert_eq((uint16_t)run2("t.mod16u", 0xffff, 10), 5);
}

Test(codegen, shifts)
{
    Type *u64 = types_basic[TYPE_UINT64], *u32 = types_basic[TYPE_UINT32], *i8 = types_basic[TYPE_INT8];
    Func *fs[] = {
        binop("t.shl64", OpLsh64, u64, 8), binop("t.shr64", OpRsh64u, u64, 8),
        binop("t.sar64", OpRsh64, I64(), 8), binop("t.shl32", OpLsh32, u32, 4),
        binop("t.sar8", OpRsh8, i8, 1), binop("t.shr8", OpRsh8u, types_basic[TYPE_UINT8], 1),
    };
    load(fs, 6);
    cr_assert_eq(run2("t.shl64", 3, 4), 48);
    cr_assert_eq(run2("t.shl64", 3, 64), 0);
    cr_assert_eq(run2("t.shl64", 3, 1000), 0);
    cr_assert_eq(run2("t.shr64", 1ull << 63, 63), 1);
    cr_assert_eq(run2("t.shr64", 1ull << 63, 64), 0);
    cr_assert_eq((int64_t)run2("t.sar64", (uint64_t)-16, 2), -4);
    cr_assert_eq((int64_t)run2("t.sar64", (uint64_t)-16, 200), -1);
    cr_assert_eq((int64_t)run2("t.sar64", 16, 200), 0);
    cr_assert_eq((uint32_t)run2("t.shl32", 1, 31), 0x80000000u);
    cr_assert_eq((uint32_t)run2("t.shl32", 1, 32), 0);
    cr_assert_eq((int8_t)run2("t.sar8", 0xff80, 3), -16);
    cr_assert_eq((int8_t)run2("t.sar8", 0x80, 9), -1);
    cr_assert_eq((uint8_t)run2("t.shr8", 0xff80, 7), 1);
    cr_assert_eq((uint8_t)run2("t.shr8", 0x80, 8), 0);
}

/* func cmp(a, b) bool via each comparison */
Test(codegen, compares)
{
    Type *b = types_basic[TYPE_BOOL];
    Func *fs[] = {
        binop("t.lt", OpLess64, I64(), 1), binop("t.ltu", OpLess64U, I64(), 1),
        binop("t.eq8", OpEq8, types_basic[TYPE_INT8], 1), binop("t.le32", OpLeq32, types_basic[TYPE_INT32], 1),
        binop("t.inb", OpIsInBounds, I64(), 1),
    };
    for (int i = 0; i < 5; i++) {
        /* the comparison's type is bool */
        Value *st = fs[i]->blocks.v[0]->control;
        st->args[1]->type = b;
    }
    load(fs, 5);
    cr_assert_eq(run2("t.lt", (uint64_t)-1, 0) & 0xff, 1);
    cr_assert_eq(run2("t.ltu", (uint64_t)-1, 0) & 0xff, 0);
    cr_assert_eq(run2("t.eq8", 0x1207, 0x3407) & 0xff, 1);
    cr_assert_eq(run2("t.le32", 0x100000005ull, 5) & 0xff, 1);
    cr_assert_eq(run2("t.le32", 0xffffffffull, 0) & 0xff, 1);
    cr_assert_eq(run2("t.inb", (uint64_t)-1, 10) & 0xff, 0);
    cr_assert_eq(run2("t.inb", 9, 10) & 0xff, 1);
}

/*
 * func fib(n int64) int64 { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
 *   b1: if n < 2 -> b2 b3;  b2: ret n;  b3: calls, ret sum
 */
Test(codegen, fib_recursive)
{
    Fn F = fn_new("main.fib", 16);
    Block *b1 = F.b;
    Value *n = arg(&F, I64(), 0);
    Value *lt = op2(&F, OpLess64, types_basic[TYPE_BOOL], n, cnst(&F, OpConst64, I64(), 2));
    b1->kind = BlockIf;
    ssa_set_control(b1, lt);
    Block *b2 = ssa_block_new(F.f, BlockPlain, P(7)), *b3 = ssa_block_new(F.f, BlockPlain, P(8));
    ssa_add_edge(b1, b2);
    ssa_add_edge(b1, b3);
    Value *mem0 = F.mem;
    F.b = b2;
    ret(&F, n, 8, 8);
    F.b = b3;
    F.mem = mem0;
    outarg(&F, op2(&F, OpSub64, I64(), n, cnst(&F, OpConst64, I64(), 1)), 0);
    Value *r1 = call(&F, "main.fib", 16, 8);
    outarg(&F, op2(&F, OpSub64, I64(), n, cnst(&F, OpConst64, I64(), 2)), 0);
    Value *r2 = call(&F, "main.fib", 16, 8);
    ret(&F, op2(&F, OpAdd64, I64(), r1, r2), 8, 8);
    load(&F.f, 1);
    uint64_t w[2] = {20, 0};
    cr_assert_eq(run("main.fib", w, 2, 1), 6765);
}

/*
 * Loops with phis, including a swap: the parallel copy must read both
 * phis before writing either.
 *   b1 -> b2;  b2: i, x, y = phi(0, i+1), phi(a, y), phi(b, x)
 *              if i < n -> b3 b4;  b3 -> b2;  b4: ret x*1000 + y + s
 * where s = phi(0, s+i) sums the counter.
 */
Test(codegen, loop_phis_swap)
{
    Fn F = fn_new("main.swap", 32);
    Value *a = arg(&F, I64(), 0), *b = arg(&F, I64(), 8), *n = arg(&F, I64(), 16);
    Value *zero = cnst(&F, OpConst64, I64(), 0);
    Block *b1 = F.b;
    Block *b2 = ssa_block_new(F.f, BlockIf, P(9));
    Block *b3 = ssa_block_new(F.f, BlockPlain, P(10));
    Block *b4 = ssa_block_new(F.f, BlockRet, P(11));
    ssa_add_edge(b1, b2);
    ssa_add_edge(b2, b3);
    ssa_add_edge(b2, b4);
    ssa_add_edge(b3, b2);
    Value *i = ssa_value0(b2, OpPhi, I64(), P(9));
    Value *x = ssa_value0(b2, OpPhi, I64(), P(9));
    Value *y = ssa_value0(b2, OpPhi, I64(), P(9));
    Value *s = ssa_value0(b2, OpPhi, I64(), P(9));
    F.b = b2;
    ssa_set_control(b2, op2(&F, OpLess64, types_basic[TYPE_BOOL], i, n));
    F.b = b3;
    Value *i1 = op2(&F, OpAdd64, I64(), i, cnst(&F, OpConst64, I64(), 1));
    Value *s1 = op2(&F, OpAdd64, I64(), s, i);
    ssa_add_arg(i, zero); ssa_add_arg(i, i1);
    ssa_add_arg(x, a); ssa_add_arg(x, y);
    ssa_add_arg(y, b); ssa_add_arg(y, x);
    ssa_add_arg(s, zero); ssa_add_arg(s, s1);
    F.b = b4;
    Value *r = op2(&F, OpAdd64, I64(), op2(&F, OpMul64, I64(), x, cnst(&F, OpConst64, I64(), 1000)), y);
    ret(&F, op2(&F, OpAdd64, I64(), r, s), 24, 8);
    load(&F.f, 1);
    uint64_t w[4] = {1, 2, 3, 0};
    cr_assert_eq(run("main.swap", w, 4, 3), 2001 + 3);
    uint64_t w2[4] = {1, 2, 4, 0};
    cr_assert_eq(run("main.swap", w2, 4, 3), 1002 + 6);
}

/* More live values than registers: forces spills and reloads. */
Test(codegen, pressure)
{
    enum { N = 20 };
    Fn F = fn_new("main.many", 8 * (N + 1));
    Value *v[N], *p[N];
    for (int k = 0; k < N; k++)
        v[k] = arg(&F, I64(), 8 * k);
    for (int k = 0; k < N; k++)
        p[k] = op2(&F, OpMul64, I64(), v[k], v[(k + 1) % N]);
    Value *sum = p[0];
    for (int k = 1; k < N; k++)
        sum = op2(&F, OpSub64, I64(), sum, p[N - k]);
    for (int k = 0; k < N; k++)
        sum = op2(&F, OpXor64, I64(), sum, p[k]);
    ret(&F, sum, 8 * N, 8);
    load(&F.f, 1);
    uint64_t w[N + 1], pc[N];
    for (int k = 0; k < N; k++)
        w[k] = (uint64_t)k * 7919 + 3;
    for (int k = 0; k < N; k++)
        pc[k] = w[k] * w[(k + 1) % N];
    uint64_t want = pc[0];
    for (int k = 1; k < N; k++)
        want -= pc[N - k];
    for (int k = 0; k < N; k++)
        want ^= pc[k];
    cr_assert_eq(run("main.many", w, N + 1, N), want);
}

/* Stack slots, Zero and Move, globals and strings. */
Test(codegen, memory)
{
    Fn F = fn_new("main.mem", 16);
    Type *u = types_basic[TYPE_UINTPTR];
    Type *arr = types_basic[TYPE_COMPLEX128]; /* any 16-byte, 8-aligned type */
    Sym *a1 = ssa_auto(F.f, "a", arr), *a2 = ssa_auto(F.f, "b", arr);
    Value *p1 = ssa_value1(F.b, OpLocalAddr, u, P(12), F.mem);
    p1->aux = a1;
    Value *p2 = ssa_value1(F.b, OpLocalAddr, u, P(12), F.mem);
    p2->aux = a2;
    Value *z = ssa_value2(F.b, OpZero, type_mem, P(12), p1, F.mem);
    z->aux_int = 16;
    F.mem = z;
    Value *q = ssa_value1(F.b, OpOffPtr, u, P(12), p1);
    q->aux_int = 8;
    Value *st = ssa_value3(F.b, OpStore, type_mem, P(12), q, arg(&F, I64(), 0), F.mem);
    st->aux_int = 8;
    F.mem = st;
    Value *mv = ssa_value3(F.b, OpMove, type_mem, P(12), p2, p1, F.mem);
    mv->aux_int = 16;
    F.mem = mv;
    /* global g = b[1] + 1; return g + len("hello") */
    Sym *g = ssa_sym(SYM_GLOBAL, "main.g", I64());
    Value *ga = ssa_value0(F.b, OpAddr, u, P(13));
    ga->aux = g;
    Value *q2 = ssa_value1(F.b, OpOffPtr, u, P(13), p2);
    q2->aux_int = 8;
    Value *ld = ssa_value2(F.b, OpLoad, I64(), P(13), q2, F.mem);
    Value *st2 = ssa_value3(F.b, OpStore, type_mem, P(13), ga,
                            op2(&F, OpAdd64, I64(), ld, cnst(&F, OpConst64, I64(), 1)), F.mem);
    st2->aux_int = 8;
    F.mem = st2;
    Sym *str = ssa_sym(SYM_STRING, "go.string.0", NULL);
    str->data = "hello";
    str->len = 5;
    Value *sa = ssa_value0(F.b, OpAddr, u, P(13));
    sa->aux = str;
    Value *ch = ssa_value2(F.b, OpLoad, types_basic[TYPE_UINT8], P(13),
                           ssa_value1(F.b, OpOffPtr, u, P(13), sa), F.mem);
    ch->args[0]->aux_int = 1; /* 'e' */
    Value *g2 = ssa_value2(F.b, OpLoad, I64(), P(13), ga, F.mem);
    ret(&F, op2(&F, OpAdd64, I64(), g2, op1(&F, OpZeroExt8to64, I64(), ch)), 8, 8);

    Program p = {0};
    backend(F.f);
    check_alloc(F.f);
    vec_push(&p.funcs, F.f);
    vec_push(&p.globals, g);
    vec_push(&p.strings, str);
    load_program(&p);
    uint64_t w[2] = {41, 0};
    cr_assert_eq(run("main.mem", w, 2, 1), 42 + 'e');
}

/* The assembly carries the prologue check, CFI and line info. */
Test(codegen, assembly_shape)
{
    Fn F = fn_new("main.(*T).m", 24);
    ret(&F, op2(&F, OpAdd64, I64(), arg(&F, I64(), 0), arg(&F, I64(), 8)), 16, 8);
    backend(F.f);
    Program p = {0};
    vec_push(&p.funcs, F.f);
    Buf out = {0};
    cg_emit_program(&out, &p);
    cr_assert_not_null(strstr(out.s, "\"main.(*T).m\":"));
    cr_assert_not_null(strstr(out.s, "cmpq 16(%r14), %r12"));
    cr_assert_not_null(strstr(out.s, "call runtime.morestack"));
    cr_assert_not_null(strstr(out.s, ".cfi_def_cfa_register %rbp"));
    cr_assert_not_null(strstr(out.s, ".loc 1 3 1"));
    cr_assert_not_null(strstr(out.s, ".hood.functab"));
    cr_assert_eq(F.f->framesize % 16, 0);
}

/* Fixed-register ops (DIV in AX/DX, shifts in CX) while many values are
 * live, and SP used as an ordinary operand. */
Test(codegen, constraints_under_pressure)
{
    enum { N = 14 };
    Fn F = fn_new("main.cons", 8 * (N + 1));
    Value *v[N];
    for (int k = 0; k < N; k++)
        v[k] = op2(&F, OpAdd64, I64(), arg(&F, I64(), 8 * k), cnst(&F, OpConst64, I64(), k));
    Value *acc = cnst(&F, OpConst64, I64(), 0);
    for (int k = 0; k < N; k++) {
        Value *q = op2(&F, OpDiv64, I64(), v[k], v[(k + 1) % N]);
        Value *r = op2(&F, OpMod64, I64(), v[(k + 2) % N], v[k]);
        Value *s = op2(&F, OpLsh64, I64(), v[(k + 3) % N], v[k]);
        acc = op2(&F, OpXor64, I64(), acc, op2(&F, OpAdd64, I64(), op2(&F, OpAdd64, I64(), q, r), s));
    }
    for (int k = 0; k < N; k++)
        acc = op2(&F, OpAdd64, I64(), acc, v[k]);
    Value *sp = ssa_value0(F.b, OpSP, types_basic[TYPE_UINTPTR], P(2));
    Value *diff = op2(&F, OpSub64, I64(), sp, sp); /* 0, through materialised SP */
    ret(&F, op2(&F, OpAdd64, I64(), acc, diff), 8 * N, 8);
    load(&F.f, 1);
    uint64_t w[N + 1];
    int64_t a[N];
    for (int k = 0; k < N; k++) {
        w[k] = (uint64_t)(k * 37 % 11 + 1);
        a[k] = (int64_t)w[k] + k;
    }
    uint64_t want = 0;
    for (int k = 0; k < N; k++) {
        int64_t q = a[k] / a[(k + 1) % N], r = a[(k + 2) % N] % a[k];
        uint64_t s = a[k] >= 64 ? 0 : (uint64_t)a[(k + 3) % N] << a[k];
        want ^= (uint64_t)(q + r) + s;
    }
    for (int k = 0; k < N; k++)
        want += (uint64_t)a[k];
    cr_assert_eq(run("main.cons", w, N + 1, N), want);
}
