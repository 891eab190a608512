/*
 * util.c — arenas, interned strings, byte buffers and the source-file
 * table (see util.h).
 */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* --- Arenas ---------------------------------------------------------- */

#if defined(__SANITIZE_ADDRESS__)
#define HOOD_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOOD_ASAN 1
#endif
#endif

/*
 * Chunks of 1 MiB: large enough that an arena calls malloc a few hundred
 * times for a big program, small enough not to matter for a tiny one.
 * Requests above a quarter chunk get a chunk of their own (Arena.big).
 * Under AddressSanitizer, which frees every chunk at a reset, chunks are
 * 64 KiB: ASan serves those from its size classes, where a 1 MiB block
 * costs an mmap, a munmap and page faults each time (most of a fuzzing
 * harness's time per input).
 */
#ifdef HOOD_ASAN
enum { CHUNK = 1 << 16, ALIGN = 16 };
#else
enum { CHUNK = 1 << 20, ALIGN = 16 };
#endif

struct ArenaChunk {
    ArenaChunk *next;
    _Alignas(ALIGN) char data[];
};

Arena arena_package;
static Arena *arena_cur = &arena_package;

_Noreturn void out_of_memory(void)
{
    fputs("hood: out of memory\n", stderr);
    exit(3);
}

static ArenaChunk *new_chunk(ArenaChunk **list, size_t size)
{
    ArenaChunk *c = calloc(1, sizeof(ArenaChunk) + size);
    if (!c)
        out_of_memory();
    c->next = *list;
    *list = c;
    return c;
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0)
        size = ALIGN;
    if (size > CHUNK / 4)
        return new_chunk(&a->big, size)->data;
    if ((size_t)(a->end - a->cur) < size) {
        a->cur = new_chunk(&a->chunks, CHUNK)->data;
        a->end = a->cur + CHUNK;
    }
    void *p = a->cur;
    a->cur += size;
    return p;
}

static void free_chunks(ArenaChunk *c)
{
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
}

/* Keeps the newest chunk for the next lifetime (zeroing what was used
 * of it): an arena reset after every function then costs no malloc in
 * the common case of a function that fits in one chunk. Under
 * AddressSanitizer every chunk is freed, so that ASan sees a use after
 * reset. */
void arena_reset(Arena *a)
{
    free_chunks(a->big);
    a->big = NULL;
#ifdef HOOD_ASAN
    free_chunks(a->chunks);
    a->chunks = NULL;
    a->cur = a->end = NULL;
#else
    if (!a->chunks)
        return;
    free_chunks(a->chunks->next);
    a->chunks->next = NULL;
    memset(a->chunks->data, 0, (size_t)(a->cur - a->chunks->data));
    a->cur = a->chunks->data;
#endif
}

Arena *arena_enter(Arena *a)
{
    Arena *old = arena_cur;
    arena_cur = a;
    return old;
}

char *arena_strdup(Arena *a, const char *s)
{
    size_t n = strlen(s);
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    return p;
}

void *xalloc(size_t size) { return arena_alloc(arena_cur, size); }

void *xrealloc(void *p, size_t oldsize, size_t newsize)
{
    if (newsize <= oldsize)
        return p;
    void *q = xalloc(newsize);
    if (p && oldsize)
        memcpy(q, p, oldsize);
    return q;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xalloc(n + 1);
    memcpy(p, s, n);
    return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xvprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *p = xalloc((size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *xprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = xvprintf(fmt, ap);
    va_end(ap);
    return p;
}

/* --- Interned strings ------------------------------------------------- */

/* Open addressing, FNV-1a hash, load factor at most 1/2. */
typedef struct { const char *s; size_t n; uint32_t h; } InternSlot;
static InternSlot *itab;
static size_t itab_cap, itab_len;

static uint32_t fnv1a(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void intern_grow(void)
{
    size_t ncap = itab_cap ? itab_cap * 2 : 4096;
    InternSlot *nt = calloc(ncap, sizeof *nt);
    if (!nt)
        out_of_memory();
    for (size_t i = 0; i < itab_cap; i++) {
        if (!itab[i].s)
            continue;
        size_t j = itab[i].h & (ncap - 1);
        while (nt[j].s)
            j = (j + 1) & (ncap - 1);
        nt[j] = itab[i];
    }
    free(itab);
    itab = nt;
    itab_cap = ncap;
}

const char *intern(const char *s, size_t n)
{
    if (2 * (itab_len + 1) > itab_cap)
        intern_grow();
    uint32_t h = fnv1a(s, n);
    size_t j = h & (itab_cap - 1);
    for (; itab[j].s; j = (j + 1) & (itab_cap - 1))
        if (itab[j].h == h && itab[j].n == n && memcmp(itab[j].s, s, n) == 0)
            return itab[j].s;
    char *copy = arena_alloc(&arena_package, n + 1);
    memcpy(copy, s, n);
    itab[j].s = copy;
    itab[j].n = n;
    itab[j].h = h;
    itab_len++;
    return itab[j].s;
}

const char *intern_cstr(const char *s) { return intern(s, strlen(s)); }

/* --- Buffers ---------------------------------------------------------- */

static void buf_reserve(Buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < b->len + extra + 1)
        ncap *= 2;
    /* Buffers can grow to megabytes (a whole program's assembly), so they
     * use malloc rather than the never-freed arena. */
    char *ns = realloc(b->s, ncap);
    if (!ns)
        out_of_memory();
    b->s = ns;
    b->cap = ncap;
}

void buf_write(Buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

void buf_putc(Buf *b, char c) { buf_write(b, &c, 1); }
void buf_puts(Buf *b, const char *s) { buf_write(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    buf_reserve(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    va_end(ap);
}

/* --- Source files ----------------------------------------------------- */

static VEC(SourceFile) sources;

/* --- Starting over ------------------------------------------------------ */

static unsigned epoch;

unsigned intern_epoch(void) { return epoch; }

void arena_package_reset(void)
{
    free(itab);
    itab = NULL;
    itab_cap = itab_len = 0;
    memset(&sources, 0, sizeof sources); /* its array is in the arena */
    arena_reset(&arena_package);
    epoch++;
}

uint32_t source_add(const char *name, const char *text, size_t len)
{
    Arena *outer = arena_enter(&arena_package);
    if (sources.n == 0) {
        SourceFile none = {"<none>", "", 0};
        vec_push(&sources, none);
    }
    SourceFile f = {name, text, len};
    vec_push(&sources, f);
    arena_enter(outer);
    return (uint32_t)(sources.n - 1);
}

uint32_t source_alias(const char *name)
{
    /* Few files have line directives and those name few files: a
     * linear search is enough. */
    for (int i = sources.n - 1; i >= 1; i--)
        if (strcmp(sources.v[i].name, name) == 0)
            return (uint32_t)i;
    Arena *outer = arena_enter(&arena_package);
    const char *copy = xstrdup(name);
    arena_enter(outer);
    return source_add(copy, NULL, 0);
}

const SourceFile *source_get(uint32_t file)
{
    if (file == 0 || (int)file >= sources.n)
        return NULL;
    return &sources.v[file];
}

char *read_file(const char *path, size_t *len)
{
    /* Sized by fstat and read in place: the package loader reads every
     * file of the standard library packages a program imports on each
     * build, and growing a buffer by copies was most of that time. The
     * loop still copes with a file whose size changes, or that fstat
     * cannot size (a pipe). */
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    size_t cap = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536;
    char *text = malloc(cap);
    size_t n = 0;
    for (;;) {
        if (!text)
            out_of_memory();
        /* When full, a one-byte read tells EOF from a file that grew,
         * without doubling the buffer of every file read whole. */
        char probe;
        bool full = n + 1 == cap;
        ssize_t got = full ? read(fd, &probe, 1) : read(fd, text + n, cap - 1 - n);
        if (full && got > 0) {
            cap *= 2;
            text = realloc(text, cap);
            if (!text)
                out_of_memory();
            text[n] = probe;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            int err = errno;
            free(text);
            close(fd);
            errno = err;
            return NULL;
        }
        if (got == 0)
            break;
        n += (size_t)got;
    }
    close(fd);
    text[n] = 0;
    *len = n;
    return text;
}

int pos_cmp(Pos a, Pos b)
{
    if (a.file != b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line != b.line)
        return a.line < b.line ? -1 : 1;
    if (a.col != b.col)
        return a.col < b.col ? -1 : 1;
    return 0;
}

bool pos_valid(Pos p) { return p.file != 0; }

/* --- UTF-8 ------------------------------------------------------------------ */

int utf8_decode(const char *s, size_t n, int *width)
{
    const unsigned char *p = (const unsigned char *)s;
    *width = 1;
    if (p[0] < 0x80)
        return p[0];
    size_t len;
    int r, min;
    if ((p[0] & 0xE0) == 0xC0)
        len = 2, r = p[0] & 0x1F, min = 0x80;
    else if ((p[0] & 0xF0) == 0xE0)
        len = 3, r = p[0] & 0x0F, min = 0x800;
    else if ((p[0] & 0xF8) == 0xF0)
        len = 4, r = p[0] & 0x07, min = 0x10000;
    else
        return -1;
    if (len > n)
        return -1;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return -1;
        r = r << 6 | (p[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
        return -1;
    *width = (int)len;
    return r;
}

void utf8_encode(char *out, int r)
{
    if (r < 0x80) {
        out[0] = (char)r, out[1] = 0;
    } else if (r < 0x800) {
        out[0] = (char)(0xC0 | r >> 6), out[1] = (char)(0x80 | (r & 0x3F)), out[2] = 0;
    } else if (r < 0x10000) {
        out[0] = (char)(0xE0 | r >> 12), out[1] = (char)(0x80 | (r >> 6 & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F)), out[3] = 0;
    } else {
        out[0] = (char)(0xF0 | r >> 18), out[1] = (char)(0x80 | (r >> 12 & 0x3F));
        out[2] = (char)(0x80 | (r >> 6 & 0x3F)), out[3] = (char)(0x80 | (r & 0x3F));
        out[4] = 0;
    }
}

const char *unicode_name(int r)
{
    char enc[8];
    bool print = !(r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0xA0) || r == 0xAD || r > 0x10FFFF ||
                   (r >= 0xD800 && r < 0xF900) || r == 0x1680 || (r >= 0x2000 && r <= 0x200F) ||
                   (r >= 0x2028 && r <= 0x202F) || (r >= 0x205F && r <= 0x206F) || r == 0x3000 ||
                   r == 0xFEFF);
    if (!print)
        return xprintf("U+%04X", (unsigned)r);
    utf8_encode(enc, r);
    return xprintf("U+%04X '%s'", (unsigned)r, enc);
}
