/*
 * print.c — the SSA text form, the one printer behind `hood ssa`, pass
 * dumps, checker messages and pass tests. The format follows gc's
 * GOSSAFUNC text and is read back by ssa_parse (ssa/parse.c); its exact
 * grammar is in ssa/README.md, and the two files must change together.
 */
#include "ssa.h"

#include <string.h>

static void print_line(Buf *out, Pos pos)
{
    if (pos.line == 0)
        buf_puts(out, "(?)");
    else
        buf_printf(out, "(%u)", pos.line);
}

/* Constants and immediates show their value even when it is 0; other
 * ops show auxint only when it is set, which keeps dumps of ordinary
 * arithmetic short. */
static bool is_const_op(Op op)
{
    return ssa_opinfo(op)->flags & (OPF_CONST | OPF_IMM);
}

static const char *op_name(Op op)
{
    if (!ssa_opinfo(op) || !ssa_opinfo(op)->name)
        return xprintf("Op%d", (int)op);
    return ssa_opinfo(op)->name;
}

/* String data as a C-style literal: printable ASCII except the quote and
 * backslash as itself, everything else escaped, so a dump is one line
 * per value whatever the bytes. */
static void print_string_lit(Buf *out, const char *s, int64_t len)
{
    buf_putc(out, '"');
    for (int64_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            buf_puts(out, "\\n");
        else if (c == '\t')
            buf_puts(out, "\\t");
        else if (c == '"' || c == '\\')
            buf_printf(out, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            buf_printf(out, "\\x%02x", c);
        else
            buf_putc(out, (char)c);
    }
    buf_putc(out, '"');
}

/* {name} for functions (gc's spelling of a call target); every other
 * kind carries a prefix, because the op alone does not say it after
 * lowering (a MOVQload's aux may be a global, an auto or a string). */
static void print_sym(Buf *out, const Sym *s)
{
    static const char *const prefix[SYM_NKINDS] = {
        [SYM_GLOBAL] = "global:", [SYM_FUNC] = "", [SYM_STRING] = "string:",
        [SYM_AUTO] = "auto:", [SYM_TYPE] = "type:", [SYM_FUNCVAL] = "funcval:",
        [SYM_DATA] = "data:",
    };
    _Static_assert(SYM_NKINDS == 7, "a prefix for every SymKind");
    buf_printf(out, "{%s%s", prefix[s->kind], s->name ? s->name : "?");
    if (s->kind == SYM_STRING && s->data) {
        buf_putc(out, ' ');
        print_string_lit(out, s->data, s->len);
    }
    buf_putc(out, '}');
}

/* One value, without indentation or newline:
 *     v4 (12) = Add64 <int> [auxint] {sym} v2 v3 : AX */
void ssa_print_value(Buf *out, Value *v)
{
    buf_printf(out, "v%d ", v->id);
    print_line(out, v->pos);
    buf_printf(out, " = %s <%s>", op_name(v->op), v->type ? type_string(v->type) : "?");
    if (v->aux_int != 0 || (ssa_opinfo(v->op) && is_const_op(v->op)))
        buf_printf(out, " [%lld]", (long long)v->aux_int);
    if (v->aux) {
        buf_putc(out, ' ');
        print_sym(out, v->aux);
    }
    for (int i = 0; i < v->nargs; i++) {
        if (v->args[i])
            buf_printf(out, " v%d", v->args[i]->id);
        else
            buf_puts(out, " v?"); /* only in a broken function, for the checker's message */
    }
    Func *f = v->block ? v->block->func : NULL;
    if (f && f->allocated && ssa_arch->home_name) {
        const char *home = ssa_arch->home_name(f, v);
        if (home)
            buf_printf(out, " : %s", home);
    }
}

static void print_block(Buf *out, Block *b)
{
    buf_printf(out, "  b%d:", b->id);
    if (b->preds.n > 0) {
        buf_puts(out, " <-");
        for (int i = 0; i < b->preds.n; i++)
            buf_printf(out, " b%d", b->preds.v[i].b->id);
    }
    buf_putc(out, '\n');
    for (int i = 0; i < b->values.n; i++) {
        buf_puts(out, "    ");
        ssa_print_value(out, b->values.v[i]);
        buf_putc(out, '\n');
    }
    const char *kind = ssa_blockinfo(b->kind) ? ssa_blockinfo(b->kind)->name : "?";
    buf_printf(out, "  %s", kind);
    if (b->control)
        buf_printf(out, " v%d", b->control->id);
    if (b->succs.n > 0) {
        buf_puts(out, " ->");
        for (int i = 0; i < b->succs.n; i++)
            buf_printf(out, " b%d", b->succs.v[i].b->id);
    }
    if (b->likely > 0)
        buf_puts(out, " (likely)");
    else if (b->likely < 0)
        buf_puts(out, " (unlikely)");
    buf_putc(out, ' ');
    print_line(out, b->pos);
    buf_putc(out, '\n');
}

/* The entry first (the parser takes the first block as the entry), then
 * the rest in f->blocks order, which is layout order after layout. */
void ssa_print(Buf *out, Func *f)
{
    buf_puts(out, f->name);
    if (f->goname && strcmp(f->goname, f->name) != 0)
        buf_printf(out, " goname=%s", f->goname);
    if (f->argsize != 0)
        buf_printf(out, " argsize=%lld", (long long)f->argsize);
    buf_putc(out, '\n');
    if (f->entry)
        print_block(out, f->entry);
    for (int i = 0; i < f->blocks.n; i++)
        if (f->blocks.v[i] != f->entry)
            print_block(out, f->blocks.v[i]);
}
