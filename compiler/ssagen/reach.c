/*
 * reach.c — which methods' code the program keeps: the method half of
 * reachability, as gc's linker decides it (its deadcode), but before
 * any code is built, so that a method nothing can call is never built.
 *
 * program.c builds an imported function only once something built
 * refers to it (want). Method tables and itabs would refer to every
 * method of every type with a descriptor, and through them to most of
 * every package imported: a fmt hello built 1,458 functions. A method
 * table's code words are read in three places only: by an interface
 * method call (itab.fun[i], filled from the table by rt/iface.c's
 * itabInit or in a static itab), by the runtime's callStringMethod
 * (rt/iface.c: Error and String, func() string, for panic values), and
 * by reflect's Method and MethodByName (rt/go/reflect). And only the
 * tables of types that an interface can hold are read. So, as gc does:
 *
 *   - every interface method call, method value or method expression of
 *     an interface (iface.c's itab_fun) calls its method's key, its name
 *     and signature (method_key), and so do the runtime's two;
 *   - a type is used in an interface when code converts a value of it
 *     to one (or, conservatively, compares an interface's type with it:
 *     iface.c's type_word, itab_sym), when the runtime's C code may
 *     make one (package runtime's types), or when reflect can reach it
 *     from a type used so (mark_children);
 *   - a method's code is kept, in the method table of a type used in an
 *     interface or in an itab, once its key is called;
 *   - once reflect's Method or MethodByName is reachable, every
 *     exported method's code is kept (reflect can call any of them).
 *
 * A method not kept keeps its entry (name and signature: type
 * assertions and conversions still find it, and reflect's NumMethod
 * counts it) with code words that name runtime.unreachableMethod, which
 * throws, as gc's linker does (a zero word would read as a missing
 * method to rt/iface.c's itabInit). Nothing can call it: a call
 * through an itab needs its key called, and an itab is only made for a
 * type used in an interface. The key leaves out the package of an
 * unexported name, and local types of one name print alike: both make
 * more keys match, which is conservative.
 *
 * Requires: typedesc.c records each code word of a method table or
 * itab here (reach_method_slot) instead of filling it. Leaves behind:
 * each slot filled once kept, its code wanted (program.c builds it);
 * reach_resolve, run in the data phase until it fills nothing more,
 * reaches the fixpoint, since building what it wants can call more keys
 * and use more types; reach_finish then fills the rest.
 */
#include "builder.h"
#include "hashindex.h"
#include "reach.h"

#include <string.h>

/* A method table's or itab's code words for method m of t's method
 * set, waiting for m to be kept. */
typedef struct Slot {
    Sym *d;
    int64_t ifn_off, tfn_off; /* tfn_off -1: an itab's, which has no tfn */
    Type *t;
    Object *m;
    const char *key;
    uint64_t hash;
} Slot;

/* A type's method table: its bytes [off, end) of the descriptor d. */
typedef struct MethodTable {
    Sym *d;
    int64_t off, end;
} MethodTable;

struct Reach {
    VEC(const char *) called; /* the keys called */
    HashIndex called_index;   /* called by the hash of the key */
    VEC(Slot) pending;        /* slots not filled yet, in the order met */
    bool reflect_all;         /* reflect's Method or MethodByName is reachable */
    VEC(Sym *) used;          /* the descriptors used in interfaces */
    VEC(bool) scanned;        /* parallel to used: its children marked */
    HashIndex used_index;     /* used by the hash of the Sym's address */
    VEC(MethodTable) tables;
    HashIndex table_index;    /* tables by the hash of the descriptor's address */
};


static bool is_called(Reach *r, const char *key, uint64_t h)
{
    int cursor = 0;
    for (int i; (i = hashindex_next(&r->called_index, h, &cursor)) >= 0;)
        if (strcmp(r->called.v[i], key) == 0)
            return true;
    return false;
}

static void call_key(Reach *r, const char *key)
{
    uint64_t h = hash_bytes(key, strlen(key));
    if (is_called(r, key, h))
        return;
    Arena *outer = arena_enter(&arena_package);
    hashindex_add(&r->called_index, h, r->called.n);
    vec_push(&r->called, key);
    arena_enter(outer);
}

Reach *reach_new(void)
{
    Arena *outer = arena_enter(&arena_package);
    Reach *r = NEW(Reach);
    r->called_index.in_arena = r->used_index.in_arena = r->table_index.in_arena = true;
    for (size_t i = 0; i < sizeof reach_runtime_keys / sizeof reach_runtime_keys[0]; i++)
        call_key(r, reach_runtime_keys[i]);
    arena_enter(outer);
    return r;
}

void reach_iface_call(SsaGen *g, Object *m)
{
    Arena *outer = arena_enter(&arena_package);
    const char *key = method_key(m);
    call_key(gen_reach(g), key);
    if (gen_building(g))
        gen_summary(g, 'k', gen_building(g), key);
    arena_enter(outer);
}

void reach_wanted(SsaGen *g, const char *name)
{
    for (size_t i = 0; i < sizeof reach_reflect_method_funcs / sizeof reach_reflect_method_funcs[0]; i++)
        if (strcmp(name, reach_reflect_method_funcs[i]) == 0)
            gen_reach(g)->reflect_all = true;
}

static uint64_t sym_hash(const Sym *d)
{
    return hash_u64((uint64_t)(uintptr_t)d);
}

static bool is_used(Reach *r, const Sym *d)
{
    int cursor = 0;
    for (int i; (i = hashindex_next(&r->used_index, sym_hash(d), &cursor)) >= 0;)
        if (r->used.v[i] == d)
            return true;
    return false;
}

/* Marks d used in an interface; whether it was not yet. */
static bool mark_used(Reach *r, Sym *d)
{
    if (is_used(r, d))
        return false;
    Arena *outer = arena_enter(&arena_package);
    hashindex_add(&r->used_index, sym_hash(d), r->used.n);
    vec_push(&r->used, d);
    vec_push(&r->scanned, false);
    arena_enter(outer);
    return true;
}

void reach_type_used(SsaGen *g, Sym *d)
{
    mark_used(gen_reach(g), d);
    if (gen_building(g))
        gen_summary(g, 'u', gen_building(g), d->name);
}

void reach_method_table(SsaGen *g, Sym *d, int64_t off, int64_t end)
{
    Reach *r = gen_reach(g);
    Arena *outer = arena_enter(&arena_package);
    MethodTable mt = {d, off, end};
    hashindex_add(&r->table_index, sym_hash(d), r->tables.n);
    vec_push(&r->tables, mt);
    arena_enter(outer);
}

/* Whether byte off of descriptor d is in its method table. */
static bool in_method_table(Reach *r, const Sym *d, int64_t off)
{
    int cursor = 0;
    for (int i; (i = hashindex_next(&r->table_index, sym_hash(d), &cursor)) >= 0;)
        if (r->tables.v[i].d == d)
            return off >= r->tables.v[i].off && off < r->tables.v[i].end;
    return false;
}

/* Marks the types an interface holding a used type can lead to, as
 * gc's linker does: reflect can make an interface of any type its
 * descriptor points to (an element, a field, a parameter) and of its
 * pointer type (ptrToThis: reflect's PointerTo, Value.Addr), and the
 * runtime's C code makes interfaces of package runtime's types (the
 * global descriptors). A method table's signatures do not count: they
 * lead to values only through a method kept. A descriptor not built
 * yet is scanned once it is. */
static void mark_children(SsaGen *g, Reach *r)
{
    SymList *types = &ssagen_program(g)->types;
    for (int i = 0; i < types->n; i++)
        if (types->v[i]->global)
            mark_used(r, types->v[i]);
    for (bool more = true; more;) {
        more = false;
        for (int i = 0; i < r->used.n; i++) {
            Sym *d = r->used.v[i];
            if (r->scanned.v[i] || d->size == 0)
                continue;
            r->scanned.v[i] = true;
            for (int k = 0; k < d->relocs.n; k++) {
                Reloc *rl = &d->relocs.v[k];
                if (rl->sym->kind == SYM_TYPE && !in_method_table(r, d, rl->off))
                    more |= mark_used(r, rl->sym);
            }
        }
        for (int i = 0; i < types->n; i++) {
            Sym *p = types->v[i];
            if (p->type->kind == TYPE_POINTER && !is_used(r, p) &&
                is_used(r, gen_type_sym(g, p->type->u.pointer.elem)))
                more |= mark_used(r, p);
        }
    }
}

/* An itab's type is converted to its interface: an itab's slots count
 * as used. */
static bool kept(Reach *r, const Slot *sl)
{
    if (sl->d->kind == SYM_TYPE && !is_used(r, sl->d))
        return false;
    return (r->reflect_all && type_is_exported_name(sl->m->name)) || is_called(r, sl->key, sl->hash);
}

/* Fills sl's code words and wants their code. */
static void fill(SsaGen *g, const Slot *sl)
{
    const char *ifn, *tfn;
    typedesc_method_code(g, sl->d, sl->ifn_off, sl->tfn_off, sl->t, sl->m, &ifn, &tfn);
    const char *why = gen_tracing(g) ? xprintf("%s, method %s", sl->d->name, sl->key) : NULL;
    gen_want(g, ifn, why);
    if (sl->tfn_off >= 0)
        gen_want(g, tfn, why);
}

/* The name of the symbol that stands for function fn in method tables
 * and itabs of a package object; the link step defines it as fn or as
 * runtime.unreachableMethod (link/deadcode.c). */
static const char *slot_name(const char *fn)
{
    return xprintf("go.mslot.%s", fn);
}

/* In a package object, which methods are kept is decided when linking:
 * the words name slot symbols, and the summary says which code each
 * stands for, whose key it is, and in which table. */
static void package_slot(SsaGen *g, Sym *d, int64_t ifn_off, int64_t tfn_off, Type *t, Object *m,
                         const char *key)
{
    const char *ifn, *tfn;
    typedesc_method_names(g, t, m, &ifn, &tfn);
    Buf *out = gen_summary_buf(g);
    bool exported = type_is_exported_name(m->name);
    typedesc_code_word(d, ifn_off, slot_name(ifn));
    buf_printf(out, "s\t%s\t%s\t%d\t%s\n", d->name, ifn, exported, key);
    if (tfn_off >= 0) {
        typedesc_code_word(d, tfn_off, slot_name(tfn));
        buf_printf(out, "s\t%s\t%s\t%d\t%s\n", d->name, tfn, exported, key);
    }
}

void reach_method_slot(SsaGen *g, Sym *d, int64_t ifn_off, int64_t tfn_off, Type *t, Object *m)
{
    Reach *r = gen_reach(g);
    Arena *outer = arena_enter(&arena_package);
    const char *key = method_key(m);
    if (gen_pkgobj(g)) {
        package_slot(g, d, ifn_off, tfn_off, t, m, key);
        arena_enter(outer);
        return;
    }
    Slot sl = {d, ifn_off, tfn_off, t, m, key, hash_bytes(key, strlen(key))};
    if (kept(r, &sl))
        fill(g, &sl);
    else
        vec_push(&r->pending, sl);
    arena_enter(outer);
}

bool reach_resolve(SsaGen *g)
{
    Reach *r = gen_reach(g);
    Arena *outer = arena_enter(&arena_package);
    mark_children(g, r);
    int n = 0, filled = 0;
    /* fill may add slots (a new type's table): only the ones met so far */
    int end = r->pending.n;
    for (int i = 0; i < end; i++) {
        Slot sl = r->pending.v[i];
        if (kept(r, &sl)) {
            fill(g, &sl);
            filled++;
        } else {
            r->pending.v[n++] = sl;
        }
    }
    /* the slots fill added after end, moved down */
    for (int i = end; i < r->pending.n; i++)
        r->pending.v[n++] = r->pending.v[i];
    r->pending.n = n;
    arena_enter(outer);
    return filled > 0;
}

/* The code of every method left out, named as gc's: throws, since the
 * rules above say that nothing calls it. */
static const char unreachable_name[] = "runtime.unreachableMethod";

bool reach_finish(SsaGen *g)
{
    Reach *r = gen_reach(g);
    if (r->pending.n == 0)
        return false;
    const char *fn = queue_gen_func(g, GEN_UNREACHABLE, unreachable_name, NULL, NULL);
    Arena *outer = arena_enter(&arena_package);
    for (int i = 0; i < r->pending.n; i++) {
        Slot *sl = &r->pending.v[i];
        typedesc_code_word(sl->d, sl->ifn_off, fn);
        if (sl->tfn_off >= 0)
            typedesc_code_word(sl->d, sl->tfn_off, fn);
    }
    r->pending.n = 0;
    arena_enter(outer);
    return true;
}

/* runtime.unreachableMethod's body: runtime.throw(msg), gc's message. */
void unreachable_body(Builder *s, Pos pos)
{
    static const char msg[] = "unreachable method called. linker bug?";
    int64_t len = (int64_t)sizeof msg - 1;
    Value *str[2] = {v0(s, OpAddr, t_ptr(), pos), const_int(s, t_int(), len, pos)};
    str[0]->aux = string_sym(s, msg, len);
    Sym *fn = ssa_sym(SYM_FUNC, "runtime.throw", NULL);
    fn->noreturn = true;
    emit_call(s, fn, str, 2, 0, true, pos);
}

/* A package object's data, for the link step (link/deadcode.h): each
 * word of a descriptor, itab or variable that names a symbol is a
 * reference ('r'); a descriptor's types outside its method table are
 * children reflect can reach ('c'); any other data naming a descriptor
 * uses it in an interface ('u'), conservatively, as want_data_refs
 * does; pointer descriptors name their element ('p'), the runtime's
 * global descriptors are used from its C code ('g'). Slots (go.mslot.*)
 * are summarised where they are made. */
void reach_summary_data(SsaGen *g)
{
    Reach *r = gen_reach(g);
    Program *p = ssagen_program(g);
    SymList *lists[4] = {&p->types, &p->data, &p->itabs, &p->globals};
    for (int k = 0; k < 4; k++)
        for (int i = 0; i < lists[k]->n; i++) {
            Sym *d = lists[k]->v[i];
            if (d->external)
                continue;
            if (d->kind == SYM_TYPE && d->global)
                gen_summary(g, 'g', d->name, "");
            if (d->kind == SYM_TYPE && d->type->kind == TYPE_POINTER) {
                Type *elem = d->type->u.pointer.elem;
                gen_summary(g, 'p', d->name, ((Sym *)gen_type_sym(g, elem))->name);
            }
            for (int j = 0; j < d->relocs.n; j++) {
                Sym *to = d->relocs.v[j].sym;
                if (strncmp(to->name, "go.mslot.", 9) == 0 || to->kind == SYM_STRING)
                    continue;
                gen_summary(g, 'r', d->name, to->name);
                if (to->kind != SYM_TYPE)
                    continue;
                if (d->kind != SYM_TYPE)
                    gen_summary(g, 'u', d->name, to->name);
                else if (!in_method_table(r, d, d->relocs.v[j].off))
                    gen_summary(g, 'c', d->name, to->name);
            }
        }
}
