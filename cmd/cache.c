/*
 * cache.c — hood's build cache (cache.h; the design: docs/design.md,
 * "Build cache and export data").
 *
 * Layout: DIR/KK/KEY-WHAT, KK the key's first two hex digits (so no
 * directory grows past a few thousand entries), KEY the package key,
 * WHAT the kind of entry ("export"). DIR/id/ memoises the build id: the
 * hash of the hood executable and runtime library (4.6 MB, 20 ms to
 * hash) is kept under a name made of their paths, sizes, inode numbers
 * and modification times, so a warm build reads 64 bytes instead.
 *
 * Trimming, as the go command trims its cache: an entry read is
 * touched (its modification time set to now) when it was last touched
 * over an hour ago, and once a day (DIR/trim.txt's time) the entries
 * not touched for five days are removed (cache_trim), so a cache of a
 * program's packages stays the size of what is in use; the memo
 * directories are trimmed alike.
 *
 * Entries are written to a temporary file in the same directory and
 * renamed into place, so concurrent builds never see half an entry, and
 * two builds writing one entry write the same bytes (export data is
 * deterministic). Nothing is ever trusted beyond its key: a reader of an
 * entry still checks what it reads (import_package refuses malformed
 * data).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "sha256.h"

/* Changes whenever the key's recipe changes, so old entries are never
 * read under a new meaning. */
#define CACHE_KEY_VERSION "hood-cache-key 1"

struct Cache {
    const char *dir;
    char build_id[65];
    const char *variant; /* how the objects are compiled (cache_set_variant) */
};

const char *cache_dir(void)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    if (xdg && xdg[0] == '/')
        return xprintf("%s/hood", xdg);
    const char *home = getenv("HOME");
    if (home && *home)
        return xprintf("%s/.cache/hood", home);
    return NULL;
}

static bool make_dir(const char *path)
{
    return mkdir(path, 0777) == 0 || errno == EEXIST;
}

/* Makes dir and its missing parents. */
static bool make_dirs(const char *dir)
{
    char *p = xstrdup(dir);
    for (char *s = strchr(p + 1, '/'); s; s = strchr(s + 1, '/')) {
        *s = 0;
        if (!make_dir(p))
            return false;
        *s = '/';
    }
    return make_dir(p);
}

static void hash_str(Sha256 *h, const char *s)
{
    /* with its NUL: "ab" "c" and "a" "bc" hash apart */
    sha256_update(h, s, strlen(s) + 1);
}

static bool hash_file(Sha256 *h, const char *path)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text)
        return false;
    sha256_update(h, text, len);
    free(text);
    return true;
}

/* Reads a memoised build id into out, or computes and memoises it. */
static bool build_id(Cache *c, const char *const *files, int n, char out[65])
{
    Sha256 stamp, id;
    sha256_init(&stamp);
    sha256_init(&id);
    hash_str(&id, CACHE_KEY_VERSION);
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (stat(files[i], &st) != 0)
            return false;
        hash_str(&stamp, xprintf("%s %lld %llu %lld.%09ld", files[i], (long long)st.st_size,
                                 (unsigned long long)st.st_ino, (long long)st.st_mtim.tv_sec,
                                 st.st_mtim.tv_nsec));
    }
    unsigned char sum[32];
    char name[65];
    sha256_final(&stamp, sum);
    sha256_hex(sum, name);
    const char *memo = xprintf("%s/id/%s", c->dir, name);
    size_t len;
    char *text = read_file(memo, &len);
    bool memoised = text && len == 64;
    if (memoised) {
        memcpy(out, text, 64);
        out[64] = 0;
    }
    free(text);
    if (memoised)
        return true;
    for (int i = 0; i < n; i++)
        if (!hash_file(&id, files[i]))
            return false;
    sha256_final(&id, sum);
    sha256_hex(sum, out);
    if (make_dir(xprintf("%s/id", c->dir)))
        cache_put(c, NULL, memo, out, 64);
    return true;
}

static void cache_trim(Cache *c);

Cache *cache_open(const char *const *id_files, int nid)
{
    const char *env = getenv("HOOD_CACHE");
    if (env && strcmp(env, "off") == 0)
        return NULL;
    const char *dir = cache_dir();
    if (!dir || !make_dirs(dir))
        return NULL;
    Cache *c = NEW(Cache);
    c->dir = dir;
    if (!build_id(c, id_files, nid, c->build_id))
        return NULL;
    cache_trim(c);
    return c;
}

/*
 * The SHA-256 of each of q's files, into sums (32 bytes each). Hashing
 * a fmt hello's closure (1.3 MB) is most of a warm build's own time, so
 * the hashes are memoised as the build id is: under DIR/files/, named by
 * a hash of the files' paths, sizes, inodes and modification times. A
 * file that cannot be stat'ed is hashed every time.
 */
static void file_sums(Cache *c, const LoadPackage *q, unsigned char *sums)
{
    Sha256 stamp;
    sha256_init(&stamp);
    bool stamped = true;
    for (int i = 0; i < q->files.n && stamped; i++) {
        const SourceFile *f = source_get(q->files.v[i].source);
        struct stat st;
        stamped = stat(f->name, &st) == 0 && st.st_size == (off_t)f->len;
        if (stamped)
            hash_str(&stamp, xprintf("%s %lld %llu %lld.%09ld", f->name, (long long)st.st_size,
                                     (unsigned long long)st.st_ino, (long long)st.st_mtim.tv_sec,
                                     st.st_mtim.tv_nsec));
    }
    size_t want = 32 * (size_t)q->files.n, len;
    const char *memo = NULL;
    if (stamped) {
        unsigned char sum[32];
        char name[65];
        sha256_final(&stamp, sum);
        sha256_hex(sum, name);
        memo = xprintf("%s/files/%s", c->dir, name);
        char *text = read_file(memo, &len);
        bool hit = text && len == want;
        if (hit)
            memcpy(sums, text, want);
        free(text);
        if (hit)
            return;
    }
    for (int i = 0; i < q->files.n; i++) {
        const SourceFile *f = source_get(q->files.v[i].source);
        Sha256 fh;
        sha256_init(&fh);
        sha256_update(&fh, f->text, f->len);
        sha256_final(&fh, sums + 32 * i);
    }
    if (memo && make_dir(xprintf("%s/files", c->dir)))
        cache_put(c, NULL, memo, (const char *)sums, want);
}

const char *cache_package_key(Cache *c, const LoadPackage *q, const char *const *dep_keys)
{
    Sha256 h;
    sha256_init(&h);
    hash_str(&h, CACHE_KEY_VERSION);
    hash_str(&h, c->build_id);
    hash_str(&h, c->variant ? c->variant : "");
    hash_str(&h, load_tag_set());
    hash_str(&h, q->path);
    unsigned char *sums = xalloc(32 * (size_t)q->files.n + 1);
    file_sums(c, q, sums);
    for (int i = 0; i < q->files.n; i++) {
        hash_str(&h, source_get(q->files.v[i].source)->name); /* the path: positions in export data print it */
        sha256_update(&h, sums + 32 * i, 32);
    }
    for (int i = 0; i < q->imports.n; i++) {
        hash_str(&h, q->imports.v[i].path);
        hash_str(&h, dep_keys[i]);
    }
    unsigned char sum[32];
    char *hex = xalloc(65);
    sha256_final(&h, sum);
    sha256_hex(sum, hex);
    return hex;
}

void cache_set_variant(Cache *c, const char *variant)
{
    c->variant = variant;
}

static const char *entry_path(Cache *c, const char *key, const char *what)
{
    return xprintf("%s/%.2s/%s-%s", c->dir, key, key, what);
}

enum {
    TOUCH_AFTER = 3600,         /* seconds: a read entry older is touched */
    TRIM_EVERY = 24 * 3600,     /* seconds between trims */
    TRIM_UNUSED = 5 * 24 * 3600 /* seconds: an entry untouched so long is removed */
};

/* Marks the entry at path used now (see the top of the file). */
static void touch(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && time(NULL) - st.st_mtime > TOUCH_AFTER)
        utimensat(AT_FDCWD, path, NULL, 0);
}

/* Removes the entries of directory dir (and, depth 0, of its
 * subdirectories) untouched since before limit. */
static void trim_dir(const char *dir, time_t limit, int depth)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        const char *p = xprintf("%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode) && depth == 0)
            trim_dir(p, limit, 1);
        else if (S_ISREG(st.st_mode) && st.st_mtime < limit && strcmp(e->d_name, "trim.txt") != 0)
            unlink(p);
    }
    closedir(d);
}

/* Once a day, removes what no build has used for five days. */
static void cache_trim(Cache *c)
{
    const char *stamp = xprintf("%s/trim.txt", c->dir);
    struct stat st;
    time_t now = time(NULL);
    if (stat(stamp, &st) == 0 && now - st.st_mtime < TRIM_EVERY)
        return;
    trim_dir(c->dir, now - TRIM_UNUSED, 0);
    cache_put(c, NULL, stamp, "", 0);
}

const char *cache_file(Cache *c, const char *key, const char *what)
{
    const char *path = entry_path(c, key, what);
    if (access(path, R_OK) != 0)
        return NULL;
    touch(path);
    return path;
}

bool cache_get(Cache *c, const char *key, const char *what, char **data, size_t *len)
{
    const char *path = entry_path(c, key, what);
    *data = read_file(path, len);
    if (*data)
        touch(path);
    return *data != NULL;
}

/* key NULL: what is the entry's whole path. */
void cache_put(Cache *c, const char *key, const char *what, const char *data, size_t len)
{
    const char *path = key ? entry_path(c, key, what) : what;
    if (key && !make_dir(xprintf("%s/%.2s", c->dir, key)))
        return;
    char *tmp = xprintf("%s.tmp-XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0)
        return;
    FILE *f = fdopen(fd, "wb");
    bool ok = f && fwrite(data, 1, len, f) == len;
    ok = f && fclose(f) == 0 && ok;
    if (!f)
        close(fd);
    if (!ok || rename(tmp, path) != 0)
        unlink(tmp);
}

/* Removes dir and everything in it; the cache is two levels deep. */
static bool remove_tree(const char *dir, int depth)
{
    DIR *d = opendir(dir);
    if (!d)
        return errno == ENOENT;
    bool ok = true;
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        const char *p = xprintf("%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode) && depth < 2)
            ok &= remove_tree(p, depth + 1);
        else
            ok &= unlink(p) == 0;
    }
    closedir(d);
    return rmdir(dir) == 0 && ok;
}

int cache_clean(void)
{
    const char *dir = cache_dir();
    if (!dir) {
        fputs("hood: clean -cache: no cache directory ($XDG_CACHE_HOME and $HOME are unset)\n", stderr);
        return 1;
    }
    if (!remove_tree(dir, 0)) {
        fprintf(stderr, "hood: clean -cache: removing %s: %s\n", dir, strerror(errno));
        return 1;
    }
    return 0;
}
