/*
 * go_asm.h — structure offsets and constants shared by the C runtime and
 * its assembly (gc generates a file of this name; hood writes it by hand
 * and runtime2.h checks every offset with _Static_assert). Only
 * preprocessor definitions: it is included from .S files.
 */
#ifndef HOOD_GO_ASM_H
#define HOOD_GO_ASM_H

#define G_STACK_LO      0
#define G_STACK_HI      8
#define G_STACKGUARD0   16
#define G_M             48
#define G_SCHED         56
#define GOBUF_SP        0
#define GOBUF_PC        8
#define GOBUF_G         16
#define GOBUF_CTXT      24
#define GOBUF_BP        48
#define M_G0            0
#define M_MOREBUF       8
#define M_TLS           (M_MOREBUF + 7 * 8 + 8 + 8)
#define M_CURG          (M_TLS + 6 * 8 + 8)

/*
 * _StackGuard: bytes below stackguard0 that a function may still use
 * without a check (gc's value, 928 on linux/amd64); runtime C code called
 * from Go also lives on this margin plus RT_SMALL_STACK (HACKING.md).
 */
#define _StackGuard     928

/* Largest stack use of a C function called on a goroutine stack. */
#define RT_SMALL_STACK  512

#endif
