/*
 * decl.c — declarations: declaring objects in scopes, const, var and
 * type declarations (package-level ones lazily, on first use, with cycle
 * detection), local declarations, and function bodies. package.c
 * collects the package-level objects and calls check_obj_decl on each.
 *
 * Lazy checking: a package-level object is checked in source order or
 * at its first use, whichever comes first. Its DeclInfo's colour says
 * where it stands: 0 not checked, 1 being checked (it is on
 * Checker.decl_path), 2 done. Meeting a colour-1 object again is a
 * cycle, except for named types and functions, which may refer to
 * themselves; a named type's containment of itself is checked once all
 * declarations are done (check_type_cycle).
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* Whether name is the blank identifier "_", which declares nothing. */
bool check_is_blank(const char *name) { return name == intern_cstr("_"); }


/* Declares obj in scope s, reporting a redeclaration (the earlier
 * object stays). Blank and unnamed objects (unnamed parameters) are
 * never inserted: they only record their scope, so any number of them
 * may share one. */
void check_declare_obj(Checker *c, Scope *s, Object *obj)
{
    (void)c;
    if (check_is_blank(obj->name) || !obj->name[0]) {
        obj->parent = s;
        return;
    }
    Object *prev = scope_insert(s, obj);
    if (prev)
        error_at(obj->pos, "%s redeclared in this block\n\t%s: other declaration of %s", obj->name,
                 pos_string(prev->pos), obj->name);
}

/* Declares a local variable in the current scope and, inside a body,
 * lists it for "declared but not used" (check_func_body). */
void check_declare_local_var(Checker *c, Object *obj)
{
    check_declare_obj(c, c->env.scope, obj);
    /* a redeclaration was reported: it is not also "unused" */
    if (c->env.fn && (check_is_blank(obj->name) || scope_lookup_local(c->env.scope, obj->name) == obj))
        vec_push(&c->env.fn->locals, obj);
}

/* gc's cycle report: "initialization loop for a" (or "invalid recursive
 * type T"), then each object of the cycle "refers to" the next. */
void check_report_cycle(const char *what, Object **cycle, int n)
{
    /* gc reports a type cycle from the object declared first in the
     * source, wherever the checker happened to enter it */
    if (strcmp(what, "invalid recursive type") == 0 && n > 1) {
        int first = 0;
        for (int i = 1; i < n; i++)
            if (pos_cmp(cycle[i]->pos, cycle[first]->pos) < 0)
                first = i;
        Object **rot = NEWARRAY(Object *, n);
        for (int i = 0; i < n; i++)
            rot[i] = cycle[(first + i) % n];
        cycle = rot;
    }
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

/* --- Constants and variables ------------------------------------------------- */

/* const obj [texpr] = init, with iota as given. */
static void const_decl_expr(Checker *c, Object *obj, Expr *texpr, Expr *init, int iota);

/* The constant obj = init, of type texpr if not NULL. inherited: init is
 * repeated from an earlier spec of the group; as gc, every error while
 * it is checked is then reported at obj's name. */
static void const_decl(Checker *c, Object *obj, Expr *texpr, Expr *init, int iota, bool inherited)
{
    Pos saved_pos = diag_override_pos(inherited ? obj->pos : (Pos){0});
    const_decl_expr(c, obj, texpr, init, iota);
    diag_override_pos(saved_pos);
}

static void const_decl_expr(Checker *c, Object *obj, Expr *texpr, Expr *init, int iota)
{
    Const *saved = c->env.iota;
    c->env.iota = const_int64(iota);
    obj->type = types_basic[TYPE_INVALID];
    obj->u.cnst.val = const_unknown();
    Type *t = NULL;
    if (texpr) {
        t = check_type(c, texpr);
        if (t->kind != TYPE_INVALID && !type_is_constant(t)) {
            error_at(texpr->pos, "invalid constant type %s", type_string(t));
            t = types_basic[TYPE_INVALID];
        }
    }
    if (!init) {
        c->env.iota = saved;
        return;
    }
    check_value(c, init);
    c->env.iota = saved;
    if (init->mode == MODE_INVALID || !init->type || init->type->kind == TYPE_INVALID)
        return;
    if (init->mode != MODE_CONST) {
        const char *s = check_operand_string(init);
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
        error_at(rhs0->pos, "assignment mismatch: %s but %s returns %s", vars, check_expr_text(u->u.call.fun), vals);
    else
        error_at(rhs0->pos, "assignment mismatch: %s but %s", vars, vals);
}

/* Gives the variables lhs[0..n) their types from an optional declared
 * type and the initialisers vals[0..nv) (nv == n, or one multi-valued
 * expression). The counts were checked where the specs were collected. */

static void var_decl_types(Checker *c, Object **lhs, int n, Expr *texpr, Expr **vals, int nv)
{
    Type *t = texpr ? check_type(c, texpr) : NULL;
    for (int i = 0; i < n; i++)
        lhs[i]->type = t ? t : types_basic[TYPE_INVALID];
    if (nv == 0)
        return;
    const char *ctx = "variable declaration";
    if (nv == n) { /* var x = f() with one variable too: gc's varDecl */
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
    Type *tup = check_tuple_of(v->type);
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
    if (!tup && check_is_commaok(v) && n == 2) {
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
        lhs[i]->type = t ? t : types_basic[TYPE_INVALID];
    }
}

/* var lhs[0..n) [texpr] = vals: var_decl_types, then the silencing of
 * follow-on errors. */
static void var_decl(Checker *c, Object **lhs, int n, Expr *texpr, Expr **vals, int nv)
{
    var_decl_types(c, lhs, n, texpr, vals, nv);
    /* as types2's varDecl: a variable whose type is in error counts as
     * used, so that its error is not followed by "declared but not used" */
    for (int i = 0; i < n; i++)
        if (!lhs[i]->type || lhs[i]->type->kind == TYPE_INVALID)
            lhs[i]->u.var.used = true;
}

/* The arity check of a const or var spec (types2's arity): reports and
 * returns false when names and values do not match up. */
bool check_spec_arity(ExprList *names, ExprList *values, bool is_const)
{
    int l = names->n, r = values->n;
    if (l < r) {
        error_at(values->v[l]->pos, "extra init expr %s", check_expr_text(values->v[l]));
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
Decl *check_const_source(Checker *c, Decl *d)
{
    if (d->u.value.values.n > 0 || d->u.value.type) {
        c->env.last_const = d;
        return d;
    }
    if (c->env.last_const && d->group_id != 0 && c->env.last_const->group_id == d->group_id)
        return c->env.last_const;
    return d;
}

/* --- Types ------------------------------------------------------------------- */

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
void check_type_cycle(Object *obj)
{
    Type *t = obj->type;
    if (!t || t->kind != TYPE_NAMED || (obj->info && obj->info->bad))
        return;
    ObjectList path = {0};
    vec_push(&path, obj);
    if (contains(t->u.named.underlying, obj, &path, 0)) {
        check_report_cycle("invalid recursive type", path.v, path.n);
        t->u.named.underlying = types_basic[TYPE_INVALID];
    }
}

/* type obj T: the TYPE_NAMED is created before T is checked, so that T
 * may refer to obj through pointers, slices, functions...; its
 * underlying type is set afterwards. An alias (type obj = T) simply
 * takes T's type. */
static void type_decl(Checker *c, Object *obj, Decl *d)
{
    if (d->u.type.tparams.n > 0) {
        error_at(d->pos, "not supported yet: %s", "generic types");
        obj->type = types_basic[TYPE_INVALID];
        return;
    }
    if (d->u.type.alias) {
        if (!check_allow_version(c, 1, 9))
            check_version_error(c, d->pos, "go1.9", "type aliases");
        /* While its right side is checked, a package-level alias is
         * invalid, and a reference back to it is a cycle found by
         * check_obj_decl; a local one has no type yet, which check_ident
         * reports as a cycle (type T = T). */
        obj->type = obj->info ? types_basic[TYPE_INVALID] : NULL;
        obj->type = check_type(c, d->u.type.type);
        return;
    }
    Type *named = type_new(TYPE_NAMED);
    named->u.named.obj = obj;
    obj->type = named;
    Type *rhs = check_type(c, d->u.type.type);
    Type *u = type_underlying(rhs);
    if (u && u->kind == TYPE_NAMED && u != named) {
        /* type T2 T1 inside T1's own declaration (type T1 struct{ n
         * *T2 }): T1's underlying type is not known yet. T2's is
         * whatever T1's will be, which type_underlying finds through
         * T1 once it is set (check_package flattens the chain after
         * the declarations). */
        named->u.named.underlying = u;
    } else if (!u || u->kind == TYPE_NAMED) {
        /* type T U; type U T: T's underlying type would be its own */
        if (!obj->info || !obj->info->bad) {
            Object *cyc[2] = {obj, rhs && rhs->kind == TYPE_NAMED ? rhs->u.named.obj : obj};
            check_report_cycle("invalid recursive type", cyc, cyc[1] == obj ? 1 : 2);
        }
        named->u.named.underlying = types_basic[TYPE_INVALID];
    } else {
        named->u.named.underlying = u;
    }
    u = named->u.named.underlying;
    for (int i = 0; i < c->pending_embeds.n; i++)
        if (c->pending_embeds.v[i].iface == u && !c->pending_embeds.v[i].owner)
            c->pending_embeds.v[i].owner = obj;
}

/* --- Lazy checking of package-level objects ---------------------------------- */

/* Enters the context a package-level declaration is checked in (its
 * file scope, no function, no iota), not that of the use that
 * triggered it; returns the environment to restore. */
static CheckEnv decl_env(Checker *c, Object *obj)
{
    CheckEnv saved = c->env;
    c->env.scope = obj->info->scope;
    c->env.file = obj->info->file;
    c->env.fn = NULL;
    c->env.in_lhs = false;
    c->env.iota = NULL;
    c->env.decl_obj = obj;
    return saved;
}

/* A reference to alias obj while its own declaration is being checked,
 * where decl_path[start..] is the cycle. As in types2's validCycle, a
 * cycle of types only that passes through a defined type is valid
 * (type P = *S; type S struct{ p P }): the defined type ends the
 * expansion. The alias's type is then worked out again from its right
 * side, which now meets the defined type under way and stops there; an
 * alias met again while that is being done is left invalid. Returns
 * false if the cycle is an error. */
static bool alias_cycle_ok(Checker *c, Object *obj, int start)
{
    int ndef = 0;
    for (int i = start; i < c->decl_path.n; i++) {
        Object *o = c->decl_path.v[i];
        if (o->kind == OBJ_CONST || o->kind == OBJ_VAR)
            return false;
        if (o->kind == OBJ_TYPENAME && !o->info->decl->u.type.alias)
            ndef++;
    }
    if (ndef == 0)
        return false;
    DeclInfo *info = obj->info;
    if (info->rechecking)
        return true;
    info->rechecking = true;
    CheckEnv saved = decl_env(c, obj);
    obj->type = check_type(c, info->decl->u.type.type);
    c->env = saved;
    info->rechecking = false;
    return true;
}

/* Checks the declaration of package-level object obj unless done (see
 * "Lazy checking" above); objects without a DeclInfo (universe, locals)
 * need none. */
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
        int start = c->decl_path.n - 1;
        while (start > 0 && c->decl_path.v[start] != obj)
            start--;
        if (obj->kind == OBJ_TYPENAME && alias_cycle_ok(c, obj, start))
            return;
        /* A cycle of constants and variables only is left to the
         * initialisation order (initorder.c), which reports it as gc
         * does; the object is invalid meanwhile. */
        bool values_only = true;
        for (int i = start; i < c->decl_path.n; i++)
            values_only &= c->decl_path.v[i]->kind == OBJ_CONST || c->decl_path.v[i]->kind == OBJ_VAR;
        if (!info->bad && !values_only)
            check_report_cycle(obj->kind == OBJ_TYPENAME ? "invalid recursive type" : "initialization loop for",
                               c->decl_path.v + start, c->decl_path.n - start);
        if (!obj->type)
            obj->type = types_basic[TYPE_INVALID];
        return;
    }
    info->color = 1;
    vec_push(&c->decl_path, obj);
    /* The declaration is checked in its own context, not in that of the
     * use that triggered it; the package-wide state carries on. */
    CheckEnv saved = decl_env(c, obj);
    Decl *d = info->decl;
    switch (obj->kind) {
    case OBJ_CONST:
        const_decl(c, obj, info->type, info->init, info->iota, info->decl->u.value.implicit);
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
            obj->type = types_basic[TYPE_INVALID];
            break;
        }
        Scope *s = scope_new(info->scope, d->pos);
        s->is_func = true;
        d->u.func.scope = s;
        /* While its own signature is checked, the function is a value
         * of type func() (as in types2), so that `func f(x f)` reads
         * "f (value of type func()) is not a type". */
        obj->type = type_new(TYPE_FUNC);
        obj->type = check_signature(c, d->u.func.recv, d->u.func.type, s);
        break;
    }
    default:
        break;
    }
    c->env = saved;
    c->decl_path.n--;
    info->color = 2;
    /* Once no type declaration is under way, every named type met so far
     * has its underlying type: interfaces that embed ones from a cycle
     * of declarations can be completed, before any use needs their
     * method sets. */
    if (obj->kind == OBJ_TYPENAME) {
        bool in_type = false;
        for (int i = 0; i < c->decl_path.n; i++)
            in_type |= c->decl_path.v[i]->kind == OBJ_TYPENAME;
        if (!in_type)
            check_complete_interfaces(c);
    }
}

/* --- Local declarations ------------------------------------------------------ */

/* A const, var or type declaration inside a function body: checked at
 * once, in order; the names are declared in the current scope after
 * their values (const, var) or before their type (type, so that it may
 * refer to itself). */
void check_local_decl(Checker *c, Decl *d)
{
    switch (d->kind) {
    case DECL_CONST: {
        Decl *src = check_const_source(c, d);
        ExprList *names = &d->u.value.names, *values = &src->u.value.values;
        bool ok = check_spec_arity(names, values, true);
        ObjectList objs = {0};
        for (int i = 0; i < names->n; i++) {
            Expr *n = names->v[i];
            Object *o = object_new(OBJ_CONST, n->u.ident.name, n->pos, NULL);
            o->pkg = c->pkg->path;
            n->u.ident.obj = o;
            const_decl(c, o, src->u.value.type, ok && i < values->n ? values->v[i] : NULL, d->u.value.iota,
                       d->u.value.implicit);
            n->mode = MODE_CONST;
            n->type = o->type;
            n->val = o->u.cnst.val;
            vec_push(&objs, o);
        }
        /* the scope of a constant begins after its spec */
        for (int i = 0; i < objs.n; i++)
            check_declare_obj(c, c->env.scope, objs.v[i]);
        return;
    }
    case DECL_VAR: {
        ExprList *names = &d->u.value.names, *values = &d->u.value.values;
        ObjectList objs = {0};
        if (d->embed.line != 0 && c->env.file)
            check_embed(c, c->env.file, d, true);
        for (int i = 0; i < names->n; i++) {
            Expr *n = names->v[i];
            Object *o = object_new(OBJ_VAR, n->u.ident.name, n->pos, NULL);
            o->pkg = c->pkg->path;
            n->u.ident.obj = o;
            vec_push(&objs, o);
        }
        if (check_spec_arity(names, values, false)) {
            var_decl(c, objs.v, objs.n, d->u.value.type, values->v, values->n);
        } else {
            for (int i = 0; i < values->n; i++)
                check_expr(c, values->v[i]);
            for (int i = 0; i < objs.n; i++) {
                objs.v[i]->type = d->u.value.type ? check_type(c, d->u.value.type) : types_basic[TYPE_INVALID];
                objs.v[i]->u.var.used = true;
            }
        }
        for (int i = 0; i < objs.n; i++) {
            names->v[i]->mode = MODE_VAR;
            names->v[i]->type = objs.v[i]->type;
            check_declare_local_var(c, objs.v[i]);
        }
        return;
    }
    case DECL_TYPE: {
        Expr *n = d->u.type.name;
        Object *o = object_new(OBJ_TYPENAME, n->u.ident.name, n->pos, NULL);
        o->pkg = c->pkg->path;
        o->u.typename_.local = ++c->pkg->nlocal_types;
        n->u.ident.obj = o;
        /* the scope of a type begins at its name: it may refer to itself */
        check_declare_obj(c, c->env.scope, o);
        type_decl(c, o, d);
        check_complete_interfaces(c);
        check_type_cycle(o);
        check_delayed(c);
        n->mode = MODE_TYPE;
        n->type = o->type;
        return;
    }
    default:
        error_at(d->pos, "not supported yet: %s", "this declaration");
        return;
    }
}

/* --- Function bodies --------------------------------------------------------- */

/* How each variable the literals of a function capture is captured, as
 * gc decides it: by value (the closure holds a copy) when it is never
 * assigned after its declaration, its address is never taken, it is not
 * a result (which a deferred literal may set) and it is at most 128
 * bytes; else by reference, the variable then living in memory. */
static void decide_captures(ObjectList *vars)
{
    for (int i = 0; i < vars->n; i++) {
        Object *v = vars->v[i];
        v->u.var.byval = !v->u.var.addr_taken && !v->u.var.reassigned && !v->u.var.is_result && v->type &&
                         v->type->kind != TYPE_INVALID && type_size(v->type) <= 128;
        if (!v->u.var.byval)
            v->u.var.addr_taken = true;
    }
}

/* Checks the body of a function or function literal of signature sig
 * in scope (which holds its parameters), then reports its unused
 * variables. A literal's FuncCtx is chained to the enclosing one
 * (outer), and a body skipped in part silences the outer one too. */
void check_func_body(Checker *c, Type *sig, Stmt *body, Scope *scope, Pos pos)
{
    (void)pos;
    FuncCtx fn = {.sig = sig, .outer = c->env.fn};
    FuncCtx *saved_fn = c->env.fn;
    Scope *saved_scope = c->env.scope;
    bool saved_lhs = c->env.in_lhs;
    /* c->env.iota stays: a function literal inside a constant
     * declaration may use iota (Go 1.10; gc issue 22344) */
    c->env.fn = &fn;
    c->env.scope = scope;
    c->env.in_lhs = false;
    check_body(c, body);
    if (!fn.skipped)
        for (int i = 0; i < fn.locals.n; i++) {
            Object *v = fn.locals.v[i];
            if (!v->u.var.used && !check_is_blank(v->name))
                error_at(v->pos, "%s declared but not used", v->name);
        }
    if (fn.skipped && fn.outer)
        fn.outer->skipped = true; /* the literal may have used outer variables */
    check_delayed(c);
    if (!fn.outer)
        decide_captures(&fn.captured);
    c->env.fn = saved_fn;
    c->env.scope = saved_scope;
    c->env.in_lhs = saved_lhs;
}
