/*
 * goregexp.c — translate the regexps of // ERROR comments from Go's
 * syntax (RE2) to POSIX extended syntax for regcomp(3).
 *
 * The two agree on the common core (. * + ? | () [] ^ $ and counted
 * repetition). What differs, and is rewritten here:
 *   \d \w \s (and \D \W \S)   POSIX classes
 *   \n \t \xHH                the character itself
 *   \( \. \[ ... (escaped punctuation)   a one-character bracket [(]
 *   { not starting a repetition, lone }  literal, as RE2 reads them
 *   (?:...)                   a plain group (grouping only, no capture needed)
 *   (?i) at the start         REG_ICASE, reported through *icase
 *   *? +? ?? (non-greedy)     greedy: the runner only asks "does it match"
 *   \] and \d inside [...]    the bracket is rebuilt in POSIX order
 * Anything else RE2-specific (\pL, (?s), \Q...\E) is refused with *err set,
 * so that a test fails visibly rather than matching wrongly.
 */
#include "runner.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef Text Buf;

static void puts_(Buf *b, const char *s) { text_put(b, s, strlen(s)); }
static void putc_(Buf *b, char c) { text_put(b, &c, 1); }

/* A literal character outside brackets, written so that ERE reads it
 * literally whatever it is. */
static void put_literal(Buf *b, char c)
{
    if (c == '^')
        puts_(b, "\\^");
    else if (c == '\\')
        puts_(b, "\\\\");
    else if (strchr(".[]()*+?{}|$", c)) {
        char tmp[4] = {'[', c, ']', 0};
        puts_(b, tmp);
    } else
        putc_(b, c);
}

static int hexval(char c)
{
    if (isdigit((unsigned char)c))
        return c - '0';
    if (isxdigit((unsigned char)c))
        return tolower((unsigned char)c) - 'a' + 10;
    return -1;
}

/* The class a Perl escape stands for (without brackets), or NULL. */
static const char *perl_class(char c, bool *neg)
{
    *neg = isupper((unsigned char)c);
    switch (tolower((unsigned char)c)) {
    case 'd': return "0-9";
    case 'w': return "[:alnum:]_";
    case 's': return "[:space:]";
    }
    return NULL;
}

/* Decodes the escape at p[0]=='\\' into a single character; returns the
 * number of bytes consumed, or 0 when it is not a one-character escape. */
static size_t escaped_char(const char *p, char *out)
{
    char c = p[1];
    if (c == 'n') { *out = '\n'; return 2; }
    if (c == 't') { *out = '\t'; return 2; }
    if (c == 'r') { *out = '\r'; return 2; }
    if (c == 'x' && hexval(p[2]) >= 0 && hexval(p[3]) >= 0) {
        *out = (char)(hexval(p[2]) * 16 + hexval(p[3]));
        return 4;
    }
    if (c && ispunct((unsigned char)c)) { *out = c; return 2; }
    return 0;
}

/* Rewrites the bracket expression starting at p (p[0]=='['); returns the
 * byte after it or NULL on an error. POSIX wants ']' first, '-' last and
 * no escapes, so members are collected and re-emitted in that order. */
static const char *bracket(Buf *b, const char *p, char **err)
{
    p++;
    bool neg = false;
    if (*p == '^')
        neg = true, p++;
    Buf body = {0};
    bool close = false, dash = false, caret = false;
    bool first = true;
    while (*p && (*p != ']' || first)) {
        first = false;
        char c = *p, d;
        if (c == '[' && p[1] == ':') {
            const char *e = strstr(p, ":]");
            if (!e) {
                *err = xstrdup("unterminated character class");
                return NULL;
            }
            text_put(&body, p, (size_t)(e + 2 - p));
            p = e + 2;
            continue;
        }
        if (c == '\\') {
            bool cneg;
            const char *cls = perl_class(p[1], &cneg);
            if (cls && !cneg) {
                puts_(&body, cls);
                p += 2;
                continue;
            }
            size_t k = escaped_char(p, &d);
            if (!k) {
                *err = xasprintf("unsupported escape \\%c in brackets", p[1]);
                return NULL;
            }
            c = d;
            p += k - 1;
        }
        p++;
        /* A range a-z stays as is (its ends are never ']' or '-' here). */
        if (p[0] == '-' && p[1] && p[1] != ']') {
            char hi = p[1];
            size_t k = 2;
            if (hi == '\\') {
                k = 1 + escaped_char(p + 1, &hi);
                if (k == 1) {
                    *err = xstrdup("bad range in brackets");
                    return NULL;
                }
            }
            char r[3] = {c, '-', hi};
            text_put(&body, r, 3);
            p += k;
            continue;
        }
        if (c == ']')
            close = true;
        else if (c == '-')
            dash = true;
        else if (c == '^')
            caret = true;
        else
            putc_(&body, c);
    }
    if (*p != ']') {
        *err = xstrdup("missing ]");
        return NULL;
    }
    if (!neg && !close && !dash && body.n == 0 && caret) {
        puts_(b, "\\^");
        return p + 1;
    }
    putc_(b, '[');
    if (neg)
        putc_(b, '^');
    if (close)
        putc_(b, ']');
    if (body.s)
        puts_(b, body.s);
    if (caret)
        putc_(b, '^');
    if (dash)
        putc_(b, '-');
    putc_(b, ']');
    free(body.s);
    return p + 1;
}

/* Length of a valid counted repetition {n}, {n,} or {n,m} at p, else 0. */
static size_t repetition(const char *p)
{
    const char *q = p + 1;
    if (!isdigit((unsigned char)*q))
        return 0;
    while (isdigit((unsigned char)*q))
        q++;
    if (*q == ',') {
        q++;
        while (isdigit((unsigned char)*q))
            q++;
    }
    return *q == '}' ? (size_t)(q + 1 - p) : 0;
}

/* Returns the ERE for re, or NULL with *err set. */
char *goregexp_to_ere(const char *re, bool *icase, char **err)
{
    Buf b = {0};
    puts_(&b, "");
    *icase = false;
    *err = NULL;
    const char *p = re;
    if (has_prefix(p, "(?i)")) {
        *icase = true;
        p += 4;
    }
    while (*p) {
        char c = *p, d;
        if (c == '\\') {
            bool neg;
            const char *cls = perl_class(p[1], &neg);
            if (cls) {
                char *s = xasprintf("[%s%s]", neg ? "^" : "", cls);
                puts_(&b, s);
                free(s);
                p += 2;
                continue;
            }
            if (p[1] == 'b' || p[1] == 'B') {
                text_put(&b, p, 2); /* glibc knows word boundaries */
                p += 2;
                continue;
            }
            size_t k = escaped_char(p, &d);
            if (!k) {
                *err = xasprintf("unsupported escape \\%c", p[1] ? p[1] : ' ');
                free(b.s);
                return NULL;
            }
            put_literal(&b, d);
            p += k;
        } else if (c == '[') {
            p = bracket(&b, p, err);
            if (!p) {
                free(b.s);
                return NULL;
            }
        } else if (c == '(' && p[1] == '?') {
            if (p[2] != ':') {
                *err = xstrdup("unsupported group flags (?...)");
                free(b.s);
                return NULL;
            }
            putc_(&b, '(');
            p += 3;
        } else if ((c == '*' || c == '+' || c == '?') && p[1] == '?') {
            putc_(&b, c);
            p += 2;
        } else if (c == '{') {
            size_t k = repetition(p);
            bool after_atom = b.n > 0 && b.s[b.n - 1] != '(' && b.s[b.n - 1] != '|';
            if (k && after_atom) {
                text_put(&b, p, k);
                p += k;
            } else {
                puts_(&b, "[{]");
                p++;
            }
        } else if (c == '}') {
            puts_(&b, "[}]");
            p++;
        } else {
            putc_(&b, c);
            p++;
        }
    }
    return b.s;
}
