/*
 * deadcode.c — the link step's method reachability over package objects
 * (deadcode.h; docs/design.md, "Package objects").
 *
 * ld --gc-sections decides which functions and data a program keeps,
 * by references. Method tables and itabs would refer to every method of
 * every type with a descriptor, so their code words name slot symbols
 * (go.mslot.X) that this step defines: as the method X where it can be
 * called, else as runtime.unreachableMethod, by the rules of
 * compiler/ssagen/reach.c (which applies them while building a whole
 * program), here over the summaries' graph of names:
 *
 *   - a symbol is reached from the roots through references, and
 *     through the slots filled;
 *   - a reached function calls its interface keys and puts its types in
 *     interfaces; a type so used leads to its children and its pointer
 *     type being used too (reflect can make them);
 *   - a slot of a reached table is filled when its key is called and
 *     its table is an itab or the descriptor of a type used, or when
 *     reflect's Method or MethodByName is reached and the method is
 *     exported;
 *
 * until nothing changes. A slot symbol is shared by the tables that
 * hold one function (T's and *T's), so it names the function if any of
 * them is filled: conservative.
 */
#include "deadcode.h"

#include "hashindex.h"
#include "reach.h"

#include <stdio.h>
#include <string.h>

typedef VEC(int) IntList;

typedef struct Node {
    const char *name;  /* interned */
    IntList refs;      /* 'r' */
    IntList uses;      /* 'u' */
    IntList children;  /* 'c' */
    IntList ptrs;      /* the pointer descriptors whose element this is ('p') */
    VEC(const char *) keys; /* 'k', interned */
    const char *error; /* 'x' */
    bool reached, used, global;
} Node;

typedef struct Slot {
    int table, fn;
    const char *key;   /* interned */
    bool exported, filled;
} Slot;

typedef struct Graph {
    VEC(Node) nodes;
    HashIndex index;   /* nodes by the hash of the interned name */
    VEC(Slot) slots;
    VEC(const char *) called; /* keys called, interned */
    HashIndex called_index;
    IntList work;      /* reached, not yet scanned */
    bool reflect_all;
    bool failed;
} Graph;


static int node(Graph *g, const char *name)
{
    uint64_t h = hash_u64((uint64_t)(uintptr_t)name);
    int cursor = 0;
    for (int i; (i = hashindex_next(&g->index, h, &cursor)) >= 0;)
        if (g->nodes.v[i].name == name)
            return i;
    Node n = {.name = name};
    hashindex_add(&g->index, h, g->nodes.n);
    vec_push(&g->nodes, n);
    return g->nodes.n - 1;
}

static bool is_called(Graph *g, const char *key)
{
    int cursor = 0;
    for (int i; (i = hashindex_next(&g->called_index, hash_u64((uint64_t)(uintptr_t)key), &cursor)) >= 0;)
        if (g->called.v[i] == key)
            return true;
    return false;
}

static void call_key(Graph *g, const char *key)
{
    if (is_called(g, key))
        return;
    hashindex_add(&g->called_index, hash_u64((uint64_t)(uintptr_t)key), g->called.n);
    vec_push(&g->called, key);
}

static void reach(Graph *g, int i)
{
    if (g->nodes.v[i].reached)
        return;
    g->nodes.v[i].reached = true;
    vec_push(&g->work, i);
}

static void use(Graph *g, int i)
{
    IntList stack = {0};
    vec_push(&stack, i);
    while (stack.n > 0) {
        Node *n = &g->nodes.v[stack.v[--stack.n]];
        if (n->used)
            continue;
        n->used = true;
        for (int k = 0; k < n->children.n; k++)
            vec_push(&stack, n->children.v[k]);
        for (int k = 0; k < n->ptrs.n; k++)
            vec_push(&stack, n->ptrs.v[k]);
    }
}

/* Splits line [s, end) at tabs into at most max fields, interned. */
static int fields(const char *s, const char *end, const char **f, int max)
{
    int n = 0;
    while (n < max) {
        const char *t = memchr(s, '\t', (size_t)(end - s));
        if (!t || n == max - 1)
            t = end;
        f[n++] = intern(s, (size_t)(t - s));
        if (t == end)
            break;
        s = t + 1;
    }
    return n;
}

static void add_summary(Graph *g, const char *text)
{
    for (const char *s = text; *s;) {
        const char *end = strchr(s, '\n');
        if (!end)
            end = s + strlen(s);
        const char *f[5];
        char kind = *s;
        int nf = end - s > 2 ? fields(s + 2, end, f, kind == 's' ? 4 : kind == 'x' ? 2 : 2) : 0;
        s = *end ? end + 1 : end;
        if (nf < 1)
            continue;
        int a = node(g, f[0]);
        switch (kind) {
        case 'r': if (nf == 2) vec_push(&g->nodes.v[a].refs, node(g, f[1])); break;
        case 'u': if (nf == 2) vec_push(&g->nodes.v[a].uses, node(g, f[1])); break;
        case 'c': if (nf == 2) vec_push(&g->nodes.v[a].children, node(g, f[1])); break;
        case 'p': if (nf == 2) { int e = node(g, f[1]); vec_push(&g->nodes.v[e].ptrs, a); } break;
        case 'k': if (nf == 2) vec_push(&g->nodes.v[a].keys, f[1]); break;
        case 'g': g->nodes.v[a].global = true; break;
        case 'x': if (nf == 2) g->nodes.v[a].error = f[1]; break;
        case 's':
            if (nf == 4) {
                Slot sl = {a, node(g, f[1]), f[3], f[2][0] == '1', false};
                vec_push(&g->slots, sl);
            }
            break;
        }
    }
}

/* Scans the reached nodes not scanned yet. */
static void scan(Graph *g)
{
    while (g->work.n > 0) {
        int i = g->work.v[--g->work.n];
        Node *n = &g->nodes.v[i];
        if (n->error) {
            fprintf(stderr, "%s\n", n->error);
            g->failed = true;
        }
        for (size_t k = 0; k < sizeof reach_reflect_method_funcs / sizeof reach_reflect_method_funcs[0]; k++)
            if (strcmp(n->name, reach_reflect_method_funcs[k]) == 0)
                g->reflect_all = true;
        /* no node is added from here on: n stays valid */
        for (int k = 0; k < n->keys.n; k++)
            call_key(g, n->keys.v[k]);
        for (int k = 0; k < n->uses.n; k++)
            use(g, n->uses.v[k]);
        for (int k = 0; k < n->refs.n; k++)
            reach(g, n->refs.v[k]);
    }
}

/* Fills the slots that can be called now; whether it filled any. */
static bool fill(Graph *g)
{
    bool any = false;
    for (int i = 0; i < g->slots.n; i++) {
        Slot *sl = &g->slots.v[i];
        Node *t = &g->nodes.v[sl->table];
        if (sl->filled || !t->reached)
            continue;
        if (strncmp(t->name, "go.itab.", 8) != 0 && !t->used)
            continue;
        if (!is_called(g, sl->key) && !(g->reflect_all && sl->exported))
            continue;
        sl->filled = any = true;
        reach(g, sl->fn);
    }
    return any;
}

bool deadcode(const char *const *texts, int n, Buf *script)
{
    Arena *outer = arena_enter(&arena_package);
    Graph *g = NEW(Graph);
    g->index.in_arena = g->called_index.in_arena = true;
    for (int i = 0; i < n; i++)
        add_summary(g, texts[i]);
    static const char *const roots[] = {
        "main.main", "main.init",
#define GOFUNC(sym, cfunc, nargs, nresults)
#define GOASM(sym)
#define GOCALLED(sym) sym,
#include "linkname.def"
#undef GOFUNC
#undef GOASM
#undef GOCALLED
    };
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        reach(g, node(g, intern_cstr(roots[i])));
    for (size_t i = 0; i < sizeof reach_runtime_keys / sizeof reach_runtime_keys[0]; i++)
        call_key(g, intern_cstr(reach_runtime_keys[i]));
    for (int i = 0; i < g->nodes.n; i++)
        if (g->nodes.v[i].global) {
            reach(g, i);
            use(g, i);
        }
    do
        scan(g);
    while (fill(g));
    /* One assignment per slot symbol: the function if any slot of it
     * was filled. */
    bool *done = NEWARRAY(bool, g->nodes.n + 1); /* zeroed */
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < g->slots.n; i++) {
            Slot *sl = &g->slots.v[i];
            if (done[sl->fn] || sl->filled != (pass == 0))
                continue;
            done[sl->fn] = true;
            const char *fn = g->nodes.v[sl->fn].name;
            buf_printf(script, "\"go.mslot.%s\" = \"%s\";\n", fn, sl->filled ? fn : "runtime.unreachableMethod");
        }
    bool ok = !g->failed;
    arena_enter(outer);
    return ok;
}
