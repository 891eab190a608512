/*
 * builtin.c — calls of the builtin functions hood lowers so far: print
 * and println (one runtime call per argument, as gc), panic, len, cap,
 * new, and for slices make, append and copy (slice.c).
 */
#include "builder.h"

/* print/println: gc's printlock, print per argument, printunlock. */
static void print_call(Builder *s, Expr *e, bool ln)
{
    rtcall(s, RT_printlock, NULL, NULL, NULL, e->pos);
    ExprList *args = &e->u.call.args;
    /* Evaluate every argument before printing anything, as gc does;
     * println(f()) prints each of f's results. */
    int n = args->n;
    Val *vals;
    if (n == 1 && args->v[0]->type && args->v[0]->type->kind == TYPE_TUPLE) {
        CallResult cr = go_call(s, args->v[0]);
        n = cr.n;
        vals = cr.vals;
    } else {
        vals = NEWARRAY(Val, n + 1);
        for (int i = 0; i < n; i++)
            vals[i] = expr(s, args->v[i]);
    }
    for (int i = 0; i < n; i++) {
        if (ln && i > 0)
            rtcall(s, RT_printsp, NULL, NULL, NULL, e->pos);
        Val v = vals[i];
        Type *t = v.type;
        Type *u = type_underlying(t);
        Pos pos = args->n == n ? args->v[i]->pos : e->pos;
        if (u->kind == TYPE_STRING) {
            rtcall(s, RT_printstring, v.w, NULL, NULL, pos);
        } else if (u->kind == TYPE_BOOL) {
            Value *w = v1(s, OpZeroExt8to64, types_basic[TYPE_UINT64], pos, v.w[0]);
            rtcall(s, RT_printbool, &w, NULL, NULL, pos);
        } else if (type_is_integer(u)) {
            Value *w = to_int64(s, v.w[0], u, pos);
            bool sg = is_signed(u);
            rtcall(s, sg ? RT_printint : RT_printuint, &w, NULL, NULL, pos);
        } else if (u->kind == TYPE_SLICE) {
            rtcall(s, RT_printslice, v.w, NULL, NULL, pos);
        } else if (v.n == 1) {
            rtcall(s, RT_printpointer, v.w, NULL, NULL, pos);
        } else {
            unsupported(pos, xprintf("printing %s", type_string(t)));
        }
    }
    if (ln)
        rtcall(s, RT_printnl, NULL, NULL, NULL, e->pos);
    rtcall(s, RT_printunlock, NULL, NULL, NULL, e->pos);
}

static void panic_call(Builder *s, Expr *e)
{
    Expr *arg = e->u.call.args.v[0];
    Type *t = arg->type;
    Type *u = type_underlying(t);
    if (u->kind == TYPE_INTERFACE || u->kind == TYPE_UNTYPED_NIL) {
        unsupported(e->pos, "panic with an interface value");
        return;
    }
    Val v = expr(s, arg);
    Value *data = temp_addr(s, t, e->pos);
    store_val(s, t, data, v, e->pos);
    Value *typ = v0(s, OpAddr, t_ptr(), e->pos);
    typ->aux = type_sym(s, t);
    Value *args[2] = {typ, data};
    rtcall(s, RT_gopanic, args, NULL, NULL, e->pos);
}

Val builtin_call(Builder *s, Expr *e, BuiltinId id)
{
    Val none = {.n = 0, .type = NULL};
    switch (id) {
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN:
        print_call(s, e, id == BUILTIN_PRINTLN);
        return none;
    case BUILTIN_PANIC:
        panic_call(s, e);
        return none;
    case BUILTIN_LEN: case BUILTIN_CAP: {
        Expr *arg = e->u.call.args.v[0];
        Type *u = type_underlying(arg->type);
        if (u->kind == TYPE_STRING || u->kind == TYPE_SLICE) {
            Val v = expr(s, arg);
            return one(id == BUILTIN_LEN ? val_len(v) : v.w[2], e->type);
        }
        if (u->kind == TYPE_POINTER)
            u = type_underlying(u->u.pointer.elem);
        if (u->kind == TYPE_ARRAY) {
            /* not a constant only because arg has a call: evaluate it
             * for that (a nil *array is fine: len reads no memory) */
            expr(s, arg);
            return one(const_int(s, t_int(), u->u.array.len, e->pos), e->type);
        }
        break;
    }
    case BUILTIN_NEW:
        return one(heap_alloc(s, type_underlying(e->type)->u.pointer.elem, e->pos), e->type);
    case BUILTIN_MAKE:
        if (type_underlying(e->type)->kind == TYPE_SLICE)
            return make_slice(s, e);
        break;
    case BUILTIN_APPEND:
        if (e->u.call.args.v[0]->type->kind != TYPE_TUPLE)
            return append_call(s, e);
        break;
    case BUILTIN_COPY:
        return copy_call(s, e);
    default:
        break;
    }
    unsupported(e->pos, xprintf("builtin %s", builtin_name(id)));
    return zero_val(s, e->type ? e->type : t_int(), e->pos);
}
