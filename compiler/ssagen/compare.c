/*
 * compare.c — comparisons: single words (integers, bools, pointers),
 * strings (lengths first, then runtime.memequal or runtime.cmpstring),
 * and arrays and structs (one memequal when bytewise equality is
 * equality, else element by element and field by field).
 */
#include "builder.h"

/* String comparison op (==, !=, <, <=, >, >=) as a bool. */
Value *string_compare(Builder *s, TokenKind op, Val a, Val b, Pos pos)
{
    Value *res[1] = {0};
    Type *rt[1] = {t_int()};
    if (op == TK_EQL || op == TK_NEQ) {
        /* Equal lengths and equal bytes: memequal only when lengths match. */
        Value *leneq = v2(s, OpEq64, t_bool(), pos, a.w[1], b.w[1]);
        int var = new_var(s, t_bool());
        write_var(s, cur(s), var, const_int(s, t_bool(), 0, pos));
        Block *b0 = cur(s);
        b0->kind = BlockIf;
        ssa_set_control(b0, leneq);
        Block *cmp = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
        ssa_add_edge(b0, cmp);
        ssa_add_edge(b0, done);
        start_block(s, cmp, true);
        Value *args[3] = {a.w[0], b.w[0], a.w[1]};
        Type *bt[1] = {t_bool()};
        rtcall(s, RT_memequal, args, res, bt, pos);
        write_var(s, cur(s), var, res[0]);
        jump_to(s, done);
        start_block(s, done, true);
        Value *eq = read_var(s, done, var);
        return op == TK_EQL ? eq : v1(s, OpNot, t_bool(), pos, eq);
    }
    Value *args[4] = {a.w[0], a.w[1], b.w[0], b.w[1]};
    rtcall(s, RT_cmpstring, args, res, rt, pos);
    Value *zero = const_int(s, t_int(), 0, pos);
    switch (op) {
    case TK_LSS: return v2(s, OpLess64, t_bool(), pos, res[0], zero);
    case TK_LEQ: return v2(s, OpLeq64, t_bool(), pos, res[0], zero);
    case TK_GTR: return v2(s, OpLess64, t_bool(), pos, zero, res[0]);
    default: return v2(s, OpLeq64, t_bool(), pos, zero, res[0]);
    }
}

/* Comparison of two single-word values of type t. */
Value *compare_words(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos)
{
    Type *u = type_underlying(t);
    Type *b = t_bool();
    if (u->kind == TYPE_BOOL) {
        return v2(s, op == TK_EQL ? OpEqB : OpNeqB, b, pos, x, y);
    }
    if (type_is_float(u))
        return float_compare(s, op, x, y, u, pos);
    if (!type_is_integer(u)) { /* pointers, maps, chans, funcs */
        return v2(s, op == TK_EQL ? OpEqPtr : OpNeqPtr, b, pos, x, y);
    }
    bool sg = is_signed(u);
    switch (op) {
    case TK_EQL: return v2(s, sized(OpEq8, u), b, pos, x, y);
    case TK_NEQ: return v2(s, sized(OpNeq8, u), b, pos, x, y);
    case TK_LSS: return v2(s, sized(sg ? OpLess8 : OpLess8U, u), b, pos, x, y);
    case TK_LEQ: return v2(s, sized(sg ? OpLeq8 : OpLeq8U, u), b, pos, x, y);
    case TK_GTR: return v2(s, sized(sg ? OpLess8 : OpLess8U, u), b, pos, y, x);
    default:     return v2(s, sized(sg ? OpLeq8 : OpLeq8U, u), b, pos, y, x);
    }
}

bool is_nil_expr(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e->kind == EXPR_IDENT && e->u.ident.obj && e->u.ident.obj->kind == OBJ_NIL;
}

/* v == nil (op TK_EQL) or v != nil, for v of a type with a nil value:
 * its first word is nil (a slice's pointer, an interface's type word,
 * the pointer that a map, func, chan or pointer value is). */
Value *compare_nil(Builder *s, TokenKind op, Val v, Pos pos)
{
    return compare_words(s, op, v.w[0], const_int(s, t_ptr(), 0, pos), t_ptr(), pos);
}

/* Whether values of type t are equal exactly when their bytes are: no
 * padding, no blank fields and no indirection (integers, bools,
 * pointers, arrays and structs of them). */
static bool memory_comparable(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TYPE_ARRAY:
        return memory_comparable(u->u.array.elem);
    case TYPE_STRUCT: {
        ObjectList *fs = &u->u.strct.fields;
        int64_t sum = 0;
        for (int i = 0; i < fs->n; i++) {
            if (!named(fs->v[i]) || !memory_comparable(fs->v[i]->type))
                return false;
            sum += type_size(fs->v[i]->type);
        }
        return sum == type_size(u); /* else there is padding */
    }
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_CHAN:
        return true;
    default:
        return type_is_integer(u) || u->kind == TYPE_BOOL;
    }
}

/* Arrays up to this length are compared element by element in line;
 * longer ones in a loop. */
enum { MAX_UNROLLED = 64 };

/* x == y for two arrays of type t whose elements need comparing one by
 * one: a loop that stops at the first difference. */
static Value *equal_array_loop(Builder *s, Val x, Val y, Type *t, Pos pos)
{
    Type *et = elem_type(t);
    int ivar = new_var(s, t_int()), res = new_var(s, t_bool());
    write_var(s, cur(s), res, const_int(s, t_bool(), 1, pos));
    Block *header, *body = new_block(s, BlockPlain, pos);
    Block *differ = new_block(s, BlockPlain, pos), *done = new_block(s, BlockPlain, pos);
    Value *n = const_int(s, t_int(), type_underlying(t)->u.array.len, pos);
    Value *i = counted_loop(s, ivar, n, body, done, &header, pos);
    Val xe = load_val(s, et, elem_addr(s, x.addr, i, et, pos), pos);
    Val ye = load_val(s, et, elem_addr(s, y.addr, i, et, pos), pos);
    Value *eq = equal_vals(s, xe, ye, et, pos);
    write_var(s, cur(s), ivar, v2(s, OpAdd64, t_int(), pos, i, const_int(s, t_int(), 1, pos)));
    branch_if(s, eq, header, differ, 0);
    seal(s, header);
    start_block(s, differ, true);
    write_var(s, differ, res, const_int(s, t_bool(), 0, pos));
    jump_to(s, done);
    start_block(s, done, true);
    return read_var(s, done, res);
}

/* x == y for two values of comparable type t, as a bool. Arrays and
 * structs are compared with one memequal call when bytewise equality is
 * equality, else element by element (unrolled for short arrays) and
 * field by field, blank fields left out (spec, "Comparison operators"). */
Value *equal_vals(Builder *s, Val x, Val y, Type *t, Pos pos)
{
    Type *u = type_underlying(t);
    if (u->kind == TYPE_INTERFACE || type_is_interface(y.type))
        return iface_equal(s, x, y, pos); /* iface.c; y may be concrete */
    if (type_is_complex(u))
        return complex_equal(s, x, y, t, pos);
    if (u->kind == TYPE_STRING)
        return string_compare(s, TK_EQL, x, y, pos);
    if (x.n == 1)
        return compare_words(s, TK_EQL, x.w[0], y.w[0], t, pos);
    if ((u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) && memory_comparable(t)) {
        Value *res[1] = {0};
        Type *bt[1] = {t_bool()};
        Value *args[3] = {x.addr, y.addr, const_int(s, t_uintptr(), type_size(t), pos)};
        rtcall(s, RT_memequal, args, res, bt, pos);
        return res[0];
    }
    if (u->kind == TYPE_ARRAY && u->u.array.len > MAX_UNROLLED)
        return equal_array_loop(s, x, y, t, pos);
    Value *all = const_int(s, t_bool(), 1, pos);
    if (u->kind == TYPE_ARRAY) {
        Type *et = u->u.array.elem;
        for (int64_t i = 0; i < u->u.array.len; i++) {
            Value *off = const_int(s, t_int(), i, pos);
            Val xe = load_val(s, et, elem_addr(s, x.addr, off, et, pos), pos);
            Val ye = load_val(s, et, elem_addr(s, y.addr, off, et, pos), pos);
            all = v2(s, OpAnd8, t_bool(), pos, all, equal_vals(s, xe, ye, et, pos));
        }
        return all;
    }
    if (u->kind == TYPE_STRUCT) {
        ObjectList *fs = &u->u.strct.fields;
        for (int i = 0; i < fs->n; i++) {
            Type *ft = fs->v[i]->type;
            if (!named(fs->v[i]))
                continue;
            int64_t off = type_field_offset(u, i);
            Val xf = load_val(s, ft, offptr(s, x.addr, off, pos), pos);
            Val yf = load_val(s, ft, offptr(s, y.addr, off, pos), pos);
            all = v2(s, OpAnd8, t_bool(), pos, all, equal_vals(s, xf, yf, ft, pos));
        }
        return all;
    }
    unsupported(pos, xprintf("comparison of %s values", type_string(t)));
    return const_int(s, t_bool(), 0, pos);
}
