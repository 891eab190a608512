/*
 * codegen.h — the amd64 back end: lowering generic SSA to amd64 ops,
 * register allocation, frame layout and GNU assembly emission.
 *
 * The SSA passes in this folder (lower, regalloc, stackframe...) are
 * registered in ssa/passes.def with the generic ones; cg_emit_program
 * then writes the whole program as one assembly file.
 */
#ifndef HOOD_CODEGEN_H
#define HOOD_CODEGEN_H

#include "../ssa/ssa.h"

/* Passes (see ssa/passes.def for order and requirements). */
void cg_lower(Func *f);       /* generic ops -> amd64 ops and block kinds */
void cg_regalloc(Func *f);    /* assigns every value a register or spill slot */
void cg_stackframe(Func *f);  /* lays out autos and spill slots; sets framesize */

typedef VEC(Func *) FuncList;

/* What one compilation emits besides functions. */
typedef struct Program {
    FuncList funcs;      /* compiled (all passes run) */
    SymList globals;     /* SYM_GLOBAL: package variables, zero-initialised in .bss */
    SymList strings;     /* SYM_STRING: read-only string data */
    SymList types;       /* SYM_TYPE: type descriptors (rt/type.h layout) */
} Program;

/* Emits the whole program as GNU as text: functions with .file/.loc and
 * CFI directives, data, type descriptors and the function table used for
 * tracebacks (rt/HACKING.md). */
void cg_emit_program(Buf *out, Program *p);

/* Register names for the SSA printer after regalloc. */
const char *cg_home_name(Func *f, Value *v);

#endif
