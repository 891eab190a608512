/*
 * call.c — calls, both sides of ABI0 (docs/design.md): the caller
 * evaluates the arguments first, then stores them at SP+off, calls, and
 * loads the results from SP+off; the callee (bind_params) finds its
 * parameters and results in the same argument area above its frame.
 *
 * Runtime entry points come from rt/runtime.def, the same table the
 * runtime's trampolines are generated from; rtcall is how the other
 * files call them, and check_or_panic how they guard an operation with
 * a call of a noreturn runtime.panic* entry.
 */
#include "builder.h"

enum { RT_NORETURN = 1 };

typedef struct RtFunc {
    const char *name;
    int nargs, nresults;
    unsigned flags;
} RtFunc;

static const RtFunc rt_funcs[RT_COUNT] = {
#define RTFUNC(name, nargs, nresults, flags) {#name, nargs, nresults, flags},
#include "runtime.def"
#undef RTFUNC
};

static Sym *func_sym(Object *fn)
{
    Sym *sym = ssa_sym(SYM_FUNC, fn->link_name, fn->type);
    return sym;
}

/* Emits the call itself: args already stored. Returns false if the callee
 * never returns (the current block is then closed as an Exit). */
bool emit_call(Builder *s, Sym *fn, int64_t argsize, bool noreturn, Pos pos)
{
    Value *call = v1(s, OpStaticCall, type_mem, pos, mem(s));
    call->aux = fn;
    call->aux_int = argsize;
    set_mem(s, call);
    if (noreturn) {
        Block *b = cur(s);
        b->kind = BlockExit;
        ssa_set_control(b, call);
        s->cur = NULL;
        return false;
    }
    return true;
}

/* Calls runtime.<id> with argument words args; fills res with the result
 * words. */
void rtcall(Builder *s, RtId id, Value **args, Value **res, Type **rtypes, Pos pos)
{
    const RtFunc *rf = &rt_funcs[id];
    Value *sp = v0(s, OpSP, t_ptr(), pos);
    for (int i = 0; i < rf->nargs; i++)
        store(s, args[i]->type, offptr(s, sp, 8 * i, pos), args[i], pos);
    Sym *sym = ssa_sym(SYM_FUNC, xprintf("runtime.%s", rf->name), NULL);
    sym->argsize = 8 * (rf->nargs + rf->nresults);
    sym->noreturn = rf->flags & RT_NORETURN;
    if (!emit_call(s, sym, sym->argsize, sym->noreturn, pos))
        return;
    for (int i = 0; i < rf->nresults; i++)
        res[i] = load(s, rtypes[i], offptr(s, sp, 8 * (rf->nargs + i), pos), pos);
}

/* If cond is false, calls the noreturn runtime function id with args. */
void check_or_panic(Builder *s, Value *cond, RtId id, Value **args, Pos pos)
{
    Block *b = cur(s);
    b->kind = BlockIf;
    ssa_set_control(b, cond);
    b->likely = 1;
    Block *ok = new_block(s, BlockPlain, pos);
    Block *bad = new_block(s, BlockPlain, pos);
    ssa_add_edge(b, ok);
    ssa_add_edge(b, bad);
    start_block(s, bad, true);
    rtcall(s, id, args, NULL, NULL, pos);
    start_block(s, ok, true);
}

/* The function object a call expression names, or NULL. */
static Object *callee(Expr *fun)
{
    while (fun->kind == EXPR_PAREN)
        fun = fun->u.paren.x;
    if (fun->kind == EXPR_IDENT && fun->u.ident.obj && fun->u.ident.obj->kind == OBJ_FUNC)
        return fun->u.ident.obj;
    return NULL;
}

/* Calls a Go function: evaluates the arguments, stores them, calls, and
 * returns the results (copied out of the argument area). */
CallResult go_call(Builder *s, Expr *e)
{
    CallResult cr = {0};
    Object *fn = callee(e->u.call.fun);
    if (!fn || !fn->u.func.decl || fn->u.func.is_method) {
        unsupported(e->pos, "calls of function values, methods or closures");
        return cr;
    }
    Type *sig = fn->type;
    ObjectList *params = &sig->u.func.params->u.tuple.vars;
    ObjectList *results = &sig->u.func.results->u.tuple.vars;
    if (sig->u.func.variadic) {
        unsupported(e->pos, "variadic calls");
        return cr;
    }
    /* Arguments: a single multi-value call f(g()) spreads g's results. */
    VEC(Val) args = {0};
    if (e->u.call.args.n == 1 && params->n > 1) {
        CallResult inner = go_call(s, e->u.call.args.v[0]);
        for (int i = 0; i < inner.n; i++)
            vec_push(&args, inner.vals[i]);
    } else {
        for (int i = 0; i < e->u.call.args.n; i++) {
            Val v = expr(s, e->u.call.args.v[i]);
            vec_push(&args, copy_val(s, v, e->pos));
        }
    }
    if (!s->cur && args.n < params->n)
        return cr;
    Value *sp = v0(s, OpSP, t_ptr(), e->pos);
    int64_t off = 0;
    for (int i = 0; i < params->n && i < args.n; i++) {
        Type *pt = params->v[i]->type;
        store_val(s, pt, offptr(s, sp, off, e->pos), args.v[i], e->pos);
        off += arg_size(pt);
    }
    int64_t resoff = off;
    for (int i = 0; i < results->n; i++)
        off += arg_size(results->v[i]->type);
    Sym *sym = func_sym(fn);
    sym->argsize = off;
    emit_call(s, sym, off, false, e->pos);
    cr.n = results->n;
    cr.vals = NEWARRAY(Val, cr.n + 1);
    for (int i = 0; i < results->n; i++) {
        Type *rt = results->v[i]->type;
        Val v = load_val(s, rt, offptr(s, sp, resoff, e->pos), e->pos);
        cr.vals[i] = copy_val(s, v, e->pos);
        resoff += arg_size(rt);
    }
    return cr;
}

Val call_expr(Builder *s, Expr *e)
{
    Expr *fun = e->u.call.fun;
    if (fun->mode == MODE_TYPE)
        return conversion(s, e);
    Expr *f = fun;
    while (f->kind == EXPR_PAREN)
        f = f->u.paren.x;
    if (fun->mode == MODE_BUILTIN && f->kind == EXPR_IDENT && f->u.ident.obj)
        return builtin_call(s, e, f->u.ident.obj->u.builtin.id);
    CallResult cr = go_call(s, e);
    if (cr.n >= 1)
        return cr.vals[0];
    Val none = {.n = 0, .type = NULL};
    return none;
}

/* Binds parameters and results to variables. */
void bind_params(Builder *s, Type *sig, Pos pos)
{
    ObjectList *params = &sig->u.func.params->u.tuple.vars;
    ObjectList *results = &sig->u.func.results->u.tuple.vars;
    int64_t off = 0;
    for (int i = 0; i < params->n; i++) {
        Object *p = params->v[i];
        int n = val_words(p->type);
        if (n > 0 && !p->u.var.addr_taken && named(p)) {
            declare_local(s, p);
            for (int w = 0; w < n; w++) {
                Value *a = v0(s, OpArg, word_type(p->type, w), pos);
                a->aux_int = off + 8 * w;
                write_var(s, cur(s), p->ssa_var + w, a);
            }
        } else if (p->u.var.addr_taken && named(p)) {
            /* Its address may outlive the frame: copy it to the heap. */
            Value *slot = v0(s, OpArgAddr, t_ptr(), pos);
            slot->aux_int = off;
            Val v = load_val(s, p->type, slot, pos);
            store_val(s, p->type, declare_heap(s, p, pos), v, pos);
        } else {
            p->ssa_var = (int)(-(off + 1)); /* lives in its argument slot */
        }
        off += arg_size(p->type);
    }
    s->result_tuple = sig->u.func.results;
    for (int i = 0; i < results->n; i++) {
        Object *r = results->v[i];
        vec_push(&s->result_off, off);
        if (named(r)) {
            if (r->u.var.addr_taken) {
                declare_heap(s, r, pos); /* copied to its slot by return */
            } else if (val_words(r->type) > 0) {
                declare_local(s, r);
                write_object(s, r, zero_val(s, r->type, pos), pos);
            } else {
                r->ssa_var = (int)(-(off + 1));
                Value *a = v0(s, OpArgAddr, t_ptr(), pos);
                a->aux_int = off;
                zero(s, type_size(r->type), a, pos);
            }
            vec_push(&s->results, r);
        } else {
            vec_push(&s->results, NULL);
        }
        off += arg_size(r->type);
    }
    s->f->argsize = off;
}
