/*
 * report.c — what hood-gotest prints and writes: a verdict line per test
 * (-v), the TSV file (-tsv), counts per kind and per directory, the
 * expected-pass ratchet (-expect), and the final line
 * "N passed, N failed, N skipped" that scripts read.
 *
 * The ratchet: the expect file lists tests that must pass. A listed test
 * that does not pass fails the run; a passing test that is not listed is
 * announced as "newly passing" so that the change that makes it pass also
 * extends the list (-update-expect rewrites it). The list can only grow
 * unless someone removes a line on purpose.
 */
#include "runner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *status_name(Status s)
{
    switch (s) {
    case ST_PASS: return "pass";
    case ST_FAIL: return "fail";
    case ST_SKIP: return "skip";
    default: return "pending";
    }
}

void report_verdict(const Config *cfg, Test *t)
{
    if (!cfg->verbose && (cfg->quiet || t->status != ST_FAIL))
        return;
    printf("%s %s [%s] %.2fs%s%s\n", t->status == ST_PASS ? "PASS" : t->status == ST_FAIL ? "FAIL" : "SKIP",
           t->name, t->recipe_kind, t->secs, t->reason && *t->reason ? ": " : "",
           t->reason ? t->reason : "");
    fflush(stdout);
}

bool report_tsv(const char *file, Test **tests, int n)
{
    FILE *f = fopen(file, "w");
    if (!f)
        return false;
    fprintf(f, "path\tkind\tstatus\tseconds\treason\n");
    for (int i = 0; i < n; i++) {
        Test *t = tests[i];
        fprintf(f, "%s\t%s\t%s\t%.2f\t%s\n", t->name, t->recipe_kind, status_name(t->status), t->secs,
                t->reason ? t->reason : "");
    }
    return fclose(f) == 0;
}

/* Counts per key (a kind or a directory), in order of first appearance. */
typedef struct {
    const char *key;
    int n[4];
} Row;

static int row_index(Row **rows, int *nrows, const char *key)
{
    for (int i = 0; i < *nrows; i++)
        if (strcmp((*rows)[i].key, key) == 0)
            return i;
    *rows = xrealloc(*rows, (size_t)(*nrows + 1) * sizeof **rows);
    (*rows)[*nrows] = (Row){key, {0}};
    return (*nrows)++;
}

static int cmp_row(const void *a, const void *b)
{
    return strcmp(((const Row *)a)->key, ((const Row *)b)->key);
}

/* Prints "kind: N passed, N failed, N skipped" lines, with by_dir also a
 * Markdown table per directory (docs/conformance.md takes it as is), and
 * the totals last. */
void report_summary(Test **tests, int n, bool by_dir)
{
    Row *kinds = NULL, *dirs = NULL;
    int nk = 0, nd = 0, total[4] = {0};
    for (int i = 0; i < n; i++) {
        Test *t = tests[i];
        int k = row_index(&kinds, &nk, t->recipe_kind); /* before indexing: it may move kinds */
        kinds[k].n[t->status]++;
        if (by_dir) {
            int d = row_index(&dirs, &nd, t->group);
            dirs[d].n[t->status]++;
        }
        total[t->status]++;
    }
    qsort(kinds, (size_t)nk, sizeof *kinds, cmp_row);
    for (int i = 0; i < nk; i++)
        printf("%s: %d passed, %d failed, %d skipped\n", kinds[i].key, kinds[i].n[ST_PASS],
               kinds[i].n[ST_FAIL], kinds[i].n[ST_SKIP]);
    if (by_dir) {
        qsort(dirs, (size_t)nd, sizeof *dirs, cmp_row);
        printf("\n| directory | passed | failed | skipped |\n|---|---:|---:|---:|\n");
        for (int i = 0; i < nd; i++)
            printf("| %s | %d | %d | %d |\n", dirs[i].key, dirs[i].n[ST_PASS], dirs[i].n[ST_FAIL],
                   dirs[i].n[ST_SKIP]);
        printf("\n");
    }
    printf("%d passed, %d failed, %d skipped\n", total[ST_PASS], total[ST_FAIL], total[ST_SKIP]);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Rewrites file: its leading comment block kept, then the passing tests. */
static bool update_expect(const char *file, const char *old, Test **tests, int n)
{
    FILE *f = fopen(file, "w");
    if (!f)
        return false;
    for (const char *p = old ? old : ""; *p == '#';) {
        size_t len = strcspn(p, "\n");
        fprintf(f, "%.*s\n", (int)len, p);
        p += len + (p[len] == '\n');
    }
    StrVec pass = {0};
    for (int i = 0; i < n; i++)
        if (tests[i]->status == ST_PASS)
            sv_push(&pass, tests[i]->name);
    if (pass.n)
        qsort(pass.v, (size_t)pass.n, sizeof *pass.v, cmp_str);
    for (int i = 0; i < pass.n; i++)
        fprintf(f, "%s\n", pass.v[i]);
    return fclose(f) == 0;
}

/* Checks the run against the expect file; returns 1 when a listed test
 * did not pass, 0 otherwise, 2 when the file cannot be used. */
int report_expect(const char *file, bool update, Test **tests, int n)
{
    char *text = read_file(file, NULL);
    if (!text && !update) {
        fprintf(stderr, "hood-gotest: cannot read %s\n", file);
        return 2;
    }
    StrVec want = {0};
    for (const char *p = text ? text : ""; *p;) {
        size_t len = strcspn(p, "\n");
        char *line = xstrndup(p, len);
        p += len + (p[len] == '\n');
        char *hash = strchr(line, '#');
        if (hash)
            *hash = 0;
        char *s = line + strspn(line, " \t\r");
        size_t e = strlen(s);
        while (e > 0 && strchr(" \t\r", s[e - 1]))
            s[--e] = 0;
        if (*s)
            sv_push(&want, s);
        free(line);
    }
    int bad = 0;
    bool *listed = xmalloc((size_t)n + 1);
    memset(listed, 0, (size_t)n + 1);
    for (int w = 0; w < want.n; w++) {
        int i;
        for (i = 0; i < n && strcmp(tests[i]->name, want.v[w]) != 0; i++)
            ;
        if (i == n) {
            printf("FAIL (expected to pass): %s: not found\n", want.v[w]);
            bad = 1;
            continue;
        }
        listed[i] = true;
        if (tests[i]->status != ST_PASS) {
            printf("FAIL (expected to pass): %s: %s\n", want.v[w],
                   tests[i]->reason && *tests[i]->reason ? tests[i]->reason : status_name(tests[i]->status));
            bad = 1;
        }
    }
    for (int i = 0; i < n; i++)
        if (!listed[i] && tests[i]->status == ST_PASS)
            printf("newly passing: %s\n", tests[i]->name);
    if (update && !update_expect(file, text, tests, n)) {
        fprintf(stderr, "hood-gotest: cannot write %s\n", file);
        return 2;
    }
    return update ? 0 : bad;
}
