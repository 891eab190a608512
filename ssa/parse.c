/*
 * parse.c — reads the SSA text form (ssa/README.md, "The text form") back
 * into a Func, so that pass tests can be written as text in, text out
 *. ssa/print.c writes the same format; the two change together.
 *
 * The parse is in two phases because references may point forward (a phi
 * naming a value defined later in a loop, or any use before schedule):
 *   1. read line by line, creating each block and value with the ID it is
 *      printed with, and noting argument, control and edge references by
 *      number;
 *   2. resolve the numbers, add the arguments and controls (which counts
 *      uses), and build the edge lists.
 * Edges are the one place where the parser writes edge lists directly
 * rather than through ssa_add_edge: both the successor order (after
 * "->") and the predecessor order (after "<-", which fixes phi argument
 * order) are given, and appending edges one at a time cannot produce
 * every pairing of the two orders.
 *
 * Errors are reported as "line N: message" for the first problem found;
 * the parser stops there (it reads test input, not user code).
 */
#include "ssa.h"

#include <ctype.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Printed IDs index growable arrays here; this bound keeps a typo such
 * as v99999999999 from asking for gigabytes. */
enum { MAX_ID = 1 << 20 };

typedef VEC(int) IntList;

/* Phase 1's notes about references, resolved in phase 2. */
typedef struct PendingValue {
    Value *v;
    IntList args;
    int line;
} PendingValue;

typedef struct PendingBlock {
    Block *b;
    IntList preds, succs;
    int control; /* 0: none */
    int line;    /* of the BlockHead, for errors in the preds */
    int end_line; /* of the BlockEnd, for errors in the control and succs */
} PendingBlock;

typedef struct Parser {
    Func *f;
    const char *p;   /* cursor in the current line */
    const char *eol; /* end of the current line */
    int line;        /* its number, from 1 */
    const char *err;
    jmp_buf fail;
    VEC(PendingValue) values;
    VEC(PendingBlock) blocks;
    VEC(Value *) value_by_id; /* NULL where no value has that ID (yet) */
    VEC(Block *) block_by_id;
    SymList syms;        /* non-auto syms made so far, shared by name */
} Parser;

static _Noreturn void fail(Parser *ps, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(Parser *ps, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ps->err = xprintf("line %d: %s", ps->line, msg);
    longjmp(ps->fail, 1);
}

/* --- Lexing within a line ------------------------------------------------- */

static void skip_spaces(Parser *ps)
{
    while (ps->p < ps->eol && *ps->p == ' ')
        ps->p++;
}

static bool at_end(Parser *ps)
{
    skip_spaces(ps);
    return ps->p >= ps->eol;
}

static bool peek(Parser *ps, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(ps->eol - ps->p) >= n && memcmp(ps->p, s, n) == 0;
}

static void expect(Parser *ps, const char *s)
{
    skip_spaces(ps);
    if (!peek(ps, s))
        fail(ps, "expected '%s'", s);
    ps->p += strlen(s);
}

/* decimal = digit { digit } . */
static int64_t decimal(Parser *ps)
{
    if (ps->p >= ps->eol || !isdigit((unsigned char)*ps->p))
        fail(ps, "expected a number");
    uint64_t n = 0;
    while (ps->p < ps->eol && isdigit((unsigned char)*ps->p)) {
        n = n * 10 + (uint64_t)(*ps->p++ - '0');
        if (n > (uint64_t)INT64_MAX + 1)
            fail(ps, "number out of range");
    }
    return (int64_t)n;
}

/* int = [ "-" ] decimal . (-2^63 is allowed: aux_int holds any int64.) */
static int64_t integer(Parser *ps)
{
    bool neg = ps->p < ps->eol && *ps->p == '-';
    if (neg)
        ps->p++;
    uint64_t n = (uint64_t)decimal(ps);
    if (!neg && n > (uint64_t)INT64_MAX)
        fail(ps, "number out of range");
    return (int64_t)(neg ? 0 - n : n);
}

/* ValueRef = "v" decimal .  BlockRef = "b" decimal . */
static int ref(Parser *ps, char prefix)
{
    skip_spaces(ps);
    if (ps->p >= ps->eol || *ps->p != prefix)
        fail(ps, "expected %c<number>", prefix);
    ps->p++;
    int64_t id = decimal(ps);
    if (id <= 0 || id >= MAX_ID)
        fail(ps, "ID %c%lld out of range", prefix, (long long)id);
    return (int)id;
}

static bool is_ref(const char *p, const char *eol, char prefix)
{
    return p + 1 < eol && p[0] == prefix && isdigit((unsigned char)p[1]);
}

/* A run of letters, digits and underscores (op and block kind names). */
static const char *word(Parser *ps, size_t *n)
{
    skip_spaces(ps);
    const char *s = ps->p;
    while (ps->p < ps->eol && (isalnum((unsigned char)*ps->p) || *ps->p == '_'))
        ps->p++;
    *n = (size_t)(ps->p - s);
    if (*n == 0)
        fail(ps, "expected a name");
    return s;
}

/* Line = "(" ( decimal | "?" ) ")" . */
static Pos source_line(Parser *ps)
{
    expect(ps, "(");
    Pos pos = {0, 0, 0};
    if (peek(ps, "?")) {
        ps->p++;
    } else {
        int64_t line = decimal(ps);
        if (line > UINT32_MAX)
            fail(ps, "line number out of range");
        pos = (Pos){1, (uint32_t)line, 1};
    }
    expect(ps, ")");
    return pos;
}

/* --- Names ------------------------------------------------------------------ */

static Op lookup_op(Parser *ps, const char *s, size_t n)
{
    for (int op = 1; ssa_opinfo(op); op++) {
        const char *name = ssa_opinfo(op)->name;
        if (name && strlen(name) == n && memcmp(name, s, n) == 0)
            return (Op)op;
    }
    fail(ps, "unknown op %.*s", (int)n, s);
}

static BlockKind lookup_kind(Parser *ps, const char *s, size_t n)
{
    for (int k = 1; ssa_blockinfo(k); k++) {
        const char *name = ssa_blockinfo(k)->name;
        if (strlen(name) == n && memcmp(name, s, n) == 0)
            return (BlockKind)k;
    }
    fail(ps, "unknown block kind %.*s", (int)n, s);
}

/* TypeText: a basic type's name, mem, flags, or *T / []T of those. */
static Type *lookup_type(Parser *ps, const char *s, size_t n)
{
    if (n > 1 && s[0] == '*')
        return type_new_pointer(lookup_type(ps, s + 1, n - 1));
    if (n > 2 && s[0] == '[' && s[1] == ']')
        return type_new_slice(lookup_type(ps, s + 2, n - 2));
    if (n == 3 && memcmp(s, "mem", 3) == 0)
        return type_mem;
    if (n == 5 && memcmp(s, "flags", 5) == 0)
        return type_flags;
    for (int k = TYPE_BOOL; k <= TYPE_UNSAFE_POINTER; k++) {
        const char *name = type_string(types_basic[k]);
        if (strlen(name) == n && memcmp(name, s, n) == 0)
            return types_basic[k];
    }
    fail(ps, "unknown type %.*s", (int)n, s);
}

/* --- Syms ------------------------------------------------------------------- */

/* StrLit = `"` { char | escape } `"` .  Escapes: \n \t \\ \" \xHH. */
static void string_lit(Parser *ps, Sym *sym)
{
    expect(ps, "\"");
    Buf data = {0};
    int64_t len = 0;
    for (;;) {
        if (ps->p >= ps->eol)
            fail(ps, "unterminated string");
        char c = *ps->p++;
        if (c == '"')
            break;
        if (c == '\\') {
            if (ps->p >= ps->eol)
                fail(ps, "unterminated string");
            char e = *ps->p++;
            if (e == 'n')
                c = '\n';
            else if (e == 't')
                c = '\t';
            else if (e == '\\' || e == '"')
                c = e;
            else if (e == 'x' && ps->eol - ps->p >= 2 && isxdigit((unsigned char)ps->p[0]) &&
                     isxdigit((unsigned char)ps->p[1])) {
                char hex[3] = {ps->p[0], ps->p[1], 0};
                c = (char)strtol(hex, NULL, 16);
                ps->p += 2;
            } else
                fail(ps, "bad escape \\%c", e);
        }
        buf_write(&data, &c, 1);
        len++;
    }
    char *copy = NEWARRAY(char, len + 1);
    if (len > 0)
        memcpy(copy, data.s, (size_t)len);
    free(data.s);
    sym->data = copy;
    sym->len = len;
}

/* SymName: up to a space or the closing "}", with balanced braces (and
 * anything, spaces included, between them), as in "type.struct{x int}". */
static const char *sym_name(Parser *ps)
{
    const char *s = ps->p;
    int depth = 0;
    while (ps->p < ps->eol) {
        char c = *ps->p;
        if (depth == 0 && (c == ' ' || c == '}'))
            break;
        if (c == '{')
            depth++;
        else if (c == '}')
            depth--;
        ps->p++;
    }
    if (depth != 0 || ps->p == s)
        fail(ps, "bad symbol name");
    return intern(s, (size_t)(ps->p - s));
}

/* Sym = "{" [ SymKind ":" ] SymName [ SP StrLit ] "}" . Autos are the
 * function's (one per name); other syms are shared by kind and name. */
static Sym *sym(Parser *ps)
{
    static const struct { const char *prefix; SymKind kind; } kinds[] = {
        {"global:", SYM_GLOBAL}, {"string:", SYM_STRING}, {"type:", SYM_TYPE}, {"auto:", SYM_AUTO},
    };
    expect(ps, "{");
    SymKind kind = SYM_FUNC;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (peek(ps, kinds[i].prefix)) {
            kind = kinds[i].kind;
            ps->p += strlen(kinds[i].prefix);
            break;
        }
    const char *name = sym_name(ps);
    Sym *s = NULL;
    SymList *list = kind == SYM_AUTO ? &ps->f->autos : &ps->syms;
    for (int i = 0; i < list->n && !s; i++)
        if (list->v[i]->kind == kind && list->v[i]->name == name)
            s = list->v[i];
    if (!s) {
        s = kind == SYM_AUTO ? ssa_auto(ps->f, name, NULL) : ssa_sym(kind, name, NULL);
        if (kind != SYM_AUTO)
            vec_push(&ps->syms, s);
    }
    skip_spaces(ps);
    if (kind == SYM_STRING && peek(ps, "\""))
        string_lit(ps, s);
    expect(ps, "}");
    return s;
}

/* --- Lines -------------------------------------------------------------------- */

/* Header = FuncName { SP Attr } NL .
 * Attr = "goname=" nonblank | "argsize=" int . */
static void header(Parser *ps)
{
    const char *s = ps->p;
    while (ps->p < ps->eol && *ps->p != ' ')
        ps->p++;
    const char *name = intern(s, (size_t)(ps->p - s));
    const char *goname = NULL;
    int64_t argsize = 0;
    while (!at_end(ps)) {
        if (peek(ps, "argsize=")) {
            ps->p += strlen("argsize=");
            argsize = integer(ps);
        } else if (peek(ps, "goname=")) {
            ps->p += strlen("goname=");
            s = ps->p;
            while (ps->p < ps->eol && *ps->p != ' ')
                ps->p++;
            goname = intern(s, (size_t)(ps->p - s));
        } else {
            fail(ps, "unknown function attribute");
        }
    }
    ps->f = ssa_func_new(name, goname, (Pos){0, 0, 0});
    ps->f->argsize = argsize;
}

/* BlockHead = "  " BlockRef ":" [ " <-" { SP BlockRef } ] NL . */
static void block_head(Parser *ps)
{
    int id = ref(ps, 'b');
    if (id < ps->block_by_id.n && ps->block_by_id.v[id])
        fail(ps, "b%d defined twice", id);
    expect(ps, ":");
    PendingBlock pb = {.line = ps->line};
    pb.b = ssa_block_new(ps->f, BlockInvalid, (Pos){0, 0, 0});
    pb.b->id = id;
    while (ps->block_by_id.n <= id)
        vec_push(&ps->block_by_id, NULL);
    ps->block_by_id.v[id] = pb.b;
    if (!at_end(ps)) {
        expect(ps, "<-");
        while (!at_end(ps))
            vec_push(&pb.preds, ref(ps, 'b'));
    }
    vec_push(&ps->blocks, pb);
}

/* ValueLine = "    " ValueRef SP Line " = " OpName SP "<" TypeText ">"
 *             [ SP "[" int "]" ] [ SP Sym ] { SP ValueRef } [ " : " Home ] NL . */
static void value_line(Parser *ps, Block *b)
{
    int id = ref(ps, 'v');
    if (id < ps->value_by_id.n && ps->value_by_id.v[id])
        fail(ps, "v%d defined twice", id);
    skip_spaces(ps);
    Pos pos = source_line(ps);
    expect(ps, "=");
    size_t n;
    const char *name = word(ps, &n);
    Op op = lookup_op(ps, name, n);
    expect(ps, "<");
    const char *t = ps->p;
    while (ps->p < ps->eol && *ps->p != '>')
        ps->p++;
    if (ps->p >= ps->eol)
        fail(ps, "unterminated type");
    Type *type = lookup_type(ps, t, (size_t)(ps->p - t));
    ps->p++;

    PendingValue pv = {.line = ps->line};
    pv.v = ssa_value_new(b, op, type, pos);
    pv.v->id = id;
    while (ps->value_by_id.n <= id)
        vec_push(&ps->value_by_id, NULL);
    ps->value_by_id.v[id] = pv.v;
    while (!at_end(ps)) {
        if (peek(ps, "[")) {
            ps->p++;
            pv.v->aux_int = integer(ps);
            expect(ps, "]");
        } else if (peek(ps, "{")) {
            pv.v->aux = sym(ps);
        } else if (is_ref(ps->p, ps->eol, 'v')) {
            vec_push(&pv.args, ref(ps, 'v'));
        } else if (peek(ps, ":")) {
            break; /* the register or stack home, printed after regalloc */
        } else {
            fail(ps, "unexpected '%c'", *ps->p);
        }
    }
    vec_push(&ps->values, pv);
}

/* BlockEnd = "  " KindName [ SP ValueRef ] [ " ->" { SP BlockRef } ]
 *            [ SP Likely ] SP Line NL . */
static void block_end(Parser *ps, PendingBlock *pb)
{
    size_t n;
    const char *name = word(ps, &n);
    pb->b->kind = lookup_kind(ps, name, n);
    skip_spaces(ps);
    if (is_ref(ps->p, ps->eol, 'v'))
        pb->control = ref(ps, 'v');
    skip_spaces(ps);
    if (peek(ps, "->")) {
        ps->p += 2;
        skip_spaces(ps);
        while (is_ref(ps->p, ps->eol, 'b')) {
            vec_push(&pb->succs, ref(ps, 'b'));
            skip_spaces(ps);
        }
    }
    if (peek(ps, "(likely)")) {
        pb->b->likely = 1;
        ps->p += strlen("(likely)");
    } else if (peek(ps, "(unlikely)")) {
        pb->b->likely = -1;
        ps->p += strlen("(unlikely)");
    }
    skip_spaces(ps);
    pb->b->pos = source_line(ps);
    if (!at_end(ps))
        fail(ps, "unexpected text after the block's line");
    pb->end_line = ps->line;
}

/* --- Phase 2 -------------------------------------------------------------------- */

static Value *value_ref(Parser *ps, int id, int line)
{
    if (id >= ps->value_by_id.n || !ps->value_by_id.v[id]) {
        ps->line = line;
        fail(ps, "v%d is not defined", id);
    }
    return ps->value_by_id.v[id];
}

static Block *block_ref(Parser *ps, int id, int line)
{
    if (id >= ps->block_by_id.n || !ps->block_by_id.v[id]) {
        ps->line = line;
        fail(ps, "b%d is not defined", id);
    }
    return ps->block_by_id.v[id];
}

/* Pairs the k-th occurrence of c in b's successor list with the k-th
 * occurrence of b in c's predecessor list (the same pair of blocks may be
 * joined twice: If v -> b2 b2). */
static void build_edges(Parser *ps)
{
    for (int i = 0; i < ps->blocks.n; i++) {
        PendingBlock *pb = &ps->blocks.v[i];
        for (int k = 0; k < pb->succs.n; k++)
            vec_push(&pb->b->succs, ((Edge){NULL, -1}));
        for (int k = 0; k < pb->preds.n; k++)
            vec_push(&pb->b->preds, ((Edge){block_ref(ps, pb->preds.v[k], pb->line), -1}));
    }
    for (int i = 0; i < ps->blocks.n; i++) {
        PendingBlock *pb = &ps->blocks.v[i];
        Block *b = pb->b;
        for (int s = 0; s < pb->succs.n; s++) {
            Block *c = block_ref(ps, pb->succs.v[s], pb->end_line);
            int seen = 0;
            for (int k = 0; k < s; k++)
                if (pb->succs.v[k] == c->id)
                    seen++;
            int j = 0;
            for (; j < c->preds.n; j++)
                if (c->preds.v[j].b == b && seen-- == 0)
                    break;
            if (j == c->preds.n) {
                ps->line = pb->end_line;
                fail(ps, "b%d -> b%d, but b%d does not list b%d as a predecessor", b->id, c->id,
                     c->id, b->id);
            }
            b->succs.v[s] = (Edge){c, j};
            c->preds.v[j].i = s;
        }
    }
    for (int i = 0; i < ps->blocks.n; i++) {
        Block *c = ps->blocks.v[i].b;
        for (int j = 0; j < c->preds.n; j++)
            if (c->preds.v[j].i < 0) {
                ps->line = ps->blocks.v[i].line;
                fail(ps, "b%d lists b%d as a predecessor, but b%d has no edge to it", c->id,
                     c->preds.v[j].b->id, c->preds.v[j].b->id);
            }
    }
}

static void resolve(Parser *ps)
{
    int maxv = 0, maxb = 0;
    for (int i = 0; i < ps->values.n; i++) {
        PendingValue *pv = &ps->values.v[i];
        for (int k = 0; k < pv->args.n; k++)
            ssa_add_arg(pv->v, value_ref(ps, pv->args.v[k], pv->line));
        if (pv->v->id > maxv)
            maxv = pv->v->id;
    }
    for (int i = 0; i < ps->blocks.n; i++) {
        PendingBlock *pb = &ps->blocks.v[i];
        if (pb->control)
            ssa_set_control(pb->b, value_ref(ps, pb->control, pb->end_line));
        if (pb->b->id > maxb)
            maxb = pb->b->id;
    }
    build_edges(ps);
    ps->f->nvalues = maxv + 1;
    ps->f->nblocks = maxb + 1;
}

/* --- Driver -------------------------------------------------------------------- */

/* Sets the cursor to the next line that is not blank or a comment;
 * returns false at the end of the text. `next` is where that search
 * starts and is advanced past the line. */
static bool next_line(Parser *ps, const char **next)
{
    while (**next) {
        const char *s = *next, *e = strchr(s, '\n');
        if (!e)
            e = s + strlen(s);
        *next = *e ? e + 1 : e;
        ps->line++;
        if (e > s && e[-1] == '\r')
            e--;
        ps->p = s;
        ps->eol = e;
        if (!at_end(ps) && *ps->p != '#') {
            ps->p = s;
            return true;
        }
    }
    return false;
}

static Func *parse_func(Parser *ps, const char *text)
{
    const char *next = text;
    if (!next_line(ps, &next))
        fail(ps, "no function");
    if (*ps->p == ' ')
        fail(ps, "expected the function's name in column 0");
    header(ps);

    PendingBlock *open = NULL; /* the block whose end line is still to come */
    while (next_line(ps, &next)) {
        skip_spaces(ps);
        if (is_ref(ps->p, ps->eol, 'v')) {
            if (!open)
                fail(ps, "value outside a block");
            value_line(ps, open->b);
        } else if (is_ref(ps->p, ps->eol, 'b')) {
            if (open)
                fail(ps, "b%d has no end line", open->b->id);
            block_head(ps);
            open = &ps->blocks.v[ps->blocks.n - 1];
        } else {
            if (!open)
                fail(ps, "block end outside a block");
            block_end(ps, open);
            open = NULL;
        }
    }
    if (open)
        fail(ps, "b%d has no end line", open->b->id);
    if (ps->blocks.n == 0)
        fail(ps, "function has no blocks");
    resolve(ps);
    return ps->f;
}

Func *ssa_parse(const char *text, const char **err)
{
    types_init();
    /* In the arena, not on the stack: automatic variables changed between
     * setjmp and longjmp have indeterminate values afterwards. */
    Parser *ps = NEW(Parser);
    if (setjmp(ps->fail)) {
        if (err)
            *err = ps->err;
        return NULL;
    }
    Func *f = parse_func(ps, text);
    if (err)
        *err = NULL;
    return f;
}
