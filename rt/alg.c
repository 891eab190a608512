/*
 * alg.c — hashing and equality for map keys and ==, with the Go runtime's
 * names (alg.go, hash64.go; "Go under the hood", the map chapter):
 * memhash, strhash, f32hash/f64hash, c64hash/c128hash, interhash,
 * nilinterhash, typehash, the memequal/f64equal/strequal/... family,
 * fastrand, and alginit, which picks the hash and seeds it at start-up.
 *
 * Two hash functions, chosen once by alginit:
 *
 *   aeshash  when CPUID reports AES-NI: the key is folded into a 128-bit
 *            state one 16-byte block at a time, each block followed by
 *            an AESENC round keyed by random round keys (aeskeysched),
 *            with three more rounds at the end so every input bit reaches
 *            every output bit. Two lanes run side by side for long keys.
 *   wyhash-style software hash otherwise: 64×64→128-bit multiplies whose
 *            halves are folded together, keyed by four random odd words
 *            (hashkey).
 *
 * Both read a key of n bytes without touching memory outside it (a key
 * may end at the end of a mapping): short keys are read as two
 * overlapping words, long ones in blocks with an overlapping last block.
 * n itself is hashed, so overlapping reads stay unambiguous.
 *
 * The seed: the kernel puts 16 random bytes in every process and passes
 * their address in the auxiliary vector (AT_RANDOM, read by osinit in
 * proc.c). alginit stretches them into the round keys, hashkey and the
 * fastrand state. Every map also has its own 32-bit seed (hmap.hash0,
 * from fastrand), so two runs, and two maps, order their keys
 * differently.
 *
 * Float keys follow Go's ==: +0 and -0 hash alike, and a NaN hashes to a
 * fresh random value each time (NaN != NaN, so each insert of a NaN key
 * makes a new entry that no lookup finds).
 *
 * Calling convention. Type descriptors hold Go functions, called with
 * the register convention (maptype.hasher, _type.equal: docs/design.md):
 * either the runtime's own
 * trampolines (runtime.memhash64, runtime.strequal, ...: runtime.def) or
 * functions the compiler generates for arrays and structs, or for the
 * arrays and structs reflect makes, reflect.descequal, which stands for
 * a walk of the type's descriptor. The map and interface comparison call
 * them through callhash/callequal, which recognise the runtime's
 * trampolines and call the C function behind them directly, and call any
 * other function as Go through gocall2.
 *
 * Must not allocate (except by panicking). Small stack: everything here
 * can run on a goroutine stack under RT_SMALL_STACK; typehash recurses
 * once per level of array/struct nesting in a key type (48 bytes a
 * level with gcc -O2).
 */
#include "entry.h"

/* Auxiliary-vector pointer to 16 random bytes (proc.c's osinit sets it). */
const uint8_t *startupRandomData;

bool useAeshash;

typedef long long v2di __attribute__((vector_size(16)));

/* Round keys of aeshash: 4 × 128 random bits. */
static v2di aeskeysched[4];

/* Multipliers of the software hash: random, odd. */
static uint64_t hashkey[4];

/* fastrand's state (one thread: gc keeps it per m). */
static uint64_t fastrandState;

/* An unaligned, aliasing-safe load. */
typedef uint64_t __attribute__((may_alias, aligned(1))) u64u;
typedef uint32_t __attribute__((may_alias, aligned(1))) u32u;

static inline uint64_t load64(const uint8_t *p) { return *(const u64u *)p; }
static inline uint64_t load32(const uint8_t *p) { return *(const u32u *)p; }

/* splitmix64's output function: a bijective mix of 64 bits. */
static uint64_t mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ull;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebull;
	x ^= x >> 31;
	return x;
}

/*
 * fastrand returns 32 random bits (gc's name and role: iteration start,
 * per-map seeds, NaN hashes). A Weyl sequence through mix64: fast and
 * good enough for randomising, not for secrets.
 */
uint32_t fastrand(void)
{
	fastrandState += 0x9e3779b97f4a7c15ull;
	return (uint32_t)(mix64(fastrandState) >> 32);
}

/* fastrandn returns a random number in [0, n): fastrand scaled without
 * a division (gc's multiply-shift). select picks its cases with it. */
uint32_t fastrandn(uint32_t n)
{
	return (uint32_t)(((uint64_t)fastrand() * n) >> 32);
}

/* ---- the software hash ---- */

/* mum: the 128-bit product of a and b, its two halves folded together. */
static inline uint64_t mum(uint64_t a, uint64_t b)
{
	unsigned __int128 r = (unsigned __int128)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* shortkey reads 0..16 bytes as two words that together cover them all. */
static inline void shortkey(const uint8_t *p, uintptr_t n, uint64_t *a, uint64_t *b)
{
	if (n >= 8) {
		*a = load64(p);
		*b = load64(p + n - 8);
	} else if (n >= 4) {
		*a = load32(p);
		*b = load32(p + n - 4);
	} else if (n > 0) {
		*a = (uint64_t)p[0] | (uint64_t)p[n / 2] << 8 | (uint64_t)p[n - 1] << 16;
		*b = 0;
	} else {
		*a = *b = 0;
	}
}

static uintptr_t softhash(const uint8_t *p, uintptr_t seed, uintptr_t n)
{
	uint64_t h = mum(seed ^ hashkey[0], n ^ hashkey[1]);
	uint64_t a, b;

	if (n <= 16) {
		shortkey(p, n, &a, &b);
	} else {
		const uint8_t *end = p + n;
		uint64_t h2 = h;
		for (; end - p > 32; p += 32) {
			h = mum(load64(p) ^ hashkey[1], load64(p + 8) ^ h);
			h2 = mum(load64(p + 16) ^ hashkey[2], load64(p + 24) ^ h2);
		}
		if (end - p > 16) {
			h = mum(load64(p) ^ hashkey[1], load64(p + 8) ^ h);
		}
		h ^= h2;
		a = load64(end - 16);
		b = load64(end - 8);
	}
	h = mum(a ^ hashkey[2], b ^ h);
	return mum(h ^ hashkey[3], n ^ hashkey[0]);
}

/* ---- the AES hash ---- */

/* One AES round; an inline instruction, so no -maes is needed to build. */
static inline v2di aesenc(v2di state, v2di key)
{
	__asm__("aesenc %1, %0" : "+x"(state) : "x"(key));
	return state;
}

static inline v2di block(uint64_t lo, uint64_t hi)
{
	return (v2di){(long long)lo, (long long)hi};
}

static inline v2di load128(const uint8_t *p)
{
	return block(load64(p), load64(p + 8));
}

/* aesfinish: three keyed rounds, then the state's halves folded to a word. */
static inline uintptr_t aesfinish(v2di s)
{
	s = aesenc(s, aeskeysched[1]);
	s = aesenc(s, aeskeysched[2]);
	s = aesenc(s, aeskeysched[3]);
	return (uintptr_t)(s[0] ^ s[1]);
}

static uintptr_t aeshash(const uint8_t *p, uintptr_t seed, uintptr_t n)
{
	v2di s = aesenc(block(seed, n) ^ aeskeysched[0], aeskeysched[1]);
	uint64_t a, b;

	if (n <= 16) {
		shortkey(p, n, &a, &b);
		return aesfinish(s ^ block(a, b));
	}
	const uint8_t *end = p + n;
	v2di s2 = aesenc(s, aeskeysched[2]);
	for (; end - p > 32; p += 32) {
		s = aesenc(s ^ load128(p), aeskeysched[2]);
		s2 = aesenc(s2 ^ load128(p + 16), aeskeysched[3]);
	}
	/* The last 1..32 bytes: two blocks ending at end, which may overlap
	 * each other or bytes already hashed (n > 16, so both are inside). */
	const uint8_t *last = end - p > 16 ? p : end - 32;
	s = aesenc(s ^ load128(last), aeskeysched[2]);
	s2 = aesenc(s2 ^ load128(end - 16), aeskeysched[3]);
	return aesfinish(s ^ s2);
}

/* memhash hashes the n bytes at p with seed (gc's memhash). */
uintptr_t memhash(const void *p, uintptr_t seed, uintptr_t n)
{
	if (useAeshash)
		return aeshash(p, seed, n);
	return softhash(p, seed, n);
}

uintptr_t memhash32(const void *p, uintptr_t seed)
{
	if (useAeshash)
		return aesfinish(aesenc(block(seed, 4) ^ aeskeysched[0], aeskeysched[1]) ^
				 block(load32(p), 0));
	return mum(mum(seed ^ hashkey[0], load32(p) ^ hashkey[1]), 4 ^ hashkey[3]);
}

uintptr_t memhash64(const void *p, uintptr_t seed)
{
	if (useAeshash)
		return aesfinish(aesenc(block(seed, 8) ^ aeskeysched[0], aeskeysched[1]) ^
				 block(load64(p), 0));
	return mum(mum(seed ^ hashkey[0], load64(p) ^ hashkey[1]), 8 ^ hashkey[3]);
}

/* ---- hashes by kind ---- */

uintptr_t strhash(const void *p, uintptr_t seed)
{
	const String *s = p;
	return memhash(s->str, seed, (uintptr_t)s->len);
}

/*
 * The float hashes: +0 and -0 are == and hash as +0; a NaN hashes to a
 * random value, so equal-looking NaN keys spread over the buckets.
 */
uintptr_t f32hash(const void *p, uintptr_t seed)
{
	float f = *(const float *)p;
	uint32_t zero = 0;
	if (f == 0)
		return memhash32(&zero, seed);
	if (f != f) {
		uint64_t r = fastrand();
		return memhash64(&r, seed);
	}
	return memhash32(p, seed);
}

uintptr_t f64hash(const void *p, uintptr_t seed)
{
	double f = *(const double *)p;
	uint64_t zero = 0;
	if (f == 0)
		return memhash64(&zero, seed);
	if (f != f) {
		uint64_t r = fastrand();
		return memhash64(&r, seed ^ 1);
	}
	return memhash64(p, seed);
}

uintptr_t c64hash(const void *p, uintptr_t seed)
{
	const float *x = p;
	return f32hash(&x[1], f32hash(&x[0], seed));
}

uintptr_t c128hash(const void *p, uintptr_t seed)
{
	const double *x = p;
	return f64hash(&x[1], f64hash(&x[0], seed));
}

static bool isDirectIface(const _type *t)
{
	return (t->kind & kindDirectIface) != 0;
}

/*
 * typehash hashes the value of type t at p, walking arrays and structs
 * element by element (gc's typehash, which its reflect-made types use;
 * here it also serves interface keys, whose dynamic type has no hasher).
 * Kinds that are not comparable panic as gc does.
 */
uintptr_t typehash(const _type *t, const void *p, uintptr_t h)
{
	const uint8_t *b = p;

	if (t->tflag & tflagRegularMemory)
		goto regular;
	switch (t->kind & kindMask) {
	case kindBool: case kindInt: case kindInt8: case kindInt16: case kindInt32:
	case kindInt64: case kindUint: case kindUint8: case kindUint16: case kindUint32:
	case kindUint64: case kindUintptr: case kindChan: case kindPtr:
	case kindUnsafePointer:
		goto regular;
	case kindFloat32:    return f32hash(p, h);
	case kindFloat64:    return f64hash(p, h);
	case kindComplex64:  return c64hash(p, h);
	case kindComplex128: return c128hash(p, h);
	case kindString:     return strhash(p, h);
	case kindInterface:
		if (((const interfacetype *)t)->nmethods == 0)
			return nilinterhash(p, h);
		return interhash(p, h);
	case kindArray: {
		const arraytype *a = (const arraytype *)t;
		for (uintptr_t i = 0; i < a->len; i++)
			h = typehash(a->elem, b + i * a->elem->size, h);
		return h;
	}
	case kindStruct: {
		const structtype *s = (const structtype *)t;
		for (intptr_t i = 0; i < s->nfields; i++) {
			const structfield *f = &s->fields[i];
			if (f->name[0] == '_' && f->name[1] == 0)
				continue;
			h = typehash(f->typ, b + (f->offsetAnon >> 1), h);
		}
		return h;
	}
	default:
		panicTypeError("hash of unhashable type ", t);
	}
regular:
	switch (t->size) {
	case 4:  return memhash32(p, h);
	case 8:  return memhash64(p, h);
	default: return memhash(p, h, t->size);
	}
}

/* hashdyn hashes an interface's dynamic value (t is not nil). */
static uintptr_t hashdyn(const _type *t, void *const *data, uintptr_t h)
{
	if (t->equal == 0)
		panicTypeError("hash of unhashable type ", t);
	if (isDirectIface(t))
		return typehash(t, data, h ^ 0x2d358dccaa6c78a5ull);
	return typehash(t, *data, h ^ 0x2d358dccaa6c78a5ull);
}

/* interhash hashes a non-empty interface {tab *itab, data}. */
uintptr_t interhash(const void *p, uintptr_t h)
{
	const iface *a = p;
	if (a->tab == 0)
		return h;
	return hashdyn(a->tab->_type, &a->data, h);
}

/* nilinterhash hashes an interface{} {type, data}. */
uintptr_t nilinterhash(const void *p, uintptr_t h)
{
	const eface *a = p;
	if (a->_type == 0)
		return h;
	return hashdyn(a->_type, &a->data, h);
}

/* ---- equality ---- */

bool memequal0(const void *p, const void *q)
{
	(void)p, (void)q;
	return true;
}
bool memequal8(const void *p, const void *q) { return *(const uint8_t *)p == *(const uint8_t *)q; }
bool memequal16(const void *p, const void *q) { return *(const uint16_t *)p == *(const uint16_t *)q; }
bool memequal32(const void *p, const void *q) { return *(const uint32_t *)p == *(const uint32_t *)q; }
bool memequal64(const void *p, const void *q) { return *(const uint64_t *)p == *(const uint64_t *)q; }
bool memequal128(const void *p, const void *q)
{
	const uint64_t *x = p, *y = q;
	return x[0] == y[0] && x[1] == y[1];
}

bool f32equal(const void *p, const void *q) { return *(const float *)p == *(const float *)q; }
bool f64equal(const void *p, const void *q) { return *(const double *)p == *(const double *)q; }

bool c64equal(const void *p, const void *q)
{
	const float *x = p, *y = q;
	return x[0] == y[0] && x[1] == y[1];
}

bool c128equal(const void *p, const void *q)
{
	const double *x = p, *y = q;
	return x[0] == y[0] && x[1] == y[1];
}

bool strequal(const void *p, const void *q)
{
	const String *x = p, *y = q;
	return x->len == y->len && (x->str == y->str || memcmp(x->str, y->str, (size_t)x->len) == 0);
}

/*
 * efaceeq compares two dynamic values of the same type t, given by
 * their interfaces' data words (gc's efaceeq): the words themselves for
 * a pointer-shaped type, else the values they point to.
 */
bool efaceeq(const _type *t, void *x, void *y)
{
	if (t == 0)
		return true;
	if (t->equal == 0)
		panicTypeError("comparing uncomparable type ", t);
	if (isDirectIface(t))
		return x == y;
	return callequal(t, x, y);
}

bool interequal(const void *p, const void *q)
{
	const iface *x = p, *y = q;
	return x->tab == y->tab && efaceeq(x->tab ? x->tab->_type : 0, x->data, y->data);
}

bool nilinterequal(const void *p, const void *q)
{
	const eface *x = p, *y = q;
	return x->_type == y->_type && efaceeq(x->_type, x->data, y->data);
}

/* ---- calling the functions in type descriptors ---- */

/*
 * gocall2(fn, a, b) calls the Go function fn with the argument words a
 * and b (in RAX and RBX, the register convention) and returns its first
 * two result words (RAX, RBX; C sees them in RAX:RDX): the Go side of
 * callhash/callequal and of calling a method (iface.c). Go code keeps
 * only RSP, RBP, R14 and R15, so the C callee-saved registers are saved
 * here, and R14 is loaded with g from TLS (C may be using R14 for
 * something else at this point). The 16 bytes at 0(SP) are fn's
 * argument area: the spill words of its two register arguments.
 */
__asm__(
	"	.text\n"
	"	.globl gocall2\n"
	"	.type gocall2, @function\n"
	"gocall2:\n"
	"	pushq	%rbp\n"
	"	movq	%rsp, %rbp\n"
	"	pushq	%rbx\n"
	"	pushq	%r12\n"
	"	pushq	%r13\n"
	"	pushq	%r14\n"
	"	pushq	%r15\n"
	"	subq	$24, %rsp\n"            /* spill area; SP 16-aligned */
	"	movq	%rsi, %rax\n"
	"	movq	%rdx, %rbx\n"
	"	movq	%fs:-8, %r14\n"
	"	call	*%rdi\n"
	"	movq	%rbx, %rdx\n"
	"	addq	$24, %rsp\n"
	"	popq	%r15\n"
	"	popq	%r14\n"
	"	popq	%r13\n"
	"	popq	%r12\n"
	"	popq	%rbx\n"
	"	popq	%rbp\n"
	"	ret\n"
	"	.size gocall2, .-gocall2\n");

/* The runtime's own trampolines (abi_amd64.S), by symbol. */
#define TRAMPOLINE(name) extern const uint8_t tramp_##name[] __asm__("runtime." #name)
TRAMPOLINE(memhash32); TRAMPOLINE(memhash64); TRAMPOLINE(strhash); TRAMPOLINE(f32hash); TRAMPOLINE(f64hash);
TRAMPOLINE(c64hash); TRAMPOLINE(c128hash); TRAMPOLINE(interhash); TRAMPOLINE(nilinterhash);
TRAMPOLINE(memequal0); TRAMPOLINE(memequal8); TRAMPOLINE(memequal16); TRAMPOLINE(memequal32); TRAMPOLINE(memequal64);
TRAMPOLINE(memequal128); TRAMPOLINE(f32equal); TRAMPOLINE(f64equal); TRAMPOLINE(c64equal);
TRAMPOLINE(c128equal); TRAMPOLINE(strequal); TRAMPOLINE(interequal); TRAMPOLINE(nilinterequal);
#undef TRAMPOLINE

typedef uintptr_t (*hashfunc)(const void *p, uintptr_t seed);
typedef bool (*equalfunc)(const void *p, const void *q);

/* Most used first: the lookups below are linear. */
static const struct {
	const uint8_t *tramp;
	hashfunc fn;
} hashfuncs[] = {
	{tramp_memhash64, memhash64},
	{tramp_strhash, strhash},
	{tramp_memhash32, memhash32},
	{tramp_f64hash, f64hash},
	{tramp_nilinterhash, nilinterhash},
	{tramp_interhash, interhash},
	{tramp_f32hash, f32hash},
	{tramp_c128hash, c128hash},
	{tramp_c64hash, c64hash},
};

static const struct {
	const uint8_t *tramp;
	equalfunc fn;
} equalfuncs[] = {
	{tramp_memequal64, memequal64},
	{tramp_strequal, strequal},
	{tramp_memequal32, memequal32},
	{tramp_memequal8, memequal8},
	{tramp_memequal16, memequal16},
	{tramp_memequal128, memequal128},
	{tramp_f64equal, f64equal},
	{tramp_nilinterequal, nilinterequal},
	{tramp_interequal, interequal},
	{tramp_f32equal, f32equal},
	{tramp_c128equal, c128equal},
	{tramp_c64equal, c64equal},
	{tramp_memequal0, memequal0},
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* callhash calls the hasher fn on the key at p. */
uintptr_t callhash(uintptr_t fn, const void *p, uintptr_t seed)
{
	for (size_t i = 0; i < NELEM(hashfuncs); i++)
		if (fn == (uintptr_t)hashfuncs[i].tramp)
			return hashfuncs[i].fn(p, seed);
	return gocall2(fn, (uintptr_t)p, seed).r0;
}

/*
 * reflect.descequal stands in _type.equal for the comparable arrays and
 * structs that reflect makes at run time (ArrayOf, StructOf). gc gives
 * those a closure over the type; hood's equal is a code address without
 * a context, so the runtime recognises this one and walks the descriptor
 * instead (descequal below). Its code is never meant to run: everything
 * that calls an equal function has the type at hand and comes here.
 */
extern const uint8_t tramp_descequal[] __asm__("reflect.descequal");

uintptr_t rt_descequal(const void *p, const void *q)
{
	(void)p, (void)q;
	throw("reflect.descequal called without its type");
}

/*
 * descequal compares values of a type reflect made: an array element by
 * element, a struct field by field, each with its own type's equality.
 * A made struct compares its blank fields too, as gc's StructOf's
 * closure does. Recurses once per level of nesting (as typehash does).
 */
static bool descequal(const _type *t, const void *p, const void *q)
{
	const uint8_t *x = p, *y = q;
	switch (t->kind & kindMask) {
	case kindArray: {
		const arraytype *a = (const arraytype *)t;
		for (uintptr_t i = 0; i < a->len; i++) {
			uintptr_t off = i * a->elem->size;
			if (!callequal(a->elem, x + off, y + off))
				return false;
		}
		return true;
	}
	case kindStruct: {
		const structtype *s = (const structtype *)t;
		for (intptr_t i = 0; i < s->nfields; i++) {
			const structfield *f = &s->fields[i];
			uintptr_t off = f->offsetAnon >> 1;
			if (!callequal(f->typ, x + off, y + off))
				return false;
		}
		return true;
	}
	default:
		throw("reflect.descequal on a type that is neither array nor struct");
	}
}

/* callequal calls the equality function of t (comparable) on the values
 * at p and q. */
bool callequal(const _type *t, const void *p, const void *q)
{
	uintptr_t fn = t->equal;
	for (size_t i = 0; i < NELEM(equalfuncs); i++)
		if (fn == (uintptr_t)equalfuncs[i].tramp)
			return equalfuncs[i].fn(p, q);
	if (fn == (uintptr_t)tramp_descequal)
		return descequal(t, p, q);
	return (uint8_t)gocall2(fn, (uintptr_t)p, (uintptr_t)q).r0 != 0;
}

/* ---- start-up ---- */

/* CPUID leaf 1, ECX bit 25: AES-NI. */
static bool cpuHasAES(void)
{
	uint32_t a = 1, b, c = 0, d;
	__asm__("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	return (c >> 25) & 1;
}

/*
 * alginit chooses the hash and seeds it from the kernel's 16 random
 * bytes, stretched through mix64 into the 512 bits of round keys and the
 * multipliers (gc's alginit, with gc's extendRandom's role). Without
 * AT_RANDOM (kernels before 2.6.29) the cycle counter and a stack address
 * stand in. Runs on g0 at start-up, before any map exists.
 */
void alginit(void)
{
	uint64_t s0, s1;
	if (startupRandomData != 0) {
		s0 = load64(startupRandomData);
		s1 = load64(startupRandomData + 8);
	} else {
		uint32_t lo, hi;
		__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
		s0 = (uint64_t)hi << 32 | lo;
		s1 = (uintptr_t)&lo;
	}
	uint64_t x = s0 ^ mix64(s1);
	for (int i = 0; i < 4; i++) {
		x += 0x9e3779b97f4a7c15ull;
		uint64_t lo = mix64(x);
		x += 0x9e3779b97f4a7c15ull;
		aeskeysched[i] = block(lo, mix64(x));
		x += 0x9e3779b97f4a7c15ull;
		hashkey[i] = mix64(x) | 1;
	}
	x += 0x9e3779b97f4a7c15ull;
	fastrandState = mix64(x);
	useAeshash = cpuHasAES();
}

/* ---- the runtime.def entry points ---- */

uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t n) { return memhash(p, seed, n); }
uintptr_t rt_memhash32(const void *p, uintptr_t seed) { return memhash32(p, seed); }
uintptr_t rt_memhash64(const void *p, uintptr_t seed) { return memhash64(p, seed); }
uintptr_t rt_strhash(const void *p, uintptr_t seed) { return strhash(p, seed); }
uintptr_t rt_f32hash(const void *p, uintptr_t seed) { return f32hash(p, seed); }
uintptr_t rt_f64hash(const void *p, uintptr_t seed) { return f64hash(p, seed); }
uintptr_t rt_c64hash(const void *p, uintptr_t seed) { return c64hash(p, seed); }
uintptr_t rt_c128hash(const void *p, uintptr_t seed) { return c128hash(p, seed); }
uintptr_t rt_interhash(const void *p, uintptr_t seed) { return interhash(p, seed); }
uintptr_t rt_nilinterhash(const void *p, uintptr_t seed) { return nilinterhash(p, seed); }
uintptr_t rt_typehash(const _type *t, const void *p, uintptr_t seed) { return typehash(t, p, seed); }

uintptr_t rt_memequal0(const void *p, const void *q) { return memequal0(p, q); }
uintptr_t rt_memequal8(const void *p, const void *q) { return memequal8(p, q); }
uintptr_t rt_memequal16(const void *p, const void *q) { return memequal16(p, q); }
uintptr_t rt_memequal32(const void *p, const void *q) { return memequal32(p, q); }
uintptr_t rt_memequal64(const void *p, const void *q) { return memequal64(p, q); }
uintptr_t rt_memequal128(const void *p, const void *q) { return memequal128(p, q); }
uintptr_t rt_f32equal(const void *p, const void *q) { return f32equal(p, q); }
uintptr_t rt_f64equal(const void *p, const void *q) { return f64equal(p, q); }
uintptr_t rt_c64equal(const void *p, const void *q) { return c64equal(p, q); }
uintptr_t rt_c128equal(const void *p, const void *q) { return c128equal(p, q); }
uintptr_t rt_strequal(const void *p, const void *q) { return strequal(p, q); }
uintptr_t rt_interequal(const void *p, const void *q) { return interequal(p, q); }
uintptr_t rt_nilinterequal(const void *p, const void *q) { return nilinterequal(p, q); }
