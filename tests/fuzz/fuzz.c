/*
 * fuzz.c — the harnesses' common driver (fuzz.h).
 *
 * Each input is compiled on a worker thread with a large stack, as
 * cmd/hood.c compiles on one: recursion on deeply nested input must hit
 * the parser's nesting limit (compiler/syntax/parser.c), never the end
 * of the stack. The worker is created once and fed one input at a time,
 * because creating and tearing down a big stack per input would cost
 * more than compiling a small program.
 *
 * Between inputs everything is forgotten and given back: the
 * diagnostics, the universe and checked packages, ssagen's caches, and
 * arena_package with the interned strings and source table in it, so
 * that a campaign runs in bounded memory (under AddressSanitizer the
 * arena's chunks are freed, so a pointer some module kept across the
 * reset is reported as a use after free). ice() is routed to on_ice: an internal error
 * after a user error ends the input quietly (hood exits 1 there), one
 * without is a finding and aborts.
 */
#include "fuzz.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"
#include "diag.h"
#include "export.h"
#include "ssagen.h"
#include "types.h"

/* Big enough for the parser's nesting limit under AddressSanitizer,
 * whose frames are several times larger than plain ones; reserved, and
 * committed only as far as the recursion reaches. */
enum { WORKER_STACK = 1 << 30 };

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool pending; /* an input waits for the worker */
    const char *text;
    size_t len;
    FuzzStage stage;
    jmp_buf ice_jmp;
} job = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};

static void on_ice(int status)
{
    if (status != 1)
        abort(); /* ice() has printed the internal error */
    longjmp(job.ice_jmp, 1);
}

static Package *resolve_none(void *ctx, const char *path)
{
    (void)ctx;
    return strcmp(path, "unsafe") == 0 ? types_unsafe_package : NULL;
}

/* pkg's export data must read back into a package that writes the same
 * bytes; and the reader must survive (refuse, or read) the data with
 * any byte changed: a few positions, chosen by the data's length. */
static void export_round_trip(Package *pkg)
{
    Buf a = {0}, b = {0};
    export_package(pkg, &a);
    const char *err = NULL;
    Package *q = import_package(a.s, a.len, resolve_none, NULL, &err);
    if (!q) {
        fprintf(stderr, "fuzz: export data not read back: %s\n", err);
        abort();
    }
    export_package(q, &b);
    if (a.len != b.len || memcmp(a.s, b.s, a.len) != 0) {
        fputs("fuzz: export data read back writes other bytes\n", stderr);
        abort();
    }
    for (size_t k = 0; k < 16 && a.len > 0; k++) {
        size_t at = (k * 2654435761u + a.len) % a.len;
        a.s[at] ^= (char)(1 + k % 255);
        Package *m = import_package(a.s, a.len, resolve_none, NULL, &err);
        if (m) {
            Buf c = {0};
            export_package(m, &c);
            free(c.s);
        }
        a.s[at] ^= (char)(1 + k % 255);
    }
    free(a.s);
    free(b.s);
}

/* Compiles job.text as `hood build -c` would, up to job.stage. Inputs of
 * odd length go through the passes as with -N (only required passes). */
static void compile(void)
{
    types_init();
    uint32_t id = source_add("fuzz.go", job.text, job.len);
    if (setjmp(job.ice_jmp) == 0) {
        File *f = parse_file(id);
        Package *pkg = NULL;
        Program *prog = NULL;
        if (job.stage >= FUZZ_CHECK && error_count() == 0)
            pkg = check_package(&f, 1);
        if (job.stage == FUZZ_EXPORT && error_count() == 0)
            export_round_trip(pkg);
        else if (job.stage >= FUZZ_COMPILE && error_count() == 0)
            prog = ssagen(pkg);
        if (prog && error_count() == 0) {
            PassOptions popt = {.optimize = job.len % 2 == 0, .check = true};
            for (int i = 0; i < prog->funcs.n; i++)
                ssa_compile(prog->funcs.v[i], &popt);
            Buf as = {0};
            cg_emit_program(&as, prog);
            free(as.s);
        }
    }
    Buf errs = {0};
    flush_errors_to(&errs);
    free(errs.s);
    diag_reset();
    ssagen_reset();
    types_reset();
    arena_package_reset();
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&job.mu);
    for (;;) {
        while (!job.pending)
            pthread_cond_wait(&job.cv, &job.mu);
        pthread_mutex_unlock(&job.mu);
        compile();
        pthread_mutex_lock(&job.mu);
        job.pending = false;
        pthread_cond_broadcast(&job.cv);
    }
    return NULL;
}

static void init(void)
{
    ssa_set_arch(&cg_amd64);
    diag_set_exit(on_ice);
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, WORKER_STACK);
    if (pthread_create(&t, &attr, worker, NULL) != 0) {
        fputs("fuzz: cannot start the compiler thread\n", stderr);
        abort();
    }
    pthread_attr_destroy(&attr);
}

int fuzz_run(const uint8_t *data, size_t size, FuzzStage stage)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init);
    /* The scanner wants the text NUL-terminated, as read_file leaves it. */
    char *text = malloc(size + 1);
    if (!text)
        abort();
    if (size)
        memcpy(text, data, size);
    text[size] = 0;
    pthread_mutex_lock(&job.mu);
    job.text = text;
    job.len = size;
    job.stage = stage;
    job.pending = true;
    pthread_cond_broadcast(&job.cv);
    while (job.pending)
        pthread_cond_wait(&job.cv, &job.mu);
    pthread_mutex_unlock(&job.mu);
    free(text);
    return 0;
}
