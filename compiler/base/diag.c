/*
 * diag.c — queued user diagnostics and internal compiler errors (diag.h).
 */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Diag {
    Pos pos;
    int seq; /* arrival order: keeps the sort stable */
    const char *msg;
} Diag;

static VEC(Diag) diags;
static int total_errors;
static bool all_errors;
static Pos override; /* diag_override_pos */

Pos diag_override_pos(Pos pos_override)
{
    Pos old = override;
    override = pos_override;
    return old;
}

void diag_all_errors(bool all) { all_errors = all; }

/* gc stops after this many errors; the number matches gc's -e default. */
enum { MAX_ERRORS = 10 };

const char *pos_string(Pos pos)
{
    const SourceFile *f = source_get(pos.file);
    if (!f)
        return "<unknown>";
    if (pos.col == 0) /* unknown after a line directive without one */
        return xprintf("%s:%u", f->name, pos.line);
    return xprintf("%s:%u:%u", f->name, pos.line, pos.col);
}

void error_at(Pos pos, const char *fmt, ...)
{
    /* Diagnostics outlive the function being compiled (they are printed
     * at the end), so they and the queue live in the package arena even
     * when a pass reports one. */
    Arena *saved = arena_enter(&arena_package);
    if (pos_valid(override))
        pos = override;
    va_list ap;
    va_start(ap, fmt);
    Diag d = {pos, diags.n, xvprintf(fmt, ap)};
    va_end(ap);
    /* As gc's type checker does: once an error has been reported, a
     * message that mentions "invalid operand" or "invalid type" past its
     * start is almost always a follow-on of that error; drop it. */
    if (total_errors > 0) {
        const char *a = strstr(d.msg, "invalid operand"), *b = strstr(d.msg, "invalid type");
        if ((a && a != d.msg) || (b && b != d.msg)) {
            arena_enter(saved);
            return;
        }
    }
    vec_push(&diags, d);
    total_errors++;
    arena_enter(saved);
}

int error_count(void) { return total_errors; }

/* Every queued error counted once (error_at pushes and counts together),
 * so the errors since a mark are the queue's tail. */
int diag_mark(void) { return diags.n; }

const char *diag_take(int mark)
{
    if (mark < 0 || mark >= diags.n)
        return NULL;
    Diag d = diags.v[mark];
    total_errors -= diags.n - mark;
    diags.n = mark;
    return xprintf("%s: %s", pos_string(d.pos), d.msg);
}

static int diag_cmp(const void *a, const void *b)
{
    const Diag *x = a, *y = b;
    int c = pos_cmp(x->pos, y->pos);
    return c ? c : x->seq - y->seq;
}

/* Formats the queued errors, sorted, into out (or to stderr when out is
 * NULL) and clears the queue; returns how many there were. */
static int drain_errors(Buf *out)
{
    int n = diags.n;
    if (n == 0)
        return 0;
    qsort(diags.v, (size_t)diags.n, sizeof(Diag), diag_cmp);
    Buf b = {0};
    int printed = 0;
    for (int i = 0; i < diags.n; i++) {
        Diag *d = &diags.v[i];
        /* gc prints one error per line unless texts differ; identical
         * repeats on a line are noise. */
        if (i > 0 && diags.v[i - 1].pos.file == d->pos.file &&
            diags.v[i - 1].pos.line == d->pos.line &&
            strcmp(diags.v[i - 1].msg, d->msg) == 0)
            continue;
        /* An error about no place in the source (a package named on the
         * command line, an import cycle) prints as the go command
         * prints it: the message alone. */
        const char *where = pos_valid(d->pos) ? xprintf("%s: ", pos_string(d->pos)) : "";
        if (printed == MAX_ERRORS && !all_errors) {
            buf_printf(&b, "%stoo many errors\n", where);
            break;
        }
        buf_printf(&b, "%s%s\n", where, d->msg);
        printed++;
    }
    if (out) {
        buf_write(out, b.s, b.len);
    } else {
        fputs(b.s, stderr);
        fflush(stderr);
    }
    free(b.s);
    diags.n = 0;
    return n;
}

int flush_errors(void) { return drain_errors(NULL); }

int flush_errors_to(Buf *out) { return drain_errors(out); }

static const char *ice_pass, *ice_func;
static void (*ice_exit)(int status) = exit;

void diag_set_exit(void (*fn)(int status)) { ice_exit = fn ? fn : exit; }

void diag_reset(void)
{
    override = (Pos){0};
    memset(&diags, 0, sizeof diags); /* its array is in arena_package */
    total_errors = 0;
    ice_pass = ice_func = NULL;
}

void ice_context(const char *pass, const char *func)
{
    ice_pass = pass;
    ice_func = func;
}

void ice(Pos pos, const char *fmt, ...)
{
    if (total_errors > 0) {
        flush_errors();
        ice_exit(1);
        exit(1);
    }
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: internal compiler error: ", pos_string(pos));
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    if (ice_pass || ice_func)
        fprintf(stderr, " (pass %s, function %s)", ice_pass ? ice_pass : "-",
                ice_func ? ice_func : "-");
    fputc('\n', stderr);
    ice_exit(3);
    exit(3);
}
