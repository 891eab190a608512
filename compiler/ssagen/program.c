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
 */
#include "builder.h"
#include "hashindex.h"

#include <string.h>

/* A function literal waiting to be built as a function of its own, or
 * (lit NULL) the wrapper of a deferred call with arguments (defer.c). */
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
    Package *pkg;
    Program *prog;
    const char **init_names; /* link names of the init functions, in order */
    int next;                /* pkg->funcs index to build next; pkg->funcs.n: main.init */
    VEC(PendingLit) lits;    /* literals met so far; lits[nextlit:] not built yet */
    int nextlit;
    HashIndex type_names;    /* prog->types by the hash of their names */
};

/* data must outlive the function (the checker's constants do). */
Sym *string_sym(Builder *s, const char *data, int64_t len)
{
    Arena *outer = arena_enter(&arena_package);
    /* Numbered per program: the names are assembly symbols. */
    Sym *sym = ssa_sym(SYM_STRING, xprintf("go.string.%d", s->prog->strings.n), NULL);
    sym->data = data;
    sym->len = len;
    vec_push(&s->prog->strings, sym);
    arena_enter(outer);
    return sym;
}

/* The descriptor of t: one per type, shared by identical types made
 * apart (composite types are not canonical: two []int may be two
 * Types); distinct types whose strings agree (two local types T) get
 * distinct names. t must live in arena_package (every type the checker
 * made does). */
Sym *type_sym(Builder *s, Type *t)
{
    if (t->backend)
        return t->backend;
    Arena *outer = arena_enter(&arena_package);
    const char *name = xprintf("type.%s", type_string(t));
    SsaGen *g = s->gen;
    uint64_t h = hash_bytes(name, strlen(name));
    Sym *sym = NULL;
    int cursor = 0, same_name = 0;
    for (int i; !sym && (i = hashindex_next(&g->type_names, h, &cursor)) >= 0;) {
        Sym *o = g->prog->types.v[i];
        if (strcmp(o->base_name ? o->base_name : o->name, name) != 0)
            continue;
        if (type_identical(o->type, t))
            sym = o;
        same_name++;
    }
    if (!sym) {
        sym = ssa_sym(SYM_TYPE, same_name ? xprintf("%s·%d", name, same_name) : name, t);
        sym->base_name = name;
        hashindex_add(&g->type_names, h, g->prog->types.n);
        vec_push(&g->prog->types, sym);
    }
    t->backend = sym;
    arena_enter(outer);
    return sym;
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
    /* gc numbers a function's deferred-call wrappers after its literals */
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

/* A deferred call's wrapper is named like a literal, as gc names it. */
const char *queue_defer_wrapper(Builder *s, Type *sig, Type *ctype, int builtin)
{
    return queue(s, NULL, sig, ctype, builtin, s->f->pos);
}

/* The type func(), of deferred wrappers. */
static Type *func_void(void)
{
    static Type *t;
    if (!t) {
        Arena *outer = arena_enter(&arena_package);
        t = type_new(TYPE_FUNC);
        t->u.func.params = type_new_tuple((ObjectList){0});
        t->u.func.results = type_new_tuple((ObjectList){0});
        arena_enter(outer);
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
        bind_params(s, func_void(), pl->pos);
        defer_wrapper_body(s, pl->sig, pl->ctype, pl->builtin, pl->pos);
        finish(s, pl->pos);
        return s->f;
    }
    s->has_defer = e->u.func_lit.scope->has_defer;
    bind_params(s, e->type, e->pos);
    bind_captures(s, e->u.func_lit.scope, e->pos);
    stmt(s, e->u.func_lit.body);
    finish(s, e->u.func_lit.body->u.block.rbrace);
    return s->f;
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
        unsupported(d->pos, d->u.func.recv ? "methods of generic types" : "generic functions");
        return NULL;
    }
    const char *goname = d->u.func.name->u.ident.name;
    Arena *outer = arena_enter(&arena_package);
    const char *prefix = xprintf("%s.func", fn->link_name);
    arena_enter(outer);
    Builder *s = builder_for(g, fn->link_name, goname, prefix, d->u.func.scope, d->pos);
    s->has_defer = d->u.func.scope && d->u.func.scope->has_defer;
    bind_params(s, fn->type, d->pos);
    stmt(s, d->u.func.body);
    finish(s, d->u.func.body->u.block.rbrace);
    return s->f;
}

/* main.init: package variables in initialisation order, then the init
 * functions in source order. */
static Func *package_init(SsaGen *g)
{
    Package *pkg = g->pkg;
    Pos pos = {0};
    if (pkg->nfiles > 0)
        pos = pkg->files[0]->pos;
    Builder *s = builder_for(g, "main.init", "init", "main.glob..func", NULL, pos);
    s->f->argsize = 0;
    for (int i = 0; i < pkg->inits.n; i++) {
        Initializer *in = &pkg->inits.v[i];
        Expr *rhs = in->rhs;
        if (in->lhs.n == 1) {
            Val v = expr(s, rhs);
            Object *o = in->lhs.v[0];
            if (named(o))
                store_val(s, o->type, var_addr(s, o, rhs->pos), v, rhs->pos);
            continue;
        }
        Expr *r = rhs;
        while (r->kind == EXPR_PAREN)
            r = r->u.paren.x;
        if (r->kind != EXPR_CALL) {
            unsupported(rhs->pos, "comma-ok initialisation");
            continue;
        }
        CallResult cr = go_call(s, r);
        for (int j = 0; j < in->lhs.n && j < cr.n; j++) {
            Object *o = in->lhs.v[j];
            if (named(o))
                store_val(s, o->type, var_addr(s, o, rhs->pos), cr.vals[j], rhs->pos);
        }
    }
    for (int i = 0; i < pkg->init_funcs.n; i++) {
        Sym *sym = ssa_sym(SYM_FUNC, g->init_names[i], NULL);
        emit_call(s, sym, NULL, 0, 0, false, pkg->init_funcs.v[i]->pos);
    }
    finish(s, pos);
    return s->f;
}

SsaGen *ssagen_start(Package *pkg)
{
    Arena *outer = arena_enter(&arena_package);
    SsaGen *g = NEW(SsaGen);
    g->pkg = pkg;
    g->prog = NEW(Program);
    g->init_names = NEWARRAY(const char *, pkg->init_funcs.n + 1);
    for (int i = 0; i < pkg->init_funcs.n; i++) {
        g->init_names[i] = xprintf("main.init.%d", i);
        pkg->init_funcs.v[i]->u.func.obj->link_name = g->init_names[i];
    }
    for (int i = 0; i < pkg->globals.n; i++) {
        Object *v = pkg->globals.v[i];
        if (named(v))
            vec_push(&g->prog->globals, ssa_sym(SYM_GLOBAL, v->link_name, v->type));
    }
    arena_enter(outer);
    return g;
}

Func *ssagen_next(SsaGen *g)
{
    Package *pkg = g->pkg;
    if (g->nextlit < g->lits.n)
        return func_lit_body(g, &g->lits.v[g->nextlit++]);
    while (g->next < pkg->funcs.n) {
        Func *f = func_decl(g, pkg->funcs.v[g->next++]);
        if (f)
            return f;
    }
    if (g->next > pkg->funcs.n)
        return NULL;
    g->next++;
    return package_init(g);
}

Program *ssagen_program(SsaGen *g) { return g->prog; }

Program *ssagen(Package *pkg)
{
    SsaGen *g = ssagen_start(pkg);
    for (Func *f; (f = ssagen_next(g));)
        vec_push(&g->prog->funcs, f);
    return g->prog;
}
