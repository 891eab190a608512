/*
 * util.c — small helpers for hood-gotest: checked allocation, string
 * vectors, whole-file I/O and directory listing. The runner is a
 * short-lived process that judges a few thousand files, so it never
 * frees what describes a test; only per-test scratch is released.
 */
#include "runner.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "hood-gotest: out of memory\n");
        exit(2);
    }
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fprintf(stderr, "hood-gotest: out of memory\n");
        exit(2);
    }
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* Vectors stay NULL-terminated so that they can be handed to execvp. */
void sv_push(StrVec *sv, const char *s)
{
    if (sv->n + 2 > sv->cap) {
        sv->cap = sv->cap ? sv->cap * 2 : 8;
        sv->v = xrealloc(sv->v, (size_t)sv->cap * sizeof *sv->v);
    }
    sv->v[sv->n++] = s ? xstrdup(s) : NULL;
    sv->v[sv->n] = NULL;
}

void sv_pushv(StrVec *sv, char *const *v, int n)
{
    for (int i = 0; i < n; i++)
        sv_push(sv, v[i]);
}

bool has_prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

bool has_suffix(const char *s, const char *p)
{
    size_t n = strlen(s), m = strlen(p);
    return n >= m && strcmp(s + n - m, p) == 0;
}

/* The whole file, NUL-terminated (test files never contain NUL bytes that
 * matter to the runner); NULL if it cannot be read. */
char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = xmalloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0)
            buf = xrealloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}

bool write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}

bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The first non-empty line of s, tabs turned to spaces (TSV cells must not
 * hold tabs), cut to max bytes. Callers pick max so that a TSV row stays
 * readable on one screen line or two. */
char *one_line(const char *s, size_t max)
{
    while (*s == '\n' || *s == '\r' || *s == ' ')
        s++;
    size_t n = strcspn(s, "\r\n");
    if (n > max)
        n = max;
    char *r = xstrndup(s, n);
    for (char *p = r; *p; p++)
        if (*p == '\t')
            *p = ' ';
    return r;
}

/* Remove a tree. Tests may leave read-only directories behind, so
 * permissions are restored before descending. */
void rm_rf(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        chmod(path, 0700);
        DIR *d = opendir(path);
        if (d) {
            struct dirent *e;
            while ((e = readdir(d)) != NULL) {
                if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                    continue;
                char *sub = xasprintf("%s/%s", path, e->d_name);
                rm_rf(sub);
                free(sub);
            }
            closedir(d);
        }
        rmdir(path);
    } else {
        unlink(path);
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir ending in suffix (not starting with '.'), sorted
 * bytewise as Go's sort.Strings does; suffix NULL lists everything. */
StrVec list_dir(const char *dir, const char *suffix)
{
    StrVec sv = {0};
    DIR *d = opendir(dir);
    if (!d)
        return sv;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (suffix && !has_suffix(e->d_name, suffix))
            continue;
        sv_push(&sv, e->d_name);
    }
    closedir(d);
    if (sv.n)
        qsort(sv.v, (size_t)sv.n, sizeof *sv.v, cmp_str);
    return sv;
}

double now_secs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void text_put(Text *t, const char *p, size_t n)
{
    if (t->n + n + 1 > t->cap) {
        t->cap = (t->n + n + 1) * 2;
        t->s = xrealloc(t->s, t->cap);
    }
    memcpy(t->s + t->n, p, n);
    t->n += n;
    t->s[t->n] = 0;
}
