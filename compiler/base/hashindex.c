/*
 * hashindex.c — the hash multimap of hashindex.h.
 *
 * Invariant: cap is 0 or a power of two with 2 * n <= cap, so a probe
 * sequence always reaches an empty slot (item -1) and lookups end.
 */
#include <stddef.h>
#include <stdlib.h>

#include "hashindex.h"
#include "util.h"

static void put(HashIndex *h, uint64_t hash, int item)
{
    size_t mask = (size_t)h->cap - 1;
    size_t j = (size_t)hash & mask;
    while (h->item[j] >= 0)
        j = (j + 1) & mask;
    h->hash[j] = hash;
    h->item[j] = item;
}

static void grow(HashIndex *h)
{
    HashIndex old = *h;
    h->cap = old.cap ? old.cap * 2 : 16;
    if (h->in_arena) {
        h->hash = arena_alloc(&arena_package, sizeof *h->hash * (size_t)h->cap);
        h->item = arena_alloc(&arena_package, sizeof *h->item * (size_t)h->cap);
    } else {
        h->hash = malloc(sizeof *h->hash * (size_t)h->cap);
        h->item = malloc(sizeof *h->item * (size_t)h->cap);
    }
    if (!h->hash || !h->item)
        out_of_memory();
    for (int i = 0; i < h->cap; i++)
        h->item[i] = -1;
    for (int i = 0; i < old.cap; i++)
        if (old.item[i] >= 0)
            put(h, old.hash[i], old.item[i]);
    if (!h->in_arena) {
        free(old.hash);
        free(old.item);
    }
}

void hashindex_add(HashIndex *h, uint64_t hash, int item)
{
    if (2 * (h->n + 1) > h->cap)
        grow(h);
    put(h, hash, item);
    h->n++;
}

int hashindex_next(const HashIndex *h, uint64_t hash, int *cursor)
{
    if (h->cap == 0)
        return -1;
    size_t mask = (size_t)h->cap - 1;
    /* *cursor counts the slots of the probe sequence already visited. */
    for (size_t j = ((size_t)hash + (size_t)*cursor) & mask; h->item[j] >= 0; j = (j + 1) & mask) {
        ++*cursor;
        if (h->hash[j] == hash)
            return h->item[j];
    }
    return -1;
}

void hashindex_free(HashIndex *h)
{
    if (h->in_arena)
        return;
    free(h->hash);
    free(h->item);
    *h = (HashIndex){0};
}

uint64_t hash_u64(uint64_t x)
{
    x ^= x >> 30;
    x *= UINT64_C(0xbf58476d1ce4e5b9);
    x ^= x >> 27;
    x *= UINT64_C(0x94d049bb133111eb);
    x ^= x >> 31;
    return x;
}

uint64_t hash_bytes(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = UINT64_C(0xcbf29ce484222325);
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= UINT64_C(0x100000001b3);
    }
    return h;
}
