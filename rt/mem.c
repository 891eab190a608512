/*
 * mem.c — memory moves, clears and comparisons: gc's memmove,
 * memclrNoHeapPointers and memequal, plus the plain C names memcpy,
 * memmove, memset and memcmp, which the C compiler may call on its own
 * (struct copies, zero-initialisation) even with -ffreestanding.
 *
 * 16 bytes at a time with SSE2 (unaligned loads and stores) and the
 * ends as overlapping pieces, where gc's versions also use AVX and REP
 * MOVSB for the largest sizes. The loops are written so the compiler
 * cannot turn them back into calls to themselves: this file is built with
 * -fno-builtin and -fno-tree-loop-distribute-patterns (meson.build).
 * Must not allocate. Safe on any stack.
 */
#include "entry.h"

/* Unaligned, aliasing-safe loads and stores of 2, 4, 8 and 16 bytes
 * (SSE2's movdqu for the last: every amd64 has it). */
typedef uint16_t __attribute__((may_alias, aligned(1))) u16;
typedef uint32_t __attribute__((may_alias, aligned(1))) u32;
typedef uint64_t __attribute__((may_alias, aligned(1))) uword;
typedef uint8_t __attribute__((vector_size(16), may_alias, aligned(1))) u128;

/* n <= 32 bytes, any overlap: every load before any store, the first
 * and the last piece of the size class overlapping in the middle. */
static void move32(uint8_t *d, const uint8_t *s, size_t n)
{
	if (n >= 16) {
		u128 a = *(const u128 *)s, b = *(const u128 *)(s + n - 16);
		*(u128 *)d = a;
		*(u128 *)(d + n - 16) = b;
	} else if (n >= 8) {
		uint64_t a = *(const uword *)s, b = *(const uword *)(s + n - 8);
		*(uword *)d = a;
		*(uword *)(d + n - 8) = b;
	} else if (n >= 4) {
		uint32_t a = *(const u32 *)s, b = *(const u32 *)(s + n - 4);
		*(u32 *)d = a;
		*(u32 *)(d + n - 4) = b;
	} else if (n >= 2) {
		uint16_t a = *(const u16 *)s, b = *(const u16 *)(s + n - 2);
		*(u16 *)d = a;
		*(u16 *)(d + n - 2) = b;
	} else if (n == 1) {
		*d = *s;
	}
}

/*
 * Larger moves go 16 bytes at a time, away from the overlap: forwards
 * when dst is below src (a store can only overwrite source bytes already
 * loaded), backwards when it is above. The piece at the far end is loaded
 * first and stored last, so the loop needs no byte tail.
 */
void *memmove(void *dst, const void *src, size_t n)
{
	uint8_t *d = dst;
	const uint8_t *s = src;

	if (d == s || n == 0)
		return dst;
	if (n <= 32) {
		move32(d, s, n);
		return dst;
	}
	if (d < s || d >= s + n) {
		u128 last = *(const u128 *)(s + n - 16);
		for (size_t i = 0; i + 16 < n; i += 16)
			*(u128 *)(d + i) = *(const u128 *)(s + i);
		*(u128 *)(d + n - 16) = last;
	} else {
		u128 first = *(const u128 *)s;
		for (size_t i = n; i > 16; i -= 16)
			*(u128 *)(d + i - 16) = *(const u128 *)(s + i - 16);
		*(u128 *)d = first;
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

	if (n >= 16) {
		u128 v = (u128){0} + (uint8_t)c;
		for (size_t i = 0; i + 16 < n; i += 16)
			*(u128 *)(d + i) = v;
		*(u128 *)(d + n - 16) = v;
	} else if (n >= 8) {
		*(uword *)d = w;
		*(uword *)(d + n - 8) = w;
	} else if (n >= 4) {
		*(u32 *)d = (uint32_t)w;
		*(u32 *)(d + n - 4) = (uint32_t)w;
	} else {
		while (n--)
			*d++ = (uint8_t)c;
	}
	return p;
}

/* The first 8 bytes at a and b differ: their order as unsigned bytes
 * (big-endian words compare as the bytes do). */
static int cmpword(const uint8_t *a, const uint8_t *b)
{
	uint64_t x = __builtin_bswap64(*(const uword *)a), y = __builtin_bswap64(*(const uword *)b);
	return x == y ? 0 : x < y ? -1 : 1;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const uint8_t *x = a, *y = b;
	size_t i = 0;

	for (; i + 8 <= n; i += 8)
		if (*(const uword *)(x + i) != *(const uword *)(y + i))
			return cmpword(x + i, y + i);
	for (; i < n; i++)
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

/* 32 bytes at a time, then the last 16, 8, 4, 2 or 1 as overlapping
 * pieces, as move32 does. */
bool memequal(const void *a, const void *b, uintptr_t n)
{
	const uint8_t *x = a, *y = b;

	if (a == b)
		return true;
	for (; n >= 32; n -= 32, x += 32, y += 32) {
		uint64_t d = (*(const uword *)x ^ *(const uword *)y) | (*(const uword *)(x + 8) ^ *(const uword *)(y + 8)) |
			     (*(const uword *)(x + 16) ^ *(const uword *)(y + 16)) |
			     (*(const uword *)(x + 24) ^ *(const uword *)(y + 24));
		if (d != 0)
			return false;
	}
	if (n >= 16)
		return ((*(const uword *)x ^ *(const uword *)y) | (*(const uword *)(x + 8) ^ *(const uword *)(y + 8)) |
			(*(const uword *)(x + n - 16) ^ *(const uword *)(y + n - 16)) |
			(*(const uword *)(x + n - 8) ^ *(const uword *)(y + n - 8))) == 0;
	if (n >= 8)
		return ((*(const uword *)x ^ *(const uword *)y) | (*(const uword *)(x + n - 8) ^ *(const uword *)(y + n - 8))) == 0;
	if (n >= 4)
		return ((*(const u32 *)x ^ *(const u32 *)y) | (*(const u32 *)(x + n - 4) ^ *(const u32 *)(y + n - 4))) == 0;
	if (n >= 2)
		return ((*(const u16 *)x ^ *(const u16 *)y) | (*(const u16 *)(x + n - 2) ^ *(const u16 *)(y + n - 2))) == 0;
	return n == 0 || *x == *y;
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
