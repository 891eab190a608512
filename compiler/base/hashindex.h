/*
 * hashindex.h — a multimap from 64-bit hashes to small integers, for
 * finding duplicates in linear time: the checker's duplicate switch cases
 * and composite-literal indices were quadratic scans (a 20,000-case
 * switch took seconds). The caller keeps the items; the index only says
 * which earlier items have the same hash, and the caller compares them.
 *
 * Open addressing with linear probing; the table doubles at half load.
 * Memory comes from malloc and is released with hashindex_free, since
 * most indexes live only as long as one check; one that lives as long
 * as the program (a scope's names, ssagen's symbols) sets in_arena and
 * takes its memory from arena_package, so that arena_package_reset
 * gives it back (a process compiling many programs, the fuzzing
 * harnesses, must not keep them).
 */
#ifndef HOOD_HASHINDEX_H
#define HOOD_HASHINDEX_H

#include <stdbool.h>
#include <stdint.h>

typedef struct HashIndex {
    uint64_t *hash;  /* per slot */
    int *item;       /* per slot: the item, or -1 for an empty slot */
    int cap;         /* slots, a power of two (0 before the first add) */
    int n;           /* items added */
    bool in_arena;   /* memory from arena_package; hashindex_free does nothing */
} HashIndex;

void hashindex_add(HashIndex *h, uint64_t hash, int item);
/* The items added with this hash, one per call: start with *cursor = 0;
 * returns -1 when there are no more. */
int hashindex_next(const HashIndex *h, uint64_t hash, int *cursor);
void hashindex_free(HashIndex *h);

/* A 64-bit mix of x (splitmix64's finaliser), for integer keys. */
uint64_t hash_u64(uint64_t x);
/* FNV-1a over n bytes, widened to 64 bits. */
uint64_t hash_bytes(const void *p, size_t n);

#endif
