/*
 * package.c — the checker's entry point (check_package): collecting
 * package-level objects, attaching methods, then checking declarations,
 * bodies and imports in order.
 *
 * Order of work in check_package (go/types' checkFiles, simplified):
 *   1. collect: every package-level name becomes an Object with a
 *      DeclInfo; imports go into a scope per file (whose parent is the
 *      package scope, so a body sees both);
 *   2. methods are attached to their receiver base types, so that
 *      selectors in any later declaration find them;
 *   3. every package-level object is checked in source order (decl.c);
 *      an object used before its turn is checked at the use
 *      (check_obj_decl), and the colour of its DeclInfo detects cycles;
 *   4. function bodies, in source order, each recording the package
 *      variables and functions it refers to (DeclInfo.deps);
 *   5. initialisation order (initorder.c), then imports: an unused import
 *      is reported as gc does, a used one that hood cannot compile yet
 *      as "not supported yet", unless the package has errors of its own
 *      (then it is not built anyway, and its errors are gc's).
 *
 * Leaves behind the invariants listed in ast.h and types.h's Package.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* A fresh DeclInfo (colour 0) for a declaration of file f. */
static DeclInfo *new_info(Decl *d, File *f, Scope *file_scope)
{
    DeclInfo *info = NEW(DeclInfo);
    info->decl = d;
    info->file = f;
    info->scope = file_scope;
    return info;
}

/* Whether the package being checked is package main (the program's
 * entry), where main is reserved as init is everywhere. */
static bool is_main(Checker *c)
{
    return c->pkg->name == intern_cstr("main");
}

/* A package-level object: declared in the package scope unless blank
 * (init and main are special: see collect_func). */
static Object *pkg_object(Checker *c, ObjKind kind, Expr *name, DeclInfo *info)
{
    Object *o = object_new(kind, name->u.ident.name, name->pos, NULL);
    o->pkg = c->pkg->path;
    o->info = info;
    name->u.ident.obj = o;
    if (kind != OBJ_FUNC && (o->name == intern_cstr("init") || (o->name == intern_cstr("main") && is_main(c)))) {
        error_at(name->pos, "cannot declare %s - must be func", o->name);
        o->parent = c->pkg->scope;
    } else {
        check_declare_obj(c, c->pkg->scope, o);
    }
    vec_push(&c->pkg_objs, o);
    return o;
}

/* One const spec: an object per name, its value taken from the spec or,
 * for a spec without values, repeated from the previous one of its group. */
static void collect_const(Checker *c, File *f, Scope *fs, Decl *d)
{
    Decl *src = check_const_source(c, d);
    ExprList *names = &d->u.value.names, *values = &src->u.value.values;
    bool ok = check_spec_arity(names, values, true);
    for (int i = 0; i < names->n; i++) {
        DeclInfo *info = new_info(d, f, fs);
        info->index = i;
        info->type = src->u.value.type;
        info->init = ok && i < values->n ? values->v[i] : NULL;
        info->iota = d->u.value.iota;
        pkg_object(c, OBJ_CONST, names->v[i], info);
    }
}

/* One var spec: an object per name, each a global with its link name. */
static void collect_var(Checker *c, File *f, Scope *fs, Decl *d)
{
    ExprList *names = &d->u.value.names, *values = &d->u.value.values;
    bool ok = check_spec_arity(names, values, false);
    /* var a, b = f(): one DeclInfo shared by all, as one initialiser sets them */
    DeclInfo *shared = NULL;
    if (ok && values->n == 1 && names->n > 1) {
        shared = new_info(d, f, fs);
        shared->type = d->u.value.type;
        shared->init = values->v[0];
    }
    for (int i = 0; i < names->n; i++) {
        DeclInfo *info = shared;
        if (!info) {
            info = new_info(d, f, fs);
            info->index = i;
            info->type = d->u.value.type;
            info->init = ok && i < values->n ? values->v[i] : NULL;
        }
        Object *o = pkg_object(c, OBJ_VAR, names->v[i], info);
        o->u.var.is_global = true;
        o->u.var.used = true;
        o->link_name = xprintf("%s.%s", c->pkg->path, o->name);
        vec_push(&info->lhs, o);
        vec_push(&c->pkg->globals, o);
        if (!ok)
            o->type = d->u.value.type ? NULL : types_basic[TYPE_INVALID];
    }
}

/* Whether a function declares parameters, results or type parameters
 * (not allowed for init and main). */
static bool func_has_signature_params(Decl *d)
{
    Expr *ft = d->u.func.type;
    return ft->u.func_type.params.n > 0 || ft->u.func_type.results.n > 0 || d->u.func.tparams.n > 0 ||
           ft->u.func_type.tparams.n > 0;
}

/* One function or method declaration. Methods are collected into
 * methods for attach_method; init functions are not declared (several
 * may exist) but numbered; a function without a body is listed in
 * pkg->bodyless. */
static void collect_func(Checker *c, File *f, Scope *fs, Decl *d, ObjectList *methods)
{
    Expr *name = d->u.func.name;
    const char *n = name->u.ident.name;
    DeclInfo *info = new_info(d, f, fs);
    Object *o = object_new(OBJ_FUNC, n, name->pos, NULL);
    o->pkg = c->pkg->path;
    o->info = info;
    o->u.func.decl = d;
    name->u.ident.obj = o;
    d->u.func.obj = o;
    if (!d->u.func.body && n == intern_cstr("init") && !d->u.func.recv)
        error_at(name->pos, "missing function body"); /* gc: even without -complete */
    else if (!d->u.func.body)
        vec_push(&c->pkg->bodyless, d);
    else
        vec_push(&c->pkg->funcs, d);
    vec_push(&c->pkg_objs, o);
    if (d->u.func.recv) {
        o->u.func.is_method = true;
        vec_push(methods, o);
        return;
    }
    if (n == intern_cstr("init") || (n == intern_cstr("main") && is_main(c))) {
        if (func_has_signature_params(d))
            error_at(name->pos, "func %s must have no arguments and no return values", n);
    }
    if (n == intern_cstr("init")) {
        /* init functions are not declared: "undefined: init" if used.
         * ssagen names them PATH.init.0, PATH.init.1... in this order. */
        o->parent = c->pkg->scope;
        o->link_name = xprintf("%s.init.%d", c->pkg->path, c->pkg->init_funcs.n);
        if (d->u.func.body)
            vec_push(&c->pkg->init_funcs, d);
        return;
    }
    o->link_name = xprintf("%s.%s", c->pkg->path, n);
    if (!check_is_blank(n))
        check_declare_obj(c, c->pkg->scope, o);
    else
        o->parent = c->pkg->scope;
}

/* What is wrong with the text of import path s (n bytes), in gc's
 * words, or NULL: it must not be empty, and each character must be
 * graphic, not a space, and none of the ASCII punctuation below or
 * U+FFFD (a malformed UTF-8 sequence counts as U+FFFD). Past ASCII,
 * graphic is approximated by ranges, as unicode_name's printable. */
static const char *import_path_error(const char *s, int64_t n)
{
    if (n == 0)
        return "empty string";
    for (int64_t i = 0; i < n;) {
        int w, r = utf8_decode(s + i, (size_t)(n - i), &w);
        if (r < 0)
            r = 0xFFFD;
        bool ok = r < 0x80 ? r > ' ' && r < 0x7F && !strchr("!\"#$%&'()*,:;<=>?[\\]^`{|}", r)
                           : r != 0xFFFD && strchr(unicode_name(r), '\'') != NULL;
        if (!ok)
            return xprintf("invalid character %s", unicode_name(r));
        i += w;
    }
    return NULL;
}

/* Why gc's importer refuses a valid import path before it looks for the
 * package, or NULL: "main", an absolute path, or a path that is not
 * clean (a//b, a/./b, a/../b, a trailing /) when it is not local. */
static const char *import_path_refused(const char *path)
{
    if (strcmp(path, "main") == 0)
        return "cannot import \"main\"";
    if (path[0] == '/')
        return "import path cannot be absolute path";
    if (strncmp(path, "./", 2) == 0 || strncmp(path, "../", 3) == 0 || strcmp(path, ".") == 0 ||
        strcmp(path, "..") == 0)
        return NULL;
    /* path.Clean's result: elements that are not empty, "." or "..", and
     * ".." only where no element precedes it to remove */
    Buf clean = {0};
    int kept = 0; /* elements in clean that a ".." may remove */
    for (const char *p = path; *p;) {
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 2 && p[0] == '.' && p[1] == '.' && kept > 0) {
            char *slash = strrchr(clean.s, '/');
            clean.len = slash ? (size_t)(slash - clean.s) : 0;
            clean.s[clean.len] = 0;
            kept--;
        } else if (len > 0 && !(len == 1 && p[0] == '.')) {
            if (clean.len > 0)
                buf_putc(&clean, '/');
            buf_write(&clean, p, len);
            kept += !(len == 2 && p[0] == '.' && p[1] == '.');
        }
        p += len + (e != NULL);
    }
    const char *c = clean.len ? xstrdup(clean.s) : ".";
    free(clean.s);
    /* (a valid path needs no escapes inside quotes) */
    return strcmp(c, path) == 0 ? NULL : xprintf("non-canonical import path \"%s\" (should be \"%s\")", path, c);
}

/* import . "path": declares the package's exported names in the file
 * scope fs (objects shared with the package, whose parent stays its
 * scope), each at most once in the file block; o itself is looked up by
 * no name and is used when one of those names is (check_ident). */
static void dot_import(Checker *c, Scope *fs, Object *o, Pos at)
{
    o->parent = fs;
    vec_push(&c->dot_imports, o);
    Package *ip = o->u.pkgname.pkg;
    if (!ip)
        return;
    for (int i = 0; i < ip->scope->objects.n; i++) {
        Object *x = ip->scope->objects.v[i];
        if (!type_is_exported_name(x->name))
            continue;
        Object *old = scope_insert(fs, x);
        if (old)
            error_at(at, "%s redeclared in this block\n\t%s: other declaration of %s", x->name,
                     pos_string(old->pos), x->name);
    }
}

/* import "path" or import name "path": a package name in the file scope,
 * bound to the checked package when the importer has it. As in gc, a
 * path that is malformed declares nothing; one that the importer refuses
 * declares a name that is used and stands for nothing, so that its uses
 * are not reported again. */
static void collect_import(Checker *c, Scope *fs, Decl *d, ObjectList *imports)
{
    Expr *lit = d->u.import.path;
    if (!lit || lit->u.basic_lit.bad) /* reported by the parser or the scanner */
        return;
    const char *err = NULL;
    Const *v = const_from_literal(TK_STRING, lit->u.basic_lit.lit, lit->u.basic_lit.len, &err);
    if (!v || v->kind != CONST_STRING)
        return;
    if ((err = import_path_error(v->s, v->slen))) {
        error_at(lit->pos, "invalid import path (%s)", err);
        return;
    }
    const char *path = xstrndup(v->s, (size_t)v->slen);
    /* gc names a package it cannot import after its path's last element */
    char *trimmed = xstrdup(path);
    size_t tlen = strlen(trimmed);
    if (tlen > 0 && trimmed[tlen - 1] == '/')
        trimmed[tlen - 1] = 0;
    const char *base = strrchr(trimmed, '/');
    base = base ? base + 1 : trimmed;
    const char *pkgname = intern_cstr(base), *o_why = NULL;
    const char *refused = import_path_refused(path);
    if (refused) {
        error_at(lit->pos, "could not import %s (%s)", path, refused);
        o_why = ""; /* reported */
    }
    Package *ip = refused                      ? NULL
                : strcmp(path, "unsafe") == 0 ? types_unsafe_package /* built in (universe.c) */
                : c->cfg.import ? c->cfg.import(c->cfg.ctx, intern_cstr(path), &pkgname, &o_why)
                                : NULL;
    Expr *alias = d->u.import.name;
    const char *name = alias ? alias->u.ident.name : ip ? ip->name : pkgname;
    if (name == intern_cstr("init")) {
        error_at(d->pos, "cannot import package as init - init must be a func");
        return;
    }
    Object *o = object_new(OBJ_PKGNAME, name, alias ? alias->pos : lit->pos, NULL);
    o->pkg = path; /* the import path, for messages */
    o->u.pkgname.name = ip ? ip->name : pkgname;
    o->u.pkgname.why = o_why;
    o->u.pkgname.used = o->u.pkgname.failed = refused != NULL;
    o->u.pkgname.pkg = ip;
    if (ip && ip != types_unsafe_package) {
        bool seen = false;
        for (int i = 0; i < c->pkg->imports.n; i++)
            seen |= c->pkg->imports.v[i] == ip;
        if (!seen)
            vec_push(&c->pkg->imports, ip);
    }
    if (alias) {
        alias->u.ident.obj = o;
        if (check_is_blank(name)) {
            o->u.pkgname.used = true; /* imported for its initialisation */
            vec_push(imports, o);
            return;
        }
        if (name == intern_cstr(".")) {
            dot_import(c, fs, o, alias->pos);
            vec_push(imports, o);
            return;
        }
    }
    check_declare_obj(c, fs, o);
    vec_push(imports, o);
}

/* Attaches method m to its receiver's base type (a named type of this
 * package), so that selectors find it. */
static void attach_method(Checker *c, Object *m)
{
    Decl *d = m->u.func.decl;
    Expr *rt = d->u.func.recv->type;
    while (rt->kind == EXPR_PAREN)
        rt = rt->u.paren.x;
    if (rt->kind == EXPR_STAR)
        rt = rt->u.star.x;
    while (rt->kind == EXPR_PAREN)
        rt = rt->u.paren.x;
    /* the base type: a type name (maybe an alias) or pkg.T, which must
     * be a defined type of this package */
    Type *rtyp = NULL, *base = NULL;
    if (rt->kind == EXPR_IDENT) {
        Object *tn = scope_lookup(m->info->scope, rt->u.ident.name);
        if (tn && tn->kind == OBJ_TYPENAME) {
            check_obj_decl(c, tn);
            rtyp = tn->type;
        }
    } else {
        Scope *saved = c->env.scope;
        c->env.scope = m->info->scope;
        rtyp = check_type(c, rt);
        c->env.scope = saved;
    }
    bool ptr = d->u.func.recv->type->kind == EXPR_STAR || check_unparen(d->u.func.recv->type)->kind == EXPR_STAR;
    if (rtyp && rtyp->kind == TYPE_NAMED && rtyp->u.named.obj->pkg == c->pkg->path) {
        base = rtyp;
    } else if (rtyp && rtyp->kind != TYPE_INVALID) {
        /* at the receiver, as gc: its name, else its type; a type
         * literal (or an alias of one) is no base type at all */
        Field *r = d->u.func.recv;
        Pos at = r->names.n > 0 ? r->names.v[0]->pos : r->type->pos;
        if (rtyp->kind == TYPE_NAMED || type_is_basic(rtyp))
            error_at(at, "cannot define new methods on non-local type %s", type_string(rtyp));
        else
            error_at(at, "invalid receiver type %s%s", ptr ? "*" : "", type_string(rtyp));
    }
    /* gc's symbols: PATH.T.m, and PATH.(*T).m for a pointer receiver */
    const char *path = c->pkg->path;
    m->link_name = !base ? xprintf("%s.%s", path, m->name)
                   : ptr ? xprintf("%s.(*%s).%s", path, base->u.named.obj->name, m->name)
                         : xprintf("%s.%s.%s", path, base->u.named.obj->name, m->name);
    check_obj_decl(c, m);
    if (!base)
        return;
    Type *u = type_underlying(base);
    if (u->kind == TYPE_POINTER || u->kind == TYPE_INTERFACE) {
        error_at(rt->pos, "invalid receiver type %s (pointer or interface type)", type_string(base));
        return;
    }
    if (check_is_blank(m->name))
        return;
    for (int i = 0; i < base->u.named.methods.n; i++) {
        Object *o = base->u.named.methods.v[i];
        if (o->name == m->name) {
            error_at(m->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s",
                     base->u.named.obj->name, m->name, pos_string(o->pos), m->name);
            return;
        }
    }
    /* reported, but the method stays, as in gc: selectors find it first */
    if (u->kind == TYPE_STRUCT)
        for (int i = 0; i < u->u.strct.fields.n; i++) {
            Object *f = u->u.strct.fields.v[i];
            if (f->name == m->name) {
                error_at(m->pos, "field and method with the same name %s\n\t%s: other declaration of %s", m->name,
                         pos_string(f->pos), m->name);
                break;
            }
        }
    vec_push(&base->u.named.methods, m);
}

/* --- Generics ----------------------------------------------------------------- */

/* Whether a method's receiver names a generic type: func (l *List[T]) ... */
static bool generic_receiver(Field *recv)
{
    Expr *rt = check_unparen(recv->type);
    if (rt->kind == EXPR_STAR)
        rt = check_unparen(rt->u.star.x);
    return rt->kind == EXPR_INDEX;
}

/* The first package-level declaration with type parameters, in source
 * order, and what it declares (for the message); NULL if none. */
static Decl *first_generic(File **files, int nfiles, const char **what)
{
    for (int i = 0; i < nfiles; i++)
        for (int j = 0; j < files[i]->decls.n; j++) {
            Decl *d = files[i]->decls.v[j];
            if (d->kind == DECL_TYPE && d->u.type.tparams.n > 0) {
                *what = "generic types";
                return d;
            }
            if (d->kind != DECL_FUNC)
                continue;
            if (d->u.func.tparams.n > 0 || d->u.func.type->u.func_type.tparams.n > 0) {
                *what = "generic functions";
                return d;
            }
            if (d->u.func.recv && generic_receiver(d->u.func.recv)) {
                *what = "methods of generic types";
                return d;
            }
        }
    return NULL;
}

/* --- The entry point --------------------------------------------------------- */

/* Every package checked so far, for types_package_name. */
static VEC(Package *) checked;

void check_forget_packages(void)
{
    memset(&checked, 0, sizeof checked);
}

void types_add_package(Package *pkg)
{
    types_init();
    vec_push(&checked, pkg);
}

Package *check_package_config(const CheckConfig *cfg, File **files, int nfiles)
{
    types_init();
    /* the package's own errors: those of parsing its files, and of the
     * check from here on */
    int errors0 = error_count();
    for (int i = 0; i < nfiles; i++)
        errors0 -= files[i]->errors;
    Package *pkg = NEW(Package);
    pkg->path = intern_cstr(cfg->path ? cfg->path : "main");
    pkg->partial = cfg->partial;
    if (cfg->partial) {
        pkg->cfg = NEW(CheckConfig);
        *pkg->cfg = *cfg;
    }
    pkg->files = files;
    pkg->nfiles = nfiles;
    pkg->name = intern_cstr(nfiles > 0 && files[0]->package_name ? files[0]->package_name->u.ident.name : "main");
    Pos none = {0, 0, 0};
    pkg->scope = scope_new(types_universe, none);
    vec_push(&checked, pkg);
    /* an import checks its package in the middle of its importer's check */
    const char *importer = types_local_package;
    types_local_package = pkg->path;
    Checker c = {.pkg = pkg, .cfg = *cfg, .env.scope = pkg->scope};
    /* Type parameters are not supported. Rather than check the rest of
     * the package against generic declarations it cannot understand,
     * which gives errors of no use (undefined type parameters,
     * instantiations that are "not an expression", imports used only in
     * generic bodies reported unused), the checker reports the first
     * generic declaration and stops: one diagnostic for the package. */
    const char *generic_what;
    Decl *generic = first_generic(files, nfiles, &generic_what);
    if (generic && !check_allow_version(&c, 1, 18)) {
        /* before Go 1.18 they are errors, each reported as gc does */
        for (int i = 0; i < nfiles; i++)
            for (int j = 0; j < files[i]->decls.n; j++) {
                Decl *d = files[i]->decls.v[j];
                FieldList *tp = d->kind == DECL_TYPE ? &d->u.type.tparams
                              : d->kind != DECL_FUNC ? NULL
                              : d->u.func.tparams.n > 0 ? &d->u.func.tparams : &d->u.func.type->u.func_type.tparams;
                if (tp && tp->n > 0)
                    check_version_error(&c, tp->v[0]->names.n > 0 ? tp->v[0]->names.v[0]->pos : tp->v[0]->pos,
                                        "go1.18", "type parameter");
            }
        types_local_package = importer;
        return pkg;
    }
    if (generic) {
        check_unsupported(generic->pos, generic_what);
        types_local_package = importer;
        return pkg;
    }

    ObjectList methods = {0}, imports = {0};
    Scope **file_scopes = NEWARRAY(Scope *, nfiles + 1);
    for (int i = 0; i < nfiles; i++) {
        File *f = files[i];
        Expr *pn = f->package_name;
        if (pn && pn->u.ident.name != pkg->name)
            error_at(pn->pos, "package %s; expected package %s", pn->u.ident.name, pkg->name);
        else if (pn && check_is_blank(pn->u.ident.name))
            error_at(pn->pos, "invalid package name _");
        Scope *fs = file_scopes[i] = scope_new(pkg->scope, f->pos);
        c.env.last_const = NULL;
        for (int j = 0; j < f->decls.n; j++) {
            Decl *d = f->decls.v[j];
            switch (d->kind) {
            case DECL_IMPORT: collect_import(&c, fs, d, &imports); break;
            case DECL_CONST: collect_const(&c, f, fs, d); break;
            case DECL_VAR: collect_var(&c, f, fs, d); break;
            case DECL_TYPE: {
                DeclInfo *info = new_info(d, f, fs);
                pkg_object(&c, OBJ_TYPENAME, d->u.type.name, info);
                break;
            }
            case DECL_FUNC: collect_func(&c, f, fs, d, &methods); break;
            default: break;
            }
        }
    }
    /* a name of the file block (an import's) must not be declared in the
     * package block too, in any file */
    for (int i = 0; i < nfiles; i++)
        for (int j = 0; j < file_scopes[i]->objects.n; j++) {
            Object *o = file_scopes[i]->objects.v[j], *alt = scope_lookup_local(pkg->scope, o->name);
            if (alt && o->kind == OBJ_PKGNAME)
                error_at(alt->pos, "%s already declared through import of package %s (\"%s\")\n\t%s: other declaration of %s",
                         alt->name, o->u.pkgname.name, o->u.pkgname.pkg ? o->u.pkgname.pkg->path : o->pkg,
                         pos_string(o->pos), alt->name);
            else if (alt && o->pkg != pkg->path) /* a dot import's */
                error_at(alt->pos, "%s already declared through dot-import of package %s (\"%s\")\n\t%s: other declaration of %s",
                         alt->name, types_package_name(o->pkg), o->pkg, pos_string(o->pos), alt->name);
        }
    check_directives(&c, files, nfiles);
    for (int i = 0; i < methods.n; i++)
        attach_method(&c, methods.v[i]);
    for (int i = 0; i < c.pkg_objs.n; i++)
        check_obj_decl(&c, c.pkg_objs.v[i]);
    check_complete_interfaces(&c);
    /* type T2 T1 declared while T1's underlying type was unknown points
     * at T1 (decl.c): from here on every named type's underlying type
     * is a type literal or basic type. */
    for (int i = 0; i < c.pkg_objs.n; i++) {
        Type *t = c.pkg_objs.v[i]->kind == OBJ_TYPENAME ? c.pkg_objs.v[i]->type : NULL;
        if (t && t->kind == TYPE_NAMED && t->u.named.underlying) {
            Type *u = type_underlying(t);
            t->u.named.underlying = u->kind == TYPE_NAMED ? types_basic[TYPE_INVALID] : u;
        }
    }
    for (int i = 0; i < c.pkg_objs.n; i++)
        if (c.pkg_objs.v[i]->kind == OBJ_TYPENAME)
            check_type_cycle(c.pkg_objs.v[i]);
    c.decls_done = true;
    check_delayed(&c);
    /* Every remaining name expression of a declaration gets its mode. */
    for (int i = 0; i < c.pkg_objs.n; i++) {
        Object *o = c.pkg_objs.v[i];
        Decl *d = o->info->decl;
        Expr *n = o->kind == OBJ_FUNC ? d->u.func.name : o->kind == OBJ_TYPENAME ? d->u.type.name
                                                          : d->u.value.names.v[o->info->index];
        if (o->kind == OBJ_VAR && o->info->lhs.n > 1)
            for (int j = 0; j < d->u.value.names.n; j++)
                if (d->u.value.names.v[j]->u.ident.obj == o)
                    n = d->u.value.names.v[j];
        n->mode = o->kind == OBJ_CONST ? MODE_CONST : o->kind == OBJ_VAR ? MODE_VAR
                : o->kind == OBJ_TYPENAME ? MODE_TYPE : MODE_VALUE;
        n->type = o->type ? o->type : types_basic[TYPE_INVALID];
        if (o->kind == OBJ_CONST)
            n->val = o->u.cnst.val;
    }
    for (int i = 0; i < pkg->funcs.n; i++) {
        Decl *d = pkg->funcs.v[i];
        Object *o = d->u.func.obj;
        if (o->type->kind != TYPE_FUNC)
            continue; /* generic: reported */
        c.env.decl_obj = o;
        c.env.file = o->info->file;
        c.env.scope = o->info->scope;
        check_func_body(&c, o->type, d->u.func.body, d->u.func.scope, d->pos);
    }
    c.env.decl_obj = NULL;
    c.env.scope = pkg->scope;
    check_init_order(&c);
    /* An import hood cannot compile yet is reported only for a package
     * without errors: it says why a program gc would compile cannot be
     * built. A package with errors is not built anyway, and its errors
     * are gc's. */
    bool has_errors = error_count() > errors0;
    for (int i = 0; i < imports.n; i++) {
        Object *o = imports.v[i];
        Package *ip = o->u.pkgname.pkg;
        /* a body skipped in part may have used it */
        /* gc names the package by its resolved path ("./a" is "test/a"),
         * and the name too unless it is the path's last element (a
         * package may be named otherwise: package surprise in ./a) */
        const char *path = ip ? ip->path : o->pkg, *elem = strrchr(path, '/');
        elem = elem ? elem + 1 : path;
        if (!o->u.pkgname.used && !c.skipped_body && strcmp(o->name, elem) != 0 && o->name != intern_cstr("."))
            error_at(o->pos, "imported and not used: \"%s\" as %s", path, o->name);
        else if (!o->u.pkgname.used && !c.skipped_body)
            error_at(o->pos, "imported and not used: \"%s\"", path);
        else if (has_errors || (!ip && o->u.pkgname.why && !*o->u.pkgname.why))
            ; /* its own errors are reported */
        else if (!ip && o->u.pkgname.why)
            error_at(o->pos, "not supported yet: import \"%s\" (%s)", o->pkg, o->u.pkgname.why);
        else if (!ip)
            error_at(o->pos, "not supported yet: import \"%s\"", o->pkg);
    }
    types_local_package = importer;
    return pkg;
}

Package *check_package(File **files, int nfiles)
{
    CheckConfig cfg = {0};
    return check_package_config(&cfg, files, nfiles);
}

/* --- Package names ------------------------------------------------------------ */

const char *types_package_name(const char *path)
{
    for (int i = 0; i < checked.n; i++)
        if (checked.v[i]->path == path || strcmp(checked.v[i]->path, path) == 0)
            return checked.v[i]->name;
    return path;
}
