/*
 * functab.h — the layout of a function-table record (.hood.functab,
 * docs/design.md "Traceback tables"), the one place that the record's
 * writers and its reader take it from: the emitter (codegen/emit.c,
 * emit_functab: the assembler checks that each field it writes lands at
 * its offset here), the runtime (rt/traceback.c: static asserts on its
 * struct functab) and the hand-written test programs (tests/rt/goabi.h,
 * checked by the assembler too). Plain #defines, so that assembly can
 * include it. A new field is appended: the offsets of the others stay.
 */
#ifndef HOOD_FUNCTAB_H
#define HOOD_FUNCTAB_H

#define FUNCTAB_ENTRY     0   /* .quad the function's address */
#define FUNCTAB_FILE      8   /* .quad absolute source path */
#define FUNCTAB_NAME      16  /* .quad "main.f" */
#define FUNCTAB_PCLN      24  /* .quad PC->line runs */
#define FUNCTAB_ARGS      32  /* .quad argument-printing program, or 0 */
#define FUNCTAB_SIZE      40  /* .long bytes of code */
#define FUNCTAB_LINE      44  /* .long the line of the func keyword */
#define FUNCTAB_FRAMESIZE 48  /* .long SP = BP - framesize in the body */
#define FUNCTAB_PUSH      52  /* .long offset of PUSHQ BP */
#define FUNCTAB_FRAME     56  /* .long end of the prologue */
#define FUNCTAB_COLD      60  /* .long the stack-growth path */
#define FUNCTAB_FLAGS     64  /* .long FUNC_WRAPPER */
                              /* 68: .long 0 */
#define FUNCTAB_OPENDEFER 72  /* .quad open-coded defer information, or 0 */
#define FUNCTAB_RECORD    80  /* bytes a record */

#endif
