/*
 * slice.c — the run-time half of slices (gc's slice.go and the slice
 * conversions of string.go): make, append's growth, copy, and the
 * conversions between strings and []byte/[]rune. Indexing, slicing and
 * len/cap are compiled inline (compiler/ssagen/slice.c).
 *
 * Capacities are observable (cap(s), and whether an append shares the
 * old array), so they follow gc 1.19 exactly: growslice's growth rule
 * and the rounding of every size up to one of gc's allocator size
 * classes (roundupsize). hood's allocator has no size classes of its
 * own (malloc.c), so only the numbers are gc's; the memory is what
 * mallocgc hands out, always zeroed.
 *
 * Everything here runs on the goroutine stack (HACKING.md): a few words
 * of frame, no recursion.
 */
#include "entry.h"

/*
 * The largest allocation gc allows on linux/amd64 (maxAlloc: the 48-bit
 * heap address space). A size above it is "out of range" for make and
 * append, as in gc.
 */
#define MAX_ALLOC ((uintptr_t)1 << 48)

/*
 * gc's small-object size classes (go1.19 sizeclasses.go, class 1 to
 * 67): the sizes an allocation of up to 32 KiB is rounded up to. Larger
 * ones are rounded up to whole 8 KiB pages.
 */
static const uint16_t sizeClasses[] = {
	8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
	240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768,
	896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,
	3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
	10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
	27264, 28672, 32768,
};
#define NCLASSES (sizeof sizeClasses / sizeof sizeClasses[0])
#define MAX_SMALL_SIZE 32768
#define PAGE_SIZE 8192

/* The size gc's allocator would really hand out for a request of size bytes. */
uintptr_t roundupsize(uintptr_t size)
{
	if (size < MAX_SMALL_SIZE) {
		/* the smallest class that holds size (binary search) */
		size_t lo = 0, hi = NCLASSES - 1;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (sizeClasses[mid] < size)
				lo = mid + 1;
			else
				hi = mid;
		}
		return size == 0 ? 0 : sizeClasses[lo];
	}
	if (size + PAGE_SIZE < size)
		return size; /* would overflow: the caller reports it */
	return (size + PAGE_SIZE - 1) & ~(uintptr_t)(PAGE_SIZE - 1);
}

/* n * size, or false if it overflows a uintptr. */
static bool mulsize(uintptr_t n, uintptr_t size, uintptr_t *res)
{
	if (size != 0 && n > UINTPTR_MAX / size)
		return false;
	*res = n * size;
	return true;
}

/*
 * unsafeslice checks unsafe.Slice(ptr, len) as gc does: len must not be
 * negative and the len elements must not run past the end of the
 * address space (a nil ptr then gets a message of its own; nil with
 * len 0, or with elements of size 0, is fine).
 */
void rt_unsafeslice(_type *et, const void *ptr, intgo len)
{
	uintptr_t mem;
	if (len < 0)
		panicErrorString("unsafe.Slice: len out of range");
	if (!mulsize((uintptr_t)len, et->size, &mem) || mem > -(uintptr_t)ptr) {
		if (ptr == 0)
			panicErrorString("unsafe.Slice: ptr is nil and len is not zero");
		panicErrorString("unsafe.Slice: len out of range");
	}
}

/*
 * makeslice allocates the zeroed array of make([]T, len, cap). A bad
 * length is reported before a bad capacity, as gc does (make([]T, huge)
 * says "len", since the capacity was only implied).
 */
void *rt_makeslice(_type *et, intgo len, intgo cap)
{
	uintptr_t mem;
	if (!mulsize((uintptr_t)cap, et->size, &mem) || mem > MAX_ALLOC || len < 0 || len > cap) {
		if (!mulsize((uintptr_t)len, et->size, &mem) || mem > MAX_ALLOC || len < 0)
			panicErrorString("makeslice: len out of range");
		panicErrorString("makeslice: cap out of range");
	}
	return mallocgc(mem, et, true);
}

/*
 * The capacity append gives a slice of capacity cap that must hold
 * newlen elements (gc 1.19): double while the slice is small; from 256
 * elements on grow by a quarter plus 192, which moves smoothly from 2x
 * towards 1.25x; and never less than newlen. Before the size-class
 * rounding; a result <= 0 means the computation overflowed.
 */
static intgo nextcap(intgo cap, intgo newlen)
{
	enum { threshold = 256 };
	intgo doublecap = (intgo)((uintgo)cap + (uintgo)cap);
	if (newlen > doublecap)
		return newlen;
	if (cap < threshold)
		return doublecap;
	intgo c = cap;
	while (c > 0 && c < newlen)
		c = (intgo)((uintgo)c + (uintgo)((c + 3 * threshold) / 4));
	return c <= 0 ? newlen : c;
}

/*
 * growslice makes room for append: a new array of at least newlen
 * elements, holding the old len elements of p. Returns the array and
 * its capacity; the caller stores the appended elements and sets the
 * length. newlen < cap means the caller's len+n overflowed.
 */
PtrInt rt_growslice(_type *et, const void *p, intgo len, intgo cap, intgo newlen)
{
	if (newlen < cap)
		panicErrorString("growslice: cap out of range");
	if (et->size == 0) {
		/* No memory needed, but not a nil pointer either. */
		return (PtrInt){mallocgc(0, et, false), newlen};
	}
	intgo newcap = nextcap(cap, newlen);
	uintptr_t mem;
	bool ok = mulsize((uintptr_t)newcap, et->size, &mem);
	if (ok)
		mem = roundupsize(mem);
	if (!ok || mem > MAX_ALLOC)
		panicErrorString("growslice: cap out of range");
	uint8_t *q = mallocgc(mem, et, true);
	memmove(q, p, (size_t)len * et->size);
	return (PtrInt){q, (intgo)(mem / et->size)};
}

/* copy(to, from) for elements of width bytes: the number copied. */
intgo rt_slicecopy(void *to, intgo tolen, const void *from, intgo fromlen, uintptr_t width)
{
	intgo n = fromlen < tolen ? fromlen : tolen;
	if (n <= 0 || width == 0)
		return n < 0 ? 0 : n;
	memmove(to, from, (size_t)n * width);
	return n;
}

/* []byte(s): a fresh array; its capacity is the allocation's (gc's rawbyteslice). */
PtrInt rt_stringtoslicebyte(String s)
{
	uintptr_t mem = roundupsize((uintptr_t)s.len);
	uint8_t *p = mallocgc(mem, 0, false);
	memmove(p, s.str, (size_t)s.len);
	return (PtrInt){p, (intgo)mem};
}

/* The length of the UTF-8 encoding of r (invalid runes become U+FFFD: 3). */
static intgo runelen(int32_t r)
{
	uint8_t buf[4];
	return encoderune(buf, r);
}

/* []rune(s) into *dst: one rune per decoded sequence (U+FFFD per bad byte). */
void rt_stringtoslicerune(Slice *dst, String s)
{
	intgo n = 0;
	for (intgo k = 0; k < s.len; n++)
		k = rt_decoderune(s, k).next;
	uintptr_t mem = roundupsize((uintptr_t)n * 4);
	int32_t *a = mallocgc(mem, 0, false);
	intgo i = 0;
	for (intgo k = 0; k < s.len; i++) {
		RuneNext rn = rt_decoderune(s, k);
		a[i] = (int32_t)rn.r;
		k = rn.next;
	}
	*dst = (Slice){a, n, (intgo)(mem / 4)};
}

/* string(runes): each rune's UTF-8, invalid ones as U+FFFD. */
String rt_slicerunetostring(const int32_t *a, intgo n)
{
	intgo size = 0;
	for (intgo i = 0; i < n; i++)
		size += runelen(a[i]);
	if (size == 0)
		return (String){0, 0};
	uint8_t *p = mallocgc((uintptr_t)size, 0, false);
	intgo off = 0;
	for (intgo i = 0; i < n; i++)
		off += encoderune(p + off, a[i]);
	return (String){p, size};
}
