/*
 * amd64.h — what the codegen passes share and nobody else needs: register
 * numbers and masks, the machine-op table built from amd64ops.def, and the
 * per-function state that regalloc fills, stackframe completes and emit
 * reads (hung on Func.cg).
 */
#ifndef HOOD_CODEGEN_AMD64_H
#define HOOD_CODEGEN_AMD64_H

#include "abi.h"
#include "codegen.h"

/* The amd64 ops and block kinds, numbered after the generic ones. */
enum {
    OpAMD64Before = OpArchFirst - 1,
#define AMD64OP(name, ...) OpAMD64##name,
#include "amd64ops.def"
#undef AMD64OP
    OpAMD64End
};

enum {
    BlockAMD64Before = BlockArchFirst - 1,
#define AMD64BLOCK(name, nsuccs, meaning) BlockAMD64##name,
#include "amd64blocks.def"
#undef AMD64BLOCK
    BlockAMD64End
};

/* Registers: the integer ones in hardware encoding order, then the SSE
 * registers X0-X15; SB is the pseudo-register for RIP-relative symbol
 * addresses. */
enum {
    R_AX, R_CX, R_DX, R_BX, R_SP, R_BP, R_SI, R_DI,
    R_R8, R_R9, R_R10, R_R11, R_R12, R_R13, R_R14, R_R15,
    R_X0, R_X15 = R_X0 + 15,
    R_SB,
    NREG
};

/* A set of registers, bit r for register r. */
typedef uint64_t RegMask;

#define REG(r) ((RegMask)1 << (r))
#define M_AX REG(R_AX)
#define M_CX REG(R_CX)
#define M_DX REG(R_DX)
#define M_BX REG(R_BX)
#define M_SI REG(R_SI)
#define M_DI REG(R_DI)
#define M_R11 REG(R_R11)
/* The allocatable registers: R14 holds g, R15 is reserved, SP and BP hold
 * the frame (docs/design.md). */
#define M_GP (M_AX | M_CX | M_DX | M_BX | M_SI | M_DI | (RegMask)0x3f00)
/* Floating-point values live in X0-X14; X15 is left alone (gc's
 * convention keeps zero there for its assembly). */
#define M_XMM ((RegMask)0x7fff << R_X0)
/* Address bases may also be the SP, FP (BP) and SB pseudo-values. */
#define M_GPSPSB (M_GP | REG(R_SP) | REG(R_BP) | REG(R_SB))

static inline bool cg_is_xmm(int r) { return r >= R_X0 && r <= R_X15; }

/* Operand spellings (the form column of amd64ops.def). */
typedef enum AsmForm {
    F_NONE,      /* emits nothing */
    F_CONST,     /* mov $auxint, out */
    F_LEA,       /* leaq addr(arg0), out */
    F_LOADARG,   /* mov 16+auxint(%rbp), out */
    F_LOAD,      /* asm addr(arg0), out */
    F_STORE,     /* asm arg1, addr(arg0) */
    F_ZERO,      /* immediate zero stores */
    F_REPSTOS,   /* rep stosq and a tail */
    F_MOVE,      /* copies through R11 */
    F_REPMOVS,   /* rep movsb */
    F_BIN,       /* asm arg1, out (out == arg0) */
    F_BINCONST,  /* asm $auxint, out */
    F_UN,        /* asm out */
    F_SHIFT,     /* asm %cl, out */
    F_CARRYMASK, /* sbb out, out */
    F_DIV,       /* [cmp -1;] extend; div arg1 */
    F_EXT,       /* asm arg0 (width), out */
    F_CMP,       /* asm arg1, arg0 */
    F_CMPCONST,  /* asm $auxint, arg0 */
    F_SET,       /* setcc out (byte) */
    F_CALL,      /* call aux */
    F_CALLIND,   /* call *arg0 */
    F_NILFAULT,  /* testb %al, 0: a read of address 0 */
    F_FCONST,    /* asm pool constant, out */
    F_FNEG,      /* asm pool sign mask, out (out == arg0) */
    F_SETF,      /* setcc out and a second condition through R11 */
    F_CVT,       /* asm arg0, out: the integer side at width */
} AsmForm;

typedef struct MachOp {
    const char *asm_;
    AsmForm form;
    int width;
    RegMask in[2];
    RegMask out;
    RegMask clobbers;
} MachOp;

/* Indexed by op - OpArchFirst. */
extern const MachOp cg_machops[];
static inline const MachOp *cg_machop(Op op)
{
    return op >= OpArchFirst && op < OpAMD64End ? &cg_machops[op - OpArchFirst] : NULL;
}

/*
 * The allocator's output: for every block, the instructions to emit, in
 * order. Most are the block's own values with the registers chosen for
 * their operands; the rest are the moves, spills, reloads and
 * rematerialisations the allocator inserted between them.
 */
typedef enum InstrKind {
    I_VALUE,   /* v itself: in[] are its register args' registers, out its result's */
    I_REMAT,   /* re-execute v (a constant or address) into out */
    I_MOVE,    /* movq in[0] -> out */
    I_LOAD,    /* movq spill slot `slot` -> out */
    I_STORE,   /* movq in[0] -> spill slot `slot` */
} InstrKind;

typedef struct Instr {
    InstrKind kind;
    int8_t in[3];   /* per argument index; -1 for non-register arguments */
    int8_t out;     /* -1: none */
    int slot;       /* I_LOAD / I_STORE */
    Value *v;       /* I_VALUE / I_REMAT; for spills, the value moved (for comments) */
} Instr;

typedef VEC(Instr) InstrList;

typedef struct CgFunc {
    InstrList *code;   /* indexed by block ID */
    int *slot;         /* spill slot of each value ID, or -1 */
    int8_t *home;      /* register each value ID was defined into, or -1 */
    int nslots;        /* spill slots 0..nslots-1, 8 bytes each */
    int64_t *slot_off; /* stackframe: offset of each slot from SP */
    int64_t outargs;   /* stackframe: bytes of the outgoing argument area */
} CgFunc;

/* Integer register number i of the register convention (ssa/abi.h):
 * RAX RBX RCX RDI RSI R8 R9 R10 R11, as gc's ABIInternal. */
extern const int8_t cg_abi_intreg[ABI_INT_REGS];
/* The register of a call's argument j (a closure call's code pointer and
 * context first, in R12 and DX), of an ArgReg, SelectN or ClosurePtr (j
 * ignored), or of a MakeResult's argument j. */
int cg_abi_reg(Value *v, int j);

/* Register name at a width of 1, 2, 4 or 8 bytes ("al", "eax", "rax"). */
const char *cg_reg_name(int r, int width);
/* True for values that occupy no register: memory, flags, SP, SB, InitMem. */
bool cg_is_regless(Value *v);
/* True for values the allocator recomputes instead of spilling. */
bool cg_is_remat(Value *v);
/* Register or spill-slot name of v for the SSA printer (Arch.home_name). */
const char *cg_home_name(Func *f, Value *v);

#endif
