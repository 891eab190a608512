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
 * Open-coded defers, as gc's: in a function whose defers are few and
 * not in loops (defers_open_coded), each defer statement has a stack slot
 * for its closure (a wrapper closure, or a deferred literal's, itself
 * lives on the stack: it cannot outlive the frame) and a bit in the
 * deferBits byte, which the statement sets after storing the closure.
 * Every return runs the set bits' calls inline, last defer first,
 * clearing each bit before its call (open_defers_exit); no runtime
 * call at all. A panic finds the slots through the function table
 * (codegen/emit.c writes Func's defer_bits and defer_slots there;
 * rt/panic.c runs them). A recovery
 * resumes the frame at its resume point, a pseudo-call at the entry
 * that "returns" 1 then (begin_defers): the function goes to its
 * recovery exit, which runs the bits still set and returns the named
 * results, as with deferproc. The resume point is a call to the
 * register allocator, so every value live across it is in its spill
 * slot, which no other value shares: the frame is as it was at entry.
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
 * value fv with signature sig, or (fv NULL) of builtin. On the heap,
 * or in a stack slot when on_stack (an open-coded defer's). */
static Value *wrapper_closure(Builder *s, Type *sig, int builtin, Value *fv, Val *args, int nargs,
                              bool on_stack, Pos pos)
{
    Type **types = NEWARRAY(Type *, nargs + 1);
    for (int i = 0; i < nargs; i++)
        types[i] = args[i].type;
    Type *ct = wrapper_type(types, nargs, fv != NULL, pos);
    const char *name = queue_defer_wrapper(s, sig, ct, builtin, pos);
    Value *clo = on_stack ? temp_addr(s, ct, pos) : heap_alloc(s, ct, pos);
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
static Value *builtin_closure(Builder *s, Expr *e, const char *what, bool on_stack, Pos pos)
{
    Expr *f = e->u.call.fun;
    while (f->kind == EXPR_PAREN)
        f = f->u.paren.x;
    BuiltinId id = f->u.ident.obj->u.builtin.id;
    if (id == BUILTIN_RECOVER) {
        Val argp = one(recover_argp(s, pos), t_ptr());
        return wrapper_closure(s, NULL, id, NULL, &argp, 1, on_stack, pos);
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
    return wrapper_closure(s, NULL, id, NULL, vals, args->n, on_stack, pos);
}

/*
 * The func() closure that makes call e later (defer) or in a new
 * goroutine (go), with the function value and the arguments evaluated
 * now, as the spec says for both: the function itself when the call
 * has no arguments, else a wrapper (on the stack if on_stack). NULL when
 * there is nothing to run, or after an error. what names the statement
 * in diagnostics.
 */
static Value *call_closure(Builder *s, Expr *e, const char *what, bool on_stack, Pos pos)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    if (e->kind != EXPR_CALL || e->u.call.fun->mode == MODE_TYPE) {
        unsupported(pos, xprintf("this expression in a %s statement", what));
        return NULL;
    }
    if (e->u.call.fun->mode == MODE_BUILTIN)
        return builtin_closure(s, e, what, on_stack, pos);
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
    } else if (fun->kind == EXPR_FUNC_LIT && on_stack) {
        /* an open-coded defer of a literal: its closure on the stack too */
        c = (Callee){.sig = type_underlying(fun->type), .closure = func_lit_closure(s, fun, true).w[0]};
    } else if (!callee_of(s, e, &c)) {
        return NULL;
    }
    int nargs;
    Val *args = call_args(s, e, &c, &nargs);
    if (!s->cur)
        return NULL;
    Value *fv = c.fn ? func_value(s, c.fn, pos).w[0] : c.closure;
    if (nargs > 0)
        fv = wrapper_closure(s, c.sig, -1, fv, args, nargs, on_stack, pos);
    return fv;
}

/* The address of the stack slot sym. */
static Value *slot_addr(Builder *s, Sym *sym, Pos pos)
{
    Value *a = v1(s, OpLocalAddr, t_ptr(), pos, mem(s));
    a->aux = sym;
    return a;
}

/* gc's limit on the copies of deferred calls that open coding makes:
 * defers × return statements. Beyond it the exits would grow more
 * than open coding saves. */
#define MAX_OPEN_DEFER_COPIES 15

/* Whether the defers of the function with scope fs can be open-coded,
 * by gc's rules: at most SSA_MAX_OPEN_DEFERS, none in a loop (a for or
 * range body, or after a label that a later goto targets: gc counts the
 * rest of the label's block, this the rest of the function), and no more
 * than MAX_OPEN_DEFER_COPIES copies. */
bool defers_open_coded(Scope *fs)
{
    if (!fs || !fs->has_defer || fs->ndefers > SSA_MAX_OPEN_DEFERS || fs->defer_in_loop)
        return false;
    if (pos_valid(fs->goto_loop) && pos_cmp(fs->goto_loop, fs->last_defer) < 0)
        return false;
    return fs->nreturns * fs->ndefers <= MAX_OPEN_DEFER_COPIES;
}

/*
 * Called at the entry, once the parameters and results are bound:
 * decides whether the function's defers are open-coded and if so makes
 * their slots, clears deferBits and places the resume point, whose
 * result (1 after a recovery) leads to the recovery exit. Nothing
 * before it can panic (binding only allocates the results' heap
 * cells), so no panic reads the byte before it is cleared.
 */
void begin_defers(Builder *s, Scope *scope, Pos pos)
{
    if (!s->has_defer || !defers_open_coded(scope))
        return;
    s->open_defers = true;
    Func *f = s->f;
    f->defer_bits = ssa_auto(f, "deferBits", type_byte);
    for (int i = 0; i < scope->ndefers; i++)
        f->defer_slots[i] = ssa_auto(f, xprintf("deferFn%d", i), t_ptr());
    Value *zero = const_int(s, type_byte, 0, pos);
    store(s, type_byte, slot_addr(s, f->defer_bits, pos), zero, pos);
    s->defer_bits_var = new_var(s, type_byte);
    write_var(s, cur(s), s->defer_bits_var, zero);
    Sym *resume = ssa_sym(SYM_FUNC, "hood.deferresume", NULL);
    resume->resume = true;
    Value *call = emit_call(s, resume, NULL, 0, 0, false, pos);
    Value *resumed = select_result(s, call, t_int(), 0, pos);
    Block *go_on = new_block(s, BlockPlain, pos);
    branch_if(s, v2(s, OpNeq64, t_bool(), pos, resumed, const_int(s, t_int(), 0, pos)),
              recovery_exit(s, pos), go_on, -1);
    start_block(s, go_on, true);
}

/* Sets deferBits to bits: its SSA variable, which the exits test (only
 * the runtime changes the slot behind the compiled code's back, and
 * then the function continues at its recovery exit, which loads it),
 * and its slot, which a panic reads. */
static void set_defer_bits(Builder *s, Value *bits, Pos pos)
{
    store(s, type_byte, slot_addr(s, s->f->defer_bits, pos), bits, pos);
    write_var(s, cur(s), s->defer_bits_var, bits);
}

/* An open-coded defer: the closure into its slot, then its bit set. */
static void open_defer(Builder *s, Value *fv, Pos pos)
{
    Func *f = s->f;
    if (f->ndefers >= SSA_MAX_OPEN_DEFERS || !f->defer_slots[f->ndefers])
        ice(pos, "more defers than the checker counted");
    int i = f->ndefers++;
    store(s, t_ptr(), slot_addr(s, f->defer_slots[i], pos), fv, pos);
    Value *bits = read_var(s, cur(s), s->defer_bits_var);
    set_defer_bits(s, v2(s, OpOr8, type_byte, pos, bits, const_int(s, type_byte, 1 << i, pos)), pos);
}

/*
 * At a return of a function with open-coded defers: for each defer
 * statement built so far (a later one cannot have run: none is in a
 * loop), last first, if its bit is set, clears it (in the slot too, so
 * that a panic in the call does not run it again) and calls the
 * closure. When the bits are known, opt folds the tests away.
 */
void open_defers_exit(Builder *s, Pos pos)
{
    Func *f = s->f;
    int var = s->defer_bits_var;
    for (int i = f->ndefers - 1; i >= 0; i--) {
        Value *bits = read_var(s, cur(s), var);
        Value *bit = const_int(s, type_byte, 1 << i, pos);
        Value *set = v2(s, OpNeq8, t_bool(), pos, v2(s, OpAnd8, type_byte, pos, bits, bit),
                        const_int(s, type_byte, 0, pos));
        Block *run = new_block(s, BlockPlain, pos), *next = new_block(s, BlockPlain, pos);
        branch_if(s, set, run, next, 0);
        start_block(s, run, true);
        set_defer_bits(s, v2(s, OpAnd8, type_byte, pos, bits, const_int(s, type_byte, ~(1 << i) & 0xff, pos)),
                       pos);
        Value *fv = load(s, t_ptr(), slot_addr(s, f->defer_slots[i], pos), pos);
        call_func(s, func_void(), NULL, fv, NULL, 0, pos);
        jump_to(s, next);
        start_block(s, next, true);
    }
}

void defer_stmt(Builder *s, Stmt *st)
{
    Value *fv = call_closure(s, st->u.defer_stmt.call, "defer", s->open_defers, st->pos);
    if (!fv)
        return;
    if (s->open_defers)
        open_defer(s, fv, st->pos);
    else
        defer_closure(s, fv, st->pos);
}

/* go f(args): the same closure, run by a new goroutine
 * (runtime.newproc, rt/proc.c). */
void go_stmt(Builder *s, Stmt *st)
{
    Value *fv = call_closure(s, st->u.go_stmt.call, "go", false, st->pos);
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
    if (s->open_defers) /* the runtime has cleared the bits of the calls it ran */
        write_var(s, cur(s), s->defer_bits_var,
                  load(s, type_byte, slot_addr(s, s->f->defer_bits, end), end));
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
