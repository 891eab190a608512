/*
 * map.c — Go's map: gc's hash table with buckets of eight slots and
 * incremental growth (go1.19 map.go; "Go under the hood", the map
 * chapter), with gc's names.
 *
 * A map is a *hmap. Its 2^B buckets form one array; a bucket (bmap) is
 *
 *     tophash [8]uint8    the top byte of each slot's hash, or a state
 *     keys    [8]K        keys packed together, then elems, so that
 *     elems   [8]V        map[int64]int8 needs no padding
 *     overflow *bmap      a chain of further buckets when all 8 are full
 *
 * at maptype.bucketsize bytes, with keys from offset dataOffset. The low
 * B bits of a key's hash pick its bucket; the top 8 bits, stored in
 * tophash, let a lookup skip slots without comparing keys. Tophash values
 * below minTopHash mark slot states instead (emptyRest: this slot and all
 * after it, overflow buckets included, are empty, so a lookup stops).
 *
 * Growth. When the average load passes 6.5 entries a bucket (or there are
 * as many overflow buckets as buckets: a same-size grow, which packs
 * entries left sparse by deletes), hashGrow allocates the new array and
 * keeps the old one as oldbuckets. Each assign or delete then evacuates
 * the old bucket it touches and one more in order (growWork), so the cost
 * of growing is spread over the writes that follow. Evacuating old bucket
 * i moves each entry to new bucket i (X) or i + 2^(B-1) (Y) by the next
 * hash bit, and leaves evacuatedX/evacuatedY in the old tophash, which an
 * iterator reads. Lookups read the old bucket while it is not evacuated.
 *
 * Iteration walks the buckets from a random one, and the slots of every
 * bucket from a random offset, so programs cannot come to depend on an
 * order. It walks the bucket array the iterator started with (it.buckets)
 * even if the map grows meanwhile: for an entry that has since moved it
 * looks up the current value (or learns that it was deleted), and while a
 * grow that began before the iteration is unfinished it reads the old
 * bucket and keeps only the entries that belong to the new bucket it is
 * visiting. So every entry present for the whole loop is produced exactly
 * once, a deleted entry not yet reached is not produced, and an inserted
 * one may or may not be, as the spec allows.
 *
 * Keys and elems larger than 128 bytes are stored indirectly: the slot
 * holds a pointer to a separately allocated copy (maptypeIndirectKey/
 * Elem). Hashing and equality come from the type descriptors (alg.c).
 *
 * Invariants:
 *  - a bucket's empty slots after the last used one are emptyRest, and
 *    emptyRest is never followed by a used slot in the same chain;
 *  - while growing (oldbuckets != nil) old buckets below nevacuate are
 *    evacuated; a key lives in exactly one of its old bucket (if not yet
 *    evacuated) or its new bucket;
 *  - hashWriting is set for the duration of every write: a read or
 *    iteration that sees it throws, as gc does (only re-entry through a
 *    hasher could cause it while there is one thread).
 *
 * Everything here runs on the goroutine stack within RT_SMALL_STACK
 * (HACKING.md) and takes no locks (one thread).
 */
#include "entry.h"

enum {
	bucketCntBits = 3,
	bucketCnt = 1 << bucketCntBits,   /* slots per bucket */

	/* Grow past an average of 6.5 entries a bucket (13/2), gc's
	 * measured balance of memory against overflow chains. */
	loadFactorNum = 13,
	loadFactorDen = 2,

	/* Bigger keys or elems are stored behind a pointer (gc's limit). */
	maxKeySize = 128,
	maxElemSize = 128,

	/* Keys start after tophash: 8 bytes, so 8-byte keys are aligned. */
	dataOffset = bucketCnt,

	/* tophash states; real tophashes are >= minTopHash. */
	emptyRest = 0,        /* empty, and so is every later slot and bucket */
	emptyOne = 1,         /* empty */
	evacuatedX = 2,       /* moved to the first half of the new array */
	evacuatedY = 3,       /* moved to the second half */
	evacuatedEmpty = 4,   /* empty, and the bucket is evacuated */
	minTopHash = 5,

	/* hmap.flags */
	iterator = 1,         /* an iterator may be using buckets */
	oldIterator = 2,      /* an iterator may be using oldbuckets */
	hashWriting = 4,      /* a write is in progress */
	sameSizeGrow = 8,     /* the current grow keeps the size */
};

/* hiter.checkBucket when no filtering is needed. */
#define noCheck ((uintptr_t)1 << 63)

typedef struct bmap {
	uint8_t tophash[bucketCnt];
	/* keys, elems and the overflow pointer follow: maptype.bucketsize */
} bmap;

/*
 * A list of buckets. When neither keys nor elems hold pointers, the
 * bucket type has no pointers either (the GC does not scan the bucket
 * array), and the overflow buckets are kept alive by these lists in
 * mapextra instead.
 */
typedef struct bmaplist {
	bmap **p;
	intgo len;
	intgo cap;
} bmaplist;

struct mapextra {
	bmaplist overflow;       /* overflow buckets of buckets */
	bmaplist oldoverflow;    /* of oldbuckets */
	bmap *nextOverflow;      /* preallocated free overflow buckets */
};

static _type hmapType = {
	.size = sizeof(hmap), .ptrdata = sizeof(hmap), .kind = kindStruct,
	.align = 8, .fieldAlign = 8, .str = "runtime.hmap",
};

static _type mapextraType = {
	.size = sizeof(mapextra), .ptrdata = sizeof(mapextra), .kind = kindStruct,
	.align = 8, .fieldAlign = 8, .str = "runtime.mapextra",
};

/* The value of a missing key for mapaccess1/2 (gc's zeroVal): elems up
 * to this size; bigger ones use the _fat entries with the compiler's own
 * zero value. */
#define maxZero 1024
static const uint8_t zeroVal[maxZero];

static inline void *add(const void *p, uintptr_t x)
{
	return (uint8_t *)p + x;
}

static inline uintptr_t bucketShift(uint8_t b) { return (uintptr_t)1 << (b & 63); }
static inline uintptr_t bucketMask(uint8_t b) { return bucketShift(b) - 1; }

/* tophash is the hash's top byte, moved above the slot states. */
static inline uint8_t tophash(uintptr_t hash)
{
	uint8_t top = (uint8_t)(hash >> 56);
	if (top < minTopHash)
		top += minTopHash;
	return top;
}

static inline bool isEmpty(uint8_t x) { return x <= emptyOne; }

static inline bool evacuated(const bmap *b)
{
	uint8_t h = b->tophash[0];
	return h > emptyOne && h < minTopHash;
}

static inline bmap *bucketAt(const maptype *t, void *buckets, uintptr_t i)
{
	return add(buckets, i * t->bucketsize);
}

static inline bmap *overflowOf(const maptype *t, const bmap *b)
{
	return *(bmap **)add(b, t->bucketsize - sizeof(void *));
}

static inline void setoverflow(const maptype *t, bmap *b, bmap *ovf)
{
	*(bmap **)add(b, t->bucketsize - sizeof(void *)) = ovf;
}

static inline void *keyAt(const maptype *t, const bmap *b, uintptr_t i)
{
	return add(b, dataOffset + i * t->keysize);
}

static inline void *elemAt(const maptype *t, const bmap *b, uintptr_t i)
{
	return add(b, dataOffset + bucketCnt * t->keysize + i * t->elemsize);
}

/* The key or elem itself: a slot of an indirect key holds its address. */
static inline void *indirect(void *slot, bool isIndirect)
{
	return isIndirect ? *(void **)slot : slot;
}

static inline bool indirectkey(const maptype *t) { return t->flags & maptypeIndirectKey; }
static inline bool indirectelem(const maptype *t) { return t->flags & maptypeIndirectElem; }
static inline bool reflexivekey(const maptype *t) { return t->flags & maptypeReflexiveKey; }
static inline bool needkeyupdate(const maptype *t) { return t->flags & maptypeNeedKeyUpdate; }
static inline bool hashMightPanic(const maptype *t) { return t->flags & maptypeHashMightPanic; }

static inline uintptr_t hashOf(const maptype *t, const hmap *h, const void *key)
{
	return callhash(t->hasher, key, h->hash0);
}

static inline bool keyEqual(const maptype *t, const void *a, const void *b)
{
	return callequal(t->key, a, b);
}

/*
 * The fast entry points (gc's map_fast32.go, map_fast64.go,
 * map_faststr.go) are the generic lookup, assign and delete compiled
 * again for one key kind, with the hash and == inlined: alg selects the
 * kind, and every use of it is a constant after inlining. They are only
 * for maps whose hasher is the one inlined here (runtime.memhash32,
 * runtime.memhash64, runtime.strhash) and whose keys are stored in
 * place, so growth and iteration, which stay generic, agree with them.
 */
typedef enum keyalg {
	algGeneric,
	alg32,       /* 4-byte plain memory keys */
	alg64,       /* 8-byte plain memory keys */
	algStr,      /* strings */
} keyalg;

#define ALWAYS_INLINE static inline __attribute__((always_inline))

ALWAYS_INLINE uintptr_t hashAlg(const maptype *t, const hmap *h, const void *key, keyalg alg)
{
	switch (alg) {
	case alg32:  return memhash32(key, h->hash0);
	case alg64:  return memhash64(key, h->hash0);
	case algStr: return strhash(key, h->hash0);
	default:     return hashOf(t, h, key);
	}
}

ALWAYS_INLINE bool equalAlg(const maptype *t, const void *a, const void *b, keyalg alg)
{
	switch (alg) {
	case alg32:  return *(const uint32_t *)a == *(const uint32_t *)b;
	case alg64:  return *(const uint64_t *)a == *(const uint64_t *)b;
	case algStr: return strequal(a, b);
	default:     return keyEqual(t, a, b);
	}
}

static inline bool growing(const hmap *h) { return h->oldbuckets != 0; }
static inline bool isSameSizeGrow(const hmap *h) { return h->flags & sameSizeGrow; }

/* noldbuckets is the number of buckets before the current grow. */
static uintptr_t noldbuckets(const hmap *h)
{
	uint8_t b = h->B;
	if (!isSameSizeGrow(h))
		b--;
	return bucketShift(b);
}

static uintptr_t oldbucketmask(const hmap *h)
{
	return noldbuckets(h) - 1;
}

/* overLoadFactor: would count entries in 2^B buckets be too many? */
static bool overLoadFactor(intgo count, uint8_t B)
{
	return count > bucketCnt &&
	       (uintptr_t)count > loadFactorNum * (bucketShift(B) / loadFactorDen);
}

/* tooManyOverflowBuckets: about as many overflow buckets as buckets
 * (capped at 2^15, since noverflow is 16 bits). */
static bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B)
{
	if (B > 15)
		B = 15;
	return noverflow >= (uint16_t)1 << B;
}

/* newarray allocates n zeroed values of type t, or throws on overflow. */
static void *newarray(const _type *t, uintptr_t n)
{
	if (t->size != 0 && n > ((uintptr_t)1 << 47) / t->size)
		throw("runtime: allocation size out of range");
	return mallocgc(t->size * n, (_type *)t, true);
}

static mapextra *getextra(hmap *h)
{
	if (h->extra == 0)
		h->extra = newobject(&mapextraType);
	return h->extra;
}

static void bmaplistAppend(bmaplist *l, bmap *b)
{
	if (l->len == l->cap) {
		intgo ncap = l->cap ? 2 * l->cap : 8;
		bmap **p = mallocgc((uintptr_t)ncap * sizeof(bmap *), 0, true);
		memmove(p, l->p, (uintptr_t)l->len * sizeof(bmap *));
		l->p = p;
		l->cap = ncap;
	}
	l->p[l->len++] = b;
}

/*
 * incrnoverflow counts one more overflow bucket. From B = 16 on, it
 * counts with probability 2^(15-B), so noverflow approximates
 * 2^(B-15) × the real number within its 16 bits.
 */
static void incrnoverflow(hmap *h)
{
	if (h->B < 16) {
		h->noverflow++;
		return;
	}
	uint32_t mask = ((uint32_t)1 << (h->B - 15)) - 1;
	if ((fastrand() & mask) == 0)
		h->noverflow++;
}

/*
 * newoverflow chains a new overflow bucket after b and returns it. It
 * takes a preallocated one when there is one left: the last preallocated
 * bucket's overflow pointer is the (non-nil) bucket array, which marks
 * the end of the supply.
 */
static bmap *newoverflow(const maptype *t, hmap *h, bmap *b)
{
	bmap *ovf;
	if (h->extra != 0 && h->extra->nextOverflow != 0) {
		ovf = h->extra->nextOverflow;
		if (overflowOf(t, ovf) == 0) {
			h->extra->nextOverflow = add(ovf, t->bucketsize);
		} else {
			setoverflow(t, ovf, 0);
			h->extra->nextOverflow = 0;
		}
	} else {
		ovf = newobject(t->bucket);
	}
	incrnoverflow(h);
	if (t->bucket->ptrdata == 0)
		bmaplistAppend(&getextra(h)->overflow, ovf);
	setoverflow(t, b, ovf);
	return ovf;
}

/*
 * makeBucketArray allocates 2^b buckets, plus 2^(b-4) spare overflow
 * buckets when b >= 4, and returns the spares through nextOverflow.
 * dirty, if not nil, is an array of the same shape to clear and reuse.
 */
static void *makeBucketArray(const maptype *t, uint8_t b, void *dirty, bmap **nextOverflow)
{
	uintptr_t base = bucketShift(b);
	uintptr_t nbuckets = base;
	if (b >= 4)
		nbuckets += bucketShift(b - 4);
	void *buckets;
	if (dirty == 0) {
		buckets = newarray(t->bucket, nbuckets);
	} else {
		buckets = dirty;
		memclrNoHeapPointers(buckets, nbuckets * t->bucketsize);
	}
	*nextOverflow = 0;
	if (base != nbuckets) {
		*nextOverflow = bucketAt(t, buckets, base);
		setoverflow(t, bucketAt(t, buckets, nbuckets - 1), buckets);
	}
	return buckets;
}

hmap *makemap_small(void)
{
	hmap *h = newobject(&hmapType);
	h->hash0 = fastrand();
	return h;
}

/*
 * makemap implements make(map[k]v, hint): room for hint entries without
 * growing. A negative or absurd hint counts as 0, as in gc. h, if not
 * nil, is an hmap the compiler allocated (on the stack, later).
 */
hmap *makemap(maptype *t, intgo hint, hmap *h)
{
	if (hint < 0 || (uintptr_t)hint > ((uintptr_t)1 << 47) / t->bucket->size)
		hint = 0;
	if (h == 0)
		h = newobject(&hmapType);
	h->hash0 = fastrand();
	uint8_t B = 0;
	while (overLoadFactor(hint, B))
		B++;
	h->B = B;
	if (B != 0) {
		bmap *nextOverflow;
		h->buckets = makeBucketArray(t, B, 0, &nextOverflow);
		if (nextOverflow != 0)
			getextra(h)->nextOverflow = nextOverflow;
	}
	return h;
}

/*
 * findbucket returns the bucket, in the current array or the old one
 * while it is not evacuated, that holds key's chain.
 */
static bmap *findbucket(const maptype *t, const hmap *h, uintptr_t hash)
{
	uintptr_t m = bucketMask(h->B);
	bmap *b = bucketAt(t, h->buckets, hash & m);
	if (h->oldbuckets != 0) {
		if (!isSameSizeGrow(h))
			m >>= 1;
		bmap *oldb = bucketAt(t, h->oldbuckets, hash & m);
		if (!evacuated(oldb))
			b = oldb;
	}
	return b;
}

/*
 * lookupAlg finds key's slot: its index, with the bucket in *bp, or -1.
 * Shared by the mapaccess functions and mapaccessK. h is not nil and
 * holds entries.
 */
ALWAYS_INLINE intgo lookupAlg(const maptype *t, const hmap *h, const void *key, bmap **bp, keyalg alg)
{
	if (h->flags & hashWriting)
		fatal("concurrent map read and map write");
	uintptr_t hash = hashAlg(t, h, key, alg);
	uint8_t top = tophash(hash);
	for (bmap *b = findbucket(t, h, hash); b != 0; b = overflowOf(t, b)) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			if (b->tophash[i] != top) {
				if (b->tophash[i] == emptyRest)
					return -1;
				continue;
			}
			if (equalAlg(t, key, indirect(keyAt(t, b, i), indirectkey(t)), alg)) {
				*bp = b;
				return (intgo)i;
			}
		}
	}
	return -1;
}

/* An empty or nil map still hashes a key that might not be hashable, so
 * that m[k] panics for such a k whatever m holds, as in gc. */
static bool emptyLookup(const maptype *t, const hmap *h, const void *key)
{
	if (h != 0 && h->count != 0)
		return false;
	if (hashMightPanic(t))
		callhash(t->hasher, key, 0);
	return true;
}

/* accessAlg: the elem of key, or a zero value with *ok false. */
ALWAYS_INLINE void *accessAlg(const maptype *t, const hmap *h, const void *key, bool *ok, keyalg alg)
{
	bmap *b;
	intgo i;
	if (emptyLookup(t, h, key) || (i = lookupAlg(t, h, key, &b, alg)) < 0) {
		*ok = false;
		return (void *)zeroVal;
	}
	*ok = true;
	return indirect(elemAt(t, b, (uintptr_t)i), indirectelem(t));
}

/* mapaccess1 implements v := m[key]: a pointer to the elem, or to a zero
 * value if key is missing. Never nil. */
void *mapaccess1(maptype *t, hmap *h, const void *key)
{
	bool ok;
	return accessAlg(t, h, key, &ok, algGeneric);
}

/* mapaccess2 implements v, ok := m[key]. */
void *mapaccess2(maptype *t, hmap *h, const void *key, bool *ok)
{
	return accessAlg(t, h, key, ok, algGeneric);
}

/* mapaccessK returns the stored key and elem for key, or nil (iteration). */
static void *mapaccessK(const maptype *t, const hmap *h, const void *key, void **elem)
{
	bmap *b;
	intgo i;
	if (h == 0 || h->count == 0 || (i = lookupAlg(t, h, key, &b, algGeneric)) < 0)
		return 0;
	*elem = indirect(elemAt(t, b, (uintptr_t)i), indirectelem(t));
	return indirect(keyAt(t, b, (uintptr_t)i), indirectkey(t));
}

static void hashGrow(const maptype *t, hmap *h);
static void growWork(const maptype *t, hmap *h, uintptr_t bucket);

/*
 * assignAlg implements m[key] = v: it returns the address of key's elem,
 * adding key (with a zero elem) if missing; the caller stores v there.
 */
ALWAYS_INLINE void *assignAlg(const maptype *t, hmap *h, const void *key, keyalg alg)
{
	if (h == 0)
		panicPlainError("assignment to entry in nil map");
	if (h->flags & hashWriting)
		fatal("concurrent map writes");
	uintptr_t hash = hashAlg(t, h, key, alg);
	/* Set after hashing: the hasher may panic, leaving the map as it was. */
	h->flags ^= hashWriting;
	if (h->buckets == 0)
		h->buckets = newarray(t->bucket, 1);

again:;
	uintptr_t bucket = hash & bucketMask(h->B);
	if (growing(h))
		growWork(t, h, bucket);
	bmap *b = bucketAt(t, h->buckets, bucket);
	uint8_t top = tophash(hash);
	uint8_t *inserti = 0;
	void *insertk = 0;
	void *elem = 0;

	for (;;) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			if (b->tophash[i] != top) {
				if (isEmpty(b->tophash[i]) && inserti == 0) {
					inserti = &b->tophash[i];
					insertk = keyAt(t, b, i);
					elem = elemAt(t, b, i);
				}
				if (b->tophash[i] == emptyRest)
					goto notfound;
				continue;
			}
			void *k = indirect(keyAt(t, b, i), indirectkey(t));
			if (!equalAlg(t, key, k, alg))
				continue;
			/* Present: a key update keeps == but not the bits (+0/-0). */
			if (needkeyupdate(t))
				memmove(k, key, t->key->size);
			elem = elemAt(t, b, i);
			goto done;
		}
		bmap *ovf = overflowOf(t, b);
		if (ovf == 0)
			break;
		b = ovf;
	}

notfound:
	/* Grow first if this entry would overload the table: growing
	 * invalidates the slot found above, so start again. */
	if (!growing(h) && (overLoadFactor(h->count + 1, h->B) ||
			    tooManyOverflowBuckets(h->noverflow, h->B))) {
		hashGrow(t, h);
		goto again;
	}
	if (inserti == 0) {
		bmap *newb = newoverflow(t, h, b);
		inserti = &newb->tophash[0];
		insertk = keyAt(t, newb, 0);
		elem = elemAt(t, newb, 0);
	}
	if (indirectkey(t)) {
		void *kmem = newobject(t->key);
		*(void **)insertk = kmem;
		insertk = kmem;
	}
	if (indirectelem(t))
		*(void **)elem = newobject(t->elem);
	memmove(insertk, key, t->key->size);
	*inserti = top;
	h->count++;

done:
	if (!(h->flags & hashWriting))
		fatal("concurrent map writes");
	h->flags &= (uint8_t)~hashWriting;
	return indirect(elem, indirectelem(t));
}

/*
 * clearslot empties slot i of b: the key and elem are zeroed (or, if
 * indirect, their pointers), so the GC keeps nothing alive through them.
 */
static void clearslot(const maptype *t, bmap *b, uintptr_t i)
{
	void *k = keyAt(t, b, i);
	if (indirectkey(t))
		*(void **)k = 0;
	else if (t->key->ptrdata != 0)
		memclrNoHeapPointers(k, t->key->size);
	void *e = elemAt(t, b, i);
	if (indirectelem(t))
		*(void **)e = 0;
	else
		memclrNoHeapPointers(e, t->elem->size);
	b->tophash[i] = emptyOne;
}

/*
 * markEmptyRest: slot i of b was just emptied. If everything after it is
 * empty, turn this slot and the empty run before it, back through the
 * chain that starts at bOrig, into emptyRest.
 */
static void markEmptyRest(const maptype *t, bmap *bOrig, bmap *b, uintptr_t i)
{
	if (i == bucketCnt - 1) {
		bmap *ovf = overflowOf(t, b);
		if (ovf != 0 && ovf->tophash[0] != emptyRest)
			return;
	} else if (b->tophash[i + 1] != emptyRest) {
		return;
	}
	for (;;) {
		b->tophash[i] = emptyRest;
		if (i == 0) {
			if (b == bOrig)
				return;
			/* Step back to the bucket before b in the chain. */
			bmap *c = b;
			for (b = bOrig; overflowOf(t, b) != c; b = overflowOf(t, b))
				;
			i = bucketCnt - 1;
		} else {
			i--;
		}
		if (b->tophash[i] != emptyOne)
			return;
	}
}

void *mapassign(maptype *t, hmap *h, const void *key)
{
	return assignAlg(t, h, key, algGeneric);
}

/* deleteAlg implements delete(m, key); deleting a missing key is a no-op. */
ALWAYS_INLINE void deleteAlg(const maptype *t, hmap *h, const void *key, keyalg alg)
{
	if (emptyLookup(t, h, key))
		return;
	if (h->flags & hashWriting)
		fatal("concurrent map writes");
	uintptr_t hash = hashAlg(t, h, key, alg);
	h->flags ^= hashWriting;

	uintptr_t bucket = hash & bucketMask(h->B);
	if (growing(h))
		growWork(t, h, bucket);
	bmap *bOrig = bucketAt(t, h->buckets, bucket);
	uint8_t top = tophash(hash);
	for (bmap *b = bOrig; b != 0; b = overflowOf(t, b)) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			if (b->tophash[i] != top) {
				if (b->tophash[i] == emptyRest)
					goto out;
				continue;
			}
			if (!equalAlg(t, key, indirect(keyAt(t, b, i), indirectkey(t)), alg))
				continue;
			clearslot(t, b, i);
			markEmptyRest(t, bOrig, b, i);
			h->count--;
			/* A fresh seed when the map empties makes it harder to
			 * keep feeding it colliding keys. */
			if (h->count == 0)
				h->hash0 = fastrand();
			goto out;
		}
	}
out:
	if (!(h->flags & hashWriting))
		fatal("concurrent map writes");
	h->flags &= (uint8_t)~hashWriting;
}

void mapdelete(maptype *t, hmap *h, const void *key)
{
	deleteAlg(t, h, key, algGeneric);
}

/* ---- growth ---- */

/*
 * hashGrow starts a grow: to twice the buckets if the table is
 * overloaded, else to as many (a same-size grow, after many deletes left
 * long sparse chains). The entries move later, in growWork.
 */
static void hashGrow(const maptype *t, hmap *h)
{
	uint8_t bigger = 1;
	if (!overLoadFactor(h->count + 1, h->B)) {
		bigger = 0;
		h->flags |= sameSizeGrow;
	}
	void *oldbuckets = h->buckets;
	bmap *nextOverflow;
	void *newbuckets = makeBucketArray(t, (uint8_t)(h->B + bigger), 0, &nextOverflow);

	/* Iterators on the current array now iterate old buckets. */
	uint8_t flags = h->flags & (uint8_t)~(iterator | oldIterator);
	if (h->flags & iterator)
		flags |= oldIterator;
	h->B += bigger;
	h->flags = flags;
	h->oldbuckets = oldbuckets;
	h->buckets = newbuckets;
	h->nevacuate = 0;
	h->noverflow = 0;

	if (h->extra != 0) {
		h->extra->oldoverflow = h->extra->overflow;
		h->extra->overflow = (bmaplist){0, 0, 0};
	}
	if (nextOverflow != 0)
		getextra(h)->nextOverflow = nextOverflow;
}

static bool bucketEvacuated(const maptype *t, const hmap *h, uintptr_t bucket)
{
	return evacuated(bucketAt(t, h->oldbuckets, bucket));
}

/* A destination of evacuation: the bucket, slot and slot addresses being filled. */
typedef struct evacDst {
	bmap *b;
	uintptr_t i;
	uint8_t *k;
	uint8_t *e;
} evacDst;

static void evacDstInit(const maptype *t, evacDst *d, bmap *b)
{
	d->b = b;
	d->i = 0;
	d->k = keyAt(t, b, 0);
	d->e = elemAt(t, b, 0);
}

/*
 * advanceEvacuationMark moves nevacuate past the evacuated old buckets
 * (looking at most 1024 ahead) and ends the grow when all are.
 */
static void advanceEvacuationMark(const maptype *t, hmap *h, uintptr_t newbit)
{
	h->nevacuate++;
	uintptr_t stop = h->nevacuate + 1024;
	if (stop > newbit)
		stop = newbit;
	while (h->nevacuate != stop && bucketEvacuated(t, h, h->nevacuate))
		h->nevacuate++;
	if (h->nevacuate == newbit) {
		h->oldbuckets = 0;
		if (h->extra != 0)
			h->extra->oldoverflow = (bmaplist){0, 0, 0};
		h->flags &= (uint8_t)~sameSizeGrow;
	}
}

/* evacuateSlot moves slot i of old bucket b to dst, marking it moved. */
static void evacuateSlot(const maptype *t, hmap *h, bmap *b, uintptr_t i, evacDst xy[2], uintptr_t newbit)
{
	uint8_t top = b->tophash[i];
	if (isEmpty(top)) {
		b->tophash[i] = evacuatedEmpty;
		return;
	}
	if (top < minTopHash)
		throw("bad map state");
	void *k = keyAt(t, b, i);
	void *k2 = indirect(k, indirectkey(t));
	int useY = 0;
	if (!isSameSizeGrow(h)) {
		uintptr_t hash = hashOf(t, h, k2);
		if ((h->flags & iterator) && !reflexivekey(t) && !keyEqual(t, k2, k2)) {
			/*
			 * A NaN: its hash is random, so where it goes is
			 * arbitrary, but an iterator must be able to tell
			 * which half the old slot went to. The low bit of
			 * the old tophash decides, and a new random tophash
			 * keeps NaNs spread out.
			 */
			useY = top & 1;
			top = tophash(hash);
		} else if (hash & newbit) {
			useY = 1;
		}
	}
	b->tophash[i] = (uint8_t)(evacuatedX + useY);
	evacDst *dst = &xy[useY];
	if (dst->i == bucketCnt)
		evacDstInit(t, dst, newoverflow(t, h, dst->b));
	dst->b->tophash[dst->i] = top;
	if (indirectkey(t))
		*(void **)dst->k = k2;
	else
		memmove(dst->k, k, t->key->size);
	void *e = elemAt(t, b, i);
	if (indirectelem(t))
		*(void **)dst->e = *(void **)e;
	else
		memmove(dst->e, e, t->elem->size);
	dst->i++;
	dst->k += t->keysize;
	dst->e += t->elemsize;
}

/* evacuate moves old bucket oldbucket's chain to the new array. */
static void evacuate(const maptype *t, hmap *h, uintptr_t oldbucket)
{
	bmap *b = bucketAt(t, h->oldbuckets, oldbucket);
	uintptr_t newbit = noldbuckets(h);
	if (!evacuated(b)) {
		evacDst xy[2];
		evacDstInit(t, &xy[0], bucketAt(t, h->buckets, oldbucket));
		if (!isSameSizeGrow(h))
			evacDstInit(t, &xy[1], bucketAt(t, h->buckets, oldbucket + newbit));
		for (; b != 0; b = overflowOf(t, b))
			for (uintptr_t i = 0; i < bucketCnt; i++)
				evacuateSlot(t, h, b, i, xy, newbit);
		/*
		 * Without an iterator on the old array, drop what the old
		 * chain points to so the GC can free it. The tophash states
		 * stay: lookups and growWork read them.
		 */
		if (!(h->flags & oldIterator) && t->bucket->ptrdata != 0) {
			b = bucketAt(t, h->oldbuckets, oldbucket);
			memclrNoHeapPointers(add(b, dataOffset), t->bucketsize - dataOffset);
		}
	}
	if (oldbucket == h->nevacuate)
		advanceEvacuationMark(t, h, newbit);
}

/* growWork evacuates the old bucket that bucket is about to use, and one
 * more to keep the grow moving. */
static void growWork(const maptype *t, hmap *h, uintptr_t bucket)
{
	evacuate(t, h, bucket & oldbucketmask(h));
	if (growing(h))
		evacuate(t, h, h->nevacuate);
}

/* ---- iteration ---- */

/*
 * mapiterinit starts a range loop over h in *it (which the caller
 * allocates) and moves to the first entry: it->key is then the first
 * key's address, or nil if the map is empty.
 */
void mapiterinit(maptype *t, hmap *h, hiter *it)
{
	*it = (hiter){.t = t};
	if (h == 0 || h->count == 0)
		return;
	it->h = h;
	it->B = h->B;
	it->buckets = h->buckets;
	if (t->bucket->ptrdata == 0 && h->extra != 0) {
		it->overflow = h->extra->overflow.p;
		it->oldoverflow = h->extra->oldoverflow.p;
	}
	uintptr_t r = fastrand();
	if (h->B > 31 - bucketCntBits)
		r += (uintptr_t)fastrand() << 31;
	it->startBucket = r & bucketMask(h->B);
	it->offset = (uint8_t)(r >> h->B & (bucketCnt - 1));
	it->bucket = it->startBucket;
	h->flags |= iterator | oldIterator;
	mapiternext(it);
}

/*
 * iterslot sets it->key and it->elem to what slot offi of b yields, or
 * returns false to skip the slot. checkBucket is the new bucket whose
 * entries an unevacuated old bucket b is being read for, or noCheck.
 */
static bool iterslot(hiter *it, bmap *b, uintptr_t offi, uintptr_t checkBucket)
{
	const maptype *t = it->t;
	hmap *h = it->h;
	uint8_t top = b->tophash[offi];
	if (isEmpty(top) || top == evacuatedEmpty)
		return false;
	void *k = indirect(keyAt(t, b, offi), indirectkey(t));
	void *e = elemAt(t, b, offi);
	if (checkBucket != noCheck && !isSameSizeGrow(h)) {
		/*
		 * The iteration started during a grow to twice the size that
		 * is not finished: b is an old bucket feeding two new ones,
		 * and only the keys for new bucket checkBucket count now.
		 * NaNs go by the low tophash bit, as evacuate sends them.
		 */
		if (reflexivekey(t) || keyEqual(t, k, k)) {
			if ((hashOf(t, h, k) & bucketMask(it->B)) != checkBucket)
				return false;
		} else if ((checkBucket >> (it->B - 1)) != (uintptr_t)(top & 1)) {
			return false;
		}
	}
	if ((top != evacuatedX && top != evacuatedY) || !(reflexivekey(t) || keyEqual(t, k, k))) {
		/* Still where the iterator started, or a NaN, which only
		 * iteration can reach: yield it as it is. */
		it->key = k;
		it->elem = indirect(e, indirectelem(t));
		return true;
	}
	/* The map has grown since: the entry may have changed or gone. */
	void *re;
	void *rk = mapaccessK(t, h, k, &re);
	if (rk == 0)
		return false;
	it->key = rk;
	it->elem = re;
	return true;
}

/* mapiternext moves it to the next entry; it->key is nil at the end. */
void mapiternext(hiter *it)
{
	hmap *h = it->h;
	if (h->flags & hashWriting)
		fatal("concurrent map iteration and map write");
	const maptype *t = it->t;
	uintptr_t bucket = it->bucket;
	bmap *b = it->bptr;
	uintptr_t i = it->i;
	uintptr_t checkBucket = it->checkBucket;

	for (;;) {
		if (b == 0) {
			if (bucket == it->startBucket && it->wrapped) {
				it->key = 0;
				it->elem = 0;
				return;
			}
			if (growing(h) && it->B == h->B) {
				/* Started during this grow: read the old bucket
				 * unless it has been evacuated already. */
				uintptr_t oldbucket = bucket & oldbucketmask(h);
				b = bucketAt(t, h->oldbuckets, oldbucket);
				if (!evacuated(b)) {
					checkBucket = bucket;
				} else {
					b = bucketAt(t, it->buckets, bucket);
					checkBucket = noCheck;
				}
			} else {
				b = bucketAt(t, it->buckets, bucket);
				checkBucket = noCheck;
			}
			bucket++;
			if (bucket == bucketShift(it->B)) {
				bucket = 0;
				it->wrapped = true;
			}
			i = 0;
		}
		for (; i < bucketCnt; i++) {
			uintptr_t offi = (i + it->offset) & (bucketCnt - 1);
			if (iterslot(it, b, offi, checkBucket)) {
				it->bucket = bucket;
				it->bptr = b;
				it->i = (uint8_t)(i + 1);
				it->checkBucket = checkBucket;
				return;
			}
		}
		b = overflowOf(t, b);
		i = 0;
	}
}

/* mapclear deletes every entry, keeping the bucket array (gc's
 * mapclear: the compiler's lowering of a range loop that deletes each key). */
void mapclear(maptype *t, hmap *h)
{
	if (h == 0 || h->count == 0)
		return;
	if (h->flags & hashWriting)
		fatal("concurrent map writes");
	h->flags ^= hashWriting;
	h->flags &= (uint8_t)~sameSizeGrow;
	h->oldbuckets = 0;
	h->nevacuate = 0;
	h->noverflow = 0;
	h->count = 0;
	h->hash0 = fastrand();
	if (h->extra != 0)
		*h->extra = (mapextra){{0, 0, 0}, {0, 0, 0}, 0};
	bmap *nextOverflow;
	makeBucketArray(t, h->B, h->buckets, &nextOverflow);
	if (nextOverflow != 0)
		getextra(h)->nextOverflow = nextOverflow;
	if (!(h->flags & hashWriting))
		fatal("concurrent map writes");
	h->flags &= (uint8_t)~hashWriting;
}

/* ---- the runtime.def entry points ---- */

hmap *rt_makemap_small(void) { return makemap_small(); }
hmap *rt_makemap(maptype *t, intgo hint, hmap *h) { return makemap(t, hint, h); }
void *rt_mapaccess1(maptype *t, hmap *h, const void *key) { return mapaccess1(t, h, key); }
void *rt_mapassign(maptype *t, hmap *h, const void *key) { return mapassign(t, h, key); }
void rt_mapdelete(maptype *t, hmap *h, const void *key) { mapdelete(t, h, key); }
void rt_mapiterinit(maptype *t, hmap *h, hiter *it) { mapiterinit(t, h, it); }
void rt_mapiternext(hiter *it) { mapiternext(it); }
void rt_mapclear(maptype *t, hmap *h) { mapclear(t, h); }

PtrBool rt_mapaccess2(maptype *t, hmap *h, const void *key)
{
	bool ok;
	void *e = mapaccess2(t, h, key, &ok);
	return (PtrBool){e, ok};
}

/* The _fat forms: elems bigger than zeroVal, with the compiler's zero. */
void *rt_mapaccess1_fat(maptype *t, hmap *h, const void *key, const void *zero)
{
	void *e = mapaccess1(t, h, key);
	return e == zeroVal ? (void *)zero : e;
}

PtrBool rt_mapaccess2_fat(maptype *t, hmap *h, const void *key, const void *zero)
{
	bool ok;
	void *e = mapaccess2(t, h, key, &ok);
	return (PtrBool){ok ? e : (void *)zero, ok};
}

/* The fast forms: the key by value (gc's mapaccess1_fast64 etc.). */
#define FASTMAP(suffix, K, alg) \
	void *rt_mapaccess1_##suffix(maptype *t, hmap *h, K key) \
	{ \
		bool ok; \
		return accessAlg(t, h, &key, &ok, alg); \
	} \
	PtrBool rt_mapaccess2_##suffix(maptype *t, hmap *h, K key) \
	{ \
		bool ok; \
		void *e = accessAlg(t, h, &key, &ok, alg); \
		return (PtrBool){e, ok}; \
	} \
	void *rt_mapassign_##suffix(maptype *t, hmap *h, K key) { return assignAlg(t, h, &key, alg); } \
	void rt_mapdelete_##suffix(maptype *t, hmap *h, K key) { deleteAlg(t, h, &key, alg); }

FASTMAP(fast32, uint32_t, alg32)
FASTMAP(fast64, uint64_t, alg64)
FASTMAP(faststr, String, algStr)
