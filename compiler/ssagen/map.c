/*
 * map.c — map operations, lowered to calls of rt/map.c as gc lowers
 * them: make (makemap_small, makemap), literals, m[k] reads
 * (mapaccess1; mapaccess2 for v, ok := m[k]), m[k] as the left side of
 * an assignment (mapassign returns where the elem goes), delete, len,
 * and for-range (a hiter on the stack, mapiterinit, mapiternext).
 *
 * A map value is one word, the *hmap (nil for a nil map); the runtime
 * calls take the map's descriptor (a maptype: typedesc.c) first. Keys
 * travel by address, except where gc uses the runtime's fast forms,
 * which take the key by value: a 4- or 8-byte key of plain memory
 * (fast32, fast64) or a string (faststr), when the elem is at most 128
 * bytes (gc's mapfast). The key's hasher in the descriptor (alg.c,
 * hash_sym) is then memhash32, memhash64 or strhash, which those forms
 * assume. An 8-byte key holding a pointer is read and deleted through
 * fast64 too, but assigned through the generic mapassign (gc has
 * mapassign_fast64ptr for the write barrier; the generic form is
 * equivalent).
 *
 * Invariants: a key is converted to the map's key type (assign_conv: an
 * interface key boxes its value) before any call; an elem read from a
 * map is copied out when it lives in memory, since the slot it points
 * to may move or be cleared by the next write to the map; a slot
 * returned by mapassign is stored to before any other map call.
 */
#include "builder.h"

#include <string.h>

/* gc's limits (rt/map.c agrees): elems bigger than MAX_FAST_ELEM use the
 * generic calls; bigger than MAX_ZERO, the _fat reads with the
 * compiler's zero value; make with a constant hint up to BUCKET_COUNT
 * needs no bucket array yet (makemap_small). */
enum { MAX_FAST_ELEM = 128, MAX_ZERO = 1024, BUCKET_COUNT = 8, HITER_WORDS = 12 };

typedef enum MapForm { FORM_SLOW, FORM_FAST32, FORM_FAST64, FORM_FASTSTR, FORM_COUNT } MapForm;
typedef enum MapOp { MAP_ACCESS1, MAP_ACCESS2, MAP_ASSIGN, MAP_DELETE, MAP_OPS } MapOp;

/* The runtime entry of each operation in each form (rt/runtime.def). */
static const RtId entries[MAP_OPS][FORM_COUNT] = {
    [MAP_ACCESS1] = {RT_mapaccess1, RT_mapaccess1_fast32, RT_mapaccess1_fast64, RT_mapaccess1_faststr},
    [MAP_ACCESS2] = {RT_mapaccess2, RT_mapaccess2_fast32, RT_mapaccess2_fast64, RT_mapaccess2_faststr},
    [MAP_ASSIGN] = {RT_mapassign, RT_mapassign_fast32, RT_mapassign_fast64, RT_mapassign_faststr},
    [MAP_DELETE] = {RT_mapdelete, RT_mapdelete_fast32, RT_mapdelete_fast64, RT_mapdelete_faststr},
};

/* m[k] on the left of an assignment: the map (its word, or the address
 * of the variable holding it, read when assigning, after the checks
 * made on the way) and the key, evaluated before the right side. */
struct MapPlace {
    Type *type;       /* the map type */
    Value *h;         /* the map, or NULL: */
    Value *h_addr;    /* where to load it from */
    Val key;          /* of the key type; a memory key is a copy */
};

static Type *map_u(Type *mt) { return type_underlying(mt); }
static Type *key_type(Type *mt) { return map_u(mt)->u.map.key; }
static Type *map_elem(Type *mt) { return map_u(mt)->u.map.elem; }

bool is_map_index(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e->kind == EXPR_INDEX && e->u.index.indices.n == 1 &&
           map_u(e->u.index.x->type)->kind == TYPE_MAP;
}

/* gc's choice of form for map type mt (mapfast); ptr_key: an 8-byte key
 * holding a pointer, assigned through the generic form. */
static MapForm map_form(Type *mt, bool *ptr_key)
{
    Type *k = key_type(mt);
    *ptr_key = false;
    if (type_size(map_elem(mt)) > MAX_FAST_ELEM)
        return FORM_SLOW;
    if (type_underlying(k)->kind == TYPE_STRING)
        return FORM_FASTSTR;
    if (!is_regular_memory(k))
        return FORM_SLOW;
    int64_t size = type_size(k);
    if (size == 4 && !type_ptrdata(k))
        return FORM_FAST32;
    if (size == 8) {
        *ptr_key = type_ptrdata(k) != 0;
        return FORM_FAST64;
    }
    return FORM_SLOW;
}

static Value *type_addr(Builder *s, Type *t, Pos pos)
{
    Value *a = v0(s, OpAddr, t_ptr(), pos);
    a->aux = type_sym(s, t);
    return a;
}

/* The key expression's value as the map's key type. */
static Val key_val(Builder *s, Type *mt, Expr *k)
{
    return assign_conv(s, expr(s, k), key_type(mt), k->pos);
}

/* The key's argument words in form f: its address (a copy in a fresh
 * slot for a value in registers), or its value. Returns how many. */
static int key_args(Builder *s, MapForm f, Type *kt, Val k, Value **out, Pos pos)
{
    switch (f) {
    case FORM_FASTSTR:
        out[0] = k.w[0];
        out[1] = k.w[1];
        return 2;
    case FORM_FAST32: case FORM_FAST64:
        out[0] = k.n == 1 ? k.w[0]
                          : load(s, types_basic[f == FORM_FAST32 ? TYPE_UINT32 : TYPE_UINT64], k.addr, pos);
        return 1;
    default:
        if (k.n == 0) {
            out[0] = k.addr;
        } else {
            out[0] = temp_addr(s, kt, pos);
            store_val(s, kt, out[0], k, pos);
        }
        return 1;
    }
}

/* The zero value the _fat reads return for a missing key: one
 * read-only symbol as big as the biggest such elem (gc's zeroVal). */
static Value *fat_zero(Builder *s, int64_t size, Pos pos)
{
    bool fresh;
    Sym *z = gen_data_sym(s->gen, "map.zero", "go.map.zero", &fresh);
    if (z->size < size) {
        z->bytes = arena_alloc(&arena_package, (size_t)size);
        memset(z->bytes, 0, (size_t)size);
        z->size = size;
    }
    Value *a = v0(s, OpAddr, t_ptr(), pos);
    a->aux = z;
    return a;
}

/* Calls operation op on map h of type mt with key k. Returns the slot
 * (access, assign: never nil) and for MAP_ACCESS2 sets *okp. */
static Value *map_call(Builder *s, MapOp op, Type *mt, Value *h, Val k, Value **okp, Pos pos)
{
    bool ptr_key;
    MapForm f = map_form(mt, &ptr_key);
    if (op == MAP_ASSIGN && ptr_key)
        f = FORM_SLOW;
    Value *args[5] = {type_addr(s, mt, pos), h};
    int n = 2 + key_args(s, f, key_type(mt), k, args + 2, pos);
    RtId id = entries[op][f];
    int64_t esize = type_size(map_elem(mt));
    if ((op == MAP_ACCESS1 || op == MAP_ACCESS2) && esize > MAX_ZERO) {
        id = op == MAP_ACCESS1 ? RT_mapaccess1_fat : RT_mapaccess2_fat;
        args[n++] = fat_zero(s, esize, pos);
    }
    Value *res[2] = {0};
    Type *rt[2] = {t_ptr(), t_bool()};
    rtcall(s, id, args, op == MAP_DELETE ? NULL : res, op == MAP_DELETE ? NULL : rt, pos);
    if (okp)
        *okp = res[1];
    return res[0];
}

/* The elem at slot p, copied out of the map if it lives in memory. */
static Val elem_at(Builder *s, Type *mt, Value *p, Pos pos)
{
    return copy_val(s, load_val(s, map_elem(mt), p, pos), pos);
}

/* m[k] as a value; with okp, v, ok := m[k]. A missing key (or a nil
 * map) gives the elem type's zero value. */
Val map_index(Builder *s, Expr *e, Value **okp)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    Type *mt = e->u.index.x->type;
    Value *h = expr1(s, e->u.index.x);
    Val k = key_val(s, mt, e->u.index.indices.v[0]);
    Value *p = map_call(s, okp ? MAP_ACCESS2 : MAP_ACCESS1, mt, h, k, okp, e->pos);
    return elem_at(s, mt, p, e->pos);
}

/* makemap_small, or makemap with hint (an int). */
static Value *new_map(Builder *s, Type *mt, Value *hint, Pos pos)
{
    Value *res[1] = {0};
    Type *rt[1] = {t_ptr()};
    if (!hint) {
        rtcall(s, RT_makemap_small, NULL, res, rt, pos);
    } else {
        Value *args[3] = {type_addr(s, mt, pos), hint, const_int(s, t_ptr(), 0, pos)};
        rtcall(s, RT_makemap, args, res, rt, pos);
    }
    return res[0];
}

/* make(map[K]V[, hint]). A hint that is negative or too big at run time
 * counts as 0 (rt/map.c), as in gc; constant ones the checker rejects. */
Val make_map(Builder *s, Expr *e)
{
    ExprList *args = &e->u.call.args;
    Value *hint = NULL;
    if (args->n > 1) {
        Expr *h = args->v[1];
        bool small = h->mode == MODE_CONST && h->val && const_int64_val(h->val) <= BUCKET_COUNT;
        if (!small)
            hint = int_value(s, h);
    }
    return one(new_map(s, e->type, hint, e->pos), e->type);
}

/* Whether e, stored as a t, is static in gc's sense (its
 * isStaticCompositeLiteral, after its order pass): a constant or nil, or
 * an array or struct literal of such, stored as what it is; a value
 * converted to an interface is not (nil is). */
static bool static_entry(Expr *e, Type *t)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    if (is_nil_expr(e))
        return true;
    if (type_is_interface(t))
        return false;
    if (e->mode == MODE_CONST)
        return true;
    if (e->kind != EXPR_COMPOSITE_LIT)
        return false;
    Type *u = type_underlying(e->type);
    ExprList *elts = &e->u.composite_lit.elts;
    if (u->kind != TYPE_ARRAY && u->kind != TYPE_STRUCT)
        return false;
    for (int i = 0; i < elts->n; i++) {
        Expr *x = elts->v[i];
        Type *xt;
        if (u->kind == TYPE_ARRAY) {
            xt = u->u.array.elem;
            if (x->kind == EXPR_KEY_VALUE)
                x = x->u.key_value.value;
        } else if (x->kind == EXPR_KEY_VALUE) {
            Object *f = x->u.key_value.key->kind == EXPR_IDENT ? x->u.key_value.key->u.ident.obj : NULL;
            if (!f)
                return false;
            xt = f->type;
            x = x->u.key_value.value;
        } else {
            if (i >= u->u.strct.fields.n)
                return false;
            xt = u->u.strct.fields.v[i]->type;
        }
        if (!static_entry(x, xt))
            return false;
    }
    return true;
}

/* map[K]V{k: v, ...}: a map made for that many entries, each assigned
 * (key, then value, then the store): first the static entries
 * (static_entry), then the others in source order, as gc's order pass
 * has it, so a computed key that equals a constant one stores last. */
Val map_lit(Builder *s, Expr *e, Type *mt)
{
    ExprList *elts = &e->u.composite_lit.elts;
    Value *hint = elts->n > BUCKET_COUNT ? const_int(s, t_int(), elts->n, e->pos) : NULL;
    Value *h = new_map(s, mt, hint, e->pos);
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < elts->n; i++) {
            Expr *kv = elts->v[i];
            if (kv->kind != EXPR_KEY_VALUE)
                continue; /* the checker reported it */
            bool stat = static_entry(kv->u.key_value.key, key_type(mt)) &&
                        static_entry(kv->u.key_value.value, map_elem(mt));
            if (stat != (pass == 0))
                continue;
            Val k = copy_val(s, key_val(s, mt, kv->u.key_value.key), kv->pos);
            Val v = assign_conv(s, expr(s, kv->u.key_value.value), map_elem(mt), kv->pos);
            Value *slot = map_call(s, MAP_ASSIGN, mt, h, k, NULL, kv->pos);
            store_val(s, map_elem(mt), slot, v, kv->pos);
        }
    return one(h, mt);
}

/* Ends the current block: to yes if p is not nil (likely), else to no. */
static void if_nonnil(Builder *s, Value *p, Block *yes, Block *no, Pos pos)
{
    branch_if(s, v2(s, OpNeqPtr, t_bool(), pos, p, const_int(s, t_ptr(), 0, pos)), yes, no, 1);
}

/* The int at h+off, or 0 when h is nil: len(m), the count in the
 * hmap's first word; len(c) and cap(c), the hchan's first two words
 * (rt/chan.c). */
Value *len_word(Builder *s, Value *h, int64_t off, Pos pos)
{
    int var = new_var(s, t_int());
    write_var(s, cur(s), var, const_int(s, t_int(), 0, pos));
    Block *ld = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    if_nonnil(s, h, ld, done, pos);
    start_block(s, ld, true);
    write_var(s, ld, var, load(s, t_int(), offptr(s, h, off, pos), pos));
    jump_to(s, done);
    start_block(s, done, true);
    return read_var(s, done, var);
}

/* delete(m, k) with m's value h and k of the key type; a no-op for a
 * missing key or a nil map. Also for a deferred delete (defer.c). */
void map_delete(Builder *s, Type *mt, Value *h, Val k, Pos pos)
{
    map_call(s, MAP_DELETE, mt, h, k, NULL, pos);
}

void delete_call(Builder *s, Expr *e)
{
    Expr *m = e->u.call.args.v[0];
    if (e->u.call.args.n == 1) { /* delete(f()), f's two results */
        CallResult cr = go_call(s, m);
        if (cr.n != 2)
            return;
        Type *mt = cr.vals[0].type;
        map_delete(s, mt, cr.vals[0].w[0], assign_conv(s, cr.vals[1], key_type(mt), e->pos), e->pos);
        return;
    }
    Value *h = expr1(s, m);
    map_delete(s, m->type, h, key_val(s, m->type, e->u.call.args.v[1]), e->pos);
}

/* --- m[k] as an assignment's left side (stmt.c's Places) ---------------------------------- */

/* Evaluates the operands of m[k] (x) for an assignment: a map variable
 * in memory is read only when assigning, after the checks on the way
 * to it (pend), as for any other place. */
MapPlace *map_place(Builder *s, Expr *x, Checks *pend)
{
    while (x->kind == EXPR_PAREN)
        x = x->u.paren.x;
    MapPlace *mp = NEW(MapPlace);
    Expr *mx = x->u.index.x;
    while (mx->kind == EXPR_PAREN)
        mx = mx->u.paren.x;
    mp->type = mx->type;
    bool in_ssa = mx->kind == EXPR_IDENT && mx->u.ident.obj && var_in_ssa(mx->u.ident.obj);
    if (mx->mode == MODE_VAR && !in_ssa)
        mp->h_addr = address(s, mx, pend);
    else
        mp->h = expr1(s, mx);
    mp->key = copy_val(s, key_val(s, mp->type, x->u.index.indices.v[0]), x->pos);
    return mp;
}

static Value *place_map(Builder *s, MapPlace *mp, Checks *pend, Pos pos)
{
    flush_checks(s, pend);
    return mp->h ? mp->h : load(s, t_ptr(), mp->h_addr, pos);
}

/* Where to store m[k]'s new value: mapassign's slot, which exists from
 * now on (gc's "assignment to entry in nil map" panic for a nil map). */
Value *map_place_slot(Builder *s, MapPlace *mp, Checks *pend, Pos pos)
{
    Value *h = place_map(s, mp, pend, pos);
    return map_call(s, MAP_ASSIGN, mp->type, h, mp->key, NULL, pos);
}

/* m[k]'s current value, for m[k] op= y where the operation may panic
 * (/ and %: gc reads, computes, then assigns, so a panic leaves no new
 * entry). */
Val map_place_value(Builder *s, MapPlace *mp, Checks *pend, Pos pos)
{
    Value *h = place_map(s, mp, pend, pos);
    Value *p = map_call(s, MAP_ACCESS1, mp->type, h, mp->key, NULL, pos);
    return elem_at(s, mp->type, p, pos);
}

/* --- for k, v := range m ------------------------------------------------------------------ */

static Object *field(const char *name, Type *t, int index)
{
    Object *f = object_new(OBJ_VAR, intern_cstr(name), (Pos){0}, t);
    f->u.var.is_field = true;
    f->u.var.index = index;
    return f;
}

/* The iterator's type, rt/runtime.h's hiter: eight pointers (key and
 * elem first), then four words of scalars. */
static Type *hiter_type(void)
{
    Type *t = type_new(TYPE_STRUCT);
    vec_push(&t->u.strct.fields, field("ptrs", type_new_array(t_ptr(), 8), 0));
    vec_push(&t->u.strct.fields, field("words", type_new_array(t_uintptr(), HITER_WORDS - 8), 1));
    return t;
}

/* The range loop over a map: the iterator lives in this frame;
 * mapiterinit moves it to the first entry, mapiternext to the next,
 * and hiter.key is nil once every entry has been produced (in a random
 * order, as gc's runtime does). The key and elem are copied out before
 * the body runs, which may write to the map. */
void map_range(Builder *s, Stmt *st)
{
    Expr *x = st->u.range.x;
    Type *mt = x->type;
    Pos pos = st->pos;
    Value *h = expr1(s, x);
    Value *it = temp_addr(s, hiter_type(), pos);
    Value *args[3] = {type_addr(s, mt, pos), h, it};
    rtcall(s, RT_mapiterinit, args, NULL, NULL, pos);
    Block *header = new_block(s, BlockPlain, pos), *body = new_block(s, BlockPlain, pos);
    Block *post = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    jump_to(s, header);
    start_block(s, header, false);
    Value *kp = load(s, t_ptr(), it, pos);
    if_nonnil(s, kp, body, done, pos);
    start_block(s, body, true);
    Expr *ke = st->u.range.key, *ve = st->u.range.value;
    bool want_k = ke && !is_blank(ke), want_v = ve && !is_blank(ve);
    Val k, v;
    if (want_k)
        k = copy_val(s, load_val(s, key_type(mt), kp, pos), pos);
    if (want_v)
        v = elem_at(s, mt, load(s, t_ptr(), offptr(s, it, 8, pos), pos), pos);
    range_assign(s, st, want_k ? &k : NULL, want_v ? &v : NULL);
    range_body(s, st, post, done);
    rtcall(s, RT_mapiternext, &it, NULL, NULL, pos);
    jump_to(s, header);
    seal(s, header);
    start_block(s, done, true);
}
