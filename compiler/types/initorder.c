/*
 * initorder.c — package initialisation order (spec "Package
 * initialization") and gc's "initialization loop" errors.
 *
 * Requires: every package-level declaration and function body checked,
 * so that DeclInfo.deps lists, for each package-level variable and
 * function, the package-level variables and functions of this package
 * its declaration or body refers to. Leaves behind pkg->inits: one
 * Initializer per variable initialisation, in the order PATH.init runs
 * them.
 *
 * The spec's rule: repeatedly, the earliest variable in declaration
 * order that is "ready" — it has no initialiser, or every variable it
 * depends on is initialised — is initialised next. A variable depends
 * on the variables its initialiser mentions, directly or through the
 * functions it mentions (transitively); dependencies on other
 * variables' own dependencies need not be followed, because those
 * variables become ready only after them. Each variable counts the
 * dependencies not initialised yet, and a heap keyed by declaration
 * index holds the ready ones, so the order costs O((V + E) log V)
 * (a chain of 100,000 variables takes well under a second).
 *
 * Cycles are found first, by Tarjan's strongly connected components
 * over variables and functions (linear); only a variable in a
 * component with a cycle gets the depth-first search that finds the
 * path gc prints.
 */
#include "check.h"
#include "hashindex.h"

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

/* Tarjan's strongly connected components over the dependency graph:
 * the state of one walk. */
typedef struct Scc {
    Checker *c;
    ObjectList stack;
    int next;      /* the next DFS number */
    int *index;    /* by DeclInfo.mark - base: DFS number, 0 unvisited */
    int *low;
    bool *on_stack;
    bool *cyclic;  /* in a component with a cycle */
    int base;
} Scc;

/* Nodes are the objects with a DeclInfo; mark holds base + a node number
 * (assigned by number_nodes) for the duration of the walk. */
static int node(Scc *w, Object *o)
{
    return o->info->mark - w->base;
}

static void strongconnect(Scc *w, Object *v)
{
    int n = node(w, v);
    w->index[n] = w->low[n] = ++w->next;
    vec_push(&w->stack, v);
    w->on_stack[n] = true;
    bool self_loop = false;
    for (int i = 0; i < v->info->deps.n; i++) {
        Object *d = v->info->deps.v[i];
        if (!d->info)
            continue;
        int m = node(w, d);
        self_loop |= d == v;
        if (w->index[m] == 0) {
            strongconnect(w, d);
            if (w->low[m] < w->low[n])
                w->low[n] = w->low[m];
        } else if (w->on_stack[m] && w->index[m] < w->low[n]) {
            w->low[n] = w->index[m];
        }
    }
    if (w->low[n] != w->index[n])
        return;
    /* v is the root of a component: pop it */
    int first = w->stack.n - 1;
    while (w->stack.v[first] != v)
        first--;
    bool cyclic = self_loop || first < w->stack.n - 1;
    for (int i = first; i < w->stack.n; i++) {
        int m = node(w, w->stack.v[i]);
        w->on_stack[m] = false;
        w->cyclic[m] = cyclic;
    }
    w->stack.n = first;
}

/* Reports each initialisation cycle through a variable once: for the
 * variables on a cycle, in declaration order, the path back to itself,
 * unless it passes through a variable reported already. */
static void report_cycles(Checker *c, ObjectList *objs, ObjectList *vars)
{
    Scc w = {.c = c};
    c->generation += objs->n + 1;
    w.base = c->generation - objs->n;
    for (int i = 0; i < objs->n; i++)
        objs->v[i]->info->mark = w.base + i;
    w.index = NEWARRAY(int, objs->n + 1);
    w.low = NEWARRAY(int, objs->n + 1);
    w.on_stack = NEWARRAY(bool, objs->n + 1);
    w.cyclic = NEWARRAY(bool, objs->n + 1);
    for (int i = 0; i < objs->n; i++)
        if (w.index[i] == 0)
            strongconnect(&w, objs->v[i]);
    bool *cyclic = NEWARRAY(bool, vars->n + 1);
    for (int i = 0; i < vars->n; i++)
        cyclic[i] = w.cyclic[node(&w, vars->v[i])];
    for (int i = 0; i < vars->n; i++) {
        Object *v = vars->v[i];
        if (!cyclic[i] || v->info->bad)
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

typedef VEC(int) IntList;

/* The number of variable o in vars (where: the numbers by address), or
 * -1 (a blank variable of an initialiser's list is not among them). */
static int var_number(HashIndex *where, ObjectList *vars, Object *o)
{
    int cursor = 0;
    for (int x; (x = hashindex_next(where, hash_u64((uintptr_t)o), &cursor)) >= 0;)
        if (vars->v[x] == o)
            return x;
    return -1;
}

/* A binary min-heap of variable indices (declaration order). */
typedef struct Heap {
    int *v;
    int n;
} Heap;

static void heap_push(Heap *h, int x)
{
    int i = h->n++;
    while (i > 0 && h->v[(i - 1) / 2] > x) {
        h->v[i] = h->v[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->v[i] = x;
}

static int heap_pop(Heap *h)
{
    int top = h->v[0], last = h->v[--h->n], i = 0;
    for (;;) {
        int k = 2 * i + 1;
        if (k >= h->n)
            break;
        if (k + 1 < h->n && h->v[k + 1] < h->v[k])
            k++;
        if (h->v[k] >= last)
            break;
        h->v[i] = h->v[k];
        i = k;
    }
    if (h->n > 0)
        h->v[i] = last;
    return top;
}

void check_init_order(Checker *c)
{
    Package *pkg = c->pkg;
    ObjectList vars = {0}, objs = {0};
    for (int i = 0; i < c->pkg_objs.n; i++) {
        Object *o = c->pkg_objs.v[i];
        if (o->kind == OBJ_VAR)
            vec_push(&vars, o);
        if ((o->kind == OBJ_VAR || o->kind == OBJ_FUNC) && o->info)
            vec_push(&objs, o);
    }
    report_cycles(c, &objs, &vars);

    /* deps[i]: the variables that variable i must wait for; users[k]:
     * the variables that wait for variable k; waiting[i]: how many of
     * deps[i] are not initialised yet (one initialiser's own variables
     * excepted: they are initialised together). */
    ObjectList *deps = NEWARRAY(ObjectList, vars.n + 1);
    for (int i = 0; i < vars.n; i++) {
        c->generation++;
        var_deps(c, vars.v[i], &deps[i]);
    }
    HashIndex where = {0}; /* variable numbers by Object address */
    for (int i = 0; i < vars.n; i++)
        hashindex_add(&where, hash_u64((uintptr_t)vars.v[i]), i);
    IntList *users = NEWARRAY(IntList, vars.n + 1);
    int *waiting = NEWARRAY(int, vars.n + 1);
    for (int i = 0; i < vars.n; i++)
        for (int j = 0; j < deps[i].n; j++) {
            Object *d = deps[i].v[j];
            int k = d->info == vars.v[i]->info ? -1 : var_number(&where, &vars, d);
            if (k < 0)
                continue;
            waiting[i]++;
            vec_push(&users[k], i);
        }
    Heap ready = {NEWARRAY(int, vars.n + 1), 0};
    for (int i = 0; i < vars.n; i++)
        if (waiting[i] == 0)
            heap_push(&ready, i);
    bool *done = NEWARRAY(bool, vars.n + 1);
    int first_left = 0;
    for (int left = vars.n; left > 0;) {
        int pick = -1;
        while (ready.n > 0 && pick < 0) {
            int i = heap_pop(&ready);
            if (!done[i])
                pick = i;
        }
        if (pick < 0) { /* only cycles are left: they were reported */
            while (done[first_left])
                first_left++;
            pick = first_left;
        }
        DeclInfo *info = vars.v[pick]->info;
        /* every variable of the initialiser is initialised at once */
        ObjectList *set = info->lhs.n > 0 ? &info->lhs : NULL;
        int nset = set ? set->n : 1;
        for (int s = 0; s < nset; s++) {
            int k = var_number(&where, &vars, set ? set->v[s] : vars.v[pick]);
            if (k < 0 || done[k])
                continue;
            done[k] = true;
            left--;
            for (int u = 0; u < users[k].n; u++)
                if (--waiting[users[k].v[u]] == 0)
                    heap_push(&ready, users[k].v[u]);
        }
        if (info->init) {
            Initializer in = {.lhs = info->lhs, .rhs = info->init};
            vec_push(&pkg->inits, in);
        }
    }
    hashindex_free(&where);
}
