/*
 * deadcode_test.c — the link step's method reachability
 * (compiler/link/deadcode.c) over hand-written summaries: which slot
 * symbols name their method and which runtime.unreachableMethod.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "deadcode.h"

/* The script deadcode writes for the summaries, or NULL if it failed. */
static char *run(const char *const *texts, int n)
{
    Buf b = {0};
    bool ok = deadcode(texts, n, &b);
    if (!ok) {
        free(b.s);
        return NULL;
    }
    return b.s ? b.s : strdup("");
}

static bool has(const char *script, const char *line)
{
    return strstr(script, line) != NULL;
}

/* A method is kept when its key is called and its type is used in an
 * interface, both by reached code; not when either is missing. */
Test(deadcode, key_and_use)
{
    const char *p =
        "r\tmain.main\tp.F\n"
        "k\tp.F\tString func() string\n"
        "u\tp.F\ttype.p.T\n"
        "r\tp.F\ttype.p.T\n"
        "s\ttype.p.T\tp.T.String\t1\tString func() string\n"
        "s\ttype.p.T\tp.T.Other\t1\tOther func()\n"
        "r\tp.Unreached\ttype.p.U\n"
        "s\ttype.p.U\tp.U.String\t1\tString func() string\n";
    char *s = run(&p, 1);
    cr_assert_not_null(s);
    cr_assert(has(s, "\"go.mslot.p.T.String\" = \"p.T.String\";"), "%s", s);
    cr_assert(has(s, "\"go.mslot.p.T.Other\" = \"runtime.unreachableMethod\";"), "%s", s);
    /* U's table is never reached */
    cr_assert(has(s, "\"go.mslot.p.U.String\" = \"runtime.unreachableMethod\";"), "%s", s);
    free(s);
}

/* A kept method's code is reached: what it calls and uses counts, over
 * several summaries (packages), to the fixpoint. */
Test(deadcode, fixpoint_across_packages)
{
    const char *texts[] = {
        "r\tmain.main\tq.Use\n",
        "r\tq.Use\tgo.itab.q.A,q.I\n"
        "k\tq.Use\tM func()\n"
        "s\tgo.itab.q.A,q.I\tq.A.M\t1\tM func()\n"
        "k\tq.A.M\tN func()\n"
        "u\tq.A.M\ttype.q.B\n"
        "r\tq.A.M\ttype.q.B\n"
        "s\ttype.q.B\tq.B.N\t1\tN func()\n",
    };
    char *s = run(texts, 2);
    cr_assert_not_null(s);
    cr_assert(has(s, "\"go.mslot.q.A.M\" = \"q.A.M\";"), "%s", s);
    cr_assert(has(s, "\"go.mslot.q.B.N\" = \"q.B.N\";"), "%s", s);
    free(s);
}

/* Types reflect can reach from a used one are used: children and the
 * pointer type. */
Test(deadcode, children_and_pointers)
{
    const char *p =
        "r\tmain.main\tp.F\n"
        "u\tp.F\ttype.p.S\n"
        "r\tp.F\ttype.p.S\n"
        "k\tp.F\tM func()\n"
        "c\ttype.p.S\ttype.p.E\n"
        "r\ttype.p.S\ttype.p.E\n"
        "r\ttype.p.S\ttype.*p.E\n"
        "p\ttype.*p.E\ttype.p.E\n"
        "s\ttype.*p.E\tp.(*E).M\t1\tM func()\n";
    char *s = run(&p, 1);
    cr_assert_not_null(s);
    cr_assert(has(s, "\"go.mslot.p.(*E).M\" = \"p.(*E).M\";"), "%s", s);
    free(s);
}

/* Once reflect's Method is reached, exported methods of used types are
 * kept whatever is called; unexported ones are not. */
Test(deadcode, reflect_method)
{
    const char *p =
        "r\tmain.main\treflect.Value.Method\n"
        "r\tmain.main\ttype.p.T\n"
        "u\tmain.main\ttype.p.T\n"
        "s\ttype.p.T\tp.T.Exp\t1\tExp func()\n"
        "s\ttype.p.T\tp.T.unexp\t0\tunexp func()\n";
    char *s = run(&p, 1);
    cr_assert_not_null(s);
    cr_assert(has(s, "\"go.mslot.p.T.Exp\" = \"p.T.Exp\";"), "%s", s);
    cr_assert(has(s, "\"go.mslot.p.T.unexp\" = \"runtime.unreachableMethod\";"), "%s", s);
    free(s);
}

/* A function that could not be compiled fails the link only if reached. */
Test(deadcode, unsupported_only_if_reached)
{
    const char *ok = "r\tmain.main\tp.Good\nx\tp.Bad\tp.go:3:2: not supported yet: this\n";
    char *s = run(&ok, 1);
    cr_assert_not_null(s);
    free(s);
    const char *bad = "r\tmain.main\tp.Bad\nx\tp.Bad\tp.go:3:2: not supported yet: this\n";
    cr_assert_null(run(&bad, 1));
}
