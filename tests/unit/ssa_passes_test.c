/*
 * ssa_passes_test.c — the machine-independent SSA passes, text in and
 * text out (STYLE 6): each test parses a function in the form of
 * ssa/README.md, runs a pass (the verifier before and after), and
 * compares the printed result with the expected text. Constant folding is
 * checked table-driven, one op at a time, against Go's results at each
 * width. The parser's own tests (round trip, errors) come first, since
 * every other test relies on it.
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

typedef void PassFn(Func *f);

/* Parses `in`, runs the passes in order (a NULL-terminated list), checks
 * the result and compares its printed form with `want`. */
static void expect_passes(const char *in, const char *want, PassFn *const *passes)
{
    Func *f = parse(in);
    for (int i = 0; passes[i]; i++) {
        passes[i](f);
        ssa_check(f);
    }
    cr_assert_str_eq(print(f), want);
}

#define RUN(in, want, ...) expect_passes(in, want, (PassFn *const[]){__VA_ARGS__, NULL})

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

/* --- opt: identities, then the cleanup passes ------------------------------------ */

Test(ssa_passes, opt_identities)
{
    RUN("main.ident argsize=24\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (3) = Arg <int> [0]\n"
        "    v3 (3) = Const64 <int> [0]\n"
        "    v4 (3) = Const64 <int> [1]\n"
        "    v5 (4) = Add64 <int> v3 v2\n"    /* 0 + x */
        "    v6 (4) = Mul64 <int> v5 v4\n"    /* x * 1 */
        "    v7 (4) = Sub64 <int> v6 v2\n"    /* x - x = 0 */
        "    v8 (4) = Xor64 <int> v7 v6\n"    /* 0 ^ x */
        "    v9 (4) = Neg64 <int> v8\n"
        "    v10 (4) = Neg64 <int> v9\n"      /* -(-x) */
        "    v11 (4) = And64 <int> v10 v3\n"  /* x & 0 = 0 */
        "    v12 (4) = Or64 <int> v10 v11\n"  /* x | 0 */
        "    v13 (5) = ArgAddr <*int> [16]\n"
        "    v14 (5) = Store <mem> [8] v13 v12 v1\n"
        "    v15 (6) = Arg <bool> [8]\n"
        "    v16 (6) = Not <bool> v15\n"
        "    v17 (6) = Not <bool> v16\n"      /* !!b */
        "  If v17 -> b2 b3 (6)\n"
        "  b2: <- b1\n"
        "  Ret v14 (7)\n"
        "  b3: <- b1\n"
        "    v18 (8) = Xor64 <int> v2 v2\n"   /* x ^ x = 0 */
        "    v19 (8) = Eq64 <bool> v18 v3\n"  /* 0 == 0 */
        "    v20 (8) = ArgAddr <*bool> [16]\n"
        "    v21 (8) = Store <mem> [1] v20 v19 v14\n"
        "  Ret v21 (8)\n",

        "main.ident argsize=24\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (3) = Arg <int>\n"
        "    v13 (5) = ArgAddr <*int> [16]\n"
        "    v14 (5) = Store <mem> [8] v13 v2 v1\n"
        "    v15 (6) = Arg <bool> [8]\n"
        "  If v15 -> b2 b3 (6)\n"
        "  b2: <- b1\n"
        "  Ret v14 (7)\n"
        "  b3: <- b1\n"
        "    v19 (8) = ConstBool <bool> [1]\n"
        "    v20 (8) = ArgAddr <*bool> [16]\n"
        "    v21 (8) = Store <mem> [1] v20 v19 v14\n"
        "  Ret v21 (8)\n",
        ssa_opt, ssa_copyelim, ssa_deadcode);
}

/* Shifts by a constant count: 0 is the identity, >= the width gives 0
 * even when the shifted value is unknown (but not for a signed right
 * shift, whose result is then the sign). */
Test(ssa_passes, opt_shift_identities)
{
    RUN("main.sh argsize=8\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <int32> [0]\n"
        "    v3 (1) = Const64 <uint64> [0]\n"
        "    v4 (1) = Const8 <uint8> [-56]\n"   /* 200 */
        "    v5 (2) = Lsh32 <int32> v2 v3\n"
        "    v6 (2) = Rsh32u <int32> v5 v4\n"
        "    v7 (2) = Rsh32 <int32> v5 v4\n"
        "    v8 (2) = Add32 <int32> v6 v7\n"
        "    v9 (3) = ArgAddr <*int32> [4]\n"
        "    v10 (3) = Store <mem> [4] v9 v8 v1\n"
        "  Ret v10 (3)\n",

        "main.sh argsize=8\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <int32>\n"
        "    v4 (1) = Const8 <uint8> [-56]\n"
        "    v7 (2) = Rsh32 <int32> v2 v4\n"
        "    v9 (3) = ArgAddr <*int32> [4]\n"
        "    v10 (3) = Store <mem> [4] v9 v7 v1\n"
        "  Ret v10 (3)\n",
        ssa_opt, ssa_copyelim, ssa_deadcode);
}

/* --- deadcode ---------------------------------------------------------------------- */

/* A constant If loses its dead edge; b3 (no longer reachable) and b5
 * (never reachable) go, and with them b4's phi arguments from them; v3 is
 * unused and the ConstBool is unused once the If is gone. */
Test(ssa_passes, deadcode_blocks_and_values)
{
    RUN("main.dc argsize=8\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (2) = ConstBool <bool> [1]\n"
        "    v3 (2) = Const64 <int> [7]\n"
        "    v4 (2) = Const64 <int> [1]\n"
        "    v5 (2) = Const64 <int> [2]\n"
        "  If v2 -> b2 b3 (2)\n"
        "  b2: <- b1\n"
        "  Plain -> b4 (3)\n"
        "  b3: <- b1\n"
        "    v9 (4) = Add64 <int> v5 v5\n"
        "  Plain -> b4 (4)\n"
        "  b5: <- b5\n"
        "    v10 (6) = Const64 <int> [3]\n"
        "  If v2 -> b4 b5 (6)\n"
        "  b4: <- b2 b5 b3\n"
        "    v6 (5) = Phi <int> v4 v10 v9\n"
        "    v7 (5) = ArgAddr <*int>\n"
        "    v8 (5) = Store <mem> [8] v7 v6 v1\n"
        "  Ret v8 (5)\n",

        "main.dc argsize=8\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v4 (2) = Const64 <int> [1]\n"
        "  Plain -> b2 (2)\n"
        "  b2: <- b1\n"
        "  Plain -> b4 (3)\n"
        "  b4: <- b2\n"
        "    v6 (5) = Phi <int> v4\n"
        "    v7 (5) = ArgAddr <*int>\n"
        "    v8 (5) = Store <mem> [8] v7 v6 v1\n"
        "  Ret v8 (5)\n",
        ssa_deadcode);
}

/* If false: succ1 survives. Values with effects stay even when unused. */
Test(ssa_passes, deadcode_false_branch_keeps_effects)
{
    RUN("main.df\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (2) = ConstBool <bool> [0]\n"
        "  If v2 -> b2 b3 (2)\n"
        "  b2: <- b1\n"
        "  Ret v1 (3)\n"
        "  b3: <- b1\n"
        "    v3 (4) = StaticCall <mem> {runtime.printlock} v1\n"
        "  Ret v1 (4)\n",

        "main.df\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "  Plain -> b3 (2)\n"
        "  b3: <- b1\n"
        "    v3 (4) = StaticCall <mem> {runtime.printlock} v1\n"
        "  Ret v1 (4)\n",
        ssa_deadcode);
}

/* --- phielim and copyelim ---------------------------------------------------------- */

static const char loop_text[] =
    "main.loop argsize=24\n"
    "  b1:\n"
    "    v1 (?) = InitMem <mem>\n"
    "    v2 (1) = Arg <int>\n"
    "    v7 (1) = Arg <bool> [8]\n"
    "  Plain -> b2 (1)\n"
    "  b2: <- b1 b3\n"
    "    v3 (2) = Phi <int> v2 v3\n"   /* only v2, or itself */
    "    v5 (2) = Phi <int> v2 v6\n"   /* v6 is a copy of v3, so v2 */
    "  If v7 -> b3 b4 (2)\n"
    "  b3: <- b2\n"
    "    v6 (3) = Copy <int> v3\n"
    "  Plain -> b2 (3)\n"
    "  b4: <- b2\n"
    "    v8 (4) = ArgAddr <*int> [16]\n"
    "    v9 (4) = Store <mem> [8] v8 v5 v1\n"
    "  Ret v9 (4)\n";

Test(ssa_passes, phielim_to_fixpoint)
{
    RUN(loop_text,
        "main.loop argsize=24\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <int>\n"
        "    v7 (1) = Arg <bool> [8]\n"
        "  Plain -> b2 (1)\n"
        "  b2: <- b1 b3\n"
        "    v3 (2) = Copy <int> v2\n"
        "    v5 (2) = Copy <int> v2\n"
        "  If v7 -> b3 b4 (2)\n"
        "  b3: <- b2\n"
        "    v6 (3) = Copy <int> v3\n"
        "  Plain -> b2 (3)\n"
        "  b4: <- b2\n"
        "    v8 (4) = ArgAddr <*int> [16]\n"
        "    v9 (4) = Store <mem> [8] v8 v5 v1\n"
        "  Ret v9 (4)\n",
        ssa_phielim);
}

Test(ssa_passes, copyelim_removes_every_copy)
{
    RUN(loop_text,
        "main.loop argsize=24\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <int>\n"
        "    v7 (1) = Arg <bool> [8]\n"
        "  Plain -> b2 (1)\n"
        "  b2: <- b1 b3\n"
        "  If v7 -> b3 b4 (2)\n"
        "  b3: <- b2\n"
        "  Plain -> b2 (3)\n"
        "  b4: <- b2\n"
        "    v8 (4) = ArgAddr <*int> [16]\n"
        "    v9 (4) = Store <mem> [8] v8 v2 v1\n"
        "  Ret v9 (4)\n",
        ssa_phielim, ssa_copyelim);
}

/* Controls are uses too; chains of copies collapse to their source. */
Test(ssa_passes, copyelim_controls_and_chains)
{
    RUN("main.cc argsize=8\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v4 (1) = Copy <bool> v3\n"
        "    v3 (1) = Copy <bool> v2\n"
        "    v2 (1) = Arg <bool>\n"
        "  If v4 -> b2 b3 (1)\n"
        "  b2: <- b1\n"
        "    v5 (2) = Copy <mem> v1\n"
        "  Ret v5 (2)\n"
        "  b3: <- b1\n"
        "  Ret v1 (3)\n",

        "main.cc argsize=8\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <bool>\n"
        "  If v2 -> b2 b3 (1)\n"
        "  b2: <- b1\n"
        "  Ret v1 (2)\n"
        "  b3: <- b1\n"
        "  Ret v1 (3)\n",
        ssa_copyelim);
}

/* --- critical ----------------------------------------------------------------------- */

/* b1 -> b3 is critical (b1 has two successors, b3 two predecessors). The
 * new block b4 takes the edge's place at both ends, so b1's successor
 * order (true first) and b3's phi arguments are unchanged. */
Test(ssa_passes, critical_splits_edge)
{
    RUN("main.crit argsize=16\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <bool>\n"
        "    v3 (1) = Const64 <int> [1]\n"
        "  If v2 -> b3 b2 (likely) (1)\n"
        "  b2: <- b1\n"
        "    v4 (2) = Const64 <int> [2]\n"
        "  Plain -> b3 (2)\n"
        "  b3: <- b1 b2\n"
        "    v5 (3) = Phi <int> v3 v4\n"
        "    v6 (3) = ArgAddr <*int> [8]\n"
        "    v7 (3) = Store <mem> [8] v6 v5 v1\n"
        "  Ret v7 (3)\n",

        "main.crit argsize=16\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <bool>\n"
        "    v3 (1) = Const64 <int> [1]\n"
        "  If v2 -> b4 b2 (likely) (1)\n"
        "  b2: <- b1\n"
        "    v4 (2) = Const64 <int> [2]\n"
        "  Plain -> b3 (2)\n"
        "  b3: <- b4 b2\n"
        "    v5 (3) = Phi <int> v3 v4\n"
        "    v6 (3) = ArgAddr <*int> [8]\n"
        "    v7 (3) = Store <mem> [8] v6 v5 v1\n"
        "  Ret v7 (3)\n"
        "  b4: <- b1\n"
        "  Plain -> b3 (1)\n",
        ssa_critical);
}

/* --- schedule ----------------------------------------------------------------------- */

/* Inputs first; the flags value v4 right before its user v6 even though
 * v5 (which clobbers flags) has a lower ID than v6; the load v10 before
 * the store v8 that overwrites the memory it reads, although v8 has the
 * lower ID; the flags control v7 last. */
Test(ssa_passes, schedule_orders_values)
{
    RUN("main.s argsize=16\n"
        "  b1:\n"
        "    v8 (3) = MOVBstore <mem> [16] v9 v6 v1\n"
        "    v7 (4) = CMPQconst <flags> [10] v10\n"
        "    v6 (2) = SETL <bool> v4\n"
        "    v5 (2) = ADDQ <int> v2 v3\n"
        "    v4 (2) = CMPQ <flags> v2 v3\n"
        "    v10 (3) = MOVQload <int> v9 v1\n"
        "    v9 (1) = SP <uintptr>\n"
        "    v3 (1) = LoadArg <int> [8]\n"
        "    v2 (1) = LoadArg <int>\n"
        "    v1 (?) = InitMem <mem>\n"
        "  LT v7 -> b2 b3 (4)\n"
        "  b2: <- b1\n"
        "  Ret v8 (5)\n"
        "  b3: <- b1\n"
        "  Ret v8 (6)\n",

        "main.s argsize=16\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = LoadArg <int>\n"
        "    v3 (1) = LoadArg <int> [8]\n"
        "    v9 (1) = SP <uintptr>\n"
        "    v5 (2) = ADDQ <int> v2 v3\n"
        "    v4 (2) = CMPQ <flags> v2 v3\n"
        "    v6 (2) = SETL <bool> v4\n"
        "    v10 (3) = MOVQload <int> v9 v1\n"
        "    v8 (3) = MOVBstore <mem> [16] v9 v6 v1\n"
        "    v7 (4) = CMPQconst <flags> [10] v10\n"
        "  LT v7 -> b2 b3 (4)\n"
        "  b2: <- b1\n"
        "  Ret v8 (5)\n"
        "  b3: <- b1\n"
        "  Ret v8 (6)\n",
        ssa_schedule);
}

/* The memory rule holds for memory made elsewhere (here in b1): the load
 * v5 reads v1, so it must run before the store v4 replaces v1. */
Test(ssa_passes, schedule_load_before_store_of_incoming_memory)
{
    RUN("main.m argsize=8\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = SP <uintptr>\n"
        "  Plain -> b2 (1)\n"
        "  b2: <- b1\n"
        "    v6 (3) = MOVQstore <mem> [8] v2 v5 v4\n"
        "    v5 (2) = MOVQload <int> v2 v1\n"
        "    v4 (2) = MOVQstore <mem> v2 v3 v1\n"
        "    v3 (2) = LoadArg <int>\n"
        "  Ret v6 (3)\n",

        "main.m argsize=8\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = SP <uintptr>\n"
        "  Plain -> b2 (1)\n"
        "  b2: <- b1\n"
        "    v3 (2) = LoadArg <int>\n"
        "    v5 (2) = MOVQload <int> v2 v1\n"
        "    v4 (2) = MOVQstore <mem> v2 v3 v1\n"
        "    v6 (3) = MOVQstore <mem> [8] v2 v5 v4\n"
        "  Ret v6 (3)\n",
        ssa_schedule);
}

/* Phis first; a bool control last even when its ID is low. */
Test(ssa_passes, schedule_phis_first_control_last)
{
    RUN("main.p\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Const64 <int> [0]\n"
        "  Plain -> b2 (1)\n"
        "  b2: <- b1 b2\n"
        "    v5 (2) = Const64 <int> [10]\n"
        "    v4 (2) = Add64 <int> v3 v6\n"
        "    v6 (2) = Const64 <int> [1]\n"
        "    v3 (2) = Phi <int> v2 v4\n"
        "    v7 (2) = Less64 <bool> v4 v5\n"
        "    v8 (2) = Neg64 <int> v4\n"
        "  If v7 -> b2 b3 (2)\n"
        "  b3: <- b2\n"
        "  Ret v1 (3)\n",

        "main.p\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Const64 <int> [0]\n"
        "  Plain -> b2 (1)\n"
        "  b2: <- b1 b2\n"
        "    v3 (2) = Phi <int> v2 v4\n"
        "    v5 (2) = Const64 <int> [10]\n"
        "    v6 (2) = Const64 <int> [1]\n"
        "    v4 (2) = Add64 <int> v3 v6\n"
        "    v8 (2) = Neg64 <int> v4\n"
        "    v7 (2) = Less64 <bool> v4 v5\n"
        "  If v7 -> b2 b3 (2)\n"
        "  b3: <- b2\n"
        "  Ret v1 (3)\n",
        ssa_schedule);
}

/* --- layout -------------------------------------------------------------------------- */

/* The likely successor follows its block; the Exit block (a panic) goes
 * last although it is b1's first successor. */
Test(ssa_passes, layout_likely_then_cold_last)
{
    RUN("main.lay\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <bool>\n"
        "  If v2 -> b2 b3 (unlikely) (1)\n"
        "  b2: <- b1\n"
        "    v3 (2) = StaticCall <mem> {runtime.panicdivide} v1\n"
        "  Exit v3 (2)\n"
        "  b4: <- b3\n"
        "  Ret v1 (4)\n"
        "  b3: <- b1\n"
        "  Plain -> b4 (3)\n",

        "main.lay\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <bool>\n"
        "  If v2 -> b2 b3 (unlikely) (1)\n"
        "  b3: <- b1\n"
        "  Plain -> b4 (3)\n"
        "  b4: <- b3\n"
        "  Ret v1 (4)\n"
        "  b2: <- b1\n"
        "    v3 (2) = StaticCall <mem> {runtime.panicdivide} v1\n"
        "  Exit v3 (2)\n",
        ssa_layout);
}

/* Without hints: each block falls through to a successor, and the other
 * arm of the diamond comes last (one jump either way). */
Test(ssa_passes, layout_falls_through)
{
    RUN("main.dia\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <bool>\n"
        "  If v2 -> b2 b3 (1)\n"
        "  b4: <- b2 b3\n"
        "  Ret v1 (4)\n"
        "  b3: <- b1\n"
        "  Plain -> b4 (3)\n"
        "  b2: <- b1\n"
        "  Plain -> b4 (2)\n",

        "main.dia\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (1) = Arg <bool>\n"
        "  If v2 -> b2 b3 (1)\n"
        "  b2: <- b1\n"
        "  Plain -> b4 (2)\n"
        "  b4: <- b2 b3\n"
        "  Ret v1 (4)\n"
        "  b3: <- b1\n"
        "  Plain -> b4 (3)\n",
        ssa_layout);
}
