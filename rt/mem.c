/*
 * mem.c — memory moves, clears and comparisons: gc's memmove,
 * memclrNoHeapPointers and memequal, plus the plain C names memcpy,
 * memmove, memset and memcmp, which the C compiler may call on its own
 * (struct copies, zero-initialisation) even with -ffreestanding.
 *
 * Simple word-at-a-time loops; gc's versions use SSE/AVX and
 * REP MOVSB, a later optimisation. The loops are written so the compiler
 * cannot turn them back into calls to themselves: this file is built with
 * -fno-builtin and -fno-tree-loop-distribute-patterns (meson.build).
 * Must not allocate. Safe on any stack.
 */
#include "entry.h"

/* An unaligned, aliasing-safe word for the 8-byte steps. */
typedef uint64_t __attribute__((may_alias, aligned(1))) uword;

void *memmove(void *dst, const void *src, size_t n)
{
	uint8_t *d = dst;
	const uint8_t *s = src;

	if (d == s || n == 0)
		return dst;
	if (d < s || d >= s + n) {
		/* forward: no overlap, or dst below src */
		for (; n >= 8; n -= 8, d += 8, s += 8)
			*(uword *)d = *(const uword *)s;
		while (n--)
			*d++ = *s++;
	} else {
		/* backward: dst overlaps the end of src */
		d += n;
		s += n;
		for (; n >= 8; n -= 8) {
			d -= 8;
			s -= 8;
			*(uword *)d = *(const uword *)s;
		}
		while (n--)
			*--d = *--s;
	}
	return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	return memmove(dst, src, n);
}

void *memset(void *p, int c, size_t n)
{
	uint8_t *d = p;
	uint64_t w = (uint8_t)c * 0x0101010101010101ull;

	for (; n >= 8; n -= 8, d += 8)
		*(uword *)d = w;
	while (n--)
		*d++ = (uint8_t)c;
	return p;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const uint8_t *x = a, *y = b;

	for (size_t i = 0; i < n; i++)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return 0;
}

/* streq: the C strings a and b are equal (type and function names). */
bool streq(const char *a, const char *b)
{
	while (*a != 0 && *a == *b)
		a++, b++;
	return *a == *b;
}

void memclrNoHeapPointers(void *p, uintptr_t n)
{
	memset(p, 0, n);
}

bool memequal(const void *a, const void *b, uintptr_t n)
{
	return a == b || memcmp(a, b, n) == 0;
}

uintptr_t rt_memequal(const void *p, const void *q, uintptr_t n)
{
	return memequal(p, q, n);
}

void rt_memmove(void *dst, const void *src, uintptr_t n)
{
	memmove(dst, src, n);
}

void rt_memclrNoHeapPointers(void *p, uintptr_t n)
{
	memclrNoHeapPointers(p, n);
}
