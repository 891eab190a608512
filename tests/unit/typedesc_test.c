/*
 * typedesc_test.c — the type descriptors and itabs ssagen builds
 * (compiler/ssagen/typedesc.c, alg.c) against rt/type.h's layout: the
 * header's fields, kindDirectIface, pointer masks, method tables and
 * their wrappers, itab order, equality functions, one descriptor per
 * type. The bytes and relocations are read as the runtime will read
 * them.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "codegen.h"
#include "diag.h"
#include "ssagen.h"
#include "type.h"

static Program *build(const char *src)
{
    types_init();
    ssa_set_arch(&cg_amd64);
    uint32_t id = source_add("t.go", src, strlen(src));
    File *f = parse_file(id);
    Package *pkg = check_package(&f, 1);
    if (error_count() > 0)
        flush_errors();
    cr_assert_eq(error_count(), 0, "check errors");
    Program *p = ssagen(pkg);
    if (error_count() > 0)
        flush_errors();
    cr_assert_eq(error_count(), 0, "ssagen errors");
    return p;
}

static Sym *find(SymList *l, const char *name)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->v[i]->name, name) == 0)
            return l->v[i];
    return NULL;
}

static Sym *type_named(Program *p, const char *name)
{
    Sym *s = find(&p->types, name);
    cr_assert(s, "no descriptor %s", name);
    return s;
}

static uint64_t u(Sym *s, int64_t off, int width)
{
    cr_assert(off + width <= s->size, "%s: offset %lld past the end", s->name, (long long)off);
    uint64_t v = 0;
    for (int i = 0; i < width; i++)
        v |= (uint64_t)s->bytes[off + i] << (8 * i);
    return v;
}

/* The symbol whose address is stored at off, or NULL. */
static Sym *addr_at(Sym *s, int64_t off)
{
    for (int i = 0; i < s->relocs.n; i++)
        if (s->relocs.v[i].off == off)
            return s->relocs.v[i].sym;
    return NULL;
}

static const char *name_at(Sym *s, int64_t off)
{
    Sym *n = addr_at(s, off);
    cr_assert(n && n->bytes, "%s: no name at %lld", s->name, (long long)off);
    return (const char *)n->bytes;
}

static const char *sym_at(Sym *s, int64_t off)
{
    Sym *t = addr_at(s, off);
    return t ? t->name : "(nil)";
}

static uint32_t fnv1a(const char *str)
{
    uint32_t h = 2166136261u;
    for (; *str; str++)
        h = (h ^ (unsigned char)*str) * 16777619u;
    return h;
}

/* The generated functions verify and compile. */
static void compile_all(Program *p)
{
    for (int i = 0; i < p->funcs.n; i++) {
        PassOptions opt = {.optimize = true, .check = true};
        ssa_compile(p->funcs.v[i], &opt);
    }
}

static const char *methods_src =
    "package main\n"
    "type T int\n"
    "func (T) M() {}\n"
    "func (*T) N() {}\n"
    "type I interface{ M() }\n"
    "var x I = T(1)\n"
    "var y interface{} = (*T)(nil)\n"
    "func main() { x.M(); y.(interface{ N() }).N() }\n";

Test(typedesc, header_of_a_named_type)
{
    Program *p = build(methods_src);
    Sym *t = type_named(p, "type.main.T");
    cr_assert_eq(u(t, offsetof(struct _type, size), 8), 8);
    cr_assert_eq(u(t, offsetof(struct _type, ptrdata), 8), 0);
    cr_assert_eq(u(t, offsetof(struct _type, hash), 4), fnv1a("main.T"));
    cr_assert_eq(u(t, offsetof(struct _type, tflag), 1), tflagNamed | tflagUncommon | tflagRegularMemory);
    cr_assert_eq(u(t, offsetof(struct _type, align), 1), 8);
    cr_assert_eq(u(t, offsetof(struct _type, kind), 1), kindInt);
    cr_assert_str_eq(sym_at(t, offsetof(struct _type, equal)), "runtime.memequal64");
    cr_assert_null(addr_at(t, offsetof(struct _type, gcdata)));
    cr_assert_str_eq(name_at(t, offsetof(struct _type, str)), "main.T");
    cr_assert_str_eq(sym_at(t, offsetof(struct _type, ptrToThis)), "type.*main.T");
}

Test(typedesc, method_tables_and_wrappers)
{
    Program *p = build(methods_src);
    /* T's method set: M, whose itab code is the wrapper (*T).M (T is
     * boxed in an interface) and whose own code is T.M */
    Sym *t = type_named(p, "type.main.T");
    int64_t uc = sizeof(struct _type);
    cr_assert_str_eq(name_at(t, uc + offsetof(uncommontype, pkgpath)), "main");
    cr_assert_eq(u(t, uc + offsetof(uncommontype, mcount), 2), 1);
    cr_assert_eq(u(t, uc + offsetof(uncommontype, xcount), 2), 1);
    int64_t m = uc + (int64_t)u(t, uc + offsetof(uncommontype, moff), 4);
    cr_assert_str_eq(name_at(t, m + offsetof(method, name)), "M");
    cr_assert_str_eq(sym_at(t, m + offsetof(method, mtyp)), "type.func()");
    cr_assert_str_eq(sym_at(t, m + offsetof(method, ifn)), "main.(*T).M");
    cr_assert_str_eq(sym_at(t, m + offsetof(method, tfn)), "main.T.M");
    bool wrapper = false;
    for (int i = 0; i < p->funcs.n; i++)
        wrapper |= strcmp(p->funcs.v[i]->name, "main.(*T).M") == 0;
    cr_assert(wrapper, "the wrapper is built");
    /* *T's: M and N, pointer-shaped, so no boxing */
    Sym *pt = type_named(p, "type.*main.T");
    cr_assert_eq(u(pt, offsetof(struct _type, kind), 1), kindPtr | kindDirectIface);
    cr_assert_str_eq(sym_at(pt, offsetof(ptrtype, elem)), "type.main.T");
    uc = sizeof(ptrtype);
    cr_assert_eq(u(pt, uc + offsetof(uncommontype, mcount), 2), 2);
    m = uc + (int64_t)u(pt, uc + offsetof(uncommontype, moff), 4);
    cr_assert_str_eq(name_at(pt, m + offsetof(method, name)), "M");
    cr_assert_str_eq(sym_at(pt, m + offsetof(method, ifn)), "main.(*T).M");
    cr_assert_str_eq(name_at(pt, m + sizeof(method) + offsetof(method, name)), "N");
    cr_assert_str_eq(sym_at(pt, m + sizeof(method) + offsetof(method, ifn)), "main.(*T).N");
}

Test(typedesc, itab_lists_methods_in_gc_order)
{
    Program *p = build("package main\n"
                       "type I interface{ b(); A(); a() }\n"
                       "type T [2]*int\n"
                       "func (T) a() {}\n"
                       "func (T) b() {}\n"
                       "func (T) A() {}\n"
                       "var x I = T{}\n"
                       "func main() { x.A(); x.a(); x.b() }\n");
    Sym *it = find(&p->itabs, "go.itab.main.T,main.I");
    cr_assert(it, "static itab");
    cr_assert_str_eq(sym_at(it, offsetof(itab, inter)), "type.main.I");
    cr_assert_str_eq(sym_at(it, offsetof(itab, _type)), "type.main.T");
    cr_assert_eq(u(it, offsetof(itab, hash), 4), fnv1a("main.T"));
    const char *want[] = {"main.(*T).A", "main.(*T).a", "main.(*T).b"};
    for (int i = 0; i < 3; i++)
        cr_assert_str_eq(sym_at(it, offsetof(itab, fun) + 8 * i), want[i]);
    Sym *i = type_named(p, "type.main.I");
    cr_assert_eq(u(i, offsetof(interfacetype, nmethods), 8), 3);
    Sym *arr = addr_at(i, offsetof(interfacetype, mhdr));
    cr_assert_eq(arr, i, "imethods follow the descriptor");
    int64_t im = 0;
    for (int k = 0; k < i->relocs.n; k++)
        if (i->relocs.v[k].off == offsetof(interfacetype, mhdr))
            im = i->relocs.v[k].add;
    const char *names[] = {"A", "a", "b"};
    for (int k = 0; k < 3; k++)
        cr_assert_str_eq(name_at(i, im + k * (int64_t)sizeof(imethod)), names[k]);
}

Test(typedesc, direct_interface_kinds_and_pointer_masks)
{
    Program *p = build("package main\n"
                       "type F func()\n"
                       "type A1 [1]*int\n"
                       "type A2 [2]*int\n"
                       "type S [3]string\n"
                       "var a, b, c, d, e interface{} = F(nil), A1{}, A2{}, S{}, [1]interface{}{}\n"
                       "func main() {}\n");
    cr_assert_eq(u(type_named(p, "type.main.F"), offsetof(struct _type, kind), 1), kindFunc | kindDirectIface);
    cr_assert_eq(u(type_named(p, "type.main.A1"), offsetof(struct _type, kind), 1), kindArray | kindDirectIface);
    cr_assert_eq(u(type_named(p, "type.main.A2"), offsetof(struct _type, kind), 1), kindArray);
    /* [3]string: pointers in words 0, 2 and 4; ptrdata ends after the
     * last one */
    Sym *s = type_named(p, "type.main.S");
    cr_assert_eq(u(s, offsetof(struct _type, ptrdata), 8), 40);
    cr_assert_str_eq(sym_at(s, offsetof(struct _type, gcdata)), "runtime.gcbits.15");
    /* an interface's two words are both pointers */
    Sym *e = type_named(p, "type.[1]interface {}");
    cr_assert_str_eq(sym_at(e, offsetof(struct _type, gcdata)), "runtime.gcbits.03");
    /* funcs are not comparable: no equal */
    cr_assert_null(addr_at(type_named(p, "type.main.F"), offsetof(struct _type, equal)));
}

Test(typedesc, equality_functions)
{
    Program *p = build("package main\n"
                       "type P [2]string\n"
                       "type W [4]int\n"
                       "type H [2]int32\n"
                       "type Z [0]int\n"
                       "var a, b, c, d interface{} = P{}, W{}, H{}, Z{}\n"
                       "func main() {}\n");
    cr_assert_str_eq(sym_at(type_named(p, "type.main.P"), offsetof(struct _type, equal)), "type..eq.main.P");
    cr_assert_str_eq(sym_at(type_named(p, "type.main.W"), offsetof(struct _type, equal)), "type..eq.main.W");
    cr_assert_str_eq(sym_at(type_named(p, "type.main.H"), offsetof(struct _type, equal)), "runtime.memequal64");
    cr_assert_str_eq(sym_at(type_named(p, "type.main.Z"), offsetof(struct _type, equal)), "runtime.memequal0");
    int found = 0;
    for (int i = 0; i < p->funcs.n; i++)
        found += strcmp(p->funcs.v[i]->name, "type..eq.main.P") == 0 ||
                 strcmp(p->funcs.v[i]->name, "type..eq.main.W") == 0;
    cr_assert_eq(found, 2, "generated equality functions");
    compile_all(p);
}

Test(typedesc, one_descriptor_per_type)
{
    Program *p = build("package main\n"
                       "var a, b interface{} = (*int)(nil), (*int)(nil)\n"
                       "func f() interface{} { type T int; return T(1) }\n"
                       "func g() interface{} { type T int; return T(2) }\n"
                       "func main() { println(f() == g()) }\n");
    int ptrs = 0;
    for (int i = 0; i < p->types.n; i++)
        ptrs += strcmp(p->types.v[i]->name, "type.*int") == 0;
    cr_assert_eq(ptrs, 1, "two *int share a descriptor");
    /* local types are numbered in their package, in source order, so
     * that the names do not depend on the program (docs/design.md,
     * "Stage 2"); both are main.T at run time */
    Sym *t1 = type_named(p, "type.main.T·1"), *t2 = type_named(p, "type.main.T·2");
    cr_assert_str_eq(name_at(t1, offsetof(struct _type, str)), "main.T");
    cr_assert_str_eq(name_at(t2, offsetof(struct _type, str)), "main.T");
}

/* Symbols name packages by path and qualify unexported fields, so
 * distinct types never share a name: struct { a int } of two packages
 * are different types. */
Test(typedesc, link_names)
{
    types_init();
    const char *src = "package p\n"
                      "type T struct{ a int }\n"
                      "type U struct{ B int }\n"
                      "type I interface{ m() }\n";
    uint32_t id = source_add("p.go", src, strlen(src));
    File *f = parse_file(id);
    CheckConfig cfg = {.path = "example.com/x/p"};
    Package *pkg = check_package_config(&cfg, &f, 1);
    cr_assert_eq(error_count(), 0);
    Type *t = scope_lookup_local(pkg->scope, intern_cstr("T"))->type;
    Type *u = scope_lookup_local(pkg->scope, intern_cstr("U"))->type;
    Type *i = scope_lookup_local(pkg->scope, intern_cstr("I"))->type;
    cr_assert_str_eq(type_link_string(t), "example.com/x/p.T");
    cr_assert_str_eq(type_runtime_string(t), "p.T");
    cr_assert_str_eq(type_link_string(type_new_pointer(t)), "*example.com/x/p.T");
    cr_assert_str_eq(type_link_string(type_underlying(t)), "struct { example.com/x/p.a int }");
    cr_assert_str_eq(type_runtime_string(type_underlying(t)), "struct { a int }");
    cr_assert_str_eq(type_link_string(type_underlying(u)), "struct { B int }");
    cr_assert_str_eq(type_link_string(type_underlying(i)), "interface { example.com/x/p.m() }");
    cr_assert_str_eq(type_runtime_string(type_underlying(i)), "interface { p.m() }");
}

Test(typedesc, map_types)
{
    Program *p = build("package main\n"
                       "var a, b, c interface{} = map[string]float64(nil), map[[200]byte]int(nil),\n"
                       "\tmap[interface{}]bool(nil)\n"
                       "func main() {}\n");
    Sym *m = type_named(p, "type.map[string]float64");
    cr_assert_eq(u(m, offsetof(struct _type, kind), 1), kindMap | kindDirectIface);
    cr_assert_str_eq(sym_at(m, offsetof(maptype, key)), "type.string");
    cr_assert_str_eq(sym_at(m, offsetof(maptype, elem)), "type.float64");
    cr_assert_str_eq(sym_at(m, offsetof(maptype, hasher)), "runtime.strhash");
    cr_assert_eq(u(m, offsetof(maptype, keysize), 1), 16);
    cr_assert_eq(u(m, offsetof(maptype, elemsize), 1), 8);
    /* tophash, 8 keys, 8 elems, overflow */
    cr_assert_eq(u(m, offsetof(maptype, bucketsize), 2), 8 + 8 * 16 + 8 * 8 + 8);
    cr_assert_eq(u(m, offsetof(maptype, flags), 4), maptypeReflexiveKey | maptypeNeedKeyUpdate);
    Sym *bucket = addr_at(m, offsetof(maptype, bucket));
    cr_assert(bucket);
    cr_assert_eq(u(bucket, offsetof(struct _type, size), 8), 208);
    /* keys over 128 bytes are stored indirectly, hashed by a generated function */
    Sym *big = type_named(p, "type.map[[200]uint8]int");
    cr_assert_eq(u(big, offsetof(maptype, keysize), 1), 8);
    cr_assert_eq(u(big, offsetof(maptype, flags), 4), maptypeIndirectKey | maptypeReflexiveKey);
    cr_assert_str_eq(sym_at(big, offsetof(maptype, hasher)), "type..hash.[200]uint8");
    Sym *im = type_named(p, "type.map[interface {}]bool");
    cr_assert_str_eq(sym_at(im, offsetof(maptype, hasher)), "runtime.nilinterhash");
    cr_assert_eq(u(im, offsetof(maptype, flags), 4), maptypeNeedKeyUpdate | maptypeHashMightPanic);
    compile_all(p);
}

/* The method table entry at index i of descriptor t (uncommontype at uc). */
static int64_t method_at(Sym *t, int64_t uc, int i)
{
    return uc + (int64_t)u(t, uc + offsetof(uncommontype, moff), 4) + i * (int64_t)sizeof(method);
}

static bool built(Program *p, const char *name)
{
    for (int i = 0; i < p->funcs.n; i++)
        if (strcmp(p->funcs.v[i]->name, name) == 0)
            return true;
    return false;
}

/* compiler/ssagen/reach.c: a method's code words are filled only for a
 * name and signature called through an interface, in the table of a type
 * used in an interface; the others keep their name and signature, their
 * code is runtime.unreachableMethod, and their wrappers are not built. */
Test(typedesc, method_code_only_when_reachable)
{
    Program *p = build("package main\n"
                       "type T int\n"
                       "func (T) Called() {}\n"
                       "func (T) Idle() {}\n"
                       "type C interface{ Called() }\n"
                       "type U int\n"
                       "func (U) Called() {}\n"
                       "var x C = T(1)\n"
                       "var u = new(U)\n"
                       "func main() { x.Called(); _ = *u }\n");
    Sym *t = type_named(p, "type.main.T");
    int64_t uc = sizeof(struct _type);
    cr_assert_eq(u(t, uc + offsetof(uncommontype, mcount), 2), 2);
    int64_t m = method_at(t, uc, 0);
    cr_assert_str_eq(name_at(t, m + offsetof(method, name)), "Called");
    cr_assert_str_eq(sym_at(t, m + offsetof(method, ifn)), "main.(*T).Called");
    cr_assert_str_eq(sym_at(t, m + offsetof(method, tfn)), "main.T.Called");
    m = method_at(t, uc, 1);
    cr_assert_str_eq(name_at(t, m + offsetof(method, name)), "Idle");
    cr_assert_str_eq(sym_at(t, m + offsetof(method, mtyp)), "type.func()");
    cr_assert_str_eq(sym_at(t, m + offsetof(method, ifn)), "runtime.unreachableMethod");
    cr_assert_str_eq(sym_at(t, m + offsetof(method, tfn)), "runtime.unreachableMethod");
    cr_assert(built(p, "main.(*T).Called"), "the called method's wrapper is built");
    cr_assert(!built(p, "main.(*T).Idle"), "the idle method's wrapper is not built");
    Sym *it = find(&p->itabs, "go.itab.main.T,main.C");
    cr_assert(it, "static itab");
    cr_assert_str_eq(sym_at(it, offsetof(itab, fun)), "main.(*T).Called");
    /* U's Called has a called key, but no interface holds a U */
    Sym *us = type_named(p, "type.main.U"); /* new(U) names it */
    m = method_at(us, uc, 0);
    cr_assert_str_eq(name_at(us, m + offsetof(method, name)), "Called");
    cr_assert_str_eq(sym_at(us, m + offsetof(method, ifn)), "runtime.unreachableMethod");
    cr_assert_str_eq(sym_at(us, m + offsetof(method, tfn)), "runtime.unreachableMethod");
    cr_assert(built(p, "runtime.unreachableMethod"), "the code of the methods left out");
    cr_assert(!built(p, "main.(*U).Called"), "U's wrapper is not built");
}
