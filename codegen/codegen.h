/*
 * codegen.h — the amd64 back end: lowering generic SSA to amd64 ops,
 * register allocation, frame layout and GNU assembly emission.
 *
 * ssa/ knows the target only through the Arch hooks that cg_amd64 fills
 * in (the machine passes run where ssa/passes.def says, through them);
 * cg_emit_program then writes the whole program as one assembly file.
 * The dependency is one-way: this folder includes ssa/, never the
 * reverse.
 */
#ifndef HOOD_CODEGEN_H
#define HOOD_CODEGEN_H

#include "ssa.h"

/* The amd64 target, for ssa_set_arch. */
extern const Arch cg_amd64;

/* The machine passes (cg_amd64's hooks; see ssa/passes.def for order and
 * requirements), exported for the unit tests that run them one by one. */
void cg_lower(Func *f);       /* generic ops -> amd64 ops and block kinds */
void cg_regalloc(Func *f);    /* assigns every value a register or spill slot */
void cg_stackframe(Func *f);  /* lays out autos and spill slots; sets framesize */

/*
 * Emits the program as GNU as text into out: functions with .file/.loc
 * and CFI directives, data, type descriptors and the function table used
 * for tracebacks (rt/HACKING.md). In three steps, so that each function
 * can be freed as soon as its text is written: cg_emit_begin, then
 * cg_emit_func for every compiled function, then cg_emit_end with the
 * package data. The caller may write out away and empty it between
 * steps. The CgEmit lives in arena_package.
 */
typedef struct CgEmit CgEmit;
CgEmit *cg_emit_begin(Buf *out);
void cg_emit_func(CgEmit *e, Func *f);
void cg_emit_end(CgEmit *e, Program *p);
/* All three steps for the functions in p->funcs. */
void cg_emit_program(Buf *out, Program *p);

/*
 * Function sections (hood build -d gcsections; docs/design.md "Stage 2"):
 * each function's code in a section of its own, its function-table record
 * in a .hood.functab section linked to the code's (SHF_LINK_ORDER, the
 * "o" flag) and its PC->line, argument and open-defer data in sections
 * of their own that only the record refers to, so that ld --gc-sections
 * drops an unreferenced function with everything that describes it, and
 * orders the records kept as it orders their code. Off: one .text
 * section and one .hood.functab section, as before.
 */
extern bool cg_func_sections;

#endif
