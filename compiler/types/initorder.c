/*
 * initorder.c — package initialisation order (spec "Package
 * initialization") and gc's "initialization loop" errors.
 *
 * Requires: every package-level declaration and function body checked,
 * so that DeclInfo.deps lists, for each package-level variable and
 * function, the package-level variables and functions its declaration
 * or body refers to. Leaves behind pkg->inits: one Initializer per
 * variable initialisation, in the order main.init runs them.
 *
 * The spec's rule is applied literally: repeatedly, the earliest
 * variable in declaration order that is "ready" — it has no
 * initialiser, or every variable it depends on is initialised — is
 * initialised next. A variable depends on the variables its initialiser
 * mentions, directly or through the functions it mentions (transitively);
 * dependencies on other variables' own dependencies need not be
 * followed, because those variables become ready only after them.
 * Rejected: go/types' priority queue over a graph with the function
 * nodes removed — it computes the same order, with more machinery than
 * programs of this size need (this is quadratic in the number of
 * package variables).
 */
#include "check.h"

/* Adds to out the variables that obj's dependencies reach, following
 * functions but stopping at variables. */
static void var_deps(Checker *c, Object *obj, ObjectList *out)
{
    DeclInfo *info = obj->info;
    for (int i = 0; i < info->deps.n; i++) {
        Object *d = info->deps.v[i];
        if (!d->info || d->info->mark == c->generation)
            continue;
        d->info->mark = c->generation;
        if (d->kind == OBJ_VAR)
            vec_push(out, d);
        else
            var_deps(c, d, out);
    }
}

/* Depth-first search from obj for target along dependencies; on success
 * path holds the objects from obj up to (not including) the edge back
 * to target. */
static bool find_path(Checker *c, Object *obj, Object *target, ObjectList *path)
{
    vec_push(path, obj);
    DeclInfo *info = obj->info;
    for (int i = 0; i < info->deps.n; i++) {
        Object *d = info->deps.v[i];
        if (d == target)
            return true;
        if (!d->info || d->info->mark == c->generation)
            continue;
        d->info->mark = c->generation;
        if (find_path(c, d, target, path))
            return true;
    }
    path->n--;
    return false;
}

/* Reports each initialisation cycle through a variable once. */
static void report_cycles(Checker *c, ObjectList *vars)
{
    for (int i = 0; i < vars->n; i++) {
        Object *v = vars->v[i];
        if (v->info->bad)
            continue;
        c->generation++;
        ObjectList path = {0};
        if (!find_path(c, v, v, &path))
            continue;
        bool known = false;
        for (int j = 0; j < path.n; j++)
            known |= path.v[j]->info->bad;
        if (!known)
            check_report_cycle("initialization loop for", path.v, path.n);
        v->info->bad = true;
    }
}

void check_init_order(Checker *c)
{
    Package *pkg = c->pkg;
    ObjectList vars = {0};
    for (int i = 0; i < c->pkg_objs.n; i++)
        if (c->pkg_objs.v[i]->kind == OBJ_VAR)
            vec_push(&vars, c->pkg_objs.v[i]);
    report_cycles(c, &vars);

    /* deps[i]: the variables that variable i must wait for */
    ObjectList *deps = NEWARRAY(ObjectList, vars.n);
    for (int i = 0; i < vars.n; i++) {
        c->generation++;
        var_deps(c, vars.v[i], &deps[i]);
    }
    /* Initialised variables are marked with this generation. */
    c->generation++;
    int done_gen = c->generation;
    bool *done = NEWARRAY(bool, vars.n);
    for (int left = vars.n; left > 0;) {
        int pick = -1;
        for (int i = 0; i < vars.n && pick < 0; i++) {
            if (done[i])
                continue;
            DeclInfo *info = vars.v[i]->info;
            bool ready = true;
            for (int j = 0; j < deps[i].n && ready; j++) {
                Object *d = deps[i].v[j];
                /* a variable set by the same initialiser is no obstacle */
                bool same = d->info == info;
                ready = same || d->info->mark == done_gen;
            }
            if (ready)
                pick = i;
        }
        if (pick < 0) /* only cycles are left: they were reported */
            for (int i = 0; i < vars.n && pick < 0; i++)
                if (!done[i])
                    pick = i;
        DeclInfo *info = vars.v[pick]->info;
        /* every variable of the initialiser is initialised at once */
        for (int i = 0; i < vars.n; i++)
            if (!done[i] && vars.v[i]->info == info) {
                done[i] = true;
                left--;
            }
        info->mark = done_gen;
        if (info->init) {
            Initializer in = {.lhs = info->lhs, .rhs = info->init};
            vec_push(&pkg->inits, in);
        }
    }
}
