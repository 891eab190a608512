/*
 * cache.h — hood's build cache (cache.c): a directory of entries, each
 * named by a package's key and what it holds ("export": export data,
 * compiler/export/; object code comes with stage 2). docs/design.md,
 * "Build cache and export data", has the design.
 */
#ifndef HOOD_CACHE_H
#define HOOD_CACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "load.h"

typedef struct Cache Cache;

/* The cache directory: $XDG_CACHE_HOME/hood, else $HOME/.cache/hood;
 * NULL when neither variable is set. */
const char *cache_dir(void);

/* Opens the cache, creating its directory. The build id is the hash of
 * the files id_files names (the hood executable and the runtime
 * library): whatever hood is built from changes one of them. NULL, and
 * no cache, when $HOOD_CACHE is "off", no directory can be named or
 * made, or an id file cannot be read. */
Cache *cache_open(const char *const *id_files, int nid);

/* The key of package q (64 hex digits): the build id, the tag set, the
 * import path, each file's name and content hash, and deps' keys, the
 * keys of q's imports in q->imports' order. */
const char *cache_package_key(Cache *c, const LoadPackage *q, const char *const *dep_keys);

/* Entry (key, what): true and its bytes (malloc'd, *data) if present. */
/* Flags that change what a package's object holds (hood build -N, -d
 * noescape), as text: part of every package key computed after. */
void cache_set_variant(Cache *c, const char *variant);
bool cache_get(Cache *c, const char *key, const char *what, char **data, size_t *len);
/* The path of entry (key, what) if there is one, else NULL: for a file
 * a tool reads itself (an object, for ld). */
const char *cache_file(Cache *c, const char *key, const char *what);
/* Stores entry (key, what), atomically: a reader sees all of it or
 * none. Failures are silent: the cache is only an accelerator. */
void cache_put(Cache *c, const char *key, const char *what, const char *data, size_t len);

/* hood clean -cache: removes the cache directory. Returns 0, or 1
 * after reporting why it could not. */
int cache_clean(void);

#endif
