/*
 * ssa_func_test.c — the core of the SSA IR: functions built with the
 * construction API (ssa/func.c), their dominators and block order
 * (ssa/dom.c), the verifier (ssa/check.c) accepting valid IR and
 * rejecting each kind of broken IR, the printer (ssa/print.c), and the
 * verifier of the pass table's ORDER constraints (ssa/passes.def).
 *
 * ssa_check reports through ice(), which exits with status 3; criterion
 * runs each test in its own process, so the rejection tests state that
 * exit code.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "codegen.h"
#include "diag.h"
#include "passes.h"

static Pos P(int line) { return (Pos){1, (uint32_t)line, 1}; }
static Type *INT(void) { return types_basic[TYPE_INT]; }
static Type *BOOL(void) { return types_basic[TYPE_BOOL]; }

static void setup(void)
{
    types_init();
    ssa_set_arch(&cg_amd64);
    if (!source_get(1) || !source_get(1)->name)
        source_add("test.go", "", 0);
}

TestSuite(ssa_func, .init = setup);

/*
 * The diamond
 *        b1
 *       /  \
 *     b2    b3
 *       \  /
 *        b4      v = phi(1, 2); Ret
 */
typedef struct Diamond {
    Func *f;
    Block *b1, *b2, *b3, *b4;
    Value *mem, *cond, *one, *two, *phi;
} Diamond;

static Diamond diamond(void)
{
    Diamond d;
    d.f = ssa_func_new("main.d", "main.d", P(1));
    d.f->argsize = 8;
    d.b1 = ssa_block_new(d.f, BlockIf, P(3));
    d.b2 = ssa_block_new(d.f, BlockPlain, P(4));
    d.b3 = ssa_block_new(d.f, BlockPlain, P(6));
    d.b4 = ssa_block_new(d.f, BlockRet, P(8));
    d.mem = ssa_value0(d.b1, OpInitMem, type_mem, (Pos){0});
    d.cond = ssa_value0(d.b1, OpArg, BOOL(), P(2));
    ssa_set_control(d.b1, d.cond);
    ssa_add_edge(d.b1, d.b2);
    ssa_add_edge(d.b1, d.b3);
    d.b1->likely = 1;
    d.one = ssa_const(d.b2, OpConst64, INT(), P(4), 1);
    ssa_add_edge(d.b2, d.b4);
    d.two = ssa_const(d.b3, OpConst64, INT(), P(6), 2);
    ssa_add_edge(d.b3, d.b4);
    d.phi = ssa_value2(d.b4, OpPhi, INT(), P(8), d.one, d.two);
    Value *slot = ssa_const(d.b4, OpArgAddr, INT(), P(8), 8);
    Value *st = ssa_value3(d.b4, OpStore, type_mem, P(8), slot, d.phi, d.mem);
    st->aux_int = 8;
    ssa_set_control(d.b4, st);
    return d;
}

/*
 * The loop
 *     b1 -> b2 <-> b3      b2: i = phi(0, i+1); if i < 10 goto b3 else b4
 *            \
 *             b4: Ret
 */
typedef struct Loop {
    Func *f;
    Block *b1, *b2, *b3, *b4;
    Value *mem, *zero, *phi, *inc;
} Loop;

static Loop loop(void)
{
    Loop l;
    l.f = ssa_func_new("main.l", "main.l", P(1));
    l.b1 = ssa_block_new(l.f, BlockPlain, P(2));
    l.b2 = ssa_block_new(l.f, BlockIf, P(3));
    l.b3 = ssa_block_new(l.f, BlockPlain, P(4));
    l.b4 = ssa_block_new(l.f, BlockRet, P(5));
    l.mem = ssa_value0(l.b1, OpInitMem, type_mem, P(1));
    l.zero = ssa_const(l.b1, OpConst64, INT(), P(2), 0);
    ssa_add_edge(l.b1, l.b2);
    l.phi = ssa_value_new(l.b2, OpPhi, INT(), P(3));
    Value *ten = ssa_const(l.b2, OpConst64, INT(), P(3), 10);
    ssa_set_control(l.b2, ssa_value2(l.b2, OpLess64, BOOL(), P(3), l.phi, ten));
    ssa_add_edge(l.b2, l.b3);
    ssa_add_edge(l.b2, l.b4);
    Value *one = ssa_const(l.b3, OpConst64, INT(), P(4), 1);
    l.inc = ssa_value2(l.b3, OpAdd64, INT(), P(4), l.phi, one);
    ssa_add_edge(l.b3, l.b2);
    /* Phi args in pred order: b1 first, then the back edge from b3. */
    ssa_add_arg(l.phi, l.zero);
    ssa_add_arg(l.phi, l.inc);
    ssa_set_control(l.b4, l.mem);
    return l;
}

static int rpo_index(BlockList rpo, Block *b)
{
    for (int i = 0; i < rpo.n; i++)
        if (rpo.v[i] == b)
            return i;
    return -1;
}

Test(ssa_func, diamond_dominators)
{
    Diamond d = diamond();
    ssa_dominators(d.f);
    cr_expect_null(d.f->idom[d.b1->id], "the entry has no idom");
    cr_expect_eq(d.f->idom[d.b2->id], d.b1);
    cr_expect_eq(d.f->idom[d.b3->id], d.b1);
    cr_expect_eq(d.f->idom[d.b4->id], d.b1, "the merge is dominated by the branch, not an arm");
    cr_expect(ssa_dominates(d.f, d.b1, d.b4));
    cr_expect(ssa_dominates(d.f, d.b4, d.b4), "dominance is reflexive");
    cr_expect_not(ssa_dominates(d.f, d.b2, d.b4));
    cr_expect_not(ssa_dominates(d.f, d.b4, d.b1));
}

Test(ssa_func, diamond_postorder)
{
    Diamond d = diamond();
    BlockList rpo = ssa_postorder(d.f);
    cr_assert_eq(rpo.n, 4);
    cr_expect_eq(rpo.v[0], d.b1, "reverse postorder starts at the entry");
    cr_expect_eq(rpo.v[3], d.b4, "the merge comes after both arms");
    cr_expect_neq(rpo_index(rpo, d.b2), -1);
    cr_expect_neq(rpo_index(rpo, d.b3), -1);
}

Test(ssa_func, loop_dominators_and_order)
{
    Loop l = loop();
    ssa_dominators(l.f);
    cr_expect_eq(l.f->idom[l.b2->id], l.b1);
    cr_expect_eq(l.f->idom[l.b3->id], l.b2, "the body is dominated by the header");
    cr_expect_eq(l.f->idom[l.b4->id], l.b2, "the exit is dominated by the header");
    cr_expect_not(ssa_dominates(l.f, l.b3, l.b2), "a back edge does not make the body dominate");
    BlockList rpo = ssa_postorder(l.f);
    cr_assert_eq(rpo.n, 4);
    cr_expect_lt(rpo_index(rpo, l.b1), rpo_index(rpo, l.b2));
    cr_expect_lt(rpo_index(rpo, l.b2), rpo_index(rpo, l.b3), "only the back edge goes backwards");
    cr_expect_lt(rpo_index(rpo, l.b2), rpo_index(rpo, l.b4));
}

Test(ssa_func, unreachable_block)
{
    Loop l = loop();
    Block *dead = ssa_block_new(l.f, BlockPlain, P(9));
    ssa_add_edge(dead, l.b4);
    ssa_dominators(l.f);
    cr_expect_null(l.f->idom[dead->id]);
    cr_expect_eq(l.f->idom[l.b4->id], l.b2, "an unreachable pred does not weaken dominance");
    cr_expect_not(ssa_dominates(l.f, l.b1, dead));
    cr_expect_eq(rpo_index(ssa_postorder(l.f), dead), -1, "postorder lists reachable blocks");
}

Test(ssa_func, check_accepts_valid)
{
    Diamond d = diamond();
    ssa_check(d.f);
    Loop l = loop();
    ssa_check(l.f);
}

Test(ssa_func, check_accepts_unreachable_use)
{
    /* A dead block may use values it is not dominated by: deadcode's job. */
    Loop l = loop();
    Block *dead = ssa_block_new(l.f, BlockRet, P(9));
    Value *x = ssa_value2(dead, OpAdd64, INT(), P(9), l.inc, l.inc);
    (void)x;
    ssa_set_control(dead, l.mem);
    ssa_check(l.f);
}

Test(ssa_func, check_accepts_phi_arg_from_unreachable_pred)
{
    Diamond d = diamond();
    Block *dead = ssa_block_new(d.f, BlockPlain, P(9));
    Value *x = ssa_const(dead, OpConst64, INT(), P(9), 3);
    ssa_add_edge(dead, d.b4);
    ssa_add_arg(d.phi, x);
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_bad_use_count, .exit_code = 3)
{
    Diamond d = diamond();
    d.one->uses++;
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_non_dominating_arg, .exit_code = 3)
{
    /* b3 uses a value defined in its sibling b2. */
    Diamond d = diamond();
    ssa_value2(d.b3, OpAdd64, INT(), P(6), d.one, d.two);
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_phi_arg_not_dominating_pred, .exit_code = 3)
{
    /* Phi args are in pred order: b3's constant cannot come from b2. */
    Diamond d = diamond();
    ssa_set_arg(d.phi, 0, d.two);
    ssa_set_arg(d.phi, 1, d.one);
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_wrong_nargs, .exit_code = 3)
{
    Diamond d = diamond();
    ssa_value1(d.b2, OpAdd64, INT(), P(4), d.one);
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_phi_nargs, .exit_code = 3)
{
    Diamond d = diamond();
    ssa_add_arg(d.phi, d.one);
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_missing_control, .exit_code = 3)
{
    Diamond d = diamond();
    ssa_set_control(d.b1, NULL);
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_plain_with_control, .exit_code = 3)
{
    Diamond d = diamond();
    ssa_set_control(d.b2, d.one);
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_succ_count, .exit_code = 3)
{
    Diamond d = diamond();
    ssa_add_edge(d.b2, d.b3);
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_asymmetric_edge, .exit_code = 3)
{
    Diamond d = diamond();
    d.b4->preds.v[0].i = 1;
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_wrong_block_pointer, .exit_code = 3)
{
    Diamond d = diamond();
    d.one->block = d.b3;
    ssa_check(d.f);
}

Test(ssa_func, check_rejects_ret_without_mem, .exit_code = 3)
{
    Diamond d = diamond();
    ssa_set_control(d.b4, d.phi);
    ssa_check(d.f);
}

Test(ssa_func, print_diamond)
{
    Diamond d = diamond();
    Sym *fn = ssa_sym(SYM_FUNC, "runtime.printlock", NULL);
    Value *call = ssa_value1(d.b2, OpStaticCall, type_mem, P(5), d.mem);
    call->aux = fn;
    Buf b = {0};
    ssa_print(&b, d.f);
    const char *want =
        "main.d argsize=8\n"
        "  b1:\n"
        "    v1 (?) = InitMem <mem>\n"
        "    v2 (2) = Arg <bool>\n"
        "  If v2 -> b2 b3 (likely) (3)\n"
        "  b2: <- b1\n"
        "    v3 (4) = Const64 <int> [1]\n"
        "    v8 (5) = StaticCall <mem> {runtime.printlock} v1\n"
        "  Plain -> b4 (4)\n"
        "  b3: <- b1\n"
        "    v4 (6) = Const64 <int> [2]\n"
        "  Plain -> b4 (6)\n"
        "  b4: <- b2 b3\n"
        "    v5 (8) = Phi <int> v3 v4\n"
        "    v6 (8) = ArgAddr <int> [8]\n"
        "    v7 (8) = Store <mem> [8] v6 v5 v1\n"
        "  Ret v7 (8)\n";
    cr_expect_str_eq(b.s, want);
}

Test(ssa_func, print_value_shows_zero_constants_and_syms)
{
    Func *f = ssa_func_new("main.p", "p", P(1));
    Block *b = ssa_block_new(f, BlockRet, P(1));
    Value *mem = ssa_value0(b, OpInitMem, type_mem, P(1));
    Value *z = ssa_const(b, OpConst64, INT(), P(2), 0);
    Value *a = ssa_value1(b, OpLocalAddr, INT(), P(3), mem);
    a->aux = ssa_auto(f, "x", INT());
    Value *s = ssa_value0(b, OpAddr, INT(), P(4));
    s->aux = ssa_sym(SYM_STRING, "go.string.0", NULL);
    s->aux->data = "a\"\n";
    s->aux->len = 3;
    Buf out = {0};
    ssa_print_value(&out, z);
    cr_expect_str_eq(out.s, "v2 (2) = Const64 <int> [0]");
    out = (Buf){0};
    ssa_print_value(&out, a);
    cr_expect_str_eq(out.s, "v3 (3) = LocalAddr <int> {auto:x} v1");
    out = (Buf){0};
    ssa_print_value(&out, s);
    cr_expect_str_eq(out.s, "v4 (4) = Addr <int> {string:go.string.0 \"a\\\"\\n\"}");
    out = (Buf){0};
    ssa_set_control(b, mem);
    ssa_print(&out, f);
    cr_expect(strncmp(out.s, "main.p goname=p\n", 16) == 0, "%s", out.s);
}

/* The pipeline meets the ORDER constraints of ssa/passes.def (which
 * ssa_compile also checks before its first function). */
Test(ssa_func, pass_order)
{
    cr_expect_null(ssa_pass_order_error(ssa_pass_names(), ssa_pass_order()), "%s",
                   ssa_pass_order_error(ssa_pass_names(), ssa_pass_order()));
    cr_expect_not_null(ssa_pass_order()[0].before, "passes.def has ORDER lines");
    ssa_check_pass_order();
}

/* The verifier rejects a table that breaks a constraint, and one that
 * names a pass the pipeline lacks. */
Test(ssa_func, pass_order_rejects)
{
    static const char *const names[] = {"lower", "critical", "regalloc", NULL};
    static const PassOrder ok[] = {{"critical", "regalloc", "r"}, {NULL, NULL, NULL}};
    static const PassOrder swapped[] = {
        {"lower", "regalloc", "fine"}, {"critical", "lower", "new blocks are generic"},
        {NULL, NULL, NULL},
    };
    static const PassOrder unknown[] = {{"critical", "regalloc", "r"},
                                        {"critical", "layout", "r"}, {NULL, NULL, NULL}};
    static const PassOrder self[] = {{"lower", "lower", "r"}, {NULL, NULL, NULL}};
    cr_expect_null(ssa_pass_order_error(names, ok));
    cr_expect_str_eq(ssa_pass_order_error(names, swapped),
                     "\"critical\" must come before \"lower\": new blocks are generic");
    cr_expect_str_eq(ssa_pass_order_error(names, unknown),
                     "no pass \"layout\" for the constraint \"critical\" before \"layout\"");
    cr_expect_not_null(ssa_pass_order_error(names, self));
}

/* The whole pipeline over the loop, verifying after every pass, with
 * dumps selected by name ('_' standing for the space in a pass name). */
Test(ssa_func, compile_dumps_selected_passes)
{
    Loop l = loop();
    Buf out = {0};
    PassOptions opt = {
        .optimize = true, .check = true, .dump = &out,
        .dump_func = "main.l", .dump_passes = "start,lowered_deadcode",
    };
    ssa_compile(l.f, &opt);
    cr_assert_not_null(out.s);
    cr_expect(strncmp(out.s, "start:\nmain.l\n", 14) == 0, "%s", out.s);
    cr_expect_not_null(strstr(out.s, "\nafter lowered deadcode:\nmain.l\n"), "%s", out.s);
    cr_expect_null(strstr(out.s, "after opt:"), "%s", out.s);
    cr_expect_str_eq(l.f->pass, "stackframe");
}
