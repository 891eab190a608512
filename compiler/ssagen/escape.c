/*
 * escape.c — escape analysis: which address-taken variables, new(T),
 * &T{...}, slice literals, constant-size makes and closures may live in
 * their function's frame instead of on the heap. docs/design.md,
 * "Escape analysis", has the design; in short, as gc's:
 *
 * Each function's body (with the literals inside it) becomes a graph of
 * locations — variables, allocation sites, temporaries, the results,
 * and one "heap" location that stands for every global, heap object and
 * unknown callee — with an edge for each assignment, carrying how many
 * times the value is dereferenced on the way (derefs: -1 for &x, 0 for a
 * copy, 1 for *p). A location escapes when its address (a path of
 * derefs < 0) reaches a location that outlives it: the heap or an
 * escaping location, a result, a location of another function (a
 * closure's variable), or one declared at a smaller loop depth (each
 * iteration would need its own copy). Walking backwards from every
 * location finds the shortest derefs (Bellman-Ford, derefs >= -1); a
 * location that escapes is walked again as a root.
 *
 * Functions of the package are analysed bottom-up over the call graph,
 * each strongly connected component as one graph; each then gets tags:
 * for every parameter, the fewest derefs with which it reaches the heap
 * and each result. A later call site uses the tags instead of assuming
 * the worst, in this package or in one that imports it (packages are
 * analysed dependencies first, as gc reads tags from export data).
 * Calls to bodyless functions (unless //go:noescape), func values and
 * interface methods are unknown: their arguments flow to the heap.
 *
 * Invariant for the runtime (no heap object may point into a stack,
 * which the future stack copier needs): whatever flows into a heap
 * object — an interface box, a map, a channel, a defer or go record,
 * an appended element — flows to the heap location here. When unsure,
 * escape: a variable whose address the checker saw taken but this
 * walk did not (addr_seen) stays on the heap.
 *
 * ssagen asks escape_var_on_stack and escape_alloc_on_stack; both are
 * false for anything not analysed. hood build -m prints the decisions
 * in gc's words.
 */
#include "builder.h"
#include "hashindex.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

/* gc's limit for an implicit allocation (new, &T{}, make, literals) on
 * the stack, MaxImplicitStackVarSize (a declared variable's is
 * MAX_STACK_VAR_SIZE, builder.h). */
#define MAX_IMPLICIT_SIZE (64 << 10)
/* A graph this big is walked in quadratic time: give up (everything
 * escapes) rather than stall on generated code. */
#define MAX_LOCS 20000
#define NONE ESC_NONE
#define HEAP 0

/* --- Pointer sets and maps (open addressing, arena_package) ---------- */

typedef struct PtrMap {
    const void **keys;
    void **vals;
    int n, cap;
} PtrMap;

static size_t ptr_hash(const void *p, int cap) { return (size_t)(hash_u64((uint64_t)(uintptr_t)p) & (uint64_t)(cap - 1)); }

static void **map_slot(PtrMap *m, const void *k, bool insert)
{
    if (insert && 2 * (m->n + 1) > m->cap) {
        PtrMap old = *m;
        m->cap = old.cap ? 2 * old.cap : 64;
        m->keys = NEWARRAY(const void *, m->cap);
        m->vals = NEWARRAY(void *, m->cap);
        m->n = 0;
        for (int i = 0; i < old.cap; i++)
            if (old.keys[i])
                *map_slot(m, old.keys[i], true) = old.vals[i];
    }
    if (!m->cap)
        return NULL;
    for (size_t i = ptr_hash(k, m->cap);; i = (i + 1) & (size_t)(m->cap - 1)) {
        if (m->keys[i] == k)
            return &m->vals[i];
        if (!m->keys[i]) {
            if (!insert)
                return NULL;
            m->keys[i] = k;
            m->n++;
            return &m->vals[i];
        }
    }
}

static void *map_get(PtrMap *m, const void *k)
{
    void **v = map_slot(m, k, false);
    return v ? *v : NULL;
}

/* The answers, for the life of the program being compiled. */
static PtrMap stack_ok; /* Object or Expr -> (void *)1 */
/* Labeled statements that a goto after them jumps back to (gc's looping
 * labels), found with the call graph (calls_in_stmt). */
static PtrMap looping;
static bool report_wanted; /* hood build -m */
static bool disabled;      /* hood build -d noescape */
static bool reporting;    /* for the package being analysed */

/* Forgets the answers (their keys and arrays are in arena_package), for
 * ssagen_reset. */
void escape_reset(void)
{
    memset(&stack_ok, 0, sizeof stack_ok);
    memset(&looping, 0, sizeof looping);
}

bool escape_var_on_stack(Object *obj) { return map_get(&stack_ok, obj) != NULL; }
bool escape_alloc_on_stack(Expr *e) { return map_get(&stack_ok, e) != NULL; }
void ssagen_escape_options(bool report, bool off)
{
    report_wanted = report;
    disabled = off;
}

/* --- The graph -------------------------------------------------------- */

typedef struct EscEdge {
    int src, derefs;
} EscEdge;

typedef enum LocKind { LOC_HEAP, LOC_VAR, LOC_ALLOC, LOC_TEMP, LOC_RESULT } LocKind;

typedef struct Loc {
    LocKind kind;
    Object *obj;   /* LOC_VAR */
    Expr *site;    /* LOC_ALLOC */
    int64_t size;  /* LOC_ALLOC, LOC_VAR: bytes */
    int fn;        /* index in Esc.fns */
    int depth;     /* loop depth */
    int param;     /* full-signature parameter index, or -1 */
    int result;    /* result index (LOC_RESULT or a named result), or -1 */
    bool escapes, addr_seen, queued;
    bool amp;      /* LOC_ALLOC of &T{...} (for -m) */
    bool noptr;    /* a variable or result that cannot hold an address */
    Pos pos;       /* LOC_ALLOC: where gc reports it */
    int derefs, walkgen;
    int leak_heap;   /* params: fewest derefs to the heap */
    int *leak_result; /* params: [result] */
    VEC(EscEdge) in;
} Loc;

typedef struct FnInfo {
    Object *obj;    /* NULL for a literal */
    Expr *lit;
    int parent;     /* a literal's enclosing function, else -1 */
    bool direct;    /* a literal called where it is written: its results are known */
    Decl *decl;
    int nparams, nresults;
    int *params;    /* locations, -1 for an unnamed one */
    int *results;
} FnInfo;

typedef VEC(int) IntList;

typedef struct Esc {
    Package *pkg;
    VEC(Loc) locs;
    PtrMap objloc;  /* Object -> loc + 1 */
    VEC(FnInfo) fns;
    PtrMap batch;   /* function Object -> fn index + 1, this batch's */
    int fn;         /* the function being walked */
    int depth;
    VEC(Expr *) iface_sites; /* conversions to an interface (for -m) */
    PtrMap clause_of;        /* a type switch clause's variable -> the clause (for -m) */
    PtrMap uintptr_escapes;  /* uintptr(unsafe.Pointer(p)) arguments of //go:uintptrescapes calls */
} Esc;

typedef struct Hole {
    int loc; /* -1: discarded */
    int derefs;
} Hole;

static Hole hole(int loc) { return (Hole){loc, 0}; }
static const Hole discard = {-1, 0};
static Hole deref(Hole k) { k.derefs++; return k; }
static Hole addr(Hole k) { k.derefs--; return k; }

static int new_loc(Esc *E, LocKind kind)
{
    Loc l = {.kind = kind, .fn = E->fn, .depth = E->depth, .param = -1, .result = -1,
             .leak_heap = NONE};
    vec_push(&E->locs, l);
    return E->locs.n - 1;
}

static int var_loc(Esc *E, Object *obj)
{
    if (obj->u.var.is_global)
        return HEAP;
    void **v = map_slot(&E->objloc, obj, true);
    if (!*v) {
        int l = new_loc(E, LOC_VAR);
        E->locs.v[l].obj = obj;
        E->locs.v[l].size = type_size(obj->type);
        E->locs.v[l].noptr = type_ptrdata(obj->type) == 0;
        *v = (void *)(intptr_t)(l + 1);
    }
    return (int)(intptr_t)*v - 1;
}

static void add_edge(Esc *E, int dst, int src, int derefs)
{
    if (dst < 0 || (dst == src && derefs >= 0) || E->locs.v[dst].noptr)
        return;
    if (derefs < -1)
        derefs = -1;
    EscEdge e = {src, derefs};
    vec_push(&E->locs.v[dst].in, e);
}

/* The value of location src flows into k. */
static void flow(Esc *E, Hole k, int src)
{
    if (k.derefs < 0 && src != HEAP)
        E->locs.v[src].addr_seen = true;
    add_edge(E, k.loc, src, k.derefs);
}

static int alloc_site(Esc *E, Expr *site, int64_t size, Pos pos)
{
    int l = new_loc(E, LOC_ALLOC);
    E->locs.v[l].site = site;
    E->locs.v[l].pos = pos;
    E->locs.v[l].size = size;
    return l;
}

/* --- Walking the body ------------------------------------------------- */

static void esc_expr(Esc *E, Hole k, Expr *e);
static void esc_stmt(Esc *E, Stmt *st);
static void esc_call(Esc *E, Hole *ks, int nk, Expr *e);
static void note(Pos pos, const char *text);
static void assign_multi(Esc *E, Hole *ks, int n, Expr *r);

static Expr *unparen(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e;
}

static bool is_pointer(Type *t) { return t && type_underlying(t)->kind == TYPE_POINTER; }

static bool is_pkg_qualified(Expr *e)
{
    Expr *x = unparen(e->u.selector.x);
    return x->kind == EXPR_IDENT && x->u.ident.obj && x->u.ident.obj->kind == OBJ_PKGNAME;
}

/* A temporary holding the value of e, for a value that goes to several
 * places (e is walked once). */
static int temp_of(Esc *E, Expr *e)
{
    int t = new_loc(E, LOC_TEMP);
    esc_expr(E, hole(t), e);
    return t;
}

static void composite(Esc *E, Hole k, Expr *e, Type *t, bool site_ok);

/* gc reports a literal at its {, a call at its (: the tree keeps
 * neither, so they are found after the type or function as written
 * (exact for gofmt'ed source). */
static Pos after(Expr *x, Pos p)
{
    if (!x)
        return p;
    Buf b = {0};
    expr_string(&b, x);
    Pos q = x->pos;
    q.col += (uint32_t)b.len;
    free(b.s);
    return q;
}

static Pos lbrace(Expr *e) { return after(e->u.composite_lit.type, e->pos); }
static Pos lparen(Expr *e) { return after(e->u.call.fun, e->pos); }
static void element(Esc *E, Hole k, Expr *v);

/* &T{...} (or an elided {...} of type *T): a new object. */
static void addr_lit(Esc *E, Hole k, Expr *e, Pos pos)
{
    Type *t = e->type;
    if (is_pointer(t))
        t = type_underlying(t)->u.pointer.elem;
    TypeKind uk = type_underlying(t)->kind;
    if (uk != TYPE_ARRAY && uk != TYPE_STRUCT) {
        /* &[]T{...}, &map[K]V{...}: left on the heap (literal.c) */
        composite(E, hole(HEAP), e, t, false);
        return;
    }
    int a = alloc_site(E, e, type_size(t), pos);
    E->locs.v[a].amp = !is_pointer(e->type);
    composite(E, hole(a), e, t, false);
    flow(E, addr(k), a);
}

static Expr *element_value(Expr *el)
{
    return el->kind == EXPR_KEY_VALUE ? el->u.key_value.value : el;
}

static void into(Esc *E, Hole k, Type *to, Expr *v);

/* The type of element i (el) of a literal of underlying type u. */
static Type *element_type(Type *u, int i, Expr *el)
{
    if (u->kind == TYPE_ARRAY || u->kind == TYPE_SLICE)
        return elem_type(u);
    if (u->kind != TYPE_STRUCT)
        return NULL;
    if (el->kind == EXPR_KEY_VALUE) {
        Expr *key = el->u.key_value.key;
        Object *f = key->kind == EXPR_IDENT ? key->u.ident.obj : NULL;
        return f && f->kind == OBJ_VAR ? f->type : NULL;
    }
    return i < u->u.strct.fields.n ? u->u.strct.fields.v[i]->type : NULL;
}

static void element(Esc *E, Hole k, Expr *v)
{
    v = unparen(v);
    if (v->kind == EXPR_COMPOSITE_LIT && is_pointer(v->type))
        addr_lit(E, k, v, lbrace(v));
    else
        esc_expr(E, k, v);
}

/* A composite literal of type t: its elements flow into k (structs,
 * arrays) or into a new array (slices) or the heap (maps). */
static void composite(Esc *E, Hole k, Expr *e, Type *t, bool site_ok)
{
    ExprList *els = &e->u.composite_lit.elts;
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_STRUCT: case TYPE_ARRAY:
        for (int i = 0; i < els->n; i++) {
            Type *et = element_type(u, i, els->v[i]);
            into(E, et ? k : hole(HEAP), et, element_value(els->v[i]));
        }
        return;
    case TYPE_SLICE: {
        int64_t n = slice_lit_len(e), es = type_size(u->u.slice.elem);
        int64_t size = es && n > INT64_MAX / es ? INT64_MAX : n * es;
        int a = alloc_site(E, site_ok ? e : NULL, size, lbrace(e));
        for (int i = 0; i < els->n; i++)
            into(E, hole(a), u->u.slice.elem, element_value(els->v[i]));
        flow(E, addr(k), a);
        return;
    }
    default: /* maps: keys and values are copied into the heap */
        for (int i = 0; i < els->n; i++) {
            Expr *el = els->v[i];
            if (el->kind == EXPR_KEY_VALUE) {
                element(E, hole(HEAP), el->u.key_value.key);
                el = el->u.key_value.value;
            }
            element(E, hole(HEAP), el);
        }
    }
}

static void func_body(Esc *E, int fn, Stmt *body);

/* func(...) {...}: its closure holds the value of each variable
 * captured by value and the address of each captured by reference
 * (closure.c); its body is walked here, in the enclosing function's
 * graph, as a function of its own whose callers are unknown. */
static int esc_func_lit(Esc *E, Hole k, Expr *e, bool direct)
{
    Scope *scope = e->u.func_lit.scope;
    ObjectList *caps = &scope->captures;
    /* (capturing nothing, the closure is read-only data, wherever it goes) */
    int c = alloc_site(E, e, caps->n ? type_size(closure_type(scope)) : 8, e->pos);
    for (int i = 0; i < caps->n; i++) {
        int v = var_loc(E, caps->v[i]);
        if (caps->v[i]->u.var.byval) {
            add_edge(E, c, v, 0);
            continue;
        }
        E->locs.v[v].addr_seen = true;
        add_edge(E, c, v, -1);
    }
    flow(E, addr(k), c);
    FnInfo fi = {.lit = e, .parent = E->fn, .direct = direct};
    vec_push(&E->fns, fi);
    int outer = E->fn, depth = E->depth;
    E->fn = E->fns.n - 1;
    E->depth = 0;
    func_body(E, E->fn, e->u.func_lit.body);
    int fn = E->fn;
    E->fn = outer;
    E->depth = depth;
    return fn;
}

static void expr_list(Esc *E, Hole k, ExprList *l)
{
    for (int i = 0; i < l->n; i++)
        esc_expr(E, k, l->v[i]);
}

/* v assigned to a variable of type to: an implicit conversion to an
 * interface puts v's value in the interface's data word. */
static void into(Esc *E, Hole k, Type *to, Expr *v)
{
    if (to && type_is_interface(to) && v->type && !type_is_interface(v->type) && v->mode != MODE_CONST &&
        v->type->kind != TYPE_TUPLE) {
        vec_push(&E->iface_sites, v);
        k = hole(HEAP);
    }
    element(E, k, v);
}

static void esc_expr(Esc *E, Hole k, Expr *e)
{
    if (!e || e->mode == MODE_TYPE || e->mode == MODE_CONST || e->mode == MODE_BUILTIN)
        return;
    /* A value without pointers carries no address (its operands are
     * still walked: their calls and &s). */
    if (k.derefs >= 0 && e->type && e->type->kind != TYPE_TUPLE && type_ptrdata(e->type) == 0)
        k.loc = -1;
    switch (e->kind) {
    case EXPR_IDENT: {
        Object *obj = e->u.ident.obj;
        if (obj && obj->kind == OBJ_VAR)
            flow(E, k, var_loc(E, obj));
        return;
    }
    case EXPR_PAREN:
        esc_expr(E, k, e->u.paren.x);
        return;
    case EXPR_COMPOSITE_LIT:
        if (is_pointer(e->type))
            addr_lit(E, k, e, lbrace(e));
        else
            composite(E, k, e, e->type, true);
        return;
    case EXPR_FUNC_LIT:
        esc_func_lit(E, k, e, false);
        return;
    case EXPR_SELECTOR: {
        Expr *x = e->u.selector.x;
        Object *m = e->u.selector.sel->u.ident.obj;
        if (is_pkg_qualified(e) || x->mode == MODE_TYPE) {
            if (m && m->kind == OBJ_VAR)
                flow(E, k, HEAP);
            return;
        }
        if (m && m->kind == OBJ_FUNC) {
            /* A method value: its closure (on the heap) holds the
             * receiver, x's address for a pointer method. */
            bool rptr = m->type->u.func.recv && is_pointer(m->type->u.func.recv->type);
            esc_expr(E, rptr && !is_pointer(x->type) ? addr(hole(HEAP)) : hole(HEAP), x);
            return;
        }
        esc_expr(E, is_pointer(x->type) ? deref(k) : k, x);
        return;
    }
    case EXPR_INDEX: {
        Expr *x = e->u.index.x;
        Type *u = x->type ? type_underlying(x->type) : NULL;
        expr_list(E, discard, &e->u.index.indices);
        if (!u || x->mode == MODE_TYPE || u->kind == TYPE_FUNC)
            esc_expr(E, hole(HEAP), x);
        else if (u->kind == TYPE_ARRAY)
            esc_expr(E, k, x);
        else if (u->kind == TYPE_SLICE || u->kind == TYPE_POINTER)
            esc_expr(E, deref(k), x);
        else if (u->kind == TYPE_MAP) /* what a map holds came from the heap (map stores flow there): nothing flows, as in gc */
            esc_expr(E, discard, x);
        else /* strings (bytes) */
            esc_expr(E, discard, x);
        return;
    }
    case EXPR_SLICE: {
        Expr *x = e->u.slice.x;
        esc_expr(E, discard, e->u.slice.lo);
        esc_expr(E, discard, e->u.slice.hi);
        esc_expr(E, discard, e->u.slice.max);
        Type *u = type_underlying(x->type);
        esc_expr(E, u->kind == TYPE_ARRAY ? addr(k) : k, x);
        return;
    }
    case EXPR_TYPE_ASSERT:
        esc_expr(E, k, e->u.type_assert.x);
        return;
    case EXPR_CALL:
        esc_call(E, &k, 1, e);
        return;
    case EXPR_STAR:
        esc_expr(E, deref(k), e->u.star.x);
        return;
    case EXPR_UNARY: {
        Expr *x = unparen(e->u.unary.x);
        if (e->u.unary.op == TK_AND) {
            if (x->kind == EXPR_COMPOSITE_LIT)
                addr_lit(E, k, x, e->pos);
            else
                esc_expr(E, addr(k), x);
        } else {
            esc_expr(E, discard, x); /* <-ch: the value comes from the heap */
        }
        return;
    }
    case EXPR_BINARY:
        esc_expr(E, discard, e->u.binary.x);
        esc_expr(E, discard, e->u.binary.y);
        return;
    case EXPR_KEY_VALUE:
        esc_expr(E, hole(HEAP), e->u.key_value.key);
        esc_expr(E, hole(HEAP), e->u.key_value.value);
        return;
    default:
        return;
    }
}

/* --- Calls ------------------------------------------------------------- */

/* unsafe.Pointer(u) for an integer u: the pointers u may have been
 * computed from (gc's rule: a field such as reflect.SliceHeader's Data
 * read through a converted pointer, conversions of pointers, and
 * arithmetic on them) flow into k. */
static void unsafe_value(Esc *E, Hole k, Expr *e)
{
    e = unparen(e);
    if (e->mode == MODE_CONST)
        return;
    switch (e->kind) {
    case EXPR_SELECTOR:
        if (is_pkg_qualified(e) || e->u.selector.x->mode == MODE_TYPE)
            break;
        unsafe_value(E, is_pointer(e->u.selector.x->type) ? deref(k) : k, e->u.selector.x);
        return;
    case EXPR_CALL:
        if (unparen(e->u.call.fun)->mode == MODE_TYPE && e->u.call.args.n == 1) {
            Expr *x = e->u.call.args.v[0];
            if (x->type && type_is_integer(x->type))
                unsafe_value(E, k, x);
            else
                esc_expr(E, k, x);
            return;
        }
        break;
    case EXPR_BINARY:
        unsafe_value(E, k, e->u.binary.x);
        unsafe_value(E, k, e->u.binary.y);
        return;
    case EXPR_UNARY:
        unsafe_value(E, k, e->u.unary.x);
        return;
    case EXPR_STAR:
        esc_expr(E, deref(k), e->u.star.x);
        return;
    default:
        break;
    }
    esc_expr(E, discard, e);
}

static void esc_conversion(Esc *E, Hole k, Expr *e)
{
    Expr *x = e->u.call.args.v[0];
    Type *to = type_underlying(e->type), *from = x->type ? type_underlying(x->type) : NULL;
    if (to->kind == TYPE_INTERFACE) {
        if (from && from->kind == TYPE_INTERFACE) {
            esc_expr(E, k, x);
        } else {
            /* the data word: a box on the heap, or the pointer itself,
             * which an interface may take anywhere */
            vec_push(&E->iface_sites, e);
            esc_expr(E, hole(HEAP), x);
        }
    } else if (to->kind == TYPE_UNSAFE_POINTER && from && type_is_integer(from)) {
        unsafe_value(E, k, x);
    } else if (to->kind == TYPE_UINTPTR) {
        /* The address is forgotten (k is discarded: a uintptr holds no
         * pointer), as the rules of unsafe.Pointer allow and gc does;
         * except in an argument of a //go:uintptrescapes function. */
        esc_expr(E, map_get(&E->uintptr_escapes, e) ? hole(HEAP) : k, x);
    } else if ((to->kind == TYPE_STRING) != (from && from->kind == TYPE_STRING)) {
        esc_expr(E, discard, x); /* string <-> []byte, []rune: copied */
    } else {
        esc_expr(E, k, x);
    }
}

/* Whether the elements of slice type t (of append's or copy's first
 * argument) may hold pointers; true if unsure (f() giving several). */
static bool elems_have_pointers(Type *t)
{
    return !t || t->kind == TYPE_TUPLE || type_ptrdata(elem_type(t)) > 0;
}

/* gc's rule for a function declared //go:uintptrescapes: an argument
 * written uintptr(unsafe.Pointer(p)) makes p escape (esc_conversion
 * looks the conversion up). */
static void mark_uintptr_escapes(Esc *E, Object *f, ExprList *args)
{
    if (!f || f->kind != OBJ_FUNC || !(func_pragma(f) & PRAGMA_UINTPTRESCAPES))
        return;
    for (int i = 0; i < args->n; i++) {
        Expr *a = unparen(args->v[i]);
        if (a->kind != EXPR_CALL || unparen(a->u.call.fun)->mode != MODE_TYPE || a->u.call.args.n != 1)
            continue;
        Type *from = a->u.call.args.v[0]->type;
        if (a->type && type_underlying(a->type)->kind == TYPE_UINTPTR && from &&
            type_underlying(from)->kind == TYPE_UNSAFE_POINTER)
            *map_slot(&E->uintptr_escapes, a, true) = (void *)1;
    }
}

static void builtin(Esc *E, Hole *ks, Expr *e, BuiltinId id)
{
    ExprList *args = &e->u.call.args;
    Hole k = ks[0];
    switch (id) {
    case BUILTIN_APPEND: {
        /* The result is the first argument's array, or a new heap array
         * holding its elements; the appended values go into either. The
         * elements matter only if they hold pointers (append(b, s...)
         * of bytes leaks nothing of s). */
        bool ptrs = elems_have_pointers(args->v[0]->type);
        int s = temp_of(E, args->v[0]);
        flow(E, k, s);
        if (ptrs)
            add_edge(E, HEAP, s, 1);
        for (int i = 1; i < args->n; i++)
            esc_expr(E, !e->u.call.has_dots ? hole(HEAP) : ptrs ? deref(hole(HEAP)) : discard, args->v[i]);
        return;
    }
    case BUILTIN_COPY: {
        bool ptrs = elems_have_pointers(args->v[0]->type);
        esc_expr(E, discard, args->v[0]);
        esc_expr(E, ptrs ? deref(hole(HEAP)) : discard, args->v[1]);
        return;
    }
    case BUILTIN_NEW: {
        Type *t = type_underlying(e->type)->u.pointer.elem;
        flow(E, addr(k), alloc_site(E, e, type_size(t), lparen(e)));
        return;
    }
    case BUILTIN_MAKE: {
        for (int i = 1; i < args->n; i++)
            esc_expr(E, discard, args->v[i]);
        Type *u = type_underlying(e->type);
        if (u->kind != TYPE_SLICE)
            return; /* maps and channels: on the heap */
        Expr *n = args->v[args->n - 1];
        bool constant = args->v[1]->val && n->val;
        int64_t len = constant ? const_int64_val(n->val) : -1, es = type_size(u->u.slice.elem);
        int64_t size = !constant || (es && len > INT64_MAX / es) ? INT64_MAX : len * es;
        flow(E, addr(k), alloc_site(E, e, size, lparen(e)));
        return;
    }
    case BUILTIN_PANIC:
        expr_list(E, hole(HEAP), args);
        return;
    case BUILTIN_ADD: case BUILTIN_SLICE:
        esc_expr(E, k, args->v[0]);
        esc_expr(E, discard, args->v[1]);
        return;
    case BUILTIN_LEN: case BUILTIN_CAP: case BUILTIN_PRINT: case BUILTIN_PRINTLN: case BUILTIN_CLOSE:
    case BUILTIN_DELETE: case BUILTIN_COMPLEX: case BUILTIN_REAL: case BUILTIN_IMAG:
    case BUILTIN_RECOVER: case BUILTIN_SIZEOF: case BUILTIN_ALIGNOF: case BUILTIN_OFFSETOF:
        expr_list(E, discard, args);
        return;
    default:
        expr_list(E, hole(HEAP), args);
    }
}

/* x.m(...) with m a method (not a func-valued field): the receiver is
 * x, or &x for a pointer method of an addressable x. */
static bool is_method_call(Expr *fun)
{
    if (fun->kind != EXPR_SELECTOR || is_pkg_qualified(fun) || fun->u.selector.x->mode == MODE_TYPE)
        return false;
    Object *m = fun->u.selector.sel->u.ident.obj;
    return m && m->kind == OBJ_FUNC;
}

/* Where an unknown method's receiver x goes: x itself for a pointer or
 * an interface, else (maybe) its address. */
static Hole recv_hole(Hole h, Expr *x)
{
    return is_pointer(x->type) || type_is_interface(x->type) ? h : addr(h);
}

static Type *recv_base(Type *r) { return r->kind == TYPE_POINTER ? r->u.pointer.elem : r; }

/* What a call calls, when it is known: a declared function or a method
 * called directly (not promoted: explicit_selector's path is left to
 * the unknown case). *recv is the receiver expression of a method. */
static Object *static_callee(Expr *fun, Expr **recv)
{
    *recv = NULL;
    fun = unparen(fun);
    if (fun->kind == EXPR_IDENT) {
        Object *f = fun->u.ident.obj;
        return f && f->kind == OBJ_FUNC && func_declared(f) && !f->u.func.is_method ? f : NULL;
    }
    if (fun->kind != EXPR_SELECTOR)
        return NULL;
    Object *m = fun->u.selector.sel->u.ident.obj;
    Expr *x = fun->u.selector.x;
    if (!m || m->kind != OBJ_FUNC || !func_declared(m))
        return NULL;
    if (is_pkg_qualified(fun))
        return m->u.func.is_method ? NULL : m;
    if (x->mode == MODE_TYPE || type_is_interface(x->type) || !m->type->u.func.recv ||
        recv_base(x->type) != recv_base(m->type->u.func.recv->type))
        return NULL;
    *recv = x;
    return m;
}

/* The receiver x of a method whose receiver type is rt, into k: &x or
 * *x as the call makes it. */
static void receiver(Esc *E, Hole k, Expr *x, Type *rt)
{
    bool rptr = is_pointer(rt), xptr = is_pointer(x->type);
    esc_expr(E, rptr && !xptr ? addr(k) : !rptr && xptr ? deref(k) : k, x);
}

/* Where the i'th argument of a call of a known f goes: into the
 * parameter (f in this batch), or into a temporary that reaches the
 * heap and the call's results (ks) as f's tags say. */
static Hole arg_hole(Esc *E, Hole *ks, int nk, int fn, EscTags *tg, int i)
{
    if (fn >= 0) {
        FnInfo *fi = &E->fns.v[fn];
        int p = i < fi->nparams ? fi->params[i] : -1;
        return p >= 0 ? hole(p) : discard;
    }
    int t = new_loc(E, LOC_TEMP);
    if (tg->heap[i] != NONE)
        add_edge(E, HEAP, t, tg->heap[i]);
    for (int j = 0; j < tg->nresults && j < nk; j++)
        if (tg->result[i * tg->nresults + j] != NONE && ks[j].loc >= 0)
            add_edge(E, ks[j].loc, t, ks[j].derefs + tg->result[i * tg->nresults + j]);
    return hole(t);
}

/* The i'th argument a (a receiver if rt, else of parameter type pt). */
static void known_arg(Esc *E, Hole *ks, int nk, int fn, EscTags *tg, int i, Expr *a, Type *rt, Type *pt)
{
    Hole k = arg_hole(E, ks, nk, fn, tg, i);
    if (rt)
        receiver(E, k, a, rt);
    else
        into(E, k, pt, a);
}

/* The arguments written in place of f's ...T parameter (number i): a
 * new array, the call's allocation site (call.c). */
static void variadic_args(Esc *E, Hole *ks, int nk, int fn, EscTags *tg, int i, Expr *e, int first)
{
    ExprList *args = &e->u.call.args;
    if (first >= args->n)
        return; /* none: a nil slice */
    Type *st = type_underlying(unparen(e->u.call.fun)->type)->u.func.params->u.tuple.vars.v[first]->type;
    Type *et = elem_type(st);
    int64_t n = args->n - first, es = type_size(et);
    int a = alloc_site(E, e, es && n > INT64_MAX / es ? INT64_MAX : n * es, args->v[first]->pos);
    for (int j = first; j < args->n; j++)
        into(E, hole(a), et, args->v[j]);
    flow(E, addr(arg_hole(E, ks, nk, fn, tg, i)), a);
}

static void esc_call(Esc *E, Hole *ks, int nk, Expr *e)
{
    Expr *fun = unparen(e->u.call.fun);
    ExprList *args = &e->u.call.args;
    if (fun->mode == MODE_TYPE) {
        if (args->n == 1)
            esc_conversion(E, ks[0], e);
        return;
    }
    if (fun->mode == MODE_BUILTIN) {
        builtin(E, ks, e, builtin_of(fun));
        return;
    }
    Expr *recv;
    Object *f = static_callee(fun, &recv);
    int fn = fun->kind == EXPR_FUNC_LIT ? esc_func_lit(E, discard, fun, true) : -1;
    EscTags *tg = NULL;
    if (f) {
        void *b = map_get(&E->batch, f);
        if (b)
            fn = (int)(intptr_t)b - 1;
        else /* analysed before: this package's, or one it imports */
            tg = f->u.func.esc;
        mark_uintptr_escapes(E, f, args);
    }
    Type *sig = type_underlying(fun->type);
    bool noescape = f && fn < 0 && !tg && !func_has_body(f) && (func_pragma(f) & PRAGMA_NOESCAPE);
    bool multi = args->n == 1 && args->v[0]->type && args->v[0]->type->kind == TYPE_TUPLE;
    if ((fn < 0 && !tg) || multi) {
        /* Unknown: the arguments reach the heap, the results come from it. */
        Hole h = noescape ? discard : hole(HEAP);
        if (fun->kind == EXPR_FUNC_LIT)
            ; /* func(...){...}(g()): walked above; its parameters get the heap's values */
        else if (recv)
            receiver(E, h, recv, f->type->u.func.recv->type);
        else if (is_method_call(fun))
            esc_expr(E, recv_hole(h, fun->u.selector.x), fun->u.selector.x); /* promoted, interface */
        else
            esc_expr(E, discard, fun); /* a func value: calling it leaks nothing of it */
        ObjectList *ps = &sig->u.func.params->u.tuple.vars;
        if (multi) { /* f(g()): every result of g */
            int n = args->v[0]->type->u.tuple.vars.n;
            Hole *hs = NEWARRAY(Hole, n + 1);
            for (int j = 0; j < n; j++)
                hs[j] = h;
            assign_multi(E, hs, n, args->v[0]);
            for (int j = 0; fn >= 0 && j < E->fns.v[fn].nresults && j < nk; j++)
                flow(E, ks[j], E->fns.v[fn].results[j]);
            return;
        }
        for (int i = 0; i < args->n; i++) {
            Type *pt = i >= ps->n ? NULL : ps->v[i]->type;
            if (sig->u.func.variadic && i >= ps->n - 1)
                pt = e->u.call.has_dots ? NULL : elem_type(ps->v[ps->n - 1]->type);
            into(E, h, pt, args->v[i]);
        }
        return;
    }
    int np = sig->u.func.params->u.tuple.vars.n;
    int base = 0;
    if (recv) {
        known_arg(E, ks, nk, fn, tg, 0, recv, f->type->u.func.recv->type, NULL);
        base = 1;
    }
    bool packed = sig->u.func.variadic && !e->u.call.has_dots;
    for (int i = 0; i < args->n && (!packed || i < np - 1); i++)
        known_arg(E, ks, nk, fn, tg, base + i, args->v[i], NULL,
                  i < np ? sig->u.func.params->u.tuple.vars.v[i]->type : NULL);
    if (packed)
        variadic_args(E, ks, nk, fn, tg, base + np - 1, e, np - 1);
    if (fn >= 0)
        for (int j = 0; j < E->fns.v[fn].nresults && j < nk; j++)
            flow(E, ks[j], E->fns.v[fn].results[j]);
}

/* --- Statements -------------------------------------------------------- */

/* Where an assignment to l stores: l's variable, or the heap for any
 * store through a pointer (gc's rule too). Walks l's operands. */
static Hole lhs(Esc *E, Expr *l)
{
    l = unparen(l);
    switch (l->kind) {
    case EXPR_IDENT: {
        Object *obj = l->u.ident.obj;
        return obj && obj->kind == OBJ_VAR && strcmp(obj->name, "_") != 0 ? hole(var_loc(E, obj)) : discard;
    }
    case EXPR_SELECTOR:
        if (is_pkg_qualified(l))
            return hole(HEAP);
        if (!is_pointer(l->u.selector.x->type))
            return lhs(E, l->u.selector.x);
        break;
    case EXPR_INDEX: {
        Type *u = type_underlying(l->u.index.x->type);
        if (u->kind == TYPE_MAP) {
            esc_expr(E, discard, l->u.index.x);
            expr_list(E, hole(HEAP), &l->u.index.indices);
            return hole(HEAP);
        }
        expr_list(E, discard, &l->u.index.indices);
        if (u->kind == TYPE_ARRAY)
            return lhs(E, l->u.index.x);
        esc_expr(E, discard, l->u.index.x);
        return hole(HEAP);
    }
    case EXPR_STAR:
        esc_expr(E, discard, l->u.star.x);
        return hole(HEAP);
    default:
        break;
    }
    esc_expr(E, discard, l);
    return hole(HEAP);
}

/* lhs[0..n) = rhs, one expression of n values. */
static void assign_multi(Esc *E, Hole *ks, int n, Expr *r)
{
    r = unparen(r);
    if (r->kind == EXPR_CALL) {
        esc_call(E, ks, n, r);
        return;
    }
    esc_expr(E, ks[0], r); /* v, ok := m[k], x.(T), <-ch */
}

/* The variable x is, through parentheses, or NULL. */
static Object *var_of(Expr *x)
{
    x = unparen(x);
    return x->kind == EXPR_IDENT && x->u.ident.obj && x->u.ident.obj->kind == OBJ_VAR ? x->u.ident.obj : NULL;
}

/* The same expression, with no side effects and no calls (gc's
 * SameSafeExpr, in part: fewer matches only mean more flows): a
 * variable, and fields, derefs and constant indexes of it. */
static bool same_safe(Expr *a, Expr *b)
{
    a = unparen(a);
    b = unparen(b);
    if (a->mode == MODE_CONST || b->mode == MODE_CONST)
        return a->mode == MODE_CONST && b->mode == MODE_CONST && a->val && b->val &&
               a->val->kind == CONST_INT && b->val->kind == CONST_INT && const_compare(a->val, b->val) == 0;
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case EXPR_IDENT:
        return var_of(a) && var_of(a) == var_of(b);
    case EXPR_SELECTOR:
        return !is_pkg_qualified(a) && !is_pkg_qualified(b) &&
               a->u.selector.sel->u.ident.name == b->u.selector.sel->u.ident.name &&
               same_safe(a->u.selector.x, b->u.selector.x);
    case EXPR_STAR:
        return same_safe(a->u.star.x, b->u.star.x);
    case EXPR_INDEX:
        return a->u.index.indices.n == 1 && b->u.index.indices.n == 1 &&
               type_underlying(a->u.index.x->type)->kind != TYPE_MAP &&
               same_safe(a->u.index.x, b->u.index.x) && same_safe(a->u.index.indices.v[0], b->u.index.indices.v[0]);
    default:
        return false;
    }
}

/* Whether evaluating index expression e may touch memory (gc's
 * mayAffectMemory): anything but variables, constants and arithmetic,
 * fields and indexes of them. */
static bool may_affect_memory(Expr *e)
{
    e = unparen(e);
    if (e->mode == MODE_CONST)
        return false;
    switch (e->kind) {
    case EXPR_IDENT: return !var_of(e);
    case EXPR_BINARY: return may_affect_memory(e->u.binary.x) || may_affect_memory(e->u.binary.y);
    case EXPR_UNARY: return e->u.unary.op == TK_ARROW || e->u.unary.op == TK_AND || may_affect_memory(e->u.unary.x);
    case EXPR_SELECTOR: return is_pkg_qualified(e) || may_affect_memory(e->u.selector.x);
    default: return true;
    }
}

/* gc's self-assignments, stores that give the object stored into
 * nothing it does not reach already, so nothing flows: p.f = p.g[i:j]
 * (or *p = (*p)[i:j]) of a slice; val.x = val.y; and a[i] = a[j] with
 * indexes that do not touch memory, where val and a are the same safe
 * expression and the two sides have the same type (gc's converted
 * side is another operation). */
static bool self_assign(Expr *l, Expr *r)
{
    l = unparen(l);
    r = unparen(r);
    if (r->kind == EXPR_SLICE) {
        if (type_underlying(r->u.slice.x->type)->kind == TYPE_ARRAY)
            return false; /* p.f = p.arr[i:j] stores &p.arr: a new pointer */
        r = unparen(r->u.slice.x);
        if (l->kind != r->kind)
            return false;
        if (l->kind == EXPR_STAR)
            return var_of(l->u.star.x) && var_of(l->u.star.x) == var_of(r->u.star.x);
        if (l->kind != EXPR_SELECTOR || is_pkg_qualified(l) || is_pkg_qualified(r) ||
            !is_pointer(l->u.selector.x->type))
            return false;
        return var_of(l->u.selector.x) && var_of(l->u.selector.x) == var_of(r->u.selector.x);
    }
    /* an implicit conversion (to an interface: a box) is not one */
    if (l->kind != r->kind || !l->type || !r->type || !type_identical(l->type, r->type))
        return false;
    if (l->kind == EXPR_SELECTOR)
        return !is_pkg_qualified(l) && !is_pkg_qualified(r) &&
               is_pointer(l->u.selector.x->type) == is_pointer(r->u.selector.x->type) &&
               same_safe(l->u.selector.x, r->u.selector.x);
    if (l->kind == EXPR_INDEX)
        return l->u.index.indices.n == 1 && r->u.index.indices.n == 1 &&
               type_underlying(l->u.index.x->type)->kind != TYPE_MAP &&
               !may_affect_memory(l->u.index.indices.v[0]) && !may_affect_memory(r->u.index.indices.v[0]) &&
               same_safe(l->u.index.x, r->u.index.x);
    return false;
}

/* How gc names the function being analysed in -m notes. */
static const char *fn_name(FnInfo *fi)
{
    if (!fi->obj)
        return "func literal";
    Object *recv = type_underlying(fi->obj->type)->u.func.recv;
    if (!recv)
        return fi->obj->name;
    if (is_pointer(recv->type))
        return xprintf("(*%s).%s", type_string(type_underlying(recv->type)->u.pointer.elem), fi->obj->name);
    return xprintf("%s.%s", type_string(recv->type), fi->obj->name);
}

/* Whether l is the Data field of a *reflect.SliceHeader or *StringHeader:
 * a uintptr that code uses as the pointer it is, so what is stored
 * there escapes (gc's rule). */
static bool is_reflect_header_data(Expr *l)
{
    l = unparen(l);
    if (l->kind != EXPR_SELECTOR || strcmp(l->u.selector.sel->u.ident.name, "Data") != 0 || !l->u.selector.x->type)
        return false;
    Type *t = l->u.selector.x->type;
    if (!is_pointer(t)) /* through a pointer only, as gc's rule */
        return false;
    t = type_underlying(t)->u.pointer.elem;
    if (t->kind != TYPE_NAMED)
        return false;
    Object *o = t->u.named.obj;
    return o->pkg && strcmp(o->pkg, "reflect") == 0 &&
           (strcmp(o->name, "SliceHeader") == 0 || strcmp(o->name, "StringHeader") == 0);
}

/* -m's note for an assignment l = r with a pair self_assign filters. */
static void note_self_assign(Esc *E, ExprList *l, ExprList *r)
{
    if (!reporting)
        return;
    Buf b = {0};
    for (int i = 0; i < l->n; i++) {
        buf_puts(&b, i ? ", " : "");
        expr_string(&b, l->v[i]);
    }
    buf_puts(&b, " = ");
    for (int i = 0; i < r->n; i++) {
        buf_puts(&b, i ? ", " : "");
        expr_string(&b, r->v[i]);
    }
    note(l->v[0]->pos, xprintf("%s ignoring self-assignment in %s", fn_name(&E->fns.v[E->fn]), b.s));
    free(b.s);
}

static void assign(Esc *E, ExprList *l, ExprList *r)
{
    Hole *ks = NEWARRAY(Hole, l->n + 1);
    for (int i = 0; i < l->n; i++)
        ks[i] = lhs(E, l->v[i]);
    if (l->n == r->n) {
        for (int i = 0; i < r->n; i++) {
            if (is_reflect_header_data(l->v[i])) {
                unsafe_value(E, hole(HEAP), r->v[i]);
            } else if (self_assign(l->v[i], r->v[i])) {
                note_self_assign(E, l, r); /* once per statement: notes are deduplicated */
                esc_expr(E, discard, r->v[i]);
            } else {
                into(E, ks[i], unparen(l->v[i])->type, r->v[i]);
            }
        }
        return;
    }
    if (r->n != 1)
        return;
    Type *tt = r->v[0]->type;
    for (int i = 0; i < l->n; i++) {
        Type *lt = unparen(l->v[i])->type;
        Type *rt = tt && tt->kind == TYPE_TUPLE && i < tt->u.tuple.vars.n ? tt->u.tuple.vars.v[i]->type : NULL;
        if (lt && type_is_interface(lt) && (!rt || !type_is_interface(rt)))
            ks[i] = hole(HEAP);
    }
    assign_multi(E, ks, l->n, r->v[0]);
}

static void esc_stmts(Esc *E, StmtList *l)
{
    int depth = E->depth;
    for (int i = 0; i < l->n; i++) {
        /* A label that a later goto jumps back to starts a loop. */
        if (l->v[i]->kind == STMT_LABELED && map_get(&looping, l->v[i]))
            E->depth++;
        esc_stmt(E, l->v[i]);
    }
    E->depth = depth;
}

static void go_defer(Esc *E, Expr *c, bool is_defer)
{
    /* The record (and a go'd call's goroutine) is on the heap, and a
     * deferred call may run after a loop iteration ends; but an
     * open-coded defer keeps its closure and arguments in the frame
     * until the function returns (defer.c), and is never in a loop: the
     * call is then what a call in place is, its arguments flowing to the
     * callee's parameters (its results are dropped). */
    FnInfo *fi = &E->fns.v[E->fn];
    Scope *fs = fi->lit ? fi->lit->u.func_lit.scope : fi->decl ? fi->decl->u.func.scope : NULL;
    if (is_defer && fs && defers_open_coded(fs)) {
        esc_expr(E, discard, c);
        return;
    }
    Hole k = hole(HEAP);
    c = unparen(c);
    if (c->kind != EXPR_CALL) {
        esc_expr(E, k, c);
        return;
    }
    Expr *fun = unparen(c->u.call.fun);
    if (fun->mode != MODE_BUILTIN && fun->mode != MODE_TYPE) {
        if (is_method_call(fun))
            esc_expr(E, recv_hole(k, fun->u.selector.x), fun->u.selector.x);
        else
            esc_expr(E, k, fun);
    }
    expr_list(E, k, &c->u.call.args);
}

static void esc_return(Esc *E, ExprList *res)
{
    FnInfo *fi = &E->fns.v[E->fn];
    ObjectList *rs = &type_underlying(fi->lit ? fi->lit->type : fi->obj->type)->u.func.results->u.tuple.vars;
    int n = rs->n;
    Hole *ks = NEWARRAY(Hole, n + 1);
    for (int i = 0; i < n; i++)
        ks[i] = fi->lit && !fi->direct ? hole(HEAP) : hole(fi->results[i]);
    if (res->n == n) {
        for (int i = 0; i < n; i++)
            into(E, ks[i], rs->v[i]->type, res->v[i]);
    } else if (res->n == 1) {
        for (int i = 0; i < n; i++)
            if (type_is_interface(rs->v[i]->type))
                ks[i] = hole(HEAP);
        assign_multi(E, ks, n, res->v[0]);
    }
}

static void esc_range(Esc *E, Stmt *st)
{
    Hole kk = discard, kv = discard;
    if (st->u.range.key)
        kk = lhs(E, st->u.range.key);
    if (st->u.range.value)
        kv = lhs(E, st->u.range.value);
    Expr *x = st->u.range.x;
    Type *u = type_underlying(x->type);
    if (u->kind == TYPE_ARRAY) {
        esc_expr(E, kv, x);
    } else if (u->kind == TYPE_SLICE || u->kind == TYPE_POINTER) {
        esc_expr(E, deref(kv), x);
    } else if (u->kind == TYPE_MAP) {
        /* a map's keys and elements are on the heap already; gc still
         * has them flow from the map */
        int t = temp_of(E, x);
        add_edge(E, kk.loc, t, kk.derefs + 1);
        add_edge(E, kv.loc, t, kv.derefs + 1);
    } else {
        esc_expr(E, discard, x); /* strings, channels (their values are on the heap) */
    }
    E->depth++;
    esc_stmt(E, st->u.range.body);
    E->depth--;
}

static void type_switch(Esc *E, Stmt *st)
{
    esc_stmt(E, st->u.type_switch.init);
    Stmt *a = st->u.type_switch.assign;
    Expr *guard = a->kind == STMT_ASSIGN ? a->u.assign.rhs.v[0] : a->u.expr.x;
    guard = unparen(guard);
    int t = temp_of(E, guard->kind == EXPR_TYPE_ASSERT ? guard->u.type_assert.x : guard);
    StmtList *clauses = &st->u.type_switch.body->u.block.list;
    for (int i = 0; i < clauses->n; i++) {
        Stmt *c = clauses->v[i];
        if (c->u.case_clause.implicit) {
            add_edge(E, var_loc(E, c->u.case_clause.implicit), t, 0);
            *map_slot(&E->clause_of, c->u.case_clause.implicit, true) = c;
        }
        esc_stmts(E, &c->u.case_clause.body);
    }
}

static void esc_stmt(Esc *E, Stmt *st)
{
    if (!st)
        return;
    switch (st->kind) {
    case STMT_DECL: {
        Decl *d = st->u.decl.decl;
        if (d->kind == DECL_VAR) {
            ExprList *names = &d->u.value.names;
            for (int i = 0; i < names->n; i++)
                lhs(E, names->v[i]); /* declared here, at this depth */
            assign(E, names, &d->u.value.values);
        }
        return;
    }
    case STMT_LABELED:
        esc_stmt(E, st->u.labeled.stmt);
        return;
    case STMT_EXPR:
        esc_expr(E, discard, st->u.expr.x);
        return;
    case STMT_SEND:
        esc_expr(E, discard, st->u.send.chan);
        esc_expr(E, hole(HEAP), st->u.send.value);
        return;
    case STMT_INCDEC:
        lhs(E, st->u.incdec.x);
        return;
    case STMT_ASSIGN:
        if (st->u.assign.tok == TK_ASSIGN || st->u.assign.tok == TK_DEFINE) {
            assign(E, &st->u.assign.lhs, &st->u.assign.rhs);
        } else {
            lhs(E, st->u.assign.lhs.v[0]);
            expr_list(E, discard, &st->u.assign.rhs);
        }
        return;
    case STMT_GO:
        go_defer(E, st->u.go_stmt.call, false);
        return;
    case STMT_DEFER:
        go_defer(E, st->u.defer_stmt.call, true);
        return;
    case STMT_RETURN:
        esc_return(E, &st->u.return_stmt.results);
        return;
    case STMT_BLOCK:
        esc_stmts(E, &st->u.block.list);
        return;
    case STMT_IF:
        esc_stmt(E, st->u.if_stmt.init);
        esc_expr(E, discard, st->u.if_stmt.cond);
        esc_stmt(E, st->u.if_stmt.then);
        esc_stmt(E, st->u.if_stmt.else_);
        return;
    case STMT_CASE_CLAUSE:
        expr_list(E, discard, &st->u.case_clause.list);
        esc_stmts(E, &st->u.case_clause.body);
        return;
    case STMT_SWITCH:
        esc_stmt(E, st->u.switch_stmt.init);
        esc_expr(E, discard, st->u.switch_stmt.tag);
        esc_stmt(E, st->u.switch_stmt.body);
        return;
    case STMT_TYPE_SWITCH:
        type_switch(E, st);
        return;
    case STMT_COMM_CLAUSE:
        esc_stmt(E, st->u.comm_clause.comm);
        esc_stmts(E, &st->u.comm_clause.body);
        return;
    case STMT_SELECT:
        esc_stmt(E, st->u.select_stmt.body);
        return;
    case STMT_FOR:
        esc_stmt(E, st->u.for_stmt.init);
        E->depth++;
        esc_expr(E, discard, st->u.for_stmt.cond);
        esc_stmt(E, st->u.for_stmt.post);
        esc_stmt(E, st->u.for_stmt.body);
        E->depth--;
        return;
    case STMT_RANGE:
        esc_range(E, st);
        return;
    default: /* empty, branch */
        return;
    }
}

/* A function's parameters and results become locations; then its body
 * is walked. */
static void func_body(Esc *E, int fn, Stmt *body)
{
    FnInfo *fi = &E->fns.v[fn];
    Type *sig = type_underlying(fi->lit ? fi->lit->type : fi->obj->type);
    Object *recv = sig->u.func.recv;
    ObjectList *ps = &sig->u.func.params->u.tuple.vars, *rs = &sig->u.func.results->u.tuple.vars;
    int np = ps->n + (recv != NULL), nr = rs->n;
    int *params = NEWARRAY(int, np + 1), *results = NEWARRAY(int, nr + 1);
    for (int i = 0; i < np; i++) {
        Object *p = recv ? (i == 0 ? recv : ps->v[i - 1]) : ps->v[i];
        params[i] = named(p) ? var_loc(E, p) : -1;
        if (params[i] >= 0) {
            E->locs.v[params[i]].param = i;
            E->locs.v[params[i]].leak_result = NEWARRAY(int, nr + 1);
            for (int j = 0; j < nr; j++)
                E->locs.v[params[i]].leak_result[j] = NONE;
        }
    }
    for (int j = 0; j < nr; j++) {
        Object *r = rs->v[j];
        results[j] = named(r) ? var_loc(E, r) : new_loc(E, LOC_RESULT);
        E->locs.v[results[j]].result = j;
        E->locs.v[results[j]].noptr = type_ptrdata(r->type) == 0;
    }
    fi = &E->fns.v[fn]; /* var_loc may not move fns, but stay safe */
    fi->nparams = np;
    fi->nresults = nr;
    fi->params = params;
    fi->results = results;
    if (body)
        esc_stmt(E, body);
}

/* --- Solving ------------------------------------------------------------ */

/* Whether root, holding l's address, may outlive l: the heap and results
 * do; in one function, a location outside l's loop does; so does one of
 * a function enclosing the literal l belongs to (the literal's frame ends
 * first). A location of any other function of the batch does not: it is
 * a parameter or local of a function that l's function calls, directly
 * or not, so it lives no longer than l, and whatever it passes on to the
 * heap or a result is found by the walk from there. */
static bool outlives(Esc *E, Loc *root, Loc *l)
{
    if (root->escapes || root->result >= 0)
        return true;
    if (root->fn == l->fn)
        return root->depth < l->depth;
    for (int f = E->fns.v[l->fn].parent; f >= 0; f = E->fns.v[f].parent)
        if (f == root->fn)
            return true;
    return false;
}

static void walk_one(Esc *E, int root, int gen, IntList *roots)
{
    IntList todo = {0};
    Loc *r = &E->locs.v[root];
    r->walkgen = gen;
    r->derefs = 0;
    vec_push(&todo, root);
    while (todo.n > 0) {
        int li = todo.v[--todo.n];
        Loc *l = &E->locs.v[li];
        r = &E->locs.v[root];
        int d = l->derefs;
        if (d < 0) {
            if (!l->escapes && outlives(E, r, l)) {
                l->escapes = true;
                if (!l->queued) {
                    l->queued = true;
                    vec_push(roots, li);
                }
            }
            d = 0;
        }
        if (l->param >= 0 && outlives(E, r, l)) {
            /* the parameter's value reaches what outlives the call: one
             * of its function's results, else the heap (a location of an
             * enclosing function too: a literal's parameter stored in a
             * variable it captured) */
            if (r->result >= 0 && r->fn == l->fn && !r->escapes) {
                if (d < l->leak_result[r->result])
                    l->leak_result[r->result] = d;
            } else if (d < l->leak_heap) {
                l->leak_heap = d;
            }
        }
        for (int i = 0; i < l->in.n; i++) {
            EscEdge ed = l->in.v[i];
            Loc *s = &E->locs.v[ed.src];
            int nd = d + ed.derefs;
            if (s->walkgen != gen || s->derefs > nd) {
                s->walkgen = gen;
                s->derefs = nd;
                vec_push(&todo, ed.src);
            }
        }
    }
}

static void solve(Esc *E)
{
    if (E->locs.n > MAX_LOCS) {
        for (int i = 0; i < E->locs.n; i++) {
            E->locs.v[i].escapes = true;
            E->locs.v[i].leak_heap = 0;
        }
        return;
    }
    IntList roots = {0};
    for (int i = 0; i < E->locs.n; i++) {
        Loc *l = &E->locs.v[i];
        /* too big for a frame: on the heap whatever happens */
        if ((l->kind == LOC_ALLOC && l->size > MAX_IMPLICIT_SIZE) ||
            (l->kind == LOC_VAR && l->size > MAX_STACK_VAR_SIZE))
            l->escapes = true;
        l->queued = true;
        vec_push(&roots, i);
    }
    E->locs.v[HEAP].escapes = true;
    int gen = 0;
    /* roots grows as locations escape: each is walked again */
    for (int i = 0; i < roots.n; i++) {
        E->locs.v[roots.v[i]].queued = false;
        walk_one(E, roots.v[i], ++gen, &roots);
    }
}

/* --- Results and -m ------------------------------------------------------ */

typedef struct Note {
    Pos pos;
    char *text;
} Note;

static VEC(Note) notes;

static void note(Pos pos, const char *text)
{
    Note n = {pos, (char *)text};
    vec_push(&notes, n);
}

/* How gc names an allocation in -m output. */
static const char *site_string(Loc *l)
{
    Expr *e = l->site;
    Buf b = {0};
    switch (e->kind) {
    case EXPR_FUNC_LIT:
        return "func literal";
    case EXPR_CALL:
        if (unparen(e->u.call.fun)->mode != MODE_BUILTIN)
            return "... argument"; /* a variadic call's array */
        break;
    case EXPR_COMPOSITE_LIT:
        if (is_pointer(e->type))
            return xprintf("&%s{%s}", type_string(type_underlying(e->type)->u.pointer.elem),
                           e->u.composite_lit.elts.n ? "..." : "");
        return xprintf("%s%s{%s}", l->amp ? "&" : "", type_string(e->type), e->u.composite_lit.elts.n ? "..." : "");
    default:
        break;
    }
    expr_string(&b, e); /* new(T), make(...) */
    return b.s;
}

static void record(Esc *E)
{
    for (int i = 1; i < E->locs.n; i++) {
        Loc *l = &E->locs.v[i];
        if (l->kind == LOC_VAR && l->obj->u.var.addr_taken) {
            if (!l->escapes && l->addr_seen)
                *map_slot(&stack_ok, l->obj, true) = (void *)1;
            else if (reporting && named(l->obj)) {
                Stmt *clause = map_get(&E->clause_of, l->obj);
                note(clause ? clause->pos : l->obj->pos, xprintf("moved to heap: %s", l->obj->name));
            }
        }
        if (l->kind == LOC_ALLOC && l->site) {
            if (!l->escapes)
                *map_slot(&stack_ok, l->site, true) = (void *)1;
            if (reporting)
                note(l->pos, xprintf("%s %s", site_string(l), l->escapes ? "escapes to heap" : "does not escape"));
        }
    }
    if (reporting)
        for (int i = 0; i < E->iface_sites.n; i++) {
            Expr *x = E->iface_sites.v[i];
            if (x->kind == EXPR_CALL && unparen(x->u.call.fun)->mode == MODE_TYPE && x->u.call.args.n == 1)
                x = x->u.call.args.v[0];
            if (x->mode == MODE_CONST || !x->type || is_direct_iface(x->type))
                continue; /* no box: the pointer itself is the data word */
            Buf b = {0};
            expr_string(&b, x);
            buf_putc(&b, 0);
            note(x->pos, xprintf("%s escapes to heap", b.s));
            free(b.s);
        }
    for (int f = 0; f < E->fns.n; f++) {
        FnInfo *fi = &E->fns.v[f];
        EscTags *tg = NEW(EscTags);
        tg->nparams = fi->nparams;
        tg->nresults = fi->nresults;
        tg->heap = NEWARRAY(int, fi->nparams + 1);
        tg->result = NEWARRAY(int, fi->nparams * fi->nresults + 1);
        for (int i = 0; i < fi->nparams; i++) {
            int p = fi->params[i];
            Loc *l = p >= 0 ? &E->locs.v[p] : NULL;
            tg->heap[i] = l ? l->leak_heap : NONE;
            /* A leak to a result with at least the derefs of the leak
             * to the heap says nothing more: dropped, as gc drops it. */
            for (int j = 0; j < fi->nresults; j++) {
                int d = l ? l->leak_result[j] : NONE;
                tg->result[i * fi->nresults + j] = d >= tg->heap[i] ? NONE : d;
            }
            if (reporting && l && fi->obj && (func_pragma(fi->obj) & PRAGMA_UINTPTRESCAPES)) {
                /* mark_uintptr_escapes acts at the call sites */
                Type *u = type_underlying(l->obj->type);
                bool dots = i == fi->nparams - 1 && type_underlying(fi->obj->type)->u.func.variadic;
                if (u->kind == TYPE_UINTPTR)
                    note(l->obj->pos, xprintf("marking %s as escaping uintptr", l->obj->name));
                else if (dots && type_underlying(elem_type(u))->kind == TYPE_UINTPTR)
                    note(l->obj->pos, xprintf("marking %s as escaping ...uintptr", l->obj->name));
            }
            if (!reporting || !l || type_ptrdata(l->obj->type) == 0)
                continue;
            const char *name = l->obj->name;
            bool any = false;
            if (tg->heap[i] != NONE) {
                note(l->obj->pos, xprintf(tg->heap[i] == 0 ? "leaking param: %s" : "leaking param content: %s", name));
                any = true;
            }
            for (int j = 0; j < fi->nresults; j++) {
                int d = tg->result[i * fi->nresults + j];
                if (d != NONE) {
                    Object *r = type_underlying(fi->obj ? fi->obj->type : fi->lit->type)->u.func.results->u.tuple.vars.v[j];
                    note(l->obj->pos, xprintf("leaking param: %s to result %s level=%d", name,
                                              named(r) ? r->name : xprintf("~r%d", j), d));
                    any = true;
                }
            }
            if (!any)
                note(l->obj->pos, xprintf("%s does not escape", name));
        }
        if (fi->obj)
            fi->obj->u.func.esc = tg;
    }
}

/* --- Call graph order ---------------------------------------------------- */

typedef struct Graph {
    Package *pkg;
    PtrMap index;       /* function Object -> i + 1 */
    Decl **funcs;
    int n;
    int *low, *num, *stack, nstack, counter;
    bool *onstack;
    IntList *succ;
    Esc *E;
} Graph;

static void calls_in_expr(Graph *g, int from, Expr *e);

/* Adds an edge for every declared function of the package that the
 * body names (called or not: a func value may be called anywhere), and
 * notes looping labels. */
static void calls_in_stmt(Graph *g, int from, Stmt *st);

static void name_use(Graph *g, int from, Object *f)
{
    void *v = f ? map_get(&g->index, f) : NULL;
    if (v)
        vec_push(&g->succ[from], (int)(intptr_t)v - 1);
}

static void calls_in_list(Graph *g, int from, ExprList *l)
{
    for (int i = 0; i < l->n; i++)
        calls_in_expr(g, from, l->v[i]);
}

static void calls_in_expr(Graph *g, int from, Expr *e)
{
    if (!e)
        return;
    switch (e->kind) {
    case EXPR_IDENT: name_use(g, from, e->u.ident.obj); break;
    case EXPR_COMPOSITE_LIT: calls_in_list(g, from, &e->u.composite_lit.elts); break;
    case EXPR_KEY_VALUE: calls_in_expr(g, from, e->u.key_value.key); calls_in_expr(g, from, e->u.key_value.value); break;
    case EXPR_FUNC_LIT: calls_in_stmt(g, from, e->u.func_lit.body); break;
    case EXPR_PAREN: calls_in_expr(g, from, e->u.paren.x); break;
    case EXPR_SELECTOR:
        calls_in_expr(g, from, e->u.selector.x);
        name_use(g, from, e->u.selector.sel->u.ident.obj);
        break;
    case EXPR_INDEX: calls_in_expr(g, from, e->u.index.x); calls_in_list(g, from, &e->u.index.indices); break;
    case EXPR_SLICE:
        calls_in_expr(g, from, e->u.slice.x); calls_in_expr(g, from, e->u.slice.lo);
        calls_in_expr(g, from, e->u.slice.hi); calls_in_expr(g, from, e->u.slice.max);
        break;
    case EXPR_TYPE_ASSERT: calls_in_expr(g, from, e->u.type_assert.x); break;
    case EXPR_CALL: calls_in_expr(g, from, e->u.call.fun); calls_in_list(g, from, &e->u.call.args); break;
    case EXPR_STAR: calls_in_expr(g, from, e->u.star.x); break;
    case EXPR_UNARY: calls_in_expr(g, from, e->u.unary.x); break;
    case EXPR_BINARY: calls_in_expr(g, from, e->u.binary.x); calls_in_expr(g, from, e->u.binary.y); break;
    default: break;
    }
}

static void calls_in_stmts(Graph *g, int from, StmtList *l)
{
    for (int i = 0; i < l->n; i++)
        calls_in_stmt(g, from, l->v[i]);
}

static void calls_in_stmt(Graph *g, int from, Stmt *st)
{
    if (!st)
        return;
    switch (st->kind) {
    case STMT_DECL:
        if (st->u.decl.decl->kind == DECL_VAR)
            calls_in_list(g, from, &st->u.decl.decl->u.value.values);
        break;
    case STMT_LABELED: calls_in_stmt(g, from, st->u.labeled.stmt); break;
    case STMT_EXPR: calls_in_expr(g, from, st->u.expr.x); break;
    case STMT_SEND: calls_in_expr(g, from, st->u.send.chan); calls_in_expr(g, from, st->u.send.value); break;
    case STMT_INCDEC: calls_in_expr(g, from, st->u.incdec.x); break;
    case STMT_ASSIGN: calls_in_list(g, from, &st->u.assign.lhs); calls_in_list(g, from, &st->u.assign.rhs); break;
    case STMT_GO: calls_in_expr(g, from, st->u.go_stmt.call); break;
    case STMT_DEFER: calls_in_expr(g, from, st->u.defer_stmt.call); break;
    case STMT_RETURN: calls_in_list(g, from, &st->u.return_stmt.results); break;
    case STMT_BLOCK: calls_in_stmts(g, from, &st->u.block.list); break;
    case STMT_IF:
        calls_in_stmt(g, from, st->u.if_stmt.init); calls_in_expr(g, from, st->u.if_stmt.cond);
        calls_in_stmt(g, from, st->u.if_stmt.then); calls_in_stmt(g, from, st->u.if_stmt.else_);
        break;
    case STMT_CASE_CLAUSE:
        calls_in_list(g, from, &st->u.case_clause.list); calls_in_stmts(g, from, &st->u.case_clause.body);
        break;
    case STMT_SWITCH:
        calls_in_stmt(g, from, st->u.switch_stmt.init); calls_in_expr(g, from, st->u.switch_stmt.tag);
        calls_in_stmt(g, from, st->u.switch_stmt.body);
        break;
    case STMT_TYPE_SWITCH:
        calls_in_stmt(g, from, st->u.type_switch.init); calls_in_stmt(g, from, st->u.type_switch.assign);
        calls_in_stmt(g, from, st->u.type_switch.body);
        break;
    case STMT_COMM_CLAUSE: calls_in_stmt(g, from, st->u.comm_clause.comm); calls_in_stmts(g, from, &st->u.comm_clause.body); break;
    case STMT_SELECT: calls_in_stmt(g, from, st->u.select_stmt.body); break;
    case STMT_FOR:
        calls_in_stmt(g, from, st->u.for_stmt.init); calls_in_expr(g, from, st->u.for_stmt.cond);
        calls_in_stmt(g, from, st->u.for_stmt.post); calls_in_stmt(g, from, st->u.for_stmt.body);
        break;
    case STMT_BRANCH:
        if (st->u.branch.tok == TK_GOTO && st->u.branch.target && pos_cmp(st->u.branch.target->pos, st->pos) < 0)
            *map_slot(&looping, st->u.branch.target, true) = st;
        break;
    case STMT_RANGE:
        calls_in_expr(g, from, st->u.range.key); calls_in_expr(g, from, st->u.range.value);
        calls_in_expr(g, from, st->u.range.x); calls_in_stmt(g, from, st->u.range.body);
        break;
    default: break;
    }
}

/* Analyses one strongly connected component of functions together. */
static void analyse_batch(Package *pkg, Decl **fs, int n)
{
    Esc *E = NEW(Esc);
    E->pkg = pkg;
    new_loc(E, LOC_HEAP);
    for (int i = 0; i < n; i++) {
        FnInfo fi = {.obj = fs[i]->u.func.obj, .decl = fs[i], .parent = -1};
        vec_push(&E->fns, fi);
        *map_slot(&E->batch, fs[i]->u.func.obj, true) = (void *)(intptr_t)(i + 1);
    }
    /* parameters first, so that calls within the batch find them */
    for (int i = 0; i < n; i++) {
        E->fn = i;
        func_body(E, i, NULL);
    }
    for (int i = 0; i < n; i++) {
        E->fn = i;
        E->depth = 0;
        esc_stmt(E, fs[i]->u.func.body);
    }
    solve(E);
    record(E);
}

/* Tarjan's algorithm: components come out callees first. */
static void strongconnect(Graph *g, int v)
{
    g->num[v] = g->low[v] = ++g->counter;
    g->stack[g->nstack++] = v;
    g->onstack[v] = true;
    for (int i = 0; i < g->succ[v].n; i++) {
        int w = g->succ[v].v[i];
        if (!g->num[w]) {
            strongconnect(g, w);
            if (g->low[w] < g->low[v])
                g->low[v] = g->low[w];
        } else if (g->onstack[w] && g->num[w] < g->low[v]) {
            g->low[v] = g->num[w];
        }
    }
    if (g->low[v] != g->num[v])
        return;
    Decl **batch = NEWARRAY(Decl *, g->n);
    int nb = 0;
    int w;
    do {
        w = g->stack[--g->nstack];
        g->onstack[w] = false;
        batch[nb++] = g->funcs[w];
    } while (w != v);
    analyse_batch(g->pkg, batch, nb);
}

static int note_cmp(const void *a, const void *b)
{
    const Note *x = a, *y = b;
    int c = pos_cmp(x->pos, y->pos);
    return c ? c : strcmp(x->text, y->text);
}

/* Analyses every function of pkg (the package's initialisers need
 * none: what they allocate is left on the heap). */
void escape_analyze(Package *pkg, bool report)
{
    if (disabled)
        return;
    Arena *outer = arena_enter(&arena_package);
    reporting = report && report_wanted;
    Graph g = {.pkg = pkg, .n = pkg->funcs.n};
    g.funcs = pkg->funcs.v;
    g.low = NEWARRAY(int, g.n + 1);
    g.num = NEWARRAY(int, g.n + 1);
    g.stack = NEWARRAY(int, g.n + 1);
    g.onstack = NEWARRAY(bool, g.n + 1);
    g.succ = NEWARRAY(IntList, g.n + 1);
    for (int i = 0; i < g.n; i++)
        *map_slot(&g.index, g.funcs[i]->u.func.obj, true) = (void *)(intptr_t)(i + 1);
    for (int i = 0; i < g.n; i++)
        calls_in_stmt(&g, i, g.funcs[i]->u.func.body);
    for (int i = 0; i < g.n; i++)
        if (!g.num[i])
            strongconnect(&g, i);
    if (reporting && notes.n > 0) {
        qsort(notes.v, (size_t)notes.n, sizeof *notes.v, note_cmp);
        for (int i = 0; i < notes.n; i++)
            if (i == 0 || pos_cmp(notes.v[i].pos, notes.v[i - 1].pos) || strcmp(notes.v[i].text, notes.v[i - 1].text))
                fprintf(stderr, "%s: %s\n", pos_string(notes.v[i].pos), notes.v[i].text);
        notes.n = 0;
    }
    arena_enter(outer);
}
