/*
 * scanner.h — turns one source file into Go tokens.
 *
 * The scanner works on the whole file in memory (source_get) and hands
 * out one token at a time. It inserts the automatic semicolons of the
 * spec ("Semicolons"), so the parser never sees a newline: an inserted
 * semicolon has lit "newline" or "EOF", a written one "semicolon", which
 * is what gc's messages print ("unexpected newline, expecting ...").
 *
 * Lexical errors are reported through error_at with gc's wording and
 * positions; the scanner always produces a token and always advances.
 * Line directives (a comment //line name:line[:col] at the start of a
 * line, or a general comment holding "line name:line:col" anywhere)
 * change the positions it gives from where they end, as in gc.
 */
#ifndef HOOD_SCANNER_H
#define HOOD_SCANNER_H

#include "ast.h"

typedef struct Scanner {
    const char *src;  /* file contents, NUL-terminated */
    size_t size;      /* length of src */
    size_t off;       /* offset of the next unread byte */
    uint32_t file;
    uint32_t line;    /* line of the byte at off */
    size_t line_off;  /* offset of the first byte of that line */
    bool nlsemi;      /* a newline here ends a statement */
    /* The line directive in effect (line_directive in scanner.c): the
     * position at raw line base_raw_line, column base_raw_col of the
     * file is base_file:base_line:base_col, and later ones follow from
     * it. Without a directive, the file's own first position. */
    uint32_t base_file, base_raw_line, base_raw_col, base_line, base_col;

    /* The current token. */
    TokenKind tok;
    Pos pos;
    /* Identifiers: the interned name. Literals: the source text (not
     * NUL-terminated; see len). Semicolons: "semicolon", "newline" or
     * "EOF". Otherwise NULL. */
    const char *lit;
    int len;
    bool bad;         /* the literal had an error (already reported) */

    /* Called for each line comment starting "//go:", as it is skipped:
     * pos is that of "go:", text the comment after "//" (a trailing \r
     * dropped), blank whether nothing but white space precedes the
     * comment on its line. NULL: directives are ignored. */
    void (*directive)(void *ctx, Pos pos, bool blank, const char *text, int len);
    void *directive_ctx;
} Scanner;

void scanner_init(Scanner *s, uint32_t file);
/* The same, with the directive hook set (see Scanner.directive). */
void scanner_init_directives(Scanner *s, uint32_t file,
                             void (*directive)(void *ctx, Pos pos, bool blank, const char *text, int len),
                             void *ctx);
/* Advances to the next token. */
void scanner_next(Scanner *s);

/* Appends the value of a string literal's source text (as in Scanner.lit
 * for TK_STRING, quotes included) to out. The literal must be one the
 * scanner accepted without error (Scanner.bad false). */
void string_lit_value(Buf *out, const char *lit, int len);

/* Appends the token as gc names it in "unexpected X": a name, "literal
 * 1.5", "newline", "comma", or the operator/keyword spelling. */
void token_describe(Buf *b, const Scanner *s);

#endif
