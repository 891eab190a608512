/*
 * ssatest.c — the driver of the SSA pass tests written as text files,
 * the NAME.ssa files of tests/ssa/. Each file is one case:
 *
 *     # pass: opt, copyelim, deadcode
 *     # what the case shows, in as many comment lines as it takes
 *     main.f argsize=8
 *       b1:
 *         ...
 *     ---
 *     main.f argsize=8
 *       ...
 *
 * The first line names the passes to run, in order, by their names in
 * ssa/passes.def. The function above the line "---" is parsed with
 * ssa_parse, verified, run through the passes (verified after each) and
 * printed with ssa_print; the text must equal the function below the
 * "---" exactly. Lines that are empty or start with '#' are comments on
 * both sides. Values print in block order and the passes are
 * deterministic, so the expected text is exact, IDs included.
 *
 * Usage: ssatest [-update] DIR|FILE.ssa...
 *
 * A directory stands for its *.ssa files in name order. With -update,
 * a failing file's expected part is replaced by what the passes printed
 * (its comments there are lost): for a new case, or after a deliberate
 * change to a pass, and only after reading the difference.
 *
 * An internal compiler error in a case (the verifier's, say) is reported
 * as that case failing, and the other cases still run.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"
#include "diag.h"
#include "passes.h"

static jmp_buf on_ice_jump;

static void on_ice(int status)
{
    longjmp(on_ice_jump, status ? status : 1);
}

/* The text without its comment lines (empty, or '#' first). */
static char *strip_comments(const char *text)
{
    Buf out = {0};
    for (const char *p = text; *p;) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) + 1 : strlen(p);
        if (p[0] != '\n' && p[0] != '#')
            buf_write(&out, p, len);
        p += len;
    }
    return out.s ? out.s : xstrdup("");
}

/* Where the line "---" starts, or NULL. */
static char *separator(char *text)
{
    for (char *p = text; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
        if (strncmp(p, "---\n", 4) == 0 || strcmp(p, "---") == 0)
            return p;
    return NULL;
}

/* Prints the first line where want and got differ, then all of got. */
static void show_difference(const char *path, const char *want, const char *got)
{
    int line = 1;
    const char *w = want, *g = got;
    while (*w && *w == *g) {
        if (*w == '\n')
            line++;
        w++, g++;
    }
    while (w > want && w[-1] != '\n')
        w--, g--;
    fprintf(stderr, "%s: the output differs from the expected function at its line %d:\n"
                    "  want: %.*s\n  got:  %.*s\n"
                    "the output was:\n%s",
            path, line, (int)strcspn(w, "\n"), w, (int)strcspn(g, "\n"), g, got);
}

/* Runs the passes listed after "# pass:" over f; false (with a message)
 * when a name is not a pass. */
static bool run_passes(const char *path, Func *f, const char *list)
{
    char *names = xstrdup(list);
    for (char *name = strtok(names, ","); name; name = strtok(NULL, ",")) {
        while (*name == ' ')
            name++;
        size_t n = strlen(name);
        while (n && name[n - 1] == ' ')
            name[--n] = 0;
        if (!ssa_run_pass(f, name)) {
            fprintf(stderr, "%s: no pass named \"%s\" (see ssa/passes.def)\n", path, name);
            return false;
        }
        ssa_check(f);
    }
    return true;
}

/* Runs one case; true when it passes (or was updated). */
static bool run_case(const char *path, bool update)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(stderr, "%s: cannot read\n", path);
        return false;
    }
    static const char header[] = "# pass:";
    char *sep = separator(text);
    if (strncmp(text, header, strlen(header)) != 0 || !sep) {
        fprintf(stderr, "%s: want a first line \"%s NAME, ...\" and a line \"---\"\n", path,
                header);
        return false;
    }
    char *want = strip_comments(sep[3] ? sep + 4 : sep + 3);
    *sep = 0;
    char *list = xstrndup(text + strlen(header), strcspn(text + strlen(header), "\n"));

    const char *err = NULL;
    Func *f = ssa_parse(text, &err);
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, err ? err : "cannot parse the input function");
        return false;
    }
    ssa_check(f);
    if (!run_passes(path, f, list))
        return false;
    Buf out = {0};
    ssa_print(&out, f);
    if (strcmp(out.s, want) == 0)
        return true;
    if (update) {
        FILE *w = fopen(path, "w");
        if (!w || fprintf(w, "%s---\n%s", text, out.s) < 0 || fclose(w) != 0) {
            fprintf(stderr, "%s: cannot write\n", path);
            return false;
        }
        fprintf(stderr, "%s: updated\n", path);
        return true;
    }
    show_difference(path, want, out.s);
    return false;
}

/* run_case, reporting an internal compiler error as a failure. */
static bool run_file(const char *path, bool update)
{
    diag_reset();
    if (setjmp(on_ice_jump)) {
        fprintf(stderr, "%s: internal compiler error above\n", path);
        return false;
    }
    return run_case(path, update);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds path, or the *.ssa files of the directory path, to the list. */
static void collect(const char *path, char ***files, int *n)
{
    DIR *dir = opendir(path);
    if (!dir) {
        *files = xrealloc(*files, sizeof **files * (size_t)*n, sizeof **files * (size_t)(*n + 1));
        (*files)[(*n)++] = xstrdup(path);
        return;
    }
    int first = *n;
    for (struct dirent *e; (e = readdir(dir));) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".ssa") == 0) {
            *files = xrealloc(*files, sizeof **files * (size_t)*n,
                              sizeof **files * (size_t)(*n + 1));
            (*files)[(*n)++] = xprintf("%s/%s", path, e->d_name);
        }
    }
    closedir(dir);
    qsort(*files + first, (size_t)(*n - first), sizeof **files, by_name);
}

int main(int argc, char **argv)
{
    bool update = argc > 1 && strcmp(argv[1], "-update") == 0;
    char **files = NULL;
    int n = 0;
    for (int i = update ? 2 : 1; i < argc; i++)
        collect(argv[i], &files, &n);
    if (n == 0) {
        fputs("usage: ssatest [-update] DIR|FILE.ssa...\n", stderr);
        return 2;
    }
    types_init();
    ssa_set_arch(&cg_amd64);
    source_add("case.ssa", "", 0);
    diag_set_exit(on_ice);
    int failed = 0;
    for (int i = 0; i < n; i++) {
        if (!run_file(files[i], update)) {
            fprintf(stderr, "%s: FAIL\n", files[i]);
            failed++;
        }
    }
    printf("ssatest: %d cases, %d failed\n", n, failed);
    return failed ? 1 : 0;
}
