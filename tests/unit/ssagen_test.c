/*
 * ssagen_test.c — SSA construction from checked Go source
 * (compiler/ssagen/): the shape of the IR the builder produces, before
 * and after the pass pipeline, checked through the SSA text form.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"
#include "diag.h"
#include "ssagen.h"

/* Parses, checks and lowers src; returns the program (no passes run). */
static Program *build(const char *src)
{
    types_init();
    ssa_set_arch(&cg_amd64);
    uint32_t id = source_add("t.go", src, strlen(src));
    File *f = parse_file(id);
    cr_assert_eq(error_count(), 0, "parse errors");
    Package *pkg = check_package(&f, 1);
    if (error_count() > 0)
        flush_errors();
    cr_assert_eq(error_count(), 0, "check errors");
    Program *p = ssagen(pkg);
    cr_assert_eq(error_count(), 0, "ssagen errors");
    return p;
}

static Func *func_named(Program *p, const char *name)
{
    for (int i = 0; i < p->funcs.n; i++)
        if (strcmp(p->funcs.v[i]->name, name) == 0)
            return p->funcs.v[i];
    cr_assert_fail("no function %s", name);
    return NULL;
}

static int count_op(Func *f, Op op)
{
    int n = 0;
    for (int i = 0; i < f->blocks.n; i++)
        for (int j = 0; j < f->blocks.v[i]->values.n; j++)
            n += f->blocks.v[i]->values.v[j]->op == op;
    return n;
}

static const char *dump(Func *f)
{
    Buf b = {0};
    ssa_print(&b, f);
    return b.s ? b.s : "";
}

/* Runs the whole pipeline (optimising) with the verifier on. */
static void compile(Func *f)
{
    PassOptions opt = {.optimize = true, .check = true};
    ssa_compile(f, &opt);
}

Test(ssagen, straight_line_is_valid_ssa)
{
    Program *p = build("package main\nfunc add(a, b int) int { return a + b }\nfunc main() { println(add(1, 2)) }\n");
    Func *f = func_named(p, "main.add");
    ssa_check(f);
    cr_expect_eq(count_op(f, OpArgReg), 2, "%s", dump(f));
    cr_expect_eq(count_op(f, OpAdd64), 1, "%s", dump(f));
    cr_expect_eq(f->argsize, 16); /* the spill words of a and b */
}

/* The register convention (ssa/abi.h): a string takes two integer
 * registers; results come back as SelectN values of the call and leave
 * through the MakeResult that ends each Ret block; a parameter that does
 * not fit in the registers left goes on the stack, its whole value. */
Test(ssagen, register_convention)
{
    Program *p = build("package main\n"
                       "func f(a int, s string) (int, string) { return a, s }\n"
                       "func g(a, b, c, d, e, f, g, h int, s string, i int) int { return i + len(s) }\n"
                       "func main() { x, y := f(1, \"a\"); println(x, y, g(1, 2, 3, 4, 5, 6, 7, 8, \"s\", 9)) }\n");
    Func *f = func_named(p, "main.f");
    ssa_check(f);
    cr_expect_eq(count_op(f, OpArgReg), 3, "%s", dump(f));
    cr_expect_eq(f->argsize, 24);
    Value *ret = f->blocks.v[f->blocks.n - 1]->control;
    for (int i = 0; i < f->blocks.n; i++)
        if (f->blocks.v[i]->kind == BlockRet)
            ret = f->blocks.v[i]->control;
    cr_assert_eq(ret->op, OpMakeResult, "%s", dump(f));
    cr_expect_eq(ret->nargs, 4, "%s", dump(f));

    Func *g = func_named(p, "main.g");
    /* s would need registers 8 and 9: it goes on the stack at 0, and i
     * takes register 8 */
    cr_expect_eq(count_op(g, OpArgReg), 9, "%s", dump(g));
    cr_expect_eq(count_op(g, OpArg), 2, "%s", dump(g));
    cr_expect_eq(g->argsize, 16 + 8 * 9, "%s", dump(g));

    Func *m = func_named(p, "main.main");
    cr_expect_eq(count_op(m, OpSelectN), 4, "%s", dump(m)); /* x, y's two words, g's */
}

Test(ssagen, loop_variable_gets_a_phi)
{
    Program *p = build("package main\nfunc sum(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\treturn s\n}\nfunc main() { println(sum(10)) }\n");
    Func *f = func_named(p, "main.sum");
    ssa_check(f);
    compile(f);
    /* After phielim only the real merges remain: i and s in the header.
     * (Lowering keeps phis; they are resolved by regalloc.) */
    cr_expect_geq(count_op(f, OpPhi), 2, "%s", dump(f));
}

Test(ssagen, strings_are_two_words)
{
    Program *p = build("package main\nfunc n(s string) int { return len(s) }\nfunc main() { println(n(\"abc\")) }\n");
    Func *f = func_named(p, "main.n");
    cr_expect_eq(count_op(f, OpArgReg), 2, "%s", dump(f));
    cr_expect_eq(f->argsize, 16);
    cr_expect_eq(p->strings.n, 1);
}

Test(ssagen, division_checks_for_zero)
{
    Program *p = build("package main\nfunc d(a, b int) int { return a / b }\nfunc main() { println(d(7, 2)) }\n");
    Func *f = func_named(p, "main.d");
    int exits = 0;
    for (int i = 0; i < f->blocks.n; i++)
        exits += f->blocks.v[i]->kind == BlockExit;
    cr_expect_eq(exits, 1, "a panicdivide block: %s", dump(f));
    cr_expect_eq(count_op(f, OpDiv64), 1);
}

Test(ssagen, constant_divisor_needs_no_check)
{
    Program *p = build("package main\nfunc d(a int) int { return a / 3 }\nfunc main() { println(d(7)) }\n");
    Func *f = func_named(p, "main.d");
    for (int i = 0; i < f->blocks.n; i++)
        cr_expect_neq(f->blocks.v[i]->kind, BlockExit, "%s", dump(f));
}

Test(ssagen, package_init_runs_inits_in_order)
{
    Program *p = build("package main\nvar a = b + 1\nvar b = 2\nfunc init() {}\nfunc init() {}\nfunc main() { println(a) }\n");
    Func *f = func_named(p, "main.init");
    ssa_check(f);
    cr_expect_eq(count_op(f, OpStaticCall), 2, "%s", dump(f));
    cr_expect_eq(p->globals.n, 2);
}

Test(ssagen, whole_pipeline_verifies)
{
    Program *p = build(
        "package main\n"
        "func f(x int8, s string) (r int, ok bool) {\n"
        "\tswitch {\n\tcase x < 0:\n\t\tr = -1\n\t\tfallthrough\n\tcase x == 0:\n\t\tok = true\n\tdefault:\n\t\tr = int(x) << 2\n\t}\n"
        "\tfor i, c := range s {\n\t\tif c == 'x' {\n\t\t\tcontinue\n\t\t}\n\t\tr += i\n\t}\n"
        "\treturn\n}\n"
        "func main() { r, ok := f(3, \"héllo\"); println(r, ok) }\n");
    for (int i = 0; i < p->funcs.n; i++)
        compile(p->funcs.v[i]);
}

/* Checks and lowers src, which uses something the builder cannot lower
 * yet: the result must be diagnostics naming it, never a crash (these
 * inputs crashed hood once: incomplete values reached the IR). */
static void expect_unsupported(const char *src, const char *what)
{
    types_init();
    ssa_set_arch(&cg_amd64);
    uint32_t id = source_add("u.go", src, strlen(src));
    File *f = parse_file(id);
    Package *pkg = check_package(&f, 1);
    cr_assert_eq(error_count(), 0, "check errors");
    ssagen(pkg);
    cr_assert_gt(error_count(), 0, "no diagnostic for %s", what);
}

Test(ssagen, complex_values_are_two_float_words)
{
    /* complex64 parts are float32 words, complex128 parts float64 ones;
     * the whole pipeline (and the verifier) accepts them */
    Program *p = build("package main\n"
                       "func f(x, y complex128) bool { return x == y }\n"
                       "func g(a complex64) complex64 { return a * a / a }\n"
                       "func main() { println(f(1, 2), g(1i), real(g(2))) }\n");
    cr_assert_eq(error_count(), 0, "errors lowering complex values");
    for (int i = 0; i < p->funcs.n; i++)
        compile(p->funcs.v[i]);
}

/* Lowers src without a diagnostic and compiles every function, the
 * verifier checking the IR after each pass. */
static void expect_compiles(const char *src)
{
    Program *p = build(src);
    cr_assert_eq(error_count(), 0, "errors lowering %s", src);
    for (int i = 0; i < p->funcs.n; i++)
        compile(p->funcs.v[i]);
}

/* Receives inside a multi-value return and stored to an array once
 * were unsupported values that crashed the builder; now they lower. */
Test(ssagen, receive_in_multi_value_return)
{
    expect_compiles("package main\nfunc v(a int) (int, int) { return 1, 2 }\n"
                    "func g(c chan int) (int, int) { return v(<-c) }\n"
                    "func main() { println(g(nil)) }\n");
}

Test(ssagen, receive_stored_to_array)
{
    expect_compiles("package main\nfunc v(c chan [2]int) [2]int { return <-c }\n"
                    "func main() {\n\tvar a [2]int = v(nil)\n\tprintln(a[0])\n}\n");
}

Test(ssagen, unsupported_print_does_not_crash)
{
    expect_unsupported("package main\ntype S struct{ a int }\nfunc v(a int) (int, int) { return 1, 2 }\n"
                       "func g(s S) (int, int) { println(s); return v(s.a) }\n"
                       "func main() { println(g(S{})) }\n", "printing a struct");
}

/* Lowers, compiles and emits src one function at a time as cmd/hood.c
 * does, resetting a function arena after each; returns the assembly and
 * the diagnostics. Everything that outlives a function (string data,
 * type descriptors, the function table's names, diagnostics) must be in
 * arena_package: under AddressSanitizer a dangling pointer into a reset
 * function arena is reported as a heap-use-after-free. */
static const char *emit_one_at_a_time(const char *src, Buf *errors)
{
    types_init();
    ssa_set_arch(&cg_amd64);
    uint32_t id = source_add("a.go", src, strlen(src));
    File *file = parse_file(id);
    Package *pkg = check_package(&file, 1);
    cr_assert_eq(error_count(), 0, "check errors");
    static Arena fa;
    Buf out = {0};
    SsaGen *g = ssagen_start(pkg);
    CgEmit *e = cg_emit_begin(&out);
    for (;;) {
        Arena *outer = arena_enter(&fa);
        Func *f = ssagen_next(g);
        if (f && error_count() == 0) {
            compile(f);
            cg_emit_func(e, f);
        }
        arena_enter(outer);
        arena_reset(&fa);
        if (!f)
            break;
    }
    if (flush_errors_to(errors) == 0)
        cg_emit_end(e, ssagen_program(g));
    return out.s ? out.s : "";
}

Test(ssagen, package_data_outlives_each_function)
{
    Buf errors = {0};
    const char *as = emit_one_at_a_time(
        "package main\n"
        "var g int\n"
        "func f(n int) *int { p := &n; g += *p; return p }\n"
        "func h(s string) string { if s == \"\" { panic(g) }; return s + \"tail\" }\n"
        "func main() { println(*f(1), h(\"head\")) }\n", &errors);
    cr_assert_eq(errors.len, 0, "%s", errors.s);
    cr_assert(strstr(as, ".ascii \"tail\""), "string data");
    cr_assert(strstr(as, ".asciz \"int\""), "type descriptor for int");
    cr_assert(strstr(as, ".asciz \"main.h\""), "function table name");
    cr_assert(strstr(as, "main.g:"), "global");
}

Test(ssagen, diagnostics_outlive_the_function_that_reported_them)
{
    Buf errors = {0};
    emit_one_at_a_time("package main\ntype S struct{ a int }\nfunc f(s S) int { println(s); return s.a }\n"
                       "func main() { println(f(S{}) == f(S{})) }\n", &errors);
    cr_assert(errors.s && strstr(errors.s, "not supported yet: printing S"), "%s",
              errors.s ? errors.s : "no errors");
}

/* The importer of the reachability test: package "lib" only. */
static Package *lib_pkg;
static Package *import_lib(void *ctx, const char *path, const char **name, const char **why)
{
    (void)ctx, (void)name, (void)why;
    return strcmp(path, "lib") == 0 ? lib_pkg : NULL;
}

static bool has_func(Program *p, const char *name)
{
    for (int i = 0; i < p->funcs.n; i++)
        if (strcmp(p->funcs.v[i]->name, name) == 0)
            return true;
    return false;
}

/* Of an imported package, only what the program refers to is built:
 * functions called or used as values (also from other imported
 * functions), the methods in the method table of a type converted to an
 * interface, and the package's initialiser; the main package's
 * functions are all built. */
Test(ssagen, imported_functions_built_only_when_reachable)
{
    types_init();
    ssa_set_arch(&cg_amd64);
    const char *lib = "package lib\n"
                      "type T int\n"
                      "func (T) String() string { return helper() }\n"
                      "func helper() string { return \"t\" }\n"
                      "func Used() int { return inner() }\n"
                      "func inner() int { return 1 }\n"
                      "func Value() int { return 2 }\n"
                      "func Unused() int { return 3 }\n"
                      "var V = Value\n";
    const char *mainsrc = "package main\n"
                          "import \"lib\"\n"
                          "type S interface{ String() string }\n"
                          "func main() { var s S = lib.T(1); println(lib.Used(), s.String()) }\n"
                          "func unusedMain() {}\n";
    File *lf = parse_file(source_add("lib.go", lib, strlen(lib)));
    CheckConfig lcfg = {.path = "lib"};
    lib_pkg = check_package_config(&lcfg, &lf, 1);
    File *mf = parse_file(source_add("main.go", mainsrc, strlen(mainsrc)));
    CheckConfig mcfg = {.path = "main", .import = import_lib};
    Package *mainpkg = check_package_config(&mcfg, &mf, 1);
    cr_assert_eq(error_count(), 0, "check errors");
    Package *pkgs[2] = {lib_pkg, mainpkg};
    SsaGen *g = ssagen_start_program(pkgs, 2);
    char *trace = NULL;
    size_t tlen = 0;
    FILE *tf = open_memstream(&trace, &tlen);
    ssagen_trace_reach(g, tf);
    Program *p = ssagen_program(g);
    for (Func *f; (f = ssagen_next(g));)
        vec_push(&p->funcs, f);
    fclose(tf);
    cr_assert_eq(error_count(), 0, "ssagen errors");
    /* hood -d reach: each imported function once, with what wanted it */
    cr_assert(strstr(trace, "reach: lib.Used <- main.main\n"), "%s", trace);
    cr_assert(strstr(trace, "reach: lib.inner <- lib.Used\n"), "%s", trace);
    cr_assert(strstr(trace, "reach: lib.T.String <- type.lib.T, method String func() string\n"), "%s", trace);
    cr_assert(!strstr(trace, "lib.Unused"), "%s", trace);
    free(trace);
    cr_assert(has_func(p, "main.main") && has_func(p, "main.unusedMain"));
    cr_assert(has_func(p, "lib.init") && has_func(p, "main.init"));
    cr_assert(has_func(p, "lib.Used") && has_func(p, "lib.inner"), "called, directly or not");
    cr_assert(has_func(p, "lib.Value"), "a func value in lib's initialiser");
    cr_assert(has_func(p, "lib.T.String") && has_func(p, "lib.helper"), "a method table's");
    cr_assert(!has_func(p, "lib.Unused"), "never referred to");
}
