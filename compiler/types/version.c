/*
 * version.c — the language version a package is written for (gc's -lang
 * flag, CheckConfig.lang): what a feature newer than it is, and how gc
 * reports one ("binary literals requires go1.13 or later (-lang was set
 * to go1.12; check go.mod)"). The checks themselves are where the
 * features are checked (literals here, the others in their files).
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* The latest version, the default: hood is Go 1.19. */
enum { LANG_MAJOR = 1, LANG_MINOR = 19 };

/* A number without a leading zero (unless it is 0) at *s; advances. */
static bool number(const char **s, int *n)
{
    const char *p = *s;
    if (*p < '0' || *p > '9' || (p[0] == '0' && p[1] >= '0' && p[1] <= '9'))
        return false;
    long v = 0;
    for (; *p >= '0' && *p <= '9'; p++)
        if ((v = v * 10 + (*p - '0')) > 1000000)
            return false;
    *n = (int)v;
    *s = p;
    return true;
}

bool types_parse_lang(const char *s, int *major, int *minor, const char **err)
{
    const char *p = s;
    if (strncmp(p, "go", 2) != 0 || (p += 2, !number(&p, major)) || *major == 0 || *p++ != '.' ||
        !number(&p, minor) || *p) {
        *err = "should be something like \"go1.12\"";
        return false;
    }
    if (*major > LANG_MAJOR || (*major == LANG_MAJOR && *minor > LANG_MINOR)) {
        *err = xprintf("max known version is \"go%d.%d\"", LANG_MAJOR, LANG_MINOR);
        return false;
    }
    return true;
}

bool check_allow_version(Checker *c, int major, int minor)
{
    int ma, mi;
    const char *err;
    if (!c->cfg.lang || !types_parse_lang(c->cfg.lang, &ma, &mi, &err))
        return true;
    return ma > major || (ma == major && mi >= minor);
}

void check_version_error(Checker *c, Pos at, const char *version, const char *what)
{
    error_at(at, "%s requires %s or later (-lang was set to %s; check go.mod)", what, version, c->cfg.lang);
}

/* The forms of number literals that Go 1.13 added: digits separated by
 * '_', binary and 0o octal integers, hexadecimal floats. */
void check_lang_literal(Checker *c, Expr *lit)
{
    const char *s = lit->u.basic_lit.lit;
    int n = lit->u.basic_lit.len;
    TokenKind tok = lit->u.basic_lit.tok;
    if ((tok != TK_INT && tok != TK_FLOAT && tok != TK_IMAG) || n <= 2 || check_allow_version(c, 1, 13))
        return;
    char radix = s[0] == '0' ? s[1] : 0;
    if (memchr(s, '_', (size_t)n))
        check_version_error(c, lit->pos, "go1.13", "underscores in numeric literals");
    else if (radix == 'b' || radix == 'B')
        check_version_error(c, lit->pos, "go1.13", "binary literals");
    else if (radix == 'o' || radix == 'O')
        check_version_error(c, lit->pos, "go1.13", "0o/0O-style octal literals");
    else if (tok != TK_INT && (radix == 'x' || radix == 'X'))
        check_version_error(c, lit->pos, "go1.13", "hexadecimal floating-point literals");
}
