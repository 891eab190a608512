/*
 * scanner_test.c — the lexer: tokens, automatic semicolons, literal forms,
 * positions and gc's error texts (compiler/syntax/scanner.c).
 *
 * Most tests render the token stream as text, one token per word:
 * names and literals print their source, inserted semicolons print as
 * ";nl" or ";eof", everything else as its spelling.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "scanner.h"
#include "testutil.h"

static uint32_t add(const char *src)
{
    return source_add("x.go", src, strlen(src));
}

static const char *tokens(const char *src)
{
    Scanner s;
    Buf b = {0};
    buf_puts(&b, "");
    for (scanner_init(&s, add(src)); s.tok != TK_EOF; scanner_next(&s)) {
        if (b.len)
            buf_putc(&b, ' ');
        if (s.tok == TK_SEMICOLON)
            buf_puts(&b, strcmp(s.lit, "newline") == 0 ? ";nl"
                         : strcmp(s.lit, "EOF") == 0   ? ";eof"
                                                       : ";");
        else if (s.lit)
            buf_write(&b, s.lit, (size_t)s.len);
        else
            buf_puts(&b, token_text[s.tok]);
    }
    return take(&b);
}

static const char *scan_errors(const char *src)
{
    tokens(src);
    return captured_errors();
}

Test(scanner, operators_and_names)
{
    cr_assert_str_eq(tokens("x := a+b &^= c <<= 2"), "x := a + b &^= c <<= 2 ;eof");
    cr_assert_str_eq(tokens("a<-b <- c && d || !e"), "a <- b <- c && d || ! e ;eof");
    cr_assert_str_eq(tokens("f(x...) [~int] ..."), "f ( x ... ) [ ~ int ] ...");
    cr_assert_str_eq(tokens("a.b . c"), "a . b . c ;eof");
}

Test(scanner, keywords)
{
    Scanner s;
    scanner_init(&s, add("func chan interface range fallthrough"));
    TokenKind want[] = {TK_FUNC, TK_CHAN, TK_INTERFACE, TK_RANGE, TK_FALLTHROUGH, TK_SEMICOLON,
                        TK_EOF};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++, scanner_next(&s))
        cr_assert_eq(s.tok, want[i], "token %zu: got %s", i, token_text[s.tok]);
}

Test(scanner, semicolon_insertion)
{
    cr_assert_str_eq(tokens("a\nb\n"), "a ;nl b ;nl");
    cr_assert_str_eq(tokens("1\n'x'\n\"s\"\n`r`\n"), "1 ;nl 'x' ;nl \"s\" ;nl `r` ;nl");
    cr_assert_str_eq(tokens("f()\nx[1]\n{}\n"), "f ( ) ;nl x [ 1 ] ;nl { } ;nl");
    cr_assert_str_eq(tokens("return\nbreak\ncontinue\nfallthrough\n"),
                     "return ;nl break ;nl continue ;nl fallthrough ;nl");
    cr_assert_str_eq(tokens("i++\ni--\n"), "i ++ ;nl i -- ;nl");
    /* no semicolon after operators, keywords that continue, or "{" */
    cr_assert_str_eq(tokens("a +\nb\nif {\n}"), "a + b ;nl if { } ;eof");
    cr_assert_str_eq(tokens("x // c\ny"), "x ;nl y ;eof");
}

Test(scanner, general_comment_newline)
{
    /* A general comment containing a newline acts like a newline. */
    cr_assert_str_eq(tokens("a /* one\ntwo */ b"), "a ;nl b ;eof");
    cr_assert_str_eq(tokens("a /* one */ b"), "a b ;eof");
    cr_assert_str_eq(tokens("+ /* x\ny */ b"), "+ b ;eof");
}

Test(scanner, integer_literals)
{
    cr_assert_str_eq(tokens("0 42 0x1F 0XaB 0o17 0O7 017 0b101 0B1 1_000 0x_ff 0_7"),
                     "0 42 0x1F 0XaB 0o17 0O7 017 0b101 0B1 1_000 0x_ff 0_7 ;eof");
    Scanner s;
    scanner_init(&s, add("0x1F"));
    cr_assert_eq(s.tok, TK_INT);
    cr_assert_eq(s.len, 4);
}

Test(scanner, float_and_imaginary_literals)
{
    cr_assert_str_eq(tokens("1.5 .5 1. 1e3 1E-3 0x1p-2 0x1.8p3 089.5 1i 0.5i 0x1p2i 1_0.2_5"),
                     "1.5 .5 1. 1e3 1E-3 0x1p-2 0x1.8p3 089.5 1i 0.5i 0x1p2i 1_0.2_5 ;eof");
    Scanner s;
    scanner_init(&s, add("1e3 2i 7"));
    cr_assert_eq(s.tok, TK_FLOAT);
    scanner_next(&s);
    cr_assert_eq(s.tok, TK_IMAG);
    scanner_next(&s);
    cr_assert_eq(s.tok, TK_INT);
}

Test(scanner, rune_and_string_literals)
{
    cr_assert_str_eq(tokens("'a' '\\n' '\\x41' '\\101' '\\u00e9' '\\U0001F600' 'é' '\\''"),
                     "'a' '\\n' '\\x41' '\\101' '\\u00e9' '\\U0001F600' 'é' '\\'' ;eof");
    cr_assert_str_eq(tokens("\"a\\tb\\\"\" `raw\\n`"), "\"a\\tb\\\"\" `raw\\n` ;eof");
    Scanner s;
    scanner_init(&s, add("'x' \"s\""));
    cr_assert_eq(s.tok, TK_CHAR);
    scanner_next(&s);
    cr_assert_eq(s.tok, TK_STRING);
    cr_assert_str_eq(captured_errors(), "");
}

Test(scanner, raw_string_drops_carriage_returns)
{
    Scanner s;
    scanner_init(&s, add("`a\r\nb\r`"));
    cr_assert_eq(s.tok, TK_STRING);
    cr_assert_eq(s.len, 5);
    cr_assert(memcmp(s.lit, "`a\nb`", 5) == 0);
}

Test(scanner, positions)
{
    Scanner s;
    scanner_init(&s, add("package p\n\tvar héllo = 1\n"));
    cr_assert_eq(s.pos.line, 1);
    cr_assert_eq(s.pos.col, 1);
    scanner_next(&s); /* p */
    cr_assert_eq(s.pos.col, 9);
    scanner_next(&s); /* ;nl at end of line 1 */
    cr_assert_eq(s.pos.line, 1);
    cr_assert_eq(s.pos.col, 10);
    scanner_next(&s); /* var */
    cr_assert_eq(s.pos.line, 2);
    cr_assert_eq(s.pos.col, 2);
    scanner_next(&s); /* héllo: a unicode identifier */
    cr_assert_eq(s.tok, TK_IDENT);
    cr_assert_str_eq(s.lit, "héllo");
    scanner_next(&s); /* = : columns count bytes, é is two */
    cr_assert_eq(s.pos.col, 13);
}

Test(scanner, byte_order_mark)
{
    cr_assert_str_eq(tokens("\xEF\xBB\xBFpackage p"), "package p ;eof");
    cr_assert_str_eq(captured_errors(), "");
    cr_assert_str_eq(scan_errors("a \xEF\xBB\xBF"), "x.go:1:3: invalid BOM in the middle of the file\n");
}

/* Each error case: source and the exact diagnostics gc prints. */
static const struct {
    const char *src, *want;
} error_cases[] = {
    {"x = \"abc\n", "x.go:1:9: newline in string\n"},
    {"x = `abc", "x.go:1:5: string not terminated\n"},
    {"x = \"abc", "x.go:1:5: string not terminated\n"},
    {"x = ''", "x.go:1:6: empty rune literal or unescaped '\n"},
    {"x = 'ab'", "x.go:1:5: more than one character in rune literal\n"},
    {"x = 'a\n", "x.go:1:7: newline in rune literal\n"},
    {"x = 'a", "x.go:1:5: rune literal not terminated\n"},
    {"x = '\\q'", "x.go:1:7: unknown escape\n"},
    {"x = '\\400'", "x.go:1:10: octal escape value 256 > 255\n"},
    {"x = \"\\xZZ\"", "x.go:1:8: invalid character 'Z' in hexadecimal escape\n"},
    {"x = '\\uD800'", "x.go:1:12: escape is invalid Unicode code point U+D800\n"},
    {"x = 0x", "x.go:1:7: hexadecimal literal has no digits\n"},
    {"x = 09", "x.go:1:6: invalid digit '9' in octal literal\n"},
    {"x = 0b12", "x.go:1:8: invalid digit '2' in binary literal\n"},
    {"x = 1__2", "x.go:1:7: '_' must separate successive digits\n"},
    {"x = 1_", "x.go:1:6: '_' must separate successive digits\n"},
    {"x = 1e", "x.go:1:7: exponent has no digits\n"},
    {"x = 0x1.0", "x.go:1:10: hexadecimal mantissa requires a 'p' exponent\n"},
    {"x = 0b1.0", "x.go:1:8: invalid radix point in binary literal\n"},
    {"x = 0o1e3", "x.go:1:8: 'e' exponent requires decimal mantissa\n"},
    {"x = 1p3", "x.go:1:6: 'p' exponent requires hexadecimal mantissa\n"},
    {"x = @", "x.go:1:5: invalid character U+0040 '@'\n"},
    {"x = a\xE2\x82\xAC" "b", "x.go:1:6: invalid character U+20AC '€' in identifier\n"},
    {"x = \xFF", "x.go:1:5: invalid UTF-8 encoding\n"},
    {"x /* abc", "x.go:1:3: comment not terminated\n"},
};

Test(scanner, errors_with_positions)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++)
        cr_expect_str_eq(scan_errors(error_cases[i].src), error_cases[i].want, "source: %s",
                         error_cases[i].src);
}

Test(scanner, error_recovery_keeps_scanning)
{
    /* A bad character is skipped; a bad literal is still one token. */
    cr_assert_str_eq(tokens("a @ b 09 c"), "a b 09 c ;eof");
    captured_errors();
}

Test(scanner, describe_tokens_like_gc)
{
    Scanner s;
    scanner_init(&s, add("foo 1.5 , ;\n+="));
    const char *want[] = {"foo", "literal 1.5", "comma", "semicolon", "+="};
    for (size_t i = 0; i < 5; i++, scanner_next(&s)) {
        Buf b = {0};
        token_describe(&b, &s);
        cr_assert_str_eq(take(&b), want[i]);
    }
}

static const char *value(const char *lit)
{
    Buf b = {0};
    string_lit_value(&b, lit, (int)strlen(lit));
    return take(&b);
}

Test(scanner, string_lit_value)
{
    cr_assert_str_eq(value("\"fmt\""), "fmt");
    cr_assert_str_eq(value("\"\\x66m\\164\""), "fmt");
    cr_assert_str_eq(value("\"a\\tb\\\\c\\\"\""), "a\tb\\c\"");
    cr_assert_str_eq(value("\"\\u00e9\\U0001F600\""), "\u00e9\U0001F600");
    cr_assert_str_eq(value("`a\\n\r\nb`"), "a\\n\nb");
    cr_assert_str_eq(value("\"\""), "");
}
