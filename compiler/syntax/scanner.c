/*
 * scanner.c — the Go lexer (scanner.h): tokens, literals, comments and
 * automatic semicolon insertion, with gc's error wording.
 *
 * The scanner reads bytes and decodes UTF-8 only where a byte >= 0x80
 * appears (in identifiers, or as a stray character). Positions are
 * 1-based lines and 1-based byte columns, as gc prints them.
 *
 * Which non-ASCII code points are letters is approximated (see
 * is_letter): hood has no Unicode tables, and a program that gc accepts
 * only uses letters in identifiers, so accepting a few symbols too is
 * harmless; the obvious non-letters are rejected as gc does.
 */
#include "scanner.h"

#include <string.h>

#include "diag.h"

enum { EOF_CH = -1, RUNE_ERROR = -2 };

/* The position of raw line `line`, column `col` of the file, as the
 * line directive in effect gives it: lines count on from the
 * directive's; columns too on the line where it takes effect, and after
 * that line are the file's own, unless the directive gave no column
 * (then every column is unknown, 0, until the next directive). */
static Pos map_pos(const Scanner *s, uint32_t line, uint32_t col)
{
    uint32_t l = s->base_line + (line - s->base_raw_line);
    uint32_t c = s->base_col == 0 ? 0 : line == s->base_raw_line ? s->base_col + (col - s->base_raw_col) : col;
    return (Pos){s->base_file, l, c};
}

static Pos pos_at(const Scanner *s, size_t off)
{
    return map_pos(s, s->line, (uint32_t)(off - s->line_off + 1));
}

static Pos here(const Scanner *s) { return pos_at(s, s->off); }

/* The byte at off, or EOF_CH at the end of the file. */
static int cur(const Scanner *s)
{
    return s->off < s->size ? (unsigned char)s->src[s->off] : EOF_CH;
}

static int peek(const Scanner *s, size_t ahead)
{
    return s->off + ahead < s->size ? (unsigned char)s->src[s->off + ahead] : EOF_CH;
}

static void skip(Scanner *s)
{
    if (s->off >= s->size)
        return;
    if (s->src[s->off] == '\n') {
        s->line++;
        s->line_off = s->off + 1;
    }
    s->off++;
}

/* Decodes the UTF-8 sequence at off; returns RUNE_ERROR (width 1) if it
 * is malformed (see utf8_decode). */
static int decode_rune(const Scanner *s, int *width)
{
    int r = utf8_decode(s->src + s->off, s->size - s->off, width);
    return r < 0 ? RUNE_ERROR : r;
}

/* Approximates unicode.IsLetter for r >= 0x80 (see the file comment). */
static bool is_letter(int r)
{
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
    if (r < 0xC0)
        return r == 0xAA || r == 0xB5 || r == 0xBA;
    if (r == 0xD7 || r == 0xF7 || r == 0xFEFF)
        return false;
    if ((r >= 0x2000 && r <= 0x20FF) || (r >= 0x2190 && r <= 0x2BFF) ||
        (r >= 0x3000 && r <= 0x3003) || (r >= 0xE000 && r <= 0xF8FF) ||
        (r >= 0xFFF0 && r <= 0xFFFF))
        return false;
    return true;
}

/* unicode.IsDigit for r >= 0x80 (Unicode 13.0, as Go 1.19): gc rejects
 * these at the start of an identifier. The decimal digits come in runs
 * of ten code points; the table holds each run's first, and the
 * mathematical digits at U+1D7CE are five runs in a row. */
static bool is_unicode_digit(int r)
{
    static const int first[] = {
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
        0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
        0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0,
        0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
        0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
        0x16a60, 0x16b50, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
    };
    for (size_t i = 0; i < sizeof first / sizeof first[0]; i++)
        if (r >= first[i] && r < first[i] + 10)
            return true;
    return r >= 0x1d7ce && r < 0x1d7ce + 50;
}

static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c)
{
    return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int lower(int c) { return c | 0x20; }

/* Go's %q for a rune: '9', '\n', '\x00'. */
static const char *quote_rune(int c)
{
    static const char esc[] = "\aa\bb\ff\nn\rr\tt\vv";
    if (c == '\'' || c == '\\')
        return xprintf("'\\%c'", c);
    for (int i = 0; esc[i]; i += 2)
        if (esc[i] == c)
            return xprintf("'\\%c'", esc[i + 1]);
    if (c < 0x20 || c == 0x7F)
        return xprintf("'\\x%02x'", (unsigned)c);
    char enc[8];
    utf8_encode(enc, c);
    return xprintf("'%s'", enc);
}

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

void scanner_init(Scanner *s, uint32_t file)
{
    scanner_init_directives(s, file, NULL, NULL);
}

void scanner_init_directives(Scanner *s, uint32_t file,
                             void (*directive)(void *ctx, Pos pos, bool blank, const char *text, int len),
                             void *ctx)
{
    const SourceFile *f = source_get(file);
    memset(s, 0, sizeof *s);
    s->directive = directive;
    s->directive_ctx = ctx;
    s->src = f->text;
    s->size = f->len;
    s->file = file;
    s->line = 1;
    s->base_file = file;
    s->base_raw_line = s->base_raw_col = s->base_line = s->base_col = 1;
    /* A byte order mark is allowed only as the very first character. */
    if (s->size >= 3 && memcmp(s->src, "\xEF\xBB\xBF", 3) == 0)
        s->off = s->line_off = 3;
    scanner_next(s);
}

/* --- Identifiers and keywords -------------------------------------------- */

static TokenKind keyword(const char *name)
{
    static const char *kw[TK_COUNT];
    static unsigned kw_epoch; /* the intern_epoch kw was made in, plus 1 */
    if (kw_epoch != intern_epoch() + 1) {
        for (int t = TK_BREAK; t <= TK_VAR; t++)
            kw[t] = intern_cstr(token_text[t]);
        kw_epoch = intern_epoch() + 1;
    }
    for (int t = TK_BREAK; t <= TK_VAR; t++)
        if (kw[t] == name)
            return (TokenKind)t;
    return TK_IDENT;
}

/* An identifier, or what gc scans as one: any character that is not
 * ASCII (but for a malformed one or a BOM) starts one, with an error if
 * it is a digit or no letter. */
static void ident(Scanner *s)
{
    size_t start = s->off;
    int w0 = 1, r0 = cur(s) >= 0x80 ? decode_rune(s, &w0) : 0;
    if (is_unicode_digit(r0)) {
        error_at(here(s), "identifier cannot begin with digit %s", unicode_name(r0));
        s->off += (size_t)w0;
    }
    for (;;) {
        int c = cur(s);
        if (c < 0x80) {
            if (!(is_letter(c) || is_decimal(c)) || c == EOF_CH)
                break;
            skip(s);
            continue;
        }
        int w, r = decode_rune(s, &w);
        if (r == RUNE_ERROR || !is_letter(r)) {
            if (r == RUNE_ERROR)
                error_at(here(s), "invalid UTF-8 encoding");
            else if (r == 0xFEFF)
                error_at(here(s), "invalid BOM in the middle of the file");
            else
                error_at(here(s), "invalid character %s in identifier", unicode_name(r));
            s->bad = true;
            s->off += (size_t)w;
            continue;
        }
        s->off += (size_t)w;
    }
    s->lit = intern(s->src + start, s->off - start);
    s->len = (int)(s->off - start);
    s->tok = keyword(s->lit);
    s->nlsemi = s->tok == TK_IDENT || s->tok == TK_BREAK || s->tok == TK_CONTINUE ||
                s->tok == TK_FALLTHROUGH || s->tok == TK_RETURN;
}

/* --- Numbers ------------------------------------------------------------- */

/*
 * Scans digits and '_' of a number in the given base (hex digits when
 * base is 16, decimal digits otherwise). Returns a bit set: 1 if a digit
 * was seen, 2 if a '_' was. *invalid gets the offset of the first digit
 * not valid in base (for 0-prefixed octal, which may still turn out a
 * float), if none was recorded yet.
 */
static int digits(Scanner *s, int base, size_t *invalid)
{
    int seen = 0;
    for (;;) {
        int c = cur(s);
        if (c == '_') {
            seen |= 2;
        } else if (base == 16 ? is_hex(c) : is_decimal(c)) {
            seen |= 1;
            if (base < 10 && c >= '0' + base && *invalid == SIZE_MAX)
                *invalid = s->off;
        } else {
            return seen;
        }
        skip(s);
    }
}

/* Returns the index in lit of the first '_' that does not separate two
 * digits (a base prefix counts as a digit), or -1. */
static int bad_separator(const char *lit, int n)
{
    int i = 0;
    bool hex = false;
    char prev = '.'; /* '0' after a digit, '_' after '_', '.' otherwise */
    if (n >= 2 && lit[0] == '0' && strchr("xXoObB", lit[1])) {
        hex = lower(lit[1]) == 'x';
        prev = '0';
        i = 2;
    }
    for (; i < n; i++) {
        char c = lit[i];
        if (c == '_') {
            if (prev != '0')
                return i;
            prev = '_';
        } else if (is_decimal(c) || (hex && is_hex(c))) {
            prev = '0';
        } else {
            if (prev == '_')
                return i - 1;
            prev = '.';
        }
    }
    return prev == '_' ? n - 1 : -1;
}

/*
 * The longest number literal accepted, in bytes, as gc's limit: exact
 * constants make arithmetic on a literal cost time and memory that grow
 * with its length (a 100,000-digit literal took hood 2 GB), and no
 * program needs a constant of more than 10,000 characters.
 */
enum { MAX_NUMBER_LEN = 10000 };

static void number(Scanner *s, bool seen_point)
{
    size_t start = s->off;
    Pos start_pos = here(s);
    int base = 10, prefix = 0, seen = 0;
    size_t invalid = SIZE_MAX;
    s->tok = TK_INT;
    if (!seen_point) {
        if (cur(s) == '0') {
            skip(s);
            switch (lower(cur(s))) {
            case 'x': skip(s); base = 16; prefix = 'x'; break;
            case 'o': skip(s); base = 8; prefix = 'o'; break;
            case 'b': skip(s); base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; seen = 1; break;
            }
        }
        seen |= digits(s, base, &invalid);
        if (cur(s) == '.') {
            if (prefix == 'o' || prefix == 'b') {
                error_at(here(s), "invalid radix point in %s literal", base_name(base));
                s->bad = true;
            }
            skip(s);
            seen_point = true;
        }
    } else {
        skip(s); /* the '.' */
    }
    if (seen_point) {
        s->tok = TK_FLOAT;
        seen |= digits(s, base, &invalid);
    }
    if (!(seen & 1) && !s->bad) {
        error_at(here(s), "%s literal has no digits", base_name(base));
        s->bad = true;
    }
    int e = lower(cur(s));
    if (e == 'e' || e == 'p') {
        if (!s->bad) {
            if (e == 'e' && prefix && prefix != '0') {
                error_at(here(s), "%s exponent requires decimal mantissa", quote_rune(cur(s)));
                s->bad = true;
            } else if (e == 'p' && prefix != 'x') {
                error_at(here(s), "%s exponent requires hexadecimal mantissa", quote_rune(cur(s)));
                s->bad = true;
            }
        }
        skip(s);
        s->tok = TK_FLOAT;
        if (cur(s) == '+' || cur(s) == '-')
            skip(s);
        size_t none = SIZE_MAX;
        int ds = digits(s, 10, &none);
        seen |= ds;
        if (!(ds & 1) && !s->bad) {
            error_at(here(s), "exponent has no digits");
            s->bad = true;
        }
    } else if (prefix == 'x' && s->tok == TK_FLOAT && !s->bad) {
        error_at(here(s), "hexadecimal mantissa requires a 'p' exponent");
        s->bad = true;
    }
    if (cur(s) == 'i') {
        s->tok = TK_IMAG;
        skip(s);
    }
    s->lit = s->src + start;
    s->len = (int)(s->off - start);
    s->nlsemi = true;
    if (s->bad)
        return;
    if (s->off - start > MAX_NUMBER_LEN) {
        error_at(start_pos, "excessively long constant: %.10s... (%zu chars)", s->lit,
                 s->off - start);
        s->bad = true;
    } else if (s->tok == TK_INT && invalid != SIZE_MAX) {
        error_at(pos_at(s, invalid), "invalid digit %s in %s literal", quote_rune(s->src[invalid]),
                 base_name(base));
        s->bad = true;
    } else if (seen & 2) {
        int i = bad_separator(s->lit, s->len);
        if (i >= 0) {
            error_at(pos_at(s, start + (size_t)i), "'_' must separate successive digits");
            s->bad = true;
        }
    }
}

/* --- Runes and strings --------------------------------------------------- */

/* Scans the escape after a backslash (already skipped). Returns false
 * after reporting an error. */
static bool escape(Scanner *s, int quote)
{
    int n, base;
    unsigned max;
    int c = cur(s);
    if (c == quote || (c != EOF_CH && strchr("abfnrtv\\", c) && c != 0)) {
        skip(s);
        return true;
    }
    if (c >= '0' && c <= '7') {
        n = 3, base = 8, max = 255;
    } else if (c == 'x') {
        skip(s);
        n = 2, base = 16, max = 255;
    } else if (c == 'u') {
        skip(s);
        n = 4, base = 16, max = 0x10FFFF;
    } else if (c == 'U') {
        skip(s);
        n = 8, base = 16, max = 0x10FFFF;
    } else {
        if (c == EOF_CH)
            return true; /* the caller reports the unterminated literal */
        error_at(here(s), "unknown escape");
        return false;
    }
    unsigned x = 0;
    for (; n > 0; n--) {
        c = cur(s);
        if (c == EOF_CH)
            return true;
        int d = base;
        if (is_decimal(c))
            d = c - '0';
        else if (lower(c) >= 'a' && lower(c) <= 'f')
            d = lower(c) - 'a' + 10;
        if (d >= base) {
            error_at(here(s), "invalid character %s in %s escape", quote_rune(c), base_name(base));
            return false;
        }
        x = x * (unsigned)base + (unsigned)d;
        skip(s);
    }
    if (x > max && base == 8) {
        error_at(here(s), "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        error_at(here(s), "escape is invalid Unicode code point %s", unicode_name((int)x));
        return false;
    }
    return true;
}

/* Skips one character of a literal or comment, whole UTF-8 sequences
 * at a time, reporting what gc's source reader reports anywhere. */
static void skip_char(Scanner *s)
{
    if (cur(s) < 0x80) {
        if (cur(s) == 0)
            error_at(here(s), "invalid NUL character");
        skip(s);
        return;
    }
    int w, r = decode_rune(s, &w);
    if (r == RUNE_ERROR)
        error_at(here(s), "invalid UTF-8 encoding");
    else if (r == 0xFEFF)
        error_at(here(s), "invalid BOM in the middle of the file");
    s->off += (size_t)w;
}

static void rune_lit(Scanner *s)
{
    size_t start = s->off;
    Pos start_pos = here(s);
    bool ok = true;
    skip(s);
    for (int n = 0;; n++) {
        int c = cur(s);
        if (c == '\'') {
            if (ok && n == 0) {
                error_at(here(s), "empty rune literal or unescaped '");
                ok = false;
            } else if (ok && n != 1) {
                error_at(start_pos, "more than one character in rune literal");
                ok = false;
            }
            skip(s);
            break;
        }
        if (c == '\\') {
            skip(s);
            if (!escape(s, '\''))
                ok = false;
            continue;
        }
        if (c == '\n') {
            if (ok)
                error_at(here(s), "newline in rune literal");
            ok = false;
            break;
        }
        if (c == EOF_CH) {
            if (ok)
                error_at(start_pos, "rune literal not terminated");
            ok = false;
            break;
        }
        skip_char(s);
    }
    s->tok = TK_CHAR;
    s->lit = s->src + start;
    s->len = (int)(s->off - start);
    s->bad = !ok;
    s->nlsemi = true;
}

static void string_lit(Scanner *s)
{
    size_t start = s->off;
    Pos start_pos = here(s);
    skip(s);
    for (;;) {
        int c = cur(s);
        if (c == '"') {
            skip(s);
            break;
        }
        if (c == '\\') {
            skip(s);
            if (!escape(s, '"'))
                s->bad = true;
            continue;
        }
        if (c == '\n') {
            error_at(here(s), "newline in string");
            s->bad = true;
            break;
        }
        if (c == EOF_CH) {
            error_at(start_pos, "string not terminated");
            s->bad = true;
            break;
        }
        skip_char(s);
    }
    s->tok = TK_STRING;
    s->lit = s->src + start;
    s->len = (int)(s->off - start);
    s->nlsemi = true;
}

/* Raw strings keep their text, except that carriage returns are dropped
 * (spec: "Carriage return characters ('\r') inside raw string literals
 * are discarded"); lit then points to a copy. */
static void raw_string_lit(Scanner *s)
{
    size_t start = s->off;
    Pos start_pos = here(s);
    bool has_cr = false;
    skip(s);
    for (;;) {
        int c = cur(s);
        if (c == '`') {
            skip(s);
            break;
        }
        if (c == EOF_CH) {
            error_at(start_pos, "string not terminated");
            s->bad = true;
            break;
        }
        has_cr |= c == '\r';
        skip_char(s);
    }
    s->tok = TK_STRING;
    s->lit = s->src + start;
    s->len = (int)(s->off - start);
    if (has_cr) {
        char *p = xalloc((size_t)s->len + 1);
        int n = 0;
        for (int i = 0; i < s->len; i++)
            if (s->lit[i] != '\r')
                p[n++] = s->lit[i];
        s->lit = p;
        s->len = n;
    }
    s->nlsemi = true;
}

/* --- Comments ------------------------------------------------------------ */

/* gc's limit on the line and column numbers of a line directive. */
#define POS_MAX (UINT32_C(1) << 30)

/* For text ending in ":N": the index just past the last ':' (0 if there
 * is no ':') and whether N is a number that fits 64 bits, into *n. */
static bool trailing_digits(const char *text, int len, int *i, uint64_t *n)
{
    int k = len - 1;
    while (k >= 0 && text[k] != ':')
        k--;
    *i = k + 1;
    *n = 0;
    if (k < 0 || k + 1 == len)
        return false;
    for (int j = k + 1; j < len; j++) {
        if (!is_decimal(text[j]) || *n > (UINT64_MAX - 9) / 10)
            return false;
        *n = *n * 10 + (uint64_t)(text[j] - '0');
    }
    return true;
}

/*
 * A line directive: text is what follows "line " in the comment, at raw
 * line tline, column tcol; (pline, pcol) is the raw position just after
 * the comment, which from now on is the position text gives:
 *
 *   name:line       column unknown until the next directive
 *   name:line:col   an empty name keeps the current file name
 *
 * Text without a ':' is no directive; a bad number is reported, as gc
 * words it, at the position the directive in effect gives it.
 */
static void line_directive(Scanner *s, const char *text, int len, uint32_t tline, uint32_t tcol,
                           uint32_t pline, uint32_t pcol)
{
    int i, i2;
    uint64_t n, n2;
    bool ok = trailing_digits(text, len, &i, &n);
    if (i == 0)
        return;
    if (!ok) {
        error_at(map_pos(s, tline, tcol + (uint32_t)i), "invalid line number: %.*s", len - i, text + i);
        return;
    }
    uint64_t line = n, col = 0;
    int line_at = i, name_len = i - 1;
    if (trailing_digits(text, i - 1, &i2, &n2)) {
        line = n2;
        col = n;
        if (col == 0 || col > POS_MAX) {
            error_at(map_pos(s, tline, tcol + (uint32_t)i), "invalid column number: %.*s", len - i, text + i);
            return;
        }
        line_at = i2;
        name_len = i2 - 1;
    }
    if (line == 0 || line > POS_MAX) {
        int end = col ? i - 1 : len;
        error_at(map_pos(s, tline, tcol + (uint32_t)line_at), "invalid line number: %.*s", end - line_at,
                 text + line_at);
        return;
    }
    const char *name = name_len == 0 && col ? source_get(s->base_file)->name : xstrndup(text, (size_t)name_len);
    s->base_file = source_alias(name);
    s->base_raw_line = pline;
    s->base_raw_col = pcol;
    s->base_line = (uint32_t)line;
    s->base_col = (uint32_t)col;
}

/* Skips a general comment whose "/" is at off; returns whether it
 * contained a newline. A comment starting "line " is a line directive. */
static bool general_comment(Scanner *s)
{
    Pos start = here(s);
    size_t from = s->off;
    uint32_t line = s->line, col = (uint32_t)(from - s->line_off + 1);
    bool newline = false;
    s->off += 2;
    for (;;) {
        int c = cur(s);
        if (c == EOF_CH) {
            error_at(start, "comment not terminated");
            return newline;
        }
        if (c == '*' && peek(s, 1) == '/') {
            s->off += 2;
            break;
        }
        newline |= c == '\n';
        skip_char(s);
    }
    /* gc takes the position after the comment to be on its first line
     * even when it spans lines (the text then holds a newline, so the
     * directive is almost always rejected) */
    int len = (int)(s->off - from);
    if (len >= 9 && memcmp(s->src + from + 2, "line ", 5) == 0)
        line_directive(s, s->src + from + 7, len - 9, line, col + 7, line, col + (uint32_t)len);
    return newline;
}

/* Hands the line comment at [start, off) to the directive hook. */
static void directive(Scanner *s, size_t start)
{
    bool blank = true;
    for (size_t i = s->line_off; i < start && blank; i++)
        blank = s->src[i] == ' ' || s->src[i] == '\t' || s->src[i] == '\r';
    size_t end = s->off;
    if (end > start && s->src[end - 1] == '\r')
        end--;
    s->directive(s->directive_ctx, pos_at(s, start + 2), blank, s->src + start + 2, (int)(end - start - 2));
}

/* --- Operators ------------------------------------------------------------- */

/* Sets tok to op, or to op_assign if '=' follows. */
static void op_or_assign(Scanner *s, TokenKind op, TokenKind op_assign)
{
    if (cur(s) == '=') {
        skip(s);
        s->tok = op_assign;
    } else {
        s->tok = op;
    }
}

/* Scans an operator or delimiter starting with byte c (already skipped).
 * Returns false if c starts none. */
static bool operator(Scanner *s, int c)
{
    switch (c) {
    case '(': s->tok = TK_LPAREN; break;
    case '[': s->tok = TK_LBRACK; break;
    case '{': s->tok = TK_LBRACE; break;
    case ',': s->tok = TK_COMMA; break;
    case ';': s->tok = TK_SEMICOLON; s->lit = "semicolon"; break;
    case ')': s->tok = TK_RPAREN; s->nlsemi = true; break;
    case ']': s->tok = TK_RBRACK; s->nlsemi = true; break;
    case '}': s->tok = TK_RBRACE; s->nlsemi = true; break;
    case '~': s->tok = TK_TILDE; break;
    case ':': op_or_assign(s, TK_COLON, TK_DEFINE); break;
    case '*': op_or_assign(s, TK_MUL, TK_MUL_ASSIGN); break;
    case '/': op_or_assign(s, TK_QUO, TK_QUO_ASSIGN); break;
    case '%': op_or_assign(s, TK_REM, TK_REM_ASSIGN); break;
    case '^': op_or_assign(s, TK_XOR, TK_XOR_ASSIGN); break;
    case '=': op_or_assign(s, TK_ASSIGN, TK_EQL); break;
    case '!': op_or_assign(s, TK_NOT, TK_NEQ); break;
    case '+':
    case '-':
        if (cur(s) == c) {
            skip(s);
            s->tok = c == '+' ? TK_INC : TK_DEC;
            s->nlsemi = true;
        } else if (c == '+') {
            op_or_assign(s, TK_ADD, TK_ADD_ASSIGN);
        } else {
            op_or_assign(s, TK_SUB, TK_SUB_ASSIGN);
        }
        break;
    case '&':
        if (cur(s) == '&') {
            skip(s);
            s->tok = TK_LAND;
        } else if (cur(s) == '^') {
            skip(s);
            op_or_assign(s, TK_AND_NOT, TK_AND_NOT_ASSIGN);
        } else {
            op_or_assign(s, TK_AND, TK_AND_ASSIGN);
        }
        break;
    case '|':
        if (cur(s) == '|') {
            skip(s);
            s->tok = TK_LOR;
        } else {
            op_or_assign(s, TK_OR, TK_OR_ASSIGN);
        }
        break;
    case '<':
        if (cur(s) == '-') {
            skip(s);
            s->tok = TK_ARROW;
        } else if (cur(s) == '<') {
            skip(s);
            op_or_assign(s, TK_SHL, TK_SHL_ASSIGN);
        } else {
            op_or_assign(s, TK_LSS, TK_LEQ);
        }
        break;
    case '>':
        if (cur(s) == '>') {
            skip(s);
            op_or_assign(s, TK_SHR, TK_SHR_ASSIGN);
        } else {
            op_or_assign(s, TK_GTR, TK_GEQ);
        }
        break;
    default:
        return false;
    }
    return true;
}

/* Reports a character that cannot start a token and skips it. */
static void stray(Scanner *s)
{
    int c = cur(s);
    if (c < 0x80) {
        if (c == 0)
            error_at(here(s), "invalid NUL character");
        else
            error_at(here(s), "invalid character %s", unicode_name(c));
        skip(s);
        return;
    }
    /* any other character starts an identifier (ident_here) */
    int w, r = decode_rune(s, &w);
    if (r == RUNE_ERROR)
        error_at(here(s), "invalid UTF-8 encoding");
    else
        error_at(here(s), "invalid BOM in the middle of the file");
    s->off += (size_t)w;
}

/* Whether the (non-ASCII) character at off starts an identifier. */
static bool ident_here(const Scanner *s)
{
    int w, r = decode_rune(s, &w);
    return r != RUNE_ERROR && r != 0xFEFF;
}

void scanner_next(Scanner *s)
{
    bool nlsemi = s->nlsemi;
    s->nlsemi = false;
    s->lit = NULL;
    s->len = 0;
    s->bad = false;
    for (;;) {
        int c = cur(s);
        while (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !nlsemi)) {
            skip(s);
            c = cur(s);
        }
        s->pos = here(s);
        if (c == EOF_CH) {
            s->tok = nlsemi ? TK_SEMICOLON : TK_EOF;
            s->lit = nlsemi ? "EOF" : NULL;
            return;
        }
        if (c == '\n') {
            skip(s);
            s->tok = TK_SEMICOLON;
            s->lit = "newline";
            return;
        }
        if (c < 0x80 ? is_letter(c) : ident_here(s)) {
            ident(s);
            return;
        }
        if (is_decimal(c) || (c == '.' && is_decimal(peek(s, 1)))) {
            number(s, c == '.');
            return;
        }
        if (c == '/' && peek(s, 1) == '/') {
            size_t start = s->off;
            while (cur(s) != '\n' && cur(s) != EOF_CH)
                skip_char(s);
            size_t end = s->off;
            if (end > start && s->src[end - 1] == '\r')
                end--;
            if (s->directive && s->off - start >= 5 && memcmp(s->src + start + 2, "go:", 3) == 0)
                directive(s, start);
            else if (start == s->line_off && end - start >= 7 && memcmp(s->src + start + 2, "line ", 5) == 0)
                line_directive(s, s->src + start + 7, (int)(end - start - 7), s->line, 8, s->line + 1, 1);
            continue;
        }
        if (c == '/' && peek(s, 1) == '*') {
            if (general_comment(s) && nlsemi) {
                s->tok = TK_SEMICOLON;
                s->lit = "newline";
                return;
            }
            continue;
        }
        switch (c) {
        case '\'': rune_lit(s); return;
        case '"': string_lit(s); return;
        case '`': raw_string_lit(s); return;
        case '.':
            if (peek(s, 1) == '.' && peek(s, 2) == '.') {
                s->off += 3;
                s->tok = TK_ELLIPSIS;
            } else {
                skip(s);
                s->tok = TK_PERIOD;
            }
            return;
        }
        if (c < 0x80 && c != 0) {
            skip(s);
            if (operator(s, c))
                return;
            s->off--;
        }
        stray(s);
    }
}

void token_describe(Buf *b, const Scanner *s)
{
    switch (s->tok) {
    case TK_IDENT:
    case TK_SEMICOLON:
        buf_puts(b, s->lit);
        break;
    case TK_INT:
    case TK_FLOAT:
    case TK_IMAG:
    case TK_CHAR:
    case TK_STRING:
        buf_puts(b, "literal ");
        buf_write(b, s->lit, (size_t)s->len);
        break;
    case TK_COMMA:
        buf_puts(b, "comma");
        break;
    default:
        buf_puts(b, token_text[s->tok]);
        break;
    }
}

/* Decodes a string literal the scanner accepted: raw strings lose their
 * carriage returns, interpreted ones their escapes (\x and octal escapes
 * give single bytes, \u and \U UTF-8). */
void string_lit_value(Buf *out, const char *lit, int len)
{
    buf_puts(out, "");
    if (len < 2)
        return;
    for (int i = 1; i < len - 1;) {
        char c = lit[i++];
        if (lit[0] == '`' || c != '\\') {
            if (c != '\r' || lit[0] != '`')
                buf_putc(out, c);
            continue;
        }
        c = lit[i++];
        const char *simple = strchr("abfnrtv", c);
        if (simple && c) {
            buf_putc(out, "\a\b\f\n\r\t\v"[simple - "abfnrtv"]);
            continue;
        }
        bool octal = c >= '0' && c <= '7';
        int ndig = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : octal ? 3 : 0;
        if (ndig == 0) { /* \\ \' \" */
            buf_putc(out, c);
            continue;
        }
        if (octal)
            i--;
        int v = 0;
        for (int k = 0; k < ndig && i < len - 1 && is_hex(lit[i]); k++, i++)
            v = v * (octal ? 8 : 16) + (is_decimal(lit[i]) ? lit[i] - '0' : lower(lit[i]) - 'a' + 10);
        if (c == 'x' || octal) {
            buf_putc(out, (char)v);
        } else {
            char enc[8];
            utf8_encode(enc, v);
            buf_puts(out, enc);
        }
    }
}
