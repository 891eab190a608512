/*
 * iface.c — interfaces at run time (gc's iface.go): the itab table
 * (getitab), conversions and assertions to non-empty interfaces, the
 * comparison of dynamic values, and the TypeAssertionError panics.
 *
 * An itab names one (interface, concrete type) pair and holds the code
 * of the interface's methods for that type (rt/type.h). The compiler
 * emits one for each pair it converts statically (go.itab.T,I) and lists
 * them in section hood_itablink; the table starts with those, so that
 * an itab built here for an assertion is never a second one for a pair
 * the compiler already has: compiled code compares itab pointers to
 * compare dynamic types (x.(T), ==, type switches). A pair the compiler
 * did not see is built from the type's method table by matching names,
 * both lists sorted alike (exported names first, then by name), and
 * cached, also when a method is missing (fun[0] == 0), as gc caches it.
 *
 * Itabs and the table are never freed (gc allocates them outside the
 * collected heap, persistentalloc; hood's table is a root for the GC to
 * come). One thread: no lock yet.
 *
 * Small stack: everything here runs on goroutine stacks.
 */
#include "entry.h"

/* Where the compiler's static itabs are listed (emit.c); GNU ld defines
 * both symbols for a section named like a C identifier, and they are
 * both 0 (weak) when a program has no static itab. */
extern itab *const __start_hood_itablink[] __attribute__((weak));
extern itab *const __stop_hood_itablink[] __attribute__((weak));

/* The table: open addressing over a power-of-two array of itab
 * pointers, probing linearly, grown at 3/4 load. */
static itab **itabTable;
static uintptr_t itabSize;
static uintptr_t itabCount;

static uintptr_t itabHash(const interfacetype *inter, const _type *t)
{
	return (uintptr_t)(inter->typ.hash ^ t->hash);
}

static void itabInsert(itab *m)
{
	uintptr_t mask = itabSize - 1;
	uintptr_t i = itabHash(m->inter, m->_type) & mask;
	while (itabTable[i] != 0)
		i = (i + 1) & mask;
	itabTable[i] = m;
	itabCount++;
}

static void itabAdd(itab *m)
{
	if (4 * (itabCount + 1) > 3 * itabSize) {
		itab **old = itabTable;
		uintptr_t n = itabSize;
		itabSize = n ? 2 * n : 64;
		itabTable = mallocgc(itabSize * sizeof(itab *), 0, true);
		itabCount = 0;
		for (uintptr_t i = 0; i < n; i++)
			if (old[i] != 0)
				itabInsert(old[i]);
	}
	itabInsert(m);
}

static itab *itabFind(const interfacetype *inter, const _type *t)
{
	if (itabSize == 0)
		return 0;
	uintptr_t mask = itabSize - 1;
	for (uintptr_t i = itabHash(inter, t) & mask; itabTable[i] != 0; i = (i + 1) & mask)
		if (itabTable[i]->inter == inter && itabTable[i]->_type == t)
			return itabTable[i];
	return 0;
}

/* itabsinit enters the compiler's itabs, once (gc's itabsinit). */
static void itabsinit(void)
{
	static bool done;
	if (done)
		return;
	done = true;
	for (itab *const *p = __start_hood_itablink; p < __stop_hood_itablink; p++)
		itabAdd(*p);
}

/* Whether a method name is exported: unexported names of two packages
 * are different names. The same test as the compiler's
 * (compiler/types/types.c, type_is_exported_name): ASCII, Latin-1, Greek and
 * Cyrillic upper-case letters. */
static bool isExported(const char *name)
{
	const unsigned char *s = (const unsigned char *)name;
	if (s[0] < 0x80)
		return s[0] >= 'A' && s[0] <= 'Z';
	uint32_t r = 0;
	if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80)
		r = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
	return (r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x391 && r <= 0x3AB && r != 0x3A2) ||
	       (r >= 0x400 && r <= 0x42F);
}

static bool samepkg(const char *a, const char *b)
{
	return a == b || (a != 0 && b != 0 && streq(a, b));
}

/* t's uncommontype, or nil: after the kind's struct (rt/type.h). */
const uncommontype *uncommon(const _type *t)
{
	if ((t->tflag & tflagUncommon) == 0)
		return 0;
	uintptr_t off;
	switch (t->kind & kindMask) {
	case kindPtr:
	case kindSlice: off = sizeof(ptrtype); break;
	case kindArray: off = sizeof(arraytype); break;
	case kindChan: off = sizeof(chantype); break;
	case kindFunc: off = sizeof(functype); break;
	case kindStruct: off = sizeof(structtype); break;
	case kindInterface: off = sizeof(interfacetype); break;
	case kindMap: off = sizeof(maptype); break;
	default: off = sizeof(_type); break;
	}
	return (const uncommontype *)((const uint8_t *)t + off);
}

/* The package t belongs to, as gc's runtime tells types apart whose
 * strings are equal: a named type's (uncommontype), else a struct's or
 * interface's unexported names' package; nil for none. */
const char *typepkgpath(const _type *t)
{
	const uncommontype *u = uncommon(t);
	if (u != 0)
		return u->pkgpath;
	switch (t->kind & kindMask) {
	case kindStruct: return ((const structtype *)t)->pkgPath;
	case kindInterface: return ((const interfacetype *)t)->pkgpath;
	default: return 0;
	}
}

bool samepkgpath(const _type *a, const _type *b)
{
	return samepkg(typepkgpath(a), typepkgpath(b));
}

static const method *methods(const uncommontype *u)
{
	return (const method *)((const uint8_t *)u + u->moff);
}

/* Whether two method signatures are the same type: the same descriptor
 * (the compiler emits one per type), or the runtime's own and the
 * compiler's of one type, which have the same name (error.c's Error
 * methods, func() string). */
static bool sametype(const _type *a, const _type *b)
{
	return a == b || (a->hash == b->hash && streq(a->str, b->str));
}

/*
 * itabInit fills m->fun for m->_type's methods: each method of the
 * interface must be in the type's method set, with the same name and
 * signature.
 * Returns the name of the first method missing (fun[0] is then 0), or
 * nil.
 */
static const char *itabInit(itab *m)
{
	const interfacetype *inter = m->inter;
	const uncommontype *u = uncommon(m->_type);
	const method *tm = u ? methods(u) : 0;
	intptr_t nt = u ? u->mcount : 0, j = 0;
	for (intptr_t k = 0; k < inter->nmethods; k++) {
		const imethod *im = &inter->mhdr[k];
		for (; j < nt; j++)
			if (streq(tm[j].name, im->name) && sametype(tm[j].mtyp, im->ityp) &&
			    (isExported(im->name) || samepkg(tm[j].pkgpath, im->pkgpath)))
				break;
		if (j == nt) {
			m->fun[0] = 0;
			return im->name;
		}
		m->fun[k] = tm[j].ifn;
	}
	return 0;
}

/*
 * getitab returns the itab of inter for type t (not nil). If t lacks a
 * method of inter, it returns nil when canfail, else panics with
 * "interface conversion: T is not I: missing method M".
 */
static itab *getitab(interfacetype *inter, _type *t, bool canfail)
{
	if (inter->nmethods == 0)
		throw("internal error - misuse of itab");
	itabsinit();
	itab *m = itabFind(inter, t);
	if (m == 0) {
		m = mallocgc(sizeof(itab) + (uintptr_t)(inter->nmethods - 1) * sizeof(uintptr_t), 0, true);
		m->inter = inter;
		m->_type = t;
		m->hash = t->hash;
		itabInit(m);
		itabAdd(m);
	}
	if (m->fun[0] != 0)
		return m;
	if (canfail)
		return 0;
	panicTypeAssertion(0, t, &inter->typ, itabInit(m));
}

/* ---- the runtime.def entry points ---- */

uintptr_t rt_efaceeq(const _type *t, void *x, void *y) { return efaceeq(t, x, y); }

uintptr_t rt_ifaceeq(const itab *tab, void *x, void *y)
{
	return efaceeq(tab ? tab->_type : 0, x, y);
}

itab *rt_convI2I(interfacetype *inter, itab *tab)
{
	if (tab == 0)
		return 0;
	if (tab->inter == inter)
		return tab;
	return getitab(inter, tab->_type, false);
}

itab *rt_assertE2I(interfacetype *inter, _type *t)
{
	if (t == 0)
		panicTypeAssertion(0, 0, &inter->typ, 0);
	return getitab(inter, t, false);
}

itab *rt_assertE2I2(interfacetype *inter, _type *t)
{
	if (t == 0)
		return 0;
	return getitab(inter, t, true);
}

void rt_panicdottypeE(_type *have, _type *want, _type *iface)
{
	panicTypeAssertion(iface, have, want, 0);
}

void rt_panicdottypeI(itab *have, _type *want, _type *iface)
{
	panicTypeAssertion(iface, have ? have->_type : 0, want, 0);
}

void rt_panicnildottype(_type *want)
{
	panicTypeAssertion(0, 0, want, 0);
}

/*
 * callStringMethod calls t's method name if it has the signature
 * func() string, with receiver data (an interface's data word), and
 * stores its result in *out; false if t has no such method. Calls Go
 * code: only on a goroutine stack.
 */
bool callStringMethod(const _type *t, void *data, const char *name, String *out)
{
	const uncommontype *u = uncommon(t);
	if (u == 0)
		return false;
	const method *ms = methods(u);
	for (uint16_t i = 0; i < u->mcount; i++)
		if (streq(ms[i].name, name) && streq(ms[i].mtyp->str, "func() string")) {
			GoResult2 r = gocall2(ms[i].ifn, (uintptr_t)data, 0);
			*out = (String){(const uint8_t *)r.r0, (intgo)r.r1};
			return true;
		}
	return false;
}
