/*
 * runtime.h — what every runtime file needs: the Go value shapes as C
 * sees them (string, slice, eface), getg, the raw system calls, and the
 * prototypes of the functions shared between runtime files. The scheduler
 * structures are in runtime2.h, type descriptors in type.h.
 *
 * The runtime is freestanding (HACKING.md): only stdint.h, stddef.h,
 * stdbool.h and stdarg.h from the C library's headers, and no library.
 */
#ifndef HOOD_RUNTIME_H
#define HOOD_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime2.h"
#include "type.h"

/* Go's string header {ptr, len}: two INTEGER words, so System V passes
 * it in two registers and returns it in RAX:RDX, exactly the ABI0 words. */
typedef struct String {
	const uint8_t *str;
	intgo len;
} String;

/* interface{} {type, data}: also two words. */
typedef struct eface {
	_type *_type;
	void *data;
} eface;

#define NORETURN __attribute__((noreturn))
#define NOINLINE __attribute__((noinline))

/* A String from a C string literal, without strlen (no allocation). */
#define S(lit) ((String){(const uint8_t *)(lit), sizeof(lit) - 1})

/* The current g, from TLS at -8(FS) (rt0_linux_amd64.S sets FS). */
static inline g *getg(void)
{
	g *gp;
	__asm__ volatile("movq %%fs:-8, %0" : "=r"(gp));
	return gp;
}

/* sys_linux_amd64.S: raw system calls; negative results are -errno. */
intgo write1(uintptr_t fd, const void *p, intgo n);
NORETURN void exit(int32_t code);
void *sysMmap(void *addr, uintptr_t n, int32_t prot, int32_t flags, int32_t fd, uint32_t off);
intgo sysMunmap(void *addr, uintptr_t n);
intgo arch_prctl(intgo code, uintptr_t addr);

/* mmap constants (Linux). */
#define _PROT_NONE      0x0
#define _PROT_READ      0x1
#define _PROT_WRITE     0x2
#define _MAP_PRIVATE    0x02
#define _MAP_FIXED      0x10
#define _MAP_ANON       0x20
#define _MAP_NORESERVE  0x4000
#define _MAP_FAILED(p)  ((uintptr_t)(p) >= (uintptr_t)-4095)

/* asm_amd64.S */
NORETURN void gogo(gobuf *buf);
void systemstack(void (*fn)(void));
void callgo(void (*fn)(void));
void goexit(void);
void morestack(void) __asm__("runtime.morestack");

/* mem.c */
void *memmove(void *dst, const void *src, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *p, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void memclrNoHeapPointers(void *p, uintptr_t n);
bool memequal(const void *a, const void *b, uintptr_t n);

/* print.c: gc's print builtins (the rt_ entry points call these). */
void printlock(void);
void printunlock(void);
void gwrite(const void *p, intgo n);
void printbool(bool b);
void printint(int64_t v);
void printuint(uint64_t v);
void printhex(uint64_t v);
void printpointer(const void *p);
void printstring(String s);
void printcstring(const char *s);
void printsp(void);
void printnl(void);

/* panic.c */
NORETURN void throw(const char *s);
NORETURN void fatalpanic(void);

/* utf8.c: writes rune r (4 bytes of room) as UTF-8, returns the length */
int encoderune(uint8_t *p, int64_t r);

/* traceback.c */
void traceback(uintptr_t pc, uintptr_t sp, uintptr_t bp, g *gp);
void goroutineheader(g *gp);

/* malloc.c */
void mallocinit(void);
void *mallocgc(uintptr_t size, _type *typ, bool needzero);
void *newobject(_type *typ);

/* stack.c */
stack stackalloc(uintptr_t n);
NORETURN void newstack(void);

/* proc.c */
void args(intgo argc, char **argv);
void osinit(void);
void schedinit(void);
void newproc(void (*fn)(void));
NORETURN void mstart(void);
extern uintptr_t physPageSize;
extern intgo ncpu;

/* rt0_linux_amd64.S */
void rt0_go(void);

#endif
