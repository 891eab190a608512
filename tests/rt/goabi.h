/*
 * goabi.h — assembler macros for the hand-written test programs, which
 * call the runtime with the register convention (arguments in RAX RBX
 * RCX RDI RSI R8, results in RAX RBX: docs/design.md):
 * FUNC/ENDFUNC define a Go-style function (frame pointer, a reserved
 * outgoing argument area, and a .hood.functab record as the compiler's
 * emitter writes one — rt/traceback.c, codegen/emit.c emit_functab — with
 * no parameters and every instruction on the FUNC's line), and STR
 * defines a string constant. Included from .S files (preprocessed).
 */

#include "functab.h"

/* FUNC name, line, framesize[, first]: prologue with gc's stack-bound
 * check, after the instruction first if given; the stack-growth path
 * comes before PUSHQ BP, so the record has no cold part. */
.macro FUNC name, line, framesize, first:vararg
	.text
	.globl \name
	.type \name, @function
\name:
	\first
	leaq	-(\framesize)(%rsp), %r12
	cmpq	16(%r14), %r12             /* g.stackguard0 */
	jae	\name\()__push
	call	runtime.morestack
	jmp	\name
\name\()__push:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$\framesize, %rsp
\name\()__frame:
	.pushsection .hood.functab, "a"
	.balign 8
\name\()__rec:
	.quad	\name, hood_test_file, \name\()__name, \name\()__pcln, 0
	.long	\name\()__end - \name, \line, \framesize
	.long	\name\()__push - \name, \name\()__frame - \name, \name\()__end - \name
	.long	0, 0                            /* flags: not a wrapper */
	.quad	0                               /* no open-coded defers */
	.if . - \name\()__rec != FUNCTAB_RECORD
	.error "functab record layout differs from rt/functab.h"
	.endif
	.section .rodata
\name\()__name:
	.asciz	"\name"
\name\()__pcln:                         /* one run: the whole function */
	.sleb128 0
	.uleb128 \name\()__end - \name
	.popsection
.endm

.macro ENDFUNC name
	movq	%rbp, %rsp
	popq	%rbp
	ret
\name\()__end:
	.size \name, .-\name
.endm

/* STR label, "text": a Go string's bytes; the length is label__len. */
.macro STR label, text
	.pushsection .rodata
\label:
	.ascii	"\text"
	.set	\label\()__len, . - \label
	.popsection
.endm

/* PUTSTR label, ptr, len: string label as two argument registers. */
.macro PUTSTR label, ptr, len
	leaq	\label(%rip), \ptr
	movq	$\label\()__len, \len
.endm

	.pushsection .rodata
hood_test_file:
	.asciz	"/hood/tests/rt/prog.go"
	.popsection
