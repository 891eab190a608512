/*
 * goabi.h — assembler macros for the hand-written test programs, which
 * call the runtime with the register convention (arguments in RAX RBX
 * RCX RDI RSI R8, results in RAX RBX: docs/design.md):
 * FUNC/ENDFUNC define a Go-style function (frame pointer, a reserved
 * outgoing argument area, and a .hood.functab record as the compiler's
 * emitter writes one: entry, end, name, file, line — rt/traceback.c), and
 * STR defines a string constant. Included from .S files (preprocessed).
 */

/* FUNC name, line, framesize: prologue with gc's stack-bound check. */
.macro FUNC name, line, framesize
	.text
	.globl \name
	.type \name, @function
\name:
	leaq	-(\framesize)(%rsp), %r12
	cmpq	16(%r14), %r12             /* g.stackguard0 */
	jae	1f
	call	runtime.morestack
	jmp	\name
1:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$\framesize, %rsp
	.pushsection .hood.functab, "a"
	.balign 8
	.quad	\name, \name\()__end, \name\()__name, hood_test_file, \line
	.section .rodata
\name\()__name:
	.asciz	"\name"
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
