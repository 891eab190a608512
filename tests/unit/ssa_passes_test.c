/*
 * ssa_passes_test.c — what the SSA pass tests written as text
 * (tests/ssa/, run by tests/ssa/ssatest.c) cannot say: the parser's own
 * tests (round trip with the fields it sets, edge orders, errors), which
 * every text test relies on, and constant folding checked table-driven,
 * one op at a time, against Go's results at each width.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"
#include "diag.h"
#include "passes.h"

static void setup(void)
{
    types_init();
    ssa_set_arch(&cg_amd64);
    if (!source_get(1) || !source_get(1)->name)
        source_add("test.go", "", 0);
}

TestSuite(ssa_passes, .init = setup);

static Func *parse(const char *text)
{
    const char *err = NULL;
    Func *f = ssa_parse(text, &err);
    cr_assert_not_null(f, "ssa_parse: %s", err ? err : "(no message)");
    ssa_check(f);
    return f;
}

static const char *print(Func *f)
{
    Buf out = {0};
    ssa_print(&out, f);
    const char *s = xstrdup(out.s);
    free(out.s);
    return s;
}

/* --- Parser ------------------------------------------------------------------- */

Test(ssa_passes, parse_print_round_trip)
{
    const char *text =
        "main.rt goname=main.(*T).rt argsize=16\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (7) = Addr <*uint8> {string:go:string.0 \"hi\\n\\x01\\\"\"}\n"
        "    v3 (7) = LocalAddr <*int> {auto:x} v1\n"
        "    v4 (8) = Const64 <int> [0]\n"
        "    v10 (8) = Addr <*int> {global:main.g}\n"
        "  Plain -> b2 (8)\n"
        "  b2: <- b1 b2\n"
        "    v5 (9) = Phi <int> v4 v6\n"
        "    v6 (9) = Add64 <int> v5 v7\n"
        "    v7 (9) = Const64 <int> [-9223372036854775808]\n"
        "    v8 (9) = Less64 <bool> v6 v4\n"
        "  If v8 -> b2 b3 (likely) (9)\n"
        "  b3: <- b2\n"
        "    v9 (10) = StaticCall <mem> [16] {runtime.printlock} v1\n"
        "  Ret v9 (10)\n";
    Func *f = parse(text);
    cr_assert_str_eq(print(f), text);
    cr_assert_eq(f->nvalues, 11);
    cr_assert_eq(f->nblocks, 4);
    cr_assert_eq(f->autos.n, 1);
    Value *str = f->entry->values.v[1];
    cr_assert_eq(str->aux->kind, SYM_STRING);
    cr_assert_eq(str->aux->len, 5);
    cr_assert(memcmp(str->aux->data, "hi\n\x01\"", 5) == 0);
    cr_assert_eq(f->entry->values.v[0]->uses, 2); /* v3, v9 */
}

/* An If whose two edges go to one block, and predecessor lists in an
 * order that appending edges one by one could not produce. */
Test(ssa_passes, parse_edge_orders)
{
    const char *text =
        "main.e\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = ConstBool <bool> [1]\n"
        "  If v2 -> b2 b3 (1)\n"
        "  b4:\n"
        "    v3 (?) = InitMem <mem>\n"
        "  If v2 -> b3 b2 (2)\n"
        "  b2: <- b4 b1\n"
        "  Ret v1 (3)\n"
        "  b3: <- b1 b4\n"
        "  If v2 -> b5 b5 (4)\n"
        "  b5: <- b3 b3\n"
        "  Ret v1 (5)\n";
    const char *err;
    Func *f = ssa_parse(text, &err);
    cr_assert_not_null(f, "%s", err);
    cr_assert_str_eq(print(f), text);
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        for (int k = 0; k < b->succs.n; k++) {
            Edge e = b->succs.v[k];
            cr_assert_eq(e.b->preds.v[e.i].b, b);
            cr_assert_eq(e.b->preds.v[e.i].i, k);
        }
    }
}

Test(ssa_passes, parse_errors)
{
    static const struct { const char *text, *err; } cases[] = {
        {"f\n  b1:\n    v1 (?) = InitMem <foo>\n  Ret v1 (1)\n", "line 3: unknown type foo"},
        {"f\n  b1:\n    v1 (?) = Frob <mem>\n  Ret v1 (1)\n", "line 3: unknown op Frob"},
        {"f\n  b1:\n    v1 (?) = InitMem <mem>\n  Ret v2 (1)\n", "line 4: v2 is not defined"},
        {"f\n  b1:\n    v1 (?) = InitMem <mem>\n    v1 (?) = InitMem <mem>\n  Ret v1 (1)\n",
         "line 4: v1 defined twice"},
        {"f\n  b1:\n    v1 (?) = InitMem <mem>\n  Plain -> b2 (1)\n  b2:\n  Ret v1 (2)\n",
         "line 4: b1 -> b2, but b2 does not list b1 as a predecessor"},
        {"f\n  b1:\n    v1 (?) = InitMem <mem>\n", "line 3: b1 has no end line"},
        {"f\n  b1:\n  Ret v1 (1) junk\n", "line 3: unexpected text after the block's line"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *err = NULL;
        cr_expect_null(ssa_parse(cases[i].text, &err), "case %zu parsed", i);
        cr_expect_str_eq(err ? err : "", cases[i].err, "case %zu", i);
    }
}

/* --- opt: constant folding ----------------------------------------------------- */

typedef struct FoldCase {
    const char *op, *type;     /* the folded op and its result type */
    const char *aop;           /* Const op of the first operand */
    long long a;
    const char *bop;           /* of the second, NULL for a unary op */
    long long b;
    const char *want_op;       /* NULL: must not fold */
    long long want;
} FoldCase;

static const FoldCase fold_cases[] = {
    /* wrap-around at each width */
    {"Add8", "int8", "Const8", 127, "Const8", 1, "Const8", -128},
    {"Add8", "uint8", "Const8", -1, "Const8", 1, "Const8", 0},
    {"Sub32", "int32", "Const32", -2147483648LL, "Const32", 1, "Const32", 2147483647},
    {"Mul16", "int16", "Const16", 300, "Const16", 300, "Const16", 24464},
    {"Mul64", "int64", "Const64", 1LL << 62, "Const64", 4, "Const64", 0},
    {"Neg8", "int8", "Const8", -128, NULL, 0, "Const8", -128},
    {"Com16", "uint16", "Const16", 0, NULL, 0, "Const16", -1},
    /* shifts: counts are unsigned at their own width; >= width gives 0
     * or the sign fill */
    {"Lsh32", "int32", "Const32", 1, "Const64", 40, "Const32", 0},
    {"Lsh16", "int16", "Const16", 1, "Const64", 15, "Const16", -32768},
    {"Lsh64", "int64", "Const64", 3, "Const8", -1, "Const64", 0},
    {"Rsh8", "int8", "Const8", -100, "Const64", 100, "Const8", -1},
    {"Rsh8", "int8", "Const8", 100, "Const64", 100, "Const8", 0},
    {"Rsh8", "int8", "Const8", -100, "Const8", 2, "Const8", -25},
    {"Rsh64u", "uint64", "Const64", -1, "Const8", -1, "Const64", 0},
    {"Rsh32u", "uint32", "Const32", -1, "Const64", 28, "Const32", 15},
    {"Rsh64", "int64", "Const64", -(1LL << 40), "Const64", 64, "Const64", -1},
    /* division truncates toward zero; by zero and MinInt / -1 stay */
    {"Div64", "int64", "Const64", -7, "Const64", 2, "Const64", -3},
    {"Mod64", "int64", "Const64", -7, "Const64", 2, "Const64", -1},
    {"Mod32", "int32", "Const32", 7, "Const32", -2, "Const32", 1},
    {"Div8u", "uint8", "Const8", -1, "Const8", 2, "Const8", 127},
    {"Mod32u", "uint32", "Const32", -1, "Const32", 10, "Const32", 5},
    {"Div64", "int64", "Const64", 5, "Const64", 0, NULL, 0},
    {"Div8", "int8", "Const8", -128, "Const8", -1, NULL, 0},
    {"Mod16", "int16", "Const16", -32768, "Const16", -1, NULL, 0},
    {"Div64u", "uint64", "Const64", 5, "Const64", 0, NULL, 0},
    /* bitwise */
    {"And16", "int16", "Const16", 0x0ff0, "Const16", 0x00ff, "Const16", 0xf0},
    {"Or8", "int8", "Const8", 0x70, "Const8", -128, "Const8", -16},
    {"Xor32", "uint32", "Const32", -1, "Const32", 1, "Const32", -2},
    /* comparisons, signed and unsigned */
    {"Less32", "bool", "Const32", -1, "Const32", 1, "ConstBool", 1},
    {"Less32U", "bool", "Const32", -1, "Const32", 1, "ConstBool", 0},
    {"Leq8U", "bool", "Const8", -1, "Const8", 0, "ConstBool", 0},
    {"Leq64", "bool", "Const64", 5, "Const64", 5, "ConstBool", 1},
    {"Eq16", "bool", "Const16", -1, "Const16", -1, "ConstBool", 1},
    {"Neq64", "bool", "Const64", 1, "Const64", 2, "ConstBool", 1},
    /* width changes */
    {"SignExt8to64", "int64", "Const8", -1, NULL, 0, "Const64", -1},
    {"ZeroExt8to64", "uint64", "Const8", -1, NULL, 0, "Const64", 255},
    {"ZeroExt16to32", "uint32", "Const16", -32768, NULL, 0, "Const32", 32768},
    {"Trunc64to8", "int8", "Const64", 300, NULL, 0, "Const8", 44},
    {"Trunc32to16", "int16", "Const32", 98304, NULL, 0, "Const16", -32768},
    /* booleans */
    {"Not", "bool", "ConstBool", 1, NULL, 0, "ConstBool", 0},
    {"EqB", "bool", "ConstBool", 1, "ConstBool", 0, "ConstBool", 0},
    {"NeqB", "bool", "ConstBool", 1, "ConstBool", 0, "ConstBool", 1},
};

/* The operands' types only need to be valid type names; the folding reads
 * widths from the ops. */
static Func *fold_func(const FoldCase *c)
{
    char text[1024];
    snprintf(text, sizeof text,
             "main.fold argsize=8\n"
             "  b1:\n"
             "    v1 (?) = InitMem <mem>\n"
             "    v2 (1) = %s <int64> [%lld]\n"
             "    v3 (1) = %s <int64> [%lld]\n"
             "    v4 (1) = %s <%s> v2%s\n"
             "    v5 (1) = ArgAddr <*%s>\n"
             "    v6 (1) = Store <mem> [8] v5 v4 v1\n"
             "  Ret v6 (1)\n",
             c->aop, c->a, c->bop ? c->bop : "Const64", c->b, c->op, c->type,
             c->bop ? " v3" : "", c->type);
    return parse(text);
}

Test(ssa_passes, opt_folds_constants)
{
    for (size_t i = 0; i < sizeof fold_cases / sizeof fold_cases[0]; i++) {
        const FoldCase *c = &fold_cases[i];
        Func *f = fold_func(c);
        ssa_opt(f);
        ssa_check(f);
        Value *v = f->entry->values.v[3];
        cr_assert_eq(v->id, 4);
        if (!c->want_op) {
            cr_expect_str_eq(ssa_opinfo(v->op)->name, c->op, "%s must not fold", c->op);
            continue;
        }
        cr_expect_str_eq(ssa_opinfo(v->op)->name, c->want_op, "case %zu (%s)", i, c->op);
        cr_expect_eq(v->aux_int, c->want, "case %zu: %s %lld, %lld = %lld, want %lld", i, c->op,
                     c->a, c->b, (long long)v->aux_int, c->want);
        cr_expect_eq(v->nargs, 0, "case %zu", i);
    }
}
