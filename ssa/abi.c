/*
 * abi.c — abi_assign: gc's register assignment of a call's parameters
 * and results (the rules are in abi.h).
 */
#include "abi.h"

#include "util.h"

typedef struct Cut {
    AbiPiece *out;
    int n;
} Cut;

static bool cut(Type *t, int64_t off, Cut *c);

static bool piece(Cut *c, Type *t, int64_t off, bool is_float)
{
    if (c->n >= ABI_MAX_PIECES)
        return false;
    c->out[c->n++] = (AbiPiece){.type = t, .offset = off, .is_float = is_float};
    return true;
}

static bool cut_struct(Type *t, int64_t off, Cut *c)
{
    ObjectList *fs = &type_underlying(t)->u.strct.fields;
    for (int i = 0; i < fs->n; i++)
        if (!cut(fs->v[i]->type, off + type_field_offset(t, i), c))
            return false;
    return true;
}

static bool cut(Type *t, int64_t off, Cut *c)
{
    Type *u = type_underlying(t);
    Type *ptr = types_basic[TYPE_UNSAFE_POINTER], *intt = types_basic[TYPE_INT];
    switch (u->kind) {
    case TYPE_FLOAT32: case TYPE_FLOAT64:
        return piece(c, t, off, true);
    case TYPE_COMPLEX64:
        return piece(c, types_basic[TYPE_FLOAT32], off, true) &&
               piece(c, types_basic[TYPE_FLOAT32], off + 4, true);
    case TYPE_COMPLEX128:
        return piece(c, types_basic[TYPE_FLOAT64], off, true) &&
               piece(c, types_basic[TYPE_FLOAT64], off + 8, true);
    case TYPE_STRING:
        return piece(c, ptr, off, false) && piece(c, intt, off + 8, false);
    case TYPE_SLICE:
        return piece(c, ptr, off, false) && piece(c, intt, off + 8, false) &&
               piece(c, intt, off + 16, false);
    case TYPE_INTERFACE:
        return piece(c, ptr, off, false) && piece(c, ptr, off + 8, false);
    case TYPE_STRUCT:
        return cut_struct(t, off, c);
    case TYPE_ARRAY:
        if (u->u.array.len == 0)
            return true;
        return u->u.array.len == 1 && cut(u->u.array.elem, off, c);
    default:
        /* booleans, integers, pointers, maps, chans, funcs */
        return piece(c, t, off, false);
    }
}

int abi_pieces(Type *t, AbiPiece *out)
{
    Cut c = {.out = out};
    return cut(t, 0, &c) ? c.n : -1;
}

/* Assigns the values of tuple to registers from 0 or to the stack from
 * *stackoff; returns the parameters. */
static AbiParam *assign(Type *tuple, int *n, int *nint, int *nfloat, int64_t *stackoff)
{
    ObjectList *vars = &tuple->u.tuple.vars;
    AbiParam *ps = NEWARRAY(AbiParam, vars->n + 1);
    AbiPiece buf[ABI_MAX_PIECES];
    *n = vars->n;
    for (int i = 0; i < vars->n; i++) {
        AbiParam *p = &ps[i];
        p->type = vars->v[i]->type;
        int np = abi_pieces(p->type, buf);
        int ni = 0, nf = 0;
        for (int k = 0; k < np; k++)
            *(buf[k].is_float ? &nf : &ni) += 1;
        if (np < 0 || *nint + ni > ABI_INT_REGS || *nfloat + nf > ABI_FLOAT_REGS) {
            p->on_stack = true;
            p->offset = *stackoff;
            *stackoff += (type_size(p->type) + 7) / 8 * 8;
            continue;
        }
        p->npieces = np;
        p->pieces = NEWARRAY(AbiPiece, np + 1);
        for (int k = 0; k < np; k++) {
            p->pieces[k] = buf[k];
            p->pieces[k].reg = (int8_t)(buf[k].is_float ? (*nfloat)++ : (*nint)++);
        }
    }
    return ps;
}

AbiInfo *abi_assign(Type *params, Type *results)
{
    AbiInfo *a = NEW(AbiInfo);
    int64_t off = 0;
    a->params = assign(params, &a->nparams, &a->nintparams, &a->nfloatparams, &off);
    int ri = 0, rf = 0;
    a->results = assign(results, &a->nresults, &ri, &rf, &off);
    /* The spill area: a word per register piece of the parameters. */
    a->spilloff = off;
    for (int i = 0; i < a->nparams; i++) {
        AbiParam *p = &a->params[i];
        if (!p->on_stack) {
            p->offset = off;
            off += 8 * p->npieces;
        }
    }
    a->argsize = off;
    return a;
}
