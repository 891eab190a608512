/*
 * runner.h — shared declarations of hood-gotest, the conformance runner.
 *
 * hood-gotest runs a compiler (hood, or the gc toolchain to validate the
 * runner itself) over Go test files and judges each one the way Go's
 * test/run.go does: the file's first comment line names an action
 * ("run", "errorcheck", "compiledir", ...), the action decides what is
 * compiled and run, and the result is compared with NAME.out or with the
 * file's // ERROR comments. docs/conformance.md describes the semantics.
 *
 * One concept per file:
 *   gotest.c      command line, test discovery, the main flow
 *   recipe.c      a test file's header: action, flags, program arguments
 *   buildtags.c   //go:build and // +build evaluation for linux/amd64
 *   goregexp.c    Go (RE2) regexp syntax translated to POSIX ERE
 *   errorcheck.c  // ERROR comments matched against diagnostics
 *   asmcheck.c    // amd64:"re" comments matched against hood's assembly
 *                 (and // ssa:"re" against its SSA)
 *   actions.c     what each action does, with hood and with gc
 *   proc.c        running one command with its output sent to a file
 *   sched.c       parallel workers, per-test timeouts, temporary dirs
 *   report.c      verdict lines, TSV, summaries, the expected-pass ratchet
 *   util.c        strings, vectors, files
 */
#ifndef HOOD_GOTEST_RUNNER_H
#define HOOD_GOTEST_RUNNER_H

#include <stdbool.h>
#include <stddef.h>

/* ST_PENDING: not judged yet (the zero value of a new Test). */
typedef enum { ST_PENDING, ST_PASS, ST_FAIL, ST_SKIP } Status;

typedef struct {
    char **v;
    int n, cap;
} StrVec;

typedef struct Test {
    char *path;  /* the file as found on disk */
    char *root;  /* the directory run.go would run from: commands' cwd */
    char *rel;   /* path below root, as run.go names tests */
    char *name;  /* reported name: root's last element + "/" + rel */
    char *group; /* directory part of name, for per-directory counts */
    char *kind;  /* the action, after errorcheckwithauto -> errorcheck */
    const char *recipe_kind; /* the action as written, for reports */
    StrVec args;  /* program arguments after the flags */
    StrVec flags; /* compiler or go-command flags from the recipe */
    int timeout;  /* seconds for the whole test */
    char *goexp;  /* GOEXPERIMENT from -goexperiment, gc only */
    bool want_error, want_auto, single_file_pkgs;
    bool in_go_tree; /* root is Go's test/ (asmcheck patterns are gc's) */
    Status status;
    char *reason; /* one line; empty for a plain pass */
    double secs;
} Test;

typedef struct {
    const char *compiler; /* path of hood, or "go" */
    bool gc;              /* compiler is the gc toolchain */
    int timeout;          /* default per-test limit in seconds */
    int jobs;
    bool verbose;
    bool quiet; /* print no verdict lines unless verbose (the ratchet speaks) */
    bool noopt_too;    /* -N: a passing run test must also pass built with -N */
    bool false_errors; /* -false-errors: diagnostics other than "not supported
                        * yet" for programs gc accepts fail the test */
    char *gocache; /* private GOCACHE for gc mode, removed at exit */
} Config;

/* util.c */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void sv_push(StrVec *sv, const char *s);
void sv_pushv(StrVec *sv, char *const *v, int n);
bool has_prefix(const char *s, const char *p);
bool has_suffix(const char *s, const char *p);
char *read_file(const char *path, size_t *len);
bool write_file(const char *path, const char *data, size_t len);
bool file_exists(const char *path);
bool is_dir(const char *path);
char *one_line(const char *s, size_t max);
/* A growable byte buffer, NUL-terminated after its n bytes. */
typedef struct {
    char *s;
    size_t n, cap;
} Text;
void text_put(Text *t, const char *p, size_t n);
void rm_rf(const char *path);
StrVec list_dir(const char *dir, const char *suffix);
double now_secs(void);

/* proc.c */
int run_cmd(char *const argv[], const char *cwd, const char *outfile,
            const char *infile, char *const env[]);
char *status_text(int status);

/* buildtags.c */
bool buildtags_ok(const char *src, char **why);

/* recipe.c */
bool recipe_parse(Test *t, const char *src, const Config *cfg);

/* goregexp.c */
char *goregexp_to_ere(const char *re, bool *icase, char **err);

/* errorcheck.c */
char *errorcheck(const char *out, bool want_auto, char *const *fullshort,
                 int npairs);

/* asmcheck.c */
bool asmcheck_wants_ssa(const char *path);
char *asmcheck(const char *path, const char *short_, const char *asm_text, const char *ssa_text);

/* actions.c */
void action_run(const Config *cfg, Test *t, const char *tmp);

/* sched.c */
void sched_run(const Config *cfg, Test **tests, int n,
               void (*done)(const Config *, Test *));

/* report.c */
void report_verdict(const Config *cfg, Test *t);
bool report_tsv(const char *file, Test **tests, int n);
void report_summary(Test **tests, int n, bool by_dir);
int report_expect(const char *file, bool update, Test **tests, int n);

#endif
