/*
 * defer.c — defer and go statements, and recover; the runtime side
 * (deferproc, deferreturn, gopanic, gorecover; newproc) is rt/panic.c
 * and rt/proc.c, the design in docs/design.md ("Defer, panic and
 * recover").
 *
 * `defer f(args)` and `go f(args)` evaluate f and the arguments at the
 * statement, as the spec says, and give the runtime a func() closure to
 * call later or in a new goroutine: f itself when there are no
 * arguments, else a wrapper closure holding f and the argument values,
 * whose code (a generated function, named like a literal: main.f.funcN)
 * calls f with them (call_closure). For defer, runtime.deferproc
 * records it and returns 0; after a recovered panic the same call
 * returns 1, and the deferring function then goes to its recovery exit:
 * it runs its remaining deferred calls and returns its results' current
 * values. Every return of a function that defers calls
 * runtime.deferreturn first (emit_return), and its named results live in
 * memory, so that deferred calls can change them and a recovery returns
 * them (bind_params). For go, runtime.newproc makes the goroutine.
 *
 * Not yet: open-coded defers (gc inlines the deferred calls of a
 * function whose defers are not in loops at its exits, and keeps the
 * records on the stack); every defer here is a heap record.
 */
#include "builder.h"

/* The struct of a wrapper closure: the code, the deferred func value
 * (not for a builtin), then the arguments, of types types[0:n]. */
static Type *wrapper_type(Type **types, int n, bool has_fn, Pos pos)
{
    Arena *outer = arena_enter(&arena_package);
    Type *t = type_new(TYPE_STRUCT);
    Object *f = object_new(OBJ_VAR, "F", pos, t_uintptr());
    f->u.var.is_field = true;
    vec_push(&t->u.strct.fields, f);
    if (has_fn) {
        Object *fn = object_new(OBJ_VAR, "fn", pos, t_ptr());
        fn->u.var.is_field = true;
        vec_push(&t->u.strct.fields, fn);
    }
    for (int i = 0; i < n; i++) {
        Object *a = object_new(OBJ_VAR, xprintf("a%d", i), pos, types[i]);
        a->u.var.is_field = true;
        vec_push(&t->u.strct.fields, a);
    }
    arena_enter(outer);
    return t;
}

/* The wrapper closure of a deferred call with arguments: of the func
 * value fv with signature sig, or (fv NULL) of builtin. */
static Value *wrapper_closure(Builder *s, Type *sig, int builtin, Value *fv, Val *args, int nargs, Pos pos)
{
    Type **types = NEWARRAY(Type *, nargs + 1);
    for (int i = 0; i < nargs; i++)
        types[i] = args[i].type;
    Type *ct = wrapper_type(types, nargs, fv != NULL, pos);
    const char *name = queue_defer_wrapper(s, sig, ct, builtin, pos);
    Value *typ = v0(s, OpAddr, t_ptr(), pos);
    typ->aux = type_sym(s, ct);
    Value *res[1] = {0};
    Type *rt[1] = {t_ptr()};
    rtcall(s, RT_newobject, &typ, res, rt, pos);
    Value *clo = res[0] ? res[0] : const_int(s, t_ptr(), 0, pos);
    Value *code = v0(s, OpAddr, t_ptr(), pos);
    code->aux = ssa_sym(SYM_FUNC, name, NULL);
    store(s, t_uintptr(), clo, code, pos);
    int first = 1;
    if (fv)
        store(s, t_ptr(), offptr(s, clo, type_field_offset(ct, first++), pos), fv, pos);
    for (int i = 0; i < nargs; i++)
        store_val(s, types[i], offptr(s, clo, type_field_offset(ct, first + i), pos), args[i], pos);
    return clo;
}

/* The wrapper's body: the deferred call, with the function value and
 * the arguments saved in the closure. */
void defer_wrapper_body(Builder *s, Type *sig, Type *ct, int builtin, Pos pos)
{
    Value *clo = v0(s, OpClosurePtr, t_ptr(), pos);
    ObjectList *fs = &type_underlying(ct)->u.strct.fields;
    int first = builtin < 0 ? 2 : 1, n = fs->n - first;
    Val *args = NEWARRAY(Val, n + 1);
    for (int i = 0; i < n; i++)
        args[i] = load_val(s, fs->v[first + i]->type,
                           offptr(s, clo, type_field_offset(ct, first + i), pos), pos);
    switch (builtin) {
    case -1: {
        Value *fv = load(s, t_ptr(), offptr(s, clo, type_field_offset(ct, 1), pos), pos);
        call_func(s, sig, NULL, fv, args, n, pos);
        return;
    }
    case BUILTIN_PANIC:
        panic_val(s, args[0], args[0].type, pos);
        return;
    case BUILTIN_DELETE:
        map_delete(s, args[0].type, args[0].w[0], args[1], pos); /* map.c */
        return;
    case BUILTIN_CLOSE:
        rtcall(s, RT_closechan, args[0].w, NULL, NULL, pos);
        return;
    case BUILTIN_COPY:
        slice_copy(s, args[0], args[1], pos); /* slice.c */
        return;
    case BUILTIN_RECOVER: {
        Value *res[2];
        Type *rt[2] = {t_ptr(), t_ptr()};
        rtcall(s, RT_gorecover, args[0].w, res, rt, pos);
        return;
    }
    default:
        print_vals(s, args, n, builtin == BUILTIN_PRINTLN, NULL, pos);
        return;
    }
}

/* Where a recovery lands: made on the first defer, filled by
 * finish_defers once every deferproc branches to it. */
static Block *recovery_exit(Builder *s, Pos pos)
{
    if (!s->recover_exit)
        s->recover_exit = new_block(s, BlockPlain, pos);
    return s->recover_exit;
}

/* runtime.deferproc(fv), and the way to the recovery exit when it
 * returns 1. */
static void defer_closure(Builder *s, Value *fv, Pos pos)
{
    Value *res[1] = {0};
    Type *rt[1] = {t_int()};
    rtcall(s, RT_deferproc, &fv, res, rt, pos);
    Block *b = cur(s);
    b->kind = BlockIf;
    ssa_set_control(b, v2(s, OpNeq64, t_bool(), pos, res[0], const_int(s, t_int(), 0, pos)));
    b->likely = -1;
    Block *go_on = new_block(s, BlockPlain, pos);
    ssa_add_edge(b, recovery_exit(s, pos));
    ssa_add_edge(b, go_on);
    start_block(s, go_on, true);
}

/* The argument pointer recover() passes to gorecover: this function's
 * (16(BP)), taken where recover is written, as gc's ORECOVERFP does. */
static Value *recover_argp(Builder *s, Pos pos)
{
    Value *argp = v0(s, OpArgAddr, t_ptr(), pos);
    argp->aux_int = 0;
    return argp;
}

/* The closure of a deferred or go'd builtin call: print, println,
 * panic, delete, close, copy and recover through a wrapper, whose
 * arguments are evaluated now. recover's is the argument pointer of the
 * function with the defer statement, as in gc: `defer recover()` in a
 * deferred function recovers the panic that called it. */
static Value *builtin_closure(Builder *s, Expr *e, const char *what, Pos pos)
{
    Expr *f = e->u.call.fun;
    while (f->kind == EXPR_PAREN)
        f = f->u.paren.x;
    BuiltinId id = f->u.ident.obj->u.builtin.id;
    if (id == BUILTIN_RECOVER) {
        Val argp = one(recover_argp(s, pos), t_ptr());
        return wrapper_closure(s, NULL, id, NULL, &argp, 1, pos);
    }
    ExprList *args = &e->u.call.args;
    if ((id != BUILTIN_PRINT && id != BUILTIN_PRINTLN && id != BUILTIN_PANIC && id != BUILTIN_DELETE &&
         id != BUILTIN_CLOSE && id != BUILTIN_COPY) ||
        (args->n == 1 && args->v[0]->type && args->v[0]->type->kind == TYPE_TUPLE)) {
        unsupported(pos, xprintf("%s of builtin %s", what, builtin_name(id)));
        return NULL;
    }
    Val *vals = NEWARRAY(Val, args->n + 1);
    for (int i = 0; i < args->n; i++) {
        if (type_underlying(args->v[i]->type)->kind == TYPE_UNTYPED_NIL) {
            unsupported(pos, xprintf("%s panic(nil)", what));
            return NULL;
        }
        vals[i] = copy_val(s, expr(s, args->v[i]), pos);
    }
    if (id == BUILTIN_DELETE) /* the key, as the map's key type */
        vals[1] = assign_conv(s, vals[1], type_underlying(vals[0].type)->u.map.key, pos);
    if (!s->cur)
        return NULL;
    return wrapper_closure(s, NULL, id, NULL, vals, args->n, pos);
}

/*
 * The func() closure that makes call e later (defer) or in a new
 * goroutine (go), with the function value and the arguments evaluated
 * now, as the spec says for both: the function itself when the call
 * has no arguments, else a wrapper. NULL when there is nothing to run,
 * or after an error. what names the statement in diagnostics.
 */
static Value *call_closure(Builder *s, Expr *e, const char *what, Pos pos)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    if (e->kind != EXPR_CALL || e->u.call.fun->mode == MODE_TYPE) {
        unsupported(pos, xprintf("this expression in a %s statement", what));
        return NULL;
    }
    if (e->u.call.fun->mode == MODE_BUILTIN)
        return builtin_closure(s, e, what, pos);
    Callee c;
    Expr *fun = e->u.call.fun;
    while (fun->kind == EXPR_PAREN)
        fun = fun->u.paren.x;
    if (fun->kind == EXPR_SELECTOR)
        fun = explicit_selector(fun); /* x.M promoted from an embedded interface: x.I.M */
    if (fun->kind == EXPR_SELECTOR && type_is_interface(fun->u.selector.x->type)) {
        /* i.M(args): the method value i.M, evaluated now, called
         * with the arguments */
        c = (Callee){.sig = type_underlying(fun->type), .closure = method_value(s, fun).w[0]};
    } else if (!callee_of(s, e, &c)) {
        return NULL;
    }
    int nargs;
    Val *args = call_args(s, e, &c, &nargs);
    if (!s->cur)
        return NULL;
    Value *fv = c.fn ? func_value(s, c.fn, pos).w[0] : c.closure;
    if (nargs > 0)
        fv = wrapper_closure(s, c.sig, -1, fv, args, nargs, pos);
    return fv;
}

void defer_stmt(Builder *s, Stmt *st)
{
    Value *fv = call_closure(s, st->u.defer_stmt.call, "defer", st->pos);
    if (fv)
        defer_closure(s, fv, st->pos);
}

/* go f(args): the same closure, run by a new goroutine
 * (runtime.newproc, rt/proc.c). */
void go_stmt(Builder *s, Stmt *st)
{
    Value *fv = call_closure(s, st->u.go_stmt.call, "go", st->pos);
    if (fv)
        rtcall(s, RT_newproc, &fv, NULL, NULL, st->pos);
}

/* The recovery exit, once the body is built: return as a bare return
 * does (emit_return runs the remaining deferred calls first). */
void finish_defers(Builder *s, Pos end)
{
    if (!s->recover_exit)
        return;
    start_block(s, s->recover_exit, true);
    emit_return(s, NULL, end);
}

/* recover(): the panic value, if this function was called directly by a
 * panic running deferred calls; the runtime compares this function's
 * argument pointer with the one it called it with. */
Val recover_call(Builder *s, Expr *e)
{
    Value *argp = recover_argp(s, e->pos);
    Value *res[2] = {0};
    Type *rt[2] = {t_ptr(), t_ptr()};
    rtcall(s, RT_gorecover, &argp, res, rt, e->pos);
    Val r = {.type = e->type, .n = 2};
    r.w[0] = res[0];
    r.w[1] = res[1];
    return r;
}
