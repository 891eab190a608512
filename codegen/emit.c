/*
 * emit.c — writes a compiled program as GNU as (AT&T) assembly: the
 * functions, package variables, string data, initialised data (type
 * descriptors, itabs: bytes and relocations built by compiler/ssagen) and
 * the function table the runtime uses for tracebacks.
 *
 * One function at a time (cg_emit_begin, cg_emit_func for each, then
 * cg_emit_end), so that the driver can free each function once its text
 * is written: the function table, emitted last, keeps only names and
 * positions, in arena_package.
 *
 * Requires: every function through stackframe (f->cg holds the allocator's
 * instruction lists; autos and spill slots have offsets).
 * Leaves behind: text only; nothing in the IR changes.
 *
 * Functions follow docs/design.md: the stack-bound check, then
 * PUSHQ BP; MOVQ SP, BP; SUBQ $framesize, SP. CFI directives describe
 * each step, and `.loc` directives map every instruction to its Go line,
 * so gdb and addr2line work on hood binaries. The runtime's tracebacks
 * read the same lines from the function table instead of DWARF: a label
 * beside each `.loc` that changes the line becomes one run of the
 * function's PC→line table (emit_pcln), and the table's record also
 * gives the frame's shape at each PC and how to print the arguments
 * (emit_functab, "Traceback tables" in docs/design.md). Symbol names that are not
 * plain identifiers ("main.(*T).m", "type.[]int") are quoted, which GNU as
 * accepts anywhere a symbol may appear.
 */
#include "amd64.h"
#include "functab.h" /* rt/: the record layout the runtime reads */
#include "diag.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A constant of the function's read-only pool: a float, or the 16-byte
 * sign mask that negation xors with. */
typedef struct PoolConst {
    int size;        /* 4, 8 or 16 bytes */
    uint64_t bits;   /* the low 8 bytes; the rest are zero */
} PoolConst;

/* What the function table keeps of each emitted function: its Func is
 * freed before the table is written. */
typedef struct FuncTabEntry {
    const char *name;   /* in arena_package */
    Pos pos;
    int64_t framesize;
    bool has_args;      /* .Lhood<i>_args exists */
    bool wrapper;       /* Func.wrapper: FUNC_WRAPPER in the record's flags */
    bool open_defers;   /* .Lhood<i>_odefer exists (emit_opendefer) */
} FuncTabEntry;

struct CgEmit {
    Buf *out;
    VEC(FuncTabEntry) funcs; /* in emission order: entry i is .Lhood<i>_... */
    VEC(uint32_t) dirfiles;  /* files that line directives name in a PC→line table (emit_pcln) */
    /* The object's own numbers of the source files its .loc directives
     * name, in order of first use (file_number): an object's bytes then
     * do not depend on which other files the process read. */
    VEC(uint32_t) file_numbers; /* by source id; 0: none yet */
    uint32_t nfiles;
};

typedef struct Emitter {
    Buf *out;
    CgEmit *e;
    Func *f;
    CgFunc *cg;
    int fn;          /* function number, for local labels */
    Pos loc;         /* last .loc emitted */
    VEC(PoolConst) pool; /* written after the function (emit_pool) */
    VEC(Pos) lines;  /* the file and line of each mark .Lhood<fn>_l<k>, in address order (emit_pcln) */
} Emitter;

/* --- Names ----------------------------------------------------------------- */

static bool plain_name(const char *s)
{
    if (!*s || (*s >= '0' && *s <= '9'))
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
              (*s >= '0' && *s <= '9') || *s == '_' || *s == '.'))
            return false;
    return true;
}

/* The symbol as the assembler must read it: quoted unless plain. GNU
 * as takes \" inside a quoted name in a directive but not in an
 * instruction's operand (a struct type's name with a tag, "type.struct
 * { A int \"json:\\\"a\\\"\" }", fails there), so a quote, a backslash
 * and the escape's own % are written as %22, %5c and %25 instead: the
 * names stay distinct, and only the assembler and linker see them. */
static const char *symname(const char *s)
{
    if (plain_name(s))
        return s;
    Buf b = {0};
    buf_putc(&b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\' || *s == '%')
            buf_printf(&b, "%%%02x", (unsigned char)*s);
        else
            buf_putc(&b, *s);
    }
    buf_putc(&b, '"');
    char *q = xstrndup(b.s, b.len);
    free(b.s);
    return q;
}

static const char *reg(int r, int width)
{
    return xprintf("%%%s", cg_reg_name(r, width));
}

/* Bytes as the operand of .ascii. */
static void put_string(Buf *out, const char *s, int64_t n)
{
    buf_putc(out, '"');
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            buf_printf(out, "\\%c", c);
        else if (c >= 32 && c < 127)
            buf_putc(out, (char)c);
        else
            buf_printf(out, "\\%03o", c);
    }
    buf_putc(out, '"');
}

/* --- Operands ------------------------------------------------------------------ */

/* The memory operand arg0 + off (+ the value's aux). */
static const char *addr(Emitter *E, Value *v, int base, int64_t off)
{
    Sym *s = v->aux;
    if (base == R_SB) {
        if (!s)
            ice(v->pos, "emit: SB-relative address without a symbol");
        return off ? xprintf("%s%+lld(%%rip)", symname(s->name), (long long)off)
                   : xprintf("%s(%%rip)", symname(s->name));
    }
    if (s && s->kind == SYM_AUTO)
        off += s->offset;
    else if (s)
        ice(v->pos, "emit: symbol %s on a register base", s->name);
    if (base < 0)
        ice(v->pos, "emit: no base register for v%d", v->id);
    return xprintf("%lld(%s)", (long long)off, reg(base, 8));
}

static int64_t slot_off(Emitter *E, int slot)
{
    return E->cg->slot_off[slot];
}

static void ins(Emitter *E, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ins(Emitter *E, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_putc(E->out, '\t');
    buf_puts(E->out, xvprintf(fmt, ap));
    buf_putc(E->out, '\n');
    va_end(ap);
}

/* The line a function's table starts at: a function without a source
 * position (one the compiler made) is at gc's "<autogenerated>:1". */
static uint32_t func_line(Pos p)
{
    return pos_valid(p) ? p.line : 1;
}

/* The file a function's table names at p: that of its record when p
 * has no position (file 0, "<autogenerated>"). */
static uint32_t pos_file(Pos p)
{
    return pos_valid(p) ? p.file : 0;
}

/* Starts a run of the PC→line table here unless the file and line are
 * unchanged. */
static void mark_line(Emitter *E, Pos p)
{
    Pos at = {pos_file(p), func_line(p), 0};
    if (E->lines.n > 0 && E->lines.v[E->lines.n - 1].line == at.line && E->lines.v[E->lines.n - 1].file == at.file)
        return;
    buf_printf(E->out, ".Lhood%d_l%d:\n", E->fn, E->lines.n);
    vec_push(&E->lines, at);
}

/* The object's number of source file id, declared (.file) at first use. */
static uint32_t file_number(Emitter *E, uint32_t id)
{
    CgEmit *e = E->e;
    Arena *outer = arena_enter(&arena_package);
    while ((uint32_t)e->file_numbers.n <= id)
        vec_push(&e->file_numbers, 0);
    arena_enter(outer);
    if (!e->file_numbers.v[id]) {
        e->file_numbers.v[id] = ++e->nfiles;
        /* an empty name (after //line :N) would make the line table
         * unreadable to addr2line; gc's tables call it "??" */
        const char *name = *source_get(id)->name ? source_get(id)->name : "??";
        buf_printf(E->out, "\t.file %u ", e->nfiles);
        put_string(E->out, name, (int64_t)strlen(name));
        buf_putc(E->out, '\n');
    }
    return e->file_numbers.v[id];
}

static void loc(Emitter *E, Pos p)
{
    if (!pos_valid(p) || (p.file == E->loc.file && p.line == E->loc.line && p.col == E->loc.col))
        return;
    E->loc = p;
    ins(E, ".loc %u %u %u", file_number(E, p.file), p.line, p.col);
    mark_line(E, p);
}

/* --- Instructions ---------------------------------------------------------------- */

static void emit_const(Emitter *E, int64_t c, int out)
{
    /* never xor: the allocator may place this between a compare and its
     * user, so it must leave the flags alone */
    if (c >= 0 && c <= 0xffffffffll)
        ins(E, "movl $%lld, %s", (long long)c, reg(out, 4));
    else if (c == (int32_t)c)
        ins(E, "movq $%lld, %s", (long long)c, reg(out, 8));
    else
        ins(E, "movabsq $%lld, %s", (long long)c, reg(out, 8));
}

static void emit_div(Emitter *E, Value *v, const MachOp *mo, int d)
{
    bool sign = ssa_opinfo(v->op)->flags & OPF_SIGNED;
    bool mod = mo->out == M_DX;
    bool q = mo->width == 8;
    if (!sign) {
        ins(E, "xorl %%edx, %%edx");
        ins(E, "%s %s", mo->asm_, reg(d, mo->width));
        return;
    }
    /* x / -1 = -x and x % -1 = 0 without dividing: MinInt / -1 traps in
     * hardware but wraps in Go. A constant divisor other than -1 needs
     * no guard. */
    Value *dv = v->args[1];
    if (dv->op == OpAMD64MOVQconst && (int32_t)dv->aux_int != -1 && dv->aux_int != -1) {
        ins(E, "%s", q ? "cqto" : "cltd");
        ins(E, "%s %s", mo->asm_, reg(d, mo->width));
        return;
    }
    ins(E, "cmp%c $-1, %s", q ? 'q' : 'l', reg(d, mo->width));
    ins(E, "je 1f");
    ins(E, "%s", q ? "cqto" : "cltd");
    ins(E, "%s %s", mo->asm_, reg(d, mo->width));
    ins(E, "jmp 2f");
    buf_puts(E->out, "1:\n");
    if (mod)
        ins(E, "xorl %%edx, %%edx");
    else
        ins(E, "neg%c %s", q ? 'q' : 'l', reg(R_AX, mo->width));
    buf_puts(E->out, "2:\n");
}

static void emit_zero(Emitter *E, int base, int64_t n, int64_t off)
{
    for (; n >= 8; n -= 8, off += 8)
        ins(E, "movq $0, %lld(%s)", (long long)off, reg(base, 8));
    if (n >= 4) {
        ins(E, "movl $0, %lld(%s)", (long long)off, reg(base, 8));
        n -= 4, off += 4;
    }
    if (n >= 2) {
        ins(E, "movw $0, %lld(%s)", (long long)off, reg(base, 8));
        n -= 2, off += 2;
    }
    if (n >= 1)
        ins(E, "movb $0, %lld(%s)", (long long)off, reg(base, 8));
}

static void emit_move(Emitter *E, int dst, int src, int64_t n)
{
    static const struct { int size; const char *op; } steps[] = {
        {8, "movq"}, {4, "movl"}, {2, "movw"}, {1, "movb"},
    };
    int64_t off = 0;
    for (int k = 0; k < 4; k++)
        for (; n >= steps[k].size; n -= steps[k].size, off += steps[k].size) {
            ins(E, "%s %lld(%s), %s", steps[k].op, (long long)off, reg(src, 8), reg(R_R11, steps[k].size));
            ins(E, "%s %s, %lld(%s)", steps[k].op, reg(R_R11, steps[k].size), (long long)off, reg(dst, 8));
        }
}

/* The label of a pool constant, added to the function's pool. */
static const char *pool_const(Emitter *E, int size, uint64_t bits)
{
    PoolConst c = {size, bits};
    vec_push(&E->pool, c);
    return xprintf(".Lhood%d_c%d(%%rip)", E->fn, E->pool.n - 1);
}

/* The pool, in mergeable read-only sections so that the linker keeps one
 * copy of each value. */
static void emit_pool(Emitter *E)
{
    for (int i = 0; i < E->pool.n; i++) {
        PoolConst *c = &E->pool.v[i];
        buf_printf(E->out, "\t.section .rodata.cst%d,\"aM\",@progbits,%d\n\t.p2align %d\n",
                   c->size, c->size, c->size == 4 ? 2 : c->size == 8 ? 3 : 4);
        buf_printf(E->out, ".Lhood%d_c%d:\n", E->fn, i);
        if (c->size == 4)
            buf_printf(E->out, "\t.long 0x%08llx\n", (unsigned long long)c->bits);
        else
            buf_printf(E->out, "\t.quad 0x%016llx%s\n", (unsigned long long)c->bits,
                       c->size == 16 ? ", 0" : "");
    }
    E->pool.n = 0;
}

/* The move of a register to a register, or to or from a spill slot:
 * whole registers, integer or SSE. */
static const char *move_op(int r)
{
    return cg_is_xmm(r) ? "movsd" : "movq";
}

static int pseudo_base(Value *a)
{
    return a->op == OpSP ? R_SP : a->op == OpAMD64SB ? R_SB : a->op == OpAMD64FP ? R_BP : -1;
}

/* One machine op with operand registers in[] and result register out. */
static void emit_op(Emitter *E, Value *v, const int8_t *in, int out)
{
    const MachOp *mo = cg_machop(v->op);
    int w = mo->width;
    int64_t c = v->aux_int;
    switch (mo->form) {
    case F_NONE:
        return;
    case F_CONST:
        emit_const(E, c, out);
        return;
    case F_LEA:
        ins(E, "leaq %s, %s", addr(E, v, in[0], c), reg(out, 8));
        return;
    case F_LOADARG: {
        int64_t size = type_size(v->type);
        if (cg_is_xmm(out)) {
            ins(E, "%s %lld(%%rbp), %s", size == 4 ? "movss" : "movsd", (long long)(16 + c), reg(out, 8));
            return;
        }
        const char *op = size == 1 ? "movzbl" : size == 2 ? "movzwl" : size == 4 ? "movl" : "movq";
        ins(E, "%s %lld(%%rbp), %s", op, (long long)(16 + c), reg(out, size == 8 ? 8 : 4));
        return;
    }
    case F_LOAD:
        ins(E, "%s %s, %s", mo->asm_, addr(E, v, in[0], c), reg(out, w));
        return;
    case F_STORE:
        ins(E, "%s %s, %s", mo->asm_, reg(in[1], w), addr(E, v, in[0], c));
        return;
    case F_ZERO:
        emit_zero(E, in[0], c, 0);
        return;
    case F_REPSTOS:
        ins(E, "movl $0, %%eax");
        ins(E, "movq $%lld, %%rcx", (long long)(c / 8));
        ins(E, "rep stosq");
        emit_zero(E, R_DI, c % 8, 0);
        return;
    case F_MOVE:
        emit_move(E, in[0], in[1], c);
        return;
    case F_REPMOVS:
        ins(E, "movq $%lld, %%rcx", (long long)c);
        ins(E, "rep movsb");
        return;
    case F_BIN:
        ins(E, "%s %s, %s", mo->asm_, reg(in[1], w), reg(out, w));
        return;
    case F_BINCONST:
        ins(E, "%s $%lld, %s", mo->asm_, (long long)c, reg(out, w));
        return;
    case F_UN:
        ins(E, "%s %s", mo->asm_, reg(out, w));
        return;
    case F_SHIFT:
        ins(E, "%s %%cl, %s", mo->asm_, reg(out, w));
        return;
    case F_CARRYMASK:
        ins(E, "sbbq %s, %s", reg(out, 8), reg(out, 8));
        return;
    case F_DIV:
        emit_div(E, v, mo, in[1]);
        return;
    case F_EXT: {
        const char *m = mo->asm_;
        int dw = m[strlen(m) - 1] == 'q' ? 8 : 4;
        ins(E, "%s %s, %s", m, reg(in[0], w), reg(out, dw));
        return;
    }
    case F_CMP:
        ins(E, "%s %s, %s", mo->asm_, reg(in[1], w), reg(in[0], w));
        return;
    case F_CMPCONST:
        ins(E, "%s $%lld, %s", mo->asm_, (long long)c, reg(in[0], w));
        return;
    case F_SET:
        ins(E, "%s %s", mo->asm_, reg(out, 1));
        return;
    case F_CALL:
        if (v->aux->resume) {
            /* Open-coded defers' resume point (Sym.resume): "returns" 0
             * here; the runtime jumps to the label with RAX = 1. */
            ins(E, "xorl %%eax, %%eax");
            buf_printf(E->out, ".Lhood%d_resume:\n", E->fn);
            return;
        }
        ins(E, "call %s", symname(v->aux->name));
        return;
    case F_NILFAULT:
        ins(E, "testb %%al, 0");
        return;
    case F_CALLIND:
        ins(E, "call *%s", reg(in[0], 8));
        return;
    case F_FCONST:
        ins(E, "%s %s, %s", mo->asm_, pool_const(E, w, (uint64_t)c), reg(out, w));
        return;
    case F_FNEG:
        ins(E, "%s %s, %s", mo->asm_, pool_const(E, 16, w == 4 ? 0x80000000u : 0x8000000000000000u),
            reg(out, w));
        return;
    case F_SETF: {
        bool eq = v->op == OpAMD64SETEQF;
        ins(E, "%s %s", eq ? "sete" : "setne", reg(out, 1));
        ins(E, "%s %%r11b", eq ? "setnp" : "setp");
        ins(E, "%s %%r11b, %s", eq ? "andb" : "orb", reg(out, 1));
        return;
    }
    case F_CVT:
        ins(E, "%s %s, %s", mo->asm_, reg(in[0], w), reg(out, w));
        return;
    }
}

static void emit_instr(Emitter *E, Instr *i)
{
    switch (i->kind) {
    case I_VALUE:
        loc(E, i->v->pos);
        emit_op(E, i->v, i->in, i->out);
        return;
    case I_REMAT: {
        int8_t in[3] = {-1, -1, -1};
        if (i->v->nargs > 0)
            in[0] = (int8_t)pseudo_base(i->v->args[0]);
        emit_op(E, i->v, in, i->out);
        return;
    }
    case I_MOVE:
        ins(E, "%s %s, %s", cg_is_xmm(i->out) ? "movaps" : "movq", reg(i->in[0], 8), reg(i->out, 8));
        return;
    case I_LOAD:
        ins(E, "%s %lld(%%rsp), %s", move_op(i->out), (long long)slot_off(E, i->slot), reg(i->out, 8));
        return;
    case I_STORE:
        ins(E, "%s %s, %lld(%%rsp)", move_op(i->in[0]), reg(i->in[0], 8), (long long)slot_off(E, i->slot));
        return;
    }
}

/* --- Functions ---------------------------------------------------------------------- */

static const char *label(Emitter *E, Block *b)
{
    return xprintf(".Lhood%d_b%d", E->fn, b->id);
}

static const char *const cc[] = {
    [BlockAMD64EQ] = "e", [BlockAMD64NE] = "ne", [BlockAMD64LT] = "l", [BlockAMD64LE] = "le",
    [BlockAMD64GT] = "g", [BlockAMD64GE] = "ge", [BlockAMD64ULT] = "b", [BlockAMD64ULE] = "be",
    [BlockAMD64UGT] = "a", [BlockAMD64UGE] = "ae",
};
static const BlockKind negated[] = {
    [BlockAMD64EQ] = BlockAMD64NE, [BlockAMD64NE] = BlockAMD64EQ, [BlockAMD64LT] = BlockAMD64GE, [BlockAMD64LE] = BlockAMD64GT,
    [BlockAMD64GT] = BlockAMD64LE, [BlockAMD64GE] = BlockAMD64LT, [BlockAMD64ULT] = BlockAMD64UGE, [BlockAMD64ULE] = BlockAMD64UGT,
    [BlockAMD64UGT] = BlockAMD64ULE, [BlockAMD64UGE] = BlockAMD64ULT,
};

static void emit_block_end(Emitter *E, Block *b, Block *next)
{
    loc(E, b->pos);
    switch (b->kind) {
    case BlockPlain:
        if (b->succs.v[0].b != next)
            ins(E, "jmp %s", label(E, b->succs.v[0].b));
        return;
    case BlockRet:
        ins(E, ".cfi_remember_state");
        ins(E, "movq %%rbp, %%rsp");
        ins(E, "popq %%rbp");
        ins(E, ".cfi_def_cfa %%rsp, 8");
        ins(E, "ret");
        ins(E, ".cfi_restore_state");
        return;
    case BlockExit:
        ins(E, "ud2");
        return;
    case BlockAMD64EQ: case BlockAMD64NE: case BlockAMD64LT: case BlockAMD64LE: case BlockAMD64GT:
    case BlockAMD64GE: case BlockAMD64ULT: case BlockAMD64ULE: case BlockAMD64UGT: case BlockAMD64UGE: {
        Block *yes = b->succs.v[0].b, *no = b->succs.v[1].b;
        if (yes == next) {
            ins(E, "j%s %s", cc[negated[b->kind]], label(E, no));
        } else {
            ins(E, "j%s %s", cc[b->kind], label(E, yes));
            if (no != next)
                ins(E, "jmp %s", label(E, no));
        }
        return;
    }
    default:
        ice(b->pos, "emit: block kind %s not lowered", ssa_blockinfo(b->kind)->name);
    }
}

bool cg_func_sections;

/* The source file names the function table and PC→line tables point
 * to: one section per object, whose labels' differences (a file change
 * in a table is the new name's offset from the record's) are constants. */
#define SRC_SECTION (cg_func_sections ? ".rodata.hood.src,\"a\",@progbits" : ".rodata")

/* Switches to the section for the function's table data (argument
 * program, open-defer record, PC→line table, name): .rodata, or with function
 * sections a section of its own that only the function's record refers
 * to, so that ld --gc-sections keeps it exactly when it keeps the record. */
static void meta_section(Emitter *E)
{
    if (cg_func_sections)
        buf_printf(E->out, "\t.section .rodata.hood.meta,\"a\",@progbits,unique,%d\n", E->fn);
    else
        buf_puts(E->out, "\t.section .rodata\n");
}

/* --- Traceback tables ------------------------------------------------------------ */

/*
 * The PC→line table of the function just emitted (docs/design.md,
 * "Traceback tables"): one run per line mark, from the mark to the next
 * (the last to the function's end), each written as
 *     sleb128 (line - the previous run's line) * 2, plus 1 if the file
 *             changes (the first run: from the record's line and file)
 *     sleb128 the new file's name - the table's address, if it changes
 *     uleb128 the run's length in bytes
 * The file changes only where a line directive (//line name:N) names
 * another. The assembler computes the lengths and the names' offsets
 * from the labels, so the compiler never needs instruction sizes. Runs
 * of length 0 (two marks at one address) are harmless.
 */
static void emit_pcln(Emitter *E)
{
    /* The runs name a file by its name's offset from the record's
     * file name (SRC_SECTION), so with function sections the table can
     * be in a section that only the record refers to, as
     * meta_section's, which ld keeps exactly when it keeps the record. */
    meta_section(E);
    buf_printf(E->out, ".Lhood%d_pcln:\n", E->fn);
    uint32_t recfile = pos_file(E->f->pos); /* the record's (emit_functab) */
    Pos prev = {pos_file(E->f->pos), func_line(E->f->pos), 0};
    for (int k = 0; k < E->lines.n; k++) {
        Pos at = E->lines.v[k];
        const char *next = k + 1 < E->lines.n ? xprintf(".Lhood%d_l%d", E->fn, k + 1)
                                              : xprintf(".Lhood%d_end", E->fn);
        bool newfile = at.file != prev.file;
        buf_printf(E->out, "\t.sleb128 %lld\n", ((long long)at.line - (long long)prev.line) * 2 + newfile);
        if (newfile) {
            buf_printf(E->out, "\t.sleb128 .Lhoodsrc%u-.Lhoodsrc%u\n", at.file, recfile);
            Arena *outer = arena_enter(&arena_package);
            vec_push(&E->e->dirfiles, at.file);
            arena_enter(outer);
        }
        buf_printf(E->out, "\t.uleb128 %s-.Lhood%d_l%d\n", next, E->fn, k);
        prev = at;
    }
    E->lines.n = 0;
}

/*
 * How a traceback prints the arguments: gc's ArgInfo byte program (gc
 * prints the same text), read by printargs in rt/traceback.c. Leaves (a
 * scalar, or one word of a string, slice, interface or complex) are two
 * bytes, offset in the argument area and size; aggregates are bracketed
 * by ARG_START_AGG and ARG_END_AGG; at most ARG_LIMIT leaves and
 * ARG_MAX_DEPTH levels are printed, the rest as "...", an offset past
 * ARG_SPECIAL as "_". hood's one addition: a leaf whose size has
 * ARG_UNKNOWN set is a register argument read from its spill word, which
 * hood's code never writes (only the stack-growth path does), so its
 * value is printed with gc's "?" for "maybe stale".
 */
enum {
    ARG_END = 0xff,
    ARG_START_AGG = 0xfe,
    ARG_END_AGG = 0xfd,
    ARG_DOTS = 0xfc,
    ARG_TOO_FAR = 0xfb,
    ARG_SPECIAL = 0xf0,   /* offsets from here up are operators */
    ARG_UNKNOWN = 0x80,   /* in a size byte: the value may be stale */
    ARG_LIMIT = 10,       /* gc's limits */
    ARG_MAX_DEPTH = 5,
    /* gc's bound: each leaf needs at most its 2 bytes plus one {, } or
     * ... for each level, and one byte ends the program */
    ARG_MAX_LEN = (ARG_MAX_DEPTH * 3 + 2) * ARG_LIMIT + 1,
};

typedef struct ArgWalk {
    uint8_t bytes[ARG_MAX_LEN];
    int len;
    int leaves;        /* leaves (and elided aggregates) written, against ARG_LIMIT */
    const AbiParam *p; /* the parameter being walked */
    int piece;         /* its next register piece, for register parameters */
} ArgWalk;

static void arg_byte(ArgWalk *w, int b)
{
    if (w->len >= ARG_MAX_LEN)
        ice((Pos){0}, "emit: argument info too long");
    w->bytes[w->len++] = (uint8_t)b;
}

static bool arg_is_aggregate(Type *u)
{
    switch (u->kind) {
    case TYPE_STRUCT: case TYPE_ARRAY: case TYPE_COMPLEX64: case TYPE_COMPLEX128:
    case TYPE_INTERFACE: case TYPE_STRING: case TYPE_SLICE:
        return true;
    default:
        return false;
    }
}

/* Writes the part of the argument at off of type t; false once the
 * limit is reached (gc's visitType, with hood's spill words). */
static bool arg_visit(ArgWalk *w, Type *t, int64_t off, int depth)
{
    if (w->leaves >= ARG_LIMIT) {
        arg_byte(w, ARG_DOTS);
        return false;
    }
    Type *u = type_underlying(t);
    if (!arg_is_aggregate(u)) {
        /* A register parameter's pieces each have a spill word, in order. */
        bool reg = !w->p->on_stack;
        int64_t at = reg ? w->p->offset + 8 * w->piece++ : off;
        if (at >= ARG_SPECIAL) {
            arg_byte(w, ARG_TOO_FAR);
        } else {
            arg_byte(w, (int)at);
            arg_byte(w, (int)type_size(u) | (reg ? ARG_UNKNOWN : 0));
        }
        w->leaves++;
        return true;
    }
    arg_byte(w, ARG_START_AGG);
    if (++depth >= ARG_MAX_DEPTH) {
        if (!w->p->on_stack) {
            AbiPiece skipped[ABI_MAX_PIECES];
            w->piece += abi_pieces(t, skipped);
        }
        arg_byte(w, ARG_DOTS);
        arg_byte(w, ARG_END_AGG);
        w->leaves++;
        return true;
    }
    Type *word = types_basic[TYPE_UINTPTR];
    switch (u->kind) {
    case TYPE_STRING: case TYPE_INTERFACE:
        (void)(arg_visit(w, word, off, depth) && arg_visit(w, word, off + 8, depth));
        break;
    case TYPE_SLICE:
        (void)(arg_visit(w, word, off, depth) && arg_visit(w, word, off + 8, depth) &&
               arg_visit(w, word, off + 16, depth));
        break;
    case TYPE_COMPLEX64: case TYPE_COMPLEX128: {
        Type *half = types_basic[u->kind == TYPE_COMPLEX64 ? TYPE_FLOAT32 : TYPE_FLOAT64];
        (void)(arg_visit(w, half, off, depth) && arg_visit(w, half, off + type_size(half), depth));
        break;
    }
    case TYPE_ARRAY:
        if (u->u.array.len == 0)
            w->leaves++; /* {} counts as one */
        for (int64_t i = 0; i < u->u.array.len; i++)
            if (!arg_visit(w, u->u.array.elem, off + i * type_size(u->u.array.elem), depth))
                break;
        break;
    case TYPE_STRUCT:
        if (u->u.strct.fields.n == 0)
            w->leaves++;
        for (int i = 0; i < u->u.strct.fields.n; i++)
            if (!arg_visit(w, u->u.strct.fields.v[i]->type, off + type_field_offset(u, i), depth))
                break;
        break;
    default:
        break;
    }
    arg_byte(w, ARG_END_AGG);
    return true;
}

/* Whether f has an argument-printing program: gc prints a function
 * without parameters as "f()". */
static bool has_arginfo(Func *f)
{
    return f->abi && f->abi->nparams > 0;
}

/* The argument-printing program of the function just emitted, as
 * .Lhood<fn>_args. */
static void emit_arginfo(Emitter *E)
{
    AbiInfo *abi = E->f->abi;
    if (!has_arginfo(E->f))
        return;
    ArgWalk walk = {0}, *w = &walk;
    for (int i = 0; i < abi->nparams; i++) {
        w->p = &abi->params[i];
        w->piece = 0;
        if (!arg_visit(w, w->p->type, w->p->offset, 0))
            break;
    }
    arg_byte(w, ARG_END);
    meta_section(E);
    buf_printf(E->out, ".Lhood%d_args:\n\t.byte ", E->fn);
    for (int i = 0; i < w->len; i++)
        buf_printf(E->out, "%s%d", i ? "," : "", w->bytes[i]);
    buf_putc(E->out, '\n');
}

/*
 * The open-coded defer information of a function with open-coded
 * defers (Func.defer_bits, compiler/ssagen/defer.c), which the function
 * table points to and rt/panic.c reads: the resume point's offset from
 * the entry, the SP offsets of the deferBits byte, the number of defers
 * and each defer's closure slot.
 */
static void emit_opendefer(Emitter *E)
{
    Func *f = E->f;
    if (!f->defer_bits)
        return;
    meta_section(E);
    buf_printf(E->out, "\t.p2align 2\n.Lhood%d_odefer:\n\t.long .Lhood%d_resume-%s, %lld, %d",
               E->fn, E->fn, symname(f->name), (long long)f->defer_bits->offset, f->ndefers);
    for (int i = 0; i < f->ndefers; i++)
        buf_printf(E->out, ", %lld", (long long)f->defer_slots[i]->offset);
    buf_putc(E->out, '\n');
}

/* On the stack-growth path (before PUSHQ BP, so the argument area starts
 * at 8(SP)), saves the register arguments to their spill words, or with
 * reload loads them back: runtime.morestack may use any register, and
 * once stacks move it will copy the spill area with the frame. */
static void spill_reg_args(Emitter *E, bool reload)
{
    AbiInfo *abi = E->f->abi;
    for (int i = 0; abi && i < abi->nparams; i++) {
        AbiParam *p = &abi->params[i];
        for (int k = 0; k < p->npieces && !p->on_stack; k++) {
            AbiPiece *pc = &p->pieces[k];
            int r = pc->is_float ? R_X0 + pc->reg : cg_abi_intreg[pc->reg];
            long long off = 8 + p->offset + 8 * k;
            if (reload)
                ins(E, "%s %lld(%%rsp), %s", move_op(r), off, reg(r, 8));
            else
                ins(E, "%s %s, %lld(%%rsp)", move_op(r), reg(r, 8), off);
        }
    }
}

static void emit_func(CgEmit *e, Func *f, int fn)
{
    Buf *out = e->out;
    Emitter E = { .out = out, .e = e, .f = f, .cg = f->cg, .fn = fn };
    if (!E.cg)
        ice(f->pos, "emit: %s was not register-allocated", f->name);
    ice_context("emit", f->name);
    const char *name = symname(f->name);
    long long fs = (long long)f->framesize;
    if (cg_func_sections)
        buf_printf(out, "\n\t.section .text,\"ax\",@progbits,unique,%d", fn);
    else
        buf_puts(out, "\n\t.text");
    buf_printf(out, "\n\t.%s %s\n\t.type %s, @function\n\t.p2align 4\n%s:\n.Lhood%d_fn:\n",
               f->dupok ? "weak" : "globl", name, name, name, fn);
    ins(&E, ".cfi_startproc");
    loc(&E, f->pos);
    mark_line(&E, f->pos); /* the table's first run starts at the entry */
    ins(&E, "leaq -%lld(%%rsp), %%r12", fs);
    ins(&E, "cmpq 16(%%r14), %%r12");
    ins(&E, "jb .Lhood%d_morestack", fn);
    buf_printf(out, ".Lhood%d_push:\n", fn);
    ins(&E, "pushq %%rbp");
    ins(&E, ".cfi_def_cfa_offset 16");
    ins(&E, ".cfi_offset %%rbp, -16");
    ins(&E, "movq %%rsp, %%rbp");
    ins(&E, ".cfi_def_cfa_register %%rbp");
    if (fs)
        ins(&E, "subq $%lld, %%rsp", fs);
    buf_printf(out, ".Lhood%d_frame:\n", fn);
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        Block *next = i + 1 < f->blocks.n ? f->blocks.v[i + 1] : NULL;
        buf_printf(out, "%s:\n", label(&E, b));
        InstrList *code = &E.cg->code[b->id];
        for (int j = 0; j < code->n; j++)
            emit_instr(&E, &code->v[j]);
        emit_block_end(&E, b, next);
    }
    /* The stack-bound check's slow path: BP is not pushed yet. */
    buf_printf(out, ".Lhood%d_morestack:\n", fn);
    E.loc = (Pos){0}; /* the path belongs to the prologue: the function's line, as gc's */
    loc(&E, f->pos);
    mark_line(&E, f->pos);
    ins(&E, ".cfi_def_cfa %%rsp, 8");
    ins(&E, ".cfi_restore %%rbp");
    spill_reg_args(&E, false);
    ins(&E, "call runtime.morestack");
    spill_reg_args(&E, true);
    ins(&E, "jmp %s", name);
    ins(&E, ".cfi_endproc");
    buf_printf(out, ".Lhood%d_end:\n\t.size %s, .-%s\n", fn, name, name);
    emit_pool(&E);
    emit_pcln(&E);
    emit_arginfo(&E);
    emit_opendefer(&E);
}

/* --- Data ------------------------------------------------------------------------------ */

static int log2_align(int64_t a)
{
    int n = 0;
    while ((1ll << n) < a)
        n++;
    return n;
}

static int emit_data(Buf *out, Sym *s, const char *sect);
static int data_section(Buf *out, const char *sect, bool writable);

/* A package variable: zeros in .bss, or its initialised data (a static
 * initial value, compiler/ssagen/staticinit.c) in .data. */
static void emit_global(Buf *out, Sym *s)
{
    if (s->external)
        return;
    if (s->bytes) {
        emit_data(out, s, ".data");
        return;
    }
    int64_t size = s->type ? type_size(s->type) : 8;
    int64_t align = s->type ? type_align(s->type) : 8;
    const char *name = symname(s->name);
    if (cg_func_sections)
        data_section(out, ".bss", true);
    else
        buf_puts(out, "\t.bss\n");
    buf_printf(out, "\t.%s %s\n\t.type %s, @object\n\t.p2align %d\n%s:\n\t.zero %lld\n\t.size %s, %lld\n",
               s->weak ? "weak" : "globl", name, name, log2_align(align), name, (long long)(size ? size : 1), name,
               (long long)size);
}

static void emit_string(Buf *out, Sym *s)
{
    data_section(out, ".rodata", false); /* kept only if referred to */
    buf_printf(out, "%s:\n\t.ascii ", symname(s->name));
    put_string(out, s->data ? s->data : "", s->len);
    buf_putc(out, '\n');
}

/* Whether s is a NUL-terminated printable string and nothing else. */
static bool is_cstring(Sym *s)
{
    if (s->relocs.n > 0 || s->size == 0 || !s->bytes || s->bytes[s->size - 1] != 0)
        return false;
    for (int64_t i = 0; i + 1 < s->size; i++)
        if (s->bytes[i] < 0x20 || s->bytes[i] > 0x7e)
            return false;
    return true;
}

/* Initialised data (ssa.h: bytes and relocations) in section sect:
 * runs of bytes as .byte (zero runs as .zero), each relocation as a
 * .quad of its symbol plus addend. Nothing else of the content's meaning
 * is known here: compiler/ssagen/typedesc.c lays it out. */
static int ndata_sections; /* numbers the data sections of one object */

/* With function sections, a data symbol of the object's own gets a
 * section of its own too (sect's name, unique,N), so that ld drops what
 * nothing refers to, a dupok one's copy among them; .LhoodD<N> labels it,
 * for the typelink and itablink words linked to it (cg_emit_end).
 * Returns N, or -1 without function sections. */
static int data_section(Buf *out, const char *sect, bool writable)
{
    if (!cg_func_sections) {
        buf_printf(out, "\t.section %s\n", sect);
        return -1;
    }
    int n = ndata_sections++;
    bool bss = strcmp(sect, ".bss") == 0;
    buf_printf(out, "\t.section %s.hood,\"a%s\",@%s,unique,%d\n.LhoodD%d:\n", sect, writable ? "w" : "",
               bss ? "nobits" : "progbits", n, n);
    return n;
}

static int emit_data(Buf *out, Sym *s, const char *sect)
{
    const char *name = symname(s->name);
    if (s->dupok)
        buf_printf(out, "\t.weak %s\n", name);
    else if (s->global)
        buf_printf(out, "\t.globl %s\n", name);
    int sec = data_section(out, sect, strcmp(sect, ".data") == 0);
    buf_printf(out, "\t.p2align %d\n%s:\n", log2_align(s->align ? s->align : 1), name);
    if (is_cstring(s)) { /* names: readable in the listing */
        buf_puts(out, "\t.asciz ");
        put_string(out, (const char *)s->bytes, s->size - 1);
        buf_printf(out, "\n\t.size %s, %lld\n", name, (long long)s->size);
        return sec;
    }
    int64_t off = 0;
    int r = 0;
    while (off < s->size) {
        if (r < s->relocs.n && s->relocs.v[r].off == off) {
            Reloc *rl = &s->relocs.v[r++];
            buf_printf(out, "\t.quad %s", symname(rl->sym->name));
            if (rl->add)
                buf_printf(out, "%+lld", (long long)rl->add);
            buf_putc(out, '\n');
            off += 8;
            continue;
        }
        int64_t end = r < s->relocs.n ? s->relocs.v[r].off : s->size;
        int64_t z = off;
        while (z < end && (!s->bytes || s->bytes[z] == 0))
            z++;
        if (z - off >= 8 || z == end) {
            if (z > off)
                buf_printf(out, "\t.zero %lld\n", (long long)(z - off));
            off = z;
            continue;
        }
        /* up to 16 bytes, stopping before a long zero run */
        int64_t stop = off + 16 < end ? off + 16 : end;
        buf_puts(out, "\t.byte ");
        for (int64_t i = off; i < stop; i++)
            buf_printf(out, i > off ? ", %d" : "%d", s->bytes[i]);
        buf_putc(out, '\n');
        off = stop;
    }
    buf_printf(out, "\t.size %s, %lld\n", name, (long long)s->size);
    return sec;
}

/*
 * path made absolute (relative to the current directory) and lexically
 * clean, as gc records source paths for tracebacks. Builds stay
 * reproducible for the same absolute input path (tests/binary.sh).
 */
static const char *abs_path(const char *path)
{
    Buf in = {0}, out = {0};
    char cwd[4096];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd))
        buf_printf(&in, "%s/", cwd);
    buf_puts(&in, path);
    /* Each component is appended with its '/'; ".." removes the last. */
    for (const char *c = in.s; *c;) {
        size_t n = strcspn(c, "/");
        if (n == 2 && c[0] == '.' && c[1] == '.') {
            while (out.len > 0 && out.s[--out.len] != '/')
                ;
            out.s[out.len] = 0;
        } else if (n > 0 && !(n == 1 && c[0] == '.')) {
            buf_putc(&out, '/');
            buf_write(&out, c, n);
        }
        c += n + (c[n] == '/');
    }
    const char *abs = out.len ? intern(out.s, out.len) : "/";
    free(in.s);
    free(out.s);
    return abs;
}

/*
 * The function table (rt/traceback.c reads it; docs/design.md,
 * "Traceback tables"; the layout is rt/functab.h's, checked by the
 * assembler): one 80-byte record per function, in address order,
 * in .hood.functab, which hood.ld brackets with hood_functab_start/_end:
 *
 *      0 entry     .quad  the function's symbol
 *      8 file      .quad  absolute source path (one string per file)
 *     16 name      .quad  "main.f"
 *     24 pcln      .quad  PC→line runs (emit_pcln)
 *     32 args      .quad  argument-printing program (emit_arginfo), or 0
 *     40 size      .long  bytes of code
 *     44 line      .long  the line of the func keyword: where pcln starts
 *     48 framesize .long  SP = BP - framesize in the body
 *     52 push      .long  offset of PUSHQ BP: before it SP is at the return address
 *     56 frame     .long  end of the prologue: from here BP is the frame's
 *     60 cold      .long  the stack-growth path: from here to the end, as before push
 *     64 flags     .long  FUNC_WRAPPER (1): Func.wrapper
 *     68           .long  0 (the record stays a multiple of 8 bytes)
 *     72 opendefer .quad  open-coded defer information (emit_opendefer), or 0
 *
 * A function without a source position has the file "<autogenerated>" at
 * line 1, as gc prints a compiler-made function.
 */
/* Makes the assembler check that record i's next field is at offset
 * off, as rt/functab.h (which the runtime follows) has it. */
static void functab_check(Buf *out, int i, int off)
{
    buf_printf(out, "\t.if . - .Lhood%d_rec != %d\n\t.error \"functab record layout differs from rt/functab.h\"\n"
               "\t.endif\n", i, off);
}

static void emit_functab(Buf *out, CgEmit *e)
{
    if (!cg_func_sections)
        buf_puts(out, "\n\t.section .hood.functab,\"a\"\n\t.p2align 3\n");
    for (int i = 0; i < e->funcs.n; i++) {
        FuncTabEntry *f = &e->funcs.v[i];
        const char *sym = symname(f->name);
        /* Linked to the code's section (by a local label: as takes no
         * quoted symbol there): kept with it, and ld orders such
         * sections by the addresses of the ones they are linked to,
         * which keeps the table sorted (findfunc, rt/traceback.c). */
        if (cg_func_sections)
            buf_printf(out, "\t.section .hood.functab,\"ao\",@progbits,.Lhood%d_fn\n\t.p2align 3\n", i);
        buf_printf(out, ".Lhood%d_rec:\n", i);
        buf_printf(out, "\t.quad %s, .Lhoodsrc%u, .Lhoodname%d, .Lhood%d_pcln, %s\n", sym,
                   pos_file(f->pos), i, i,
                   f->has_args ? xprintf(".Lhood%d_args", i) : "0");
        functab_check(out, i, FUNCTAB_SIZE);
        buf_printf(out, "\t.long .Lhood%d_end-%s, %u, %lld, .Lhood%d_push-%s, .Lhood%d_frame-%s, "
                   ".Lhood%d_morestack-%s, %d, 0\n", i, sym, func_line(f->pos), (long long)f->framesize,
                   i, sym, i, sym, i, sym, f->wrapper ? 1 : 0);
        functab_check(out, i, FUNCTAB_OPENDEFER);
        buf_printf(out, "\t.quad %s\n", f->open_defers ? xprintf(".Lhood%d_odefer", i) : "0");
        functab_check(out, i, FUNCTAB_RECORD);
    }
    buf_puts(out, "\t.section .rodata\n");
    uint32_t nfiles = 0;
    while (source_get(nfiles + 1))
        nfiles++;
    bool *used = xalloc(sizeof(bool) * (nfiles + 1));
    for (int i = 0; i < e->funcs.n; i++) {
        FuncTabEntry *f = &e->funcs.v[i];
        used[pos_file(f->pos)] = true;
        if (cg_func_sections) /* kept with the record, as the tables (meta_section) */
            buf_printf(out, "\t.section .rodata.hood.meta,\"a\",@progbits,unique,%d\n", i);
        buf_printf(out, ".Lhoodname%d:\n\t.asciz ", i);
        put_string(out, f->name, (int64_t)strlen(f->name));
        buf_putc(out, '\n');
    }
    for (int i = 0; i < e->dirfiles.n; i++)
        used[e->dirfiles.v[i]] = true;
    for (uint32_t k = 0; k <= nfiles; k++) {
        if (!used[k])
            continue;
        /* A name a line directive gives is kept as written, as gc keeps
         * it; an empty one is gc's "??". */
        const SourceFile *src = source_get(k);
        const char *file = !k ? "<autogenerated>" : src->text ? abs_path(src->name) : *src->name ? src->name : "??";
        buf_printf(out, "\t.section %s\n.Lhoodsrc%u:\n\t.asciz ", SRC_SECTION, k);
        put_string(out, file, (int64_t)strlen(file));
        buf_putc(out, '\n');
    }
}

CgEmit *cg_emit_begin(Buf *out)
{
    CgEmit *e = arena_alloc(&arena_package, sizeof *e);
    e->out = out;
    ndata_sections = 0;
    buf_puts(out, "# Code generated by hood. DO NOT EDIT.\n");
    /* the symbol table's file symbol: the assembler would name the
     * object's path, which differs between builds (ld copies it) */
    buf_puts(out, "\t.file \"go.go\"\n");
    return e;
}

void cg_emit_func(CgEmit *e, Func *f)
{
    emit_func(e, f, e->funcs.n);
    FuncTabEntry ent = {arena_strdup(&arena_package, f->name), f->pos, f->framesize, has_arginfo(f),
                        f->wrapper, f->defer_bits != NULL};
    Arena *outer = arena_enter(&arena_package);
    vec_push(&e->funcs, ent);
    arena_enter(outer);
}

/* The data of list, and a word pointing to each in section table. */
static void emit_linked_data(Buf *out, SymList *list, const char *table)
{
    int *sec = NEWARRAY(int, list->n + 1);
    for (int i = 0; i < list->n; i++)
        sec[i] = emit_data(out, list->v[i], ".rodata");
    if (list->n > 0 && !cg_func_sections)
        buf_printf(out, "\t.section %s,\"a\"\n\t.p2align 3\n", table);
    for (int i = 0; i < list->n; i++) {
        if (cg_func_sections)
            buf_printf(out, "\t.section %s,\"ao\",@progbits,.LhoodD%d\n\t.p2align 3\n", table, sec[i]);
        buf_printf(out, "\t.quad %s\n", symname(list->v[i]->name));
    }
}

void cg_emit_end(CgEmit *e, Program *p)
{
    Buf *out = e->out;
    buf_putc(out, '\n');
    for (int i = 0; i < p->globals.n; i++)
        emit_global(out, p->globals.v[i]);
    for (int i = 0; i < p->strings.n; i++)
        emit_string(out, p->strings.v[i]);
    /* One Sym per type (compiler/ssagen/program.c, type_sym), with the
     * data they point to. A pointer to each descriptor goes in section
     * hood_typelink, where reflect finds the program's types by their
     * shape (SliceOf, FuncOf: rt/linkname.c, rt_typelinks); static itabs
     * likewise in hood_itablink, which the runtime walks from
     * __start_hood_itablink to __stop_hood_itablink (rt/iface.c; GNU ld
     * defines both for a section named like a C identifier). With
     * function sections each word is in a section linked to its
     * descriptor's or itab's (SHF_LINK_ORDER), so that ld keeps it
     * exactly when it keeps that one copy (hood links such objects with
     * -z start-stop-gc): the tables list what the program has, once. */
    emit_linked_data(out, &p->types, "hood_typelink");
    for (int i = 0; i < p->data.n; i++)
        emit_data(out, p->data.v[i], ".rodata");
    emit_linked_data(out, &p->itabs, "hood_itablink");
    for (int i = 0; i < p->funcvals.n; i++) {
        Sym *fv = p->funcvals.v[i];
        const char *name = symname(fv->name);
        buf_printf(out, "\t.%s %s\n", fv->dupok ? "weak" : "globl", name);
        data_section(out, ".rodata", false);
        buf_printf(out, "\t.p2align 3\n%s:\n\t.quad %s\n", name, symname(fv->data));
    }
    emit_functab(out, e);
    buf_puts(out, "\t.section .note.GNU-stack,\"\",@progbits\n");
}

void cg_emit_program(Buf *out, Program *p)
{
    CgEmit *e = cg_emit_begin(out);
    for (int i = 0; i < p->funcs.n; i++)
        cg_emit_func(e, p->funcs.v[i]);
    cg_emit_end(e, p);
}
