/*
 * call.c — calls, both sides of the register convention (ssa/abi.h,
 * docs/design.md): the caller evaluates the arguments first, then passes
 * each in registers or stores it at SP+off, calls, and takes the results
 * from registers (SelectN) or SP+off; the callee (bind_params) finds its
 * parameters in registers (ArgReg) or the argument area above its frame,
 * and emit_return hands its results back the same way (after running
 * the function's deferred calls, defer.c).
 *
 * Runtime entry points come from rt/runtime.def, the same table the
 * runtime's trampolines are generated from; rtcall is how the other
 * files call them, and check_or_panic how they guard an operation with
 * a call of a noreturn runtime.panic* entry.
 */
#include "abi.h"
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

/* Emits the call of fn with the register arguments regargs (the stack
 * ones are stored already). Returns the call, or NULL if the callee never
 * returns (the current block is then closed as an Exit). */
Value *emit_call(Builder *s, Sym *fn, Value **regargs, int nregargs, int64_t argsize,
                 bool noreturn, Pos pos)
{
    Value *call = ssa_value_new(cur(s), OpStaticCall, type_mem, pos);
    for (int i = 0; i < nregargs; i++)
        ssa_add_arg(call, regargs[i]);
    ssa_add_arg(call, mem(s));
    call->aux = fn;
    call->aux_int = argsize;
    set_mem(s, call);
    if (noreturn) {
        Block *b = cur(s);
        b->kind = BlockExit;
        ssa_set_control(b, call);
        s->cur = NULL;
        return NULL;
    }
    return call;
}

/* The register result numbered reg (within its class) of call. */
Value *select_result(Builder *s, Value *call, Type *t, int reg, Pos pos)
{
    Value *r = v1(s, OpSelectN, t, pos, call);
    r->aux_int = reg;
    return r;
}

/* Calls runtime.<id> with argument words args; fills res with the result
 * words. Every entry's arguments and results are words, at most six and
 * two (rt/runtime.def), so all of them travel in registers. */
void rtcall(Builder *s, RtId id, Value **args, Value **res, Type **rtypes, Pos pos)
{
    const RtFunc *rf = &rt_funcs[id];
    Sym *sym = ssa_sym(SYM_FUNC, xprintf("runtime.%s", rf->name), NULL);
    sym->argsize = 0;
    sym->noreturn = rf->flags & RT_NORETURN;
    Value *call = emit_call(s, sym, args, rf->nargs, 0, sym->noreturn, pos);
    for (int i = 0; call && i < rf->nresults; i++)
        res[i] = select_result(s, call, rtypes[i], i, pos);
}

/* If cond is false, calls the noreturn runtime function id with args;
 * for a nil dereference (RT_panicmem) reads address 0 instead, as gc's
 * nil checks do: the fault becomes the panic, with gc's
 * "[signal SIGSEGV ...]" line (rt's signal handler). */
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
    if (id == RT_panicmem) {
        Value *fault = v1(s, OpNilFault, type_mem, pos, mem(s));
        set_mem(s, fault);
        Block *x = cur(s);
        x->kind = BlockExit;
        ssa_set_control(x, fault);
        s->cur = NULL;
    } else {
        rtcall(s, id, args, NULL, NULL, pos);
    }
    start_block(s, ok, true);
}

/* The function object a call expression names, or NULL. */
static Object *callee(Expr *fun)
{
    while (fun->kind == EXPR_PAREN)
        fun = fun->u.paren.x;
    fun = unqualify(fun);
    if (fun->kind == EXPR_IDENT && fun->u.ident.obj && fun->u.ident.obj->kind == OBJ_FUNC)
        return fun->u.ident.obj;
    return NULL;
}



/* The register pieces of x, a value of p's type, into out. */
static void val_pieces(Builder *s, AbiParam *p, Val x, Value **out, Pos pos)
{
    if (p->npieces == 0) /* a zero-size value */
        return;
    if (x.n == p->npieces) {
        for (int k = 0; k < x.n; k++)
            out[k] = x.w[k];
        return;
    }
    Value *addr = x.addr;
    if (x.n != 0) { /* words that are not the pieces: go through memory */
        addr = temp_addr(s, p->type, pos);
        store_val(s, p->type, addr, x, pos);
    }
    for (int k = 0; k < p->npieces; k++)
        out[k] = load(s, p->pieces[k].type, offptr(s, addr, p->pieces[k].offset, pos), pos);
}

/* The value of p's type whose register pieces are pieces. */
static Val val_of_pieces(Builder *s, AbiParam *p, Value **pieces, Pos pos)
{
    Val v = {.type = p->type, .n = val_words(p->type)};
    if (v.n > 0 && v.n == p->npieces) { /* a memory value, even of no pieces, needs a slot */
        for (int k = 0; k < v.n; k++)
            v.w[k] = pieces[k];
        return v;
    }
    Value *addr = temp_addr(s, p->type, pos);
    for (int k = 0; k < p->npieces; k++)
        store(s, p->pieces[k].type, offptr(s, addr, p->pieces[k].offset, pos), pieces[k], pos);
    return load_val(s, p->type, addr, pos);
}

/* Calls the function of signature sig with the arguments args (already
 * evaluated): the function sym directly, or else the code address code
 * with closure as the context (DX). Arguments go in registers or on the
 * stack (ssa/abi.h). */
static CallResult call_common(Builder *s, Type *sig, Sym *sym, Value *code, Value *closure, Val *args,
                              int nargs, Pos pos)
{
    CallResult cr = {0};
    AbiInfo *abi = abi_assign(sig->u.func.params, sig->u.func.results);
    if (!s->cur && nargs < abi->nparams) /* an argument never returned */
        return cr;
    Value *sp = v0(s, OpSP, t_ptr(), pos);
    Value *regargs[ABI_MAX_PIECES + 2];
    int nreg = 0;
    if (!sym) {
        regargs[nreg++] = code;
        regargs[nreg++] = closure;
    }
    for (int i = 0; i < abi->nparams && i < nargs; i++) {
        AbiParam *p = &abi->params[i];
        if (p->on_stack)
            store_val(s, p->type, offptr(s, sp, p->offset, pos), args[i], pos);
        else {
            val_pieces(s, p, args[i], regargs + nreg, pos);
            nreg += p->npieces;
        }
    }
    Value *call;
    if (!sym) {
        call = ssa_value_new(cur(s), OpClosureCall, type_mem, pos);
        for (int i = 0; i < nreg; i++)
            ssa_add_arg(call, regargs[i]);
        ssa_add_arg(call, mem(s));
        call->aux_int = abi->argsize;
        set_mem(s, call);
    } else {
        sym->argsize = abi->argsize;
        call = emit_call(s, sym, regargs, nreg, abi->argsize, false, pos);
    }
    cr.n = abi->nresults;
    cr.vals = NEWARRAY(Val, cr.n + 1);
    for (int i = 0; i < abi->nresults; i++) {
        AbiParam *r = &abi->results[i];
        if (r->on_stack) {
            Val v = load_val(s, r->type, offptr(s, sp, r->offset, pos), pos);
            cr.vals[i] = copy_val(s, v, pos);
            continue;
        }
        Value *pieces[ABI_MAX_PIECES];
        for (int k = 0; k < r->npieces; k++)
            pieces[k] = select_result(s, call, r->pieces[k].type, r->pieces[k].reg, pos);
        cr.vals[i] = val_of_pieces(s, r, pieces, pos);
    }
    return cr;
}

/* Calls fn, a declared function, or else the func value closure, whose
 * code address is loaded from it (a nil func value panics there, as
 * gc's does) and which is passed as the context (closure.c). */
CallResult call_func(Builder *s, Type *sig, Object *fn, Value *closure, Val *args, int nargs, Pos pos)
{
    if (fn)
        return call_common(s, sig, func_sym(fn), NULL, NULL, args, nargs, pos);
    if (!s->cur && nargs < sig->u.func.params->u.tuple.vars.n) /* an argument never returned */
        return (CallResult){0};
    Value *nn = v2(s, OpNeqPtr, t_bool(), pos, closure, const_int(s, t_ptr(), 0, pos));
    check_or_panic(s, nn, RT_panicmem, NULL, pos);
    Value *code = load(s, t_uintptr(), closure, pos);
    return call_common(s, sig, NULL, code, closure, args, nargs, pos);
}

/* Calls the code at address code (an interface method's, iface.c),
 * which takes no context. */
CallResult call_code(Builder *s, Type *sig, Value *code, Val *args, int nargs, Pos pos)
{
    return call_common(s, sig, NULL, code, const_int(s, t_ptr(), 0, pos), args, nargs, pos);
}

/* Calls the Go function fn whose nargs arguments and one result are
 * single words (an equality function of a type descriptor). */
Value *call_words(Builder *s, Sym *fn, Value **args, int nargs, Type *rtype, Pos pos)
{
    enum { SPILL_WORD = 8 };
    Value *call = emit_call(s, fn, args, nargs, nargs * SPILL_WORD, false, pos);
    return select_result(s, call, rtype, 0, pos);
}

/* The signature a method's callers and body use: the receiver is its
 * first parameter (gc's ABI does the same). A function's is its own.
 * Made in arena_package: a deferred call's wrapper, built after this
 * function is freed, keeps it. */
Type *full_sig(Type *sig)
{
    if (!sig->u.func.recv)
        return sig;
    Arena *outer = arena_enter(&arena_package);
    Type *t = type_new_func_with_recv(sig->u.func.recv, sig);
    arena_enter(outer);
    return t;
}

/* The named type a method's receiver names (T for T and *T). */
static Type *recv_base(Type *r)
{
    return r->kind == TYPE_POINTER ? r->u.pointer.elem : r;
}

/* x.m(...) with m a method declared on x's type T or *T: the receiver
 * value, made from x as the method wants it (&x for a pointer receiver
 * on an addressable T, *x for a value receiver on a *T). A promoted
 * method is called through explicit_selector's x.E1...En.M. */
bool method_callee(Builder *s, Expr *fun, Callee *c)
{
    Expr *sel = fun->u.selector.sel, *x = fun->u.selector.x;
    Object *m = sel->u.ident.obj;
    if (!m || m->kind != OBJ_FUNC || !func_declared(m) || type_is_interface(x->type))
        return false;
    Type *rt = m->type->u.func.recv->type, *xt = x->type;
    bool rptr = rt->kind == TYPE_POINTER;
    bool xptr = xt->kind == TYPE_POINTER;
    if (recv_base(xt) != recv_base(rt))
        return false;
    c->fn = m;
    c->has_recv = true;
    if (rptr == xptr) {
        c->recv = copy_val(s, expr(s, x), fun->pos);
    } else if (rptr) {
        c->recv = one(addr_of(s, x), rt);
    } else {
        Value *p = expr1(s, x);
        Value *nn = v2(s, OpNeqPtr, t_bool(), fun->pos, p, const_int(s, t_ptr(), 0, fun->pos));
        check_or_panic(s, nn, RT_panicmem, NULL, fun->pos);
        c->recv = copy_val(s, load_val(s, rt, p, fun->pos), fun->pos);
    }
    c->recv.type = rt;
    return true;
}

/* Resolves call e's function: a declared function or method (c->fn; a
 * method's receiver evaluated into c->recv), an interface's method
 * (c->code, the data word as c->recv: iface.c), or a func value
 * evaluated into c->closure. c->sig is the full signature (full_sig).
 * Returns false after reporting what cannot be called yet. */
bool callee_of(Builder *s, Expr *e, Callee *c)
{
    Expr *fun = e->u.call.fun;
    while (fun->kind == EXPR_PAREN)
        fun = fun->u.paren.x;
    *c = (Callee){0};
    Type *sig = type_underlying(fun->type);
    if (sig->kind != TYPE_FUNC) {
        unsupported(e->pos, "this call");
        return false;
    }
    Object *f = callee(fun);
    if (f && func_declared(f) && !f->u.func.is_method) {
        c->fn = f;
    } else if (fun->kind == EXPR_SELECTOR && fun->u.selector.x->mode == MODE_TYPE) {
        c->closure = expr1(s, fun); /* a method expression T.m: a func value */
    } else if (fun->kind == EXPR_SELECTOR && fun->u.selector.sel->u.ident.obj &&
               fun->u.selector.sel->u.ident.obj->kind == OBJ_VAR) {
        c->closure = expr1(s, fun); /* a func-valued field */
    } else if (fun->kind == EXPR_SELECTOR) {
        fun = explicit_selector(fun); /* a promoted method: x.E1...En.M */
        if (type_is_interface(fun->u.selector.x->type)) {
            if (!iface_callee(s, fun, c)) {
                unsupported(e->pos, "this interface method call");
                return false;
            }
            return true;
        }
        if (!method_callee(s, fun, c)) {
            unsupported(e->pos, "this method call");
            return false;
        }
        sig = c->fn->type;
    } else if (!f) {
        c->closure = expr1(s, fun);
    } else {
        unsupported(e->pos, "this call");
        return false;
    }
    c->sig = full_sig(sig);
    return true;
}

/* The []T that a variadic parameter of slice type st receives for the
 * n arguments xs written in place of it in call e: nil for none, else a
 * new array holding them, each converted to T (on the stack when it
 * does not escape, escape.c). */
static Val variadic_slice(Builder *s, Val *xs, int n, Type *st, Expr *e, Pos pos)
{
    if (n == 0)
        return zero_val(s, st, pos);
    Type *et = elem_type(st);
    for (int i = 0; i < n; i++)
        xs[i] = assign_conv(s, xs[i], et, pos);
    Value *len = const_int(s, t_int(), n, pos);
    Value *res[1] = {0};
    if (escape_alloc_on_stack(e)) {
        res[0] = new_object(s, type_new_array(et, n), e, pos);
    } else {
        Value *args[3] = {elem_type_addr(s, et, pos), len, len};
        Type *rt[1] = {t_ptr()};
        rtcall(s, RT_makeslice, args, res, rt, pos);
    }
    for (int i = 0; i < n; i++)
        store_val(s, et, offptr(s, res[0], i * type_size(et), pos), xs[i], pos);
    Val r = {.type = st, .n = 3};
    r.w[0] = res[0];
    r.w[1] = r.w[2] = len;
    return r;
}

/* The arguments of call e, evaluated in order (after the function value
 * and receiver), the receiver first, each converted to its parameter's
 * type (an interface); a single multi-value call f(g()) spreads g's
 * results. Those written in place of a variadic parameter ...T are
 * packed into a []T, unless the call passes a slice with s.... */
Val *call_args(Builder *s, Expr *e, Callee *c, int *nargs)
{
    VEC(Val) args = {0};
    if (c->has_recv)
        vec_push(&args, c->recv);
    ObjectList *params = &c->sig->u.func.params->u.tuple.vars;
    ExprList *es = &e->u.call.args;
    if (es->n == 1 && es->v[0]->type && es->v[0]->type->kind == TYPE_TUPLE) {
        CallResult inner = go_call(s, es->v[0]);
        for (int i = 0; i < inner.n; i++)
            vec_push(&args, inner.vals[i]);
    } else {
        for (int i = 0; i < es->n; i++) {
            Val v = expr(s, es->v[i]);
            vec_push(&args, copy_val(s, v, e->pos));
        }
    }
    int fixed = params->n;
    if (c->sig->u.func.variadic && !e->u.call.has_dots) {
        fixed = params->n - 1;
        if (args.n >= fixed) {
            Val v = variadic_slice(s, args.v + fixed, args.n - fixed, params->v[fixed]->type, e, e->pos);
            args.n = fixed;
            vec_push(&args, v);
        }
    }
    for (int i = c->has_recv; i < args.n && i < fixed; i++)
        args.v[i] = assign_conv(s, args.v[i], params->v[i]->type, e->pos);
    *nargs = args.n;
    return args.v;
}

/* Calls a Go function: the function value, the arguments, the call. */
CallResult go_call(Builder *s, Expr *e)
{
    CallResult none = {0};
    Callee c;
    if (!callee_of(s, e, &c))
        return none;
    int nargs;
    Val *args = call_args(s, e, &c, &nargs);
    if (c.code)
        return call_code(s, c.sig, c.code, args, nargs, e->pos);
    return call_func(s, c.sig, c.fn, c.closure, args, nargs, e->pos);
}

Val call_expr(Builder *s, Expr *e)
{
    Expr *fun = e->u.call.fun;
    if (fun->mode == MODE_TYPE)
        return conversion(s, e);
    if (fun->mode == MODE_BUILTIN)
        return builtin_call(s, e, builtin_of(fun));
    CallResult cr = go_call(s, e);
    if (cr.n >= 1)
        return cr.vals[0];
    Val none = {.n = 0, .type = NULL};
    return none;
}

/* Binds parameters and results to variables: register parameters
 * arrive as ArgReg values, stack ones are read from (or stay in) their
 * slots of the argument area. */
void bind_params(Builder *s, Type *sig, Pos pos)
{
    sig = full_sig(sig);
    AbiInfo *abi = abi_assign(sig->u.func.params, sig->u.func.results);
    s->f->abi = abi;
    s->f->argsize = abi->argsize;
    for (int i = 0; i < abi->nparams; i++) {
        AbiParam *p = &abi->params[i];
        Object *obj = sig->u.func.params->u.tuple.vars.v[i];
        if (!p->on_stack) {
            Value *pieces[ABI_MAX_PIECES];
            for (int k = 0; k < p->npieces; k++) {
                pieces[k] = v0(s, OpArgReg, p->pieces[k].type, pos);
                pieces[k]->aux_int = p->pieces[k].reg;
            }
            if (named(obj)) {
                declare_local(s, obj);
                write_object(s, obj, val_of_pieces(s, p, pieces, pos), pos);
            }
            continue;
        }
        int n = val_words(p->type);
        if (n > 0 && !obj->u.var.addr_taken && named(obj)) {
            declare_local(s, obj);
            for (int w = 0; w < n; w++) {
                Value *a = v0(s, OpArg, word_type(p->type, w), pos);
                a->aux_int = p->offset + word_offset(p->type, w);
                write_var(s, cur(s), obj->ssa_var + w, a);
            }
        } else if (obj->u.var.addr_taken && named(obj) && !escape_var_on_stack(obj)) {
            /* Its address may outlive the frame: copy it to the heap.
             * (One that does not escape stays in its argument slot.) */
            Value *slot = v0(s, OpArgAddr, t_ptr(), pos);
            slot->aux_int = p->offset;
            Val v = load_val(s, p->type, slot, pos);
            store_val(s, p->type, declare_heap(s, obj, pos), v, pos);
        } else {
            obj->ssa_var = (int)(-(p->offset + 1)); /* lives in its argument slot */
        }
    }
    s->result_tuple = sig->u.func.results;
    for (int i = 0; i < abi->nresults; i++) {
        AbiParam *r = &abi->results[i];
        Object *obj = sig->u.func.results->u.tuple.vars.v[i];
        vec_push(&s->results, named(obj) ? obj : NULL);
        if (!named(obj))
            continue;
        /* With defers, a named result lives in memory: a deferred call
         * may change it, and a recovery returns its current value. */
        if (s->has_defer)
            obj->u.var.addr_taken = true;
        if (!r->on_stack || obj->u.var.addr_taken || val_words(r->type) > 0) {
            /* a variable, returned by copying it out (emit_return) */
            declare_local(s, obj);
            zero_object(s, obj, pos);
        } else {
            /* an array or struct on the stack lives in its result slot */
            obj->ssa_var = (int)(-(r->offset + 1));
            zero(s, type_size(r->type), var_addr(s, obj, pos), pos);
        }
    }
}

/* Ends the current block with a return of vals (one per result; for a
 * bare return, NULL: the named results' values). Register results
 * become the MakeResult's arguments, stack results are stored to their
 * slots, unless a named result already lives there. */
void emit_return(Builder *s, Val *vals, Pos pos)
{
    AbiInfo *abi = s->f->abi;
    if (s->open_defers)
        open_defers_exit(s, pos);
    else if (s->has_defer)
        rtcall(s, RT_deferreturn, NULL, NULL, NULL, pos);
    Value *pieces[ABI_MAX_PIECES];
    int np = 0;
    for (int i = 0; abi && i < abi->nresults; i++) {
        AbiParam *r = &abi->results[i];
        Object *obj = s->results.v[i];
        if (obj && obj->ssa_var < 0)
            continue; /* lives in its result slot: written there already */
        /* vals is NULL at a bare return, and at the end of a function
         * with unnamed results only if that end is unreachable */
        Val v = obj ? read_object(s, obj, pos) : vals ? vals[i] : zero_val(s, r->type, pos);
        if (r->on_stack) {
            Value *a = v0(s, OpArgAddr, t_ptr(), pos);
            a->aux_int = r->offset;
            store_val(s, r->type, a, v, pos);
        } else {
            val_pieces(s, r, v, pieces + np, pos);
            np += r->npieces;
        }
    }
    Value *ret = ssa_value_new(cur(s), OpMakeResult, type_mem, pos);
    for (int k = 0; k < np; k++)
        ssa_add_arg(ret, pieces[k]);
    ssa_add_arg(ret, mem(s));
    set_mem(s, ret);
    Block *b = cur(s);
    b->kind = BlockRet;
    b->pos = pos;
    ssa_set_control(b, ret);
    s->cur = NULL;
}
