/*
 * ssa.h — hood's SSA intermediate representation (modelled on Go's
 * cmd/compile/internal/ssa).
 *
 * A Func is a list of Blocks; a Block holds Values and ends in a control
 * transfer given by its kind. Values are in SSA form: each is defined
 * once, by an Op applied to argument Values. Phis sit at the start of
 * their block and have one argument per predecessor, in preds order.
 *
 * Invariants (checked by ssa_check after every pass unless hood -d nocheck):
 *   - IDs are dense: 0 < v->id < f->nvalues, 0 < b->id < f->nblocks;
 *   - every argument of a value is defined in a block that dominates the
 *     use (for a phi: dominates the end of the matching predecessor);
 *   - b->succs[i] has b in its preds at index b->succs[i].i, and back;
 *   - nargs matches the op table (or any count for Phi, == npreds);
 *   - the number of successors matches the block kind;
 *   - v->uses counts the argument slots and controls that name v.
 * Values in a block are in no particular order until the schedule pass
 * (after lowering); after it they are in execution order.
 *
 * The passes are declared in ssa/passes.def and run by ssa_compile.
 */
#ifndef HOOD_SSA_H
#define HOOD_SSA_H

#include "types.h"

/* Op flags */
enum {
    OPF_COMMUTATIVE = 1 << 0, /* args 0 and 1 may be swapped */
    OPF_MEM = 1 << 1,         /* returns a new memory state; never dead while used */
    OPF_CALL = 1 << 2,        /* a call: clobbers every register */
    OPF_FLAGS = 1 << 3,       /* machine op: produces condition flags */
    OPF_CLOBBER_FLAGS = 1 << 4, /* machine op: destroys condition flags */
    OPF_RESULT_IN_ARG0 = 1 << 5, /* machine op: two-address form, result register == arg0's */
    OPF_INPUT = 1 << 6,       /* a function input (memory, SP, an argument): scheduled first */
    OPF_SIGNED = 1 << 7,      /* reads its operands as signed (Div8, Less64, SARQ, IDIVQ...) */
    OPF_CONST = 1 << 8,       /* a constant: the value is auxint (Const64, MOVQconst) */
    OPF_IMM = 1 << 9,         /* machine op: auxint is an immediate operand (ADDQconst) */
    OPF_NOSIDE = 0,
};

/*
 * Ops are small integers: the generic ops of ssa/ops.def first, then the
 * target's machine ops from OpArchFirst on, numbered by the target
 * (codegen/amd64.h for amd64) and described by its Arch.ops table. Op is
 * an integer type rather than an enum because the two ranges are
 * declared in two layers: ssa/ never sees a machine op's name.
 */
typedef uint16_t Op;
enum {
#define OP(name, nargs, width, flags, meaning) Op##name,
#include "ops.def"
#undef OP
    OpArchFirst, /* the first machine op */
    OpMax = 1024 /* generic and machine ops together stay below this */
};

typedef struct OpInfo {
    const char *name;   /* as printed: "Add64", "ADDQ" */
    int nargs;          /* -1: any */
    unsigned flags;
    const char *meaning;
    int width;          /* bytes the op works at, 0: none (ops.def, amd64ops.def) */
} OpInfo;

/* Block kinds are numbered the same way: ssa/blocks.def's generic kinds,
 * then the target's from BlockArchFirst (Arch.blocks). */
typedef uint8_t BlockKind;
enum {
#define BLOCK(name, nsuccs, meaning) Block##name,
#include "blocks.def"
#undef BLOCK
    BlockArchFirst,
    BlockKindMax = 64
};

typedef struct BlockInfo {
    const char *name;
    int nsuccs;
    const char *meaning;
} BlockInfo;

/* The op or block kind's entry in the generic or the target's table, or
 * NULL for a number that names neither. */
const OpInfo *ssa_opinfo(Op op);
const BlockInfo *ssa_blockinfo(BlockKind kind);

typedef struct Value Value;
typedef struct Block Block;
typedef struct Func Func;

/*
 * A Sym names memory that a value's aux refers to: a global, a function,
 * a read-only string, initialised read-only data (type descriptors and
 * what they point to, itabs), or a stack slot ("auto") whose offset the
 * stackframe pass decides.
 */
typedef enum SymKind {
    SYM_GLOBAL,  /* package variable: name is its assembly symbol */
    SYM_FUNC,    /* function: Go code or a runtime entry point */
    SYM_STRING,  /* read-only bytes data[0:len] (string literal contents) */
    SYM_AUTO,    /* stack slot of the current function */
    SYM_TYPE,    /* a type descriptor (type:T) for type */
    SYM_FUNCVAL, /* read-only closure of a function: one word, data's address */
    SYM_DATA,    /* read-only initialised data: Sym.bytes and Sym.relocs */
    SYM_NKINDS
} SymKind;

typedef struct Sym Sym;

/* An address stored in initialised data: sym's address plus add, as an
 * 8-byte word at byte off of the data. */
typedef struct Reloc {
    int64_t off;
    Sym *sym;
    int64_t add;
} Reloc;

struct Sym {
    SymKind kind;
    const char *name;   /* assembly name; for autos, the Go variable's name */
    Type *type;         /* the slot's or variable's type */
    const char *data;   /* SYM_STRING: the bytes; SYM_FUNCVAL: the function's symbol */
    int64_t len;        /* SYM_STRING */
    int64_t offset;     /* SYM_AUTO: frame offset from SP, set by stackframe */
    int64_t argsize;    /* SYM_FUNC: bytes of its argument area (ssa/abi.h) */
    bool noreturn;      /* SYM_FUNC: never returns (panics) */
    bool resume;        /* SYM_FUNC: not a function but the point where a
                         * recovered panic resumes a frame with open-coded
                         * defers: its "call" returns 0, and 1 when the
                         * runtime resumes there (codegen/emit.c) */
    bool global;        /* SYM_TYPE: a global symbol, which the runtime's C code may name */
    bool weak;          /* SYM_GLOBAL: a weak definition, which another one of
                         * the symbol (the runtime's data) replaces */
    bool external;      /* SYM_GLOBAL: defined by another object (a package
                         * object's imports' variables) */
    bool dupok;         /* data that other objects may define alike (a type
                         * descriptor, an itab, a func value: gc's DUPOK):
                         * a weak symbol in a section of its own, so that ld
                         * keeps one definition and drops the others'
                         * sections (package objects, docs/design.md) */
    /* Initialised data (SYM_DATA; SYM_TYPE once its descriptor is built,
     * compiler/ssagen/typedesc.c): size bytes at the given alignment,
     * bytes[0:size) (the words that relocs name are zero there), and the
     * addresses stored in it, in increasing offset order. The same
     * representation will serve package variables with initial values. */
    uint8_t *bytes;
    int64_t size;
    int align;
    VEC(Reloc) relocs;
};

typedef struct Edge {
    Block *b;   /* the block at the other end */
    int i;      /* index of the reverse edge in b's preds (for a succ) or succs (for a pred) */
} Edge;

struct Value {
    int id;
    Op op;
    Type *type;
    int64_t aux_int;
    Sym *aux;
    Value **args;
    int nargs;
    Block *block;
    Pos pos;
    int uses;
    Value *argstorage[3]; /* args points here when nargs <= 3 */
};

typedef VEC(Value *) ValueList;
typedef VEC(Edge) EdgeList;

struct Block {
    int id;
    BlockKind kind;
    ValueList values;
    EdgeList succs;
    EdgeList preds;
    Value *control;   /* NULL for Plain */
    Func *func;
    Pos pos;          /* position of the control transfer */
    int likely;       /* +1: succ0 likely, -1: succ1 likely, 0: unknown */
};

typedef VEC(Block *) BlockList;
typedef VEC(Sym *) SymList;

/* At most this many open-coded defers a function: one deferBits byte,
 * as gc's. */
#define SSA_MAX_OPEN_DEFERS 8

struct Func {
    const char *name;     /* assembly symbol, e.g. "main.fib" */
    const char *goname;   /* Go spelling for messages and `hood ssa -func` */
    Pos pos;
    BlockList blocks;     /* in layout order once layout has run */
    Block *entry;
    int nvalues;          /* next value ID; IDs are < nvalues */
    int nblocks;          /* next block ID */
    int64_t argsize;      /* bytes of the incoming argument area (ssa/abi.h) */
    bool wrapper;         /* a compiler-made function that only forwards a call
                           * (method and deferred-call wrappers): tracebacks hide
                           * it and recover looks through it, as gc's WRAPPER */
    bool dupok;           /* generated code that other objects may define alike
                           * (equality, hash, wrappers): a weak symbol, as
                           * Sym.dupok */
    struct AbiInfo *abi;  /* where parameters and results travel; NULL when
                           * the function was read from text (no parameters) */
    SymList autos;        /* stack slots (SYM_AUTO) */
    /* Open-coded defers (compiler/ssagen/defer.c): the slot of the
     * deferBits byte (bit i: defer i is active) and of each defer's
     * func() closure, by defer number; ndefers 0 when the function has
     * none. The function table tells the runtime (codegen/emit.c). */
    Sym *defer_bits;
    Sym *defer_slots[SSA_MAX_OPEN_DEFERS];
    int ndefers;
    /* Filled by the passes: */
    Block **idom;         /* dominators, indexed by block ID (dom pass) */
    int64_t framesize;    /* stackframe: bytes below the saved frame pointer */
    void *cg;             /* codegen's per-function state (register homes...) */
    bool allocated;       /* regalloc has run: ssa_arch->home_name applies */
    const char *pass;     /* the pass running now, for ice() */
};

/* --- Construction (ssa/func.c) ----------------------------------------- */

Func *ssa_func_new(const char *name, const char *goname, Pos pos);
Block *ssa_block_new(Func *f, BlockKind kind, Pos pos);
/* Appends a new value to b. */
Value *ssa_value_new(Block *b, Op op, Type *type, Pos pos);
Value *ssa_value0(Block *b, Op op, Type *type, Pos pos);
Value *ssa_value1(Block *b, Op op, Type *type, Pos pos, Value *a0);
Value *ssa_value2(Block *b, Op op, Type *type, Pos pos, Value *a0, Value *a1);
Value *ssa_value3(Block *b, Op op, Type *type, Pos pos, Value *a0, Value *a1, Value *a2);
Value *ssa_const(Block *b, Op op, Type *type, Pos pos, int64_t c);
void ssa_add_arg(Value *v, Value *a);
void ssa_set_arg(Value *v, int i, Value *a);
void ssa_reset_args(Value *v);
/* Applies rewrite to every value of f, block by block, until a sweep
 * changes nothing (rewrite returns whether it changed v). Values a
 * rewrite appends to a block are swept too. Used by opt and lower. */
void ssa_rewrite_to_fixpoint(Func *f, bool (*rewrite)(Value *v, void *ctx), void *ctx);
/* Turns v into a Copy of a (uses fixed up). */
void ssa_value_copy_of(Value *v, Value *a);
void ssa_set_control(Block *b, Value *v);
/* Adds the edge b -> c. */
void ssa_add_edge(Block *b, Block *c);
/* Removes pred i of b (and the matching succ), dropping phi args. */
void ssa_remove_pred(Block *b, int i);
void ssa_remove_block(Func *f, Block *b);
/* Replaces the edge b -> b.succs[i] by b -> d -> succ through a new
 * empty Plain block d, keeping both edge orders (and so the phis). */
Block *ssa_split_edge(Func *f, Block *b, int i);
Sym *ssa_auto(Func *f, const char *name, Type *type);
Sym *ssa_sym(SymKind kind, const char *name, Type *type);

/* --- Analysis ------------------------------------------------------------- */

/* Computes f->idom (Cooper–Harvey–Kennedy); unreachable blocks get NULL. */
void ssa_dominators(Func *f);
bool ssa_dominates(Func *f, Block *a, Block *b);
/* Blocks in reverse postorder from the entry (reachable ones only). */
BlockList ssa_postorder(Func *f);

/* --- The target ------------------------------------------------------------ */

/*
 * What ssa/ needs of a target machine, filled in by the back end
 * (codegen/arch.c) and installed once with ssa_set_arch before any
 * function is compiled, as QBE's Target and Go's ssa.Config are. The
 * dependency is one-way: codegen/ includes ssa/, never the reverse; the
 * pass table (ssa/passes.def) names the machine passes through these
 * hooks.
 */
typedef struct Arch {
    const char *name;              /* "amd64" */
    const OpInfo *ops;             /* machine ops, ops[i] is op OpArchFirst + i */
    int nops;
    const BlockInfo *blocks;       /* machine block kinds, from BlockArchFirst */
    int nblocks;
    void (*lower)(Func *f);        /* generic ops -> machine ops and block kinds */
    void (*regalloc)(Func *f);     /* every value gets a register or spill slot */
    void (*stackframe)(Func *f);   /* lays out autos and spill slots; sets framesize */
    /* How the printer names a value's register or stack home after
     * regalloc (NULL before it). */
    const char *(*home_name)(Func *f, Value *v);
} Arch;

/* The target, set once at start-up (NULL until then: only generic ops
 * and kinds exist). */
extern const Arch *ssa_arch;
void ssa_set_arch(const Arch *arch);

/* --- Program --------------------------------------------------------------- */

typedef VEC(Func *) FuncList;

/* What one compilation emits besides functions. */
typedef struct Program {
    FuncList funcs;      /* functions kept whole (tests, ssagen()); the driver emits
                          * and frees each one instead (cmd/hood.c) */
    SymList globals;     /* SYM_GLOBAL: package variables, zero-initialised in .bss */
    SymList strings;     /* SYM_STRING: read-only string data */
    SymList types;       /* SYM_TYPE: type descriptors (rt/type.h layout), with their data */
    SymList data;        /* SYM_DATA: what descriptors point to (names, method tables) */
    SymList itabs;       /* SYM_DATA: static itabs, which the runtime's itab table
                          * starts with (section hood_itablink, rt/iface.c) */
    SymList funcvals;    /* SYM_FUNCVAL: closures of functions that capture nothing */
} Program;

/* --- Passes ---------------------------------------------------------------- */

typedef struct PassOptions {
    bool optimize;        /* false for -N: only required passes run */
    const char *dump_func;/* `hood ssa -func`: function to print, or NULL */
    const char *dump_passes; /* comma-separated pass names, NULL = all */
    Buf *dump;            /* where dumps go */
    bool check;           /* run ssa_check after each pass */
} PassOptions;

/* Runs the pass pipeline over f (ssa_arch must be set). */
void ssa_compile(Func *f, const PassOptions *opt);
/* Names of every pass in order (NULL-terminated), for `hood ssa`. */
const char *const *ssa_pass_names(void);

/* Verifies the invariants above; reports through ice(). */
void ssa_check(Func *f);

/* Text form, after gc's GOSSAFUNC output (see ssa/README.md):
 *   b1: <- b3 b4
 *     v4 (12) = Add64 <int> v2 v3
 *   If v5 -> b2 b3 (12)
 */
void ssa_print(Buf *out, Func *f);
void ssa_print_value(Buf *out, Value *v);
/* Parses the text form back into a Func (used by pass tests). Types are
 * resolved by name among the basic types and "mem"/"flags". */
Func *ssa_parse(const char *text, const char **err);

#endif
