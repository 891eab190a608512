/*
 * constraint.c — which files are part of the build: the tags hood
 * claims, //go:build expressions, legacy // +build lines and the
 * file-name rules, applied as the go command applies them (load.h).
 *
 * The expression parser evaluates as it parses; since a tag's value has
 * no side effect, this gives the same answer as building the tree and
 * evaluating it, and a malformed expression is reported before anything
 * is decided.
 *
 * Go allows Unicode letters and digits in tags; here every byte >= 0x80
 * counts as one, which accepts what Go accepts (no std file has such a
 * tag) and a little more.
 */
#include "load.h"

#include <stdio.h>
#include <string.h>

/* --- The build context ------------------------------------------------ */

/*
 * The tags hood satisfies besides go1.1 ... go1.19 (docs/design.md, "The
 * package loader", has the reasons in full):
 *   linux, amd64   GOOS and GOARCH: syscall's z*_linux_amd64.go tables
 *                  are used as they are.
 *   unix           true for every Unix GOOS since Go 1.19.
 *   gc             the compiler tag; asm is selected only with !purego.
 *   purego, math_big_pure_go  take the pure-Go paths where a tag offers
 *                  them (math/big, crypto, vendored x/crypto).
 *   osusergo, netgo  os/user and net without cgo.
 *   hood           for hood's own conditional files.
 * Not claimed: cgo (CGO_ENABLED=0), race, msan, asan, boringcrypto,
 * compiler_bootstrap, and the goexperiment.* tool tags (the files they
 * select are the runtime's and internal/abi's, which hood writes itself,
 * and sync's lock-ranking variant).
 */
static const char *const hood_tags[] = {
    "linux", "amd64", "unix", "gc", "purego", "math_big_pure_go", "osusergo", "netgo", "hood",
};

/* The newest release tag: go1.1 through go1.MAX_GO_MINOR hold. */
enum { MAX_GO_MINOR = 19 };

bool load_match_tag(const char *tag, size_t len, void *ctx)
{
    (void)ctx;
    for (size_t i = 0; i < sizeof hood_tags / sizeof hood_tags[0]; i++)
        if (strlen(hood_tags[i]) == len && memcmp(hood_tags[i], tag, len) == 0)
            return true;
    /* Release tags are spelled exactly go1.N: no leading zero, no sign. */
    if (len < 5 || memcmp(tag, "go1.", 4) != 0 || tag[4] == '0')
        return false;
    int minor = 0;
    for (size_t i = 4; i < len; i++) {
        if (tag[i] < '0' || tag[i] > '9' || minor > MAX_GO_MINOR)
            return false;
        minor = minor * 10 + (tag[i] - '0');
    }
    return minor >= 1 && minor <= MAX_GO_MINOR;
}

const char *load_tag_set(void)
{
    static char set[256];
    if (!set[0]) {
        size_t n = 0;
        for (size_t i = 0; i < sizeof hood_tags / sizeof hood_tags[0]; i++)
            n += (size_t)snprintf(set + n, sizeof set - n, "%s ", hood_tags[i]);
        snprintf(set + n, sizeof set - n, "go1.1-go1.%d", MAX_GO_MINOR);
    }
    return set;
}

/* --- Text helpers -------------------------------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Trims ASCII white space from both ends of s[0:*len]. */
static const char *trim(const char *s, size_t *len)
{
    size_t n = *len;
    while (n > 0 && is_space(*s))
        s++, n--;
    while (n > 0 && is_space(s[n - 1]))
        n--;
    *len = n;
    return s;
}

static bool has_prefix(const char *s, size_t len, const char *prefix)
{
    size_t m = strlen(prefix);
    return len >= m && memcmp(s, prefix, m) == 0;
}

static bool is_tag_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '.' || c >= 0x80;
}

/* --- //go:build expressions ------------------------------------------- */

/*
 * Grammar (go/build/constraint's):
 *   Or   = And { "||" And } .
 *   And  = Not { "&&" Not } .
 *   Not  = "!" Atom | Atom .      a second "!" right after is an error
 *   Atom = "(" Or ")" | tag .
 */
typedef enum { ET_END, ET_LPAREN, ET_RPAREN, ET_NOT, ET_AND, ET_OR, ET_TAG } ExprTok;

typedef struct ExprParser {
    const char *s;
    size_t n, i;
    ExprTok tok;
    const char *tok_s; /* the token's text */
    size_t tok_len;
    const char *err;   /* the first error; parsing stops there */
    int depth;
    LoadTagFn *match;
    void *ctx;
} ExprParser;

/* Nesting deeper than this is reported rather than risking the C stack;
 * no real constraint comes near it. */
enum { MAX_EXPR_DEPTH = 1000 };

static void expr_error(ExprParser *p, const char *msg)
{
    if (!p->err)
        p->err = msg;
}

static void expr_lex(ExprParser *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t'))
        p->i++;
    p->tok_s = p->s + p->i;
    p->tok_len = 1;
    if (p->i >= p->n) {
        p->tok = ET_END;
        p->tok_len = 0;
        return;
    }
    char c = p->s[p->i];
    switch (c) {
    case '(': p->tok = ET_LPAREN; p->i++; return;
    case ')': p->tok = ET_RPAREN; p->i++; return;
    case '!': p->tok = ET_NOT; p->i++; return;
    case '&':
    case '|':
        if (p->i + 1 >= p->n || p->s[p->i + 1] != c) {
            expr_error(p, c == '&' ? "invalid syntax at &" : "invalid syntax at |");
            p->tok = ET_END;
            return;
        }
        p->tok = c == '&' ? ET_AND : ET_OR;
        p->tok_len = 2;
        p->i += 2;
        return;
    }
    size_t j = p->i;
    while (j < p->n && is_tag_char((unsigned char)p->s[j]))
        j++;
    if (j == p->i) {
        expr_error(p, xprintf("invalid syntax at %c", c));
        p->tok = ET_END;
        return;
    }
    p->tok = ET_TAG;
    p->tok_len = j - p->i;
    p->i = j;
}

static void unexpected(ExprParser *p)
{
    expr_error(p, xprintf("unexpected token %.*s", (int)p->tok_len, p->tok_s));
}

static bool expr_or(ExprParser *p);

static bool expr_atom(ExprParser *p)
{
    if (p->err)
        return false;
    if (p->tok == ET_LPAREN) {
        if (++p->depth > MAX_EXPR_DEPTH) {
            expr_error(p, "expression nested too deeply");
            return false;
        }
        bool x = expr_or(p);
        p->depth--;
        /* Go reports "missing close paren" for an expression that ends
         * inside the parentheses, whatever the inner parse said. */
        if (p->err && strcmp(p->err, "unexpected end of expression") == 0)
            p->err = "missing close paren";
        if (p->err)
            return false;
        if (p->tok != ET_RPAREN) {
            expr_error(p, "missing close paren");
            return false;
        }
        expr_lex(p);
        return x;
    }
    if (p->tok != ET_TAG) {
        if (p->tok == ET_END)
            expr_error(p, "unexpected end of expression");
        else
            unexpected(p);
        return false;
    }
    bool x = p->match(p->tok_s, p->tok_len, p->ctx);
    expr_lex(p);
    return x;
}

static bool expr_not(ExprParser *p)
{
    expr_lex(p);
    if (p->err)
        return false;
    if (p->tok == ET_NOT) {
        expr_lex(p);
        if (p->tok == ET_NOT) {
            expr_error(p, "double negation not allowed");
            return false;
        }
        return !expr_atom(p);
    }
    return expr_atom(p);
}

static bool expr_and(ExprParser *p)
{
    bool x = expr_not(p);
    while (!p->err && p->tok == ET_AND) {
        bool y = expr_not(p);
        x = x && y;
    }
    return x;
}

static bool expr_or(ExprParser *p)
{
    bool x = expr_and(p);
    while (!p->err && p->tok == ET_OR) {
        bool y = expr_and(p);
        x = x || y;
    }
    return x;
}

bool load_go_build_eval(const char *expr, size_t len, LoadTagFn *match, void *ctx,
                        bool *value, const char **err)
{
    ExprParser p = {.s = expr, .n = len, .match = match, .ctx = ctx};
    bool x = expr_or(&p);
    if (!p.err && p.tok != ET_END)
        unexpected(&p);
    if (p.err) {
        *err = p.err;
        return false;
    }
    *value = x;
    return true;
}

/* --- // +build lines ------------------------------------------------------ */

/* One comma-separated term list of a +build line: all must hold. A term
 * that is not a valid tag or ![tag] stands for the tag "ignore". */
static bool plus_build_clause(const char *s, size_t n, LoadTagFn *match, void *ctx)
{
    bool all = true;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != ',')
            continue;
        const char *lit = s + start;
        size_t len = i - start;
        start = i + 1;
        bool neg = false, valid = true;
        if (has_prefix(lit, len, "!!") || (len == 1 && lit[0] == '!')) {
            valid = false;
        } else if (len > 0 && lit[0] == '!') {
            neg = true;
            lit++, len--;
        }
        if (len == 0)
            valid = false;
        for (size_t j = 0; valid && j < len; j++)
            valid = is_tag_char((unsigned char)lit[j]);
        bool v = valid ? match(lit, len, ctx) : match("ignore", 6, ctx);
        if (neg)
            v = !v;
        all = all && v;
    }
    return all;
}

bool load_plus_build_eval(const char *line, size_t len, LoadTagFn *match, void *ctx,
                          bool *value)
{
    line = trim(line, &len);
    if (!has_prefix(line, len, "//"))
        return false;
    line += 2, len -= 2;
    line = trim(line, &len);
    if (!has_prefix(line, len, "+build"))
        return false;
    line += 6, len -= 6;
    if (len > 0 && !is_space(line[0]))
        return false; /* "+buildx" */
    line = trim(line, &len);
    /* Space-separated clauses: any may hold. No clause at all: "ignore". */
    bool any = false, saw = false;
    size_t i = 0;
    while (i < len) {
        while (i < len && is_space(line[i]))
            i++;
        size_t start = i;
        while (i < len && !is_space(line[i]))
            i++;
        if (i > start) {
            saw = true;
            bool v = plus_build_clause(line + start, i - start, match, ctx);
            any = any || v;
        }
    }
    *value = saw ? any : match("ignore", 6, ctx);
    return true;
}

/* --- File names --------------------------------------------------------- */

/* The GOOS and GOARCH values the go command knows; a file-name suffix
 * restricts a file only when it names one of these. */
static const char *const known_os[] = {
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
    "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos",
};
static const char *const known_arch[] = {
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
    "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
    "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
};

static bool in_list(const char *const *list, size_t n, const char *s, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
            return true;
    return false;
}

#define IN(list, s, len) in_list(list, sizeof list / sizeof list[0], s, len)

bool load_file_name_ok(const char *name, LoadTagFn *match, void *ctx)
{
    /* The name up to its first '.', then only what follows the first
     * '_': "linux.go" is not restricted, "x_linux.go" is. */
    size_t len = strcspn(name, ".");
    const char *us = memchr(name, '_', len);
    if (!us)
        return true;
    /* Split "_a_b_c" into its last two elements, dropping a final "test". */
    const char *s = us + 1;
    size_t n = len - (size_t)(s - name);
    const char *elem[3];
    size_t elen[3];
    int k = 0; /* elements kept, the last three */
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '_')
            continue;
        if (k == 3) {
            elem[0] = elem[1], elen[0] = elen[1];
            elem[1] = elem[2], elen[1] = elen[2];
            k = 2;
        }
        elem[k] = s + start, elen[k] = i - start, k++;
        start = i + 1;
    }
    if (k > 0 && elen[k - 1] == 4 && memcmp(elem[k - 1], "test", 4) == 0)
        k--;
    if (k >= 2 && IN(known_os, elem[k - 2], elen[k - 2]) &&
        IN(known_arch, elem[k - 1], elen[k - 1]))
        return match(elem[k - 1], elen[k - 1], ctx) && match(elem[k - 2], elen[k - 2], ctx);
    if (k >= 1 && (IN(known_os, elem[k - 1], elen[k - 1]) || IN(known_arch, elem[k - 1], elen[k - 1])))
        return match(elem[k - 1], elen[k - 1], ctx);
    return true;
}

/* --- The file header ---------------------------------------------------- */

/* Reports whether the trimmed line is a //go:build comment: the prefix
 * followed by nothing or by white space. */
static bool is_go_build_line(const char *line, size_t len)
{
    return has_prefix(line, len, "//go:build") && (len == 10 || is_space(line[10]));
}

/*
 * Finds the header as the go command does: lines are trimmed; blank
 * lines and // comments continue it, and so do block comments, even
 * spanning lines; the first other text ends it. +build lines count only up to the
 * last blank line before the first line that is neither blank nor a //
 * comment, so that a package doc comment is never read as one.
 */
LoadConstraint load_should_build(const char *src, size_t len, LoadTagFn *match, void *ctx)
{
    LoadConstraint r = {.build = true};
    /* A UTF-8 byte order mark is not part of the text. */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        src += 3, len -= 3;
    size_t end = 0;         /* +build lines must lie in src[0:end] */
    bool ended = false;     /* a line that is not blank or // was seen */
    bool in_comment = false;
    const char *go_build = NULL;
    size_t go_build_len = 0;
    uint32_t go_build_line = 0, lineno = 0;
    size_t off = 0;
    while (off < len) {
        const char *nl = memchr(src + off, '\n', len - off);
        size_t next = nl ? (size_t)(nl - src) + 1 : len;
        size_t n = (nl ? (size_t)(nl - src) : len) - off;
        const char *line = trim(src + off, &n);
        off = next;
        lineno++;
        if (n == 0 && !ended) {
            end = off;
            continue;
        }
        if (!has_prefix(line, n, "//"))
            ended = true;
        if (!in_comment && is_go_build_line(line, n)) {
            if (go_build) {
                r.err = "multiple //go:build comments";
                r.err_line = lineno;
                r.build = false;
                r.complete = true;
                return r;
            }
            go_build = line, go_build_len = n, go_build_line = lineno;
        }
        /* Skip the comments on the line; stop at other text. */
        bool text = false;
        while (n > 0) {
            if (in_comment) {
                const char *close = NULL;
                for (size_t i = 0; i + 1 < n; i++)
                    if (line[i] == '*' && line[i + 1] == '/') {
                        close = line + i;
                        break;
                    }
                if (!close)
                    break;
                in_comment = false;
                n -= (size_t)(close + 2 - line);
                line = trim(close + 2, &n);
                continue;
            }
            if (has_prefix(line, n, "//"))
                break;
            if (has_prefix(line, n, "/*")) {
                in_comment = true;
                n -= 2;
                line = trim(line + 2, &n);
                continue;
            }
            text = true;
            break;
        }
        if (text) {
            r.complete = true;
            break;
        }
    }

    if (go_build) {
        const char *expr = go_build + 10;
        size_t n = go_build_len - 10;
        expr = trim(expr, &n);
        const char *err = NULL;
        if (!load_go_build_eval(expr, n, match, ctx, &r.build, &err)) {
            r.err = xprintf("parsing //go:build line: %s", err);
            r.err_line = go_build_line;
            r.build = false;
        }
        return r;
    }
    /* Every +build line in the part before end must hold. */
    off = 0;
    while (off < end) {
        const char *nl = memchr(src + off, '\n', end - off);
        size_t next = nl ? (size_t)(nl - src) + 1 : end;
        size_t n = (nl ? (size_t)(nl - src) : end) - off;
        const char *line = src + off;
        off = next;
        bool v;
        if (load_plus_build_eval(line, n, match, ctx, &v) && !v)
            r.build = false;
    }
    return r;
}
