/*
 * program.c — the package-level driver: which functions are built and
 * in what order, the package variables, the generated initialiser
 * main.init, and the data the whole program shares (string literals and
 * type descriptors as Syms).
 *
 * Lifetimes (compiler/base/util.h): ssagen_next builds each function in
 * the current arena, which the driver resets once the function is
 * compiled and emitted. The SsaGen and its Program live in
 * arena_package, and so does everything a function adds to the Program
 * (string_sym, type_sym): those Syms are emitted after the last
 * function, and a type's descriptor Sym is cached in the Type itself.
 *
 * Function literals are built after the function that contains them:
 * lowering a literal queues it (queue_func_lit), and ssagen_next builds
 * the queue before going on to the next declaration.
 *
 * After main.init comes the data phase: the descriptor of every type
 * that type_sym handed out (typedesc.c), which may ask for more types
 * and for generated functions (queue_gen_func: equality and hash
 * functions, value-method wrappers), which ssagen_next then returns one
 * by one, until neither is left; typedesc_finish then links each type
 * to its pointer type.
 */
#include "builder.h"
#include "hashindex.h"

#include <stdlib.h>
#include <string.h>

/* A generated function waiting to be built (GenKind). */
typedef struct GenFunc {
    GenKind kind;
    const char *name;
    Type *type;      /* the type compared or hashed; a wrapper's receiver base type;
                      * a method value's receiver type */
    Object *method;  /* GEN_WRAPPER: the value method */
} GenFunc;

/* A function literal waiting to be built as a function of its own, or
 * (lit NULL) the wrapper of a deferred or go'd call with arguments (defer.c). */
typedef struct PendingLit {
    Expr *lit;
    const char *name;   /* its symbol, e.g. "main.main.func1" */
    const char *goname; /* e.g. "main.func1" */
    Type *sig, *ctype;  /* a wrapper's deferred signature and closure struct */
    int builtin;        /* a wrapper of a deferred builtin call: its BuiltinId, else -1 */
    Pos pos;
} PendingLit;

#include <string.h>

struct SsaGen {
    Package **pkgs;          /* the program's packages, dependencies first, main last */
    int npkgs;
    int cur;                 /* pkgs[cur] is being built */
    Package *pkg;            /* pkgs[cur] */
    Program *prog;
    const char **init_names; /* link names of pkg's init functions, in order */
    int next;                /* pkg->funcs index to build next; pkg->funcs.n: PATH.init */
    VEC(PendingLit) lits;    /* literals met so far; lits[nextlit:] not built yet */
    int nextlit;
    HashIndex type_names;    /* prog->types by the hash of their run-time names */
    HashIndex data_keys;     /* data Syms made by gen_data_sym, by the hash of their keys */
    SymList keyed;           /* those Syms (also in prog->data or itabs); Sym.data holds the key */
    int ndata;               /* numbers the unnamed ones */
    VEC(GenFunc) gens;       /* gens[nextgen:] not built yet */
    int nextgen;
    HashIndex gen_names;     /* gens by the hash of their names */
    int nexttype;            /* prog->types[nexttype:] have no descriptor yet */
    bool finished;           /* typedesc_finish has run */
    /* Reachability: the functions of imported packages are built only
     * once something built refers to them (want). */
    VEC(Decl *) imported;    /* every function with a body of pkgs[0..npkgs-1) */
    VEC(Package *) imported_pkg; /* and its package */
    HashIndex imported_names;/* imported by the hash of link names */
    bool *wanted;            /* parallel to imported: queued once */
    VEC(int) queue;          /* imported[queue[i]] wanted, queue[nextwanted:] not built yet */
    int nextwanted;
    int scanned_data[4];     /* prog->data, itabs, funcvals, globals scanned so far */
    Reach *reach;            /* which methods' code is kept (reach.c) */
    FILE *trace;             /* hood -d reach: where each imported function built is
                              * said to be wanted, and why; NULL: nowhere */
    const char *why;         /* what refers to the functions wanted now (trace) */
    int nstmp;               /* numbers the objects of static data (stmp_sym) */
    /* A package object (ssagen_start_package): only the last package is
     * built, whole; what links it to the rest is written to summary
     * (link/deadcode.h's format) instead of decided here. */
    bool pkgobj;
    Buf *summary;
    const char *building;    /* the function being built: what refers */
    unsigned epoch;          /* this SsaGen's: Type.backend_epoch */
};

/* Numbers SsaGens, so that a Type's descriptor Sym, cached in the Type,
 * belongs to one (a process compiles several package objects). */
static unsigned gen_epochs;

/* A name in a summary: an assembler-local symbol (.L) is the object's
 * own, so qualified by its package to stay distinct program-wide. */
static const char *summary_name(SsaGen *g, const char *name)
{
    return name[0] == '.' && name[1] == 'L' ? xprintf("%s:%s", g->pkg->path, name) : name;
}

void gen_summary(SsaGen *g, char kind, const char *a, const char *b)
{
    if (g->summary)
        buf_printf(g->summary, "%c\t%s\t%s\n", kind, summary_name(g, a), summary_name(g, b));
}

bool gen_pkgobj(SsaGen *g)
{
    return g->pkgobj;
}

const char *gen_building(SsaGen *g)
{
    return g->building;
}

Buf *gen_summary_buf(SsaGen *g)
{
    return g->summary;
}

/* Queues the imported function of link name name, if there is one and
 * it is not queued yet. */
static void want(SsaGen *g, const char *name)
{
    uint64_t h = hash_bytes(name, strlen(name));
    int cursor = 0;
    for (int i; (i = hashindex_next(&g->imported_names, h, &cursor)) >= 0;) {
        Decl *d = g->imported.v[i];
        if (strcmp(d->u.func.obj->link_name, name) != 0)
            continue;
        if (!g->wanted[i]) {
            g->wanted[i] = true;
            if (g->trace)
                fprintf(g->trace, "reach: %s <- %s\n", name, g->why);
            reach_wanted(g, name);
            Arena *outer = arena_enter(&arena_package);
            vec_push(&g->queue, i);
            arena_enter(outer);
        }
        return;
    }
}

void gen_want(SsaGen *g, const char *name, const char *why)
{
    g->why = why;
    want(g, name);
}

bool gen_tracing(SsaGen *g)
{
    return g->trace != NULL;
}

void ssagen_trace_reach(SsaGen *g, FILE *out)
{
    g->trace = out;
    for (int i = 0; i < g->queue.n; i++) /* the runtime's, queued at the start */
        fprintf(out, "reach: %s <- the runtime (rt/linkname.def)\n",
                g->imported.v[g->queue.v[i]]->u.func.obj->link_name);
}

void ssagen_want_all(SsaGen *g)
{
    g->why = "-d every";
    for (int i = 0; i < g->imported.n; i++)
        want(g, g->imported.v[i]->u.func.obj->link_name);
}

Reach *gen_reach(SsaGen *g)
{
    return g->reach;
}

/* The functions sym refers to, as code or as a func value. */
static void want_sym(SsaGen *g, Sym *sym)
{
    if (sym && sym->kind == SYM_FUNC)
        want(g, sym->name);
    else if (sym && sym->kind == SYM_FUNCVAL)
        want(g, sym->data);
}

/* The type descriptor that data other than a descriptor names (an
 * itab's type, ...), if sym is one: used in an interface, conservatively
 * (reach.c). */
static void use_type(SsaGen *g, Sym *sym)
{
    if (sym && sym->kind == SYM_TYPE && !g->pkgobj) /* a package object's: reach_summary_data */
        reach_type_used(g, sym);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every function f refers to; in a package object, what f refers to
 * goes to the summary. */
static void want_refs(SsaGen *g, Func *f)
{
    VEC(const char *) refs = {0}; /* in the function's arena */
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        for (int j = 0; j < b->values.n; j++) {
            Sym *sym = b->values.v[j]->aux;
            if (g->pkgobj && sym && sym->kind != SYM_AUTO && sym->kind != SYM_STRING)
                vec_push(&refs, sym->name);
            want_sym(g, sym);
        }
    }
    /* each name once, sorted: the summary's size and the objects'
     * bytes stay independent of the order values were made in */
    if (refs.n > 1)
        qsort(refs.v, (size_t)refs.n, sizeof *refs.v, cmp_names);
    for (int i = 0; i < refs.n; i++)
        if (i == 0 || strcmp(refs.v[i], refs.v[i - 1]) != 0)
            gen_summary(g, 'r', f->name, refs.v[i]);
}

/* Every function the data built since the last call refers to (type
 * descriptors: their method tables; package variables' static data). */
static void want_data_refs(SsaGen *g)
{
    SymList *lists[4] = {&g->prog->data, &g->prog->itabs, &g->prog->funcvals, &g->prog->globals};
    for (int k = 0; k < 4; k++)
        for (; g->scanned_data[k] < lists[k]->n; g->scanned_data[k]++) {
            Sym *d = lists[k]->v[g->scanned_data[k]];
            g->why = d->name;
            want_sym(g, d);
            for (int r = 0; r < d->relocs.n; r++) {
                want_sym(g, d->relocs.v[r].sym);
                use_type(g, d->relocs.v[r].sym);
            }
        }
}

/* data must outlive the function (the checker's constants do). */
Sym *string_sym(Builder *s, const char *data, int64_t len)
{
    Arena *outer = arena_enter(&arena_package);
    /* Numbered per program: the names are assembly symbols, local to
     * the assembler (.L), so not in the executable's symbol table (a fmt
     * hello has 740). The bytes are copied: data may live in the
     * function's arena. */
    Sym *sym = ssa_sym(SYM_STRING, xprintf(".Lgo.string.%d", s->prog->strings.n), NULL);
    char *copy = arena_alloc(&arena_package, (size_t)len + 1);
    memcpy(copy, data, (size_t)len);
    copy[len] = 0;
    sym->data = copy;
    sym->len = len;
    vec_push(&s->prog->strings, sym);
    arena_enter(outer);
    return sym;
}

/* The descriptor of t, one per type: identical types made apart (two
 * *int) share it. Named type.NAME after the type's link string, which
 * is the same in every program that has the type and tells distinct
 * types apart (type.example.com/p.T, type.main.T·2 for a local type),
 * as stage 2's per-package objects need (docs/design.md). Found by the
 * hash of that name, then type_identical; should two distinct types
 * ever share a link string, the second is type.NAME·N. t must live in
 * arena_package (every type the checker made does). Its content is
 * built in the data phase. */
Sym *gen_type_sym(SsaGen *g, Type *t)
{
    if (t->backend && t->backend_epoch == g->epoch)
        return t->backend;
    Arena *outer = arena_enter(&arena_package);
    const char *str = type_link_string(t);
    uint64_t h = hash_bytes(str, strlen(str));
    Sym *sym = NULL;
    int cursor = 0, same_name = 0;
    for (int i; !sym && (i = hashindex_next(&g->type_names, h, &cursor)) >= 0;) {
        Sym *c = g->prog->types.v[i];
        if (strcmp(type_link_string(c->type), str) != 0)
            continue;
        if (type_identical(c->type, t))
            sym = c;
        same_name++;
    }
    if (!sym) {
        const char *name = same_name ? xprintf("type.%s·%d", str, same_name) : xprintf("type.%s", str);
        sym = ssa_sym(SYM_TYPE, name, t);
        sym->dupok = g->pkgobj;
        hashindex_add(&g->type_names, h, g->prog->types.n);
        vec_push(&g->prog->types, sym);
    }
    t->backend = sym;
    t->backend_epoch = g->epoch;
    arena_enter(outer);
    return sym;
}

/* Whether the program holds the package of import path path. */
bool gen_has_package(SsaGen *g, const char *path)
{
    for (int i = 0; i < g->npkgs; i++)
        if (strcmp(g->pkgs[i]->path, path) == 0)
            return true;
    return false;
}

Sym *type_sym(Builder *s, Type *t)
{
    return gen_type_sym(s->gen, t);
}

/* The read-only data Sym known by key in list, made empty if new
 * (*fresh then says so), named name, or name followed by a number if
 * name ends in a dot. Lives in arena_package; emitted with the
 * descriptors. */
static Sym *keyed_sym(SsaGen *g, SymList *list, const char *key, const char *name, bool *fresh)
{
    uint64_t h = hash_bytes(key, strlen(key));
    int cursor = 0;
    for (int i; (i = hashindex_next(&g->data_keys, h, &cursor)) >= 0;)
        if (strcmp(g->keyed.v[i]->data, key) == 0) {
            *fresh = false;
            return g->keyed.v[i];
        }
    Arena *outer = arena_enter(&arena_package);
    size_t n = strlen(name);
    Sym *d = ssa_sym(SYM_DATA, n && name[n - 1] == '.' ? xprintf("%s%d", name, g->ndata++) : xprintf("%s", name),
                     NULL);
    d->data = xprintf("%s", key);
    d->align = 8;
    hashindex_add(&g->data_keys, h, g->keyed.n);
    vec_push(&g->keyed, d);
    vec_push(list, d);
    arena_enter(outer);
    *fresh = true;
    return d;
}

Sym *gen_data_sym(SsaGen *g, const char *key, const char *name, bool *fresh)
{
    return keyed_sym(g, &g->prog->data, key, name, fresh);
}

/* The same for an itab, which is also listed in the runtime's itab
 * table (Program.itabs). */
Sym *gen_itab_sym(SsaGen *g, const char *key, const char *name, bool *fresh)
{
    Sym *d = keyed_sym(g, &g->prog->itabs, key, name, fresh);
    d->dupok = g->pkgobj;
    return d;
}

/* Queues the generated function name (once: later requests return the
 * same name) for the data phase. */
const char *queue_gen_func(SsaGen *g, GenKind kind, const char *name, Type *t, Object *method)
{
    uint64_t h = hash_bytes(name, strlen(name));
    int cursor = 0;
    for (int i; (i = hashindex_next(&g->gen_names, h, &cursor)) >= 0;)
        if (strcmp(g->gens.v[i].name, name) == 0)
            return g->gens.v[i].name;
    Arena *outer = arena_enter(&arena_package);
    GenFunc gf = {kind, xprintf("%s", name), t, method};
    hashindex_add(&g->gen_names, h, g->gens.n);
    vec_push(&g->gens, gf);
    arena_enter(outer);
    return gf.name;
}

/* The read-only closure of a function with no captured variables (a
 * top-level function used as a value, or a literal that captures
 * nothing): one word, the code address; named "F·f" as gc names it. */
Sym *funcval_sym(Builder *s, const char *fn)
{
    SsaGen *g = s->gen;
    const char *name = xprintf("%s·f", fn);
    for (int i = 0; i < g->prog->funcvals.n; i++)
        if (strcmp(g->prog->funcvals.v[i]->name, name) == 0)
            return g->prog->funcvals.v[i];
    Arena *outer = arena_enter(&arena_package);
    Sym *sym = ssa_sym(SYM_FUNCVAL, xprintf("%s", name), NULL);
    sym->data = xprintf("%s", fn);
    sym->dupok = g->pkgobj;
    gen_summary(g, 'r', name, fn);
    vec_push(&g->prog->funcvals, sym);
    arena_enter(outer);
    return sym;
}

/* Queues literal e, met while building s's function, and returns the
 * name of the function it becomes: gc's "outer.funcN", numbered in
 * source order within the outermost function, and "literal.N" inside a
 * literal; "main.glob..funcN" in package variable initialisers. */
static const char *queue(Builder *s, Expr *e, Type *sig, Type *ctype, int builtin, Pos pos)
{
    SsaGen *g = s->gen;
    Arena *outer = arena_enter(&arena_package);
    /* gc numbers a function's wrappers of deferred and go'd calls after its literals */
    int n = e ? ++s->nlits : s->nlits_total + ++s->nwrappers;
    const char *name = xprintf("%s%d", s->lit_prefix, n);
    PendingLit pl = {e, name, strchr(name, '.') ? strchr(name, '.') + 1 : name, sig, ctype, builtin, pos};
    vec_push(&g->lits, pl);
    arena_enter(outer);
    return name;
}

const char *queue_func_lit(Builder *s, Expr *e)
{
    return queue(s, e, NULL, NULL, -1, e->pos);
}

/* A deferred or go'd call's wrapper is named like a literal, as gc
 * names it, and placed at the statement (pos), as gc places it. */
const char *queue_defer_wrapper(Builder *s, Type *sig, Type *ctype, int builtin, Pos pos)
{
    return queue(s, NULL, sig, ctype, builtin, pos);
}

/* The type func(), of the wrappers of deferred and go'd calls: made
 * once, in arena_package (ssagen_reset forgets it). */
static Type *func_void_type;

void ssagen_reset(void)
{
    func_void_type = NULL;
    escape_reset();
}

Type *func_void(void)
{
    Type *t = func_void_type;
    if (!t) {
        Arena *outer = arena_enter(&arena_package);
        t = type_new(TYPE_FUNC);
        t->u.func.params = type_new_tuple((ObjectList){0});
        t->u.func.results = type_new_tuple((ObjectList){0});
        arena_enter(outer);
        func_void_type = t;
    }
    return t;
}

/* The function scope a literal's scope is directly inside. */
static Scope *enclosing_func(Scope *lit)
{
    Scope *f = lit->parent;
    while (f && !f->is_func)
        f = f->parent;
    return f;
}

/* fscope: the function's scope (NULL for main.init and wrappers), whose
 * literals are counted: wrappers are numbered after them. */
static Builder *builder_for(SsaGen *g, const char *name, const char *goname, const char *lit_prefix,
                            Scope *fscope, Pos pos)
{
    Builder *s = new_builder(g->prog, g->pkg, name, goname, pos);
    s->gen = g;
    g->building = s->f->name;
    s->lit_prefix = lit_prefix;
    if (fscope)
        for (int i = 0; i < g->pkg->func_lits.n; i++)
            if (enclosing_func(g->pkg->func_lits.v[i]->u.func_lit.scope) == fscope)
                s->nlits_total++;
    return s;
}

/* A queued function literal, built as a function: its parameters, then
 * its captured variables from the closure (bind_captures). */
static Func *func_lit_body(SsaGen *g, PendingLit *pl)
{
    Expr *e = pl->lit;
    Arena *outer = arena_enter(&arena_package);
    const char *prefix = xprintf("%s.", pl->name);
    arena_enter(outer);
    Builder *s = builder_for(g, pl->name, pl->goname, prefix, e ? e->u.func_lit.scope : NULL,
                             e ? e->pos : pl->pos);
    if (!e) {
        s->f->wrapper = true;
        bind_params(s, func_void(), pl->pos);
        defer_wrapper_body(s, pl->sig, pl->ctype, pl->builtin, pl->pos);
        finish(s, pl->pos);
        return s->f;
    }
    s->has_defer = e->u.func_lit.scope->has_defer;
    bind_params(s, e->type, e->pos);
    bind_captures(s, e->u.func_lit.scope, e->pos);
    begin_defers(s, e->u.func_lit.scope, e->pos);
    stmt(s, e->u.func_lit.body);
    finish(s, e->u.func_lit.body->u.block.rbrace);
    return s->f;
}

/* Whether name is one of the functions of hood's reflect (rt/go/reflect)
 * that stand between a func value reflect made (MakeFunc, a method
 * value) and the function it reaches, or between reflect's call and the
 * function called: gc marks its counterparts (callReflect, callMethod)
 * WRAPPER, so that a recover in the function reached from a deferred
 * call works, and tracebacks leave them out. Their assembly neighbours
 * (makeFuncStub, reflectcall) are treated alike by the runtime
 * (rt/traceback.c). */
static bool reflect_wrapper(const char *name)
{
    return strcmp(name, "reflect.callReflect") == 0 || strcmp(name, "reflect.Value.reflectCall") == 0;
}

/* The Func of a function declaration, or NULL if it cannot be built. */
static Func *func_decl(SsaGen *g, Decl *d)
{
    Object *fn = d->u.func.obj;
    /* A function or method named _ can never be called: nothing to build
     * (and several would share one symbol). */
    if (fn->name == intern_cstr("_"))
        return NULL;
    if (d->u.func.tparams.n > 0 || (d->u.func.recv && !fn->type->u.func.recv)) {
        /* no code until instantiated: in an imported package's object,
         * only a use says so (it cannot be compiled either) */
        if (!g->pkgobj || strcmp(g->pkg->path, "main") == 0)
            unsupported(d->pos, d->u.func.recv ? "methods of generic types" : "generic functions");
        return NULL;
    }
    const char *goname = d->u.func.name->u.ident.name;
    Arena *outer = arena_enter(&arena_package);
    const char *prefix = xprintf("%s.func", fn->link_name);
    arena_enter(outer);
    Builder *s = builder_for(g, fn->link_name, goname, prefix, d->u.func.scope, d->pos);
    s->has_defer = d->u.func.scope && d->u.func.scope->has_defer;
    s->f->wrapper = reflect_wrapper(fn->link_name);
    bind_params(s, fn->type, d->pos);
    begin_defers(s, d->u.func.scope, d->pos);
    stmt(s, d->u.func.body);
    finish(s, d->u.func.body->u.block.rbrace);
    return s->f;
}

/* PATH.init: package variables in initialisation order, then the init
 * functions in source order. main.init, which the runtime calls, first
 * calls the other packages' in dependency order, so that each runs once
 * and after the packages it imports (gc's inittasks do the same walk). */
static Func *package_init(SsaGen *g)
{
    Package *pkg = g->pkg;
    Pos pos = {0};
    if (pkg->nfiles > 0)
        pos = pkg->files[0]->pos;
    Arena *outer = arena_enter(&arena_package);
    const char *name = xprintf("%s.init", pkg->path), *prefix = xprintf("%s.glob..func", pkg->path);
    arena_enter(outer);
    Builder *s = builder_for(g, name, "init", prefix, NULL, pos);
    s->f->argsize = 0;
    s->package_init = true;
    if (g->cur == g->npkgs - 1 && (!g->pkgobj || strcmp(pkg->path, "main") == 0))
        for (int i = 0; i < g->cur; i++)
            emit_call(s, ssa_sym(SYM_FUNC, xprintf("%s.init", g->pkgs[i]->path), NULL), NULL, 0, 0, false, pos);
    for (int i = 0; i < pkg->inits.n; i++) {
        Initializer *in = &pkg->inits.v[i];
        Expr *rhs = in->rhs;
        if (in->lhs.n == 1) {
            Object *o = in->lhs.v[0];
            if (static_init(s, o, rhs)) /* staticinit.c */
                continue;
            Val v = expr(s, rhs);
            if (named(o))
                store_val(s, o->type, var_addr(s, o, rhs->pos), assign_conv(s, v, o->type, rhs->pos), rhs->pos);
            continue;
        }
        Expr *r = rhs;
        while (r->kind == EXPR_PAREN)
            r = r->u.paren.x;
        CallResult cr;
        Val vals[2];
        if (comma_ok(s, r, vals)) {
            cr = (CallResult){vals, 2};
        } else if (r->kind == EXPR_CALL) {
            cr = go_call(s, r);
        } else {
            unsupported(rhs->pos, "comma-ok initialisation");
            continue;
        }
        for (int j = 0; j < in->lhs.n && j < cr.n; j++) {
            Object *o = in->lhs.v[j];
            if (named(o))
                store_val(s, o->type, var_addr(s, o, rhs->pos), assign_conv(s, cr.vals[j], o->type, rhs->pos),
                          rhs->pos);
        }
    }
    for (int i = 0; i < pkg->init_funcs.n; i++) {
        Sym *sym = ssa_sym(SYM_FUNC, g->init_names[i], NULL);
        emit_call(s, sym, NULL, 0, 0, false, pkg->init_funcs.v[i]->pos);
    }
    finish(s, pos);
    return s->f;
}

/* A generated function (queue_gen_func), built like a function of the
 * package; it has no position in the source (tracebacks print gc's
 * "<autogenerated>:1"). All but the algorithms are wrappers. */
static Func *gen_func_body(SsaGen *g, GenFunc *gf)
{
    Pos pos = {0};
    Builder *s = builder_for(g, gf->name, gf->name, xprintf("%s.func", gf->name), NULL, pos);
    s->f->wrapper = gf->kind != GEN_EQUAL && gf->kind != GEN_HASH;
    s->f->dupok = g->pkgobj;
    switch (gf->kind) {
    case GEN_EQUAL: equal_body(s, gf->type, pos); break;
    case GEN_HASH: hash_body(s, gf->type, pos); break;
    case GEN_WRAPPER: wrapper_body(s, gf->method, pos); break;
    case GEN_METHOD_VALUE: method_value_body(s, gf->type, gf->method, pos); break;
    case GEN_METHOD_EXPR: method_expr_body(s, gf->type, gf->method, pos); break;
    case GEN_PROMOTED: promoted_body(s, gf->type, gf->method, pos); break;
    case GEN_UNREACHABLE:
        bind_params(s, func_void(), pos);
        unreachable_body(s, pos);
        break;
    }
    finish(s, pos);
    return s->f;
}

/* The data phase: descriptors, then the functions they need, until
 * both lists are done; NULL at the end. */
static Func *data_phase(SsaGen *g)
{
    g->building = NULL;
    while (g->nexttype < g->prog->types.n) {
        Sym *t = g->prog->types.v[g->nexttype++];
        typedesc_build(g, t);
        g->why = t->name;
        for (int r = 0; r < t->relocs.n; r++)
            want_sym(g, t->relocs.v[r].sym);
    }
    if (g->nextgen < g->gens.n)
        return gen_func_body(g, &g->gens.v[g->nextgen++]);
    want_data_refs(g);
    if (g->nextwanted < g->queue.n)
        return NULL; /* ssagen_next builds them first */
    if (reach_resolve(g) || reach_finish(g))
        return NULL; /* methods kept since: build what they want first */
    if (!g->finished) {
        g->finished = true;
        typedesc_finish(g, &g->prog->types);
    }
    return NULL;
}

/* Makes pkgs[i] the package being built and names its init functions. */
static void begin_package(SsaGen *g, int i)
{
    Arena *outer = arena_enter(&arena_package);
    Package *pkg = g->pkgs[i];
    g->cur = i;
    g->pkg = pkg;
    g->next = 0;
    g->init_names = NEWARRAY(const char *, pkg->init_funcs.n + 1);
    for (int j = 0; j < pkg->init_funcs.n; j++) {
        g->init_names[j] = xprintf("%s.init.%d", pkg->path, j);
        pkg->init_funcs.v[j]->u.func.obj->link_name = g->init_names[j];
    }
    arena_enter(outer);
}

/* Defines package variable v's symbol. Variables of one symbol (through
 * //go:linkname) share one definition, weak if all of them are
 * linknamed, so that the runtime's data of that symbol replaces it
 * (rt/error.c's runtime.overflowError for math/bits). */
static void add_global(Program *prog, Object *v, bool *any_weak)
{
    if (v->linknamed || *any_weak)
        for (int i = 0; i < prog->globals.n; i++) {
            Sym *s = prog->globals.v[i];
            if ((v->linknamed || s->weak) && strcmp(s->name, v->link_name) == 0) {
                s->weak &= v->linknamed;
                return;
            }
        }
    *any_weak |= v->linknamed;
    Sym *s = ssa_sym(SYM_GLOBAL, v->link_name, v->type);
    s->weak = v->linknamed;
    vec_push(&prog->globals, s);
    v->ssa_var = prog->globals.n; /* a global's: its definition, + 1 (global_def) */
}

/* Gives sym zeroed bytes for a value of type t: initialised data. */
static void alloc_bytes(Sym *sym, Type *t)
{
    sym->size = type_size(t);
    sym->align = (int)type_align(t);
    sym->bytes = arena_alloc(&arena_package, (size_t)(sym->size ? sym->size : 1));
    memset(sym->bytes, 0, (size_t)(sym->size ? sym->size : 1));
}

/* The definition of package variable v (not linknamed), made
 * initialised data of zeros, for staticinit.c to fill in. */
Sym *global_def(SsaGen *g, Object *v)
{
    Sym *sym = g->prog->globals.v[v->ssa_var - 1];
    Arena *outer = arena_enter(&arena_package);
    alloc_bytes(sym, v->type);
    sym->global = true;
    arena_enter(outer);
    return sym;
}

/* A new writable object of type t for initialised data (a slice
 * literal's array, a &T{...}), "PATH..stmp_N" as gc names them: listed
 * with the globals, so written in .data. */
Sym *stmp_sym(SsaGen *g, Type *t)
{
    Arena *outer = arena_enter(&arena_package);
    Sym *sym = ssa_sym(SYM_GLOBAL, xprintf("%s..stmp_%d", g->pkg->path, g->nstmp++), t);
    alloc_bytes(sym, t);
    vec_push(&g->prog->globals, sym);
    arena_enter(outer);
    return sym;
}

static SsaGen *start(Package **pkgs, int npkgs, Buf *summary)
{
    Arena *outer = arena_enter(&arena_package);
    SsaGen *g = NEW(SsaGen);
    g->pkgobj = summary != NULL;
    g->summary = summary;
    g->epoch = ++gen_epochs;
    g->type_names.in_arena = g->data_keys.in_arena = true;
    g->gen_names.in_arena = g->imported_names.in_arena = true;
    g->pkgs = NEWARRAY(Package *, npkgs);
    memcpy(g->pkgs, pkgs, sizeof *pkgs * (size_t)npkgs);
    g->npkgs = npkgs;
    g->prog = NEW(Program);
    g->reach = reach_new();
    bool any_weak = false;
    for (int i = 0; i < npkgs; i++)
        for (int j = 0; j < pkgs[i]->globals.n; j++) {
            Object *v = pkgs[i]->globals.v[j];
            if (named(v)) {
                add_global(g->prog, v, &any_weak);
                /* a package object defines its own package's only (a
                 * variable sharing another's symbol has no ssa_var) */
                if (v->ssa_var > 0)
                    g->prog->globals.v[v->ssa_var - 1]->external |= g->pkgobj && i < npkgs - 1;
            }
        }
    for (int i = 0; i < npkgs - 1 && !g->pkgobj; i++)
        for (int j = 0; j < pkgs[i]->funcs.n; j++) {
            Decl *d = pkgs[i]->funcs.v[j];
            const char *name = d->u.func.obj->link_name;
            hashindex_add(&g->imported_names, hash_bytes(name, strlen(name)), g->imported.n);
            vec_push(&g->imported, d);
            vec_push(&g->imported_pkg, pkgs[i]);
        }
    g->wanted = NEWARRAY(bool, g->imported.n + 1);
    static const char *const runtime_calls[] = {
#define GOFUNC(sym, cfunc, nargs, nresults)
#define GOASM(sym)
#define GOCALLED(sym) sym,
#include "linkname.def"
#undef GOFUNC
#undef GOASM
#undef GOCALLED
    };
    g->why = "the runtime (rt/linkname.def)";
    for (size_t i = 0; i < sizeof runtime_calls / sizeof runtime_calls[0] && !g->pkgobj; i++)
        want(g, runtime_calls[i]);
    /* A package object's imports were analysed when they were compiled,
     * or come with their tags in export data. */
    for (int i = g->pkgobj ? npkgs - 1 : 0; i < npkgs; i++)
        escape_analyze(pkgs[i], i == npkgs - 1);
    begin_package(g, g->pkgobj ? npkgs - 1 : 0);
    /* main's object has the code the link step names for every method
     * it leaves out (link/deadcode.c) */
    if (g->pkgobj && strcmp(pkgs[npkgs - 1]->path, "main") == 0)
        queue_gen_func(g, GEN_UNREACHABLE, "runtime.unreachableMethod", NULL, NULL);
    arena_enter(outer);
    return g;
}

SsaGen *ssagen_start_program(Package **pkgs, int npkgs)
{
    return start(pkgs, npkgs, NULL);
}

SsaGen *ssagen_start_package(Package **pkgs, int npkgs, Buf *summary)
{
    return start(pkgs, npkgs, summary);
}

SsaGen *ssagen_start(Package *pkg)
{
    return ssagen_start_program(&pkg, 1);
}

/* The next function, in this order: each package's (every function of
 * the main package, none of the others yet) and its initialiser, with
 * the literals of each function right after it; then the imported
 * functions that something built refers to, as they are found; then the
 * data phase, which may want more. */
static Func *next_func(SsaGen *g)
{
    for (;;) {
        if (g->nextlit < g->lits.n)
            return func_lit_body(g, &g->lits.v[g->nextlit++]);
        if (g->cur < g->npkgs) {
            Package *pkg = g->pkg;
            bool every = g->cur == g->npkgs - 1;
            while (every && g->next < pkg->funcs.n) {
                Func *f = func_decl(g, pkg->funcs.v[g->next++]);
                if (f)
                    return f;
            }
            if (g->next <= pkg->funcs.n) {
                g->next = pkg->funcs.n + 1;
                return package_init(g);
            }
            if (g->cur + 1 < g->npkgs)
                begin_package(g, g->cur + 1);
            else
                g->cur = g->npkgs; /* every package's own functions are built */
            continue;
        }
        if (g->nextwanted < g->queue.n) {
            int i = g->queue.v[g->nextwanted++];
            g->pkg = g->imported_pkg.v[i]; /* its literals count in its package */
            Func *f = func_decl(g, g->imported.v[i]);
            if (f)
                return f;
            continue;
        }
        if (g->finished)
            return NULL;
        Func *f = data_phase(g);
        if (f || g->finished)
            return f;
    }
}

Func *ssagen_next(SsaGen *g)
{
    Func *f = next_func(g);
    if (f) {
        g->why = f->name;
        want_refs(g, f);
    } else if (g->pkgobj && g->summary) {
        g->building = NULL;
        reach_summary_data(g);
        g->summary = NULL; /* written once */
    }
    return f;
}

Func *ssagen_stub(SsaGen *g, Func *f)
{
    Builder *s = builder_for(g, f->name, f->goname, xprintf("%s.stub", f->name), NULL, f->pos);
    bind_params(s, func_void(), f->pos);
    unreachable_body(s, f->pos);
    finish(s, f->pos);
    return s->f;
}

Program *ssagen_program(SsaGen *g) { return g->prog; }

Program *ssagen(Package *pkg)
{
    SsaGen *g = ssagen_start(pkg);
    for (Func *f; (f = ssagen_next(g));)
        vec_push(&g->prog->funcs, f);
    return g->prog;
}
