/*
 * program.c — the package-level driver: which functions are built and
 * in what order, the package variables, the generated initialiser
 * main.init, and the data the whole program shares (string literals and
 * type descriptors as Syms).
 */
#include "builder.h"

Sym *string_sym(Builder *s, const char *data, int64_t len)
{
    /* Numbered per program: the names are assembly symbols. */
    Sym *sym = ssa_sym(SYM_STRING, xprintf("go.string.%d", s->prog->strings.n), NULL);
    sym->data = data;
    sym->len = len;
    vec_push(&s->prog->strings, sym);
    return sym;
}

Sym *type_sym(Builder *s, Type *t)
{
    if (t->backend)
        return t->backend;
    Sym *sym = ssa_sym(SYM_TYPE, xprintf("type.%s", type_string(t)), t);
    t->backend = sym;
    vec_push(&s->prog->types, sym);
    return sym;
}

static void func_decl(Program *prog, Package *pkg, Decl *d, const char *link_name)
{
    Object *fn = d->u.func.obj;
    if (d->u.func.recv || d->u.func.tparams.n > 0) {
        unsupported(d->pos, d->u.func.recv ? "methods" : "generic functions");
        return;
    }
    const char *goname = d->u.func.name->u.ident.name;
    Builder *s = new_builder(prog, pkg, link_name, goname, d->pos);
    bind_params(s, fn->type, d->pos);
    stmt(s, d->u.func.body);
    finish(s, d->u.func.body->u.block.rbrace);
}

/* main.init: package variables in initialisation order, then the init
 * functions in source order. */
static void package_init(Program *prog, Package *pkg, const char **init_names)
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
}

Program *ssagen(Package *pkg)
{
    Program *prog = NEW(Program);
    const char **init_names = NEWARRAY(const char *, pkg->init_funcs.n + 1);
    for (int i = 0; i < pkg->init_funcs.n; i++) {
        init_names[i] = xprintf("main.init.%d", i);
        pkg->init_funcs.v[i]->u.func.obj->link_name = init_names[i];
    }
    for (int i = 0; i < pkg->globals.n; i++) {
        Object *g = pkg->globals.v[i];
        if (!named(g))
            continue;
        vec_push(&prog->globals, ssa_sym(SYM_GLOBAL, g->link_name, g->type));
    }
    for (int i = 0; i < pkg->funcs.n; i++) {
        Decl *d = pkg->funcs.v[i];
        Object *fn = d->u.func.obj;
        func_decl(prog, pkg, d, fn->link_name);
    }
    package_init(prog, pkg, init_names);
    return prog;
}
