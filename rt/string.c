/*
 * string.c — string operations that compiled code calls (gc's
 * string.go): concatenation, comparison, string(rune) and
 * string([]byte). New strings are allocated with mallocgc; Go strings are
 * immutable, so a concatenation with only one non-empty operand returns
 * that operand without copying (gc does the same when the operand is not
 * on the stack; hood never puts string data on the stack).
 */
#include "entry.h"

static String concatstrings(const String *a, int n)
{
	intgo l = 0;
	int count = 0, idx = 0;

	for (int i = 0; i < n; i++) {
		if (a[i].len == 0)
			continue;
		if (l + a[i].len < l)
			throw("string concatenation too long");
		l += a[i].len;
		count++;
		idx = i;
	}
	if (count == 0)
		return (String){0, 0};
	if (count == 1)
		return a[idx];
	uint8_t *p = mallocgc((uintptr_t)l, 0, false);
	intgo off = 0;
	for (int i = 0; i < n; i++) {
		memmove(p + off, a[i].str, (size_t)a[i].len);
		off += a[i].len;
	}
	return (String){p, l};
}

String rt_concatstring2(String a, String b)
{
	String s[2] = {a, b};
	return concatstrings(s, 2);
}

String rt_concatstring3(String a, String b, String c)
{
	String s[3] = {a, b, c};
	return concatstrings(s, 3);
}

/* cmpstring compares bytewise: -1, 0 or +1. */
intgo rt_cmpstring(String a, String b)
{
	intgo l = a.len < b.len ? a.len : b.len;
	int c = memcmp(a.str, b.str, (size_t)l);

	if (c != 0)
		return c < 0 ? -1 : 1;
	if (a.len != b.len)
		return a.len < b.len ? -1 : 1;
	return 0;
}

/* intstring is string(rune(v)); values outside int32 become U+FFFD as in gc. */
String rt_intstring(int64_t v)
{
	if ((int64_t)(int32_t)v != v)
		v = 0xFFFD;   /* utf8.RuneError */
	uint8_t *p = mallocgc(4, 0, false);
	return (String){p, encoderune(p, v)};
}

String rt_slicebytetostring(const uint8_t *ptr, intgo n)
{
	if (n == 0)
		return (String){0, 0};
	uint8_t *p = mallocgc((uintptr_t)n, 0, false);
	memmove(p, ptr, (size_t)n);
	return (String){p, n};
}
