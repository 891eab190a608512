/*
 * builtin.c — calls of the builtin functions hood lowers so far: print
 * and println (one runtime call per argument, as gc), panic, recover
 * (defer.c), len, cap, new, complex, real and imag (complex.c), for
 * slices make, append and copy (slice.c), for maps make and delete
 * (map.c), for channels make and close (chan.c). print_vals and panic_val also serve deferred calls of print,
 * println and panic, whose arguments are values by then.
 */
#include "builder.h"

/* Prints the values vals[0:n] as print (ln: println) does: gc's
 * printlock, one runtime call per value, printunlock. poss[i] is where
 * value i was written, for diagnostics. */
void print_vals(Builder *s, Val *vals, int n, bool ln, const Pos *poss, Pos pos)
{
    rtcall(s, RT_printlock, NULL, NULL, NULL, pos);
    for (int i = 0; i < n; i++) {
        if (ln && i > 0)
            rtcall(s, RT_printsp, NULL, NULL, NULL, pos);
        Val v = vals[i];
        Type *t = v.type;
        Type *u = type_underlying(t);
        Pos p = poss ? poss[i] : pos;
        if (u->kind == TYPE_STRING) {
            rtcall(s, RT_printstring, v.w, NULL, NULL, p);
        } else if (u->kind == TYPE_BOOL) {
            Value *w = v1(s, OpZeroExt8to64, types_basic[TYPE_UINT64], p, v.w[0]);
            rtcall(s, RT_printbool, &w, NULL, NULL, p);
        } else if (type_is_integer(u)) {
            Value *w = to_int64(s, v.w[0], u, p);
            bool sg = is_signed(u);
            rtcall(s, sg ? RT_printint : RT_printuint, &w, NULL, NULL, p);
        } else if (type_is_float(u)) {
            Value *w = convert_float(s, v.w[0], u, types_basic[TYPE_FLOAT64], p);
            rtcall(s, RT_printfloat, &w, NULL, NULL, p);
        } else if (type_is_complex(u)) {
            print_complex(s, v, p);
        } else if (u->kind == TYPE_SLICE) {
            rtcall(s, RT_printslice, v.w, NULL, NULL, p);
        } else if (u->kind == TYPE_INTERFACE) {
            rtcall(s, RT_printeface, v.w, NULL, NULL, p); /* (0x...,0x...): both words */
        } else if (v.n == 1) {
            rtcall(s, RT_printpointer, v.w, NULL, NULL, p);
        } else {
            unsupported(p, xprintf("printing %s", type_string(t)));
        }
    }
    if (ln)
        rtcall(s, RT_printnl, NULL, NULL, NULL, pos);
    rtcall(s, RT_printunlock, NULL, NULL, NULL, pos);
}

/* print/println: every argument is evaluated before anything is printed,
 * as gc does; println(f()) prints each of f's results. */
static void print_call(Builder *s, Expr *e, bool ln)
{
    ExprList *args = &e->u.call.args;
    int n = args->n;
    Val *vals;
    Pos *poss = NULL;
    if (n == 1 && args->v[0]->type && args->v[0]->type->kind == TYPE_TUPLE) {
        CallResult cr = go_call(s, args->v[0]);
        n = cr.n;
        vals = cr.vals;
    } else {
        vals = NEWARRAY(Val, n + 1);
        poss = NEWARRAY(Pos, n + 1);
        for (int i = 0; i < n; i++) {
            vals[i] = expr(s, args->v[i]);
            poss[i] = args->v[i]->pos;
        }
    }
    print_vals(s, vals, n, ln, poss, e->pos);
}

/* panic(v) with v of type t (untyped nil: panic(nil)). */
void panic_val(Builder *s, Val v, Type *t, Pos pos)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_UNTYPED_NIL) {
        Value *args[2] = {const_int(s, t_ptr(), 0, pos), const_int(s, t_ptr(), 0, pos)};
        rtcall(s, RT_gopanic, args, NULL, NULL, pos);
        return;
    }
    /* as an interface{} (iface.c), which boxes the value on the heap: a
     * recover may keep it after this frame is gone */
    v.type = t;
    Val e = to_iface(s, v, scope_lookup(types_universe, intern_cstr("any"))->type, pos);
    rtcall(s, RT_gopanic, e.w, NULL, NULL, pos);
}

static void panic_call(Builder *s, Expr *e)
{
    Expr *arg = e->u.call.args.v[0];
    Val v = {0};
    if (type_underlying(arg->type)->kind != TYPE_UNTYPED_NIL)
        v = expr(s, arg);
    panic_val(s, v, arg->type, e->pos);
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
    case BUILTIN_RECOVER:
        return recover_call(s, e);
    case BUILTIN_LEN: case BUILTIN_CAP: {
        Expr *arg = e->u.call.args.v[0];
        Type *u = type_underlying(arg->type);
        if (u->kind == TYPE_MAP)
            return one(len_word(s, expr1(s, arg), 0, e->pos), e->type);
        if (u->kind == TYPE_CHAN) /* hchan.qcount, hchan.dataqsiz */
            return one(len_word(s, expr1(s, arg), id == BUILTIN_LEN ? 0 : 8, e->pos), e->type);
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
        return one(new_object(s, type_underlying(e->type)->u.pointer.elem, e, e->pos), e->type);
    case BUILTIN_MAKE:
        if (type_underlying(e->type)->kind == TYPE_SLICE)
            return make_slice(s, e);
        if (type_underlying(e->type)->kind == TYPE_MAP)
            return make_map(s, e); /* map.c */
        if (type_underlying(e->type)->kind == TYPE_CHAN)
            return make_chan(s, e); /* chan.c */
        break;
    case BUILTIN_CLOSE:
        close_call(s, e); /* chan.c */
        return none;
    case BUILTIN_DELETE:
        delete_call(s, e); /* map.c */
        return none;
    case BUILTIN_APPEND:
        return append_call(s, e);
    case BUILTIN_COPY:
        return copy_call(s, e);
    case BUILTIN_COMPLEX: case BUILTIN_REAL: case BUILTIN_IMAG:
        return complex_builtin(s, e, id);
    case BUILTIN_ADD: case BUILTIN_SLICE:
        return unsafe_call(s, e, id);
    default:
        break;
    }
    unsupported(e->pos, xprintf("builtin %s", builtin_name(id)));
    return zero_val(s, e->type ? e->type : t_int(), e->pos);
}
