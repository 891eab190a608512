/*
 * initorder.c — package initialisation order (spec "Package
 * initialization") and gc's "initialization loop" errors.
 *
 * Requires: every package-level declaration and function body checked,
 * so that DeclInfo.deps lists, for each package-level constant, variable
 * and function, the package-level constants, variables and functions of
 * this package its declaration or body refers to. Cycles of constants
 * and variables only were left to this file (decl.c). Leaves behind
 * pkg->inits: one
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
 * over constants, variables and functions (linear); only if a constant
 * or variable is on one are the cycles worked out, as gc chooses them
 * (gc_cycles), and reported.
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
        else if (d->kind == OBJ_FUNC)
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

typedef VEC(int) IntList;

/* A binary min-heap of node numbers, ordered by less(); pos[x] is x's
 * place in it (-1: not in it), so that a key can change (heap_fix).
 * Used by gc_cycles and, with equal ndeps, for the initialisation order. */
typedef struct NodeHeap {
    int *v, *pos, n;
    const int *ndeps, *order; /* the keys: fewest dependencies, then source order */
} NodeHeap;

static bool less(const NodeHeap *h, int a, int b)
{
    return h->ndeps[a] < h->ndeps[b] || (h->ndeps[a] == h->ndeps[b] && h->order[a] < h->order[b]);
}

static void heap_place(NodeHeap *h, int i, int x)
{
    h->v[i] = x;
    h->pos[x] = i;
}

/* Moves the node at place i up or down to where its key belongs. */
static void heap_fix(NodeHeap *h, int i)
{
    int x = h->v[i];
    while (i > 0 && less(h, x, h->v[(i - 1) / 2])) {
        heap_place(h, i, h->v[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
    for (;;) {
        int k = 2 * i + 1;
        if (k >= h->n)
            break;
        if (k + 1 < h->n && less(h, h->v[k + 1], h->v[k]))
            k++;
        if (!less(h, h->v[k], x))
            break;
        heap_place(h, i, h->v[k]);
        i = k;
    }
    heap_place(h, i, x);
}

/* A heap for nodes 0..n-1, none in it yet. */
static NodeHeap heap_new(int n, const int *ndeps, const int *order)
{
    NodeHeap h = {NEWARRAY(int, n + 1), NEWARRAY(int, n + 1), 0, ndeps, order};
    for (int x = 0; x < n; x++)
        h.pos[x] = -1;
    return h;
}

/* Adds x unless it is in the heap. */
static void heap_push(NodeHeap *h, int x)
{
    if (h->pos[x] >= 0)
        return;
    heap_place(h, h->n++, x);
    heap_fix(h, h->n - 1);
}

static int heap_pop_min(NodeHeap *h)
{
    int top = h->v[0];
    h->pos[top] = -1;
    if (--h->n > 0) {
        heap_place(h, 0, h->v[h->n]);
        heap_fix(h, 0);
    }
    return top;
}

/*
 * Reports the initialisation cycles among constants and variables as gc
 * does, whose choice of cycles this follows exactly. Its graph has the
 * constants and variables as nodes and an edge a -> b where a refers to
 * b directly or through functions only. Repeatedly the node with the
 * fewest dependencies not yet taken (then the first in source order) is
 * taken; if it still has some, it is on a cycle (or waits for one), and
 * the cycle through it, if there is one, is reported, found along the
 * references as written. Taking a node reduces the count of every node
 * that depends on it. So a group of cycles gets one report per node
 * that is taken while blocked: const A = B; const B = C; const C = A + B
 * reports A's cycle, then B's.
 *
 * Run only when some constant or variable is on a cycle, as the graph
 * can take time and memory that grow with the square of the functions.
 * objs: every constant, variable and function with a DeclInfo, in
 * source order; node(o) = o's index there (DeclInfo.mark - base).
 */
static void gc_cycles(Checker *c, ObjectList *objs, int base, const bool *was_bad)
{
    int n = objs->n;
    IntList *succ = NEWARRAY(IntList, n + 1), *pred = NEWARRAY(IntList, n + 1);
    int *ndeps = NEWARRAY(int, n + 1), *order = NEWARRAY(int, n + 1);
    int *seen = NEWARRAY(int, n + 1); /* the walk that last reached a node, + 1 */
    IntList stack = {0};
    for (int a = 0; a < n; a++) {
        order[a] = a;
        if (objs->v[a]->kind == OBJ_FUNC)
            continue;
        /* the constants and variables a reaches through functions only */
        vec_push(&stack, a);
        seen[a] = a + 1;
        while (stack.n > 0) {
            Object *o = objs->v[stack.v[--stack.n]];
            for (int i = 0; i < o->info->deps.n; i++) {
                Object *d = o->info->deps.v[i];
                if (!d->info)
                    continue;
                int b = d->info->mark - base;
                if (b < 0 || b >= n)
                    continue;
                if (d->kind != OBJ_FUNC) {
                    bool dup = false; /* a's edges are few: a search will do */
                    for (int k = 0; k < succ[a].n && !dup; k++)
                        dup = succ[a].v[k] == b;
                    if (!dup) {
                        vec_push(&succ[a], b);
                        vec_push(&pred[b], a);
                    }
                } else if (seen[b] != a + 1) {
                    seen[b] = a + 1;
                    vec_push(&stack, b);
                }
            }
        }
        ndeps[a] = succ[a].n;
    }
    NodeHeap h = heap_new(n, ndeps, order);
    for (int a = 0; a < n; a++)
        if (objs->v[a]->kind != OBJ_FUNC)
            heap_push(&h, a);
    while (h.n > 0) {
        int a = heap_pop_min(&h);
        Object *o = objs->v[a];
        if (ndeps[a] > 0 && !was_bad[a]) {
            c->generation++;
            ObjectList path = {0};
            if (find_path(c, o, o, &path))
                check_report_cycle("initialization loop for", path.v, path.n);
        }
        for (int i = 0; i < pred[a].n; i++) {
            int p = pred[a].v[i];
            ndeps[p]--;
            if (h.pos[p] >= 0)
                heap_fix(&h, h.pos[p]);
        }
    }
}

/* Reports the initialisation cycles (gc_cycles) if a constant or a
 * variable is on one: Tarjan's algorithm finds out in linear time. */
static void report_cycles(Checker *c, ObjectList *objs)
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
    bool any = false;
    bool *was_bad = NEWARRAY(bool, objs->n + 1); /* reported as another cycle already */
    for (int i = 0; i < objs->n; i++) {
        any |= w.cyclic[i] && objs->v[i]->kind != OBJ_FUNC;
        was_bad[i] = objs->v[i]->info->bad;
    }
    if (any)
        gc_cycles(c, objs, w.base, was_bad);
}

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

void check_init_order(Checker *c)
{
    Package *pkg = c->pkg;
    ObjectList vars = {0}, objs = {0};
    for (int i = 0; i < c->pkg_objs.n; i++) {
        Object *o = c->pkg_objs.v[i];
        if (o->kind == OBJ_VAR)
            vec_push(&vars, o);
        if ((o->kind == OBJ_VAR || o->kind == OBJ_FUNC || o->kind == OBJ_CONST) && o->info)
            vec_push(&objs, o);
    }
    report_cycles(c, &objs);

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
    /* the ready variables, first in declaration order first */
    int *zero = NEWARRAY(int, vars.n + 1), *order = NEWARRAY(int, vars.n + 1);
    for (int i = 0; i < vars.n; i++)
        order[i] = i;
    NodeHeap ready = heap_new(vars.n, zero, order);
    for (int i = 0; i < vars.n; i++)
        if (waiting[i] == 0)
            heap_push(&ready, i);
    bool *done = NEWARRAY(bool, vars.n + 1);
    int first_left = 0;
    for (int left = vars.n; left > 0;) {
        int pick = -1;
        while (ready.n > 0 && pick < 0) {
            int i = heap_pop_min(&ready);
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
