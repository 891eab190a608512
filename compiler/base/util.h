/*
 * util.h — memory, growable arrays, interned strings and source positions
 * shared by every stage of the compiler (compiler/, ssa/, codegen/, cmd/).
 *
 * Memory has named lifetimes, each an arena: a list of chunks that is
 * bumped through and freed all at once, never piecemeal (QBE frees a
 * function's memory after emitting it; chibicc never frees). No
 * per-object free list to get wrong and no per-object malloc cost.
 * Out-of-memory is fatal.
 */
#ifndef HOOD_UTIL_H
#define HOOD_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* --- Arenas ---------------------------------------------------------- */

/* Reports "hood: out of memory" and exits 3 (an internal limit, not a
 * user error). For malloc'd memory outside the arenas too. */
_Noreturn void out_of_memory(void);

/*
 * Two lifetimes:
 *
 *   arena_package  the process: source text, the syntax tree, types and
 *                  objects, interned strings, diagnostics, and the
 *                  Program's data (globals, string literals, type
 *                  descriptors, the function table's names).
 *   a function arena (cmd/hood.c)  one Func while ssagen builds it, the
 *                  passes compile it and codegen emits it; reset after
 *                  each function, so peak memory is the package's plus
 *                  the largest function's, not the sum of all functions.
 *
 * xalloc and everything built on it (NEW, vec_push, xprintf) allocate
 * from the current arena, which arena_enter switches; arena_package is
 * current unless a function is being compiled. Code that runs in a
 * function's lifetime and makes something that outlives the function
 * (a Sym in the Program, an interned string, a diagnostic, a push onto
 * a package-lifetime VEC) must allocate it in arena_package, by
 * arena_alloc(&arena_package, ...) or under arena_enter(&arena_package).
 *
 * Under AddressSanitizer arena_reset frees every chunk, so a pointer
 * that outlives its arena is reported as a heap-use-after-free.
 */
typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *chunks;  /* standard-size chunks, newest (the one cur is in) first */
    ArenaChunk *big;     /* one chunk per large request */
    char *cur, *end;     /* free space in chunks */
} Arena;

extern Arena arena_package;

/* Returns zeroed memory from a, which lives until a is reset. */
void *arena_alloc(Arena *a, size_t size);
char *arena_strdup(Arena *a, const char *s);
/* Frees everything allocated from a; a stays usable. */
void arena_reset(Arena *a);
/* Makes a the current arena and returns the one that was. */
Arena *arena_enter(Arena *a);

/* Zeroed memory from the current arena. */
void *xalloc(size_t size);
/* Resizes a block obtained from xalloc: a new block from the current
 * arena (old contents kept, tail zeroed) unless it shrinks. A VEC that
 * outlives the current arena must therefore grow under arena_enter of
 * its own arena. */
void *xrealloc(void *p, size_t oldsize, size_t newsize);
char *xstrdup(const char *s);

char *xstrndup(const char *s, size_t n);
/* printf into arena memory. */
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvprintf(const char *fmt, va_list ap);

#define NEW(T) ((T *)xalloc(sizeof(T)))
#define NEWARRAY(T, n) ((T *)xalloc(sizeof(T) * (size_t)(n)))

/*
 * Growable array of pointers or values: a struct with fields v, n, cap.
 * Declare with VEC(T) as a named struct type, e.g.
 *     typedef VEC(Expr *) ExprList;
 * and append with vec_push(&list, x).
 */
#define VEC(T) struct { T *v; int n; int cap; }
#define vec_push(vec, x)                                                     \
    do {                                                                     \
        if ((vec)->n == (vec)->cap) {                                        \
            int ncap_ = (vec)->cap ? (vec)->cap * 2 : 4;                     \
            (vec)->v = xrealloc((vec)->v, sizeof(*(vec)->v) * (size_t)(vec)->cap, \
                                sizeof(*(vec)->v) * (size_t)ncap_);          \
            (vec)->cap = ncap_;                                              \
        }                                                                    \
        (vec)->v[(vec)->n++] = (x);                                          \
    } while (0)

/* --- Interned strings ---------------------------------------------------- */

/* Returns the unique copy of s[0:n]; interned strings compare with ==. */
const char *intern(const char *s, size_t n);
const char *intern_cstr(const char *s);
/* How many times arena_package_reset has run: a cache of interned
 * strings (the scanner's keywords) is valid while this is unchanged. */
unsigned intern_epoch(void);

/* For tools that compile many inputs in one process (tests/fuzz/): frees
 * arena_package and forgets what this file indexes in it, the interned
 * strings and the source table. Every module that keeps package-lifetime
 * pointers in statics has its own reset (diag_reset, types_reset,
 * ssagen_reset); hood itself never calls any of them. */
void arena_package_reset(void);

/* --- Growable byte buffer (assembly text, printed SSA, ...) ------------ */

typedef struct Buf {
    char *s;   /* NUL-terminated contents */
    size_t len;
    size_t cap;
} Buf;

void buf_putc(Buf *b, char c);
void buf_puts(Buf *b, const char *s);
void buf_write(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --- UTF-8 ------------------------------------------------------------------ */

/* Decodes the UTF-8 sequence at s (n > 0 bytes left) and sets *width;
 * returns -1 (width 1) if it is malformed, overlong, a surrogate or out
 * of range, where Go decodes U+FFFD. */
int utf8_decode(const char *s, size_t n, int *width);
/* Encodes code point r into out (at least 5 bytes); NUL-terminates. */
void utf8_encode(char *out, int r);
/* Go's %#U: "U+0040 '@'", or "U+0007" alone when Go deems r not
 * printable (strconv.IsPrint, approximated by ranges: controls, spaces
 * but ' ', format characters, surrogates and private use). */
const char *unicode_name(int r);

/* --- Source positions ---------------------------------------------------- */

/*
 * A position names a file by its index in the source-file table, a
 * 1-based line and a 1-based column counted in bytes (as gc does).
 * A zero Pos (file 0 is reserved) means "no position". After a line
 * directive (//line name:line[:col], see compiler/syntax/scanner.c)
 * positions are the ones it gives: the file may be a name registered
 * with source_alias, and the column 0, unknown, which prints as
 * "name:line" alone.
 */
typedef struct Pos {
    uint32_t file;
    uint32_t line;
    uint32_t col;
} Pos;

typedef struct SourceFile {
    const char *name;  /* path as given on the command line */
    const char *text;  /* contents, NUL-terminated; NULL for an alias */
    size_t len;
} SourceFile;

/* Registers a file and returns its index (>= 1). */
uint32_t source_add(const char *name, const char *text, size_t len);
/* The index under which positions name a file that a line directive
 * names: that of the file or alias already registered under the name,
 * else a new alias without text. */
uint32_t source_alias(const char *name);
const SourceFile *source_get(uint32_t file);
/* Reads a whole file; returns NULL (errno set) on failure. */
char *read_file(const char *path, size_t *len);

/* <0, 0, >0 like strcmp; positions order by file, line, column. */
int pos_cmp(Pos a, Pos b);
bool pos_valid(Pos p);

#endif
