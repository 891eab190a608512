/*
 * asmcheck.c — judge an `// asmcheck` test: regexps in the source's
 * comments against the assembly hood wrote for it (`hood build -c -S`).
 *
 * The comment syntax is run.go's, so a test reads the same as the ones
 * in Go's test/codegen:
 *
 *     func f(x int) int {
 *         // amd64:"shlq\s+\$3",-"imul"
 *         return x * 8
 *     }
 *
 *  - A line's comment is the text after its first "//". Comments of
 *    lines with no code are held until the next line with code and
 *    belong to that line, together with its own trailing comment.
 *  - In that text, every `ARCH[/VARIANT]: CHECK, CHECK...` or
 *    `OS/ARCH/[VARIANT]: ...` is a group of checks; a check is a Go
 *    string literal ("..." with escapes, or `...` raw), with a leading
 *    '-' for a negative check. Several groups may share a comment
 *    (`386:"X" amd64:"Y"`); only those for linux/amd64 with no variant
 *    or v1 apply, because hood emits baseline x86-64 (run.go would also
 *    run the v2..v4 groups with GOAMD64 set; hood has no such modes).
 *    An architecture run.go does not know makes the test fail, as it
 *    stops run.go.
 *  - Each regexp (Go syntax, through goregexp.c) is anchored at the start
 *    of an instruction, as run.go anchors it ("add" must not match
 *    "fadd"): the instruction is the line's text without its leading
 *    white space, AT&T syntax as hood prints it ("movl $21, %eax").
 *
 * Where hood differs from run.go: run.go matches a check against the
 * instructions gc attributes to the check's own source line. hood checks
 * it against the whole function that holds that line (and any function
 * literals declared inside it): the optimisations under test move and
 * merge values across lines (a folded constant is materialised before
 * the line's first .loc), and a check must not depend on how positions
 * survive a pass. So a positive check wants a match somewhere in the
 * function, a negative one wants none anywhere in it.
 *
 * hood's own pseudo-architecture `ssa` checks the function's SSA instead
 * (`hood ssa -func '*' -pass critical`: after the machine-independent
 * passes, before lowering), so a test can say what the SSA builder and
 * the generic passes make of a construct (`// ssa:"ClosureCall"`). Its
 * regexps are anchored at the op: a value's line without "vN (LINE) = ",
 * or a block's control line ("If v9 -> b2 b3"). The SSA's functions are
 * tied to source by the line of their first value, as assembly
 * functions are by their first .loc.
 *
 * Source functions are found textually, as in gofmt'd code: a function
 * starts at a line beginning "func " and ends at the next line beginning
 * "}" (or on its own line when that line ends with "}"). Assembly
 * functions are the symbols declared `.type NAME, @function`, up to
 * `.size NAME`; each is tied to source by its first `.loc` of the test
 * file (hood places the declaration's line there), so no symbol naming
 * rule (package prefixes, methods) needs to be known here.
 */
#include "runner.h"

#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

/* run.go's archVariants keys: any other architecture is an error. */
static const char *const known_archs[] = {
    "386", "amd64", "arm", "arm64", "loong64", "mips", "mips64",
    "ppc64", "ppc64le", "s390x", "wasm", "riscv64",
};

typedef struct {
    int line;     /* source line the check belongs to */
    char *re_src; /* as written, unquoted, for messages */
    regex_t re;
    bool negative;
    bool found;
    bool ssa;     /* of the pseudo-architecture ssa: against the SSA */
} Check;

typedef struct {
    int first, last; /* source lines, inclusive */
    char *name;      /* for messages */
} SrcFunc;

typedef struct {
    char *name;
    int line; /* first .loc line in the test file; 0 when none */
    StrVec insns;
} AsmFunc;

typedef struct {
    const char *file; /* short name, for messages */
    Check *checks;
    int nchecks;
    char *err;
    bool group_ssa;   /* the group being read is ssa's */
} Parse;

static bool is_word(char c) { return isalnum((unsigned char)c) || c == '_'; }

static const char *skip_space(const char *p)
{
    while (isspace((unsigned char)*p))
        p++;
    return p;
}

/* End of the Go string literal check at p (optional '-', then "..." or
 * `...`), or NULL when there is none: run.go's reMatchCheck. */
static const char *check_end(const char *p)
{
    if (*p == '-')
        p++;
    if (*p == '`') {
        const char *e = strchr(p + 1, '`');
        return e ? e + 1 : NULL;
    }
    if (*p != '"')
        return NULL;
    for (p++; *p && *p != '"'; p++)
        if (*p == '\\' && !*++p)
            return NULL;
    return *p == '"' ? p + 1 : NULL;
}

static void put_utf8(char **w, unsigned long r)
{
    unsigned char *o = (unsigned char *)*w;
    if (r < 0x80) {
        *o++ = (unsigned char)r;
    } else if (r < 0x800) {
        *o++ = (unsigned char)(0xC0 | r >> 6);
        *o++ = (unsigned char)(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        *o++ = (unsigned char)(0xE0 | r >> 12);
        *o++ = (unsigned char)(0x80 | (r >> 6 & 0x3F));
        *o++ = (unsigned char)(0x80 | (r & 0x3F));
    } else {
        *o++ = (unsigned char)(0xF0 | r >> 18);
        *o++ = (unsigned char)(0x80 | (r >> 12 & 0x3F));
        *o++ = (unsigned char)(0x80 | (r >> 6 & 0x3F));
        *o++ = (unsigned char)(0x80 | (r & 0x3F));
    }
    *w = (char *)o;
}

/* The value of the Go string literal s[0:n] (quotes included), like
 * strconv.Unquote for the forms a check uses; NULL on a bad escape. */
static char *unquote(const char *s, size_t n)
{
    if (s[0] == '`')
        return xstrndup(s + 1, n - 2);
    char *r = xmalloc(n * 2), *w = r;
    const char *p = s + 1, *end = s + n - 1;
    while (p < end) {
        if (*p != '\\') {
            *w++ = *p++;
            continue;
        }
        char c = p[1];
        const char *simple = strchr("abfnrtv\\\"", c);
        if (c && simple) {
            *w++ = "\a\b\f\n\r\t\v\\\""[simple - "abfnrtv\\\""];
            p += 2;
            continue;
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : c >= '0' && c <= '7' ? 3 : 0;
        int base = c == 'x' || c == 'u' || c == 'U' ? 16 : 8;
        const char *q = base == 8 ? p + 1 : p + 2;
        if (!digits || q + digits > end) {
            free(r);
            return NULL;
        }
        char num[9] = {0};
        memcpy(num, q, (size_t)digits);
        char *stop;
        unsigned long v = strtoul(num, &stop, base);
        if (*stop) {
            free(r);
            return NULL;
        }
        if (c == 'u' || c == 'U')
            put_utf8(&w, v);
        else
            *w++ = (char)v; /* \x and octal are bytes */
        p = q + digits;
    }
    *w = 0;
    return r;
}

/* Adds the checks of one literal at p..e for source line lineno. */
static bool add_check(Parse *ps, const char *p, const char *e, int lineno)
{
    Check c = {.line = lineno, .negative = *p == '-', .ssa = ps->group_ssa};
    if (c.negative)
        p++;
    c.re_src = unquote(p, (size_t)(e - p));
    if (!c.re_src) {
        ps->err = xasprintf("%s:%d: cannot unquote %.*s", ps->file, lineno, (int)(e - p), p);
        return false;
    }
    bool icase;
    char *why;
    char *ere = goregexp_to_ere(c.re_src, &icase, &why);
    char *anchored = ere ? xasprintf("^%s", ere) : NULL;
    if (!anchored || regcomp(&c.re, anchored, REG_EXTENDED | REG_NOSUB | (icase ? REG_ICASE : 0)) != 0) {
        ps->err = xasprintf("%s:%d: regexp %s not usable: %s", ps->file, lineno, c.re_src,
                            why ? why : "regcomp rejects its POSIX form");
        return false;
    }
    free(ere);
    free(anchored);
    ps->checks = xrealloc(ps->checks, (size_t)(ps->nchecks + 1) * sizeof *ps->checks);
    ps->checks[ps->nchecks++] = c;
    return true;
}

/* Whether the platform OS/ARCH/VARIANT is one hood's output stands for. */
static bool applies(Parse *ps, const char *os, const char *arch, const char *variant, int lineno)
{
    ps->group_ssa = strcmp(arch, "ssa") == 0 && strcmp(os, "linux") == 0 && !*variant;
    if (ps->group_ssa)
        return true;
    size_t k, nk = sizeof known_archs / sizeof known_archs[0];
    for (k = 0; k < nk && strcmp(arch, known_archs[k]) != 0; k++)
        ;
    if (k == nk) {
        ps->err = xasprintf("%s:%d: unsupported architecture: %s", ps->file, lineno, arch);
        return false;
    }
    return strcmp(os, "linux") == 0 && strcmp(arch, "amd64") == 0 &&
           (!*variant || strcmp(variant, "v1") == 0);
}

/* Tries to read one group `ARCH[/X][/Y]: CHECK {, CHECK}` at p (run.go's
 * rxAsmPlatform). Returns the end of the group, or NULL if none is here. */
static const char *group_at(Parse *ps, const char *p, int lineno, bool *bad)
{
    char spec[3][64] = {{0}};
    int nspec = 0;
    const char *q = p;
    while (nspec < 3 && (nspec == 0 ? is_word(*q) : *q == '/')) {
        const char *s = nspec == 0 ? q : q + 1, *e = s;
        while (is_word(*e))
            e++;
        if (e == s && nspec == 1)
            break; /* the second part needs a word; the third may be empty */
        if ((size_t)(e - s) >= sizeof spec[0])
            return NULL;
        memcpy(spec[nspec++], s, (size_t)(e - s));
        q = e;
    }
    q = skip_space(q);
    if (*q != ':')
        return NULL;
    q = skip_space(q + 1);
    const char *first = q, *e = check_end(q);
    if (!e)
        return NULL;
    /* The extent of the list: checks joined by commas. */
    const char *last = e;
    for (;;) {
        const char *c = skip_space(last);
        if (*c != ',')
            break;
        const char *n = check_end(skip_space(c + 1));
        if (!n)
            break;
        last = n;
    }
    const char *os = "linux", *arch = spec[0], *variant = "";
    if (nspec == 3)
        os = spec[0], arch = spec[1], variant = spec[2];
    else if (nspec == 2)
        variant = spec[1];
    if (nspec == 1 && strcmp(arch, "wasm") == 0)
        os = "js";
    bool use = applies(ps, os, arch, variant, lineno);
    if (ps->err) {
        *bad = true;
        return NULL;
    }
    for (const char *c = first; use && c < last;) {
        c = skip_space(c);
        if (*c == ',')
            c = skip_space(c + 1);
        const char *ce = check_end(c);
        if (!add_check(ps, c, ce, lineno)) {
            *bad = true;
            return NULL;
        }
        c = ce;
    }
    return last;
}

/* All groups in the pending comment text, leftmost first (FindAll). */
static bool parse_comment(Parse *ps, const char *text, int lineno)
{
    for (const char *p = text; *p;) {
        bool bad = false;
        const char *e = group_at(ps, p, lineno, &bad);
        if (bad)
            return false;
        p = e ? e : p + 1;
    }
    return true;
}

/* Splits the source into checks (ps) and functions (*fs). */
static bool parse_source(Parse *ps, char *src, SrcFunc **fs, int *nf)
{
    char *pending = xstrdup("");
    int lineno = 0;
    SrcFunc *open = NULL;
    for (char *p = src; *p;) {
        size_t n = strcspn(p, "\n");
        char *line = xstrndup(p, n);
        p += n + (p[n] == '\n');
        lineno++;
        char *cmt = strstr(line, "//");
        const char *text = cmt ? skip_space(cmt + 2) : "";
        if (cmt)
            *cmt = 0;
        const char *code = skip_space(line);
        bool has_code = *code != 0;
        char *joined = xasprintf("%s %s", pending, text);
        free(pending);
        pending = joined;

        if (has_prefix(line, "func ")) {
            *fs = xrealloc(*fs, (size_t)(*nf + 1) * sizeof **fs);
            open = &(*fs)[(*nf)++];
            size_t k = strcspn(line + 5, "(");
            open->name = xstrndup(line + 5, k ? k : strcspn(line + 5, " {"));
            open->first = lineno;
            open->last = 0;
            size_t end = strlen(line);
            while (end > 0 && isspace((unsigned char)line[end - 1]))
                end--;
            if (end > 0 && line[end - 1] == '}')
                open->last = lineno;
        } else if (open && !open->last && line[0] == '}') {
            open->last = lineno;
        }
        free(line);
        if (!has_code)
            continue;
        int before = ps->nchecks;
        if (!parse_comment(ps, pending, lineno))
            return false;
        bool inside = open && (!open->last || open->last == lineno) && open->first <= lineno;
        if (ps->nchecks > before && !inside) {
            ps->err = xasprintf("%s:%d: asmcheck comment outside a function", ps->file, lineno);
            return false;
        }
        pending[0] = 0;
        if (open && open->last)
            open = NULL;
    }
    return true;
}

/* The file number of `.file N "PATH"` whose last element is short_. */
static int file_number(const char *asm_text, const char *short_)
{
    for (const char *p = asm_text; (p = strstr(p, ".file ")) != NULL; p++) {
        char *e;
        long n = strtol(p + 6, &e, 10);
        if (e == p + 6 || *e != ' ' || e[1] != '"')
            continue;
        const char *name = e + 2, *close = strchr(name, '"');
        if (!close)
            continue;
        const char *base = name;
        for (const char *q = name; q < close; q++)
            if (*q == '/')
                base = q + 1;
        if ((size_t)(close - base) == strlen(short_) && strncmp(base, short_, strlen(short_)) == 0)
            return (int)n;
    }
    return -1;
}

/* The functions of hood's assembly listing (see the header comment). */
static AsmFunc *split_asm(const char *asm_text, int fileno, int *nout)
{
    AsmFunc *fs = NULL;
    int n = 0;
    char *declared = NULL; /* the last `.type NAME, @function` */
    AsmFunc *cur = NULL;
    for (const char *p = asm_text; *p;) {
        size_t len = strcspn(p, "\n");
        char *line = xstrndup(p, len);
        p += len + (p[len] == '\n');
        const char *s = skip_space(line);
        bool indented = s != line;
        if (has_prefix(s, ".type ") && strstr(s, "@function")) {
            free(declared);
            declared = xstrndup(s + 6, strcspn(s + 6, ", \t"));
        } else if (!indented && declared && strncmp(line, declared, strlen(declared)) == 0 &&
                   strcmp(line + strlen(declared), ":") == 0) {
            fs = xrealloc(fs, (size_t)(n + 1) * sizeof *fs);
            cur = &fs[n++];
            *cur = (AsmFunc){.name = declared};
            declared = NULL;
        } else if (cur && has_prefix(s, ".size ")) {
            cur = NULL;
        } else if (cur && has_prefix(s, ".loc ")) {
            int f = 0, l = 0;
            char *e;
            f = (int)strtol(s + 5, &e, 10);
            l = (int)strtol(e, NULL, 10);
            if (f == fileno && cur->line == 0)
                cur->line = l;
        } else if (cur && indented && *s && *s != '.' && *s != '#') {
            sv_push(&cur->insns, s);
        }
        free(line);
    }
    free(declared);
    *nout = n;
    return fs;
}

/* The functions of a `hood ssa -func '*'` dump of one pass: each starts
 * with "SYMBOL goname=NAME", then blocks ("  bN:"), values ("    vN (LINE)
 * = OP ...") and control lines ("  If ..."). */
static AsmFunc *split_ssa(const char *ssa_text, int *nout)
{
    AsmFunc *fs = NULL;
    int n = 0;
    AsmFunc *cur = NULL;
    for (const char *p = ssa_text; *p;) {
        size_t len = strcspn(p, "\n");
        char *line = xstrndup(p, len);
        p += len + (p[len] == '\n');
        const char *s = skip_space(line);
        if (line[0] != ' ' && strstr(line, " goname=")) {
            fs = xrealloc(fs, (size_t)(n + 1) * sizeof *fs);
            cur = &fs[n++];
            *cur = (AsmFunc){.name = xstrndup(line, strcspn(line, " "))};
        } else if (cur && s != line && *s == 'v' && strstr(s, ") = ")) {
            const char *open = strchr(s, '(');
            int l = open ? (int)strtol(open + 1, NULL, 10) : 0;
            if (cur->line == 0)
                cur->line = l;
            sv_push(&cur->insns, strstr(s, ") = ") + 4);
        } else if (cur && s != line && *s && s[strlen(s) - 1] != ':') {
            sv_push(&cur->insns, s); /* a block's control */
        } else if (line[0] != ' ') {
            cur = NULL; /* "after PASS:" */
        }
        free(line);
    }
    *nout = n;
    return fs;
}

/* Whether the test file at path has checks of the pseudo-architecture
 * ssa, for which the caller must also give the SSA. */
bool asmcheck_wants_ssa(const char *path)
{
    char *src = read_file(path, NULL);
    bool want = src && strstr(src, "ssa:") != NULL;
    free(src);
    return want;
}

/* Checks the assembly listing asm_text (hood's OUT.s), and the SSA dump
 * ssa_text if the file has ssa checks, against the comments of the test
 * file at path, whose short name is short_. Returns NULL when every
 * check holds, else a one-line reason. */
char *asmcheck(const char *path, const char *short_, const char *asm_text, const char *ssa_text)
{
    char *src = read_file(path, NULL);
    if (!src)
        return xasprintf("cannot read %s", path);
    Parse ps = {.file = short_};
    SrcFunc *sf = NULL;
    int nsf = 0;
    if (!parse_source(&ps, src, &sf, &nsf))
        return ps.err;
    if (ps.nchecks == 0)
        return xasprintf("%s: no asmcheck comments for amd64", short_);
    int nasm, nssa = 0;
    AsmFunc *af = split_asm(asm_text, file_number(asm_text, short_), &nasm);
    AsmFunc *ssaf = ssa_text ? split_ssa(ssa_text, &nssa) : NULL;

    StrVec problems = {0};
    for (int k = 0; k < ps.nchecks; k++) {
        Check *c = &ps.checks[k];
        const SrcFunc *fn = NULL;
        for (int i = 0; i < nsf; i++)
            if (sf[i].first <= c->line && c->line <= sf[i].last)
                fn = &sf[i];
        bool have_asm = false;
        AsmFunc *fs = c->ssa ? ssaf : af;
        for (int i = 0; fn && i < (c->ssa ? nssa : nasm); i++) {
            if (fs[i].line < fn->first || fs[i].line > fn->last)
                continue;
            have_asm = true;
            for (int j = 0; j < fs[i].insns.n && !c->found; j++)
                c->found = regexec(&c->re, fs[i].insns.v[j], 0, NULL, 0) == 0;
        }
        if (!fn || !have_asm)
            sv_push(&problems, xasprintf("%s:%d: no %s for function %s", short_, c->line,
                                         c->ssa ? "SSA" : "assembly", fn ? fn->name : "?"));
        else if (c->negative == c->found)
            sv_push(&problems, xasprintf("%s:%d: %s: %s: `%s`", short_, c->line, fn->name,
                                         c->negative ? "wrong opcode found" : "opcode not found",
                                         c->re_src));
    }
    free(src);
    if (problems.n == 0)
        return NULL;
    char *first = one_line(problems.v[0], 300);
    return problems.n == 1 ? first : xasprintf("%s (and %d more)", first, problems.n - 1);
}
