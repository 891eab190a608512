/*
 * hood.c — the `hood` command: build, run, ssa, list, clean, version, help.
 *
 * It follows the go command's conventions: `hood build [-o OUT] FILE.go...`
 * compiles the files of package main into a static executable named after
 * the first file, and `hood build [PACKAGE...]` the package of a directory
 * or import path (the main module's or GOROOT's, found by the loader),
 * named after its import path; `hood run` builds into a temporary
 * directory and runs the result with the given arguments, returning its
 * exit status.
 *
 * The pipeline (docs/design.md): parse every file, type-check the package,
 * build SSA for every function (compiler/ssagen/), run the pass list
 * (ssa/passes.def), emit one assembly file, then run `as` and `ld` with the
 * runtime (rt/libhoodrt.a) and linker script (linker-scripts/hood.ld),
 * found relative to this executable: in the build tree (cmd/hood next to
 * rt/ and linker-scripts/) or after `meson install` (bin/hood and
 * lib/hood/).
 *
 * Exit status: 0 success; 1 compile errors (printed as file:line:col:
 * message); 2 usage errors; for `run`, the program's own status.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "codegen.h"
#include "deadcode.h"
#include "diag.h"
#include "hashindex.h"
#include "load.h"
#include "program.h"
#include "ssagen.h"
#include "types.h"

/* --- Debug flags (-d NAME[,NAME]), one table -------------------------- */

typedef struct DebugFlag {
    const char *name;
    bool *on;
    const char *help;
} DebugFlag;

static bool debug_ast, debug_nocheck, debug_keep, debug_noescape, debug_reach, debug_gcsections,
    debug_every, debug_whole;

static const DebugFlag debug_flags[] = {
    {"ast", &debug_ast, "print the syntax tree of each file to stdout"},
    {"nocheck", &debug_nocheck, "do not verify the SSA after every pass"},
    {"keep", &debug_keep, "keep the temporary directory and print its name"},
    {"noescape", &debug_noescape, "no escape analysis: every address-taken variable and allocation on the heap"},
    {"reach", &debug_reach, "print why each imported function is built, to stderr"},
    {"whole", &debug_whole, "compile the whole program into one object, not one object per package"},
    {"gcsections", &debug_gcsections, "with whole: each function in its own section, linked with ld --gc-sections"},
    {"every", &debug_every, "with whole: build every function of the imported packages, not only those reached"},
};

static void usage(void)
{
    fputs("Hood is a compiler for Go programs.\n"
          "\n"
          "Usage:\n"
          "\n"
          "\thood <command> [arguments]\n"
          "\n"
          "The commands are:\n"
          "\n"
          "\tbuild [-o OUT] [-c] [-S] [-N] [-m] [-e] [-lang=goX.Y] [-d FLAGS] [-package PATH=FILE,...] [-D PREFIX]\n"
          "\t      [PACKAGE...|FILE.go...]\n"
          "\t\tcompile package main into a static executable named after\n"
          "\t\tthe package (a directory, \".\" by default, or an import path of\n"
          "\t\tthe module or GOROOT) or the first file; several packages\n"
          "\t\t(./...) or one that is not main are compiled and discarded\n"
          "\t\t(-c stops at an object file, like go tool compile;\n"
          "\t\t-S also writes OUT.s, -N disables optimisation passes,\n"
          "\t\t-m prints escape analysis decisions as gc's -m does,\n"
          "\t\t-e reports all errors, not just the first 10;\n"
          "\t\t-lang: the Go version the packages given are written for;\n"
          "\t\t-package makes the files a package importable as PATH,\n"
          "\t\tbefore GOROOT; -D PREFIX: import \"./x\" means PREFIX/x)\n"
          "\trun [build flags] PACKAGE|FILE.go... [-- ARGS]\n"
          "\t\tcompile and run, returning the program's exit status\n"
          "\tssa -func NAME [-pass LIST] [-N] FILE.go...\n"
          "\t\tprint NAME's SSA after every pass (or the listed ones);\n"
          "\t\tNAME * prints every function's\n"
          "\tlist [-deps] PATTERN...\n"
          "\t\tprint the packages the loader finds: import path, directory,\n"
          "\t\tfiles and imports (-deps: their closure, dependencies first)\n"
          "\tclean -cache\n"
          "\t\tremove hood's build cache ($XDG_CACHE_HOME/hood, else\n"
          "\t\t$HOME/.cache/hood; HOOD_CACHE=off keeps hood from using it)\n"
          "\tversion\tprint hood's version\n"
          "\thelp\tprint this help\n"
          "\n"
          "Debug flags for -d (comma-separated; -d help lists them).\n",
          stderr);
}

static _Noreturn void usage_error(const char *fmt, const char *arg)
{
    fputs("hood: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nrun 'hood help' for usage\n", stderr);
    exit(2);
}

static void set_debug_flags(const char *list)
{
    char *copy = xstrdup(list);
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        if (strcmp(tok, "help") == 0) {
            for (size_t i = 0; i < sizeof debug_flags / sizeof debug_flags[0]; i++)
                printf("  %-10s %s\n", debug_flags[i].name, debug_flags[i].help);
            exit(0);
        }
        bool found = false;
        for (size_t i = 0; i < sizeof debug_flags / sizeof debug_flags[0]; i++)
            if (strcmp(tok, debug_flags[i].name) == 0)
                *debug_flags[i].on = found = true;
        if (!found)
            usage_error("unknown debug flag %s (see -d help)", tok);
    }
}

/* --- Options --------------------------------------------------------- */

static const char *find_overlay(void);

typedef struct Options {
    const char *out;       /* -o */
    bool asm_too;          /* -S */
    bool no_opt;           /* -N */
    bool all_errors;       /* -e */
    bool compile_only;     /* -c: stop after assembling (an object file) */
    bool escape_report;    /* -m: print escape analysis decisions */
    const char *ssa_func;  /* ssa -func */
    const char *ssa_pass;  /* ssa -pass */
    const char *local_prefix; /* -D: what import "./x" means: PREFIX/x */
    const char *lang;      /* -lang=goX.Y: the language version of the packages given */
    VEC(const char *) packages; /* -package PATH=FILE[,FILE...] */
    VEC(const char *) files;    /* the .go files of the package, or none: */
    VEC(const char *) patterns; /* packages as directories or import paths */
    VEC(char *) flags;     /* the flags as given, for building several packages */
    VEC(char *) args;      /* run: program arguments */
    bool may_discard;      /* build: a package that is not main is compiled, not linked */
    Loader *loader;        /* with patterns: the loader that found... */
    LoadPackage *root;     /* ... the package to build */
} Options;

static bool has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* -lang: checked as gc checks it. */
static void set_lang(Options *o, const char *v)
{
    int major, minor;
    const char *err;
    if (!types_parse_lang(v, &major, &minor, &err)) {
        fprintf(stderr, "hood: invalid value \"%s\" for -lang: %s\n", v, err);
        exit(2);
    }
    o->lang = v;
}

/* Parses the flags and files of build, run and ssa. */
static void parse_args(Options *o, const char *cmd, int argc, char **argv)
{
    int i = 0;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] == '-' && a[1] != 0) {
            const char *flag = a[1] == '-' ? a + 2 : a + 1; /* -o and --o alike */
            bool takes_arg = strcmp(flag, "o") == 0 || strcmp(flag, "d") == 0 ||
                             strcmp(flag, "func") == 0 || strcmp(flag, "pass") == 0 ||
                             strcmp(flag, "package") == 0 || strcmp(flag, "D") == 0 ||
                             strcmp(flag, "lang") == 0;
            const char *val = NULL;
            if (strncmp(flag, "lang=", 5) == 0) { /* as Go's flag package: -lang=V or -lang V */
                vec_push(&o->flags, argv[i]);
                set_lang(o, flag + 5);
                continue;
            }
            if (takes_arg) {
                if (i + 1 >= argc)
                    usage_error("flag needs an argument: %s", a);
                val = argv[++i];
            }
            if (strcmp(flag, "o") != 0) {
                vec_push(&o->flags, argv[i - (val != NULL)]);
                if (val)
                    vec_push(&o->flags, argv[i]);
            }
            if (strcmp(flag, "o") == 0 && strcmp(cmd, "build") == 0)
                o->out = val;
            else if (strcmp(flag, "S") == 0)
                o->asm_too = true;
            else if (strcmp(flag, "N") == 0)
                o->no_opt = true;
            else if (strcmp(flag, "c") == 0 && strcmp(cmd, "build") == 0)
                o->compile_only = true;
            else if (strcmp(flag, "e") == 0)
                o->all_errors = true;
            else if (strcmp(flag, "m") == 0)
                o->escape_report = true;
            else if (strcmp(flag, "d") == 0)
                set_debug_flags(val);
            else if (strcmp(flag, "D") == 0)
                o->local_prefix = val;
            else if (strcmp(flag, "lang") == 0)
                set_lang(o, val);
            else if (strcmp(flag, "package") == 0 && strchr(val, '=') && strchr(val, '=') != val)
                vec_push(&o->packages, val);
            else if (strcmp(flag, "func") == 0 && strcmp(cmd, "ssa") == 0)
                o->ssa_func = val;
            else if (strcmp(flag, "pass") == 0 && strcmp(cmd, "ssa") == 0)
                o->ssa_pass = val;
            else
                usage_error("unknown flag %s", a);
            continue;
        }
        if (strcmp(cmd, "run") == 0 && (o->patterns.n > 0 || (o->files.n > 0 && !has_suffix(a, ".go"))))
            break; /* go run x.go arg1 arg2, go run DIR arg1: arguments start here */
        if (has_suffix(a, ".go"))
            vec_push(&o->files, a);
        else
            vec_push(&o->patterns, a);
    }
    for (; i < argc; i++)
        vec_push(&o->args, argv[i]);
    if (o->files.n > 0 && o->patterns.n > 0)
        usage_error("named files must be .go files: %s", o->patterns.v[0]);
    if (o->files.n == 0 && o->patterns.n == 0) {
        if (strcmp(cmd, "run") == 0)
            usage_error("no Go files listed%s", "");
        vec_push(&o->patterns, "."); /* go build: the package in this directory */
    }
}

/* With package patterns: the loader finds the packages (compiler/load),
 * in the main module or GOROOT; o->root is set when there is one. The
 * packages found, or exits 1 if none. */
static LoadPackageList find_packages(Options *o)
{
    LoadConfig lcfg = {.overlay = find_overlay()};
    o->loader = load_new(&lcfg);
    LoadPackageList roots = load_patterns(o->loader, o->patterns.v, o->patterns.n);
    for (int i = 0; i < roots.n; i++)
        if (roots.v[i]->error)
            error_at((Pos){0}, "%s", roots.v[i]->error);
    if (flush_errors() > 0 || roots.n == 0) {
        if (roots.n == 0)
            fprintf(stderr, "hood: no packages to build\n");
        exit(1);
    }
    if (roots.n == 1)
        o->root = roots.v[0];
    return roots;
}

/* --- Running tools -------------------------------------------------- */

/* Starts argv; returns its process id, or -1 after saying why. */
static pid_t start_tool(char *const argv[])
{
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "hood: fork: %s\n", strerror(errno));
        return -1;
    }
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "hood: %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    return pid;
}

/* Waits for the tool started as pid; returns its exit status, or
 * 128+signal (127: it could not be started or waited for). */
static int wait_tool(pid_t pid)
{
    if (pid < 0)
        return 127;
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return 127;
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    if (WIFSIGNALED(st))
        return 128 + WTERMSIG(st);
    return 127;
}

/* Runs argv, waiting for it; returns its exit status, or 128+signal. */
static int run_tool(char *const argv[])
{
    return wait_tool(start_tool(argv));
}

static bool file_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

/* The directory of the hood executable. */
static const char *exe_dir(void)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) {
        fprintf(stderr, "hood: cannot find own executable: %s\n", strerror(errno));
        exit(1);
    }
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = 0;
    return xstrdup(exe);
}

/* Finds the runtime library and linker script relative to the executable. */
static void find_runtime(const char **lib, const char **script)
{
    const char *exe = exe_dir();
    const char *build_lib = xprintf("%s/../rt/libhoodrt.a", exe);
    const char *build_ld = xprintf("%s/../linker-scripts/hood.ld", exe);
    if (file_exists(build_lib) && file_exists(build_ld)) {
        *lib = build_lib;
        *script = build_ld;
        return;
    }
    const char *inst_lib = xprintf("%s/%s/libhoodrt.a", exe, HOOD_LIBDIR_REL);
    const char *inst_ld = xprintf("%s/%s/hood.ld", exe, HOOD_LIBDIR_REL);
    if (file_exists(inst_lib) && file_exists(inst_ld)) {
        *lib = inst_lib;
        *script = inst_ld;
        return;
    }
    fprintf(stderr, "hood: cannot find the runtime (looked for %s and %s)\n", build_lib,
            inst_lib);
    exit(1);
}

static char *tmpdir;

/* The files hood puts in tmpdir, for the signal handler, which may only
 * make async-signal-safe calls (unlink, rmdir), so it cannot run rm -rf
 * as remove_tmpdir does. Copies in malloc'd memory, which no arena
 * reset can free. */
enum { MAX_TMP_FILES = 4 };
static char *tmp_files[MAX_TMP_FILES];
static volatile sig_atomic_t ntmp_files;

static void note_tmp_file(const char *path)
{
    if (ntmp_files < MAX_TMP_FILES) {
        tmp_files[ntmp_files] = strdup(path);
        if (tmp_files[ntmp_files])
            ntmp_files++;
    }
}

/* SIGINT, SIGTERM, SIGHUP: removes the work directory, then dies of the
 * same signal, so that the caller sees how hood ended. */
static void on_fatal_signal(int sig)
{
    if (tmpdir && !debug_keep) {
        for (int i = 0; i < ntmp_files; i++)
            unlink(tmp_files[i]);
        rmdir(tmpdir);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void remove_tmpdir(void)
{
    if (!tmpdir || debug_keep)
        return;
    /* the directory is flat: hood's files and the tools' */
    DIR *d = opendir(tmpdir);
    for (struct dirent *e; d && (e = readdir(d));)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            unlinkat(dirfd(d), e->d_name, 0);
    if (d)
        closedir(d);
    rmdir(tmpdir);
    char *gone = tmpdir;
    tmpdir = NULL; /* before the free: on_fatal_signal reads it */
    free(gone);
}

static const char *make_tmpdir(void)
{
    if (tmpdir)
        return tmpdir;
    const char *base = getenv("TMPDIR");
    if (!base || !*base)
        base = "/tmp";
    tmpdir = xprintf("%s/hood-build-XXXXXX", base);
    if (!mkdtemp(tmpdir)) {
        fprintf(stderr, "hood: mkdtemp: %s\n", strerror(errno));
        exit(1);
    }
    tmpdir = strdup(tmpdir); /* for on_fatal_signal: outlives every arena */
    if (!tmpdir)
        out_of_memory();
    if (debug_keep)
        fprintf(stderr, "hood: work directory %s\n", tmpdir);
    atexit(remove_tmpdir);
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa = {.sa_handler = on_fatal_signal};
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
    return tmpdir;
}

/* --- Compiling ---------------------------------------------------------- */

/* Set when the package built is not main: no executable is linked. */
static bool discard_output;

/* Front end: checks the main package and, as it imports them, the
 * packages it needs (program.c); returns the main package, or exits 1.
 * *pkgs, *npkgs: the imported ones, dependencies first. */
static Package *load_package(const Options *o, Package ***pkgs, int *npkgs, Cache *cache, ProgramSet **progset)
{
    int nfiles = o->root ? o->root->files.n : o->files.n;
    File **files = NEWARRAY(File *, nfiles);
    for (int i = 0; i < nfiles; i++) {
        uint32_t id;
        if (o->root) {
            id = o->root->files.v[i].source; /* read by the loader */
        } else {
            size_t len;
            char *text = read_file(o->files.v[i], &len);
            if (!text) {
                fprintf(stderr, "hood: open %s: %s\n", o->files.v[i], strerror(errno));
                exit(1);
            }
            id = source_add(o->files.v[i], text, len);
        }
        files[i] = parse_file(id);
        if (debug_ast) {
            Buf b = {0};
            ast_dump_file(&b, files[i]);
            fputs(b.s ? b.s : "", stdout);
        }
    }
    Package *pkg = NULL;
    diag_all_errors(o->all_errors);
    LoadConfig lcfg = {.overlay = find_overlay()};
    ProgramSet *prog = program_new(o->loader ? o->loader : load_new(&lcfg), o->local_prefix, o->lang);
    if (progset) { /* package objects (build_objects) */
        *progset = prog;
        program_set_objects(prog);
        if (cache)
            program_set_cache(prog, cache);
    }
    for (int i = 0; i < o->packages.n; i++) {
        const char *spec = o->packages.v[i], *eq = strchr(spec, '=');
        VEC(const char *) pfiles = {0};
        char *list = xstrdup(eq + 1);
        for (char *tok = strtok(list, ","); tok; tok = strtok(NULL, ","))
            vec_push(&pfiles, tok);
        program_declare(prog, xstrndup(spec, (size_t)(eq - spec)), pfiles.v, pfiles.n);
    }
    /* A main package's symbols are main.NAME wherever it lives; a
     * package built for itself has its import path. */
    const char *path = o->root && o->root->name && strcmp(o->root->name, "main") != 0 ? o->root->path : "main";
    CheckConfig cfg = {.path = path, .import = program_import, .ctx = prog, .lang = o->lang};
    if (!program_syntax_errors(files, nfiles))
        pkg = check_package_config(&cfg, files, nfiles);
    *pkgs = program_packages(prog, npkgs);
    if (error_count() > 0) {
        flush_errors();
        exit(1);
    }
    /* Without -c the package is the whole program (gc's -complete):
     * every function needs its body, unless the package has assembly
     * files, which the go command would assemble (hood does not yet). */
    if (!o->compile_only) {
        bool has_asm = o->root && o->root->sfiles.n > 0;
        for (int i = 0; i < pkg->bodyless.n; i++) {
            Decl *d = pkg->bodyless.v[i];
            Object *fn = d->u.func.obj;
            /* gc: a //go:linkname stands for the body */
            if (!fn->linknamed && has_asm)
                error_at(d->u.func.name->pos, "not supported yet: function %s in assembly (%s)", fn->link_name,
                         o->root->sfiles.v[0]);
            else if (!fn->linknamed)
                error_at(d->u.func.name->pos, "missing function body");
            else if (!program_provides(prog, pkg, fn->link_name))
                error_at(d->u.func.name->pos, "not supported yet: function %s has no body", fn->link_name);
        }
        if (flush_errors() > 0)
            exit(1);
    }
    /* Linking needs an entry point; gc's linker words these errors so. A
     * package that is not main is compiled and the result discarded, as
     * go build does. */
    if (!o->compile_only && !o->ssa_func && strcmp(pkg->name, "main") != 0 && o->may_discard && !o->out)
        discard_output = true;
    else if (!o->compile_only && !o->ssa_func) {
        Object *m = scope_lookup_local(pkg->scope, intern_cstr("main"));
        if (strcmp(pkg->name, "main") != 0) {
            fprintf(stderr, "hood: package %s is not a main package\n", pkg->name);
            exit(1);
        }
        if (!m || m->kind != OBJ_FUNC) {
            fprintf(stderr, "hood: function main is undeclared in the main package\n");
            exit(1);
        }
    }
    return pkg;
}

/* The assembly as it is emitted: text not yet written, and the file it
 * goes to. */
typedef struct AsmOut {
    Buf text;
    FILE *file;
    const char *path;
    bool ok;  /* no write has failed */
} AsmOut;

static void asm_flush(AsmOut *a)
{
    if (a->ok && a->text.len > 0 && fwrite(a->text.s, 1, a->text.len, a->file) != a->text.len) {
        fprintf(stderr, "hood: writing %s: %s\n", a->path, strerror(errno));
        a->ok = false;
    }
    a->text.len = 0;
}

/* The function arena (compiler/base/util.h): one function's memory, from
 * building its SSA to writing its assembly. */
static Arena func_arena;

/*
 * Builds, optimises and (emit not NULL) emits gen's functions one at a
 * time, each in func_arena, reset once its text is written. A function
 * built without error is compiled even after errors in others, as gc
 * does, so that each one a pass rejects (a frame too large) is reported;
 * after the first error nothing more is emitted. With stubs (a package
 * object of an imported package), a function with errors becomes
 * ssagen_stub's instead, and "x NAME MESSAGE" in stubs says why
 * (compiler/link/deadcode.h): the link step reports it only if the
 * program reaches it, as a whole-program build did. Errors with no
 * function built (the data phase's) are reported.
 */
static void compile_funcs(SsaGen *gen, const PassOptions *popt, CgEmit *emit, AsmOut *asmout, Buf *stubs)
{
    for (;;) {
        Arena *outer = arena_enter(&func_arena);
        int mark = diag_mark(), errors0 = error_count();
        Func *f = ssagen_next(gen);
        if (f && error_count() == errors0)
            ssa_compile(f, popt);
        if (f && stubs && error_count() > errors0) {
            const char *why = diag_take(mark);
            buf_printf(stubs, "x\t%s\t%s\n", f->name, why ? why : "not supported yet");
            f = ssagen_stub(gen, f);
            ssa_compile(f, popt);
        }
        if (f && emit && error_count() == 0) {
            cg_emit_func(emit, f);
            asm_flush(asmout);
        }
        arena_enter(outer);
        arena_reset(&func_arena);
        if (!f)
            break;
    }
}

/*
 * Builds, optimises and, when asmout is not NULL, emits one function at a
 * time: each lives in func_arena, which is reset once the function's
 * text is written, so peak memory is the package's plus the largest
 * function's rather than every function's (docs/performance.md, "Peak
 * memory"). The package data (globals, strings, type descriptors, the
 * function table) is emitted last. After an error (a "not supported yet"
 * of ssagen, a frame too large) the remaining functions are still built
 * and compiled, so that every error is reported, but no longer emitted;
 * then hood exits 1.
 */
static void compile_program(const Options *o, Buf *dump, AsmOut *asmout)
{
    Package **imported;
    int nimported;
    Package *pkg = load_package(o, &imported, &nimported, NULL, NULL);
    Package **pkgs = NEWARRAY(Package *, nimported + 1);
    for (int i = 0; i < nimported; i++)
        pkgs[i] = imported[i];
    pkgs[nimported] = pkg;
    PassOptions popt = {
        .optimize = !o->no_opt,
        .dump_func = o->ssa_func,
        .dump_passes = o->ssa_pass,
        .dump = dump,
        .check = !debug_nocheck,
    };
    ssagen_escape_options(o->escape_report, debug_noescape);
    cg_func_sections = debug_gcsections;
    SsaGen *gen = ssagen_start_program(pkgs, nimported + 1);
    if (debug_reach)
        ssagen_trace_reach(gen, stderr);
    if (debug_every)
        ssagen_want_all(gen);
    CgEmit *emit = asmout ? cg_emit_begin(&asmout->text) : NULL;
    compile_funcs(gen, &popt, emit, asmout, NULL);
    if (error_count() > 0) {
        flush_errors();
        exit(1);
    }
    if (emit) {
        cg_emit_end(emit, ssagen_program(gen));
        asm_flush(asmout);
    }
}

/* Copies the file at from to to; returns false (after saying why) on
 * failure. */
static bool copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb");
    if (!in) {
        fprintf(stderr, "hood: %s: %s\n", from, strerror(errno));
        return false;
    }
    FILE *out = fopen(to, "wb");
    if (!out) {
        fprintf(stderr, "hood: %s: %s\n", to, strerror(errno));
        fclose(in);
        return false;
    }
    char buf[65536];
    size_t n;
    bool ok = true;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
        ok = fwrite(buf, 1, n, out) == n;
    ok &= !ferror(in);
    fclose(in);
    ok &= fclose(out) == 0;
    if (!ok)
        fprintf(stderr, "hood: writing %s: %s\n", to, strerror(errno));
    return ok;
}

/*
 * Links the objects objs[0..n) with the runtime into the executable out;
 * false (after saying so) on failure. With function sections
 * (gc_sections), ld keeps only what is referenced, and the typelink and
 * itablink words only with what they point to (-z start-stop-gc: they
 * are linked to it, codegen/emit.c); extra, if not NULL, is one more
 * input (the link step's linker script of slot symbols).
 */
static bool link_program(const char *out, const char *const *objs, int n, bool gc_sections, const char *extra)
{
    const char *lib, *script;
    find_runtime(&lib, &script);
    /* The DWARF (mostly the runtime's C) compressed, as gc's linker
     * compresses it: gdb reads it as it is; zstd costs ld a third fewer
     * instructions than zlib for the same size (docs/performance.md). */
    char *fixed[] = {"ld", "-static", "-nostdlib", "--no-dynamic-linker", "-z", "noexecstack",
                     "--compress-debug-sections=zstd", "-T", (char *)script, "-o", (char *)out};
    VEC(char *) argv = {0};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        vec_push(&argv, fixed[i]);
    if (gc_sections) {
        vec_push(&argv, "--gc-sections");
        vec_push(&argv, "-z");
        vec_push(&argv, "start-stop-gc");
    }
    for (int i = 0; i < n; i++)
        vec_push(&argv, (char *)objs[i]);
    vec_push(&argv, (char *)lib);
    if (extra)
        vec_push(&argv, (char *)extra);
    vec_push(&argv, NULL);
    if (run_tool(argv.v) != 0) {
        fprintf(stderr, "hood: linking %s failed (ld's message above)\n", out);
        return false;
    }
    return true;
}

/* Starts assembling sfile into ofile (wait_assembled waits for it). */
static pid_t start_assemble(const char *sfile, const char *ofile)
{
    /* as records its working directory in the DWARF (DW_AT_comp_dir);
     * mapping it to "." keeps the output independent of where hood runs
     * (tests/binary.sh checks that builds are byte-identical). */
    char cwd[4096];
    const char *prefix_map = getcwd(cwd, sizeof cwd) ? xprintf("--debug-prefix-map=%s=.", cwd) : "--64";
    char *as_argv[] = {"as", "--64", (char *)prefix_map, "-o", (char *)ofile, (char *)sfile, NULL};
    return start_tool(as_argv);
}

static bool wait_assembled(pid_t pid)
{
    if (wait_tool(pid) != 0) {
        fprintf(stderr, "hood: assembler failed on generated code (internal error)\n");
        return false;
    }
    return true;
}

/* Assembles sfile into ofile; false (after saying so) on failure. */
static bool assemble(const char *sfile, const char *ofile)
{
    return wait_assembled(start_assemble(sfile, ofile));
}

/*
 * Package objects (docs/design.md, "Package objects"): the object of
 * pkgs[n - 1], whose imports are pkgs[0..n-1), written as assembly to
 * sfile, what the link step needs to know of it appended to summary.
 * A function of an imported package that hood cannot compile yet
 * becomes a stub (compile_funcs); the root package's errors are
 * reported at once (exit 1). False if the assembly could not be
 * written.
 */
static bool compile_object(const Options *o, Package **pkgs, int n, bool root, const char *sfile, Buf *summary)
{
    AsmOut as = {.path = sfile, .ok = true, .file = fopen(sfile, "wb")};
    if (!as.file) {
        fprintf(stderr, "hood: %s: %s\n", sfile, strerror(errno));
        return false;
    }
    PassOptions popt = {.optimize = !o->no_opt, .check = !debug_nocheck};
    ssagen_escape_options(root && o->escape_report, debug_noescape);
    cg_func_sections = true;
    SsaGen *gen = ssagen_start_package(pkgs, n, summary);
    CgEmit *emit = cg_emit_begin(&as.text);
    compile_funcs(gen, &popt, emit, &as, root ? NULL : summary);
    if (error_count() > 0) {
        flush_errors();
        exit(1);
    }
    cg_emit_end(emit, ssagen_program(gen));
    asm_flush(&as);
    free(as.text.s);
    if (fclose(as.file) != 0 && as.ok) {
        fprintf(stderr, "hood: writing %s: %s\n", sfile, strerror(errno));
        as.ok = false;
    }
    return as.ok;
}

/* The index of p in pkgs (by index, a HashIndex of their addresses). */
static int package_index(const HashIndex *index, Package **pkgs, Package *p)
{
    int cursor = 0;
    for (int j; (j = hashindex_next(index, hash_u64((uint64_t)(uintptr_t)p), &cursor)) >= 0;)
        if (pkgs[j] == p)
            return j;
    return -1;
}

/* pkgs[i] after the packages it imports, directly or not, in the
 * program's order (dependencies first, so a package's importers come
 * after it): what its object may depend on, so that the object is the
 * same in every program (a package before it in the order but not
 * imported, reflect say, must not change it). Returns the count. */
static int package_closure(Package **pkgs, const HashIndex *index, int i, Package **out)
{
    bool *in = NEWARRAY(bool, i + 1); /* zeroed */
    in[i] = true;
    for (int k = i; k >= 0; k--)
        for (int m = 0; in[k] && m < pkgs[k]->imports.n; m++) {
            int j = package_index(index, pkgs, pkgs[k]->imports.v[m]);
            if (j >= 0 && j < k)
                in[j] = true;
        }
    int n = 0;
    for (int j = 0; j <= i; j++)
        if (in[j])
            out[n++] = pkgs[j];
    return n;
}

/* Reads a whole file into the cache as entry (key, what). */
static void cache_file_put(Cache *c, const char *key, const char *what, const char *path)
{
    size_t len;
    char *data = read_file(path, &len);
    if (data)
        cache_put(c, key, what, data, len);
    free(data);
}

/*
 * hood build with package objects: each imported package's object and
 * summary come from the cache, or are compiled (and stored, with the
 * package's export data, now that escape analysis has given its
 * functions their tags); the root package is compiled every time; the
 * link step (compiler/link/deadcode.c) decides over the summaries which
 * methods are kept, as a linker script of slot symbols; ld keeps what
 * is referenced (--gc-sections; the typelink and itablink words only
 * with what they point to: -z start-stop-gc).
 */
static bool build_objects(const Options *o, const char *out, Cache *cache)
{
    const char *dir = make_tmpdir();
    if (strcmp(out, "/dev/null") == 0)
        out = xprintf("%s/discarded", dir);
    Package **imported;
    int nimported;
    ProgramSet *progset;
    Package *pkg = load_package(o, &imported, &nimported, cache, &progset);
    int n = nimported + 1;
    Package **pkgs = NEWARRAY(Package *, n);
    for (int i = 0; i < nimported; i++)
        pkgs[i] = imported[i];
    pkgs[nimported] = pkg;
    const char **objs = NEWARRAY(const char *, n);
    const char **sums = NEWARRAY(const char *, n);
    HashIndex index = {.in_arena = true};
    for (int i = 0; i < n; i++)
        hashindex_add(&index, hash_u64((uint64_t)(uintptr_t)pkgs[i]), i);
    /* Each package's as runs while the next packages compile, at most
     * one per processor; a package's entries are stored once its
     * object is complete. */
    pid_t *as_pid = NEWARRAY(pid_t, n); /* 0: none (NEWARRAY zeroes) */
    bool *waited = NEWARRAY(bool, n);
    const char **keys = NEWARRAY(const char *, n);
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int running = 0, oldest = 0;
    bool ok = true;
    /* dependencies first: a call into a package uses its functions'
     * escape tags, which compiling it (or its export data) gives */
    for (int i = 0; i < n && ok; i++) {
        bool root = i == n - 1, cached = false;
        const char *key = root ? NULL : program_package_key(progset, pkgs[i], &cached);
        char *data;
        size_t len;
        if (cached) {
            /* read from export data, so no bodies to compile: its
             * object must still be there (another hood may have trimmed
             * or cleaned the cache since it was checked) */
            if (!(objs[i] = cache_file(cache, key, "object")) || !cache_get(cache, key, "summary", &data, &len)) {
                fprintf(stderr, "hood: package %s left the build cache during the build; build again\n",
                        pkgs[i]->path);
                return false;
            }
            sums[i] = arena_strdup(&arena_package, data); /* no NUL inside: text */
            free(data);
            continue;
        }
        const char *sfile = xprintf("%s/%d.s", dir, i), *ofile = xprintf("%s/%d.o", dir, i);
        note_tmp_file(sfile);
        note_tmp_file(ofile);
        Buf summary = {0};
        Package **closure = NEWARRAY(Package *, i + 1);
        int nclosure = package_closure(pkgs, &index, i, closure);
        if (!compile_object(o, closure, nclosure, root, sfile, &summary))
            return false;
        sums[i] = arena_strdup(&arena_package, summary.s ? summary.s : "");
        free(summary.s);
        objs[i] = ofile;
        keys[i] = key;
        for (; running >= (ncpu > 1 ? ncpu : 1); oldest++)
            if (as_pid[oldest] != 0) {
                ok &= wait_assembled(as_pid[oldest]);
                waited[oldest] = true;
                running--;
            }
        as_pid[i] = start_assemble(sfile, ofile);
        running++;
    }
    for (int i = 0; i < n; i++) {
        if (as_pid[i] == 0)
            continue;
        if (!waited[i])
            ok &= wait_assembled(as_pid[i]);
        if (ok && keys[i]) {
            cache_file_put(cache, keys[i], "object", objs[i]);
            cache_put(cache, keys[i], "summary", sums[i], strlen(sums[i]));
            program_store_export(cache, keys[i], pkgs[i]);
        }
    }
    if (!ok)
        return false;
    if (discard_output)
        return true;
    Buf script = {0};
    if (!deadcode(sums, n, &script))
        return false;
    const char *slots = xprintf("%s/slots.ld", dir);
    note_tmp_file(slots);
    FILE *f = fopen(slots, "wb");
    if (!f || fwrite(script.s ? script.s : "", 1, script.len, f) != script.len || fclose(f) != 0) {
        fprintf(stderr, "hood: writing %s: %s\n", slots, strerror(errno));
        return false;
    }
    free(script.s);
    /* main's object first: of dupok copies, ld keeps the first */
    const char **order = NEWARRAY(const char *, n);
    for (int i = 0; i < n; i++)
        order[i] = objs[n - 1 - i];
    return link_program(out, order, n, true, slots);
}

/* Whether hood build makes package objects: a plain build. Whole-program
 * builds stay for what looks at one program's assembly (-S, -c, the
 * debug flags about reachability and sections, -d whole). */
static bool use_package_objects(const Options *o)
{
    return !o->compile_only && !o->asm_too && !o->ssa_func && !debug_gcsections && !debug_every && !debug_reach &&
           !debug_whole;
}

/* Turns the files into an executable at out; returns false on failure
 * (after printing why). */
static bool build(const Options *o, const char *out)
{
    if (use_package_objects(o)) {
        const char *lib, *script;
        find_runtime(&lib, &script);
        char exe[PATH_MAX];
        ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
        exe[len > 0 ? len : 0] = 0;
        const char *ids[2] = {exe, lib};
        Cache *cache = cache_open(ids, 2);
        if (cache)
            cache_set_variant(cache, xprintf("%s%s", o->no_opt ? " -N" : "", debug_noescape ? " -d noescape" : ""));
        return build_objects(o, out, cache);
    }
    const char *dir = make_tmpdir();
    /* go build -o /dev/null builds and discards; ld would replace the
     * device with a regular file (it removes its output first). */
    if (strcmp(out, "/dev/null") == 0)
        out = xprintf("%s/discarded", dir);
    const char *sfile = xprintf("%s/go.s", dir);
    const char *ofile = xprintf("%s/go.o", dir);
    note_tmp_file(sfile);
    note_tmp_file(ofile);
    AsmOut as = {.path = sfile, .ok = true, .file = fopen(sfile, "wb")};
    if (!as.file) {
        fprintf(stderr, "hood: %s: %s\n", sfile, strerror(errno));
        return false;
    }
    compile_program(o, NULL, &as);
    free(as.text.s);
    if (fclose(as.file) != 0 && as.ok) {
        fprintf(stderr, "hood: writing %s: %s\n", sfile, strerror(errno));
        as.ok = false;
    }
    if (!as.ok)
        return false;
    if (o->asm_too && !copy_file(sfile, xprintf("%s.s", out)))
        return false;

    if (o->compile_only)
        ofile = out;
    if (!assemble(sfile, ofile))
        return false;
    if (o->compile_only || discard_output)
        return true;
    return link_program(out, &ofile, 1, debug_gcsections, NULL);
}

/* The executable's default name, as go build names it: the last
 * element of the package's import path, or the first file's base name
 * without .go. */
static const char *default_output(const Options *o)
{
    if (o->root && o->root->origin != LOAD_FILES) {
        const char *slash = strrchr(o->root->path, '/');
        return slash ? slash + 1 : o->root->path;
    }
    const char *f = o->root ? o->root->files.v[0].name : o->files.v[0];
    const char *base = strrchr(f, '/');
    base = base ? base + 1 : f;
    return xstrndup(base, strlen(base) - 3);
}

/* go build with several packages (./...) builds each and keeps nothing:
 * here each in a hood of its own, with the same flags. 0 when all built. */
static int build_each(const Options *o, LoadPackageList roots)
{
    if (o->out)
        usage_error("-o names one output, but the patterns match several packages: %s", roots.v[0]->path);
    int status = 0;
    for (int i = 0; i < roots.n; i++) {
        VEC(char *) argv = {0};
        vec_push(&argv, "/proc/self/exe");
        vec_push(&argv, "build");
        for (int k = 0; k < o->flags.n; k++)
            vec_push(&argv, o->flags.v[k]);
        if (roots.v[i]->name && strcmp(roots.v[i]->name, "main") == 0) {
            vec_push(&argv, "-o");
            vec_push(&argv, xprintf("%s/discarded", make_tmpdir()));
        }
        vec_push(&argv, (char *)roots.v[i]->dir);
        vec_push(&argv, NULL);
        if (run_tool(argv.v) != 0)
            status = 1;
    }
    return status;
}

static int cmd_build(int argc, char **argv)
{
    Options o = {.may_discard = true};
    parse_args(&o, "build", argc, argv);
    if (o.args.n > 0)
        usage_error("unexpected argument %s", o.args.v[0]);
    if (o.patterns.n > 0) {
        LoadPackageList roots = find_packages(&o);
        if (roots.n > 1)
            return build_each(&o, roots);
    }
    return build(&o, o.out ? o.out : default_output(&o)) ? 0 : 1;
}

static int cmd_run(int argc, char **argv)
{
    Options o = {0};
    parse_args(&o, "run", argc, argv);
    if (o.patterns.n > 0 && find_packages(&o).n > 1) {
        fprintf(stderr, "hood: pattern %s matches several packages; run needs one\n", o.patterns.v[0]);
        return 1;
    }
    const char *exe = xprintf("%s/%s", make_tmpdir(), default_output(&o));
    note_tmp_file(exe);
    if (!build(&o, exe))
        return 1;
    char **pargv = NEWARRAY(char *, o.args.n + 2);
    pargv[0] = (char *)exe;
    for (int i = 0; i < o.args.n; i++)
        pargv[i + 1] = o.args.v[i];
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "hood: fork: %s\n", strerror(errno));
        return 1;
    }
    if (pid == 0) {
        execv(exe, pargv);
        fprintf(stderr, "hood: %s: %s\n", exe, strerror(errno));
        _exit(127);
    }
    /* Like go run, let the child take terminal signals; report its status. */
    signal(SIGINT, SIG_IGN);
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return 1;
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    return 128 + WTERMSIG(st);
}

static int cmd_ssa(int argc, char **argv)
{
    Options o = {0};
    parse_args(&o, "ssa", argc, argv);
    if (!o.ssa_func)
        usage_error("ssa needs -func NAME%s", "");
    if (o.ssa_pass) {
        /* Every listed pass must exist, so a typo is not silently empty. */
        char *copy = xstrdup(o.ssa_pass);
        for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
            bool found = false;
            for (const char *const *p = ssa_pass_names(); *p; p++)
                found |= strcmp(*p, tok) == 0;
            if (!found)
                usage_error("unknown pass %s", tok);
        }
    }
    Buf dump = {0};
    compile_program(&o, &dump, NULL);
    if (dump.len == 0) {
        fprintf(stderr, "hood: no function named %s\n", o.ssa_func);
        return 1;
    }
    fputs(dump.s, stdout);
    return 0;
}

/* hood's own packages (compiler/load/load.h): rt/go in the source tree
 * when hood runs from its build tree, lib/hood/go once installed;
 * $HOOD_OVERLAY overrides both, and set empty turns the overlay off. */
static const char *find_overlay(void)
{
    const char *env = getenv("HOOD_OVERLAY");
    if (env)
        return env;
    const char *exe = exe_dir();
    if (file_exists(xprintf("%s/../rt/libhoodrt.a", exe)))
        return HOOD_SOURCE_DIR "/rt/go";
    return xprintf("%s/%s/go", exe, HOOD_LIBDIR_REL);
}

/* hood list [-deps] PATTERN...: what the loader sees, per package. */
static int cmd_list(int argc, char **argv)
{
    bool deps = argc > 0 && strcmp(argv[0], "-deps") == 0;
    if (deps)
        argc--, argv++;
    if (argc > 0 && argv[0][0] == '-' && argv[0][1] != 0)
        usage_error("unknown flag %s", argv[0]);
    LoadConfig cfg = {.overlay = find_overlay()};
    Loader *l = load_new(&cfg);
    const char *dot = ".";
    LoadPackageList roots = load_patterns(l, argc > 0 ? (const char *const *)argv : &dot,
                                          argc > 0 ? argc : 1);
    LoadPackageList pkgs = deps ? load_deps(l, roots.v, roots.n) : roots;
    for (int i = 0; i < pkgs.n; i++) {
        LoadPackage *p = pkgs.v[i];
        printf("%s %s\n\tpackage %s\n\tgo:", p->path, p->dir, p->name ? p->name : "");
        for (int k = 0; k < p->files.n; k++)
            printf(" %s", p->files.v[k].name);
        if (p->sfiles.n > 0)
            fputs("\n\ts:", stdout);
        for (int k = 0; k < p->sfiles.n; k++)
            printf(" %s", p->sfiles.v[k]);
        if (p->imports.n > 0)
            fputs("\n\timports:", stdout);
        for (int k = 0; k < p->imports.n; k++)
            printf(" %s", p->imports.v[k].path);
        putchar('\n');
    }
    fflush(stdout);
    return flush_errors() > 0 ? 1 : 0;
}

/* The commands, on the compiler's thread (main). */
static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        usage();
        return 2;
    }
    types_init();
    ssa_set_arch(&cg_amd64);
    const char *cmd = argv[1];
    if (strcmp(cmd, "build") == 0)
        return cmd_build(argc - 2, argv + 2);
    if (strcmp(cmd, "run") == 0)
        return cmd_run(argc - 2, argv + 2);
    if (strcmp(cmd, "ssa") == 0)
        return cmd_ssa(argc - 2, argv + 2);
    if (strcmp(cmd, "list") == 0)
        return cmd_list(argc - 2, argv + 2);
    if (strcmp(cmd, "clean") == 0) {
        if (argc != 3 || strcmp(argv[2], "-cache") != 0)
            usage_error("clean takes -cache%s", "");
        return cache_clean();
    }
    if (strcmp(cmd, "version") == 0) {
        printf("hood version %s linux/amd64\n", HOOD_VERSION);
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        usage();
        return 0;
    }
    fprintf(stderr, "hood: %s: unknown command\nrun 'hood help' for usage\n", cmd);
    return 2;
}

/*
 * The compiler runs on a thread with a stack of COMPILER_STACK bytes:
 * the parser, the checker and ssagen recurse on the syntax tree, and the
 * parser accepts nesting up to its MAX_NEST (compiler/syntax/parser.c),
 * which needs more than the 8 MiB a main thread gets. The stack is
 * reserved, not committed: pages are touched only as deep as the
 * recursion goes. If the thread cannot be made, hood runs on the main
 * thread, as deep as its stack allows.
 */
enum { COMPILER_STACK = 1 << 30 };

typedef struct MainArgs {
    int argc;
    char **argv;
    int status;
} MainArgs;

static void *compiler_thread(void *arg)
{
    MainArgs *m = arg;
    m->status = dispatch(m->argc, m->argv);
    return NULL;
}

int main(int argc, char **argv)
{
    MainArgs m = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_t t;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, COMPILER_STACK) == 0 &&
        pthread_create(&t, &attr, compiler_thread, &m) == 0) {
        pthread_join(t, NULL);
        return m.status;
    }
    return dispatch(argc, argv);
}
