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
 * it in two registers and returns it in RAX:RDX, exactly the Go words. */
typedef struct String {
	const uint8_t *str;
	intgo len;
} String;

/* interface{} {type, data}: also two words. */
typedef struct eface {
	_type *_type;
	void *data;
} eface;

/* A non-empty interface {tab, data}: tab->_type is the dynamic type. */
typedef struct iface {
	itab *tab;
	void *data;
} iface;

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
intgo sched_getaffinity(intgo pid, uintptr_t size, void *mask);
intgo clock_gettime(intgo clock, void *ts);
intgo rt_sigprocmask(intgo how, const uint64_t *new, uint64_t *old, uintptr_t size);
intgo clock_nanosleep(intgo clock, intgo flags, const void *req, void *rem);
intgo getpid(void);
intgo gettid(void);
intgo tgkill(intgo tgid, intgo tid, intgo sig);

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
/* Saves the calling goroutine in g.sched and calls fn(g) on g0; fn
 * never returns. gogo(&g.sched) later returns from mcall. */
void mcall(void (*fn)(g *));
/* Calls the func() fn from C with the closure in DX (asm_amd64.S); if
 * argp is not 0, stores there the SP at the call: fn's argument pointer. */
void callclosure(funcval *fn, uintptr_t *argp);
/* Continues the frame whose SP, BP and resume PC are given, with RAX = 1
 * (deferproc's "recovered" result). Never returns. */
NORETURN void recovery_resume(uintptr_t sp, uintptr_t bp, uintptr_t pc);
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
bool streq(const char *a, const char *b);

/* print.c: gc's print builtins (the rt_ entry points call these). */
void printlock(void);
void printunlock(void);
void gwrite(const void *p, intgo n);
void printbool(bool b);
void printint(int64_t v);
void printuint(uint64_t v);
void printhex(uint64_t v);
void printfloat(double v);
void printcomplex(double re, double im);
void printpointer(const void *p);
void printstring(String s);
void printcstring(const char *s);
void printsp(void);
void printnl(void);

/* panic.c */
NORETURN void throw(const char *s);
NORETURN void fatal(const char *s);
NORETURN void fatalpanic(void);
NORETURN void panicPlainError(const char *msg);
NORETURN void panicErrorString(const char *msg);
NORETURN void panicTypeError(const char *msg, const _type *t);

/* alg.c: hashing and equality (the map's, and =='s for interfaces). */
extern const uint8_t *startupRandomData;
extern bool useAeshash;
void alginit(void);
uint32_t fastrand(void);
uint32_t fastrandn(uint32_t n);
uintptr_t memhash(const void *p, uintptr_t seed, uintptr_t n);
uintptr_t memhash32(const void *p, uintptr_t seed);
uintptr_t memhash64(const void *p, uintptr_t seed);
uintptr_t strhash(const void *p, uintptr_t seed);
uintptr_t f32hash(const void *p, uintptr_t seed);
uintptr_t f64hash(const void *p, uintptr_t seed);
uintptr_t c64hash(const void *p, uintptr_t seed);
uintptr_t c128hash(const void *p, uintptr_t seed);
uintptr_t interhash(const void *p, uintptr_t seed);
uintptr_t nilinterhash(const void *p, uintptr_t seed);
uintptr_t typehash(const _type *t, const void *p, uintptr_t seed);
bool memequal0(const void *p, const void *q);
bool memequal8(const void *p, const void *q);
bool memequal16(const void *p, const void *q);
bool memequal32(const void *p, const void *q);
bool memequal64(const void *p, const void *q);
bool memequal128(const void *p, const void *q);
bool f32equal(const void *p, const void *q);
bool f64equal(const void *p, const void *q);
bool c64equal(const void *p, const void *q);
bool c128equal(const void *p, const void *q);
bool strequal(const void *p, const void *q);
bool interequal(const void *p, const void *q);
bool nilinterequal(const void *p, const void *q);
bool efaceeq(const _type *t, void *x, void *y);
typedef struct GoResult2 {
	uintptr_t r0, r1;
} GoResult2;
GoResult2 gocall2(uintptr_t fn, uintptr_t a, uintptr_t b);
uintptr_t callhash(uintptr_t fn, const void *p, uintptr_t seed);
bool callequal(const _type *t, const void *p, const void *q);

/* slice.c: the size gc's allocator rounds a request of size bytes up to */
uintptr_t roundupsize(uintptr_t size);

/* utf8.c: writes rune r (4 bytes of room) as UTF-8, returns the length */
int encoderune(uint8_t *p, int64_t r);

/*
 * map.c: a map value is a *hmap (nil for a nil map). Compiled code reads
 * len(m) as hmap.count at offset 0 (0 for nil) and allocates a hiter for
 * each range loop; everything else goes through the entry points.
 */
typedef struct mapextra mapextra;
typedef struct hmap {
	intgo count;             /* live entries: len(m); must be first */
	uint8_t flags;
	uint8_t B;               /* log2 of the number of buckets */
	uint16_t noverflow;      /* overflow buckets, approximately */
	uint32_t hash0;          /* this map's hash seed */
	void *buckets;           /* 2^B buckets; nil while count == 0 */
	void *oldbuckets;        /* half as many (or as many), while growing */
	uintptr_t nevacuate;     /* old buckets below this are evacuated */
	mapextra *extra;
} hmap;

/* The state of a range loop over a map: 12 words, which compiled code
 * allocates (gc's hiter). key and elem are nil at the end. */
typedef struct hiter {
	void *key;               /* must be first: nil when iteration ends */
	void *elem;              /* must be second */
	maptype *t;
	hmap *h;
	void *buckets;           /* the bucket array when iteration started */
	void *bptr;              /* the bucket being walked */
	void *overflow;          /* keep the overflow buckets alive (GC) */
	void *oldoverflow;
	uintptr_t startBucket;   /* random start... */
	uint8_t offset;          /* ...and random slot to start at in each bucket */
	bool wrapped;            /* walked past the last bucket to bucket 0 */
	uint8_t B;
	uint8_t i;
	uintptr_t bucket;
	uintptr_t checkBucket;
} hiter;

_Static_assert(sizeof(hmap) == 48 && offsetof(hmap, count) == 0, "hmap: gc's layout");
_Static_assert(sizeof(hiter) == 96, "hiter: 12 words");

hmap *makemap_small(void);
hmap *makemap(maptype *t, intgo hint, hmap *h);
void *mapaccess1(maptype *t, hmap *h, const void *key);
void *mapaccess2(maptype *t, hmap *h, const void *key, bool *ok);
void *mapassign(maptype *t, hmap *h, const void *key);
void mapdelete(maptype *t, hmap *h, const void *key);
void mapiterinit(maptype *t, hmap *h, hiter *it);
void mapiternext(hiter *it);
void mapclear(maptype *t, hmap *h);

/* error.c */
extern _type stringType;
NORETURN void panicTypeAssertion(const _type *iface, const _type *have, const _type *want,
				 const char *missing);

/* iface.c */
const uncommontype *uncommon(const _type *t);
const char *typepkgpath(const _type *t);
bool samepkgpath(const _type *a, const _type *b);
bool callStringMethod(const _type *t, void *data, const char *name, String *out);

/* traceback.c */
typedef struct functab functab;
void traceback(uintptr_t pc, uintptr_t sp, uintptr_t bp, g *gp);
void tracebackothers(g *me);
void goroutineheader(g *gp);
const functab *findfunc(uintptr_t pc);
bool funcwrapper(const functab *f);
const opendeferinfo *funcopendefer(const functab *f, uintptr_t bp, uintptr_t *sp, uintptr_t *resume);
bool calledthroughwrappers(uintptr_t argp, uintptr_t panicargp);
bool funcinfo(uintptr_t pc, uintptr_t *entry, const char **name, const char **file, intgo *line);
intgo gcallers(intgo skip, uintptr_t *pcs, intgo len);

/* signal_linux_amd64.c */
void initsig(void);
void minit(void);
void mpreinit(m *mp);
void printsignal(g *gp);
void sigblockall(uint64_t *old);
void msigrestore(uint64_t mask);
void clearSignalHandlers(void);

/* malloc.c */
/* The allocator's counters: nothing is ever freed yet, so every byte
 * allocated is still allocated. runtime.MemStats reads them in this
 * order (rt/go/runtime/mstats.go). */
typedef struct memstats {
	uint64_t nmalloc;      /* objects allocated */
	uint64_t total_alloc;  /* bytes allocated */
	uint64_t heap_sys;     /* bytes mapped for the heap */
	uint64_t numgc;        /* runtime.GC calls (no collector yet: linkname.c) */
} memstats;
extern memstats mstats;
void mallocinit(void);
void *mallocgc(uintptr_t size, _type *typ, bool needzero);
void *newobject(_type *typ);

/* stack.c */
stack stackalloc(uintptr_t n);
uintptr_t stackguard(g *gp);
NORETURN void newstack(void);

/* proc.c */
void args(intgo argc, char **argv);
void osinit(void);
void schedinit(void);
void newproc(funcval *fn);
NORETURN void mstart(void);
/* Parks the current goroutine (reason: its traceback's wait reason)
 * until goready; unlockf(g, lock), if not 0, runs once it is parked. */
void gopark(bool (*unlockf)(g *gp, void *lock), void *lock, uint8_t reason);
void goparkunlock(mutex *lock, uint8_t reason);
void goready(g *gp);
void goyield(void);
NORETURN void goexit1(void);
sudog *acquireSudog(void);
void releaseSudog(sudog *s);

/* lock.c: the runtime's locks (one m: uncontended) */
void lock(mutex *l);
void unlock(mutex *l);
m *acquirem(void);
void releasem(m *mp);
extern uintptr_t physPageSize;
extern intgo ncpu;
extern intgo argc;
extern char **argv;
extern char **envp;

/* os_linux.c */
void goargs(void);
void goenvs(void);

/* rt0_linux_amd64.S */
void rt0_go(void);

/*
 * Structs that a Go package shares with the runtime, checked against
 * rt/layout.def here (and on the Go side by the compiler).
 */

/* sync.notifyList: sync.Cond's tickets and waiters (sema.c). Wait
 * takes a ticket (wait) before it unlocks the Cond's Locker; Signal
 * notifies the oldest ticket not notified yet, Broadcast all of them. */
typedef struct notifyList {
	uint32_t wait;       /* the next ticket to hand out (atomic) */
	uint32_t notify;     /* tickets below this have been notified */
	mutex lock;
	sudog *head;         /* the waiters, in the order they parked */
	sudog *tail;
} notifyList;

/* time.runtimeTimer: a timer, owned by the runtime's timer heap while
 * it is started (none yet: time.c). */
typedef struct runtimeTimer {
	uintptr_t pp;        /* the P whose heap holds it */
	int64_t when;        /* fires at this nanotime */
	int64_t period;      /* then again every period ns, if > 0 */
	funcval *f;          /* f(arg, seq); never a closure */
	eface arg;
	uintptr_t seq;
	int64_t nextwhen;    /* the new when of a timer being modified */
	uint32_t status;
} runtimeTimer;

#define LAYOUT(pkg, gotype, ctype, size) \
	_Static_assert(sizeof(ctype) == size, pkg "." gotype ": size (rt/layout.def)");
#define FIELD(pkg, gotype, ctype, gofield, cfield, offset) \
	_Static_assert(offsetof(ctype, cfield) == offset, pkg "." gotype "." gofield ": offset (rt/layout.def)");
#include "layout.def"
#undef LAYOUT
#undef FIELD

#endif
