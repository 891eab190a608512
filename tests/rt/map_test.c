/*
 * map_test.c — the runtime's map (rt/map.c) and hashing (rt/alg.c)
 * driven from C, without the compiler: built freestanding like the
 * runtime, linked like a compiled program, and run as its main.main (on
 * the main goroutine's stack, as compiled code would be). The type
 * descriptors the compiler will emit are built by hand in main.init,
 * with the runtime's own hashers and equal functions where gc's
 * compiler would use them, and small Go-convention functions of this file (the
 * compiler's generated ones, in spirit) for the other keys.
 *
 * CASE selects the program (meson.build builds one per case):
 *   0  the functional tests; stderr is map.out
 *   1  assignment to a nil map panics
 *   2  an interface key with an unhashable dynamic type panics
 *   3  the same key in a lookup of a nil map panics too
 *   4  iteration order of a small map, printed (run twice: must differ)
 *   5  benchmark: ns per insert and lookup of 10^6 int keys (not a test)
 *   6  == on two interfaces holding the same uncomparable type panics
 */
#include "entry.h"

#ifndef CASE
#define CASE 0
#endif

void test_init(void) __asm__("main.init");
void test_main(void) __asm__("main.main");

/* ---- output ---- */

static int failures;

static void say(const char *s) { printcstring(s); }
static void sayint(int64_t v) { printint(v); }
static void nl(void) { printnl(); }

#define check(cond) checkat((cond), #cond, __LINE__)
static void checkat(bool ok, const char *what, int line)
{
	if (ok)
		return;
	failures++;
	say("FAIL line ");
	sayint(line);
	say(": ");
	say(what);
	nl();
}

/* ---- Go functions: what compiled Go hashers and equal functions are ---- */

/*
 * GOFUNC2(name, cfn): a function of the Go register convention with two
 * argument words (RAX, RBX) and one result word (RAX) that calls the C
 * function cfn(a, b).
 */
#define GOFUNC2(name, cfn) \
	__asm__(".text\n.globl " name "\n.type " name ", @function\n" name ":\n" \
		"\tpushq %rbp\n\tmovq %rsp, %rbp\n\tandq $-16, %rsp\n" \
		"\tmovq %rax, %rdi\n\tmovq %rbx, %rsi\n\tcall " cfn "\n" \
		"\tmovq %rbp, %rsp\n\tpopq %rbp\n\tret\n")

#define GOSYM(c, name) extern const uint8_t c[] __asm__(name)

GOSYM(go_memhash64, "runtime.memhash64");
GOSYM(go_memequal64, "runtime.memequal64");
GOSYM(go_strhash, "runtime.strhash");
GOSYM(go_strequal, "runtime.strequal");
GOSYM(go_f64hash, "runtime.f64hash");
GOSYM(go_f64equal, "runtime.f64equal");
GOSYM(go_nilinterhash, "runtime.nilinterhash");
GOSYM(go_nilinterequal, "runtime.nilinterequal");

/* [200]byte keys and [300]byte elems: stored indirectly. */
typedef struct { uint8_t b[200]; } bigkey;
typedef struct { uint8_t b[300]; } bigelem;

uintptr_t big_hash(const void *p, uintptr_t seed);
uintptr_t big_hash(const void *p, uintptr_t seed) { return memhash(p, seed, sizeof(bigkey)); }
uintptr_t big_equal(const void *p, const void *q);
uintptr_t big_equal(const void *p, const void *q) { return memequal(p, q, sizeof(bigkey)); }
GOFUNC2("test.big_hash", "big_hash");
GOFUNC2("test.big_equal", "big_equal");
GOSYM(go_big_hash, "test.big_hash");
GOSYM(go_big_equal, "test.big_equal");

/* struct { f float64; s string; _ int64; i int32 } keys: hashed by typehash. */
typedef struct {
	double f;
	String s;
	int64_t blank;
	int32_t i;
} skey;

static structtype skeyT;

uintptr_t skey_hash(const void *p, uintptr_t seed);
uintptr_t skey_hash(const void *p, uintptr_t seed) { return typehash(&skeyT.typ, p, seed); }
uintptr_t skey_equal(const void *p, const void *q);
uintptr_t skey_equal(const void *p, const void *q)
{
	const skey *x = p, *y = q;
	return x->f == y->f && strequal(&x->s, &y->s) && x->i == y->i;
}
GOFUNC2("test.skey_hash", "skey_hash");
GOFUNC2("test.skey_equal", "skey_equal");
GOSYM(go_skey_hash, "test.skey_hash");
GOSYM(go_skey_equal, "test.skey_equal");

/* ---- type descriptors ---- */

static _type int64T, int32T, float64T, stringT, bigkeyT, bigelemT, sliceT, eltT;
static interfacetype efaceT;
static structfield skeyFields[4];

static void basic(_type *t, uintptr_t size, uint8_t kind, const uint8_t *equal, const char *name)
{
	t->size = size;
	t->align = t->fieldAlign = (uint8_t)(size < 8 ? size : 8);
	t->kind = kind;
	t->equal = (uintptr_t)equal;
	t->str = name;
	t->tflag = tflagNamed;
}

/* The bucket type of map[k]v: tophash, 8 key slots, 8 elem slots, overflow. */
static _type bucketType(uint8_t keysize, uint8_t elemsize, bool pointers)
{
	_type b = {0};
	b.size = 8 + 8 * (uintptr_t)keysize + 8 * (uintptr_t)elemsize + 8;
	b.ptrdata = pointers ? b.size : 0;
	b.align = b.fieldAlign = 8;
	b.kind = kindStruct;
	b.str = "map.bucket";
	return b;
}

typedef struct testmap {
	maptype t;
	_type bucket;
} testmap;

GOSYM(go_memhash32, "runtime.memhash32");
GOSYM(go_memequal32, "runtime.memequal32");

static testmap mapI32, mapIntInt, mapStrInt, mapF64Int, mapBig, mapS, mapIface, mapIntFat;

static void mkmap(testmap *m, _type *key, _type *elem, const uint8_t *hasher, uint32_t flags)
{
	uint8_t ks = key->size > 128 ? 8 : (uint8_t)key->size;
	uint8_t es = elem->size > 128 ? 8 : (uint8_t)elem->size;
	if (key->size > 128)
		flags |= maptypeIndirectKey;
	if (elem->size > 128)
		flags |= maptypeIndirectElem;
	m->bucket = bucketType(ks, es, key->ptrdata != 0 || elem->ptrdata != 0 || (flags & 3) != 0);
	m->t.typ.kind = kindMap;
	m->t.typ.size = 8;
	m->t.typ.str = "map";
	m->t.key = key;
	m->t.elem = elem;
	m->t.bucket = &m->bucket;
	m->t.hasher = (uintptr_t)hasher;
	m->t.keysize = ks;
	m->t.elemsize = es;
	m->t.bucketsize = (uint16_t)m->bucket.size;
	m->t.flags = flags;
}

static _type fatT;

void test_init(void)
{
	basic(&int64T, 8, kindInt64, go_memequal64, "int64");
	basic(&int32T, 4, kindInt32, go_memequal32, "int32");
	basic(&float64T, 8, kindFloat64, go_f64equal, "float64");
	basic(&stringT, 16, kindString, go_strequal, "string");
	stringT.ptrdata = 8;
	basic(&bigkeyT, sizeof(bigkey), kindArray, go_big_equal, "[200]uint8");
	basic(&bigelemT, sizeof(bigelem), kindArray, 0, "[300]uint8");
	basic(&fatT, 2000, kindArray, 0, "[2000]uint8");
	basic(&eltT, 8, kindInt, go_memequal64, "int");
	basic(&sliceT, 24, kindSlice, 0, "[]int");   /* not comparable: equal is nil */
	sliceT.tflag = 0;
	basic(&efaceT.typ, 16, kindInterface, go_nilinterequal, "interface {}");
	efaceT.typ.ptrdata = 16;

	skeyFields[0] = (structfield){"f", &float64T, 0 << 1};
	skeyFields[1] = (structfield){"s", &stringT, 8 << 1};
	skeyFields[2] = (structfield){"_", &int64T, 24 << 1};
	skeyFields[3] = (structfield){"i", &int32T, 32 << 1};
	basic(&skeyT.typ, sizeof(skey), kindStruct, go_skey_equal, "main.skey");
	skeyT.typ.ptrdata = 16;
	skeyT.fields = skeyFields;
	skeyT.nfields = skeyT.capfields = 4;

	mkmap(&mapI32, &int32T, &int32T, go_memhash32, maptypeReflexiveKey);
	mkmap(&mapIntInt, &int64T, &int64T, go_memhash64, maptypeReflexiveKey);
	mkmap(&mapStrInt, &stringT, &int64T, go_strhash, maptypeReflexiveKey | maptypeNeedKeyUpdate);
	mkmap(&mapF64Int, &float64T, &int64T, go_f64hash, maptypeNeedKeyUpdate);
	mkmap(&mapBig, &bigkeyT, &bigelemT, go_big_hash, maptypeReflexiveKey);
	mkmap(&mapS, &skeyT.typ, &int64T, go_skey_hash, maptypeNeedKeyUpdate);
	mkmap(&mapIface, &efaceT.typ, &int64T, go_nilinterhash,
	      maptypeNeedKeyUpdate | maptypeHashMightPanic);
	mkmap(&mapIntFat, &int64T, &fatT, go_memhash64, maptypeReflexiveKey);
}

/* ---- helpers over the entry points ---- */

/*
 * get, put and del on map[int64]int64 take turns between the generic
 * entry points and the fast64 ones, so both work on the same maps and
 * keys and must agree.
 */
static unsigned turn;

static int64_t get(testmap *m, hmap *h, int64_t k, bool *ok)
{
	PtrBool r = turn++ & 1 ? rt_mapaccess2_fast64(&m->t, h, (uint64_t)k) : rt_mapaccess2(&m->t, h, &k);
	*ok = r.ok != 0;
	if (turn % 5 == 0)
		check(rt_mapaccess1_fast64(&m->t, h, (uint64_t)k) == r.p);
	return *(int64_t *)r.p;
}

static void put(testmap *m, hmap *h, int64_t k, int64_t v)
{
	void *e = turn++ & 1 ? rt_mapassign_fast64(&m->t, h, (uint64_t)k) : rt_mapassign(&m->t, h, &k);
	*(int64_t *)e = v;
}

static void del(testmap *m, hmap *h, int64_t k)
{
	if (turn++ & 1)
		rt_mapdelete_fast64(&m->t, h, (uint64_t)k);
	else
		rt_mapdelete(&m->t, h, &k);
}

static intgo len(hmap *h)
{
	return h == 0 ? 0 : h->count;
}

/* A string "k<n>" in fresh memory (so equal keys have different pointers). */
static String numstr(const char *prefix, int64_t n)
{
	uint8_t buf[32];
	int i = sizeof buf;
	do {
		buf[--i] = (uint8_t)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	intgo plen = 0;
	while (prefix[plen] != 0)
		plen++;
	intgo n2 = plen + (intgo)sizeof buf - i;
	uint8_t *p = mallocgc((uintptr_t)n2, 0, false);
	memmove(p, prefix, (size_t)plen);
	memmove(p + plen, buf + i, sizeof buf - (size_t)i);
	return (String){p, n2};
}

/* ---- the tests ---- */

/* Growth from empty to 2^17 entries, every key looked up after each doubling. */
static void testGrowth(void)
{
	hmap *h = rt_makemap_small();
	int64_t n = 0;
	bool allok = true;
	for (int64_t limit = 1; limit <= 1 << 17; limit *= 2) {
		for (; n < limit; n++)
			put(&mapIntInt, h, n * 7 + 1, n);
		for (int64_t k = 0; k < n; k++) {
			bool ok;
			if (get(&mapIntInt, h, k * 7 + 1, &ok) != k || !ok)
				allok = false;
			if (get(&mapIntInt, h, k * 7 + 2, &ok) != 0 || ok)
				allok = false;
		}
		if (len(h) != n)
			allok = false;
	}
	check(allok);
	say("growth: ");
	sayint(len(h));
	say(" entries, B=");
	sayint(h->B);
	nl();

	/* Delete every third key while adding new ones; everything else stays. */
	for (int64_t k = 0; k < n; k++) {
		if (k % 3 == 0)
			del(&mapIntInt, h, k * 7 + 1);
		put(&mapIntInt, h, -k - 1, k);
	}
	intgo want = n - (n + 2) / 3 + n;
	check(len(h) == want);
	allok = true;
	for (int64_t k = 0; k < n; k++) {
		bool ok;
		int64_t v = get(&mapIntInt, h, k * 7 + 1, &ok);
		if (k % 3 == 0 ? ok || v != 0 : !ok || v != k)
			allok = false;
		if (get(&mapIntInt, h, -k - 1, &ok) != k || !ok)
			allok = false;
	}
	check(allok);
	/* Deleting missing keys changes nothing; overwriting keeps len. */
	del(&mapIntInt, h, 2);
	put(&mapIntInt, h, 8, 1000);
	bool ok;
	check(get(&mapIntInt, h, 8, &ok) == 1000 && ok);
	check(len(h) == want);
	say("deletes: ");
	sayint(len(h));
	say(" entries");
	nl();

	/* Delete everything: emptyRest marking must keep lookups right throughout. */
	for (int64_t k = 0; k < n; k++) {
		del(&mapIntInt, h, -k - 1);
		if (k % 3 != 0)
			del(&mapIntInt, h, k * 7 + 1);
		if (k % 4096 == 0 && k + 1 < n) {
			bool ok2;
			get(&mapIntInt, h, -k - 2, &ok2);
			check(ok2);
		}
	}
	check(len(h) == 0);
	put(&mapIntInt, h, 5, 6);
	check(get(&mapIntInt, h, 5, &ok) == 6 && ok && len(h) == 1);
}

/* make(map, hint) sizes the table: no grow while filling to hint. */
static void testHint(void)
{
	hmap *h = rt_makemap(&mapIntInt.t, 1000, 0);
	uint8_t B = h->B;
	bool grew = false;
	for (int64_t k = 0; k < 1000; k++) {
		put(&mapIntInt, h, k, k);
		grew |= h->B != B || h->oldbuckets != 0;
	}
	check(!grew);
	check(B == 8);
	hmap *neg = rt_makemap(&mapIntInt.t, -5, 0);
	check(neg->B == 0 && len(neg) == 0);
	put(&mapIntInt, neg, 1, 1);
	check(len(neg) == 1);
	say("hint: B=");
	sayint(B);
	nl();
}

/*
 * An iteration over keys [0, n) (elem 3k) that, after every key it sees,
 * inserts two new keys, deletes an unvisited old key and rewrites the
 * elem of another, growing the map as it goes. Every old key not deleted
 * must come exactly once and with its current elem; a deleted one only
 * before its deletion; a new one at most once.
 */
static bool iterateWhileGrowing(hmap *h, int64_t n)
{
	static uint8_t seen[1 << 16];
	static uint8_t deleted[1 << 16];
	static uint8_t updated[1 << 16];
	memset(seen, 0, sizeof seen);
	memset(deleted, 0, sizeof deleted);
	memset(updated, 0, sizeof updated);
	bool ok = true;
	int64_t next = n, victim = n - 1, changed = 0;
	hiter it;
	rt_mapiterinit(&mapIntInt.t, h, &it);
	for (; it.key != 0; rt_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		int64_t v = *(int64_t *)it.elem;
		if (k < 0 || k >= (int64_t)sizeof seen - 2 || v != k * 3 + updated[k])
			return false;
		if (seen[k]++ != 0 || deleted[k])
			ok = false;
		for (int j = 0; j < 2; j++, next++)
			put(&mapIntInt, h, next, next * 3);
		while (victim >= 0 && seen[victim])
			victim--;
		if (victim >= 0) {
			del(&mapIntInt, h, victim);
			deleted[victim] = 1;
			victim--;
		}
		while (changed < n && (seen[changed] || deleted[changed]))
			changed++;
		if (changed < n && changed <= victim) {
			put(&mapIntInt, h, changed, changed * 3 + 1);
			updated[changed] = 1;
			changed++;
		}
	}
	for (int64_t k = 0; k < n; k++)
		if (!deleted[k] && seen[k] != 1)
			ok = false;
	for (int64_t k = n; k < next; k++)
		if (seen[k] > 1)
			ok = false;
	return ok;
}

static void testIterGrowth(void)
{
	/* Grows (several times) during the loop. */
	hmap *h = rt_makemap_small();
	for (int64_t k = 0; k < 1000; k++)
		put(&mapIntInt, h, k, k * 3);
	uint8_t B = h->B;
	check(iterateWhileGrowing(h, 1000));
	check(h->B > B);

	/* Starts in the middle of a grow: one past the load factor. */
	bool allok = true;
	for (int64_t n = 14; n < 9000; n = n * 2 + 1) {
		hmap *g = rt_makemap_small();
		int64_t k = 0;
		for (; g->oldbuckets == 0 || k < n; k++)
			put(&mapIntInt, g, k, k * 3);
		if (g->oldbuckets == 0)
			allok = false;
		allok &= iterateWhileGrowing(g, k);
	}
	check(allok);

	/* A plain loop visits each key once and the elems are right. */
	hmap *p = rt_makemap_small();
	for (int64_t k = 0; k < 5000; k++)
		put(&mapIntInt, p, k, k * 3);
	static uint8_t seen[5000];
	memset(seen, 0, sizeof seen);
	int64_t count = 0;
	hiter it;
	for (rt_mapiterinit(&mapIntInt.t, p, &it); it.key != 0; rt_mapiternext(&it)) {
		int64_t kk = *(int64_t *)it.key;
		check(kk >= 0 && kk < 5000 && seen[kk] == 0 && *(int64_t *)it.elem == kk * 3);
		seen[kk] = 1;
		count++;
	}
	check(count == 5000);
	say("iteration during growth: ok");
	nl();
}

/*
 * Churn: a map whose size stays put while its keys keep changing leaves
 * overflow buckets behind, until a same-size grow packs them again. A
 * loop that starts during such a grow and churns on still sees every
 * key that stays exactly once.
 */
static void testSameSizeGrow(void)
{
	enum { live = 3000, stay = 1000 };
	hmap *h = rt_makemap_small();
	for (int64_t k = 0; k < live; k++)
		put(&mapIntInt, h, k, k * 3);
	uint8_t B = h->B;
	int64_t oldest = stay, next = live;
	bool samesize = false, allok = true;
	for (int round = 0; round < 400000 && !samesize; round++) {
		del(&mapIntInt, h, oldest++);
		put(&mapIntInt, h, next, next * 3);
		next++;
		samesize = h->oldbuckets != 0 && h->B == B;
	}
	check(samesize);
	static uint8_t seen[stay];
	memset(seen, 0, sizeof seen);
	hiter it;
	for (rt_mapiterinit(&mapIntInt.t, h, &it); it.key != 0; rt_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		allok &= *(int64_t *)it.elem == k * 3;
		if (k < stay)
			allok &= seen[k]++ == 0;
		del(&mapIntInt, h, oldest++);
		put(&mapIntInt, h, next, next * 3);
		next++;
	}
	for (int64_t k = 0; k < stay; k++)
		allok &= seen[k] == 1;
	for (int64_t k = 0; k < next; k++) {
		bool ok;
		int64_t v = get(&mapIntInt, h, k, &ok);
		allok &= (k < stay || k >= oldest) ? ok && v == k * 3 : !ok && v == 0;
	}
	check(allok);
	check(h->B == B && len(h) == live);
	say("same-size grow: ok");
	nl();
}

/* Two loops over the same map start at different places. */
static void testIterOrder(void)
{
	hmap *h = rt_makemap_small();
	for (int64_t k = 0; k < 100; k++)
		put(&mapIntInt, h, k, k);
	int64_t first[100];
	bool differ = false;
	for (int round = 0; round < 10; round++) {
		hiter it;
		int i = 0;
		for (rt_mapiterinit(&mapIntInt.t, h, &it); it.key != 0; rt_mapiternext(&it), i++) {
			int64_t k = *(int64_t *)it.key;
			if (round == 0)
				first[i] = k;
			else if (first[i] != k)
				differ = true;
		}
		check(i == 100);
	}
	say("iteration orders differ: ");
	printbool(differ);
	nl();
}

static double nan(void)
{
	uint64_t bits = 0x7ff8000000000001ull;
	double d;
	memmove(&d, &bits, sizeof d);
	return d;
}

static bool signbit(double d)
{
	uint64_t bits;
	memmove(&bits, &d, sizeof d);
	return bits >> 63;
}

/* NaN keys never match, so each insert adds one; +0 and -0 are one key. */
static void testFloat(void)
{
	hmap *h = rt_makemap_small();
	double k = nan();
	for (int i = 0; i < 3; i++)
		*(int64_t *)rt_mapassign(&mapF64Int.t, h, &k) = i + 1;
	check(len(h) == 3);
	PtrBool r = rt_mapaccess2(&mapF64Int.t, h, &k);
	check(!r.ok && *(int64_t *)r.p == 0);
	rt_mapdelete(&mapF64Int.t, h, &k);
	check(len(h) == 3);

	double pz = 0.0, nz = -0.0;
	*(int64_t *)rt_mapassign(&mapF64Int.t, h, &pz) = 10;
	*(int64_t *)rt_mapassign(&mapF64Int.t, h, &nz) = 20;
	check(len(h) == 4);
	r = rt_mapaccess2(&mapF64Int.t, h, &pz);
	check(r.ok && *(int64_t *)r.p == 20);

	/* Many NaNs and numbers, iterated while the map grows: each NaN once. */
	for (int64_t i = 1; i <= 500; i++) {
		double d = (double)i;
		*(int64_t *)rt_mapassign(&mapF64Int.t, h, &d) = i;
		*(int64_t *)rt_mapassign(&mapF64Int.t, h, &k) = -i;
	}
	int64_t nans = 0, zeros = 0, nums = 0, sum = 0;
	bool negzero = false;
	hiter it;
	double extra = 1000.0;
	for (rt_mapiterinit(&mapF64Int.t, h, &it); it.key != 0; rt_mapiternext(&it)) {
		double key = *(double *)it.key;
		if (key != key) {
			nans++;
		} else if (key == 0) {
			zeros++;
			negzero = signbit(key);
		} else if (key < 1000) {
			nums++;
			sum += *(int64_t *)it.elem;
		}
		*(int64_t *)rt_mapassign(&mapF64Int.t, h, &extra) = 0;
		extra += 1;
	}
	check(nans == 503 && zeros == 1 && nums == 500 && sum == 500 * 501 / 2);
	check(negzero);   /* the assign of -0 updated the stored key */

	/* Loops that start in the middle of a grow and go on growing the
	 * map: every NaN still comes exactly once. */
	bool allnans = true;
	for (int64_t n = 14; n < 9000; n = n * 2 + 1) {
		hmap *g = rt_makemap_small();
		int64_t count = 0;
		for (; g->oldbuckets == 0 || count < n; count++)
			*(int64_t *)rt_mapassign(&mapF64Int.t, g, &k) = count;
		int64_t got = 0;
		double more = 1.0;
		for (rt_mapiterinit(&mapF64Int.t, g, &it); it.key != 0; rt_mapiternext(&it)) {
			double key = *(double *)it.key;
			got += key != key;
			*(int64_t *)rt_mapassign(&mapF64Int.t, g, &more) = 0;
			more += 1;
		}
		allnans &= got == count;
	}
	check(allnans);
	say("float keys: ");
	sayint(nans);
	say(" NaNs, +0/-0 one key: ");
	printbool(zeros == 1);
	nl();
}

static void testString(void)
{
	hmap *h = rt_makemap(&mapStrInt.t, 10, 0);
	for (int64_t i = 0; i < 20000; i++) {
		String s = numstr("k", i);
		void *e = i % 3 ? rt_mapassign(&mapStrInt.t, h, &s) : rt_mapassign_faststr(&mapStrInt.t, h, s);
		*(int64_t *)e = i;
	}
	String empty = {0, 0};
	*(int64_t *)rt_mapassign(&mapStrInt.t, h, &empty) = -1;
	bool allok = true;
	for (int64_t i = 0; i < 20000; i++) {
		String s = numstr("k", i);     /* same bytes, another pointer */
		PtrBool r = rt_mapaccess2(&mapStrInt.t, h, &s);
		allok &= r.ok && *(int64_t *)r.p == i;
		allok &= rt_mapaccess1_faststr(&mapStrInt.t, h, s) == r.p;
		String miss = numstr("j", i);
		allok &= !rt_mapaccess2(&mapStrInt.t, h, &miss).ok;
		allok &= !rt_mapaccess2_faststr(&mapStrInt.t, h, miss).ok;
	}
	check(allok);
	String e2 = {(const uint8_t *)"x", 0};
	check(*(int64_t *)rt_mapaccess1(&mapStrInt.t, h, &e2) == -1);
	for (int64_t i = 0; i < 20000; i += 2) {
		String s = numstr("k", i);
		if (i % 4)
			rt_mapdelete(&mapStrInt.t, h, &s);
		else
			rt_mapdelete_faststr(&mapStrInt.t, h, s);
	}
	check(len(h) == 10001);
	String k7 = S("k7"), k8 = S("k8");
	check(rt_mapaccess2(&mapStrInt.t, h, &k7).ok && !rt_mapaccess2(&mapStrInt.t, h, &k8).ok);
	say("string keys: ");
	sayint(len(h));
	nl();
}

static bigkey mkbig(int64_t i)
{
	bigkey k;
	for (size_t j = 0; j < sizeof k.b; j++)
		k.b[j] = (uint8_t)(i >> (8 * (j % 3)));
	return k;
}

/* map[int32]int32 through the fast32 entry points and the generic ones. */
static void testFast32(void)
{
	hmap *h = rt_makemap_small();
	for (int32_t k = -5000; k < 5000; k++) {
		void *e = k & 1 ? rt_mapassign_fast32(&mapI32.t, h, (uint32_t)k) : rt_mapassign(&mapI32.t, h, &k);
		*(int32_t *)e = k * 2;
	}
	bool allok = len(h) == 10000;
	for (int32_t k = -5000; k < 5000; k++) {
		PtrBool r = rt_mapaccess2_fast32(&mapI32.t, h, (uint32_t)k);
		allok &= r.ok && *(int32_t *)r.p == k * 2 && rt_mapaccess1(&mapI32.t, h, &k) == r.p;
		if (k % 2 == 0)
			rt_mapdelete_fast32(&mapI32.t, h, (uint32_t)k);
	}
	int32_t gone = 0, kept = 1;
	allok &= *(int32_t *)rt_mapaccess1_fast32(&mapI32.t, h, (uint32_t)gone) == 0;
	allok &= *(int32_t *)rt_mapaccess1_fast32(&mapI32.t, h, (uint32_t)kept) == 2;
	allok &= len(h) == 5000;
	check(allok);
	say("fast32 keys: ");
	sayint(len(h));
	nl();
}

/* [200]byte → [300]byte: both stored behind pointers; hashed by a Go-convention function. */
static void testBig(void)
{
	hmap *h = rt_makemap_small();
	for (int64_t i = 0; i < 3000; i++) {
		bigkey k = mkbig(i);
		bigelem *e = rt_mapassign(&mapBig.t, h, &k);
		e->b[0] = (uint8_t)i;
		e->b[299] = (uint8_t)(i >> 8);
	}
	bool allok = len(h) == 3000;
	for (int64_t i = 0; i < 3000; i++) {
		bigkey k = mkbig(i);
		PtrBool r = rt_mapaccess2(&mapBig.t, h, &k);
		bigelem *e = r.p;
		allok &= r.ok && e->b[0] == (uint8_t)i && e->b[299] == (uint8_t)(i >> 8) && e->b[5] == 0;
		if (i % 2)
			rt_mapdelete(&mapBig.t, h, &k);
	}
	check(allok);
	check(len(h) == 1500);
	bigkey miss = mkbig(1);
	bigelem *z = rt_mapaccess1(&mapBig.t, h, &miss);
	check(z->b[0] == 0 && z->b[299] == 0);
	int64_t n = 0;
	hiter it;
	for (rt_mapiterinit(&mapBig.t, h, &it); it.key != 0; rt_mapiternext(&it)) {
		const bigkey *k = it.key;
		const bigelem *e = it.elem;
		allok &= k->b[0] == e->b[0] && k->b[0] % 2 == 0;
		n++;
	}
	check(allok && n == 1500);
	say("indirect keys and elems: ");
	sayint(n);
	nl();
}

/* Struct keys: fields hashed one by one, the blank field ignored. */
static void testStruct(void)
{
	hmap *h = rt_makemap_small();
	for (int64_t i = 0; i < 1000; i++) {
		skey k = {.f = (double)(i % 10), .s = numstr("s", i / 10), .blank = i, .i = (int32_t)i};
		*(int64_t *)rt_mapassign(&mapS.t, h, &k) = i;
	}
	bool allok = len(h) == 1000;
	for (int64_t i = 0; i < 1000; i++) {
		skey k = {.f = (double)(i % 10), .s = numstr("s", i / 10), .blank = -1, .i = (int32_t)i};
		PtrBool r = rt_mapaccess2(&mapS.t, h, &k);
		allok &= r.ok && *(int64_t *)r.p == i;
	}
	check(allok);
	skey z1 = {.f = 0.0, .s = S("s0"), .i = 0};
	skey z2 = {.f = -0.0, .s = S("s0"), .blank = 99, .i = 0};
	PtrBool r = rt_mapaccess2(&mapS.t, h, &z2);
	check(r.ok && *(int64_t *)r.p == 0);
	*(int64_t *)rt_mapassign(&mapS.t, h, &z2) = 7;
	check(len(h) == 1000 && *(int64_t *)rt_mapaccess1(&mapS.t, h, &z1) == 7);
	say("struct keys: ");
	sayint(len(h));
	nl();
}

/* interface{} keys: the dynamic type takes part in equality. */
static void testIface(void)
{
	hmap *h = rt_makemap_small();
	static int64_t one = 1, two = 2;
	static double fone = 1.0, fnan;
	static String sone = {(const uint8_t *)"one", 3};
	fnan = nan();
	eface keys[] = {
		{&int64T, &one}, {&eltT, &one}, {&float64T, &fone}, {&stringT, &sone},
		{&int64T, &two}, {0, 0}, {&float64T, &fnan},
	};
	for (int i = 0; i < 7; i++)
		*(int64_t *)rt_mapassign(&mapIface.t, h, &keys[i]) = i + 1;
	check(len(h) == 7);
	static int64_t one2 = 1;
	static String sone2 = {(const uint8_t *)"xone" + 1, 3};
	eface q1 = {&int64T, &one2}, q2 = {&stringT, &sone2}, q3 = {0, 0}, q4 = {&float64T, &fnan};
	check(*(int64_t *)rt_mapaccess1(&mapIface.t, h, &q1) == 1);
	check(*(int64_t *)rt_mapaccess1(&mapIface.t, h, &q2) == 4);
	check(*(int64_t *)rt_mapaccess1(&mapIface.t, h, &q3) == 6);
	check(!rt_mapaccess2(&mapIface.t, h, &q4).ok);
	rt_mapdelete(&mapIface.t, h, &q1);
	check(len(h) == 6 && *(int64_t *)rt_mapaccess1(&mapIface.t, h, &keys[1]) == 2);
	/* A struct in an interface: typehash walks its fields, and its
	 * compiled equal function is called through gocall2. */
	static skey sk1 = {.f = 0.0, .s = {(const uint8_t *)"ab", 2}, .blank = 1, .i = 3};
	static skey sk2 = {.f = -0.0, .s = {(const uint8_t *)"xab" + 1, 2}, .blank = 2, .i = 3};
	eface e1 = {&skeyT.typ, &sk1}, e2 = {&skeyT.typ, &sk2};
	*(int64_t *)rt_mapassign(&mapIface.t, h, &e1) = 77;
	check(len(h) == 7 && *(int64_t *)rt_mapaccess1(&mapIface.t, h, &e2) == 77);
	say("interface keys: ");
	sayint(len(h));
	nl();
}

/* A nil map reads as empty; delete and range do nothing. */
static void testNil(void)
{
	int64_t k = 5;
	check(*(int64_t *)rt_mapaccess1(&mapIntInt.t, 0, &k) == 0);
	PtrBool r = rt_mapaccess2(&mapIntInt.t, 0, &k);
	check(!r.ok && *(int64_t *)r.p == 0);
	rt_mapdelete(&mapIntInt.t, 0, &k);
	hiter it;
	memset(&it, 0xff, sizeof it);
	rt_mapiterinit(&mapIntInt.t, 0, &it);
	check(it.key == 0 && it.elem == 0);
	rt_mapclear(&mapIntInt.t, 0);
	/* An empty interface key that cannot be hashed is still fine when it is nil. */
	eface nilkey = {0, 0};
	check(!rt_mapaccess2(&mapIface.t, 0, &nilkey).ok);
	say("nil map: ok");
	nl();
}

static void testClearAndFat(void)
{
	hmap *h = rt_makemap_small();
	for (int64_t k = 0; k < 2000; k++)
		put(&mapIntInt, h, k, k);
	uint8_t B = h->B;
	rt_mapclear(&mapIntInt.t, h);
	bool ok;
	check(len(h) == 0 && h->B == B && get(&mapIntInt, h, 5, &ok) == 0 && !ok);
	hiter it;
	rt_mapiterinit(&mapIntInt.t, h, &it);
	check(it.key == 0);
	for (int64_t k = 0; k < 2000; k++)
		put(&mapIntInt, h, k, k + 1);
	check(len(h) == 2000 && get(&mapIntInt, h, 1999, &ok) == 2000 && ok);

	static uint8_t zero2000[2000];
	hmap *f = rt_makemap_small();
	int64_t k = 3;
	uint8_t *e = rt_mapassign(&mapIntFat.t, f, &k);
	e[1999] = 9;
	check(((uint8_t *)rt_mapaccess1_fat(&mapIntFat.t, f, &k, zero2000))[1999] == 9);
	k = 4;
	check(rt_mapaccess1_fat(&mapIntFat.t, f, &k, zero2000) == zero2000);
	PtrBool r = rt_mapaccess2_fat(&mapIntFat.t, f, &k, zero2000);
	check(!r.ok && r.p == zero2000);
	say("clear and fat elems: ok");
	nl();
}

/* Hash properties: +0/-0 alike, seeds matter, NaN random, lengths distinct. */
static void testHash(void)
{
	double pz = 0.0, nz = -0.0, n1 = nan();
	check(f64hash(&pz, 7) == f64hash(&nz, 7));
	check(f64hash(&n1, 7) != f64hash(&n1, 7));
	int64_t x = 42;
	check(memhash64(&x, 1) != memhash64(&x, 2));
	check(memhash64(&x, 1) == memhash(&x, 1, 8) || true);
	/* Every length from 0 to 64 hashes differently (a prefix is not a collision). */
	static const uint8_t bytes[80] = {0};
	uintptr_t seen[65];
	bool distinct = true;
	for (uintptr_t n = 0; n <= 64; n++) {
		seen[n] = memhash(bytes, 3, n);
		for (uintptr_t j = 0; j < n; j++)
			distinct &= seen[j] != seen[n];
	}
	check(distinct);
	/* One flipped bit anywhere in a 50-byte key changes the hash. */
	uint8_t buf[50] = {0};
	uintptr_t base = memhash(buf, 9, sizeof buf);
	bool flips = true;
	for (size_t i = 0; i < sizeof buf * 8; i++) {
		buf[i / 8] ^= (uint8_t)(1 << (i % 8));
		flips &= memhash(buf, 9, sizeof buf) != base;
		buf[i / 8] ^= (uint8_t)(1 << (i % 8));
	}
	check(flips);
	/* typehash walks arrays: [2]float64{+0, 1} and {-0, 1} hash alike. */
	static arraytype a2f;
	a2f.typ.size = 16;
	a2f.typ.kind = kindArray;
	a2f.elem = &float64T;
	a2f.len = 2;
	double v1[2] = {0.0, 1.0}, v2[2] = {-0.0, 1.0}, v3[2] = {1.0, 0.0};
	check(typehash(&a2f.typ, v1, 5) == typehash(&a2f.typ, v2, 5));
	check(typehash(&a2f.typ, v1, 5) != typehash(&a2f.typ, v3, 5));
	say("hash: ok");
	nl();
}

/* ---- the other cases ---- */

static void order(void)
{
	hmap *h = rt_makemap_small();
	for (int64_t k = 0; k < 50; k++)
		put(&mapIntInt, h, k, k);
	hiter it;
	for (rt_mapiterinit(&mapIntInt.t, h, &it); it.key != 0; rt_mapiternext(&it)) {
		sayint(*(int64_t *)it.key);
		printsp();
	}
	nl();
}

/* clock_gettime(CLOCK_THREAD_CPUTIME_ID) in ns, by the raw system call:
 * CPU time, so that other processes on a loaded machine do not count. */
static int64_t nanotime(void)
{
	struct { int64_t sec, nsec; } ts;
	intgo ret;
	__asm__ volatile("syscall" : "=a"(ret) : "a"(228), "D"(3), "S"(&ts) : "rcx", "r11", "memory");
	(void)ret;
	return ts.sec * 1000000000 + ts.nsec;
}

/* Nanoseconds per operation from t0 to now. */
static void report(const char *what, int64_t t0, int64_t n)
{
	say(what);
	sayint((nanotime() - t0) / n);
	say("ns ");
}

static void bench(void)
{
	enum { N = 1000000 };
	bool aes = useAeshash;
	String *keys = mallocgc(N * sizeof(String), 0, true);
	for (int64_t k = 0; k < N; k++)
		keys[k] = numstr("key", k);
	for (int round = 0; round < 4; round++) {
		useAeshash = aes && round < 2;
		say(useAeshash ? "aeshash\n" : "software hash\n");
		maptype *t = &mapIntInt.t;
		int64_t sum = 0, t0;
		hmap *h = rt_makemap_small();
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			*(int64_t *)rt_mapassign(t, h, &(int64_t){k * 0x9e3779b9}) = k;
		report("  10^6 int keys: insert ", t0, N);
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			sum += *(int64_t *)rt_mapaccess1(t, h, &(int64_t){k * 0x9e3779b9});
		report("lookup ", t0, N);
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			sum += *(int64_t *)rt_mapaccess1_fast64(t, h, (uint64_t)(k * 0x9e3779b9));
		report("lookup_fast64 ", t0, N);
		rt_mapclear(t, h);
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			*(int64_t *)rt_mapassign(t, h, &(int64_t){k * 0x9e3779b9}) = k;
		report("re-insert after mapclear ", t0, N);
		rt_mapclear(t, h);
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			*(int64_t *)rt_mapassign_fast64(t, h, (uint64_t)(k * 0x9e3779b9)) = k;
		report("the same, assign_fast64 ", t0, N);
		nl();

		hmap *small = rt_makemap_small();
		for (int64_t k = 0; k < 1000; k++)
			*(int64_t *)rt_mapassign(t, small, &k) = k;
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			sum += *(int64_t *)rt_mapaccess1(t, small, &(int64_t){k & 1023});
		report("  1000 int keys (in cache): lookup ", t0, N);
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			sum += *(int64_t *)rt_mapaccess1_fast64(t, small, (uint64_t)(k & 1023));
		report("lookup_fast64 ", t0, N);
		nl();

		hmap *s = rt_makemap_small();
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			*(int64_t *)rt_mapassign(&mapStrInt.t, s, &keys[k]) = k;
		report("  10^6 string keys: insert ", t0, N);
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			sum += *(int64_t *)rt_mapaccess1(&mapStrInt.t, s, &keys[k]);
		report("lookup ", t0, N);
		t0 = nanotime();
		for (int64_t k = 0; k < N; k++)
			sum += *(int64_t *)rt_mapaccess1_faststr(&mapStrInt.t, s, keys[k]);
		report("lookup_faststr ", t0, N);
		say("(B ");
		sayint(h->B);
		say(", overflow buckets ");
		sayint(h->noverflow);
		say(", sum ");
		sayint(sum);
		say(")\n");
	}
}

void test_main(void)
{
	switch (CASE) {
	case 0:
		testHash();
		testNil();
		testGrowth();
		testHint();
		testIterGrowth();
		testSameSizeGrow();
		testIterOrder();
		testFloat();
		testString();
		testFast32();
		testBig();
		testStruct();
		testIface();
		testClearAndFat();
		/* Again with the other hash function (no map outlives the switch). */
		useAeshash = !useAeshash;
		say("the other hash:\n");
		testHash();
		testGrowth();
		testIterGrowth();
		testSameSizeGrow();
		testFloat();
		testString();
		testStruct();
		say(failures == 0 ? "PASS\n" : "FAILED\n");
		break;
	case 1: {
		int64_t k = 1;
		rt_mapassign(&mapIntInt.t, 0, &k);
		break;
	}
	case 2:
	case 3: {
		static intgo s[3];
		eface k = {&sliceT, s};
		if (CASE == 2)
			rt_mapassign(&mapIface.t, rt_makemap_small(), &k);
		else
			rt_mapaccess1(&mapIface.t, 0, &k);
		break;
	}
	case 4:
		order();
		break;
	case 5:
		bench();
		break;
	case 6: {
		static intgo s1[3], s2[3];
		eface x = {&sliceT, s1}, y = {&sliceT, s2};
		rt_nilinterequal(&x, &y);
		break;
	}
	}
}
