/*
 * alg.c — equality and hashing of whole values, as type descriptors
 * hold them (_type.equal, maptype.hasher; rt/type.h): one of the
 * runtime's functions (runtime.memequal64, runtime.strhash, ...:
 * rt/runtime.def) where it fits the type, as gc chooses, else a
 * function generated here, type..eq.T or type..hash.T, for arrays and
 * structs (gc's reflectdata/alg.go does the same).
 *
 * The generated functions are Go functions with the register convention:
 *   type..eq.T(p, q unsafe.Pointer) bool       *p == *q
 *   type..hash.T(p unsafe.Pointer, h uintptr) uintptr
 * Both walk the value: fields in order (blank fields skipped, as == and
 * the runtime's typehash skip them), array elements in a loop (unrolled
 * up to four), scalars and strings compared inline (compare.c), regular
 * memory as one runtime.memequal/memhash call; equality returns false
 * at the first difference, reading string bodies after the rest of a
 * struct as gc does (equal_fields). program.c builds them after the descriptors
 * that ask for them.
 */
#include "builder.h"

#include <string.h>

enum { MAX_UNROLL = 4 };

/* Whether == and hashing may treat a value of t as its bytes (gc's
 * AMEM): no floats, strings or interfaces inside, no padding, no blank
 * fields. tflagRegularMemory says so at run time. */
bool is_regular_memory(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_BOOL: case TYPE_INT: case TYPE_INT8: case TYPE_INT16: case TYPE_INT32: case TYPE_INT64:
    case TYPE_UINT: case TYPE_UINT8: case TYPE_UINT16: case TYPE_UINT32: case TYPE_UINT64:
    case TYPE_UINTPTR: case TYPE_POINTER: case TYPE_CHAN: case TYPE_UNSAFE_POINTER:
        return true;
    case TYPE_ARRAY:
        return is_regular_memory(u->u.array.elem);
    case TYPE_STRUCT: {
        ObjectList *fs = &u->u.strct.fields;
        int64_t end = 0;
        for (int i = 0; i < fs->n; i++) {
            if (!is_regular_memory(fs->v[i]->type) || strcmp(fs->v[i]->name, "_") == 0 ||
                type_field_offset(u, i) != end)
                return false;
            end += type_size(fs->v[i]->type);
        }
        return end == type_size(u);
    }
    default:
        return false;
    }
}

static Sym *runtime_func(const char *name)
{
    return ssa_sym(SYM_FUNC, xprintf("runtime.%s", name), NULL);
}

/* The name of a generated function for t: gc's type..eq.T, type..hash.T. */
static const char *gen_name(SsaGen *g, const char *what, Type *t)
{
    return xprintf("type..%s.%s", what, gen_type_sym(g, t)->name + strlen("type."));
}

/* The runtime's equality and hash functions for the kinds that are
 * not regular memory, as gc picks them (and interfaces: the empty
 * interface's are nilinterequal, nilinterhash). */
static const struct {
    TypeKind kind;
    const char *equal, *hash;
} by_kind[] = {
    {TYPE_FLOAT32, "f32equal", "f32hash"},
    {TYPE_FLOAT64, "f64equal", "f64hash"},
    {TYPE_COMPLEX64, "c64equal", "c64hash"},
    {TYPE_COMPLEX128, "c128equal", "c128hash"},
    {TYPE_STRING, "strequal", "strhash"},
    {TYPE_INTERFACE, "interequal", "interhash"},
};

/* t's runtime function from by_kind, or NULL. */
static Sym *kind_func(Type *t, bool hash)
{
    Type *u = type_underlying(t);
    for (size_t i = 0; i < sizeof by_kind / sizeof by_kind[0]; i++) {
        if (by_kind[i].kind != u->kind)
            continue;
        const char *name = hash ? by_kind[i].hash : by_kind[i].equal;
        if (u->kind == TYPE_INTERFACE && u->u.iface.methods.n == 0)
            name = hash ? "nilinterhash" : "nilinterequal";
        return runtime_func(name);
    }
    return NULL;
}

/* _type.equal of t: NULL when t is not comparable. */
Sym *equal_sym(SsaGen *g, Type *t)
{
    if (!type_is_comparable(t))
        return NULL;
    Sym *f = kind_func(t, false);
    if (f)
        return f;
    if (is_regular_memory(t)) {
        switch (type_size(t)) {
        case 0: return runtime_func("memequal0");
        case 1: return runtime_func("memequal8");
        case 2: return runtime_func("memequal16");
        case 4: return runtime_func("memequal32");
        case 8: return runtime_func("memequal64");
        case 16: return runtime_func("memequal128");
        default: break;
        }
    }
    return ssa_sym(SYM_FUNC, queue_gen_func(g, GEN_EQUAL, gen_name(g, "eq", t), t, NULL), NULL);
}

/* maptype.hasher of key type t (t comparable). */
Sym *hash_sym(SsaGen *g, Type *t)
{
    Sym *f = kind_func(t, true);
    if (f)
        return f;
    if (is_regular_memory(t) && type_size(t) == 4)
        return runtime_func("memhash32");
    if (is_regular_memory(t) && type_size(t) == 8)
        return runtime_func("memhash64");
    return ssa_sym(SYM_FUNC, queue_gen_func(g, GEN_HASH, gen_name(g, "hash", t), t, NULL), NULL);
}

/* --- Generated bodies ------------------------------------------------------------------------ */

static Object *param(const char *name, Type *t)
{
    Object *o = object_new(OBJ_VAR, intern_cstr(name), (Pos){0}, t);
    o->u.var.is_param = true;
    return o;
}

/* func(a, b) r, for the generated functions' signatures. */
static Type *sig2(Object *a, Object *b, Type *r)
{
    Arena *outer = arena_enter(&arena_package);
    ObjectList ps = {0}, rs = {0};
    vec_push(&ps, a);
    vec_push(&ps, b);
    Object *res = object_new(OBJ_VAR, "", (Pos){0}, r);
    res->u.var.is_result = true;
    vec_push(&rs, res);
    Type *t = type_new(TYPE_FUNC);
    t->u.func.params = type_new_tuple(ps);
    t->u.func.results = type_new_tuple(rs);
    arena_enter(outer);
    return t;
}

/* Goes on when cond holds, else to fail. */
static void or_fail(Builder *s, Value *cond, Block *fail, Pos pos)
{
    Block *b = cur(s);
    b->kind = BlockIf;
    ssa_set_control(b, cond);
    b->likely = 1;
    Block *ok = new_block(s, BlockPlain, pos);
    ssa_add_edge(b, ok);
    ssa_add_edge(b, fail);
    start_block(s, ok, true);
}

static Value *index_addr(Builder *s, Value *p, Value *i, int64_t size, Pos pos)
{
    Value *off = v2(s, OpMul64, t_int(), pos, i, const_int(s, t_int(), size, pos));
    return v2(s, OpAddPtr, t_ptr(), pos, p, off);
}

/*
 * A loop over the elements of an array of n: each(s, i, ctx) is called
 * once to build the body for index i. var, if not negative, is an SSA
 * variable the body updates (the running hash), carried by phis.
 */
static void array_loop(Builder *s, int64_t n, void (*each)(Builder *s, Value *i, void *ctx), void *ctx,
                       Pos pos)
{
    int iv = new_var(s, t_int());
    write_var(s, cur(s), iv, const_int(s, t_int(), 0, pos));
    Block *head = new_block(s, BlockPlain, pos), *body = new_block(s, BlockPlain, pos);
    Block *done = new_block(s, BlockPlain, pos);
    jump_to(s, head);
    start_block(s, head, false);
    Value *i = read_var(s, head, iv);
    head->kind = BlockIf;
    ssa_set_control(head, v2(s, OpLess64, t_bool(), pos, i, const_int(s, t_int(), n, pos)));
    ssa_add_edge(head, body);
    ssa_add_edge(head, done);
    start_block(s, body, true);
    each(s, i, ctx);
    write_var(s, cur(s), iv, v2(s, OpAdd64, t_int(), pos, i, const_int(s, t_int(), 1, pos)));
    jump_to(s, head);
    seal(s, head);
    start_block(s, done, true);
}

typedef struct EqCtx {
    Type *elem;
    Value *p, *q;
    Block *fail;
    Pos pos;
} EqCtx;

static void equal_mem(Builder *s, Type *t, Value *p, Value *q, Block *fail, Pos pos);

static void equal_elem(Builder *s, Value *i, void *ctx)
{
    EqCtx *c = ctx;
    int64_t size = type_size(c->elem);
    equal_mem(s, c->elem, index_addr(s, c->p, i, size, c->pos), index_addr(s, c->q, i, size, c->pos),
              c->fail, c->pos);
}

/* Whether == on t can panic: an interface inside, whose dynamic type
 * may be uncomparable. */
static bool eq_can_panic(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_INTERFACE:
        return true;
    case TYPE_ARRAY:
        return eq_can_panic(u->u.array.elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->u.strct.fields.n; i++)
            if (named(u->u.strct.fields.v[i]) && eq_can_panic(u->u.strct.fields.v[i]->type))
                return true;
        return false;
    default:
        return false;
    }
}

/* Compares fields [from, to) of struct u, none of which can panic:
 * first every comparison that reads only the structs themselves
 * (string lengths, scalars, nested values), then the string bodies,
 * in field order. So a difference found in the structs never reads
 * through a string's pointer, as gc orders them (issue 8606: a
 * string whose bytes are unmapped compares unequal to one of another
 * length without a fault). */
static void equal_fields(Builder *s, Type *u, int from, int to, Value *p, Value *q, Block *fail, Pos pos)
{
    for (int pass = 0; pass < 2; pass++)
        for (int i = from; i < to; i++) {
            Object *f = u->u.strct.fields.v[i];
            if (!named(f))
                continue;
            int64_t off = type_field_offset(u, i);
            Value *pf = offptr(s, p, off, pos), *qf = offptr(s, q, off, pos);
            if (type_underlying(f->type)->kind != TYPE_STRING) {
                if (pass == 0)
                    equal_mem(s, f->type, pf, qf, fail, pos);
                continue;
            }
            Type *it = t_int();
            if (pass == 0) {
                Value *pl = load(s, it, offptr(s, pf, 8, pos), pos), *ql = load(s, it, offptr(s, qf, 8, pos), pos);
                or_fail(s, v2(s, OpEq64, t_bool(), pos, pl, ql), fail, pos);
                continue;
            }
            Value *args[3] = {load(s, t_ptr(), pf, pos), load(s, t_ptr(), qf, pos),
                              load(s, it, offptr(s, pf, 8, pos), pos)};
            Value *res[1] = {0};
            Type *bt[1] = {t_bool()};
            rtcall(s, RT_memequal, args, res, bt, pos);
            or_fail(s, res[0], fail, pos);
        }
}

/* A struct's fields in gc's order: a field whose comparison can panic
 * (an interface inside) is compared alone, where it stands; the runs
 * of fields between such fields go through equal_fields. */
static void equal_struct(Builder *s, Type *u, Value *p, Value *q, Block *fail, Pos pos)
{
    int n = u->u.strct.fields.n, from = 0;
    for (int i = 0; i <= n; i++) {
        Object *f = i < n ? u->u.strct.fields.v[i] : NULL;
        if (f && (!named(f) || !eq_can_panic(f->type)))
            continue;
        equal_fields(s, u, from, i, p, q, fail, pos);
        if (f) {
            int64_t off = type_field_offset(u, i);
            equal_mem(s, f->type, offptr(s, p, off, pos), offptr(s, q, off, pos), fail, pos);
        }
        from = i + 1;
    }
}

/* Compares the t at p with the t at q, going to fail at a difference. */
static void equal_mem(Builder *s, Type *t, Value *p, Value *q, Block *fail, Pos pos)
{
    Type *u = type_underlying(t);
    if (type_size(t) == 0)
        return;
    if (is_regular_memory(t) && val_words(t) == 0) {
        Value *args[3] = {p, q, const_int(s, t_uintptr(), type_size(t), pos)};
        Value *res[1] = {0};
        Type *bt[1] = {t_bool()};
        rtcall(s, RT_memequal, args, res, bt, pos);
        or_fail(s, res[0], fail, pos);
        return;
    }
    switch (u->kind) {
    case TYPE_ARRAY: {
        EqCtx c = {u->u.array.elem, p, q, fail, pos};
        if (u->u.array.len > MAX_UNROLL) {
            array_loop(s, u->u.array.len, equal_elem, &c, pos);
            return;
        }
        for (int64_t i = 0; i < u->u.array.len; i++)
            equal_elem(s, const_int(s, t_int(), i, pos), &c);
        return;
    }
    case TYPE_STRUCT:
        equal_struct(s, u, p, q, fail, pos);
        return;
    case TYPE_COMPLEX64: case TYPE_COMPLEX128: {
        Type *ft = types_basic[u->kind == TYPE_COMPLEX64 ? TYPE_FLOAT32 : TYPE_FLOAT64];
        int64_t half = type_size(ft);
        for (int k = 0; k < 2; k++) {
            Value *x = load(s, ft, offptr(s, p, k * half, pos), pos);
            Value *y = load(s, ft, offptr(s, q, k * half, pos), pos);
            or_fail(s, float_compare(s, TK_EQL, x, y, ft, pos), fail, pos);
        }
        return;
    }
    default: {
        Val x = load_val(s, t, p, pos), y = load_val(s, t, q, pos);
        or_fail(s, equal_vals(s, x, y, t, pos), fail, pos);
        return;
    }
    }
}

/* *p == *q for two values of type t in memory, as a bool: the walk of
 * type..eq.T (gc's order of comparisons, stopping at the first
 * difference) in line, as gc inlines the comparison of a struct. */
Value *equal_at(Builder *s, Type *t, Value *p, Value *q, Pos pos)
{
    int var = new_var(s, t_bool());
    Block *fail = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    equal_mem(s, t, p, q, fail, pos);
    write_var(s, cur(s), var, const_int(s, t_bool(), 1, pos));
    jump_to(s, done);
    start_block(s, fail, true);
    write_var(s, fail, var, const_int(s, t_bool(), 0, pos));
    jump_to(s, done);
    start_block(s, done, true);
    return read_var(s, done, var);
}

/* type..eq.T's body: true unless equal_mem finds a difference. */
void equal_body(Builder *s, Type *t, Pos pos)
{
    Object *p = param("p", t_ptr()), *q = param("q", t_ptr());
    bind_params(s, sig2(p, q, t_bool()), pos);
    Block *ne = new_block(s, BlockPlain, pos);
    equal_mem(s, t, read_object(s, p, pos).w[0], read_object(s, q, pos).w[0], ne, pos);
    Val yes = one(const_int(s, t_bool(), 1, pos), t_bool());
    emit_return(s, &yes, pos);
    start_block(s, ne, true);
    Val no = one(const_int(s, t_bool(), 0, pos), t_bool());
    emit_return(s, &no, pos);
}

typedef struct HashCtx {
    Type *elem;
    Value *p;
    int hv;     /* the SSA variable holding the running hash */
    Pos pos;
} HashCtx;

static Value *hash_mem(Builder *s, Type *t, Value *p, Value *h, Pos pos);

static void hash_elem(Builder *s, Value *i, void *ctx)
{
    HashCtx *c = ctx;
    Value *h = read_var(s, cur(s), c->hv);
    Value *e = index_addr(s, c->p, i, type_size(c->elem), c->pos);
    write_var(s, cur(s), c->hv, hash_mem(s, c->elem, e, h, c->pos));
}

/* A runtime hash function of (p, h). */
static Value *rthash(Builder *s, RtId id, Value *p, Value *h, Pos pos)
{
    Value *args[2] = {p, h};
    Value *res[1] = {0};
    Type *rt[1] = {t_uintptr()};
    rtcall(s, id, args, res, rt, pos);
    return res[0];
}

/* The hash of the t at p, continuing from h. */
static Value *hash_mem(Builder *s, Type *t, Value *p, Value *h, Pos pos)
{
    Type *u = type_underlying(t);
    if (is_regular_memory(t)) {
        switch (type_size(t)) {
        case 0: return h;
        case 4: return rthash(s, RT_memhash32, p, h, pos);
        case 8: return rthash(s, RT_memhash64, p, h, pos);
        default: {
            Value *args[3] = {p, h, const_int(s, t_uintptr(), type_size(t), pos)};
            Value *res[1] = {0};
            Type *rt[1] = {t_uintptr()};
            rtcall(s, RT_memhash, args, res, rt, pos);
            return res[0];
        }
        }
    }
    switch (u->kind) {
    case TYPE_FLOAT32: return rthash(s, RT_f32hash, p, h, pos);
    case TYPE_FLOAT64: return rthash(s, RT_f64hash, p, h, pos);
    case TYPE_COMPLEX64: return rthash(s, RT_c64hash, p, h, pos);
    case TYPE_COMPLEX128: return rthash(s, RT_c128hash, p, h, pos);
    case TYPE_STRING: return rthash(s, RT_strhash, p, h, pos);
    case TYPE_INTERFACE:
        return rthash(s, u->u.iface.methods.n == 0 ? RT_nilinterhash : RT_interhash, p, h, pos);
    case TYPE_ARRAY: {
        HashCtx c = {u->u.array.elem, p, new_var(s, t_uintptr()), pos};
        write_var(s, cur(s), c.hv, h);
        if (u->u.array.len > MAX_UNROLL)
            array_loop(s, u->u.array.len, hash_elem, &c, pos);
        else
            for (int64_t i = 0; i < u->u.array.len; i++)
                hash_elem(s, const_int(s, t_int(), i, pos), &c);
        return read_var(s, cur(s), c.hv);
    }
    case TYPE_STRUCT:
        for (int i = 0; i < u->u.strct.fields.n; i++) {
            Object *f = u->u.strct.fields.v[i];
            if (strcmp(f->name, "_") != 0)
                h = hash_mem(s, f->type, offptr(s, p, type_field_offset(u, i), pos), h, pos);
        }
        return h;
    default:
        ice(pos, "hash of %s", type_string(t));
    }
}

/* type..hash.T's body. */
void hash_body(Builder *s, Type *t, Pos pos)
{
    Object *p = param("p", t_ptr()), *h = param("h", t_uintptr());
    bind_params(s, sig2(p, h, t_uintptr()), pos);
    Value *r = hash_mem(s, t, read_object(s, p, pos).w[0], read_object(s, h, pos).w[0], pos);
    Val v = one(r, t_uintptr());
    emit_return(s, &v, pos);
}
