/*
 * malloc.c — the heap allocator's interface (mallocgc, newobject) with a
 * stand-in implementation: a bump allocator over large mmap'd arenas that
 * never frees. Memory from mmap is zero and is never reused, so every
 * object is born zeroed and needzero costs nothing.
 *
 * A later issue replaces the inside with gc's TCMalloc-style design
 * (mheap → mcentral → per-P mcache, size classes, mspans) and the garbage
 * collector; callers only use mallocgc/newobject and so do not change.
 *
 * mallocgc may be reached from Go code on a goroutine stack: it uses a few
 * words of stack and no locks (one thread). Not for fatal paths.
 */
#include "entry.h"

/*
 * Arena size: 64 MiB reserved at a time, committed by the kernel as it is
 * touched (MAP_NORESERVE), so a small program costs only what it uses and
 * a large one makes few system calls. Objects bigger than a quarter arena
 * get their own mapping so they do not waste the rest of one.
 */
#define ARENA_SIZE   (64ul << 20)
#define LARGE_OBJECT (ARENA_SIZE / 4)

static uintptr_t arena_next;   /* next free byte in the current arena */
static uintptr_t arena_end;

/* What the allocator has done, for runtime.ReadMemStats (linkname.c). */
memstats mstats;

/* zerobase is the address of every zero-sized allocation (gc's name). */
static uint64_t zerobase;

void mallocinit(void)
{
	arena_next = arena_end = 0;
}

static void *sysAlloc(uintptr_t n)
{
	void *p = sysMmap(0, n, _PROT_READ | _PROT_WRITE,
			  _MAP_PRIVATE | _MAP_ANON | _MAP_NORESERVE, -1, 0);
	if (_MAP_FAILED(p))
		throw("out of memory");
	mstats.heap_sys += n;
	return p;
}

void *mallocgc(uintptr_t size, _type *typ, bool needzero)
{
	(void)typ;       /* the GC will use typ->ptrdata and gcdata */
	(void)needzero;  /* fresh mmap memory is always zero */
	/* A zero-size object is no allocation: gc returns zerobase before
	 * counting, so MemStats.Mallocs (testing.AllocsPerRun) leaves it out. */
	if (size == 0)
		return &zerobase;
	mstats.nmalloc++;
	mstats.total_alloc += size;
	if (size > LARGE_OBJECT) {
		if (size > (uintptr_t)1 << 47)
			throw("out of memory");
		return sysAlloc((size + physPageSize - 1) & ~(physPageSize - 1));
	}
	/* 8-byte alignment for small objects, 16 from 16 bytes up (gc's size classes do the same). */
	uintptr_t align = size >= 16 ? 16 : 8;
	uintptr_t p = (arena_next + align - 1) & ~(align - 1);
	if (arena_next == 0 || p + size > arena_end) {
		arena_next = (uintptr_t)sysAlloc(ARENA_SIZE);
		arena_end = arena_next + ARENA_SIZE;
		p = arena_next;
	}
	arena_next = p + size;
	return (void *)p;
}

void *newobject(_type *typ)
{
	return mallocgc(typ->size, typ, true);
}

void *rt_newobject(_type *typ)
{
	return newobject(typ);
}
