/*
 * check_decl.c — the checker's entry point (check_package) and
 * declarations: collecting package-level objects, checking const, var,
 * type and func declarations (lazily, on first use, with cycle
 * detection), function signatures and bodies, local declarations, and
 * imports.
 *
 * Order of work in check_package (go/types' checkFiles, simplified):
 *   1. collect: every package-level name becomes an Object with a
 *      DeclInfo; imports go into a scope per file (whose parent is the
 *      package scope, so a body sees both);
 *   2. methods are attached to their receiver base types, so that
 *      selectors in any later declaration find them;
 *   3. every package-level object is checked in source order; an object
 *      used before its turn is checked at the use (check_obj_decl), and
 *      the colour of its DeclInfo detects cycles;
 *   4. function bodies, in source order, each recording the package
 *      variables and functions it refers to (DeclInfo.deps);
 *   5. initialisation order (initorder.c), then imports: an unused import
 *      is reported as gc does, a used one as "not supported yet" (hood
 *      has no packages to import), so a program that would also fail
 *      under gc gets gc's message first.
 *
 * Leaves behind the invariants listed in ast.h and types.h's Package.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

static const char *blank_name(void) { return intern_cstr("_"); }

static bool is_blank(const char *name) { return name == blank_name(); }

static Type *t_invalid(void) { return types_basic[TYPE_INVALID]; }

/* Objects whose declarations are being checked, innermost last: the
 * path that a cycle report prints. */
static ObjectList decl_path;

void declare_obj(Checker *c, Scope *s, Object *obj)
{
    (void)c;
    if (is_blank(obj->name) || !obj->name[0]) {
        obj->parent = s;
        return;
    }
    Object *prev = scope_insert(s, obj);
    if (prev)
        error_at(obj->pos, "%s redeclared in this block\n\t%s: other declaration of %s", obj->name,
                 pos_string(prev->pos), obj->name);
}

void declare_local_var(Checker *c, Object *obj)
{
    declare_obj(c, c->scope, obj);
    /* a redeclaration was reported: it is not also "unused" */
    if (c->fn && (is_blank(obj->name) || scope_lookup_local(c->scope, obj->name) == obj))
        vec_push(&c->fn->locals, obj);
}

/* gc's cycle report: "initialization loop for a" (or "invalid recursive
 * type T"), then each object of the cycle "refers to" the next. */
void report_cycle(const char *what, Object **cycle, int n)
{
    Buf b = {0};
    buf_printf(&b, "%s %s", what, cycle[0]->name);
    for (int i = 0; i < n; i++)
        buf_printf(&b, "\n\t%s: %s refers to", pos_string(cycle[i]->pos), cycle[i]->name);
    buf_printf(&b, "\n\t%s: %s", pos_string(cycle[0]->pos), cycle[0]->name);
    error_at(cycle[0]->pos, "%s", b.s);
    free(b.s);
    for (int i = 0; i < n; i++)
        if (cycle[i]->info)
            cycle[i]->info->bad = true;
}

/* --- Signatures ----------------------------------------------------------- */

/* Declares the variables of one parameter or result list. */
static Type *param_list(Checker *c, FieldList *fl, Scope *scope, bool results, bool *variadic)
{
    ObjectList vars = {0};
    for (int i = 0; i < fl->n; i++) {
        Field *f = fl->v[i];
        Expr *te = f->type;
        Type *t;
        if (te->kind == EXPR_ELLIPSIS) {
            if (results || i != fl->n - 1 || f->names.n > 1) {
                error_at(te->pos, "can only use ... with final parameter in list");
                t = t_invalid();
            } else {
                *variadic = true;
                t = type_new_slice(te->u.ellipsis.elt ? check_type(c, te->u.ellipsis.elt) : t_invalid());
                te->mode = MODE_TYPE;
                te->type = t;
            }
        } else {
            t = check_type(c, te);
        }
        int n = f->names.n ? f->names.n : 1;
        for (int j = 0; j < n; j++) {
            Expr *name = f->names.n ? f->names.v[j] : NULL;
            Object *v = object_new(OBJ_VAR, name ? name->u.ident.name : intern_cstr(""), name ? name->pos : f->pos, t);
            v->pkg = "main";
            v->u.var.is_param = !results;
            v->u.var.is_result = results;
            v->u.var.index = vars.n;
            v->u.var.used = true; /* parameters are never "declared but not used" */
            if (name) {
                name->u.ident.obj = v;
                name->mode = MODE_VAR;
                name->type = t;
                declare_obj(c, scope, v);
            } else {
                v->parent = scope;
            }
            vec_push(&vars, v);
        }
    }
    return type_new_tuple(vars);
}

Type *check_signature(Checker *c, Field *recv, Expr *ftype, Scope *scope)
{
    Type *sig = type_new(TYPE_FUNC);
    if (ftype->u.func_type.tparams.n > 0)
        error_at(ftype->pos, "not supported yet: %s", "generic functions");
    Scope *saved = c->scope;
    c->scope = scope;
    if (recv) {
        FieldList one = {0};
        vec_push(&one, recv);
        bool v = false;
        Type *tup = param_list(c, &one, scope, false, &v);
        if (tup->u.tuple.vars.n > 0)
            sig->u.func.recv = tup->u.tuple.vars.v[0];
    }
    bool variadic = false;
    sig->u.func.params = param_list(c, &ftype->u.func_type.params, scope, false, &variadic);
    sig->u.func.results = param_list(c, &ftype->u.func_type.results, scope, true, &variadic);
    sig->u.func.variadic = variadic;
    c->scope = saved;
    ftype->mode = MODE_TYPE;
    ftype->type = sig;
    return sig;
}

/* --- Constants and variables ------------------------------------------------ */

static bool is_const_type(Type *t)
{
    return type_is_basic(t) && type_underlying(t)->kind != TYPE_UNSAFE_POINTER;
}

/* const obj [texpr] = init, with iota as given. */
static void const_decl(Checker *c, Object *obj, Expr *texpr, Expr *init, int iota)
{
    Const *saved = c->iota;
    c->iota = const_int64(iota);
    obj->type = t_invalid();
    obj->u.cnst.val = const_unknown();
    Type *t = NULL;
    if (texpr) {
        t = check_type(c, texpr);
        if (t->kind != TYPE_INVALID && !is_const_type(t)) {
            error_at(texpr->pos, "invalid constant type %s", type_string(t));
            t = t_invalid();
        }
    }
    if (!init) {
        c->iota = saved;
        return;
    }
    check_value(c, init);
    c->iota = saved;
    if (init->mode == MODE_INVALID || !init->type || init->type->kind == TYPE_INVALID)
        return;
    if (init->mode != MODE_CONST) {
        const char *s = operand_string(init);
        error_at(init->pos, "%s is not constant", s);
        return;
    }
    if (t && t->kind == TYPE_INVALID)
        return;
    if (t && !check_assignment(c, init, t, "constant declaration"))
        return;
    obj->type = t ? t : init->type;
    obj->u.cnst.val = init->val;
}

/* "assignment mismatch: 2 variables but f() returns 1 value" */
static void assign_mismatch(Expr *rhs0, int nrhs, int nvars, int nvals)
{
    Expr *u = rhs0;
    while (u->kind == EXPR_PAREN)
        u = u->u.paren.x;
    const char *vars = xprintf("%d variable%s", nvars, nvars == 1 ? "" : "s");
    const char *vals = xprintf("%d value%s", nvals, nvals == 1 ? "" : "s");
    if (nrhs == 1 && u->kind == EXPR_CALL)
        error_at(rhs0->pos, "assignment mismatch: %s but %s returns %s", vars, expr_text(u->u.call.fun), vals);
    else
        error_at(rhs0->pos, "assignment mismatch: %s but %s", vars, vals);
}

/* Gives the variables lhs[0..n) their types from an optional declared
 * type and the initialisers vals[0..nv) (nv == n, or one multi-valued
 * expression). The counts were checked where the specs were collected. */
static void var_decl_types(Checker *c, Object **lhs, int n, Expr *texpr, Expr **vals, int nv);

static void var_decl(Checker *c, Object **lhs, int n, Expr *texpr, Expr **vals, int nv)
{
    var_decl_types(c, lhs, n, texpr, vals, nv);
    /* as types2's varDecl: a variable whose type is in error counts as
     * used, so that its error is not followed by "declared but not used" */
    for (int i = 0; i < n; i++)
        if (!lhs[i]->type || lhs[i]->type->kind == TYPE_INVALID)
            lhs[i]->u.var.used = true;
}

static void var_decl_types(Checker *c, Object **lhs, int n, Expr *texpr, Expr **vals, int nv)
{
    Type *t = texpr ? check_type(c, texpr) : NULL;
    for (int i = 0; i < n; i++)
        lhs[i]->type = t ? t : t_invalid();
    if (nv == 0)
        return;
    const char *ctx = "variable declaration";
    if (nv == n) {
        bool failed = false;
        for (int i = 0; i < n; i++) {
            check_value(c, vals[i]);
            if (check_assignment(c, vals[i], t, ctx)) {
                if (!t)
                    lhs[i]->type = vals[i]->type;
            } else {
                failed = true;
            }
        }
        /* as types2's initVars: after any failure no "declared but not
         * used" on top, for any of the variables */
        for (int i = 0; i < n && failed; i++)
            lhs[i]->u.var.used = true;
        return;
    }
    /* one expression for several variables: types2's initVars, whose
     * messages say "assignment" */
    ctx = "assignment";
    Expr *v = vals[0];
    check_multi(c, v);
    if (v->mode == MODE_INVALID)
        goto invalidate;
    Type *tup = tuple_of(v->type);
    if (tup && tup->u.tuple.vars.n == n) {
        for (int i = 0; i < n; i++) {
            Expr one = *v; /* the i-th result, for check_assignment's message */
            one.type = tup->u.tuple.vars.v[i]->type;
            if (check_assignment(c, &one, t, ctx)) {
                if (!t)
                    lhs[i]->type = one.type;
            } else {
                for (int j = 0; j < n; j++)
                    lhs[j]->u.var.used = true;
            }
        }
        return;
    }
    if (!tup && is_commaok(v) && n == 2) {
        /* both plain values, as types2's exprList makes them */
        Expr val = *v;
        val.mode = MODE_VALUE;
        if (check_assignment(c, &val, t, ctx) && !t)
            lhs[0]->type = val.type;
        Expr ok = *v;
        ok.mode = MODE_VALUE;
        ok.type = types_basic[TYPE_UNTYPED_BOOL];
        ok.val = NULL;
        if (check_assignment(c, &ok, t, ctx) && !t)
            lhs[1]->type = ok.type;
        return;
    }
    assign_mismatch(v, 1, n, tup ? tup->u.tuple.vars.n : 1);
invalidate:
    for (int i = 0; i < n; i++) {
        lhs[i]->u.var.used = true; /* no "declared but not used" on top */
        lhs[i]->type = t ? t : t_invalid();
    }
}

/* The arity check of a const or var spec (types2's arity): reports and
 * returns false when names and values do not match up. */
static bool spec_arity(ExprList *names, ExprList *values, bool is_const)
{
    int l = names->n, r = values->n;
    if (l < r) {
        error_at(values->v[l]->pos, "extra init expr %s", expr_text(values->v[l]));
        return false;
    }
    if (l > r && (is_const || r != 1) && (is_const || r > 0)) {
        error_at(names->v[r]->pos, "missing init expr for %s", names->v[r]->u.ident.name);
        return false;
    }
    return true;
}

/* The spec whose values a const spec uses: its own, or for a spec
 * without values the previous one of its group. */
static Decl *const_source(Checker *c, Decl *d)
{
    if (d->u.value.values.n > 0 || d->u.value.type) {
        c->last_const = d;
        return d;
    }
    if (c->last_const && d->group_id != 0 && c->last_const->group_id == d->group_id)
        return c->last_const;
    return d;
}

/* --- Types ----------------------------------------------------------------------- */

/* Whether named type `root` contains itself without indirection (arrays
 * and struct fields); on success path holds the cycle from root. */
static bool contains(Type *t, Object *root, ObjectList *path, int depth)
{
    if (!t || depth > 64)
        return false;
    switch (t->kind) {
    case TYPE_NAMED: {
        Object *o = t->u.named.obj;
        if (o == root)
            return true;
        for (int i = 0; i < path->n; i++)
            if (path->v[i] == o)
                return false; /* another cycle, reported from its own root */
        vec_push(path, o);
        if (contains(t->u.named.underlying, root, path, depth + 1))
            return true;
        path->n--;
        return false;
    }
    case TYPE_ARRAY:
        return contains(t->u.array.elem, root, path, depth + 1);
    case TYPE_STRUCT:
        for (int i = 0; i < t->u.strct.fields.n; i++)
            if (contains(t->u.strct.fields.v[i]->type, root, path, depth + 1))
                return true;
        return false;
    default:
        return false;
    }
}

/* Reports "invalid recursive type" for a named type that contains
 * itself, and breaks the cycle so that layout terminates. */
static void check_type_cycle(Object *obj)
{
    Type *t = obj->type;
    if (!t || t->kind != TYPE_NAMED || (obj->info && obj->info->bad))
        return;
    ObjectList path = {0};
    vec_push(&path, obj);
    if (contains(t->u.named.underlying, obj, &path, 0)) {
        report_cycle("invalid recursive type", path.v, path.n);
        t->u.named.underlying = t_invalid();
    }
}

static void type_decl(Checker *c, Object *obj, Decl *d)
{
    if (d->u.type.tparams.n > 0) {
        error_at(d->pos, "not supported yet: %s", "generic types");
        obj->type = t_invalid();
        return;
    }
    if (d->u.type.alias) {
        obj->type = t_invalid(); /* while resolving: a cycle finds it invalid */
        obj->type = check_type(c, d->u.type.type);
        return;
    }
    Type *named = type_new(TYPE_NAMED);
    named->u.named.obj = obj;
    obj->type = named;
    Type *u = type_underlying(check_type(c, d->u.type.type));
    if (!u || u->kind == TYPE_NAMED) {
        /* type T U; type U T: the underlying type is still unknown */
        if (!obj->info || !obj->info->bad) {
            Object *cyc[2] = {obj, u && u->kind == TYPE_NAMED ? u->u.named.obj : obj};
            report_cycle("invalid recursive type", cyc, cyc[1] == obj ? 1 : 2);
        }
        u = t_invalid();
    }
    named->u.named.underlying = u;
}

/* --- Lazy checking of package-level objects --------------------------------------- */

void check_obj_decl(Checker *c, Object *obj)
{
    DeclInfo *info = obj->info;
    if (!info || info->color == 2)
        return;
    if (info->color == 1) {
        /* A reference back to an object being checked. Named types may
         * refer to themselves (through pointers etc.; containment is
         * checked afterwards); anything else is a cycle. */
        if (obj->kind == OBJ_TYPENAME && obj->type && obj->type->kind == TYPE_NAMED)
            return;
        if (obj->kind == OBJ_FUNC)
            return;
        int start = decl_path.n - 1;
        while (start > 0 && decl_path.v[start] != obj)
            start--;
        if (!info->bad)
            report_cycle(obj->kind == OBJ_TYPENAME ? "invalid recursive type" : "initialization loop for",
                         decl_path.v + start, decl_path.n - start);
        if (!obj->type)
            obj->type = t_invalid();
        return;
    }
    info->color = 1;
    vec_push(&decl_path, obj);
    Checker saved = *c;
    c->scope = info->scope;
    c->file = info->file;
    c->fn = NULL;
    c->in_lhs = false;
    c->iota = NULL;
    c->decl_obj = obj;
    Decl *d = info->decl;
    switch (obj->kind) {
    case OBJ_CONST:
        const_decl(c, obj, info->type, info->init, info->iota);
        break;
    case OBJ_VAR:
        if (info->lhs.n > 1) {
            for (int i = 0; i < info->lhs.n; i++)
                info->lhs.v[i]->type = NULL;
            var_decl(c, info->lhs.v, info->lhs.n, info->type, &info->init, 1);
        } else {
            var_decl(c, &obj, 1, info->type, info->init ? &info->init : NULL, info->init ? 1 : 0);
        }
        break;
    case OBJ_TYPENAME:
        type_decl(c, obj, d);
        break;
    case OBJ_FUNC: {
        if (d->u.func.tparams.n > 0) {
            /* type parameters are not declared: the body is not checked,
             * and uses of the function are silently invalid */
            error_at(d->pos, "not supported yet: %s", "generic functions");
            obj->type = t_invalid();
            break;
        }
        Scope *s = scope_new(info->scope, d->pos);
        s->is_func = true;
        d->u.func.scope = s;
        obj->type = check_signature(c, d->u.func.recv, d->u.func.type, s);
        break;
    }
    default:
        break;
    }
    *c = saved;
    decl_path.n--;
    info->color = 2;
}

/* --- Local declarations ------------------------------------------------------------ */

void check_local_decl(Checker *c, Decl *d)
{
    switch (d->kind) {
    case DECL_CONST: {
        Decl *src = const_source(c, d);
        ExprList *names = &d->u.value.names, *values = &src->u.value.values;
        bool ok = spec_arity(names, values, true);
        ObjectList objs = {0};
        for (int i = 0; i < names->n; i++) {
            Expr *n = names->v[i];
            Object *o = object_new(OBJ_CONST, n->u.ident.name, n->pos, NULL);
            o->pkg = "main";
            n->u.ident.obj = o;
            const_decl(c, o, src->u.value.type, ok && i < values->n ? values->v[i] : NULL, d->u.value.iota);
            n->mode = MODE_CONST;
            n->type = o->type;
            n->val = o->u.cnst.val;
            vec_push(&objs, o);
        }
        /* the scope of a constant begins after its spec */
        for (int i = 0; i < objs.n; i++)
            declare_obj(c, c->scope, objs.v[i]);
        return;
    }
    case DECL_VAR: {
        ExprList *names = &d->u.value.names, *values = &d->u.value.values;
        ObjectList objs = {0};
        for (int i = 0; i < names->n; i++) {
            Expr *n = names->v[i];
            Object *o = object_new(OBJ_VAR, n->u.ident.name, n->pos, NULL);
            o->pkg = "main";
            n->u.ident.obj = o;
            vec_push(&objs, o);
        }
        if (spec_arity(names, values, false)) {
            var_decl(c, objs.v, objs.n, d->u.value.type, values->v, values->n);
        } else {
            for (int i = 0; i < values->n; i++)
                check_expr(c, values->v[i]);
            for (int i = 0; i < objs.n; i++) {
                objs.v[i]->type = d->u.value.type ? check_type(c, d->u.value.type) : t_invalid();
                objs.v[i]->u.var.used = true;
            }
        }
        for (int i = 0; i < objs.n; i++) {
            names->v[i]->mode = MODE_VAR;
            names->v[i]->type = objs.v[i]->type;
            declare_local_var(c, objs.v[i]);
        }
        return;
    }
    case DECL_TYPE: {
        Expr *n = d->u.type.name;
        Object *o = object_new(OBJ_TYPENAME, n->u.ident.name, n->pos, NULL);
        o->pkg = "main";
        n->u.ident.obj = o;
        /* the scope of a type begins at its name: it may refer to itself */
        declare_obj(c, c->scope, o);
        type_decl(c, o, d);
        check_type_cycle(o);
        n->mode = MODE_TYPE;
        n->type = o->type;
        return;
    }
    default:
        error_at(d->pos, "not supported yet: %s", "this declaration");
        return;
    }
}

/* --- Function bodies ---------------------------------------------------------- */

void check_func_body(Checker *c, Type *sig, Stmt *body, Scope *scope, Pos pos)
{
    (void)pos;
    FuncCtx fn = {.sig = sig, .outer = c->fn};
    FuncCtx *saved_fn = c->fn;
    Scope *saved_scope = c->scope;
    Const *saved_iota = c->iota;
    bool saved_lhs = c->in_lhs;
    c->fn = &fn;
    c->scope = scope;
    c->iota = NULL;
    c->in_lhs = false;
    check_body(c, body);
    if (!fn.skipped)
        for (int i = 0; i < fn.locals.n; i++) {
            Object *v = fn.locals.v[i];
            if (!v->u.var.used && !is_blank(v->name))
                error_at(v->pos, "%s declared but not used", v->name);
        }
    if (fn.skipped && fn.outer)
        fn.outer->skipped = true; /* the literal may have used outer variables */
    c->fn = saved_fn;
    c->scope = saved_scope;
    c->iota = saved_iota;
    c->in_lhs = saved_lhs;
}

/* --- Collecting package-level objects ---------------------------------------------- */

static DeclInfo *new_info(Decl *d, File *f, Scope *file_scope)
{
    DeclInfo *info = NEW(DeclInfo);
    info->decl = d;
    info->file = f;
    info->scope = file_scope;
    return info;
}

/* A package-level object: declared in the package scope unless blank
 * (init and main are special: see collect_func). */
static Object *pkg_object(Checker *c, ObjKind kind, Expr *name, DeclInfo *info)
{
    Object *o = object_new(kind, name->u.ident.name, name->pos, NULL);
    o->pkg = "main";
    o->info = info;
    name->u.ident.obj = o;
    if (kind != OBJ_FUNC && (o->name == intern_cstr("init") || o->name == intern_cstr("main"))) {
        error_at(name->pos, "cannot declare %s - must be func", o->name);
        o->parent = c->pkg->scope;
    } else {
        declare_obj(c, c->pkg->scope, o);
    }
    vec_push(&c->pkg_objs, o);
    return o;
}

static void collect_const(Checker *c, File *f, Scope *fs, Decl *d)
{
    Decl *src = const_source(c, d);
    ExprList *names = &d->u.value.names, *values = &src->u.value.values;
    bool ok = spec_arity(names, values, true);
    for (int i = 0; i < names->n; i++) {
        DeclInfo *info = new_info(d, f, fs);
        info->index = i;
        info->type = src->u.value.type;
        info->init = ok && i < values->n ? values->v[i] : NULL;
        info->iota = d->u.value.iota;
        pkg_object(c, OBJ_CONST, names->v[i], info);
    }
}

static void collect_var(Checker *c, File *f, Scope *fs, Decl *d)
{
    ExprList *names = &d->u.value.names, *values = &d->u.value.values;
    bool ok = spec_arity(names, values, false);
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
        o->link_name = xprintf("main.%s", o->name);
        vec_push(&info->lhs, o);
        vec_push(&c->pkg->globals, o);
        if (!ok)
            o->type = d->u.value.type ? NULL : t_invalid();
    }
}

static bool func_has_signature_params(Decl *d)
{
    Expr *ft = d->u.func.type;
    return ft->u.func_type.params.n > 0 || ft->u.func_type.results.n > 0 || d->u.func.tparams.n > 0 ||
           ft->u.func_type.tparams.n > 0;
}

static void collect_func(Checker *c, File *f, Scope *fs, Decl *d, ObjectList *methods)
{
    Expr *name = d->u.func.name;
    const char *n = name->u.ident.name;
    DeclInfo *info = new_info(d, f, fs);
    Object *o = object_new(OBJ_FUNC, n, name->pos, NULL);
    o->pkg = "main";
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
    if (n == intern_cstr("init") || n == intern_cstr("main")) {
        if (func_has_signature_params(d))
            error_at(name->pos, "func %s must have no arguments and no return values", n);
    }
    if (n == intern_cstr("init")) {
        /* init functions are not declared: "undefined: init" if used.
         * ssagen names them main.init.0, main.init.1... in this order. */
        o->parent = c->pkg->scope;
        o->link_name = xprintf("main.init.%d", c->pkg->init_funcs.n);
        if (d->u.func.body)
            vec_push(&c->pkg->init_funcs, d);
        return;
    }
    o->link_name = xprintf("main.%s", n);
    if (!is_blank(n))
        declare_obj(c, c->pkg->scope, o);
    else
        o->parent = c->pkg->scope;
}

/* import "path" or import name "path": a package name in the file scope. */
static void collect_import(Checker *c, Scope *fs, Decl *d, ObjectList *imports)
{
    (void)c;
    Expr *lit = d->u.import.path;
    const char *err = NULL;
    Const *v = lit ? const_from_literal(TK_STRING, lit->u.basic_lit.lit, lit->u.basic_lit.len, &err) : NULL;
    if (!v || v->kind != CONST_STRING)
        return;
    const char *path = xstrndup(v->s, (size_t)v->slen);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    Expr *alias = d->u.import.name;
    const char *name = alias ? alias->u.ident.name : intern_cstr(base);
    Object *o = object_new(OBJ_PKGNAME, name, lit->pos, NULL);
    o->pkg = path; /* the import path, for messages */
    if (alias) {
        alias->u.ident.obj = o;
        if (is_blank(name) || name == intern_cstr(".")) {
            /* never "unused": reported as unsupported below */
            o->u.pkgname.used = true;
            vec_push(imports, o);
            return;
        }
    }
    declare_obj(c, fs, o);
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
    Type *base = NULL;
    if (rt->kind == EXPR_IDENT) {
        Object *tn = scope_lookup(m->info->scope, rt->u.ident.name);
        if (tn && tn->kind == OBJ_TYPENAME) {
            check_obj_decl(c, tn);
            if (tn->pkg && tn->type && tn->type->kind == TYPE_NAMED)
                base = tn->type;
            else if (tn->type && tn->type->kind != TYPE_INVALID)
                error_at(rt->pos, "cannot define new methods on non-local type %s", type_string(tn->type));
        }
    }
    m->link_name = base ? xprintf("main.%s.%s", base->u.named.obj->name, m->name) : xprintf("main.%s", m->name);
    check_obj_decl(c, m);
    if (!base)
        return;
    Type *u = type_underlying(base);
    if (u->kind == TYPE_POINTER || u->kind == TYPE_INTERFACE) {
        error_at(rt->pos, "invalid receiver type %s (pointer or interface type)", type_string(base));
        return;
    }
    if (is_blank(m->name))
        return;
    for (int i = 0; i < base->u.named.methods.n; i++) {
        Object *o = base->u.named.methods.v[i];
        if (o->name == m->name) {
            error_at(m->pos, "method %s.%s already declared at %s", base->u.named.obj->name, m->name,
                     pos_string(o->pos));
            return;
        }
    }
    if (u->kind == TYPE_STRUCT)
        for (int i = 0; i < u->u.strct.fields.n; i++)
            if (u->u.strct.fields.v[i]->name == m->name) {
                error_at(m->pos, "field and method with the same name %s", m->name);
                return;
            }
    vec_push(&base->u.named.methods, m);
}

Package *check_package(File **files, int nfiles)
{
    types_init();
    Package *pkg = NEW(Package);
    pkg->files = files;
    pkg->nfiles = nfiles;
    pkg->name = nfiles > 0 && files[0]->package_name ? files[0]->package_name->u.ident.name : "main";
    Pos none = {0, 0, 0};
    pkg->scope = scope_new(universe, none);
    Checker c = {.pkg = pkg, .scope = pkg->scope};
    decl_path.n = 0;

    ObjectList methods = {0}, imports = {0};
    for (int i = 0; i < nfiles; i++) {
        File *f = files[i];
        Expr *pn = f->package_name;
        if (pn && pn->u.ident.name != pkg->name)
            error_at(pn->pos, "package %s; expected package %s", pn->u.ident.name, pkg->name);
        Scope *fs = scope_new(pkg->scope, f->pos);
        c.last_const = NULL;
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
    for (int i = 0; i < methods.n; i++)
        attach_method(&c, methods.v[i]);
    for (int i = 0; i < c.pkg_objs.n; i++)
        check_obj_decl(&c, c.pkg_objs.v[i]);
    for (int i = 0; i < c.pkg_objs.n; i++)
        if (c.pkg_objs.v[i]->kind == OBJ_TYPENAME)
            check_type_cycle(c.pkg_objs.v[i]);
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
        n->type = o->type ? o->type : t_invalid();
        if (o->kind == OBJ_CONST)
            n->val = o->u.cnst.val;
    }
    for (int i = 0; i < pkg->funcs.n; i++) {
        Decl *d = pkg->funcs.v[i];
        Object *o = d->u.func.obj;
        if (o->type->kind != TYPE_FUNC)
            continue; /* generic: reported */
        c.decl_obj = o;
        c.file = o->info->file;
        c.scope = o->info->scope;
        check_func_body(&c, o->type, d->u.func.body, d->u.func.scope, d->pos);
    }
    c.decl_obj = NULL;
    c.scope = pkg->scope;
    init_order(&c);
    for (int i = 0; i < imports.n; i++) {
        Object *o = imports.v[i];
        if (!o->u.pkgname.used)
            error_at(o->pos, "imported and not used: \"%s\"", o->pkg);
        else
            error_at(o->pos, "not supported yet: import \"%s\"", o->pkg);
    }
    return pkg;
}
