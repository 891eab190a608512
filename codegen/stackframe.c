/*
 * stackframe.c — cg_stackframe: lays out the frame below the saved frame
 * pointer (docs/design.md, "Frame layout") and sets f->framesize.
 *
 * Requires: regalloc (f->cg holds the number of spill slots).
 * Leaves behind: every auto's Sym.offset and every spill slot's offset,
 * both from SP; cg->outargs; f->framesize, a multiple of 16 so that SP is
 * 16-byte aligned at every call (entry SP is 8 mod 16, the pushed BP makes
 * it 0).
 *
 *     BP ->  saved BP
 *            autos, largest alignment first     } framesize
 *            spill slots (8 bytes each)         }
 *            outgoing argument area  0(SP)...   }
 *     SP ->
 */
#include "amd64.h"
#include "diag.h"

/* Every offset in a frame must fit the signed 32-bit displacement of an
 * amd64 instruction, so frames stay under 2 GB. (gc's limit is 1 GB; as
 * gc, hood keeps a declared variable over 10 MB and an implicit
 * allocation over 64 KB on the heap (compiler/ssagen/escape.c), but its
 * temporaries of big values are still in the frame, and Go's test
 * fixedbugs/issue15141.go needs 1.8 GB of frame here.) The
 * arguments and results of a function, which live in its caller's
 * frame, have gc's limit of 1 GB: hood's frames need no more for them. */
#define MAX_FRAME_SIZE (INT64_C(1) << 31)
#define MAX_ARGS_SIZE (INT64_C(1) << 30)

static int64_t align_up(int64_t x, int64_t a)
{
    return (x + a - 1) / a * a;
}

/* The largest argument area any call in f needs. */
static int64_t outgoing_args(Func *f)
{
    int64_t max = 0;
    for (int i = 0; i < f->blocks.n; i++) {
        Block *b = f->blocks.v[i];
        for (int j = 0; j < b->values.n; j++) {
            Value *v = b->values.v[j];
            if ((v->op == OpAMD64CALLstatic || v->op == OpAMD64CALLclosure) && v->aux_int > max)
                max = v->aux_int;
        }
    }
    return align_up(max, 8);
}

void cg_stackframe(Func *f)
{
    CgFunc *cg = f->cg;
    int64_t off = outgoing_args(f);
    cg->outargs = off;
    cg->slot_off = NEWARRAY(int64_t, cg->nslots + 1);
    for (int i = 0; i < cg->nslots; i++) {
        cg->slot_off[i] = off;
        off += 8;
    }
    /* Autos by decreasing alignment, so padding is only needed once. */
    for (int64_t a = 16; a >= 1; a /= 2) {
        for (int i = 0; i < f->autos.n; i++) {
            Sym *s = f->autos.v[i];
            int64_t al = s->type ? type_align(s->type) : 8;
            if (al < 1)
                al = 1;
            if (al > 16)
                al = 16;
            if (al != a)
                continue;
            int64_t size = s->type ? type_size(s->type) : 8;
            off = align_up(off, al);
            s->offset = off;
            off += size;
        }
    }
    f->framesize = align_up(off, 16);
    if (f->framesize >= MAX_FRAME_SIZE || f->argsize >= MAX_ARGS_SIZE) {
        error_at(f->pos, "stack frame too large (>%dGB): %lld MB locals + %lld MB args",
                 f->framesize >= MAX_FRAME_SIZE ? 2 : 1, (long long)((f->framesize - cg->outargs) >> 20),
                 (long long)(f->argsize >> 20));
        f->framesize = 0; /* the program is not emitted after an error */
    }
}
