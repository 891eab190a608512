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
 */
#include "builder.h"

#include <string.h>

struct SsaGen {
    Package *pkg;
    Program *prog;
    const char **init_names; /* link names of the init functions, in order */
    int next;                /* pkg->funcs index to build next; pkg->funcs.n: main.init */
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

/* t must live in arena_package (every type the checker made does).
 * Composite types are not canonical (two []int may be two Types), but
 * identical types share one descriptor and one symbol name. */
Sym *type_sym(Builder *s, Type *t)
{
    if (t->backend)
        return t->backend;
    Arena *outer = arena_enter(&arena_package);
    const char *name = xprintf("type.%s", type_string(t));
    Sym *sym = NULL;
    for (int i = 0; i < s->prog->types.n && !sym; i++) {
        Sym *o = s->prog->types.v[i];
        if (strcmp(o->name, name) == 0 && type_identical(o->type, t))
            sym = o;
    }
    if (!sym) {
        sym = ssa_sym(SYM_TYPE, name, t);
        vec_push(&s->prog->types, sym);
    }
    t->backend = sym;
    arena_enter(outer);
    return sym;
}

/* The Func of a function declaration, or NULL if it cannot be built. */
static Func *func_decl(Program *prog, Package *pkg, Decl *d)
{
    Object *fn = d->u.func.obj;
    if (d->u.func.recv || d->u.func.tparams.n > 0) {
        unsupported(d->pos, d->u.func.recv ? "methods" : "generic functions");
        return NULL;
    }
    const char *goname = d->u.func.name->u.ident.name;
    Builder *s = new_builder(prog, pkg, fn->link_name, goname, d->pos);
    bind_params(s, fn->type, d->pos);
    stmt(s, d->u.func.body);
    finish(s, d->u.func.body->u.block.rbrace);
    return s->f;
}

/* main.init: package variables in initialisation order, then the init
 * functions in source order. */
static Func *package_init(Program *prog, Package *pkg, const char **init_names)
{
    Pos pos = {0};
    if (pkg->nfiles > 0)
        pos = pkg->files[0]->pos;
    Builder *s = new_builder(prog, pkg, "main.init", "init", pos);
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
        Sym *sym = ssa_sym(SYM_FUNC, init_names[i], NULL);
        emit_call(s, sym, 0, false, pkg->init_funcs.v[i]->pos);
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
    while (g->next < pkg->funcs.n) {
        Func *f = func_decl(g->prog, pkg, pkg->funcs.v[g->next++]);
        if (f)
            return f;
    }
    if (g->next > pkg->funcs.n)
        return NULL;
    g->next++;
    return package_init(g->prog, pkg, g->init_names);
}

Program *ssagen_program(SsaGen *g) { return g->prog; }

Program *ssagen(Package *pkg)
{
    SsaGen *g = ssagen_start(pkg);
    for (Func *f; (f = ssagen_next(g));)
        vec_push(&g->prog->funcs, f);
    return g->prog;
}
