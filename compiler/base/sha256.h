/*
 * sha256.h — SHA-256 (FIPS 180-4), for the build cache's keys
 * (cmd/cache.c): a key names a compiled package by the hash of
 * everything it was compiled from, so a collision would hand one
 * package another's export data. A 64-bit hash such as hash_bytes
 * (hashindex.h) is for tables that compare their items; a cache that
 * trusts its keys needs a cryptographic one, as the go command's does.
 */
#ifndef HOOD_SHA256_H
#define HOOD_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct Sha256 {
    uint32_t h[8];
    uint64_t len;          /* bytes hashed so far */
    unsigned char buf[64]; /* the block being filled: len % 64 bytes */
} Sha256;

void sha256_init(Sha256 *s);
void sha256_update(Sha256 *s, const void *p, size_t n);
void sha256_final(Sha256 *s, unsigned char out[32]);
/* out[64] lowercase hex digits and a NUL. */
void sha256_hex(const unsigned char sum[32], char out[65]);

#endif
