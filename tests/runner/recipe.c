/*
 * recipe.c — read a test file's header the way run.go does.
 *
 * The recipe is the text before the first blank line, less a leading
 * "// +build" line: "// ACTION [FLAGS...] [ARGS...]". Words split on
 * white space with '...' and "..." quoting and backslash escapes. Flags
 * are the leading words that start with '-'; run.go consumes a few
 * itself (-0/-1 whether compile errors are wanted, -s one package per
 * file in a .dir, -t N a timeout, -goexperiment X) and hands the rest to
 * the compiler or go command. The words after the flags are the program's
 * arguments.
 *
 * Verdicts decided here, before anything runs, are skips: build
 * constraints, `// skip`, cgo, tests that run the go tool themselves,
 * run.go's lists of files gc is known to fail, asmcheck tests whose
 * patterns are for the other compiler's assembly, and (for hood) flags
 * that hood does not implement.
 */
#include "runner.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Every action run.go knows. as: the action actually performed;
 * want_error/want_auto: run.go's defaults before -0/-1. */
static const struct {
    const char *name, *as;
    bool want_error, want_auto;
} kinds[] = {
    {"compile", "compile", false, false},
    {"compiledir", "compiledir", false, false},
    {"build", "build", false, false},
    {"builddir", "builddir", false, false},
    {"buildrun", "buildrun", false, false},
    {"buildrundir", "buildrundir", false, false},
    {"run", "run", false, false},
    {"runoutput", "runoutput", false, false},
    {"rundir", "rundir", false, false},
    {"runindir", "runindir", false, false},
    {"asmcheck", "asmcheck", false, false},
    {"errorcheck", "errorcheck", true, false},
    {"errorcheckwithauto", "errorcheck", true, true},
    {"errorcheckdir", "errorcheckdir", true, false},
    {"errorcheckoutput", "errorcheckoutput", true, false},
    {"errorcheckandrundir", "errorcheckandrundir", false, false},
    {"skip", "skip", false, false},
};

/* Compiler flags from recipes and what hood does with them. Flags not
 * listed make the test a skip naming the flag: most tune or report gc's
 * optimiser (-m, -d=..., -live, -wb) or select gc-only modes (-race,
 * -std, -+), which hood has no counterpart for. The first row that
 * matches a flag decides (so -lang= comes before -l). */
typedef enum { FL_PASS, FL_IGNORE } FlagUse;
static const struct {
    const char *flag;
    bool prefix; /* also matches "-flag=..." and "-flagN" */
    FlagUse use;
    const char *meaning;
} hood_flags[] = {
    {"-N", false, FL_PASS, "disable optimisation: hood build -N"},
    {"-m", false, FL_PASS, "print escape analysis decisions: hood build -m"},
    {"-lang=", true, FL_PASS, "the language version of the package: hood build -lang=goX.Y"},
    {"-l", true, FL_IGNORE, "inlining level; hood does not inline, so behaviour is unchanged"},
    {"-c=", true, FL_IGNORE, "gc's back-end concurrency"},
    {"-e", false, FL_IGNORE, "report all errors; hood build -e always does"},
    {"-smallframes", false, FL_IGNORE, "gc's stack-allocation limit; no effect on behaviour"},
    {"-d=ssa/check/on", false, FL_IGNORE, "gc's SSA checker; hood verifies its SSA after every pass"},
};

/* Files run.go itself expects gc 1.19 to fail (its types2Failures and
 * go118Failures lists): gc's verdict on them says nothing about hood or
 * the runner, so they are skipped in both modes. */
static const char *const gc_known_failures[] = {
    "notinheap.go", "shift1.go", "fixedbugs/issue10700.go", "fixedbugs/issue18331.go",
    "fixedbugs/issue18419.go", "fixedbugs/issue20233.go", "fixedbugs/issue20245.go",
    "fixedbugs/issue31053.go", "typeparam/nested.go", "typeparam/issue51521.go",
};

/* Splits s at white space, honouring quotes and backslashes. False on an
 * unclosed quote or a trailing backslash. */
static bool split_quoted(const char *s, StrVec *out)
{
    size_t n = strlen(s);
    char *word = xmalloc(n + 1);
    size_t w = 0;
    bool quoted = false, esc = false;
    char quote = 0;
    for (const char *p = s; *p; p++) {
        char c = *p;
        if (esc) {
            esc = false;
        } else if (c == '\\') {
            esc = true;
            continue;
        } else if (quote) {
            if (c == quote) {
                quote = 0;
                continue;
            }
        } else if (c == '"' || c == '\'') {
            quoted = true;
            quote = c;
            continue;
        } else if (isspace((unsigned char)c)) {
            if (quoted || w > 0) {
                word[w] = 0;
                sv_push(out, word);
                w = 0;
                quoted = false;
            }
            continue;
        }
        word[w++] = c;
    }
    if (quoted || w > 0) {
        word[w] = 0;
        sv_push(out, word);
    }
    free(word);
    return quote == 0 && !esc;
}

static void skip(Test *t, char *why)
{
    t->status = ST_SKIP;
    t->reason = why;
}

/* Decides what hood makes of the recipe's compiler flags: keeps the ones
 * it implements, drops harmless ones, skips the test on any other. */
static bool map_hood_flags(Test *t)
{
    StrVec keep = {0};
    for (int i = 0; i < t->flags.n; i++) {
        const char *f = t->flags.v[i];
        size_t k, nk = sizeof hood_flags / sizeof hood_flags[0];
        for (k = 0; k < nk; k++) {
            size_t len = strlen(hood_flags[k].flag);
            if (strcmp(f, hood_flags[k].flag) == 0 ||
                (hood_flags[k].prefix && strncmp(f, hood_flags[k].flag, len) == 0))
                break;
        }
        if (k == nk) {
            skip(t, xasprintf("flag %s not supported", f));
            return false;
        }
        if (hood_flags[k].use == FL_PASS)
            sv_push(&keep, f);
    }
    t->flags = keep;
    return true;
}

/* Scope: things hood will never do, skipped in both modes so that the gc
 * column of docs/conformance.md counts the same tests. */
static bool out_of_scope(Test *t, const char *src)
{
    if (strstr(src, "import \"C\"")) {
        skip(t, xstrdup("cgo not supported"));
        return true;
    }
    if (strstr(src, "\"os/exec\"") &&
        (strstr(src, "\"go\"") || strstr(src, "\"tool\"") || strstr(src, "goTool"))) {
        skip(t, xstrdup("runs the go tool"));
        return true;
    }
    for (size_t i = 0; i < sizeof gc_known_failures / sizeof gc_known_failures[0]; i++)
        if (strcmp(t->rel, gc_known_failures[i]) == 0) {
            skip(t, xstrdup("gc is expected to fail it (run.go's list)"));
            return true;
        }
    return false;
}

/* A `run` recipe's flags are the go command's (run.go passes them to
 * `go run`, and so does the runner with gc): for hood, `-gcflags X` and
 * `-gcflags=X` become the words of X (an `all=` prefix, for every
 * package, means the same to hood, which compiles them all with one
 * set of flags). */
static void push_gcflags(StrVec *flags, const char *arg)
{
    if (strncmp(arg, "all=", 4) == 0)
        arg += 4;
    StrVec words = {0};
    split_quoted(arg, &words);
    sv_pushv(flags, words.v, words.n);
    for (int i = 0; i < words.n; i++)
        free(words.v[i]);
    free(words.v);
}

/* Fills in t's action, flags and arguments from src. Returns true when the
 * test is to be run; otherwise t->status/reason hold the verdict. */
bool recipe_parse(Test *t, const char *src, const Config *cfg)
{
    t->kind = xstrdup("-");
    t->recipe_kind = "-";
    if (src[0] == '\n') {
        skip(t, xstrdup("starts with newline"));
        return false;
    }
    const char *end = strstr(src, "\n\n");
    char *recipe = end ? xstrndup(src, (size_t)(end - src)) : NULL;
    char *body = recipe;
    if (body) {
        char *nl = strchr(body, '\n');
        if (nl && strstr(body, "+build") && strstr(body, "+build") < nl)
            body = nl + 1;
        if (has_prefix(body, "//"))
            body += 2;
    }
    StrVec words = {0};
    bool split_ok = body ? split_quoted(body, &words) : true;
    size_t k, nk = sizeof kinds / sizeof kinds[0];
    for (k = 0; k < nk && words.n > 0; k++)
        if (strcmp(words.v[0], kinds[k].name) == 0)
            break;
    if (words.n > 0 && k < nk) {
        t->recipe_kind = kinds[k].name;
        t->kind = xstrdup(kinds[k].as);
        t->want_error = kinds[k].want_error;
        t->want_auto = kinds[k].want_auto;
    }

    /* run.go checks constraints before it looks at the recipe. */
    char *why;
    if (!buildtags_ok(src, &why)) {
        skip(t, xasprintf("build constraints exclude it: %s", why));
        return false;
    }
    if (!recipe) {
        t->status = ST_FAIL;
        t->reason = xstrdup("no blank line ends the test recipe");
        return false;
    }
    if (!split_ok) {
        t->status = ST_FAIL;
        t->reason = xasprintf("invalid test recipe: %s", one_line(body, 100));
        return false;
    }
    if (words.n == 0 || k == nk) {
        skip(t, xasprintf("unknown action %s", words.n ? words.v[0] : "(none)"));
        return false;
    }
    if (strcmp(t->kind, "skip") == 0) {
        skip(t, xstrdup("// skip"));
        return false;
    }

    int i = 1;
    for (; i < words.n && words.v[i][0] == '-'; i++) {
        const char *w = words.v[i];
        if (strcmp(w, "-0") == 0) {
            t->want_error = false;
        } else if (strcmp(w, "-1") == 0) {
            t->want_error = true;
        } else if (strcmp(w, "-s") == 0) {
            t->single_file_pkgs = true;
        } else if (strcmp(w, "-t") == 0 && i + 1 < words.n) {
            int secs = atoi(words.v[++i]);
            if (secs > t->timeout)
                t->timeout = secs;
        } else if (strcmp(w, "-goexperiment") == 0 && i + 1 < words.n) {
            t->goexp = t->goexp ? xasprintf("%s,%s", t->goexp, words.v[i + 1])
                                : xstrdup(words.v[i + 1]);
            i++;
            if (!cfg->gc) {
                skip(t, xasprintf("flag -goexperiment %s not supported", t->goexp));
                return false;
            }
        } else if (!cfg->gc && strcmp(w, "-gcflags") == 0 && i + 1 < words.n) {
            push_gcflags(&t->flags, words.v[++i]);
        } else if (!cfg->gc && strncmp(w, "-gcflags=", 9) == 0) {
            push_gcflags(&t->flags, w + 9);
        } else {
            sv_push(&t->flags, w);
        }
    }
    sv_pushv(&t->args, words.v + i, words.n - i);

    if (out_of_scope(t, src))
        return false;
    /* asmcheck patterns are written for one assembler's text: those of
     * Go's test/codegen for gc's Plan 9 syntax (MOVQ, ADDQ), which hood's
     * AT&T output can never match; hood's own (testdata/) for hood's,
     * which gc's listing cannot match. Each compiler runs only its own. */
    if (strcmp(t->kind, "asmcheck") == 0 && t->in_go_tree) {
        skip(t, xstrdup("asmcheck patterns are in gc's assembler syntax"));
        return false;
    }
    if (strcmp(t->kind, "asmcheck") == 0 && cfg->gc) {
        skip(t, xstrdup("asmcheck patterns are for hood's assembly"));
        return false;
    }
    return cfg->gc || map_hood_flags(t);
}
