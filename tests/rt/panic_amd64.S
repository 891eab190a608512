/*
 * panic_amd64.S — hand-written programs that panic, one per CASE
 * (meson assembles this file once per case with -DCASE=n). main.main
 * calls main.f, which panics, so the traceback has two Go frames.
 * Expected output: panic_<case>.out; exit status 2.
 */
#include "goabi.h"

	STR	boom, "boom"
	STR	text, "text"

	FUNC	main.init, 1, 0
	ENDFUNC	main.init

	FUNC	main.f, 10, 16
#if CASE == 1   /* panic("boom") */
	leaq	type.string(%rip), %rax
	leaq	boomval(%rip), %rbx
	call	runtime.gopanic
#elif CASE == 2 /* panic(T(5)), type T int */
	leaq	type.main.T(%rip), %rax
	leaq	five(%rip), %rbx
	call	runtime.gopanic
#elif CASE == 3 /* panic(nil) */
	movq	$0, %rax
	movq	$0, %rbx
	call	runtime.gopanic
#elif CASE == 4 /* s[5] with len(s) == 3 */
	movq	$5, %rax
	movq	$3, %rbx
	call	runtime.panicIndex
#elif CASE == 5 /* s[-1] */
	movq	$-1, %rax
	movq	$3, %rbx
	call	runtime.panicIndex
#elif CASE == 6 /* s[1:2:7] with cap(s) == 4 */
	movq	$7, %rax
	movq	$4, %rbx
	call	runtime.panicSlice3Acap
#elif CASE == 7 /* x / 0 */
	call	runtime.panicdivide
#elif CASE == 8 /* panic(S("text")), type S string */
	leaq	type.main.S(%rip), %rax
	leaq	textval(%rip), %rbx
	call	runtime.gopanic
#elif CASE == 9 /* panic(&x): a pointer prints as (T) address */
	leaq	type.ptrint(%rip), %rax
	movq	$0xc000012345, %rbx
	call	runtime.gopanic
#elif CASE == 10 /* s[3:1] */
	movq	$3, %rax
	movq	$1, %rbx
	call	runtime.panicSliceB
#elif CASE == 11 /* *p with p == nil */
	call	runtime.panicmem
#endif
	ud2
	ENDFUNC	main.f

	FUNC	main.main, 20, 0
	call	main.f
	ENDFUNC	main.main

	.section .rodata
	.balign 8
boomval:
	.quad	boom, boom__len
textval:
	.quad	text, text__len
five:
	.quad	5

/* TYPE sym, size, kind, tflag, name: a _type (docs/design.md). */
.macro TYPE sym, size, kind, tflag, name
	.balign 8
\sym:
	.quad	\size, 0
	.long	0
	.byte	\tflag, 8, 8, \kind
	.quad	0, 0, \sym\()__str, 0
\sym\()__str:
	.asciz	"\name"
.endm

	TYPE	type.string, 16, 24, 4, "string"
	TYPE	type.main.T, 8, 2, 4, "main.T"
	TYPE	type.main.S, 16, 24, 4, "main.S"
	TYPE	type.ptrint, 8, 22, 0, "*int"

	.section .note.GNU-stack, "", @progbits
