/*
 * iface.c — interface values: conversions to interfaces, type
 * assertions, type switches, method calls through interfaces,
 * comparisons, and the wrappers that let a value method be called on a
 * boxed value. The runtime side is rt/iface.c; the layout docs/design.md
 * ("Object layout") and rt/type.h.
 *
 * An interface value is two words (a Val of two SSA words): for
 * interface{} (an eface) the dynamic type's descriptor and the data
 * word; for a non-empty interface (an iface) an itab, whose _type is the
 * dynamic type and whose fun[] holds the code of the interface's
 * methods, and the data word. Nil is two zero words. The data word of a
 * pointer-shaped type (is_direct_iface: pointers, maps, chans, funcs...)
 * is the value itself; any other value is boxed, a pointer to a copy
 * that is never written again: a copy on the heap, or read-only data
 * for a constant.
 *
 * A conversion the compiler can see through uses a static itab
 * (typedesc.c, go.itab.T,I), which the runtime's itab table also holds,
 * so an itab pointer names the pair (interface, type) exactly: comparing
 * itabs compares dynamic types. Conversions between interfaces and
 * assertions to interfaces ask the runtime (convI2I, assertE2I...), which
 * builds a missing itab from the method tables.
 */
#include "builder.h"

#include <string.h>

static Type *empty_iface(void)
{
    return scope_lookup(types_universe, intern_cstr("any"))->type;
}

static bool is_empty(Type *t)
{
    return type_underlying(t)->u.iface.methods.n == 0;
}

static Value *addr_of_sym(Builder *s, Sym *sym, Pos pos)
{
    Value *a = v0(s, OpAddr, t_ptr(), pos);
    a->aux = sym;
    return a;
}

/* The descriptor of t, as an interface's type word or compared with
 * one: t is used in an interface (reach.c; type assertions and switches
 * count too, conservatively). */
static Value *type_word(Builder *s, Type *t, Pos pos)
{
    Sym *ts = type_sym(s, t);
    reach_type_used(s->gen, ts);
    return addr_of_sym(s, ts, pos);
}

/* The first word of the interface to value of concrete type t: its
 * descriptor for interface{}, else the static itab. */
static Value *tab_word(Builder *s, Type *t, Type *to, Pos pos)
{
    if (is_empty(to))
        return type_word(s, t, pos);
    return addr_of_sym(s, itab_sym(s->gen, t, to), pos);
}

static Value *is_nonnil(Builder *s, Value *p, Pos pos)
{
    return v2(s, OpNeqPtr, t_bool(), pos, p, const_int(s, t_ptr(), 0, pos));
}

/* The dynamic type of interface value x: its first word, or for a
 * non-empty interface the itab's _type (nil for a nil itab). */
static Value *dyn_type(Builder *s, Val x, Pos pos)
{
    if (is_empty(x.type))
        return x.w[0];
    int var = new_var(s, t_ptr());
    write_var(s, cur(s), var, x.w[0]);
    Block *ld = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    branch_if(s, is_nonnil(s, x.w[0], pos), ld, done, 1);
    start_block(s, ld, true);
    write_var(s, ld, var, load(s, t_ptr(), offptr(s, x.w[0], 8, pos), pos));
    jump_to(s, done);
    start_block(s, done, true);
    return read_var(s, done, var);
}

static Val iface_val(Value *tab, Value *data, Type *t)
{
    Val r = {.n = 2, .type = t};
    r.w[0] = tab;
    r.w[1] = data;
    return r;
}

/* --- Boxing ------------------------------------------------------------------------------ */

/* The box of a constant bool, integer or string v: read-only data, one
 * per value and type (gc does the same), or NULL if v is not constant. */
static Value *const_box(Builder *s, Val v, Type *t, Pos pos)
{
    Type *u = type_underlying(t);
    bool str = u->kind == TYPE_STRING;
    if (!(str || (v.n == 1 && (type_is_integer(u) || u->kind == TYPE_BOOL))))
        return NULL;
    Value *w = v.w[str ? 1 : 0];
    if (w->op < OpConstBool || w->op > OpConst64)
        return NULL;
    Sym *chars = NULL;
    if (str) {
        if (v.w[0]->op == OpAddr && v.w[0]->aux && v.w[0]->aux->kind == SYM_STRING)
            chars = v.w[0]->aux;
        else if (v.w[0]->op != OpConstNil)
            return NULL;
    }
    Sym *ts = type_sym(s, t);
    Arena *outer = arena_enter(&arena_package);
    bool fresh;
    Sym *d = gen_data_sym(s->gen, xprintf("const:%s:%s:%lld", ts->name, chars ? chars->name : "",
                                          (long long)w->aux_int),
                          ".Lgo.const." /* assembler-local, as string_sym's */, &fresh);
    if (fresh) {
        d->align = (int)type_align(t);
        d->size = type_size(t);
        d->bytes = arena_alloc(&arena_package, (size_t)d->size);
        memset(d->bytes, 0, (size_t)d->size);
        int64_t x = w->aux_int;
        for (int i = 0; i < (str ? 8 : d->size); i++)
            d->bytes[(str ? 8 : 0) + i] = (uint8_t)((uint64_t)x >> (8 * i));
        if (chars) {
            Reloc r = {0, chars, 0};
            vec_push(&d->relocs, r);
        }
    }
    arena_enter(outer);
    return addr_of_sym(s, d, pos);
}

/* The data word of value v of concrete type t. */
static Value *data_word(Builder *s, Val v, Type *t, Pos pos)
{
    if (is_direct_iface(t))
        return v.n == 1 ? v.w[0] : load(s, t_ptr(), v.addr, pos);
    Value *c = const_box(s, v, t, pos);
    if (c)
        return c;
    Value *typ = type_word(s, t, pos);
    Value *res[1] = {0};
    Type *rt[1] = {t_ptr()};
    rtcall(s, RT_newobject, &typ, res, rt, pos);
    Value *p = res[0] ? res[0] : const_int(s, t_ptr(), 0, pos);
    store_val(s, t, p, v, pos);
    return p;
}

/* The value of concrete type t whose data word is data. */
static Val from_data(Builder *s, Value *data, Type *t, Pos pos)
{
    if (!is_direct_iface(t))
        return load_val(s, t, data, pos);
    if (val_words(t) == 1)
        return one(v1(s, OpCopy, t, pos, data), t);
    Value *a = temp_addr(s, t, pos); /* [1]*T, struct{p *T} */
    store(s, t_ptr(), a, data, pos);
    Val r = {.n = 0, .addr = a, .type = t};
    return r;
}

/* --- Conversions -------------------------------------------------------------------------- */

/* v converted to interface type to: a concrete value is boxed (unless
 * pointer-shaped) with its type or itab; an interface value keeps its
 * data word and gets the new first word. */
Val to_iface(Builder *s, Val v, Type *to, Pos pos)
{
    Type *from = v.type;
    if (!from || type_underlying(from)->kind == TYPE_UNTYPED_NIL)
        return zero_val(s, to, pos);
    if (type_identical(from, to)) {
        v.type = to;
        return v;
    }
    if (type_is_interface(from)) {
        if (is_empty(to))
            return iface_val(dyn_type(s, v, pos), v.w[1], to);
        /* I1 to I2: the runtime finds the itab (nil stays nil) */
        Value *args[2] = {type_word(s, to, pos), v.w[0]};
        Value *res[1] = {0};
        Type *rt[1] = {t_ptr()};
        rtcall(s, RT_convI2I, args, res, rt, pos);
        return iface_val(res[0], v.w[1], to);
    }
    Value *tab = tab_word(s, from, to, pos);
    return iface_val(tab, data_word(s, v, from, pos), to);
}

/* v as a value of type to in an assignment (of any kind: to a
 * variable, parameter, result, element): converted when to is an
 * interface type and v is not of that type; unchanged otherwise. */
Val assign_conv(Builder *s, Val v, Type *to, Pos pos)
{
    if (!to || !type_is_interface(to) || (v.type && type_identical(v.type, to)))
        return v;
    if (v.n == 1 && v.type && type_is_interface(v.type)) /* nil typed as the interface */
        return zero_val(s, to, pos);
    return to_iface(s, v, to, pos);
}

/* --- Type assertions --------------------------------------------------------------------- */

/* x.(T) for concrete T failed: panics with gc's TypeAssertionError. */
static void panic_dottype(Builder *s, Val x, Type *t, Pos pos)
{
    Value *args[3] = {x.w[0], type_word(s, t, pos), type_word(s, x.type, pos)};
    rtcall(s, is_empty(x.type) ? RT_panicdottypeE : RT_panicdottypeI, args, NULL, NULL, pos);
}

/* x.(T) with T concrete: the first word names T exactly (a descriptor,
 * or the one itab of (T, x's interface)). */
static Val assert_concrete(Builder *s, Val x, Type *t, Value **okp, Pos pos)
{
    Value *ok = v2(s, OpEqPtr, t_bool(), pos, x.w[0], tab_word(s, t, x.type, pos));
    Block *yes = new_block(s, BlockPlain, pos), *no = new_block(s, BlockPlain, pos);
    if (!okp) {
        branch_if(s, ok, yes, no, 1);
        start_block(s, no, true);
        panic_dottype(s, x, t, pos);
        start_block(s, yes, true);
        return from_data(s, x.w[1], t, pos);
    }
    *okp = ok;
    /* v, ok: the value, or T's zero value */
    int n = val_words(t), vars[3];
    Value *slot = NULL;
    if (n == 0) {
        slot = temp_addr(s, t, pos);
        zero(s, type_size(t), slot, pos);
    }
    for (int k = 0; k < n; k++) {
        vars[k] = new_var(s, word_type(t, k));
        write_var(s, cur(s), vars[k], const_int(s, word_type(t, k), 0, pos));
    }
    branch_if(s, ok, yes, no, 0);
    start_block(s, yes, true);
    Val v = from_data(s, x.w[1], t, pos);
    if (n == 0)
        store_val(s, t, slot, v, pos);
    for (int k = 0; k < n; k++)
        write_var(s, yes, vars[k], v.w[k]);
    jump_to(s, no);
    start_block(s, no, true);
    Val r = {.n = n, .type = t, .addr = slot};
    for (int k = 0; k < n; k++)
        r.w[k] = read_var(s, no, vars[k]);
    return r;
}

/* x.(I) with I an interface: the itab for the dynamic type (the runtime
 * reports a missing method), or for interface{} the dynamic type. */
static Val assert_iface(Builder *s, Val x, Type *t, Value **okp, Pos pos)
{
    Value *typ = dyn_type(s, x, pos);
    Value *res[1] = {0};
    Type *rt[1] = {t_ptr()};
    if (is_empty(t)) {
        if (okp)
            *okp = is_nonnil(s, typ, pos);
        else
            check_or_panic(s, is_nonnil(s, typ, pos), RT_panicnildottype,
                           (Value *[]){type_word(s, t, pos)}, pos);
        return iface_val(typ, x.w[1], t); /* nil type: nil data too */
    }
    Value *args[2] = {type_word(s, t, pos), typ};
    rtcall(s, okp ? RT_assertE2I2 : RT_assertE2I, args, res, rt, pos);
    if (!okp)
        return iface_val(res[0], x.w[1], t);
    /* a failed v, ok = x.(I) leaves v nil: the data word too */
    *okp = is_nonnil(s, res[0], pos);
    int var = new_var(s, t_ptr());
    write_var(s, cur(s), var, const_int(s, t_ptr(), 0, pos));
    Block *yes = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    branch_if(s, *okp, yes, done, 1);
    start_block(s, yes, true);
    write_var(s, yes, var, x.w[1]);
    jump_to(s, done);
    start_block(s, done, true);
    return iface_val(res[0], read_var(s, done, var), t);
}

/* x.(T); with okp, the comma-ok form: *okp gets the bool, and a failed
 * assertion gives T's zero value instead of panicking. */
Val type_assert(Builder *s, Expr *e, Value **okp)
{
    Val x = expr(s, e->u.type_assert.x);
    Type *t = e->u.type_assert.type->type;
    if (type_is_interface(t))
        return assert_iface(s, x, t, okp, e->pos);
    return assert_concrete(s, x, t, okp, e->pos);
}

/* --- Method calls ------------------------------------------------------------------------------ */

/* The code of method i of the itab tab of interface iface: itab.fun[i]
 * (rt/type.h). Every interface call loads it here, which tells reach.c
 * that the method is called. */
static Value *itab_fun(Builder *s, Value *tab, Type *iface, int i, Pos pos)
{
    enum { ITAB_FUN = 24 };
    reach_iface_call(s->gen, iface_methods(iface).v[i]);
    return load(s, t_uintptr(), offptr(s, tab, ITAB_FUN + 8 * i, pos), pos);
}

/* The signature of interface method m as called: the receiver (the
 * data word) first. */
static Type *iface_call_sig(Object *m)
{
    Arena *outer = arena_enter(&arena_package);
    Object *recv = object_new(OBJ_VAR, "", m->pos, t_ptr());
    recv->u.var.is_param = true;
    Type *t = type_new_func_with_recv(recv, m->type);
    arena_enter(outer);
    return t;
}

/* x.m(...) with x of interface type: the code is itab.fun[i], m's index
 * in the interface's sorted methods, and the receiver is the data word.
 * A nil interface panics here (gc's faults on the load instead). */
bool iface_callee(Builder *s, Expr *fun, Callee *c)
{
    Expr *x = fun->u.selector.x;
    const char *name = fun->u.selector.sel->u.ident.name;
    int i = iface_method_index(x->type, name);
    if (i < 0)
        return false;
    Val xv = expr(s, x);
    check_or_panic(s, is_nonnil(s, xv.w[0], fun->pos), RT_panicmem, NULL, fun->pos);
    c->code = itab_fun(s, xv.w[0], x->type, i, fun->pos);
    c->recv = one(xv.w[1], t_ptr());
    c->has_recv = true;
    c->sig = iface_call_sig(iface_methods(x->type).v[i]);
    return true;
}

/* --- Method wrappers ------------------------------------------------------------------------------ */

/* The wrapper (*T).m of value method m of T, queued to be built: what
 * an itab and *T's method table hold for m. */
const char *method_wrapper(SsaGen *g, Object *m)
{
    Type *t = m->type->u.func.recv->type;
    Object *tn = t->u.named.obj;
    const char *name = xprintf("%s.(*%s).%s", tn->pkg ? tn->pkg : "main", tn->name, m->name);
    return queue_gen_func(g, GEN_WRAPPER, name, t, m);
}

static Object *wrapper_var(const char *name, Type *t, bool result)
{
    Object *o = object_new(OBJ_VAR, name, (Pos){0}, t);
    o->u.var.is_param = !result;
    o->u.var.is_result = result;
    return o;
}

/* Binds the parameters of a generated function that passes its
 * arguments on: first (if not NULL) of type first, then those of
 * signature sig (without its receiver), named afresh; its results are
 * sig's, unnamed, so that emit_return returns the values it is given.
 * Returns the parameters' values; *n gets their count. */
Val *forward_params(Builder *s, Type *first, Type *sig, int *n, Pos pos)
{
    ObjectList *ps = &sig->u.func.params->u.tuple.vars, *rs = &sig->u.func.results->u.tuple.vars;
    ObjectList wps = {0}, wrs = {0};
    if (first)
        vec_push(&wps, wrapper_var("p", first, false));
    for (int i = 0; i < ps->n; i++)
        vec_push(&wps, wrapper_var(xprintf("a%d", i), ps->v[i]->type, false));
    for (int i = 0; i < rs->n; i++)
        vec_push(&wrs, wrapper_var("", rs->v[i]->type, true));
    Type *wsig = type_new(TYPE_FUNC);
    wsig->u.func.params = type_new_tuple(wps);
    wsig->u.func.results = type_new_tuple(wrs);
    wsig->u.func.variadic = sig->u.func.variadic;
    bind_params(s, wsig, pos);
    /* one slot more for the receiver the callers put first */
    Val *vals = NEWARRAY(Val, wps.n + 1);
    for (int i = 0; i < wps.n; i++)
        vals[i + !first] = read_object(s, wps.v[i], pos);
    *n = wps.n + !first;
    return vals;
}

/* (*T).m(p, args...): T.m(*p, args...), the load of a nil p panicking
 * as a nil dereference (gc's wrapper faults there). */
void wrapper_body(Builder *s, Object *m, Pos pos)
{
    Type *t = m->type->u.func.recv->type;
    int n;
    Val *args = forward_params(s, type_new_pointer(t), m->type, &n, pos);
    Value *p = args[0].w[0];
    Object *tn = t->u.named.obj;
    const char *pkg = tn->pkg ? tn->pkg : "main";
    const char *msg = xprintf("value method %s.%s.%s called using nil *%s pointer", pkg, tn->name, m->name, tn->name);
    Value *str[2] = {v0(s, OpAddr, t_ptr(), pos), const_int(s, t_int(), (int64_t)strlen(msg), pos)};
    str[0]->aux = string_sym(s, msg, (int64_t)strlen(msg));
    check_or_panic(s, is_nonnil(s, p, pos), RT_panicwrap, str, pos);
    args[0] = copy_val(s, load_val(s, t, p, pos), pos);
    CallResult cr = call_func(s, full_sig(m->type), m, NULL, args, n, pos);
    emit_return(s, cr.vals, pos);
}

/* --- Method values and method expressions --------------------------------------------------------- */

/*
 * T.M as a value, a function taking the receiver first: T.M itself,
 * the wrapper (*T).M for a value method of T named through *T, the
 * wrapper T.M or (*T).M of a method promoted from an embedded field
 * (promote.c), or for an interface type I the generated I.M, which
 * calls M through the receiver's itab (gc's names).
 */
static Val method_expr(Builder *s, Expr *e)
{
    Type *t = e->u.selector.x->type;
    Object *m = e->u.selector.sel->u.ident.obj;
    const char *name = m->link_name;
    if (type_is_interface(t))
        name = queue_gen_func(s->gen, GEN_METHOD_EXPR,
                              xprintf("%s.%s", type_sym(s, t)->name + strlen("type."), m->name), t, m);
    else if (is_promoted(t, m))
        name = promoted_wrapper(s->gen, t, m);
    else if (t->kind == TYPE_POINTER && m->type->u.func.recv->type->kind != TYPE_POINTER)
        name = method_wrapper(s->gen, m);
    return one(addr_of_sym(s, funcval_sym(s, name), e->pos), e->type);
}

/* I.M(x, args...): x.M(args...), a nil x panicking. */
void method_expr_body(Builder *s, Type *iface, Object *m, Pos pos)
{
    int n;
    Val *args = forward_params(s, iface, m->type, &n, pos);
    Value *tab = args[0].w[0];
    check_or_panic(s, is_nonnil(s, tab, pos), RT_panicmem, NULL, pos);
    Value *code = itab_fun(s, tab, iface, iface_method_index(iface, m->name), pos);
    args[0] = one(args[0].w[1], t_ptr());
    CallResult cr = call_code(s, iface_call_sig(m), code, args, n, pos);
    emit_return(s, cr.vals, pos);
}

/* The closure of a method value: the code, then the receiver. */
static Type *method_value_type(Type *recv)
{
    Arena *outer = arena_enter(&arena_package);
    Type *t = type_new(TYPE_STRUCT);
    Object *f = object_new(OBJ_VAR, "F", (Pos){0}, t_uintptr());
    Object *r = object_new(OBJ_VAR, "R", (Pos){0}, recv);
    f->u.var.is_field = r->u.var.is_field = true;
    r->u.var.index = 1;
    vec_push(&t->u.strct.fields, f);
    vec_push(&t->u.strct.fields, r);
    arena_enter(outer);
    return t;
}

/*
 * x.M as a value: a closure (closure.c's layout) holding the receiver
 * as the call x.M() would pass it, evaluated now (for an interface, its
 * two words; a nil interface panics here, as in gc), whose code is the
 * generated function M-fm (gc's name), which calls M with it. A
 * promoted M is the method of the embedded field it comes from
 * (explicit_selector).
 */
Val method_value(Builder *s, Expr *e)
{
    Object *m = e->u.selector.sel->u.ident.obj;
    if (e->u.selector.x->mode == MODE_TYPE)
        return method_expr(s, e);
    e = explicit_selector(e);
    Expr *x = e->u.selector.x;
    Callee c = {0};
    const char *name;
    if (type_is_interface(x->type)) {
        c.recv = expr(s, x);
        check_or_panic(s, is_nonnil(s, c.recv.w[0], e->pos), RT_panicmem, NULL, e->pos);
        name = xprintf("%s.%s-fm", type_sym(s, x->type)->name + strlen("type."), m->name);
    } else if (method_callee(s, e, &c)) {
        name = xprintf("%s-fm", m->link_name);
    } else {
        unsupported(e->pos, "this method value");
        return zero_val(s, e->type, e->pos);
    }
    Type *rt = c.recv.type;
    Type *ct = method_value_type(rt);
    name = queue_gen_func(s->gen, GEN_METHOD_VALUE, name, rt, m);
    Value *typ = type_word(s, ct, e->pos);
    Value *res[1] = {0};
    Type *rtypes[1] = {t_ptr()};
    rtcall(s, RT_newobject, &typ, res, rtypes, e->pos);
    Value *clo = res[0] ? res[0] : const_int(s, t_ptr(), 0, e->pos);
    store(s, t_uintptr(), clo, addr_of_sym(s, ssa_sym(SYM_FUNC, name, NULL), e->pos), e->pos);
    store_val(s, rt, offptr(s, clo, type_field_offset(ct, 1), e->pos), c.recv, e->pos);
    return one(clo, e->type);
}

/* M-fm(args...): M called on the receiver saved in the closure (DX),
 * through the itab for an interface receiver of type rt. */
void method_value_body(Builder *s, Type *rt, Object *m, Pos pos)
{
    bool iface = type_is_interface(rt);
    Type *sig = iface ? m->type : full_sig(m->type);
    int n;
    Val *args = forward_params(s, NULL, m->type, &n, pos);
    Value *clo = v0(s, OpClosurePtr, t_ptr(), pos);
    Val recv = load_val(s, rt, offptr(s, clo, type_field_offset(method_value_type(rt), 1), pos), pos);
    CallResult cr;
    if (iface) {
        Value *code = itab_fun(s, recv.w[0], rt, iface_method_index(rt, m->name), pos);
        args[0] = one(recv.w[1], t_ptr());
        cr = call_code(s, iface_call_sig(m), code, args, n, pos);
    } else {
        args[0] = copy_val(s, recv, pos);
        cr = call_func(s, sig, m, NULL, args, n, pos);
    }
    emit_return(s, cr.vals, pos);
}

/* --- Comparisons ------------------------------------------------------------------------------------ */

/* Whether the dynamic value at data (of concrete type t) equals c. */
static Value *value_equal(Builder *s, Value *data, Val c, Type *t, Pos pos)
{
    if (is_direct_iface(t)) {
        Value *w = c.n == 1 ? c.w[0] : load(s, t_ptr(), c.addr, pos);
        return v2(s, OpEqPtr, t_bool(), pos, data, w);
    }
    if (val_words(t) > 0)
        return equal_vals(s, load_val(s, t, data, pos), c, t, pos);
    Value *args[2] = {data, c.addr};
    return call_words(s, equal_sym(s->gen, t), args, 2, t_bool(), pos);
}

/*
 * x == y where x or y is an interface value (the other may be of a
 * concrete type, which implements the interface). Two interfaces are
 * equal if their first words are and the runtime's efaceeq/ifaceeq
 * says their values are (panicking for an uncomparable dynamic type);
 * an interface equals a concrete value if its first word names that
 * type and its value equals the value, compared here without boxing.
 */
Value *iface_equal(Builder *s, Val x, Val y, Pos pos)
{
    bool xi = type_is_interface(x.type), yi = type_is_interface(y.type);
    int var = new_var(s, t_bool());
    write_var(s, cur(s), var, const_int(s, t_bool(), 0, pos));
    Block *same = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    Value *eq;
    if (xi && yi) {
        if (!type_identical(x.type, y.type)) {
            x = to_iface(s, x, empty_iface(), pos);
            y = to_iface(s, y, empty_iface(), pos);
        }
        branch_if(s, v2(s, OpEqPtr, t_bool(), pos, x.w[0], y.w[0]), same, done, 0);
        start_block(s, same, true);
        Value *args[3] = {x.w[0], x.w[1], y.w[1]};
        Value *res[1] = {0};
        Type *rt[1] = {t_bool()};
        rtcall(s, is_empty(x.type) ? RT_efaceeq : RT_ifaceeq, args, res, rt, pos);
        eq = res[0];
    } else {
        Val i = xi ? x : y, c = xi ? y : x;
        branch_if(s, v2(s, OpEqPtr, t_bool(), pos, i.w[0], tab_word(s, c.type, i.type, pos)), same, done, 0);
        start_block(s, same, true);
        eq = value_equal(s, i.w[1], c, c.type, pos);
    }
    write_var(s, cur(s), var, eq);
    jump_to(s, done);
    start_block(s, done, true);
    return read_var(s, done, var);
}

/* --- Type switches ----------------------------------------------------------------------------------- */

/* The clause's variable, if the switch declares one, set to v. */
static void bind_implicit(Builder *s, Stmt *cl, Val v, Pos pos)
{
    Object *obj = cl->u.case_clause.implicit;
    if (!obj || !named(obj))
        return;
    declare_local(s, obj);
    write_object(s, obj, v, pos);
}

/* Tests one case of a type switch on x (dynamic type typ): branches to
 * yes when it matches, after binding the clause's variable if the
 * clause lists only this case, else to no. */
static void type_case(Builder *s, Stmt *cl, Expr *ce, Val x, Value *typ, Block *yes, Block *no)
{
    Pos pos = ce->pos;
    Type *t = is_nil_expr(ce) ? NULL : ce->type;
    bool single = cl->u.case_clause.list.n == 1 && t;
    Block *match = new_block(s, BlockPlain, pos);
    Value *tab = NULL;
    if (!t) {
        branch_if(s, v2(s, OpEqPtr, t_bool(), pos, typ, const_int(s, t_ptr(), 0, pos)), match, no, 0);
    } else if (!type_is_interface(t)) {
        branch_if(s, v2(s, OpEqPtr, t_bool(), pos, typ, type_word(s, t, pos)), match, no, 0);
    } else if (is_empty(t)) {
        branch_if(s, is_nonnil(s, typ, pos), match, no, 0);
    } else {
        Value *args[2] = {type_word(s, t, pos), typ};
        Value *res[1] = {0};
        Type *rt[1] = {t_ptr()};
        rtcall(s, RT_assertE2I2, args, res, rt, pos);
        tab = res[0];
        branch_if(s, is_nonnil(s, tab, pos), match, no, 0);
    }
    start_block(s, match, true);
    if (single)
        bind_implicit(s, cl,
                      !type_is_interface(t) ? from_data(s, x.w[1], t, pos)
                                            : iface_val(tab ? tab : typ, x.w[1], t),
                      pos);
    jump_to(s, yes);
}

/* switch [init;] [v :=] x.(type) {...}: the cases are tried in source
 * order, comparing x's dynamic type with each concrete type's
 * descriptor and asking the runtime for each interface type; a clause
 * with more than one case, a nil case or the default gets v = x. */
void type_switch_stmt(Builder *s, Stmt *st)
{
    if (st->u.type_switch.init)
        stmt(s, st->u.type_switch.init);
    Stmt *g = st->u.type_switch.assign;
    Expr *guard = g->kind == STMT_ASSIGN ? g->u.assign.rhs.v[0] : g->u.expr.x;
    Val x = expr(s, guard->u.type_assert.x);
    Value *typ = dyn_type(s, x, st->pos);
    StmtList *clauses = &st->u.type_switch.body->u.block.list;
    Block **bodies = NEWARRAY(Block *, clauses->n + 1);
    Block *done = new_block(s, BlockPlain, st->pos);
    Stmt *dflt = NULL;
    int dflt_i = 0;
    for (int i = 0; i < clauses->n; i++) {
        Stmt *cl = clauses->v[i];
        bodies[i] = new_block(s, BlockPlain, cl->pos);
        if (cl->u.case_clause.is_default) {
            dflt = cl;
            dflt_i = i;
        }
        for (int j = 0; j < cl->u.case_clause.list.n; j++) {
            Block *next = new_block(s, BlockPlain, cl->pos);
            type_case(s, cl, cl->u.case_clause.list.v[j], x, typ, bodies[i], next);
            start_block(s, next, true);
        }
    }
    jump_to(s, dflt ? bodies[dflt_i] : done);
    Target t;
    push_target(s, &t, st, done, NULL);
    for (int i = 0; i < clauses->n; i++) {
        Stmt *cl = clauses->v[i];
        start_block(s, bodies[i], true);
        Expr *only = cl->u.case_clause.list.n == 1 ? cl->u.case_clause.list.v[0] : NULL;
        if (!only || is_nil_expr(only))
            bind_implicit(s, cl, x, cl->pos);
        for (int k = 0; k < cl->u.case_clause.body.n; k++)
            stmt(s, cl->u.case_clause.body.v[k]);
        jump_to(s, done);
    }
    s->targets = t.outer;
    start_block(s, done, true);
}
