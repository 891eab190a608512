/*
 * linkname.c — the C half of rt/linkname.def: the functions of Go
 * packages (hood's overlay in rt/go, and GOROOT's sync) that the
 * runtime provides, reached through the trampolines abi_amd64.S
 * generates from GOFUNC entries (register convention in, System V
 * here: entry.h's rules for words, strings and bools). Those that
 * belong to a part of the runtime live there instead, as in gc: sync's
 * semaphores and notify lists in sema.c, Gosched, Goexit and
 * NumGoroutine with the scheduler (proc.c, panic.c).
 *
 * Runs on the goroutine stack, within RT_SMALL_STACK (HACKING.md).
 */
#include "entry.h"

/* ---- sync: spinning, pinning, pools (its clock: time.c) ---- */

/* Spinning only helps when another thread may release the lock: never
 * with one thread (gc also refuses on one CPU or one P). */
uintptr_t rt_sync_canSpin(intgo i)
{
	(void)i;
	return gomaxprocs > 1;
}

void rt_sync_doSpin(void)
{
	for (int i = 0; i < 30; i++)   /* gc's active_spin_cnt */
		__asm__ volatile("pause");
}

/* The cleanup sync.Pool registers to empty its pools at each collection;
 * kept for the collector, which does not exist yet. */
static funcval *poolcleanup;

void rt_sync_registerPoolCleanup(funcval *f)
{
	poolcleanup = f;
}

/* runtime.GC's cycle, without a collector (rt/malloc.c never frees):
 * what a cycle does besides collecting, emptying the sync.Pools, and
 * counting it. */
void rt_gcRun(void)
{
	if (poolcleanup != 0)
		callclosure(poolcleanup, 0);
	mstats.numgc++;
}

/* runtime/trace's annotation hooks: events of a trace, which never runs
 * (no execution tracer: rt/go/runtime/trace.go), so there is nothing to
 * record. */
void rt_trace_user(void)
{
}

/* Pinning keeps the goroutine on its P (no preemption meanwhile); the
 * result is the P's id. With one P and no preemption the count is all
 * there is to keep. */
intgo rt_procPin(void)
{
	m *mp = getg()->m;
	mp->locks++;
	return (intgo)mp->p->id;
}

void rt_procUnpin(void)
{
	getg()->m->locks--;
}

uint32_t rt_fastrandn(uint32_t n)
{
	return fastrandn(n);
}

/* A Go string, NUL-terminated in a stack buffer for throw/fatal, which
 * take C strings (cut at 255 bytes; these messages are constants). */
#define CSTR(buf, s) do { \
		intgo n_ = (s).len < (intgo)sizeof(buf) - 1 ? (s).len : (intgo)sizeof(buf) - 1; \
		memmove(buf, (s).str, (size_t)n_); buf[n_] = 0; \
	} while (0)

void rt_gothrow(String s)
{
	char buf[256];
	CSTR(buf, s);
	throw(buf);
}

void rt_gofatal(String s)
{
	char buf[256];
	CSTR(buf, s);
	fatal(buf);
}

/* ---- runtime (rt/go/runtime): the scheduler's numbers ---- */

intgo rt_NumCPU(void)
{
	return ncpu;
}

/* GOMAXPROCS(n): the previous setting; n > 0 asks for n Ps. There is
 * one P until the scheduler can run more (proc.c, procresize), so the
 * request is recorded, as gc records it before the world restarts, and
 * reported back, but nothing runs in parallel. */
static int32_t newprocs;

intgo rt_GOMAXPROCS(intgo n)
{
	intgo prev = newprocs > 0 ? newprocs : gomaxprocs;
	if (n > 0)
		newprocs = n > 0x7fffffff ? 0x7fffffff : (int32_t)n;
	return prev;
}

/* ---- runtime: stacks and the function table ---- */

/*
 * callers stores the PCs of the frames above its Go caller into pcs:
 * pcs[0] is the PC in the function that called runtime.callers, after
 * skipping skip frames; the frames are gc's, runtime ones included
 * (traceback.c, gcallers).
 */
intgo rt_callers(intgo skip, uintptr_t *pcs, intgo len, intgo cap)
{
	(void)cap;
	return gcallers(skip, pcs, len);
}

/* What funcinfo tells the Go side (rt/go/runtime/symtab.go's funcInfo). */
typedef struct FuncInfo {
	uintptr_t entry;
	const char *name;
	const char *file;
	intgo line;
} FuncInfo;

/* funcinfo fills *fi for the function containing pc, with the line of
 * the instruction at pc; false if pc is not in Go code. */
uintptr_t rt_funcinfo(uintptr_t pc, FuncInfo *fi)
{
	return funcinfo(pc, &fi->entry, &fi->name, &fi->file, &fi->line);
}

/* ---- runtime: the environment and memory statistics ---- */

/* getenv(key) is the value of $key, or "". It points into the process's
 * environment block, which never changes. */
String rt_getenv(String key)
{
	for (char **e = envp; *e != 0; e++) {
		const char *kv = *e;
		intgo i = 0;
		while (i < key.len && kv[i] == (char)key.str[i])
			i++;
		if (i == key.len && kv[i] == '=') {
			const char *v = kv + i + 1;
			intgo n = 0;
			while (v[n] != 0)
				n++;
			return (String){(const uint8_t *)v, n};
		}
	}
	return (String){0, 0};
}

void rt_readmemstats(memstats *out)
{
	*out = mstats;
}

/* ---- runtime/debug ---- */

/* The collector's settings, kept and reported back: there is no
 * collector yet (rt_gcRun), so nothing acts on them. gc's defaults:
 * GOGC=100 (hood does not read $GOGC), 10000 threads, no memory limit. */
static int32_t gcpercent = 100;
static intgo maxmcount = 10000;
static int64_t memorylimit = INT64_MAX;

int32_t rt_debug_setGCPercent(int32_t in)
{
	int32_t prev = gcpercent;
	gcpercent = in < 0 ? -1 : in;
	return prev;
}

intgo rt_debug_setMaxThreads(intgo in)
{
	intgo prev = maxmcount;
	maxmcount = in;
	return prev;
}

int64_t rt_debug_setMemoryLimit(int64_t in)
{
	int64_t prev = memorylimit;
	if (in >= 0)   /* a negative limit only asks */
		memorylimit = in;
	return prev;
}

/* freeOSMemory forces a collection, then returns what it can to the
 * OS: the cycle is rt_gcRun's, and nothing is freed to return. */
void rt_debug_freeOSMemory(void)
{
	rt_gcRun();
}

/*
 * readGCStats(pauses *[]time.Duration) stores, as gc's does, the last
 * collections' pauses (the latest first, at most 256), their end times,
 * the last one's time, their number and the total pause. Cycles do not
 * stop anything or keep times yet (rt_gcRun), so every pause and time is
 * 0; ReadMemStats says the same. The caller's slice has room.
 */
void rt_debug_readGCStats(Slice *pauses)
{
	uint64_t n = mstats.numgc < 256 ? mstats.numgc : 256;
	if ((uint64_t)pauses->cap < 256 + 3)
		throw("short slice passed to readGCStats");
	int64_t *p = pauses->array;
	for (uint64_t i = 0; i < 2 * n + 3; i++)
		p[i] = 0;
	p[2 * n + 1] = (int64_t)mstats.numgc;
	pauses->len = (intgo)(2 * n + 3);
}

/* modinfo: the module build information gc's linker stamps in; hood
 * records none, which debug.ReadBuildInfo reports as not available. */
String rt_debug_modinfo(void)
{
	return (String){0, 0};
}

/* WriteHeapDump(fd): gc's heap dump format is not written yet, so the
 * call is a fatal error rather than a dump that leaves the heap out. */
void rt_debug_WriteHeapDump(uintptr_t fd)
{
	(void)fd;
	fatal("runtime/debug.WriteHeapDump: not supported yet");
}

/* ---- internal/reflectlite ---- */

/* Copies a value of type t; no write barriers are owed yet (no
 * collector). */
void rt_typedmemmove(_type *t, void *dst, const void *src)
{
	if (dst != src)
		memmove(dst, src, t->size);
}

/* ---- reflect ---- */

/* The program's type descriptors: a pointer to each in section
 * hood_typelink (codegen/emit.c), as (address, count). */
extern _type *const __start_hood_typelink[] __attribute__((weak));
extern _type *const __stop_hood_typelink[] __attribute__((weak));

PtrInt rt_typelinks(void)
{
	return (PtrInt){(void *)__start_hood_typelink, __stop_hood_typelink - __start_hood_typelink};
}
