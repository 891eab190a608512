/*
 * abi.h — gc's register-based Go calling convention (ABIInternal) as
 * data: for a function signature, which parameter and result pieces
 * travel in which integer or floating-point register, which values go on
 * the stack instead, and where the argument area puts them.
 *
 * The assignment is independent of the target's register names: pieces
 * are numbered within their class (integer register 0, 1, ...), and the
 * target maps numbers to registers (codegen: 0-8 are RAX RBX RCX RDI RSI
 * R8 R9 R10 R11, the floats X0-X14). Both sides of a call (compiler/ssagen)
 * and the prologue's stack-growth path (codegen) read this one analysis.
 *
 * The rules (docs/design.md, "Calling conventions"), per parameter in
 * order, then per result in order starting again at register 0:
 *   - a value is cut into pieces: a boolean, integer, pointer, map, chan
 *     or func is one integer piece; a float one float piece; a complex two
 *     float pieces; a string two integer pieces (pointer, length); a slice
 *     three (pointer, length, capacity); an interface two (type or itab,
 *     data); a struct its fields' pieces in order; an array of length 0
 *     nothing, of length 1 its element's pieces; a longer array cannot be
 *     cut (the whole value goes on the stack);
 *   - if all its pieces fit in the registers still free, it takes them;
 *     otherwise the whole value goes on the stack.
 * The argument area, from its base (0(SP) at the call, 16(BP) in the
 * callee after its prologue): the stack-assigned parameters, then the
 * stack-assigned results, then the spill area, one word for each
 * register piece of the parameters, where the callee may save its
 * register arguments (the stack-growth path does). Every stack value and
 * spill word starts on a word boundary (hood's rule for stack maps, one
 * bit per word; gc packs values at their own alignment).
 */
#ifndef HOOD_SSA_ABI_H
#define HOOD_SSA_ABI_H

#include "types.h"

enum {
    ABI_INT_REGS = 9,    /* integer argument and result registers */
    ABI_FLOAT_REGS = 15, /* floating-point ones */
    ABI_MAX_PIECES = ABI_INT_REGS + ABI_FLOAT_REGS,
};

/* One register-sized piece of a register-assigned value. */
typedef struct AbiPiece {
    Type *type;      /* a basic type: the piece's width and class */
    int64_t offset;  /* byte offset inside the value */
    int8_t reg;      /* register number within its class */
    bool is_float;
} AbiPiece;

typedef struct AbiParam {
    Type *type;
    int npieces;       /* register-assigned: its pieces (0 for a zero-size value) */
    AbiPiece *pieces;
    bool on_stack;     /* stack-assigned: at `offset` in the argument area */
    int64_t offset;    /* on_stack: offset; else the first spill word (params only) */
} AbiParam;

typedef struct AbiInfo {
    int nparams, nresults;
    AbiParam *params, *results;
    int nintparams, nfloatparams; /* registers the parameters use */
    int64_t spilloff;             /* offset of the spill area */
    int64_t argsize;              /* bytes of the whole argument area */
} AbiInfo;

/* The assignment for a call with parameters params and results results
 * (TYPE_TUPLE types; a method's receiver comes first in params). */
AbiInfo *abi_assign(Type *params, Type *results);

/* The pieces of a value of type t in order, as (type, offset) into
 * out[0..], at most ABI_MAX_PIECES; returns their count, or -1 when t
 * cannot travel in registers (an array longer than 1, or too many). */
int abi_pieces(Type *t, AbiPiece *out);

#endif
