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

/* A function literal waiting to be built as a function of its own. */
typedef struct PendingLit {
    Expr *lit;
    const char *name;   /* its symbol, e.g. "main.main.func1" */
    const char *goname; /* e.g. "main.func1" */
} PendingLit;

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

/* The descriptor of t, one per type string: identical types made apart
 * (two *int) share it. t must live in arena_package (every type the
 * checker made does). */
Sym *type_sym(Builder *s, Type *t)
{
    if (t->backend)
        return t->backend;
    Arena *outer = arena_enter(&arena_package);
    const char *name = xprintf("type.%s", type_string(t));
    SsaGen *g = s->gen;
    uint64_t h = hash_bytes(name, strlen(name));
    Sym *sym = NULL;
    int cursor = 0;
    for (int i; !sym && (i = hashindex_next(&g->type_names, h, &cursor)) >= 0;)
        if (strcmp(g->prog->types.v[i]->name, name) == 0)
            sym = g->prog->types.v[i];
    if (!sym) {
        sym = ssa_sym(SYM_TYPE, name, t);
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
const char *queue_func_lit(Builder *s, Expr *e)
{
    SsaGen *g = s->gen;
    Arena *outer = arena_enter(&arena_package);
    s->nlits++;
    const char *name = xprintf("%s%d", s->lit_prefix, s->nlits);
    PendingLit pl = {e, name, strchr(name, '.') ? strchr(name, '.') + 1 : name};
    vec_push(&g->lits, pl);
    arena_enter(outer);
    return name;
}

static Builder *builder_for(SsaGen *g, const char *name, const char *goname, const char *lit_prefix, Pos pos)
{
    Builder *s = new_builder(g->prog, g->pkg, name, goname, pos);
    s->gen = g;
    s->lit_prefix = lit_prefix;
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
    Builder *s = builder_for(g, pl->name, pl->goname, prefix, e->pos);
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
    if (d->u.func.recv || d->u.func.tparams.n > 0) {
        unsupported(d->pos, d->u.func.recv ? "methods" : "generic functions");
        return NULL;
    }
    const char *goname = d->u.func.name->u.ident.name;
    Arena *outer = arena_enter(&arena_package);
    const char *prefix = xprintf("%s.func", fn->link_name);
    arena_enter(outer);
    Builder *s = builder_for(g, fn->link_name, goname, prefix, d->pos);
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
    Builder *s = builder_for(g, "main.init", "init", "main.glob..func", pos);
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
