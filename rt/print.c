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

/* gwrite writes to fd 2, retrying short writes; errors are ignored, as in gc.
 * While runtime.Stack formats, the bytes go to its buffer instead, as
 * many as fit (m.writebuf). */
void gwrite(const void *p, intgo n)
{
	const uint8_t *b = p;
	g *gp = getg();
	if (gp != 0 && gp->m != 0 && gp->m->writebuf != 0) {
		m *mp = gp->m;
		for (; n > 0 && mp->writelen < mp->writecap; n--)
			mp->writebuf[mp->writelen++] = *b++;
		return;
	}

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

/*
 * printfloat prints v as gc's print does: "NaN", "+Inf", "-Inf", or a
 * sign, one digit, a point, six digits, "e", a sign and three exponent
 * digits (+1.500000e+000). The digits come from repeated float64
 * arithmetic, not from an exact conversion: v is scaled by tens into
 * [1, 10), rounded by adding half a unit of the seventh digit, and each
 * digit is taken off the top with a multiplication by ten. The output
 * matches gc's only if every step is the same IEEE operation in the same
 * order, so the compiler must not contract or reorder them
 * (-ffp-contract=off, rt/meson.build).
 */
void printfloat(double v)
{
	enum { NDIG = 7 };
	uint8_t buf[NDIG + 7];
	int e = 0;

	if (v != v) {
		gwrite("NaN", 3);
		return;
	}
	if (v + v == v && v != 0) {
		gwrite(v > 0 ? "+Inf" : "-Inf", 4);
		return;
	}
	buf[0] = '+';
	if (v == 0) {
		if (1 / v < 0)
			buf[0] = '-';
	} else {
		double half = 5;

		if (v < 0) {
			v = -v;
			buf[0] = '-';
		}
		for (; v >= 10; e++)
			v /= 10;
		for (; v < 1; e--)
			v *= 10;
		for (int i = 0; i < NDIG; i++)
			half /= 10;
		v += half;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}
	for (int i = 0; i < NDIG; i++) {
		int d = (int)v;

		buf[i + 2] = (uint8_t)('0' + d);
		v = (v - d) * 10;
	}
	buf[1] = buf[2];
	buf[2] = '.';
	buf[NDIG + 2] = 'e';
	buf[NDIG + 3] = e < 0 ? '-' : '+';
	if (e < 0)
		e = -e;
	buf[NDIG + 4] = (uint8_t)('0' + e / 100);
	buf[NDIG + 5] = (uint8_t)('0' + e / 10 % 10);
	buf[NDIG + 6] = (uint8_t)('0' + e % 10);
	gwrite(buf, sizeof buf);
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

/* printcomplex prints (re im i) as gc's print does: (+1.000000e+000+2.000000e+000i). */
void printcomplex(double re, double im)
{
	gwrite("(", 1);
	printfloat(re);
	printfloat(im);
	gwrite("i)", 2);
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
void rt_printfloat(double v) { printfloat(v); }
void rt_printcomplex(double re, double im) { printcomplex(re, im); }
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

/* printeface prints an interface value's two words, (0x...,0x...), as
 * gc's printeface and printiface do. */
void rt_printeface(eface e)
{
	gwrite("(", 1);
	printpointer(e._type);
	gwrite(",", 1);
	printpointer(e.data);
	gwrite(")", 1);
}
