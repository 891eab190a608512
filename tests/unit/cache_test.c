/*
 * cache_test.c — the build cache (cmd/cache.c) and its use by the
 * importer (cmd/program.c, program_set_cache): SHA-256 against FIPS
 * 180-4's examples; keys that change with every input they cover; a
 * second check of fmt's closure that reads every package from export
 * data and gives an importer the diagnostics the source gives; and
 * HOOD_CACHE=off.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "program.h"
#include "sha256.h"
#include "testutil.h"

static const char *sha_hex(const void *p, size_t n)
{
    Sha256 s;
    unsigned char sum[32];
    char *hex = xalloc(65);
    sha256_init(&s);
    sha256_update(&s, p, n);
    sha256_final(&s, sum);
    sha256_hex(sum, hex);
    return hex;
}

Test(cache, sha256_known_answers)
{
    cr_assert_str_eq(sha_hex("", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    cr_assert_str_eq(sha_hex("abc", 3), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"; /* 448 bits: two blocks */
    cr_assert_str_eq(sha_hex(two, strlen(two)), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* a million 'a's, fed in uneven pieces across block boundaries */
    char *a = malloc(1000000);
    memset(a, 'a', 1000000);
    Sha256 s;
    unsigned char sum[32];
    char hex[65];
    sha256_init(&s);
    for (size_t off = 0, step = 1; off < 1000000; off += step, step = step * 7 % 997 + 1)
        sha256_update(&s, a + off, off + step > 1000000 ? 1000000 - off : step);
    sha256_final(&s, sum);
    sha256_hex(sum, hex);
    cr_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(a);
}

/* A fresh cache directory for one test. */
static Cache *fresh_cache(void)
{
    char *dir = xstrdup("/tmp/hood-cache-test-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    setenv("XDG_CACHE_HOME", dir, 1);
    unsetenv("HOOD_CACHE");
    const char *id[] = {"/proc/self/exe"};
    Cache *c = cache_open(id, 1);
    cr_assert_not_null(c);
    return c;
}

static void remove_cache(void)
{
    cr_assert_eq(cache_clean(), 0);
    cr_assert_eq(rmdir(getenv("XDG_CACHE_HOME")), 0, "clean left files behind");
}

Test(cache, keys_cover_their_inputs)
{
    Cache *c = fresh_cache();
    static const char a[] = "package q\n", b[] = "package q // changed\n";
    LoadPackage q = {.path = intern_cstr("example.com/q")};
    LoadFile f = {"q.go", source_add("/src/q/q.go", a, strlen(a))};
    vec_push(&q.files, f);
    const char *k0 = cache_package_key(c, &q, NULL);
    cr_assert_eq(strlen(k0), 64);
    cr_assert_str_eq(cache_package_key(c, &q, NULL), k0, "keys are deterministic");
    /* a file's contents */
    q.files.v[0].source = source_add("/src/q/q.go", b, strlen(b));
    const char *k1 = cache_package_key(c, &q, NULL);
    cr_assert_str_neq(k1, k0);
    /* a file's path (positions in export data name it) */
    q.files.v[0].source = source_add("/src/q2/q.go", a, strlen(a));
    cr_assert_str_neq(cache_package_key(c, &q, NULL), k0);
    q.files.v[0].source = source_add("/src/q/q.go", a, strlen(a));
    cr_assert_str_eq(cache_package_key(c, &q, NULL), k0);
    /* a dependency's key */
    LoadImport imp = {.path = intern_cstr("example.com/d")};
    vec_push(&q.imports, imp);
    const char *d1[] = {"1111"}, *d2[] = {"2222"};
    const char *k2 = cache_package_key(c, &q, d1);
    cr_assert_str_neq(k2, k0);
    cr_assert_str_neq(cache_package_key(c, &q, d2), k2);
    /* the import path */
    q.imports.n = 0;
    q.path = intern_cstr("example.com/r");
    cr_assert_str_neq(cache_package_key(c, &q, NULL), k0);
    remove_cache();
}

Test(cache, entries_round_trip)
{
    Cache *c = fresh_cache();
    const char *key = "ab0123";
    char *data;
    size_t len;
    cr_assert(!cache_get(c, key, "export", &data, &len));
    cache_put(c, key, "export", "x\0y", 3);
    cr_assert(cache_get(c, key, "export", &data, &len));
    cr_assert(len == 3 && memcmp(data, "x\0y", 3) == 0);
    free(data);
    remove_cache();
}

Test(cache, off)
{
    setenv("XDG_CACHE_HOME", "/tmp", 1);
    setenv("HOOD_CACHE", "off", 1);
    const char *id[] = {"/proc/self/exe"};
    cr_assert_null(cache_open(id, 1));
    unsetenv("HOOD_CACHE");
}

static const char hello[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t. \"fmt\"\n"
    "\t\"os\"\n"
    ")\n"
    "\n"
    "func Println() {}\n"
    "\n"
    "func main() {\n"
    "\tvar s Stringer = os.Stdout\n"
    "\tFprintln(os.Stdout, s, os.ErrNotExist.Error(1))\n"
    "}\n";

/* Checks fmt's closure (and hello, against it) with cache c; returns
 * hello's diagnostics. */
static const char *check_hello(Cache *c, ProgramSet **out)
{
    LoadConfig lcfg = {.overlay = HOOD_SOURCE_DIR "/rt/go"};
    ProgramSet *p = program_new(load_new(&lcfg), NULL, NULL);
    program_set_cache(p, c);
    File **files = NEWARRAY(File *, 1);
    files[0] = parse_file(source_add("hello.go", hello, strlen(hello)));
    CheckConfig cfg = {.import = program_import, .ctx = p};
    check_package_config(&cfg, files, 1);
    *out = p;
    return captured_errors();
}

Test(cache, importer_reads_export_data, .timeout = 60)
{
    Cache *c = fresh_cache();
    ProgramSet *cold, *warm;
    const char *want = check_hello(c, &cold);
    int n;
    Package **pkgs = program_packages(cold, &n);
    cr_assert_gt(n, 20);
    cr_assert_eq(program_from_cache(cold), 0);
    cr_assert(strstr(want, "/src/fmt/print.go:") != NULL, "%s", want);
    cr_assert(strstr(want, "too many arguments") != NULL, "%s", want);

    const char *got = check_hello(c, &warm);
    cr_assert_eq(program_from_cache(warm), n, "every package of the closure from the cache");
    cr_assert_str_eq(got, want);
    pkgs = program_packages(warm, &n);
    for (int i = 0; i < n; i++)
        cr_assert_eq(pkgs[i]->nfiles, 0, "%s was parsed", pkgs[i]->path);
    /* the symbols of the packages read back define what body-less
     * functions elsewhere may name */
    cr_assert(program_provides(warm, NULL, "fmt.Println"));
    cr_assert(program_provides(warm, NULL, "fmt.(*pp).doPrintf"));
    cr_assert(!program_provides(warm, NULL, "fmt.nosuch"));
    remove_cache();
}
