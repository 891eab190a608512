/*
 * actions.c — what each recipe action does, inside the test's worker
 * process, with hood or with the gc toolchain. The command lines follow
 * run.go (docs/conformance.md has the table); hood gets the equivalent
 * `hood build` invocations:
 *
 *   compile      hood build -c -o TMP/a.o FILE
 *   build        hood build -o TMP/x FILE
 *   run/buildrun hood build -o TMP/x FILE, then TMP/x ARGS; output == NAME.out
 *   runoutput    as run, then the output is itself built and run
 *   errorcheck   hood build -e -o TMP/x FILE; diagnostics vs // ERROR
 *   asmcheck     hood build -c -S -o TMP/a.o FILE; TMP/a.o.s vs // amd64:"re"
 *   ...dir       the files of NAME.dir; hood: one package only
 *
 * Programs of run/runoutput/buildrun run with the test's root directory
 * as cwd, as run.go does; those of the .dir actions run in TMP.
 * Each action ends by setting t->status and t->reason.
 */
#include "runner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
    const Config *cfg;
    Test *t;
    const char *tmp;
    const char *build_dir; /* where builds run; NULL: tmp */
    int ncmd;
    const char *in; /* the next command's standard input; NULL: /dev/null */
    char *out; /* combined output of the last command (may hold NULs) */
    size_t outlen;
    int status;
} Ctx;

static void verdict(Test *t, Status st, char *reason)
{
    t->status = st;
    t->reason = reason ? reason : xstrdup("");
}

/* Runs argv with its output captured in c->out; returns the exit status.
 * Before it starts, TMP/.phase says what the worker is doing, so that a
 * timeout can say whether the compiler or a test program hung (sched.c):
 * "compiling" while the compiler under test runs, else "running NAME". */
static int cmd(Ctx *c, StrVec *argv, const char *cwd, char *const env[])
{
    char *phase = strcmp(argv->v[0], c->cfg->compiler) == 0
                      ? xstrdup("compiling")
                      : xasprintf("running %s", strrchr(argv->v[0], '/') ? strrchr(argv->v[0], '/') + 1 : argv->v[0]);
    char *pf = xasprintf("%s/.phase", c->tmp);
    write_file(pf, phase, strlen(phase));
    free(pf);
    free(phase);
    char *file = xasprintf("%s/.out%d", c->tmp, c->ncmd++);
    c->status = run_cmd(argv->v, cwd, file, c->in, env);
    free(c->out);
    c->out = read_file(file, &c->outlen);
    if (!c->out) {
        c->out = xstrdup("");
        c->outlen = 0;
    }
    return c->status;
}

/* The first line worth reporting of a failed command's output. */
static char *first_error(Ctx *c)
{
    for (const char *p = c->out; *p;) {
        size_t n = strcspn(p, "\n");
        if (n > 0 && p[0] != '#' && strspn(p, " \t") < n)
            return one_line(p, 300);
        p += n + (p[n] == '\n');
    }
    return status_text(c->status);
}

/* With -false-errors: a diagnostic hood gave for a program gc accepts
 * (every kind but the errorcheck ones) that is not "not supported yet".
 * Diagnostics are the lines "FILE.go:LINE:COL: message". */
static char *false_error(Ctx *c)
{
    if (!c->cfg->false_errors || c->cfg->gc || strstr(c->t->kind, "errorcheck"))
        return NULL;
    for (const char *p = c->out; *p;) {
        size_t n = strcspn(p, "\n");
        const char *go = strstr(p, ".go:");
        unsigned line, col;
        int used = 0;
        if (go && go < p + n && sscanf(go, ".go:%u:%u: %n", &line, &col, &used) == 2 && used > 0) {
            const char *msg = go + used;
            if (strncmp(msg, "not supported yet", 17) != 0 && strncmp(msg, "too many errors", 15) != 0)
                return one_line(p, 300);
        }
        p += n + (p[n] == '\n');
    }
    return NULL;
}

static void fail_cmd(Ctx *c, const char *what)
{
    char *bad = false_error(c);
    if (bad) {
        verdict(c->t, ST_FAIL, xasprintf("%s: false error: %s", what, bad));
        return;
    }
    char *line = first_error(c);
    verdict(c->t, ST_FAIL, xasprintf("%s: %s", what, line));
}

static char *const *gc_env(Ctx *c)
{
    static char *env[2];
    env[0] = c->t->goexp ? xasprintf("GOEXPERIMENT=%s", c->t->goexp) : NULL;
    env[1] = NULL;
    return env;
}

/* Builds an executable from files. With gc the recipe's flags are go
 * command flags (run.go passes them to go run / go build) unless
 * with_flags is false, as for runoutput. */
static bool build_exe_with(Ctx *c, StrVec *files, const char *exe, bool with_flags, const char *extra)
{
    StrVec a = {0};
    sv_push(&a, c->cfg->compiler);
    sv_push(&a, "build");
    if (extra)
        sv_push(&a, extra);
    if (with_flags)
        sv_pushv(&a, c->t->flags.v, c->t->flags.n);
    sv_push(&a, "-o");
    sv_push(&a, exe);
    sv_pushv(&a, files->v, files->n);
    if (cmd(c, &a, c->build_dir ? c->build_dir : c->tmp, c->cfg->gc ? gc_env(c) : NULL) != 0) {
        fail_cmd(c, "build failed");
        return false;
    }
    return true;
}

static bool build_exe(Ctx *c, StrVec *files, const char *exe, bool with_flags)
{
    return build_exe_with(c, files, exe, with_flags, NULL);
}

/* Whether line (n bytes, no newline) is a goroutine's header, as gc
 * prints it: "goroutine 1 [running]:", "goroutine 5 [chan send]:". */
static bool goroutine_header(const char *line, size_t n)
{
    return n > 12 && memcmp(line, "goroutine ", 10) == 0 && line[n - 2] == ']' && line[n - 1] == ':';
}

/*
 * A traceback's frame lines in their comparable form (see panic_canon).
 * A frame is two lines, the function and, after a tab, its location;
 * the function line waits in pending until the location says whether
 * the frame is the runtime's.
 */
typedef struct FrameCanon {
    Text *out;
    char *pending;      /* the function line, without its arguments */
} FrameCanon;

/* Whether a frame (function name, location as printed) is a runtime
 * one: a runtime.* function, gc's "panic" frame, or a function of gc's
 * runtime linknamed into another package (sync.runtime_Semacquire, whose
 * location is runtime/sema.go under -trimpath). */
static bool runtime_frame(const char *fn, const char *loc)
{
    if (has_prefix(fn, "created by "))
        fn += strlen("created by ");
    return has_prefix(fn, "runtime.") || strcmp(fn, "panic") == 0 || has_prefix(loc, "runtime/");
}

/* Takes one line of a goroutine's frames; returns whether it completed
 * a frame that was kept. */
static bool canon_frame_line(FrameCanon *fc, char *line)
{
    if (line[0] != '\t') {
        char *paren = strrchr(line, '(');
        size_t len = strlen(line);
        if (paren && line[len - 1] == ')')
            *paren = 0;
        free(fc->pending);
        fc->pending = xstrndup(line, strlen(line));
        if (strchr(line, ' ') && !has_prefix(line, "created by ")) {
            /* not a frame ("...additional frames elided..."): as is */
            text_put(fc->out, line, strlen(line));
            text_put(fc->out, "\n", 1);
            free(fc->pending);
            fc->pending = NULL;
        }
        return false;
    }
    char *loc = line + 1;
    loc[strcspn(loc, " ")] = 0;
    char *fn = fc->pending;
    fc->pending = NULL;
    bool keep = fn && !runtime_frame(fn, loc);
    if (keep) {
        char *base = strrchr(loc, '/');
        text_put(fc->out, fn, strlen(fn));
        text_put(fc->out, "\n\t", 2);
        text_put(fc->out, base ? base + 1 : loc, strlen(base ? base + 1 : loc));
        text_put(fc->out, "\n", 1);
    }
    free(fn);
    return keep;
}

/*
 * The comparable form of a panicking program's output (testdata/README.md):
 *   - up to the first goroutine's header ("goroutine 1 [running]:",
 *     "goroutine 1 [chan receive]:"), the text as is, except that the
 *     pc= of gc's "[signal SIGSEGV: ... pc=0x...]" line and the PC= of a
 *     fatal signal's "PC=0x... m=0 sigcode=N" line are masked;
 *   - then each goroutine's frames, up to a blank line, each as its
 *     function's name without the argument list and its location as
 *     FILE.go:LINE with the directory, the "+0x" offset and any
 *     "fp= sp= pc=" dropped: arguments, addresses and code offsets differ
 *     between compilers, paths between machines; "created by F" lines
 *     likewise;
 *   - frames of runtime functions are dropped: gc shows runtime.* ones
 *     while throwing, runtime.gopanic, as "panic", below a deferred
 *     call that runs while panicking, and runtime functions linknamed
 *     into other packages (sync.runtime_Semacquire at runtime/sema.go);
 *     hood's runtime is C and has no Go frames;
 *   - the register dump after a fatal signal's tracebacks is dropped;
 *   - the goroutines listed after the first (gc's fatal errors list them
 *     all) keep their headers, but those left with no frames, gc's own
 *     goroutines (the collector's helpers, the finalizer goroutine),
 *     which hood does not have, are dropped.
 */
/* A line of the register dump after a fatal signal's tracebacks
 * ("rax    0x1", "rflags 0x246"): the values differ between compilers. */
static bool register_line(const char *line)
{
    static const char *const regs[] = {"rax", "rbx", "rcx", "rdx", "rdi", "rsi", "rbp", "rsp", "r8", "r9",
                                       "r10", "r11", "r12", "r13", "r14", "r15", "rip", "rflags", "cs",
                                       "fs", "gs"};
    for (size_t k = 0; k < sizeof regs / sizeof regs[0]; k++) {
        size_t n = strlen(regs[k]);
        if (strncmp(line, regs[k], n) == 0 && line[n] == ' ') {
            const char *v = line + n;
            while (*v == ' ')
                v++;
            return strncmp(v, "0x", 2) == 0;
        }
    }
    return false;
}

static Text panic_canon(const char *s, size_t n)
{
    Text t = {0};
    size_t head = 0;
    while (head < n) {
        size_t e = head;
        while (e < n && s[e] != '\n')
            e++;
        bool hdr = goroutine_header(s + head, e - head);
        head = e + (e < n);
        if (hdr)
            break;
    }
    const char *sig = "[signal ";
    for (size_t i = 0; i < head;) {
        size_t e = i;
        while (e < head && s[e] != '\n')
            e++;
        size_t len = e - i + (e < head);
        const char *pc = NULL;
        if (len > strlen(sig) && memcmp(s + i, sig, strlen(sig)) == 0) {
            for (size_t k = i; k + 4 <= e; k++)
                if (memcmp(s + k, " pc=", 4) == 0)
                    pc = s + k + 4;
        }
        if (pc) {
            text_put(&t, s + i, (size_t)(pc - (s + i)));
            text_put(&t, "PC]\n", 4);
        } else if (len > 5 && memcmp(s + i, "PC=0x", 5) == 0) {
            /* a fatal signal's "PC=0x454781 m=0 sigcode=128" */
            size_t k = i + 5;
            while (k < e && s[k] != ' ')
                k++;
            text_put(&t, "PC=PC", 5);
            text_put(&t, s + k, len - (k - i));
        } else {
            text_put(&t, s + i, len);
        }
        i += len;
    }
    Text sect = {0};    /* a later goroutine, kept if it has a frame left */
    bool in_sect = false, sect_frames = false;
    FrameCanon fc = {&t, NULL};
    for (size_t i = head; i < n;) {
        size_t e = i;
        while (e < n && s[e] != '\n')
            e++;
        char *line = xstrndup(s + i, e - i);
        i = e + (e < n);
        if (register_line(line)) {
            free(line);
            continue;
        }
        if (!*line) {
            if (in_sect && sect_frames && sect.s)
                text_put(&t, sect.s, sect.n);
            free(sect.s);
            sect = (Text){0};
            in_sect = sect_frames = false;
        } else if (goroutine_header(line, strlen(line))) {
            in_sect = true;
            fc.out = &sect;
            text_put(&sect, "\n", 1);
            text_put(&sect, line, strlen(line));
            text_put(&sect, "\n", 1);
        } else {
            sect_frames |= canon_frame_line(&fc, line);
        }
        free(line);
    }
    if (in_sect && sect_frames && sect.s)
        text_put(&t, sect.s, sect.n);
    free(sect.s);
    free(fc.pending);
    if (!t.s)
        text_put(&t, "", 0);
    return t;
}

/* Compares a program's output (and status) with NAME.out and, for
 * hood's own testdata, NAME.exit: when NAME.exit exists the program must
 * exit with that status, and its output is compared in the form of
 * panic_canon (the traceback's frames by function and file:line). */
static void check_output(Ctx *c)
{
    Test *t = c->t;
    size_t stem = strlen(t->path) - 3;
    char *outf = xasprintf("%.*s.out", (int)stem, t->path);
    char *exitf = xasprintf("%.*s.exit", (int)stem, t->path);
    size_t nwant = 0;
    char *want = read_file(outf, &nwant);
    char *exitstr = read_file(exitf, NULL);
    char *got = c->out;
    /* Drop carriage returns of CRLF pairs, as run.go does. */
    size_t ngot = 0;
    for (size_t r = 0; r < c->outlen; r++)
        if (!(got[r] == '\r' && r + 1 < c->outlen && got[r + 1] == '\n'))
            got[ngot++] = got[r];
    got[ngot] = 0;
    if (exitstr) {
        int code = atoi(exitstr);
        if (c->status != code) {
            verdict(t, ST_FAIL, xasprintf("%s, want exit status %d: %s", status_text(c->status), code,
                                          one_line(got, 200)));
            return;
        }
        Text g = panic_canon(got, ngot), w = panic_canon(want ? want : "", want ? nwant : 0);
        got = g.s, ngot = g.n;
        want = w.s, nwant = w.n;
    } else if (c->status != 0) {
        verdict(t, ST_FAIL, xasprintf("%s: %s", status_text(c->status), one_line(got, 200)));
        return;
    }
    if (ngot != nwant || (nwant > 0 && memcmp(got, want, nwant) != 0)) {
        /* Report the first differing line: enough to start debugging. */
        size_t i = 0;
        while (i < ngot && i < nwant && got[i] == want[i])
            i++;
        while (i > 0 && got[i - 1] != '\n')
            i--;
        verdict(t, ST_FAIL, xasprintf("output differs from %s at: %s", want ? outf : "(empty)",
                                      i < ngot ? one_line(got + i, 200) : "(end of output)"));
        return;
    }
    verdict(t, ST_PASS, NULL);
}

/* Runs exe with the recipe's arguments from the first-th on; its
 * standard input is NAME.in where that file exists (hood's testdata),
 * else /dev/null, as run.go gives none. */
static void run_program(Ctx *c, const char *exe, const char *cwd, int first)
{
    StrVec a = {0};
    sv_push(&a, exe);
    sv_pushv(&a, c->t->args.v + first, c->t->args.n - first);
    size_t stem = strlen(c->t->path) - 3;
    char *inf = xasprintf("%.*s.in", (int)stem, c->t->path);
    struct stat st;
    c->in = stat(inf, &st) == 0 ? inf : NULL;
    cmd(c, &a, cwd, NULL);
    c->in = NULL;
    free(inf);
    check_output(c);
}

static StrVec one(const char *s)
{
    StrVec v = {0};
    sv_push(&v, s);
    return v;
}

/* The source files of a test that run.go runs with `go run FILE ARGS`:
 * go run takes the leading arguments ending in ".go" as more files of
 * the program (index1.go's recipe names ./index.go so), relative to the
 * directory run.go runs in. *first is the index of the first real
 * program argument. */
static StrVec go_run_files(Ctx *c, int *first)
{
    StrVec files = one(c->t->path);
    int i = 0;
    for (; i < c->t->args.n && has_suffix(c->t->args.v[i], ".go"); i++) {
        const char *a = c->t->args.v[i];
        sv_push(&files, a[0] == '/' ? a : xasprintf("%s/%s", c->t->root, a));
    }
    *first = i;
    return files;
}

/* run, build, buildrun: one file built (and run). Only run goes through
 * go run in run.go, so only run takes extra files from its arguments. */
/* Builds what files names (files or a directory) and runs it with the
 * arguments from first on (run: else building is all), then again built
 * with -N when the runner asks for both. */
static void build_and_run(Ctx *c, StrVec *files, bool run, const char *cwd, int first)
{
    char *exe = xasprintf("%s/x", c->tmp);
    if (!build_exe(c, files, exe, true))
        return;
    if (!run) {
        verdict(c->t, ST_PASS, NULL);
        return;
    }
    run_program(c, exe, cwd, first);
    /* With -N: a program that passes must pass built without
     * optimisation too (the passes may not change what it does). */
    if (c->t->status != ST_PASS || !c->cfg->noopt_too || c->cfg->gc)
        return;
    char *exe_n = xasprintf("%s/x_N", c->tmp);
    if (!build_exe_with(c, files, exe_n, true, "-N")) {
        c->t->reason = xasprintf("with -N: %s", c->t->reason);
        return;
    }
    run_program(c, exe_n, cwd, first);
    if (c->t->status != ST_PASS)
        c->t->reason = xasprintf("with -N: %s", c->t->reason);
}

static void act_run(Ctx *c, bool run, const char *cwd)
{
    int first = 0;
    StrVec files = strcmp(c->t->kind, "run") == 0 ? go_run_files(c, &first) : one(c->t->path);
    build_and_run(c, &files, run, cwd, first);
}

/* runoutput and errorcheckoutput: the program's output is a Go program;
 * leaves its path in *gen. */
static bool generate(Ctx *c, char **gen)
{
    int first;
    StrVec files = go_run_files(c, &first);
    char *exe = xasprintf("%s/gen", c->tmp);
    if (!build_exe(c, &files, exe, false))
        return false;
    StrVec a = one(exe);
    sv_pushv(&a, c->t->args.v + first, c->t->args.n - first);
    if (cmd(c, &a, c->t->root, NULL) != 0) {
        fail_cmd(c, "generator failed");
        return false;
    }
    *gen = xasprintf("%s/tmp__.go", c->tmp);
    write_file(*gen, c->out, c->outlen);
    return true;
}

static void act_runoutput(Ctx *c)
{
    char *gen;
    if (!generate(c, &gen))
        return;
    StrVec files = one(gen);
    char *exe = xasprintf("%s/x", c->tmp);
    if (!build_exe(c, &files, exe, false))
        return;
    StrVec a = one(exe);
    cmd(c, &a, c->t->root, NULL);
    check_output(c);
}

/* The compile-only command for files, with diagnostics requested (-e).
 * gc: go tool compile with run.go's flags for errorcheck. */
static int compile_for_errors(Ctx *c, StrVec *files, bool with_flags)
{
    StrVec a = {0};
    if (c->cfg->gc) {
        sv_push(&a, "go");
        sv_push(&a, "tool");
        sv_push(&a, "compile");
        sv_push(&a, "-p=p");
        sv_push(&a, "-d=panic");
        sv_push(&a, "-C");
        sv_push(&a, "-e");
        sv_push(&a, "-o");
        sv_push(&a, "a.o");
        /* run.go turns on the SSA checker for errorcheck tests. */
        bool merged = false;
        for (int i = 0; with_flags && i < c->t->flags.n; i++) {
            const char *f = c->t->flags.v[i];
            if (!merged && has_prefix(f, "-d=")) {
                char *m = xasprintf("%s,ssa/check/on", f);
                sv_push(&a, m);
                merged = true;
            } else {
                sv_push(&a, f);
            }
        }
        if (with_flags && !merged)
            sv_push(&a, "-d=ssa/check/on");
    } else {
        /* -c: an object file, like go tool compile; the package need not
         * be a complete program. */
        sv_push(&a, c->cfg->compiler);
        sv_push(&a, "build");
        sv_push(&a, "-c");
        sv_push(&a, "-e");
        if (with_flags)
            sv_pushv(&a, c->t->flags.v, c->t->flags.n);
        sv_push(&a, "-o");
        sv_push(&a, "a.o");
    }
    sv_pushv(&a, files->v, files->n);
    return cmd(c, &a, c->tmp, c->cfg->gc ? gc_env(c) : NULL);
}

/* Whether the compile's success agrees with want_error; on disagreement
 * the test fails. */
static bool error_expectation(Ctx *c, int st)
{
    if (c->t->want_error && st == 0) {
        verdict(c->t, ST_FAIL, xstrdup("compilation succeeded unexpectedly"));
        return false;
    }
    if (!c->t->want_error && st != 0) {
        fail_cmd(c, "compile failed");
        return false;
    }
    return true;
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* Matches c->out against the // ERROR comments of files. */
static bool check_errors(Ctx *c, StrVec *files)
{
    StrVec pairs = {0};
    for (int i = 0; i < files->n; i++) {
        sv_push(&pairs, files->v[i]);
        sv_push(&pairs, base_name(files->v[i]));
    }
    for (size_t i = 0; i < c->outlen; i++) /* see errorcheck.c: NULs */
        if (c->out[i] == 0)
            c->out[i] = 1;
    char *why = errorcheck(c->out, c->t->want_auto, pairs.v, files->n);
    if (why) {
        verdict(c->t, ST_FAIL, why);
        return false;
    }
    verdict(c->t, ST_PASS, NULL);
    return true;
}

static void act_errorcheck(Ctx *c)
{
    StrVec files = one(c->t->path);
    int st = compile_for_errors(c, &files, true);
    if (error_expectation(c, st))
        check_errors(c, &files);
}

static void act_errorcheckoutput(Ctx *c)
{
    char *gen;
    if (!generate(c, &gen))
        return;
    StrVec files = one(gen);
    int st = compile_for_errors(c, &files, true);
    if (error_expectation(c, st))
        check_errors(c, &files);
}

static void act_compile(Ctx *c)
{
    StrVec a = {0};
    sv_push(&a, c->cfg->compiler);
    if (c->cfg->gc) {
        sv_push(&a, "tool");
        sv_push(&a, "compile");
        sv_push(&a, "-e");
        sv_push(&a, "-p=p");
    } else {
        sv_push(&a, "build");
        sv_push(&a, "-c");
    }
    sv_pushv(&a, c->t->flags.v, c->t->flags.n);
    sv_push(&a, "-o");
    sv_push(&a, "a.o");
    sv_push(&a, c->t->path);
    if (cmd(c, &a, c->tmp, c->cfg->gc ? gc_env(c) : NULL) != 0)
        fail_cmd(c, "compile failed");
    else
        verdict(c->t, ST_PASS, NULL);
}

/* asmcheck (hood only; recipe.c skips it for gc): compile with -S and
 * match the listing TMP/a.o.s against the file's comments (asmcheck.c).
 * The recipe's flags go to hood build, as run.go adds them to -gcflags. */
static void act_asmcheck(Ctx *c)
{
    StrVec a = {0};
    char *v[] = {(char *)c->cfg->compiler, "build", "-c", "-S"};
    sv_pushv(&a, v, 4);
    sv_pushv(&a, c->t->flags.v, c->t->flags.n);
    sv_push(&a, "-o");
    sv_push(&a, "a.o");
    sv_push(&a, c->t->path);
    if (cmd(c, &a, c->tmp, NULL) != 0) {
        fail_cmd(c, "compile failed");
        return;
    }
    char *listing = read_file(xasprintf("%s/a.o.s", c->tmp), NULL);
    if (!listing) {
        verdict(c->t, ST_FAIL, xstrdup("hood build -S wrote no a.o.s"));
        return;
    }
    char *ssa_text = NULL;
    if (asmcheck_wants_ssa(c->t->path)) {
        StrVec s = {0};
        char *sv[] = {(char *)c->cfg->compiler, "ssa", "-func", "*", "-pass", "critical"};
        sv_pushv(&s, sv, 6);
        sv_pushv(&s, c->t->flags.v, c->t->flags.n);
        sv_push(&s, c->t->path);
        if (cmd(c, &s, c->tmp, NULL) != 0) {
            fail_cmd(c, "hood ssa failed");
            free(listing);
            return;
        }
        ssa_text = xstrdup(c->out ? c->out : "");
    }
    char *why = asmcheck(c->t->path, base_name(c->t->path), listing, ssa_text);
    verdict(c->t, why ? ST_FAIL : ST_PASS, why);
    free(listing);
    free(ssa_text);
}

/* ---- the .dir actions ---- */

typedef struct {
    char *name;
    StrVec files; /* full paths */
} Pkg;

/* The package clause's name: the first line "package NAME". */
static char *package_name(const char *file)
{
    char *src = read_file(file, NULL);
    if (!src)
        return NULL;
    for (char *p = src; *p;) {
        if (has_prefix(p, "package ")) {
            char *s = p + 8;
            size_t n = strcspn(s, " \t\r\n/;");
            return xstrndup(s, n);
        }
        p += strcspn(p, "\n");
        if (*p)
            p++;
    }
    return NULL;
}

/* The packages of NAME.dir in the order their first file sorts, files
 * grouped by package name, or one package per file under -s: run.go
 * compiles them in this order, which the tests arrange to be the
 * dependency order. */
static int dir_packages(Ctx *c, const char *dir, Pkg **out)
{
    StrVec names = list_dir(dir, ".go");
    Pkg *pk = NULL;
    int n = 0;
    for (int i = 0; i < names.n; i++) {
        char *full = xasprintf("%s/%s", dir, names.v[i]);
        char *pn = package_name(full);
        if (!pn)
            pn = xstrdup("?");
        int k = n;
        if (!c->t->single_file_pkgs)
            for (k = 0; k < n && strcmp(pk[k].name, pn) != 0; k++)
                ;
        if (k == n) {
            pk = xrealloc(pk, (size_t)(n + 1) * sizeof *pk);
            pk[n++] = (Pkg){pn, {0}};
        }
        sv_push(&pk[k].files, full);
    }
    *out = pk;
    return n;
}

/* gc: run.go's compileInDir — packages other than main are written to
 * test/FIRST.a with import path test/FIRST, found through -D test -I . */
static int gc_compile_pkg(Ctx *c, Pkg *p, StrVec *flags)
{
    StrVec a = {0};
    char *v[] = {"go", "tool", "compile", "-e", "-D", "test", "-I", "."};
    sv_pushv(&a, v, 8);
    if (strcmp(p->name, "main") == 0) {
        sv_push(&a, "-p=main");
    } else {
        const char *b = base_name(p->files.v[0]);
        char *path = xasprintf("test/%.*s", (int)(strlen(b) - 3), b);
        sv_push(&a, "-o");
        sv_push(&a, xasprintf("%s.a", path));
        sv_push(&a, "-p");
        sv_push(&a, path);
    }
    sv_pushv(&a, flags->v, flags->n);
    sv_pushv(&a, p->files.v, p->files.n);
    return cmd(c, &a, c->tmp, gc_env(c));
}

/* gc: link the main package compiled last, run it in TMP. */
static void gc_link_run(Ctx *c, Pkg *p, StrVec *ldflags)
{
    const char *b = base_name(p->files.v[0]);
    StrVec a = {0};
    char *v[] = {"go", "tool", "link", "-w", "-o", "a.exe", "-L", "."};
    sv_pushv(&a, v, 8);
    sv_pushv(&a, ldflags->v, ldflags->n);
    sv_push(&a, xasprintf("%.*s.o", (int)(strlen(b) - 3), b));
    if (cmd(c, &a, c->tmp, gc_env(c)) != 0) {
        fail_cmd(c, "link failed");
        return;
    }
    run_program(c, xasprintf("%s/a.exe", c->tmp), c->tmp, 0);
}

static void gc_dir(Ctx *c, const char *kind, Pkg *pk, int n)
{
    Test *t = c->t;
    StrVec flags = {0}, ldflags = {0};
    for (int i = 0; i < t->flags.n; i++) {
        if (strcmp(t->flags.v[i], "-ldflags") == 0) {
            sv_pushv(&ldflags, t->flags.v + i + 1, t->flags.n - i - 1);
            break;
        }
        sv_push(&flags, t->flags.v[i]);
    }
    bool check = strcmp(kind, "errorcheckdir") == 0 || strcmp(kind, "errorcheckandrundir") == 0;
    if (check) {
        sv_push(&flags, "-d=panic");
        /* errorcheckdir: the last package must fail to compile when
         * errors are wanted; errorcheckandrundir: the one before it. */
        int err_pkg = n - 1 - (t->want_error && strcmp(kind, "errorcheckandrundir") == 0);
        for (int i = 0; i < n; i++) {
            int st = gc_compile_pkg(c, &pk[i], &flags);
            if (i == err_pkg && t->want_error && st == 0) {
                verdict(t, ST_FAIL, xasprintf("compilation of %s succeeded unexpectedly", pk[i].name));
                return;
            }
            if (st != 0 && !(i == err_pkg && t->want_error)) {
                fail_cmd(c, "compile failed");
                return;
            }
            if (!check_errors(c, &pk[i].files))
                return;
        }
        if (strcmp(kind, "errorcheckdir") == 0)
            return;
    }
    bool run = strcmp(kind, "compiledir") != 0;
    for (int i = 0; i < n; i++) {
        int st = gc_compile_pkg(c, &pk[i], &flags);
        bool may_fail = t->want_error && strcmp(kind, "errorcheckandrundir") == 0 && i == n - 2;
        if (st != 0 && !may_fail) {
            fail_cmd(c, "compile failed");
            return;
        }
        if (run && i == n - 1) {
            gc_link_run(c, &pk[i], &ldflags);
            return;
        }
    }
    verdict(t, ST_PASS, NULL);
}

/* hood builds a .dir test in one command: every package but the last is
 * declared with -package test/FIRST=FILES (the import path gc's run.go
 * gives it, which `import "./FIRST"` reaches through -D test), and the
 * last package's files are the command line's. hood parses flags
 * anywhere among the files, so they travel in the file list. Errors are
 * matched against the // ERROR comments of every file. */
static void hood_dir(Ctx *c, const char *kind, Pkg *pk, int n)
{
    Test *t = c->t;
    StrVec args = {0}, every = {0};
    if (n > 1) {
        sv_push(&args, "-D");
        sv_push(&args, "test");
    }
    for (int i = 0; i < n; i++) {
        sv_pushv(&every, pk[i].files.v, pk[i].files.n);
        if (i == n - 1)
            break;
        const char *b = base_name(pk[i].files.v[0]);
        char *spec = xasprintf("test/%.*s=", (int)(strlen(b) - 3), b);
        for (int k = 0; k < pk[i].files.n; k++)
            spec = xasprintf("%s%s%s", spec, k ? "," : "", pk[i].files.v[k]);
        sv_push(&args, "-package");
        sv_push(&args, spec);
    }
    sv_pushv(&args, pk[n - 1].files.v, pk[n - 1].files.n);
    StrVec *files = &args;
    if (strcmp(kind, "errorcheckdir") == 0 || strcmp(kind, "errorcheckandrundir") == 0) {
        int st = compile_for_errors(c, files, true);
        if (!error_expectation(c, st) || !check_errors(c, &every))
            return;
        if (strcmp(kind, "errorcheckdir") == 0)
            return;
    }
    if (strcmp(kind, "compiledir") == 0) {
        StrVec a = {0};
        char *v[] = {(char *)c->cfg->compiler, "build", "-c"};
        sv_pushv(&a, v, 3);
        sv_pushv(&a, t->flags.v, t->flags.n);
        sv_push(&a, "-o");
        sv_push(&a, "a.o");
        sv_pushv(&a, files->v, files->n);
        if (cmd(c, &a, c->tmp, NULL) != 0)
            fail_cmd(c, "compile failed");
        else
            verdict(t, ST_PASS, NULL);
        return;
    }
    char *exe = xasprintf("%s/x", c->tmp);
    if (build_exe(c, files, exe, true))
        run_program(c, exe, c->tmp, 0);
}

static char *dir_of_test(Test *t)
{
    return xasprintf("%.*s.dir", (int)(strlen(t->path) - 3), t->path);
}

static void act_dir(Ctx *c, const char *kind)
{
    char *dir = dir_of_test(c->t);
    Pkg *pk;
    int n = dir_packages(c, dir, &pk);
    if (n == 0) {
        verdict(c->t, ST_FAIL, xasprintf("no Go files in %s", dir));
        return;
    }
    if (c->cfg->gc)
        gc_dir(c, kind, pk, n);
    else
        hood_dir(c, kind, pk, n);
}

/* runindir: gc builds a copy of NAME.dir as module NAME with `go run .`
 * (it may hold several packages); hood builds the directory as one
 * package, as `go run .` selects its files (build constraints). */
static void act_runindir(Ctx *c)
{
    Test *t = c->t;
    char *dir = dir_of_test(t);
    if (!c->cfg->gc) {
        StrVec all = list_dir(dir, NULL);
        for (int i = 0; i < all.n; i++)
            if (is_dir(xasprintf("%s/%s", dir, all.v[i]))) {
                verdict(t, ST_SKIP, xstrdup("multi-package not supported"));
                return;
            }
    }
    const char *b = base_name(dir);
    char *mod = xstrdup(b); /* "issue30862.dir": the .dir stays, as in run.go */
    char *src = xasprintf("%s/src", c->tmp);
    char *dst = xasprintf("%s/%s", src, mod);
    mkdir(src, 0755);
    StrVec cp = {0};
    char *v[] = {"cp", "-R", dir, dst};
    sv_pushv(&cp, v, 4);
    if (cmd(c, &cp, c->tmp, NULL) != 0) {
        fail_cmd(c, "copy failed");
        return;
    }
    char *gomod = xasprintf("module %s\ngo 1.14\n", mod);
    write_file(xasprintf("%s/go.mod", dst), gomod, strlen(gomod));
    if (!c->cfg->gc) {
        StrVec files = one(".");
        c->build_dir = dst; /* the module's root, as for go run . */
        build_and_run(c, &files, true, NULL, 0);
        return;
    }
    StrVec a = {0};
    sv_push(&a, "go");
    sv_push(&a, "run");
    sv_pushv(&a, t->flags.v, t->flags.n);
    sv_push(&a, ".");
    char *env[] = {xasprintf("GOPATH=%s", c->tmp), "GO111MODULE=on", gc_env(c)[0], NULL};
    cmd(c, &a, dst, env);
    check_output(c);
}

/* One command of a sequence, in TMP; false (test failed) if it fails. */
static bool step(Ctx *c, StrVec *argv, const char *what)
{
    if (cmd(c, argv, c->tmp, NULL) == 0)
        return true;
    fail_cmd(c, what);
    return false;
}

/* builddir, buildrundir: all .go and .s files of NAME.dir as package
 * main. gc: run.go's asm / compile / pack / link sequence. */
static void act_builddir(Ctx *c, bool run)
{
    Test *t = c->t;
    char *dir = dir_of_test(t);
    StrVec gos = list_dir(dir, ".go"), asms = list_dir(dir, ".s");
    for (int i = 0; i < gos.n; i++)
        gos.v[i] = xasprintf("%s/%s", dir, gos.v[i]);
    for (int i = 0; i < asms.n; i++)
        asms.v[i] = xasprintf("%s/%s", dir, asms.v[i]);
    if (!c->cfg->gc) {
        if (asms.n > 0) {
            verdict(t, ST_SKIP, xstrdup("assembly files not supported"));
            return;
        }
        char *exe = xasprintf("%s/x", c->tmp);
        if (!build_exe(c, &gos, exe, true))
            return;
        if (run)
            run_program(c, exe, c->tmp, 0);
        else
            verdict(t, ST_PASS, NULL);
        return;
    }
    StrVec a = {0};
    if (asms.n > 0) {
        write_file(xasprintf("%s/go_asm.h", c->tmp), "", 0);
        char *v[] = {"go", "tool", "asm", "-p=main", "-gensymabis", "-o", "symabis"};
        sv_pushv(&a, v, 7);
        sv_pushv(&a, asms.v, asms.n);
        if (!step(c, &a, "asm failed"))
            return;
    }
    a = (StrVec){0};
    char *cv[] = {"go", "tool", "compile", "-p=main", "-e", "-D", ".", "-I", ".", "-o", "go.o"};
    sv_pushv(&a, cv, 11);
    if (asms.n > 0) {
        char *hv[] = {"-asmhdr", "go_asm.h", "-symabis", "symabis"};
        sv_pushv(&a, hv, 4);
    }
    sv_pushv(&a, gos.v, gos.n);
    if (!step(c, &a, "compile failed"))
        return;
    StrVec pack = {0};
    char *pv[] = {"go", "tool", "pack", "c", "all.a", "go.o"};
    sv_pushv(&pack, pv, 6);
    if (asms.n > 0) {
        a = (StrVec){0};
        char *av[] = {"go", "tool", "asm", "-p=main", "-e", "-I", ".", "-o", "asm.o"};
        sv_pushv(&a, av, 9);
        sv_pushv(&a, asms.v, asms.n);
        if (!step(c, &a, "asm failed"))
            return;
        sv_push(&pack, "asm.o");
    }
    if (!step(c, &pack, "pack failed"))
        return;
    a = (StrVec){0};
    char *lv[] = {"go", "tool", "link", "-o", "a.exe", "all.a"};
    sv_pushv(&a, lv, 6);
    if (!step(c, &a, "link failed"))
        return;
    if (run)
        run_program(c, xasprintf("%s/a.exe", c->tmp), c->tmp, 0);
    else
        verdict(t, ST_PASS, NULL);
}

/* Performs t's action in tmp (the worker's own directory). */
void action_run(const Config *cfg, Test *t, const char *tmp)
{
    Ctx c = {.cfg = cfg, .t = t, .tmp = tmp};
    const char *k = t->kind;
    mkdir(xasprintf("%s/test", tmp), 0755); /* for gc's -D test packages */
    if (strcmp(k, "run") == 0)
        act_run(&c, true, t->root);
    else if (strcmp(k, "buildrun") == 0)
        act_run(&c, true, tmp);
    else if (strcmp(k, "build") == 0)
        act_run(&c, false, NULL);
    else if (strcmp(k, "runoutput") == 0)
        act_runoutput(&c);
    else if (strcmp(k, "errorcheck") == 0)
        act_errorcheck(&c);
    else if (strcmp(k, "errorcheckoutput") == 0)
        act_errorcheckoutput(&c);
    else if (strcmp(k, "compile") == 0)
        act_compile(&c);
    else if (strcmp(k, "asmcheck") == 0)
        act_asmcheck(&c);
    else if (strcmp(k, "compiledir") == 0 || strcmp(k, "rundir") == 0 ||
             strcmp(k, "errorcheckdir") == 0 || strcmp(k, "errorcheckandrundir") == 0)
        act_dir(&c, k);
    else if (strcmp(k, "runindir") == 0)
        act_runindir(&c);
    else if (strcmp(k, "builddir") == 0 || strcmp(k, "buildrundir") == 0)
        act_builddir(&c, strcmp(k, "buildrundir") == 0);
    else
        verdict(t, ST_SKIP, xasprintf("action %s not implemented", k));
}
