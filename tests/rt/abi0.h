/*
 * abi0.h — assembler macros for the hand-written ABI0 test programs:
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
	leaq	-(\framesize)(%rsp), %r11
	cmpq	16(%r14), %r11             /* g.stackguard0 */
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

/* PUTSTR label, off: store string label as the argument words at off(SP). */
.macro PUTSTR label, off
	leaq	\label(%rip), %rax
	movq	%rax, \off(%rsp)
	movq	$\label\()__len, \off+8(%rsp)
.endm

	.pushsection .rodata
hood_test_file:
	.asciz	"/hood/tests/rt/prog.go"
	.popsection
