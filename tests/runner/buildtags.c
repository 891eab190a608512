/*
 * buildtags.c — decide whether a test file's build constraints admit it.
 *
 * The runner judges files as they would be built for linux/amd64 by gc
 * with cgo disabled (hood has no cgo), Go 1.19: the satisfied tags are
 * the OS and architecture, "unix", "gc", the release tags go1.1 ...
 * go1.19, the GOEXPERIMENTs on by default for go1.19 on amd64, and
 * run.go's own "test_run". Like run.go, only the lines before the
 * package clause are looked at, and a line that does not parse as a
 * constraint is not one (some tests are malformed on purpose).
 *
 * Two syntaxes, each line ANDed with the others:
 *   //go:build EXPR     EXPR = Or; Or = And {"||" And}; And = Not {"&&" Not};
 *                       Not = "!" Not | "(" Or ")" | tag
 *   // +build A,B !C    space-separated terms ORed, commas ANDed, ! negates
 */
#include "runner.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *const true_tags[] = {
    "linux", "amd64", "unix", "gc", "test_run",
    "goexperiment.regabiwrappers", "goexperiment.regabiargs",
};

/* Tags are letters, digits, '_' and '.'; anything else never matches. */
static bool tag_true(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && s[i] != '_' && s[i] != '.')
            return false;
    for (size_t i = 0; i < sizeof true_tags / sizeof true_tags[0]; i++)
        if (strlen(true_tags[i]) == n && memcmp(true_tags[i], s, n) == 0)
            return true;
    if (n >= 4 && memcmp(s, "go1.", 4) == 0) {
        char *end;
        long minor = strtol(s + 4, &end, 10);
        return end == s + n && minor >= 1 && minor <= 19;
    }
    return false;
}

/* A recursive-descent evaluator over one //go:build expression; ok turns
 * false on a syntax error so that the caller can ignore the line. */
typedef struct {
    const char *p;
    bool ok;
} Expr;

static bool expr_or(Expr *e);

static void skip_space(Expr *e)
{
    while (*e->p == ' ' || *e->p == '\t')
        e->p++;
}

static bool expr_not(Expr *e)
{
    skip_space(e);
    if (*e->p == '!') {
        e->p++;
        return !expr_not(e);
    }
    if (*e->p == '(') {
        e->p++;
        bool v = expr_or(e);
        skip_space(e);
        if (*e->p != ')')
            e->ok = false;
        else
            e->p++;
        return v;
    }
    const char *start = e->p;
    while (isalnum((unsigned char)*e->p) || *e->p == '_' || *e->p == '.')
        e->p++;
    if (e->p == start)
        e->ok = false;
    return tag_true(start, (size_t)(e->p - start));
}

static bool expr_and(Expr *e)
{
    bool v = expr_not(e);
    for (;;) {
        skip_space(e);
        if (e->p[0] != '&' || e->p[1] != '&')
            return v;
        e->p += 2;
        bool w = expr_not(e); /* evaluate both sides: syntax must be checked */
        v = v && w;
    }
}

static bool expr_or(Expr *e)
{
    bool v = expr_and(e);
    for (;;) {
        skip_space(e);
        if (e->p[0] != '|' || e->p[1] != '|')
            return v;
        e->p += 2;
        bool w = expr_and(e);
        v = v || w;
    }
}

/* One "// +build" line: fields ORed; in a field, comma-separated terms
 * ANDed; a term is [!]tag. */
static bool plus_build(const char *s, size_t n)
{
    bool any = false;
    size_t i = 0;
    while (i < n) {
        while (i < n && isspace((unsigned char)s[i]))
            i++;
        if (i == n)
            break;
        bool field = true;
        while (i < n && !isspace((unsigned char)s[i])) {
            size_t j = i;
            while (j < n && s[j] != ',' && !isspace((unsigned char)s[j]))
                j++;
            bool neg = s[i] == '!';
            bool v = tag_true(s + i + neg, j - i - neg);
            field = field && (neg ? !v : v);
            i = j < n && s[j] == ',' ? j + 1 : j;
        }
        any = any || field;
    }
    return any;
}

/* Evaluates one line: 1 satisfied, 0 not satisfied, -1 not a constraint. */
static int line_constraint(const char *line, size_t n)
{
    while (n > 0 && isspace((unsigned char)line[n - 1]))
        n--;
    while (n > 0 && isspace((unsigned char)*line))
        line++, n--;
    if (n >= 10 && memcmp(line, "//go:build", 10) == 0) {
        if (n > 10 && line[10] != ' ' && line[10] != '\t')
            return -1;
        char *expr = xstrndup(line + 10, n - 10);
        Expr e = {expr, true};
        bool v = expr_or(&e);
        skip_space(&e);
        bool ok = e.ok && *e.p == 0;
        free(expr);
        return ok ? v : -1;
    }
    if (n < 2 || line[0] != '/' || line[1] != '/')
        return -1;
    size_t i = 2;
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (n - i < 6 || memcmp(line + i, "+build", 6) != 0)
        return -1;
    i += 6;
    if (i < n && line[i] != ' ' && line[i] != '\t')
        return -1;
    return plus_build(line + i, n - i);
}

/* True when every constraint line before the package clause holds; else
 * *why is the first line that excludes the file. */
bool buildtags_ok(const char *src, char **why)
{
    const char *p = src;
    while (*p) {
        size_t n = strcspn(p, "\n");
        if (has_prefix(p, "package "))
            break;
        if (line_constraint(p, n) == 0) {
            *why = xstrndup(p, n);
            return false;
        }
        p += n;
        if (*p)
            p++;
    }
    return true;
}
