/*
 * export_test.c — export data (compiler/export/): every package of
 * fmt's and encoding/json's closures, checked from GOROOT's source, is
 * exported, imported and exported again, and the two exports must be
 * the same bytes; imported objects must say what the source's say; and
 * a main package checked against imported packages must get the very
 * diagnostics it gets against their source, positions inside the
 * imported packages included; and functions' escape tags read back as
 * escape analysis computed them.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "export.h"
#include "program.h"
#include "ssagen.h"
#include "testutil.h"

/* Packages read from export data, by path: the resolver's and the
 * importer's world. */
typedef struct World {
    VEC(Package *) pkgs;
} World;

static Package *world_find(void *ctx, const char *path)
{
    World *w = ctx;
    if (strcmp(path, "unsafe") == 0)
        return types_unsafe_package;
    for (int i = w->pkgs.n - 1; i >= 0; i--)
        if (strcmp(w->pkgs.v[i]->path, path) == 0)
            return w->pkgs.v[i];
    return NULL;
}

/* A CheckImporter over a World. */
static Package *world_import(void *ctx, const char *path, const char **name, const char **why)
{
    Package *p = world_find(ctx, path);
    if (p)
        *name = p->name;
    else
        *why = "not in the world";
    return p;
}

static ProgramSet *new_program(void)
{
    LoadConfig cfg = {.overlay = HOOD_SOURCE_DIR "/rt/go"};
    return program_new(load_new(&cfg), NULL, NULL);
}

static const char *hex_context(const Buf *a, const Buf *b)
{
    size_t i = 0;
    while (i < a->len && i < b->len && a->s[i] == b->s[i])
        i++;
    return xprintf("lengths %zu and %zu, first difference at byte %zu", a->len, b->len, i);
}

/* Exports p, imports it into w, exports the import again: the same
 * bytes, or the test fails. Returns the imported package. */
static Package *round_trip(World *w, Package *p, size_t *size)
{
    Buf a = {0}, b = {0};
    export_package(p, &a);
    const char *err = NULL;
    Package *q = import_package(a.s, a.len, world_find, w, &err);
    cr_assert_not_null(q, "%s: %s", p->path, err);
    cr_assert_eq(q->path, p->path);
    cr_assert_eq(q->scope->objects.n, p->scope->objects.n, "%s", p->path);
    vec_push(&w->pkgs, q);
    export_package(q, &b);
    cr_assert(a.len == b.len && memcmp(a.s, b.s, a.len) == 0, "%s: re-export differs: %s", p->path,
              hex_context(&a, &b));
    /* and the writer is deterministic over the source's package too */
    Buf c = {0};
    export_package(p, &c);
    cr_assert(a.len == c.len && memcmp(a.s, c.s, a.len) == 0, "%s: two exports differ", p->path);
    if (size)
        *size += a.len;
    free(a.s);
    free(b.s);
    free(c.s);
    return q;
}

/* Checks the closure of root from source, then round-trips each of its
 * packages in dependency order, each import resolved to the packages
 * read back before it. */
static void closure_round_trip(const char *root, World *w, ProgramSet **out)
{
    ProgramSet *prog = new_program();
    const char *name = NULL, *why = NULL;
    Package *p = program_import(prog, intern_cstr(root), &name, &why);
    cr_assert_not_null(p, "%s: %s", root, why ? why : "(errors)");
    cr_assert_str_eq(captured_errors(), "");
    int n;
    Package **pkgs = program_packages(prog, &n);
    cr_assert_gt(n, 10);
    size_t size = 0;
    for (int i = 0; i < n; i++)
        round_trip(w, pkgs[i], &size);
    if (out)
        *out = prog;
}

static Object *lookup(Package *p, const char *name)
{
    Object *o = scope_lookup_local(p->scope, intern_cstr(name));
    cr_assert_not_null(o, "%s.%s", p->path, name);
    return o;
}

/* An imported object says what its source says: kind, type as gc
 * prints it, position, link name, constant value. */
static void same_object(Package *src, Package *imp, const char *name)
{
    Object *a = lookup(src, name), *b = lookup(imp, name);
    cr_assert_eq(a->kind, b->kind, "%s", name);
    cr_assert_str_eq(type_string(b->type), type_string(a->type), "%s", name);
    cr_assert_str_eq(pos_string(b->pos), pos_string(a->pos), "%s", name);
    cr_assert_eq(b->pkg, a->pkg);
    if (a->link_name || b->link_name)
        cr_assert_str_eq(b->link_name, a->link_name, "%s", name);
    if (a->kind == OBJ_CONST)
        cr_assert_str_eq(const_string_of(b->u.cnst.val), const_string_of(a->u.cnst.val), "%s", name);
    if (a->kind == OBJ_TYPENAME && a->type->kind == TYPE_NAMED) {
        cr_assert_eq(b->type->u.named.methods.n, a->type->u.named.methods.n, "%s", name);
        for (int i = 0; i < a->type->u.named.methods.n; i++) {
            Object *ma = a->type->u.named.methods.v[i], *mb = b->type->u.named.methods.v[i];
            cr_assert_str_eq(mb->name, ma->name);
            cr_assert_str_eq(type_string(mb->type), type_string(ma->type), "%s.%s", name, ma->name);
            cr_assert_str_eq(mb->link_name, ma->link_name);
            cr_assert_str_eq(pos_string(mb->pos), pos_string(ma->pos));
        }
    }
}

static Package *find(Package **pkgs, int n, const char *path)
{
    for (int i = 0; i < n; i++)
        if (strcmp(pkgs[i]->path, path) == 0)
            return pkgs[i];
    cr_assert_fail("no package %s", path);
    return NULL;
}

Test(export, fmt_closure_round_trip, .timeout = 60)
{
    World w = {0};
    ProgramSet *prog;
    closure_round_trip("fmt", &w, &prog);
    int n;
    Package **pkgs = program_packages(prog, &n);
    Package *fmt = find(pkgs, n, "fmt"), *ifmt = world_find(&w, "fmt");
    same_object(fmt, ifmt, "Println");
    same_object(fmt, ifmt, "Stringer");
    same_object(fmt, ifmt, "State");
    same_object(fmt, ifmt, "pp"); /* unexported, with many methods */
    Package *math = find(pkgs, n, "math"), *imath = world_find(&w, "math");
    same_object(math, imath, "Pi");             /* an exact rational */
    same_object(math, imath, "MaxFloat64");     /* a large one */
    same_object(math, imath, "SmallestNonzeroFloat64");
    same_object(math, imath, "MaxUint64");      /* beyond int64 */
    Package *os = find(pkgs, n, "os"), *ios = world_find(&w, "os");
    same_object(os, ios, "File");
    same_object(os, ios, "FileMode");           /* an alias of io/fs.FileMode */
    cr_assert_eq(lookup(ios, "FileMode")->type, lookup(world_find(&w, "io/fs"), "FileMode")->type,
                 "an alias names the type of the package it refers to");
    Package *sync = find(pkgs, n, "sync"), *isync = world_find(&w, "sync");
    same_object(sync, isync, "runtime_Semacquire"); /* body-less, provided by the runtime */
    cr_assert(!lookup(isync, "runtime_Semacquire")->u.func.has_body);
    cr_assert(lookup(isync, "NewCond")->u.func.has_body);
    /* a //go:linkname: time's runtimeNano is runtime.nanotime */
    Package *time = find(pkgs, n, "time"), *itime = world_find(&w, "time");
    same_object(time, itime, "runtimeNano");
    cr_assert(lookup(itime, "runtimeNano")->linknamed);
    cr_assert_str_eq(types_package_name(intern_cstr("unicode/utf8")), "utf8");
}

Test(export, json_closure_round_trip, .timeout = 60)
{
    World w = {0};
    ProgramSet *prog;
    closure_round_trip("encoding/json", &w, &prog);
    int n;
    Package **pkgs = program_packages(prog, &n);
    Package *json = find(pkgs, n, "encoding/json"), *ijson = world_find(&w, "encoding/json");
    same_object(json, ijson, "Marshal");
    same_object(json, ijson, "Decoder");
    same_object(json, ijson, "encodeState"); /* embeds bytes.Buffer */
    Object *es = lookup(ijson, "encodeState");
    Object *f0 = type_underlying(es->type)->u.strct.fields.v[0];
    cr_assert(f0->u.var.embedded);
    cr_assert_str_eq(type_string(f0->type), "bytes.Buffer");
    Package *b64 = find(pkgs, n, "encoding/base64"), *ib64 = world_find(&w, "encoding/base64");
    same_object(b64, ib64, "StdEncoding");
    same_object(b64, ib64, "NoPadding"); /* a rune constant */
    same_object(b64, ib64, "Encoding");
    Package *refl = find(pkgs, n, "reflect"), *irefl = world_find(&w, "reflect");
    same_object(refl, irefl, "StructTag");
    same_object(refl, irefl, "Value");
}

/* --- One package of every kind of declaration ------------------------------- */

static const char p_src[] =
    "package p\n"
    "\n"
    "import (\n"
    "\t\"io\"\n"
    "\t\"unsafe\"\n"
    ")\n"
    "\n"
    "const (\n"
    "\tBig     = 1 << 100\n"
    "\tNeg     = -Big / 3\n"
    "\tThird   = 1.0 / 3\n"
    "\tHuge    = 1e300 * 1e300\n"
    "\tC       = 2.5 + 3i\n"
    "\tS       = \"a\\x00b\"\n"
    "\tT       = true\n"
    "\tTyped   int8 = -7\n"
    "\tR       = 'x'\n"
    "\tunexported = 42\n"
    ")\n"
    "\n"
    "type Kind uint8\n"
    "\n"
    "func (k Kind) String() string { return \"\" }\n"
    "func (k *Kind) Set(s string) error { return nil }\n"
    "\n"
    "type Point struct {\n"
    "\tX, Y int `json:\"x\"`\n"
    "\t_    [4]byte\n"
    "\t*Kind\n"
    "\tio.Reader `embedded:\"yes\"`\n"
    "\tnext *Point\n"
    "}\n"
    "\n"
    "type ReadCloser interface {\n"
    "\tio.Reader\n"
    "\tClose() error\n"
    "}\n"
    "\n"
    "type (\n"
    "\tAlias  = Point\n"
    "\tIOAlias = io.Writer\n"
    "\tFn     func(a int, b ...string) (n int, err error)\n"
    "\tCh     <-chan map[string][]*Point\n"
    "\tArr    [3]struct{ a, b complex128 }\n"
    "\tPtr    unsafe.Pointer\n"
    "\tEmpty  interface{}\n"
    ")\n"
    "\n"
    "var (\n"
    "\tV       = Point{X: 1}\n"
    "\tW, Z    int\n"
    "\tvar_    = struct{ F func() }{}\n"
    ")\n"
    "\n"
    "func F(x int, rest ...any) (int, error) { return x, nil }\n"
    "func NoBody(x *int)\n"
    "\n"
    "//go:linkname linked runtime.nanotime\n"
    "func linked() int64\n";

/* A program using p, with errors that mention p's types, and a dot
 * import whose conflict names a position inside p. */
static const char main_src[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t. \"example.com/p\"\n"
    "\t\"io\"\n"
    ")\n"
    "\n"
    "func F() {}\n"
    "\n"
    "type mine struct{}\n"
    "\n"
    "func main() {\n"
    "\tvar r ReadCloser = mine{}\n"
    "\tvar k Kind = Big\n"
    "\tvar p Point\n"
    "\tp.Set(1)\n"
    "\tp.nope()\n"
    "\tvar w io.Writer = p\n"
    "\tvar c Ch = make(chan int)\n"
    "\tx := Third + C\n"
    "\tvar i8 int8 = Typed * 100\n"
    "\tvar f Fn = func() {}\n"
    "\t_, _, _, _, _, _, _ = r, k, w, c, x, i8, f\n"
    "\tvar a Alias = IOAlias(nil)\n"
    "\t_ = a\n"
    "}\n";

static Package *check_src(const char *file, const char *src, const char *path, CheckImporter *imp, void *ctx)
{
    File **files = NEWARRAY(File *, 1);
    files[0] = parse_file(source_add(file, src, strlen(src)));
    CheckConfig cfg = {.path = path, .import = imp, .ctx = ctx};
    return check_package_config(&cfg, files, 1);
}

Test(export, every_kind_and_same_diagnostics, .timeout = 60)
{
    /* io's closure from source, and p over it */
    ProgramSet *prog = new_program();
    const char *name = NULL, *why = NULL;
    cr_assert_not_null(program_import(prog, intern_cstr("io"), &name, &why));
    Package *p = check_src("p.go", p_src, "example.com/p", program_import, prog);
    cr_assert_str_eq(captured_errors(), "");
    int n;
    Package **pkgs = program_packages(prog, &n);

    /* the same, read back from export data */
    World w = {0};
    for (int i = 0; i < n; i++)
        round_trip(&w, pkgs[i], NULL);
    Package *ip = round_trip(&w, p, NULL);
    const char *names[] = {"Big", "Neg", "Third", "Huge", "C", "S", "T", "Typed", "R", "unexported",
                           "Kind", "Point", "ReadCloser", "Alias", "IOAlias", "Fn", "Ch", "Arr", "Ptr",
                           "Empty", "V", "W", "Z", "var_", "F", "NoBody", "linked"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        same_object(p, ip, names[i]);
    cr_assert_eq(lookup(ip, "Alias")->type, lookup(ip, "Point")->type);
    cr_assert_str_eq(lookup(ip, "linked")->link_name, "runtime.nanotime");
    Type *pt = type_underlying(lookup(ip, "Point")->type);
    cr_assert_str_eq(pt->u.strct.tags[1], "json:\"x\"");
    cr_assert_str_eq(pt->u.strct.fields.v[2]->name, "_");
    cr_assert(pt->u.strct.fields.v[4]->u.var.embedded);
    cr_assert_str_eq(type_string(lookup(ip, "ReadCloser")->type->u.named.underlying),
                     type_string(lookup(p, "ReadCloser")->type->u.named.underlying));
    cr_assert_str_eq(const_string_of(lookup(ip, "S")->u.cnst.val), "\"a\\x00b\"");

    /* main against p's source, then against the imported p */
    World src = {0};
    for (int i = 0; i < n; i++)
        vec_push(&src.pkgs, pkgs[i]);
    vec_push(&src.pkgs, p);
    check_src("main.go", main_src, NULL, world_import, &src);
    const char *want = captured_errors();
    check_src("main.go", main_src, NULL, world_import, &w);
    const char *got = captured_errors();
    cr_assert(strstr(want, "p.go:55:6: other declaration of F") != NULL, "%s", want);
    cr_assert(strstr(want, "does not implement") != NULL, "%s", want);
    cr_assert_str_eq(got, want);
}

/* fmt's own types in a main package's errors, and a dot import whose
 * conflict names a line of fmt's source. */
Test(export, fmt_diagnostics_from_export_data, .timeout = 60)
{
    static const char src[] =
        "package main\n"
        "\n"
        "import . \"fmt\"\n"
        "\n"
        "func Println() {}\n"
        "\n"
        "type T struct{}\n"
        "\n"
        "func main() {\n"
        "\tvar s Stringer = T{}\n"
        "\tvar st State\n"
        "\tst.Write(\"x\")\n"
        "\tFprintf(1, \"%d\")\n"
        "\t_ = Sprint(s, st.Flag)\n"
        "\tvar e error = Errorf\n"
        "\t_ = e\n"
        "}\n";
    World w = {0};
    ProgramSet *prog;
    closure_round_trip("fmt", &w, &prog);
    check_src("hello.go", src, NULL, program_import, prog);
    const char *want = captured_errors();
    check_src("hello.go", src, NULL, world_import, &w);
    const char *got = captured_errors();
    cr_assert(strstr(want, "/src/fmt/print.go:") != NULL, "%s", want);
    cr_assert(strstr(want, "does not implement fmt.Stringer") != NULL, "%s", want);
    cr_assert_str_eq(got, want);
}

/* Malformed data is refused, never a crash: every truncation of a real
 * export, and a wrong version. */
Test(export, malformed, .timeout = 60)
{
    World w = {0};
    Package *p = check_src("q.go", "package q\ntype T struct{ a [2]map[string]*T }\nconst C = 1.5 + 2i\n", "q", NULL,
                           NULL);
    cr_assert_str_eq(captured_errors(), "");
    Buf a = {0};
    export_package(p, &a);
    const char *err = NULL;
    for (size_t len = 0; len < a.len; len++) {
        err = NULL;
        cr_assert_null(import_package(a.s, len, world_find, &w, &err), "accepted %zu of %zu bytes", len, a.len);
        cr_assert_not_null(err);
    }
    char *bad = xalloc(a.len);
    memcpy(bad, a.s, a.len);
    bad[strlen(EXPORT_MAGIC)] = EXPORT_VERSION + 1;
    cr_assert_null(import_package(bad, a.len, world_find, &w, &err));
    cr_assert(strstr(err, "another version") != NULL, "%s", err);
    cr_assert_not_null(import_package(a.s, a.len, world_find, &w, &err), "%s", err);
    free(a.s);
}

/* a's and b's escape tags are the same (both absent, or equal). */
static void same_tags(const Object *a, const Object *b)
{
    const EscTags *x = a->u.func.esc, *y = b->u.func.esc;
    cr_assert_eq(x == NULL, y == NULL, "%s", a->link_name);
    if (!x)
        return;
    cr_assert_eq(x->nparams, y->nparams, "%s", a->link_name);
    cr_assert_eq(x->nresults, y->nresults, "%s", a->link_name);
    for (int i = 0; i < x->nparams; i++)
        cr_assert_eq(x->heap[i], y->heap[i], "%s param %d", a->link_name, i);
    for (int i = 0; i < x->nparams * x->nresults; i++)
        cr_assert_eq(x->result[i], y->result[i], "%s", a->link_name);
}

static const EscTags *method_tags(Package *p, const char *type, const char *name)
{
    Type *t = lookup(p, type)->type;
    for (int i = 0; i < t->u.named.methods.n; i++)
        if (strcmp(t->u.named.methods.v[i]->name, name) == 0) {
            cr_assert_not_null(t->u.named.methods.v[i]->u.func.esc, "%s.%s", type, name);
            return t->u.named.methods.v[i]->u.func.esc;
        }
    cr_assert_fail("no method %s.%s", type, name);
    return NULL;
}

/* Escape tags travel in export data (docs/design.md, "Stage 2"): after
 * escape analysis of fmt's and strings' closures, dependencies first, every
 * function's tags read back as computed, and a few are gc's (go build
 * -gcflags=strings=-m: "leaking param: b to result ~r0 level=1" and
 * so on), read back. */
Test(export, escape_tags, .timeout = 60)
{
    ProgramSet *prog = new_program();
    const char *name = NULL, *why = NULL;
    cr_assert_not_null(program_import(prog, intern_cstr("strings"), &name, &why));
    cr_assert_not_null(program_import(prog, intern_cstr("fmt"), &name, &why));
    int n;
    Package **pkgs = program_packages(prog, &n);
    ssagen_start_program(pkgs, n);
    cr_assert_str_eq(captured_errors(), "");
    World w = {0};
    int tagged = 0;
    for (int i = 0; i < n; i++) {
        Package *q = round_trip(&w, pkgs[i], NULL);
        ObjectList *objs = &pkgs[i]->scope->objects;
        for (int j = 0; j < objs->n; j++) {
            Object *a = objs->v[j], *b = lookup(q, a->name);
            if (a->kind == OBJ_FUNC) {
                same_tags(a, b);
                tagged += a->u.func.esc != NULL;
            } else if (a->kind == OBJ_TYPENAME && a->type->kind == TYPE_NAMED && a->type->u.named.obj == a) {
                for (int k = 0; k < a->type->u.named.methods.n; k++) {
                    same_tags(a->type->u.named.methods.v[k], b->type->u.named.methods.v[k]);
                    tagged += a->type->u.named.methods.v[k]->u.func.esc != NULL;
                }
            }
        }
    }
    cr_assert_gt(tagged, 1000);
    Package *strings = world_find(&w, "strings");
    const EscTags *t = method_tags(strings, "Builder", "String"); /* b to result ~r0 level=1 */
    cr_assert(t->nparams == 1 && t->nresults == 1 && t->heap[0] == ESC_NONE && t->result[0] == 1);
    t = method_tags(strings, "Builder", "Write"); /* leaking param content: b; p does not escape */
    cr_assert(t->nparams == 2 && t->heap[0] == 1 && t->heap[1] == ESC_NONE);
    cr_assert(t->result[2] == ESC_NONE && t->result[3] == ESC_NONE);
    t = lookup(strings, "NewReader")->u.func.esc; /* leaking param: s */
    cr_assert(t && t->nparams == 1 && t->heap[0] == 0);
    t = lookup(strings, "Compare")->u.func.esc; /* a, b do not escape */
    cr_assert(t && t->heap[0] == ESC_NONE && t->heap[1] == ESC_NONE && t->result[0] == ESC_NONE);
    t = lookup(world_find(&w, "sync"), "runtime_Semacquire")->u.func.esc; /* no body, no tags */
    cr_assert_null(t);
}
