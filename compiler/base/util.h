/*
 * util.h — memory, growable arrays, interned strings and source positions
 * shared by every stage of the compiler (compiler/, ssa/, codegen/, cmd/).
 *
 * Memory has one named lifetime: the compilation. hood is a short-lived
 * process, so everything the front end and the SSA passes allocate comes
 * from a bump arena that is never freed piecemeal (as chibicc does, and
 * for the same reason: no per-object free list to get wrong, and no
 * per-object malloc cost). Out-of-memory is fatal.
 */
#ifndef HOOD_UTIL_H
#define HOOD_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* --- Arena ------------------------------------------------------------ */

/* Returns zeroed memory that lives until the process exits. */
void *xalloc(size_t size);
/* Resizes a block obtained from xalloc (old contents kept, tail zeroed). */
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

/* --- Source positions ---------------------------------------------------- */

/*
 * A position names a file by its index in the source-file table, a
 * 1-based line and a 1-based column counted in bytes (as gc does).
 * A zero Pos (file 0 is reserved) means "no position".
 */
typedef struct Pos {
    uint32_t file;
    uint32_t line;
    uint32_t col;
} Pos;

typedef struct SourceFile {
    const char *name;  /* path as given on the command line */
    const char *text;  /* contents, NUL-terminated */
    size_t len;
} SourceFile;

/* Registers a file and returns its index (>= 1). */
uint32_t source_add(const char *name, const char *text, size_t len);
const SourceFile *source_get(uint32_t file);
/* Reads a whole file; returns NULL (errno set) on failure. */
char *read_file(const char *path, size_t *len);

/* <0, 0, >0 like strcmp; positions order by file, line, column. */
int pos_cmp(Pos a, Pos b);
bool pos_valid(Pos p);

#endif
