/*
 * gotest.c — hood-gotest's entry point: command line, test discovery,
 * environment, and the order of events (parse every recipe, run what is
 * left in parallel, report, apply the ratchet).
 *
 *   hood-gotest [-compiler PATH|go] [-j N] [-timeout SEC] [-tsv FILE]
 *               [-expect FILE] [-update-expect] [-summary-dirs] [-v]
 *               [-N] [-false-errors] DIR_OR_FILE...
 *
 * -N: every run test that passes is built again with hood build -N and
 * must pass that way too (optimisation must not change behaviour).
 * -false-errors: a program gc accepts (every action but the errorcheck
 * ones) fails with the reason "false error: ..." when hood reports a
 * diagnostic other than "not supported yet".
 *
 * Discovery follows run.go: the *.go files directly in each directory
 * argument, sorted; when the directory is Go's own test/ (it holds run.go
 * and fixedbugs/), also the subdirectories run.go walks. Tests are named
 * after their root plus their path below it: the root is the enclosing
 * Go test tree when there is one (so "test/fixedbugs/bug001.go" whether
 * the argument was test/ or test/fixedbugs), else the argument's
 * directory ("testdata/hello.go"). Names do not depend on where the tree
 * is installed; the TSV, the verdict lines and the expect file use them.
 *
 * Exit status: 0 all good; 1 a test failed (or, with -expect, a listed
 * test did not pass); 2 usage or set-up errors.
 */
#include "runner.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The directories of Go's test/ that run.go walks, "." first. */
static const char *const go_test_dirs[] = {
    ".", "ken", "chan", "interface", "syntax", "dwarf", "fixedbugs",
    "codegen", "runtime", "abi", "typeparam", "typeparam/mdempsky",
};

static Test **tests;
static int ntests;

static void usage(void)
{
    fprintf(stderr, "usage: hood-gotest [-compiler PATH|go] [-j N] [-timeout SEC] [-tsv FILE]\n"
                    "                   [-expect FILE] [-update-expect] [-summary-dirs] [-v]\n"
                    "                   [-N] [-false-errors] DIR_OR_FILE...\n");
    exit(2);
}

static bool is_go_test_root(const char *dir)
{
    return file_exists(xasprintf("%s/run.go", dir)) && is_dir(xasprintf("%s/fixedbugs", dir));
}

static void add_test(const Config *cfg, const char *root, const char *rel, const char *name)
{
    Test *t = xmalloc(sizeof *t);
    memset(t, 0, sizeof *t);
    t->root = xstrdup(root);
    t->rel = xstrdup(rel);
    t->path = xasprintf("%s/%s", root, rel);
    t->name = xstrdup(name);
    const char *slash = strrchr(t->name, '/');
    t->group = slash ? xstrndup(t->name, (size_t)(slash - t->name)) : xstrdup(".");
    t->timeout = cfg->timeout;
    t->in_go_tree = is_go_test_root(root);
    tests = xrealloc(tests, (size_t)(ntests + 1) * sizeof *tests);
    tests[ntests++] = t;
}

/* Where a test found at real (absolute, a directory) belongs: inside Go's
 * test/ tree the root is that tree (run.go's working directory, and names
 * stay "test/ken/x.go" whether the argument was test/ or test/ken);
 * elsewhere the directory itself. *below is real's path under the root. */
static char *find_root(const char *real, const char **below)
{
    char *up = xstrdup(real);
    for (;;) {
        if (is_go_test_root(up)) {
            size_t n = strlen(up);
            *below = real[n] == '/' ? real + n + 1 : "";
            return up;
        }
        char *slash = strrchr(up, '/');
        if (!slash || slash == up)
            break;
        *slash = 0;
    }
    *below = "";
    return xstrdup(real);
}

/* Adds the *.go files of dir (a subdirectory path under root, "" for
 * root itself). */
static void add_dir(const Config *cfg, const char *root, const char *label, const char *sub)
{
    char *dir = *sub ? xasprintf("%s/%s", root, sub) : xstrdup(root);
    StrVec files = list_dir(dir, ".go");
    for (int i = 0; i < files.n; i++) {
        char *rel = *sub ? xasprintf("%s/%s", sub, files.v[i]) : xstrdup(files.v[i]);
        add_test(cfg, root, rel, xasprintf("%s/%s", label, rel));
    }
}

static const char *last_elem(const char *path)
{
    const char *s = strrchr(path, '/');
    return s && s[1] ? s + 1 : path;
}

static void discover_dir(const Config *cfg, const char *arg)
{
    char real[PATH_MAX];
    if (!realpath(arg, real)) {
        fprintf(stderr, "hood-gotest: %s: not found\n", arg);
        exit(2);
    }
    const char *below;
    char *root = find_root(real, &below);
    const char *label = last_elem(root);
    if (*below || !is_go_test_root(root)) {
        add_dir(cfg, root, label, below);
        return;
    }
    for (size_t d = 0; d < sizeof go_test_dirs / sizeof go_test_dirs[0]; d++)
        add_dir(cfg, root, label, strcmp(go_test_dirs[d], ".") == 0 ? "" : go_test_dirs[d]);
}

/* A single file: named like the files of its directory would be. */
static void discover_file(const Config *cfg, const char *arg)
{
    char real[PATH_MAX];
    if (!realpath(arg, real) || !has_suffix(arg, ".go")) {
        fprintf(stderr, "hood-gotest: %s: not a directory or .go file\n", arg);
        exit(2);
    }
    char *slash = strrchr(real, '/');
    *slash = 0;
    const char *below, *file = slash + 1;
    char *root = find_root(*real ? real : "/", &below);
    char *rel = *below ? xasprintf("%s/%s", below, file) : xstrdup(file);
    add_test(cfg, root, rel, xasprintf("%s/%s", last_elem(root), rel));
}

/* Called as each verdict becomes known (sched.c). */
static void done(const Config *cfg, Test *t)
{
    report_verdict(cfg, t);
}

/* gc mode: one private build cache for the whole run, no modules (tests
 * are single files and GOPATH-style .dir packages), no user GOFLAGS. */
static void setup_gc(Config *cfg)
{
    const char *base = getenv("TMPDIR");
    cfg->gocache = xasprintf("%s/hood-gotest-gocache.XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(cfg->gocache)) {
        perror("hood-gotest: mkdtemp");
        exit(2);
    }
    setenv("GOCACHE", cfg->gocache, 1);
    setenv("GO111MODULE", "off", 1);
    setenv("GOFLAGS", "", 1);
    setenv("GOENV", "off", 1);
}

int main(int argc, char **argv)
{
    Config cfg = {0};
    cfg.compiler = "go";
    /* 10 s: with gc nearly every test builds and runs in under 2 s on two
     * cores; the limit is there to end hangs, not to judge speed (the few
     * slow generators need -timeout 60 with gc; -t N in a recipe raises it). */
    cfg.timeout = 10;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    cfg.jobs = cpus > 0 ? (int)cpus : 1;
    const char *tsv = NULL, *expect = NULL;
    bool update = false, by_dir = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (a[1] == '-')
            a++; /* --flag as -flag, like Go's flag package */
        bool has_val = i + 1 < argc;
        if (strcmp(a, "-compiler") == 0 && has_val)
            cfg.compiler = argv[++i];
        else if (strcmp(a, "-j") == 0 && has_val)
            cfg.jobs = atoi(argv[++i]);
        else if (strcmp(a, "-timeout") == 0 && has_val)
            cfg.timeout = atoi(argv[++i]);
        else if (strcmp(a, "-tsv") == 0 && has_val)
            tsv = argv[++i];
        else if (strcmp(a, "-expect") == 0 && has_val)
            expect = argv[++i];
        else if (strcmp(a, "-update-expect") == 0)
            update = true;
        else if (strcmp(a, "-summary-dirs") == 0)
            by_dir = true;
        else if (strcmp(a, "-v") == 0)
            cfg.verbose = true;
        else if (strcmp(a, "-N") == 0)
            cfg.noopt_too = true;
        else if (strcmp(a, "-false-errors") == 0)
            cfg.false_errors = true;
        else
            usage();
    }
    if (i == argc || cfg.jobs < 1 || cfg.timeout < 1 || (update && !expect))
        usage();

    cfg.gc = strcmp(cfg.compiler, "go") == 0;
    if (!cfg.gc) {
        /* Commands run in per-test directories: the path must be absolute. */
        char real[PATH_MAX];
        if (!realpath(cfg.compiler, real) || access(real, X_OK) != 0) {
            fprintf(stderr, "hood-gotest: compiler %s: not an executable\n", cfg.compiler);
            return 2;
        }
        cfg.compiler = xstrdup(real);
    } else {
        setup_gc(&cfg);
    }
    /* Some test programs read these, as under run.go. */
    setenv("GOOS", "linux", 0);
    setenv("GOARCH", "amd64", 0);
    cfg.quiet = expect != NULL;

    for (; i < argc; i++) {
        if (is_dir(argv[i]))
            discover_dir(&cfg, argv[i]);
        else
            discover_file(&cfg, argv[i]);
    }

    for (int k = 0; k < ntests; k++) {
        Test *t = tests[k];
        char *src = read_file(t->path, NULL);
        if (!src) {
            t->status = ST_FAIL;
            t->reason = xstrdup("cannot read file");
            t->kind = xstrdup("-");
            t->recipe_kind = "-";
            continue;
        }
        recipe_parse(t, src, &cfg);
        free(src);
        /* -N builds and runs a passing run test twice: twice the time. */
        if (cfg.noopt_too && t->kind && strcmp(t->kind, "run") == 0)
            t->timeout *= 2;
    }

    sched_run(&cfg, tests, ntests, done);

    int rc = 0;
    if (tsv && !report_tsv(tsv, tests, ntests)) {
        fprintf(stderr, "hood-gotest: cannot write %s\n", tsv);
        rc = 2;
    }
    if (expect) {
        int e = report_expect(expect, update, tests, ntests);
        if (e > rc)
            rc = e;
    } else {
        for (int k = 0; k < ntests; k++)
            if (tests[k]->status == ST_FAIL && rc == 0)
                rc = 1;
    }
    report_summary(tests, ntests, by_dir);
    if (cfg.gocache)
        rm_rf(cfg.gocache);
    return rc;
}
