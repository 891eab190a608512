/*
 * print.c — the print and println builtins (gc's print.go): the compiler
 * turns println(a, b) into printlock, printint(a), printsp, ...,
 * printnl, printunlock. Output goes to standard error, unbuffered, with
 * gc's exact formats. The runtime's own messages (panics, throws) use the
 * same functions.
 *
 * printlock/printunlock keep gc's shape: with one thread a lock is not
 * needed, so they only count nesting (m.printlock in gc); the later
 * multi-threaded runtime makes them a real lock.
 *
 * Must not allocate: everything formats into a small stack buffer, so
 * these are safe on fatal paths and on the goroutine stack (RT_SMALL_STACK).
 */
#include "entry.h"

static int32_t printlocked;

void printlock(void)
{
	printlocked++;
}

void printunlock(void)
{
	printlocked--;
}

/* gwrite writes to fd 2, retrying short writes; errors are ignored, as in gc. */
void gwrite(const void *p, intgo n)
{
	const uint8_t *b = p;

	while (n > 0) {
		intgo w = write1(2, b, n);
		if (w <= 0)
			return;
		b += w;
		n -= w;
	}
}

void printbool(bool b)
{
	if (b)
		gwrite("true", 4);
	else
		gwrite("false", 5);
}

void printuint(uint64_t v)
{
	uint8_t buf[20];
	int i = sizeof buf;

	do {
		buf[--i] = (uint8_t)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	gwrite(buf + i, (intgo)sizeof buf - i);
}

void printint(int64_t v)
{
	if (v < 0) {
		gwrite("-", 1);
		printuint(-(uint64_t)v);
		return;
	}
	printuint((uint64_t)v);
}

void printhex(uint64_t v)
{
	static const char dig[] = "0123456789abcdef";
	uint8_t buf[18];
	int i = sizeof buf;

	do {
		buf[--i] = (uint8_t)dig[v % 16];
		v /= 16;
	} while (v != 0);
	buf[--i] = 'x';
	buf[--i] = '0';
	gwrite(buf + i, (intgo)sizeof buf - i);
}

void printpointer(const void *p)
{
	printhex((uintptr_t)p);
}

void printstring(String s)
{
	gwrite(s.str, s.len);
}

void printcstring(const char *s)
{
	intgo n = 0;

	while (s[n] != 0)
		n++;
	gwrite(s, n);
}

void printsp(void)
{
	gwrite(" ", 1);
}

void printnl(void)
{
	gwrite("\n", 1);
}

/* The runtime.def entry points. */

void rt_printlock(void) { printlock(); }
void rt_printunlock(void) { printunlock(); }
void rt_printbool(uintptr_t b) { printbool((uint8_t)b != 0); }
void rt_printint(int64_t v) { printint(v); }
void rt_printuint(uint64_t v) { printuint(v); }
void rt_printhex(uint64_t v) { printhex(v); }
void rt_printpointer(const void *p) { printpointer(p); }
void rt_printstring(String s) { printstring(s); }
void rt_printsp(void) { printsp(); }
void rt_printnl(void) { printnl(); }

/* printslice prints [len/cap]array, as gc does. */
void rt_printslice(const void *array, intgo len, intgo cap)
{
	gwrite("[", 1);
	printint(len);
	gwrite("/", 1);
	printint(cap);
	gwrite("]", 1);
	printpointer(array);
}
