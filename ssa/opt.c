/*
 * opt.c — the opt pass: constant folding and algebraic identities on the
 * generic integer and boolean ops.
 *
 * Folding follows the Go spec exactly at each width: arithmetic wraps
 * (int8 127+1 is -128), a shift by a count >= the width gives 0, or the
 * sign fill for a signed right shift, and division truncates toward zero.
 * Two divisions are left alone: by zero (the builder has already branched
 * to a panic, so the value is unreachable at run time, but folding it
 * would have no answer) and MinInt / -1 (Go defines it to wrap; lowering
 * already handles it, and C's / would be undefined behaviour here).
 *
 * The integer ops come in families Name8, Name16, Name32, Name64 with
 * consecutive enum values (ssa/ops.def), so each family is one table
 * entry and its width is 8 << (op - base). Constants are read through
 * their own width, since auxint holds them sign-extended to 64 bits.
 *
 * A value that folds to a constant is rewritten in place into a Const op;
 * one that simplifies to another value x becomes a Copy of x, for
 * copyelim to remove. Operands are read through copies, and the pass
 * repeats until nothing changes, since each rewrite can enable another.
 * An If whose control folds to a ConstBool is left to deadcode.
 *
 * Requires: nothing. Leaves behind: Copy values; dead constants (for
 * deadcode).
 *
 * The rules are few enough to be code; once they grow past a few dozen
 * they belong in ssa/generic.rules (STYLE 3).
 */
#include "ssa.h"
#include "passes.h"

typedef enum Arith {
    A_ADD, A_SUB, A_MUL, A_DIV, A_DIVU, A_MOD, A_MODU,
    A_AND, A_OR, A_XOR, A_LSH, A_RSH, A_RSHU, A_NEG, A_COM,
    /* comparisons: the result is a bool */
    A_EQ, A_NEQ, A_LESS, A_LESSU, A_LEQ, A_LEQU,
} Arith;

static const struct Family {
    Op base; /* the 8-bit member; 16, 32 and 64 follow */
    Arith arith;
} families[] = {
    {OpAdd8, A_ADD},   {OpSub8, A_SUB},     {OpMul8, A_MUL},
    {OpDiv8, A_DIV},   {OpDiv8u, A_DIVU},   {OpMod8, A_MOD},
    {OpMod8u, A_MODU}, {OpAnd8, A_AND},     {OpOr8, A_OR},
    {OpXor8, A_XOR},   {OpLsh8, A_LSH},     {OpRsh8, A_RSH},
    {OpRsh8u, A_RSHU}, {OpNeg8, A_NEG},     {OpCom8, A_COM},
    {OpEq8, A_EQ},     {OpNeq8, A_NEQ},     {OpLess8, A_LESS},
    {OpLess8U, A_LESSU}, {OpLeq8, A_LEQ},   {OpLeq8U, A_LEQU},
};

/* Width changes: the operand is read as `from` bits (sign- or
 * zero-extended), and the result is that value cut to `to` bits. A
 * truncation reads its operand either way. */
static const struct Conversion {
    Op op;
    int from, to;
    bool sign;
} conversions[] = {
    {OpSignExt8to16, 8, 16, true},   {OpSignExt8to32, 8, 32, true},
    {OpSignExt8to64, 8, 64, true},   {OpSignExt16to32, 16, 32, true},
    {OpSignExt16to64, 16, 64, true}, {OpSignExt32to64, 32, 64, true},
    {OpZeroExt8to16, 8, 16, false},  {OpZeroExt8to32, 8, 32, false},
    {OpZeroExt8to64, 8, 64, false},  {OpZeroExt16to32, 16, 32, false},
    {OpZeroExt16to64, 16, 64, false}, {OpZeroExt32to64, 32, 64, false},
    {OpTrunc16to8, 16, 8, false},    {OpTrunc32to8, 32, 8, false},
    {OpTrunc32to16, 32, 16, false},  {OpTrunc64to8, 64, 8, false},
    {OpTrunc64to16, 64, 16, false},  {OpTrunc64to32, 64, 32, false},
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* --- Two's complement at a width ------------------------------------------- */

static uint64_t zext(uint64_t x, int bits)
{
    return bits == 64 ? x : x & ((UINT64_C(1) << bits) - 1);
}

/* The low `bits` of x as a signed number. (Converting a uint64 above
 * INT64_MAX to int64 is implementation-defined in C; gcc and clang
 * wrap, which is what two's complement means here.) */
static int64_t sext(uint64_t x, int bits)
{
    uint64_t sign = UINT64_C(1) << (bits - 1);
    return (int64_t)((zext(x, bits) ^ sign) - sign);
}

static int width_of(Op op, Op base) { return 8 << (op - base); }
static Op const_op(int bits)
{
    return bits == 8 ? OpConst8 : bits == 16 ? OpConst16 : bits == 32 ? OpConst32 : OpConst64;
}

/* --- Reading operands ------------------------------------------------------ */

static Value *through_copies(Func *f, Value *v)
{
    for (int steps = 0; v->op == OpCopy && steps < f->nvalues; steps++)
        v = v->args[0];
    return v;
}

/* If v is an integer constant, stores its value (sign-extended from its
 * width) and width. */
static bool int_const(Value *v, int64_t *c, int *bits)
{
    if (v->op < OpConst8 || v->op > OpConst64)
        return false;
    *bits = width_of(v->op, OpConst8);
    *c = sext((uint64_t)v->aux_int, *bits);
    return true;
}

static bool bool_const(Value *v, bool *c)
{
    if (v->op != OpConstBool)
        return false;
    *c = v->aux_int != 0;
    return true;
}

/* --- Rewriting -------------------------------------------------------------- */

static void become_const(Value *v, Op op, int64_t c)
{
    ssa_reset_args(v);
    v->op = op;
    v->aux_int = c;
    v->aux = NULL;
}

/* --- Folding ---------------------------------------------------------------- */

/* Computes a op b at `bits` (a and b sign-extended from that width; for
 * shifts, count is b's unsigned value at its own width). Returns false
 * where Go's result is a run-time panic or is left to lowering. */
static bool fold_binary(Arith k, int bits, int64_t a, int64_t b, uint64_t count, int64_t *r)
{
    uint64_t ua = zext((uint64_t)a, bits), ub = zext((uint64_t)b, bits);
    int64_t min = sext(UINT64_C(1) << (bits - 1), bits); /* MinInt at this width */
    switch (k) {
    case A_ADD: *r = sext(ua + ub, bits); return true;
    case A_SUB: *r = sext(ua - ub, bits); return true;
    case A_MUL: *r = sext(ua * ub, bits); return true;
    case A_DIV:
    case A_MOD:
        if (b == 0 || (b == -1 && a == min))
            return false;
        *r = k == A_DIV ? a / b : a % b; /* C99 truncates toward zero, as Go */
        return true;
    case A_DIVU:
    case A_MODU:
        if (ub == 0)
            return false;
        *r = sext(k == A_DIVU ? ua / ub : ua % ub, bits);
        return true;
    case A_AND: *r = a & b; return true;
    case A_OR: *r = a | b; return true;
    case A_XOR: *r = a ^ b; return true;
    case A_LSH: *r = count >= (uint64_t)bits ? 0 : sext(ua << count, bits); return true;
    case A_RSHU: *r = count >= (uint64_t)bits ? 0 : sext(ua >> count, bits); return true;
    case A_RSH:
        if (count >= (uint64_t)bits)
            *r = a < 0 ? -1 : 0;
        else /* shifting ~a (non-negative) keeps C's >> well defined */
            *r = a < 0 ? ~(~a >> count) : a >> count;
        return true;
    case A_EQ: *r = a == b; return true;
    case A_NEQ: *r = a != b; return true;
    case A_LESS: *r = a < b; return true;
    case A_LESSU: *r = ua < ub; return true;
    case A_LEQ: *r = a <= b; return true;
    case A_LEQU: *r = ua <= ub; return true;
    case A_NEG:
    case A_COM:
        break;
    }
    return false;
}

static bool is_comparison(Arith k) { return k >= A_EQ; }

/* What a rule says a value simplifies to. */
typedef enum Simple {
    NO_RULE,
    TO_CONST,   /* the constant *r */
    TO_OPERAND, /* the non-constant operand x */
} Simple;

/* x op x, for ops where that has a fixed answer. */
static Simple fold_same(Arith k, int64_t *r)
{
    switch (k) {
    case A_SUB: case A_XOR: *r = 0; return TO_CONST;
    case A_EQ: case A_LEQ: case A_LEQU: *r = 1; return TO_CONST;
    case A_NEQ: case A_LESS: case A_LESSU: *r = 0; return TO_CONST;
    case A_AND: case A_OR: return TO_OPERAND;
    default: return NO_RULE;
    }
}

/* x op c (c_is_arg1) or c op x, with c a constant at `bits` and count its
 * unsigned value at its own width (for shifts). */
static Simple fold_identity(Arith k, int bits, int64_t c, uint64_t count, bool c_is_arg1,
                            int64_t *r)
{
    switch (k) {
    case A_ADD: case A_XOR:
        return c == 0 ? TO_OPERAND : NO_RULE;
    case A_OR:
        if (c == -1) {
            *r = -1;
            return TO_CONST;
        }
        return c == 0 ? TO_OPERAND : NO_RULE;
    case A_AND:
        if (c == 0) {
            *r = 0;
            return TO_CONST;
        }
        return c == -1 ? TO_OPERAND : NO_RULE;
    case A_MUL:
        if (c == 0) {
            *r = 0;
            return TO_CONST;
        }
        return c == 1 ? TO_OPERAND : NO_RULE;
    case A_SUB:
        return c_is_arg1 && c == 0 ? TO_OPERAND : NO_RULE;
    case A_DIV: case A_DIVU:
        return c_is_arg1 && c == 1 ? TO_OPERAND : NO_RULE;
    case A_LSH: case A_RSHU: case A_RSH:
        if (!c_is_arg1)
            return NO_RULE;
        if (count == 0)
            return TO_OPERAND;
        if (k != A_RSH && count >= (uint64_t)bits) {
            *r = 0;
            return TO_CONST;
        }
        return NO_RULE;
    default:
        return NO_RULE;
    }
}

/* log2(c) if c is a power of two greater than 1, else -1. */
static int log2_exact(uint64_t c)
{
    if (c < 2 || (c & (c - 1)) != 0)
        return -1;
    int n = 0;
    while (c >>= 1)
        n++;
    return n;
}

/* x * 2^n, unsigned x / 2^n and x % 2^n become a shift or a mask: the
 * results agree bit for bit at every width (multiplication wraps as the
 * shift does), and a divide costs tens of cycles. Signed division by a
 * power of two needs a rounding fix-up and is left to the back end. */
static bool strength_reduce(Value *v, Arith k, int bits, Value *x, uint64_t c)
{
    int n = log2_exact(c);
    if (n < 0 || (k != A_MUL && k != A_DIVU && k != A_MODU))
        return false;
    int w = 0; /* index in the 8/16/32/64 family */
    while ((8 << w) < bits)
        w++;
    Value *operand;
    Op op;
    if (k == A_MODU) {
        op = (Op)(OpAnd8 + w);
        operand = ssa_const(v->block, const_op(bits), v->type, v->pos, (int64_t)(c - 1));
    } else {
        op = (Op)((k == A_MUL ? OpLsh8 : OpRsh8u) + w);
        operand = ssa_const(v->block, OpConst64, types_basic[TYPE_UINT64], v->pos, n);
    }
    ssa_reset_args(v);
    v->op = op;
    ssa_add_arg(v, x);
    ssa_add_arg(v, operand);
    return true;
}

/* Applies a rule's verdict to v; returns whether v changed. */
static bool apply(Value *v, Simple s, Op result, int64_t r, Value *x)
{
    switch (s) {
    case TO_CONST: become_const(v, result, r); return true;
    case TO_OPERAND: ssa_value_copy_of(v, x); return true;
    case NO_RULE: break;
    }
    return false;
}

static bool opt_family(Func *f, Value *v, const struct Family *fam)
{
    Arith k = fam->arith;
    int bits = width_of(v->op, fam->base);
    Op result = is_comparison(k) ? OpConstBool : const_op(bits);
    Value *x = through_copies(f, v->args[0]);
    int64_t a = 0, b = 0, r = 0;
    int abits, bbits;
    bool ka = int_const(x, &a, &abits);

    if (k == A_NEG || k == A_COM) {
        if (ka) {
            uint64_t ua = (uint64_t)a;
            become_const(v, result, sext(k == A_NEG ? 0 - ua : ~ua, bits));
            return true;
        }
        if (x->op == v->op) { /* -(-y), ^(^y) */
            ssa_value_copy_of(v, through_copies(f, x->args[0]));
            return true;
        }
        return false;
    }

    Value *y = through_copies(f, v->args[1]);
    bool kb = int_const(y, &b, &bbits);
    uint64_t count = kb ? zext((uint64_t)b, bbits) : 0;
    /* Each verdict is computed in its own statement before apply() reads
     * r: as one call's arguments, the order would be unspecified in C. */
    Simple s;
    if (ka && kb)
        return fold_binary(k, bits, a, b, count, &r) && apply(v, TO_CONST, result, r, NULL);
    if (x == y) {
        s = fold_same(k, &r);
        return apply(v, s, result, r, x);
    }
    if (kb) {
        s = fold_identity(k, bits, b, count, true, &r);
        if (apply(v, s, result, r, x))
            return true;
        if (strength_reduce(v, k, bits, x, zext((uint64_t)b, bits)))
            return true;
    }
    if (ka && (ssa_opinfo(v->op)->flags & OPF_COMMUTATIVE)) {
        s = fold_identity(k, bits, a, 0, false, &r);
        return apply(v, s, result, r, y);
    }
    return false;
}

static bool opt_conversion(Func *f, Value *v, const struct Conversion *cv)
{
    int64_t c;
    int bits;
    if (!int_const(through_copies(f, v->args[0]), &c, &bits))
        return false;
    uint64_t u = cv->sign ? (uint64_t)sext((uint64_t)c, cv->from) : zext((uint64_t)c, cv->from);
    become_const(v, const_op(cv->to), sext(u, cv->to));
    return true;
}

/* Not, EqB, NeqB. */
static bool opt_bool(Func *f, Value *v)
{
    Value *x = through_copies(f, v->args[0]);
    bool a, b;
    if (v->op == OpNot) {
        if (bool_const(x, &a)) {
            become_const(v, OpConstBool, !a);
            return true;
        }
        if (x->op == OpNot) {
            ssa_value_copy_of(v, through_copies(f, x->args[0]));
            return true;
        }
        return false;
    }
    Value *y = through_copies(f, v->args[1]);
    bool eq = v->op == OpEqB;
    if (bool_const(x, &a) && bool_const(y, &b)) {
        become_const(v, OpConstBool, (a == b) == eq);
        return true;
    }
    if (x == y) {
        become_const(v, OpConstBool, eq);
        return true;
    }
    /* x == true and x != false are x. */
    if (bool_const(x, &a) && a == eq) {
        ssa_value_copy_of(v, y);
        return true;
    }
    if (bool_const(y, &b) && b == eq) {
        ssa_value_copy_of(v, x);
        return true;
    }
    return false;
}

/* Tries every rule on v; returns true if v was rewritten. */
static bool opt_value(Func *f, Value *v)
{
    if (v->op == OpNot || v->op == OpEqB || v->op == OpNeqB)
        return opt_bool(f, v);
    for (int i = 0; i < COUNT(families); i++)
        if (v->op >= families[i].base && v->op < families[i].base + 4)
            return opt_family(f, v, &families[i]);
    for (int i = 0; i < COUNT(conversions); i++)
        if (v->op == conversions[i].op)
            return opt_conversion(f, v, &conversions[i]);
    return false;
}

void ssa_opt(Func *f)
{
    bool changed;
    do {
        changed = false;
        for (int i = 0; i < f->blocks.n; i++) {
            Block *b = f->blocks.v[i];
            for (int j = 0; j < b->values.n; j++)
                if (opt_value(f, b->values.v[j]))
                    changed = true;
        }
    } while (changed);
}
