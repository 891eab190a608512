/*
 * load_test.c — the package loader (compiler/load/): build-constraint
 * expressions, +build lines, file-name rules and file headers, then
 * packages on the fixture trees in tests/load/testdata (a small GOROOT,
 * an overlay and a module). The expected messages are the go command's,
 * taken from go1.19 on equivalent trees; tests/load/golist.sh compares
 * the loader with `go list` over the real standard library.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "diag.h"
#include "load.h"
#include "testutil.h"

/* --- Constraints ----------------------------------------------------------- */

/* A tag set for expression tests: a, b and linux hold. */
static bool abl(const char *tag, size_t len, void *ctx)
{
    (void)ctx;
    return (len == 1 && (tag[0] == 'a' || tag[0] == 'b')) ||
           (len == 5 && memcmp(tag, "linux", 5) == 0);
}

/* "true", "false" or "error: MESSAGE". */
static const char *go_build(const char *expr)
{
    bool v;
    const char *err;
    if (!load_go_build_eval(expr, strlen(expr), abl, NULL, &v, &err))
        return xprintf("error: %s", err);
    return v ? "true" : "false";
}

Test(load_constraint, go_build_expressions)
{
    cr_assert_str_eq(go_build("a"), "true");
    cr_assert_str_eq(go_build("c"), "false");
    cr_assert_str_eq(go_build("!a"), "false");
    cr_assert_str_eq(go_build("a && b"), "true");
    cr_assert_str_eq(go_build("a && c"), "false");
    cr_assert_str_eq(go_build("a && !c"), "true");
    cr_assert_str_eq(go_build("c || b"), "true");
    cr_assert_str_eq(go_build("c || d"), "false");
    /* && binds tighter than ||. */
    cr_assert_str_eq(go_build("c || a && b"), "true");
    cr_assert_str_eq(go_build("b || a && c"), "true");
    cr_assert_str_eq(go_build("c && a || b"), "true");
    cr_assert_str_eq(go_build("(c || a) && !(b && c)"), "true");
    cr_assert_str_eq(go_build("!(a || c)"), "false");
    cr_assert_str_eq(go_build("!(!a)"), "true");
    cr_assert_str_eq(go_build("((((a))))"), "true");
    cr_assert_str_eq(go_build("linux&&!windows"), "true");
    cr_assert_str_eq(go_build("go1.18 || x_y.z"), "false");
}

Test(load_constraint, go_build_errors)
{
    cr_assert_str_eq(go_build(""), "error: unexpected end of expression");
    cr_assert_str_eq(go_build("a &&"), "error: unexpected end of expression");
    cr_assert_str_eq(go_build("(a"), "error: missing close paren");
    cr_assert_str_eq(go_build("(a || (b)"), "error: missing close paren");
    cr_assert_str_eq(go_build("(a b)"), "error: missing close paren");
    cr_assert_str_eq(go_build("()"), "error: unexpected token )");
    cr_assert_str_eq(go_build("a b"), "error: unexpected token b");
    cr_assert_str_eq(go_build("a )"), "error: unexpected token )");
    cr_assert_str_eq(go_build("!!a"), "error: double negation not allowed");
    cr_assert_str_eq(go_build("a & b"), "error: invalid syntax at &");
    cr_assert_str_eq(go_build("a | b"), "error: invalid syntax at |");
    cr_assert_str_eq(go_build("a && $"), "error: invalid syntax at $");
    /* Nesting is bounded instead of recursing without limit. */
    Buf b = {0};
    for (int i = 0; i < 5000; i++)
        buf_putc(&b, '(');
    buf_putc(&b, 'a');
    cr_assert_str_eq(go_build(take(&b)), "error: expression nested too deeply");
}

static bool hood(const char *tag) { return load_match_tag(tag, strlen(tag), NULL); }

Test(load_constraint, hood_tags)
{
    const char *yes[] = {"linux", "amd64", "unix", "gc", "purego", "math_big_pure_go",
                         "osusergo", "netgo", "hood", "go1.1", "go1.9", "go1.10", "go1.19"};
    const char *no[] = {"cgo", "windows", "arm64", "gccgo", "race", "msan", "asan", "ignore",
                        "boringcrypto", "goexperiment.regabiargs", "compiler_bootstrap",
                        "go1.20", "go1.0", "go1.01", "go1", "go1.", "go2.1", "go1.1x", "linux2"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        cr_assert(hood(yes[i]), "%s should hold", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        cr_assert(!hood(no[i]), "%s should not hold", no[i]);
}

/* "true", "false" or "not +build". */
static const char *plus_build(const char *line)
{
    bool v;
    if (!load_plus_build_eval(line, strlen(line), abl, NULL, &v))
        return "not +build";
    return v ? "true" : "false";
}

Test(load_constraint, plus_build_lines)
{
    cr_assert_str_eq(plus_build("// +build a"), "true");
    cr_assert_str_eq(plus_build("// +build c"), "false");
    cr_assert_str_eq(plus_build("// +build c a"), "true");       /* space: or */
    cr_assert_str_eq(plus_build("// +build a,c"), "false");      /* comma: and */
    cr_assert_str_eq(plus_build("// +build a,!c linux,c"), "true");
    cr_assert_str_eq(plus_build("// +build !a"), "false");
    cr_assert_str_eq(plus_build("//+build a"), "true");
    cr_assert_str_eq(plus_build("  // +build\ta  "), "true");
    /* Malformed terms stand for "ignore", which does not hold. */
    cr_assert_str_eq(plus_build("// +build !!c"), "false");
    cr_assert_str_eq(plus_build("// +build a,!"), "false");
    cr_assert_str_eq(plus_build("// +build a,,b"), "false");
    cr_assert_str_eq(plus_build("// +build a$"), "false");
    cr_assert_str_eq(plus_build("// +build"), "false");
    cr_assert_str_eq(plus_build("// +buildlinux"), "not +build");
    cr_assert_str_eq(plus_build("// x +build a"), "not +build");
    cr_assert_str_eq(plus_build("/* +build a */"), "not +build");
}

static bool name_ok(const char *name) { return load_file_name_ok(name, load_match_tag, NULL); }

Test(load_constraint, file_names)
{
    const char *yes[] = {"x.go", "x_linux.go", "x_amd64.go", "x_linux_amd64.go", "x_test.go",
                         "x_linux_test.go", "x_linux_amd64_test.go", "linux.go", "windows.go",
                         "x_unix.go", "x_windows_foo.go", "x_amd64_linux.go", "x_linux.s",
                         "a_b_c.go", "x_linux.y_windows.go"};
    const char *no[] = {"x_windows.go", "x_arm64.go", "x_linux_arm64.go", "x_windows_amd64.go",
                        "x_windows_test.go", "x_386_test.go", "x_foo_windows.go",
                        "zsyscall_linux_arm64.go", "x_android.go", "x_wasm.s", "_windows.go"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        cr_assert(name_ok(yes[i]), "%s should be built", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        cr_assert(!name_ok(no[i]), "%s should not be built", no[i]);
}

/* "build", "skip" or "error LINE: MESSAGE". */
static const char *header(const char *src)
{
    LoadConstraint c = load_should_build(src, strlen(src), load_match_tag, NULL);
    if (c.err)
        return xprintf("error %u: %s", c.err_line, c.err);
    return c.build ? "build" : "skip";
}

Test(load_constraint, file_headers)
{
    cr_assert_str_eq(header("package p\n"), "build");
    cr_assert_str_eq(header("//go:build linux\n\npackage p\n"), "build");
    cr_assert_str_eq(header("//go:build ignore\n\npackage p\n"), "skip");
    cr_assert_str_eq(header("// Copyright.\n\n//go:build !amd64\n\npackage p\n"), "skip");
    /* //go:build needs no blank line after it, and wins over +build. */
    cr_assert_str_eq(header("//go:build windows\npackage p\n"), "skip");
    cr_assert_str_eq(header("//go:build linux\n// +build windows\n\npackage p\n"), "build");
    cr_assert_str_eq(header("// +build windows\n//go:build linux\n\npackage p\n"), "build");
    /* After a block comment, still in the header. */
    cr_assert_str_eq(header("/* c */\n//go:build windows\npackage p\n"), "skip");
    /* Inside a block comment or after the package clause: not a constraint. */
    cr_assert_str_eq(header("/*\n//go:build windows\n*/\npackage p\n"), "build");
    cr_assert_str_eq(header("package p\n\n//go:build windows\n"), "build");
    cr_assert_str_eq(header("/* a */ package p //go:build windows\n"), "build");
    cr_assert_str_eq(header("//go:buildx windows\n\npackage p\n"), "build");
    /* +build lines count only before a blank line. */
    cr_assert_str_eq(header("// +build windows\n\npackage p\n"), "skip");
    cr_assert_str_eq(header("// +build windows\npackage p\n"), "build");
    cr_assert_str_eq(header("// +build windows\n// Package p is.\npackage p\n"), "build");
    cr_assert_str_eq(header("// +build linux\n\n// +build !amd64\n\npackage p\n"), "skip");
    cr_assert_str_eq(header("// +build linux\n// +build amd64\n\npackage p\n"), "build");
    cr_assert_str_eq(header("/* c */\n\n// +build windows\n\npackage p\n"), "build");
    cr_assert_str_eq(header("// +build windows\n\n/* c */\npackage p\n"), "skip");
    /* Byte order mark, CRLF, assembly headers. */
    cr_assert_str_eq(header("\xEF\xBB\xBF//go:build windows\n\npackage p\n"), "skip");
    cr_assert_str_eq(header("//go:build windows\r\n\r\npackage p\r\n"), "skip");
    cr_assert_str_eq(header("// asm\n\n//go:build !purego\n\n#include \"textflag.h\"\n"), "skip");
    /* Malformed constraints. */
    cr_assert_str_eq(header("// c\n//go:build (linux\n\npackage p\n"),
                     "error 2: parsing //go:build line: missing close paren");
    cr_assert_str_eq(header("//go:build linux\n//go:build amd64\n\npackage p\n"),
                     "error 2: multiple //go:build comments");
    cr_assert_str_eq(header("//go:build\n\npackage p\n"),
                     "error 1: parsing //go:build line: unexpected end of expression");
}

Test(load_constraint, header_complete)
{
    const char *src = "// c\n//go:build windows\n";
    cr_assert(!load_should_build(src, strlen(src), load_match_tag, NULL).complete);
    src = "// c\n//go:build windows\npackage p";
    cr_assert(load_should_build(src, strlen(src), load_match_tag, NULL).complete);
}

/* --- Packages on the fixtures -------------------------------------------------- */

#define FIXTURES HOOD_TESTS_DIR "/load/testdata"

static Loader *fixture_loader(bool overlay)
{
    LoadConfig cfg = {
        .goroot = FIXTURES "/goroot",
        .overlay = overlay ? FIXTURES "/overlay" : NULL,
        .workdir = FIXTURES "/module",
    };
    return load_new(&cfg);
}

/* A package as `hood list` shows it, on one line:
 * "PATH [NAME] go: FILES s: FILES imports: PATHS". */
static const char *show(const LoadPackage *p)
{
    Buf b = {0};
    buf_printf(&b, "%s [%s] go:", p->path, p->name ? p->name : "");
    for (int i = 0; i < p->files.n; i++)
        buf_printf(&b, " %s", p->files.v[i].name);
    buf_puts(&b, " s:");
    for (int i = 0; i < p->sfiles.n; i++)
        buf_printf(&b, " %s", p->sfiles.v[i]);
    buf_puts(&b, " imports:");
    for (int i = 0; i < p->imports.n; i++)
        buf_printf(&b, " %s", p->imports.v[i].path);
    return take(&b);
}

static const char *paths(LoadPackageList list)
{
    Buf b = {0};
    buf_puts(&b, "");
    for (int i = 0; i < list.n; i++)
        buf_printf(&b, "%s%s", i ? " " : "", list.v[i]->path);
    return take(&b);
}

static LoadPackageList patterns(Loader *l, const char *p1, const char *p2)
{
    const char *pats[] = {p1, p2};
    return load_patterns(l, pats, p2 ? 2 : 1);
}

Test(load_packages, std_files_and_vendor)
{
    Loader *l = fixture_loader(false);
    LoadPackage *a = load_import_path(l, "a");
    cr_assert_not_null(a);
    cr_assert_eq(a->origin, LOAD_STD);
    cr_assert_str_eq(a->dir, FIXTURES "/goroot/src/a");
    /* a_windows.go and a_arm64.s by name, skip.go by //go:build, _ignored.go
     * by its leading underscore; x.org/v from std is GOROOT's vendor copy. */
    cr_assert_str_eq(show(a), "a [a] go: a.go s: a_amd64.s imports: b vendor/x.org/v");
    cr_assert_str_eq(a->imports.v[1].written, "x.org/v");
    cr_assert_str_eq(paths(load_deps(l, &a, 1)), "internal/i b vendor/x.org/v a");
    cr_assert_str_eq(captured_errors(), "");
}

Test(load_packages, overlay_replaces_whole_packages)
{
    Loader *l = fixture_loader(true);
    LoadPackage *a = load_import_path(l, "a");
    cr_assert_eq(a->origin, LOAD_OVERLAY);
    cr_assert_str_eq(a->dir, FIXTURES "/overlay/a");
    cr_assert_str_eq(show(a), "a [a] go: a.go s: imports: b");
    /* overlay/b has no .go files, so b is still GOROOT's. */
    LoadPackageList deps = load_deps(l, &a, 1);
    cr_assert_str_eq(paths(deps), "internal/i b a");
    cr_assert_eq(deps.v[1]->origin, LOAD_STD);
    cr_assert_str_eq(captured_errors(), "");
}

Test(load_packages, import_errors)
{
    Loader *l = fixture_loader(false);
    LoadPackageList roots = patterns(l, "./ok", "./useint");
    cr_assert_str_eq(paths(roots), "example.com/m/ok example.com/m/useint");
    cr_assert_str_eq(show(roots.v[0]),
                     "example.com/m/ok [ok] go: ok.go s: imports: a b example.com/m/mixed "
                     "example.com/m/none example.com/m/ok/internal/z example.com/m/prog "
                     "example.com/m/tagged nowhere only");
    LoadPackageList deps = load_deps(l, roots.v, roots.n);
    cr_assert_str_eq(paths(deps), "internal/i b vendor/x.org/v a example.com/m/ok/internal/z "
                                  "example.com/m/ok example.com/m/useint");
    cr_assert_str_eq(
        captured_errors(),
        "ok/ok.go:7:2: import \"example.com/m/prog\" is a program, not an importable package\n"
        "ok/ok.go:8:2: build constraints exclude all Go files in " FIXTURES "/module/tagged\n"
        "ok/ok.go:9:2: found packages x (x.go) and y (y.go) in " FIXTURES "/module/mixed\n"
        "ok/ok.go:10:2: no non-test Go files in " FIXTURES "/goroot/src/only\n"
        "ok/ok.go:11:2: package nowhere is not in GOROOT (" FIXTURES "/goroot/src/nowhere)\n"
        "ok/ok.go:12:2: no required module provides package example.com/m/none\n"
        "useint/paths.go:4:2: local import \"./rel\" in non-local package\n"
        "useint/paths.go:5:4: invalid import path: \"a b\"\n"
        "useint/u.go:4:2: use of internal package example.com/m/ok/internal/z not allowed\n"
        "useint/u.go:5:2: use of internal package internal/i not allowed\n"
        "useint/u.go:6:2: use of vendored package not allowed\n"
        "useint/u.go:7:2: vendor/y.org/w must be imported as y.org/w\n");
}

Test(load_packages, import_cycle)
{
    Loader *l = fixture_loader(false);
    LoadPackageList roots = patterns(l, ".", NULL);
    cr_assert_str_eq(paths(load_deps(l, roots.v, roots.n)), "example.com/m/c2 example.com/m/c1 example.com/m");
    cr_assert_str_eq(captured_errors(), "package example.com/m\n"
                                        "\timports example.com/m/c1\n"
                                        "\timports example.com/m/c2\n"
                                        "\timports example.com/m/c1: import cycle not allowed\n");
}

Test(load_packages, malformed_constraint)
{
    Loader *l = fixture_loader(false);
    LoadPackageList roots = patterns(l, "./badtag", NULL);
    cr_assert_str_eq(show(roots.v[0]), "example.com/m/badtag [badtag] go: ok.go s: imports:");
    cr_assert_str_eq(captured_errors(), "badtag/b.go:2:1: parsing //go:build line: missing close paren\n");
}

Test(load_packages, cgo_files_left_out)
{
    Loader *l = fixture_loader(false);
    LoadPackageList roots = patterns(l, "example.com/m/cgo", NULL);
    cr_assert_str_eq(show(roots.v[0]), "example.com/m/cgo [cgo] go: pure.go s: imports: strings");
}

Test(load_packages, wildcards)
{
    Loader *l = fixture_loader(false);
    /* mixed matches but cannot be loaded; tagged builds no file at all. */
    cr_assert_str_eq(paths(patterns(l, "./...", NULL)),
                     "example.com/m example.com/m/badtag example.com/m/c1 example.com/m/c2 "
                     "example.com/m/cgo example.com/m/ok example.com/m/ok/internal/z "
                     "example.com/m/prog example.com/m/useint");
    cr_assert_str_eq(captured_errors(),
                     "found packages x (x.go) and y (y.go) in " FIXTURES "/module/mixed\n"
                     "badtag/b.go:2:1: parsing //go:build line: missing close paren\n"
                     "useint/paths.go:4:2: local import \"./rel\" in non-local package\n"
                     "useint/paths.go:5:4: invalid import path: \"a b\"\n");
    cr_assert_str_eq(paths(patterns(l, "./ok/...", "example.com/m/c...")),
                     "example.com/m/ok example.com/m/ok/internal/z example.com/m/c1 "
                     "example.com/m/c2 example.com/m/cgo");
    /* std includes vendored and test-only packages; ... excludes vendor. */
    LoadPackageList std = patterns(l, "std", NULL);
    cr_assert_str_eq(paths(std), "a b internal/i only vendor/x.org/v");
    cr_assert_str_eq(show(std.v[3]), "only [only] go: s: imports:");
    cr_assert_str_eq(paths(patterns(l, "...", NULL)),
                     "a b example.com/m example.com/m/badtag example.com/m/c1 example.com/m/c2 "
                     "example.com/m/cgo "
                     "example.com/m/ok example.com/m/ok/internal/z example.com/m/prog "
                     "example.com/m/useint internal/i only");
    cr_assert_str_eq(paths(patterns(l, "internal/...", "vendor/...")), "internal/i vendor/x.org/v");
    captured_errors();
}

Test(load_packages, named_files)
{
    Loader *l = fixture_loader(false);
    LoadPackageList roots = patterns(l, "main.go", NULL);
    cr_assert_str_eq(show(roots.v[0]),
                     "command-line-arguments [main] go: main.go s: imports: example.com/m/c1");
    cr_assert_eq(roots.v[0]->origin, LOAD_FILES);
    /* Named files are built whatever their constraints say. */
    roots = patterns(fixture_loader(false), "tagged/t.go", NULL);
    cr_assert_str_eq(show(roots.v[0]), "command-line-arguments [tagged] go: t.go s: imports:");
    cr_assert_str_eq(captured_errors(), "");
}

Test(load_packages, pattern_errors)
{
    Loader *l = fixture_loader(false);
    patterns(l, "main.go", "fmt");
    patterns(l, "./nothere", NULL);
    patterns(l, "./nothere/...", NULL);
    patterns(l, "nowhere", NULL);
    patterns(l, "./tagged", NULL);
    cr_assert_str_eq(captured_errors(),
                     "named files must be .go files: fmt\n"
                     "stat " FIXTURES "/module/nothere: directory not found\n"
                     "pattern ./nothere/...: lstat ./nothere/: no such file or directory\n"
                     "package nowhere is not in GOROOT (" FIXTURES "/goroot/src/nowhere)\n"
                     "package example.com/m/tagged: build constraints exclude all Go files in " FIXTURES
                     "/module/tagged\n");
}
