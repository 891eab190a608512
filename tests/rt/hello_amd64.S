/*
 * hello_amd64.S — a hand-written ABI0 program (what the compiler would
 * emit for hello.go-like code) that exercises the runtime end to end
 * without the compiler: boot, main.init before main.main, the print
 * builtins, string concatenation and conversion, allocation, exit 0.
 * Expected stderr: hello.out.
 */
#include "abi0.h"

	STR	hello, "hello, world"
	STR	abc, "abc"
	STR	de, "de"
	STR	f, "f"
	STR	bytes, "bytes!"

	.data
initdone:
	.quad	0

/* main.init sets initdone = 7; main.main prints it. */
	FUNC	main.init, 1, 0
	movq	$7, initdone(%rip)
	ENDFUNC	main.init

	FUNC	main.main, 3, 96
	/* println("hello, world") */
	call	runtime.printlock
	PUTSTR	hello, 0
	call	runtime.printstring
	call	runtime.printnl
	call	runtime.printunlock

	/* println(initdone, -42, uint64(max), true, false) */
	movq	initdone(%rip), %rax
	movq	%rax, 0(%rsp)
	call	runtime.printint
	call	runtime.printsp
	movq	$-42, 0(%rsp)
	call	runtime.printint
	call	runtime.printsp
	movq	$-1, 0(%rsp)
	call	runtime.printuint
	call	runtime.printsp
	movq	$0xffffffffffffff01, %rax    /* true in the low byte, junk above */
	movq	%rax, 0(%rsp)
	call	runtime.printbool
	call	runtime.printsp
	movq	$0xff00, 0(%rsp)             /* false in the low byte */
	call	runtime.printbool
	call	runtime.printnl

	/* print(hex 0xbeef, nil pointer, slice header) */
	movq	$0xbeef, 0(%rsp)
	call	runtime.printhex
	call	runtime.printsp
	movq	$0, 0(%rsp)
	call	runtime.printpointer
	call	runtime.printsp
	movq	$0x1000, 0(%rsp)
	movq	$3, 8(%rsp)
	movq	$5, 16(%rsp)
	call	runtime.printslice
	call	runtime.printnl

	/* s := "abc" + "de"; println(s + s + "f") */
	PUTSTR	abc, 0
	PUTSTR	de, 16
	call	runtime.concatstring2
	movq	32(%rsp), %rax
	movq	40(%rsp), %rcx
	movq	%rax, 0(%rsp)
	movq	%rcx, 8(%rsp)
	movq	%rax, 16(%rsp)
	movq	%rcx, 24(%rsp)
	PUTSTR	f, 32
	call	runtime.concatstring3
	movq	48(%rsp), %rax
	movq	56(%rsp), %rcx
	movq	%rax, 0(%rsp)
	movq	%rcx, 8(%rsp)
	call	runtime.printstring
	call	runtime.printnl

	/* println(cmpstring("abc", "de"), cmpstring("de", "abc"), cmpstring("abc", "abc")) */
	PUTSTR	abc, 0
	PUTSTR	de, 16
	call	runtime.cmpstring
	movq	32(%rsp), %rax
	movq	%rax, 0(%rsp)
	call	runtime.printint
	call	runtime.printsp
	PUTSTR	de, 0
	PUTSTR	abc, 16
	call	runtime.cmpstring
	movq	32(%rsp), %rax
	movq	%rax, 0(%rsp)
	call	runtime.printint
	call	runtime.printsp
	PUTSTR	abc, 0
	PUTSTR	abc, 16
	call	runtime.cmpstring
	movq	32(%rsp), %rax
	movq	%rax, 0(%rsp)
	call	runtime.printint
	call	runtime.printnl

	/* string(rune(0x4e16)), string(rune(-1)), then a string from bytes */
	movq	$0x4e16, 0(%rsp)
	call	runtime.intstring
	movq	8(%rsp), %rax
	movq	16(%rsp), %rcx
	movq	%rax, 0(%rsp)
	movq	%rcx, 8(%rsp)
	call	runtime.printstring
	movq	$-1, 0(%rsp)
	call	runtime.intstring
	movq	8(%rsp), %rax
	movq	16(%rsp), %rcx
	movq	%rax, 0(%rsp)
	movq	%rcx, 8(%rsp)
	call	runtime.printstring
	leaq	bytes(%rip), %rax
	movq	%rax, 0(%rsp)
	movq	$bytes__len, 8(%rsp)
	call	runtime.slicebytetostring
	movq	16(%rsp), %rax
	movq	24(%rsp), %rcx
	movq	%rax, 0(%rsp)
	movq	%rcx, 8(%rsp)
	call	runtime.printstring
	call	runtime.printnl

	/* p := new(int64); *p == 0; memequal("abc", "abc", 3) */
	leaq	type.int64(%rip), %rax
	movq	%rax, 0(%rsp)
	call	runtime.newobject
	movq	8(%rsp), %rax
	movq	(%rax), %rax
	movq	%rax, 0(%rsp)
	call	runtime.printint
	call	runtime.printsp
	leaq	abc(%rip), %rax
	movq	%rax, 0(%rsp)
	movq	%rax, 8(%rsp)
	movq	$3, 16(%rsp)
	call	runtime.memequal
	movq	24(%rsp), %rax
	movq	%rax, 0(%rsp)
	call	runtime.printbool
	call	runtime.printnl

	/* for _, r := range "é€" { println(r) } via decoderune at 0 and 2 */
	leaq	utf8s(%rip), %rax
	movq	%rax, 0(%rsp)
	movq	$5, 8(%rsp)
	movq	$0, 16(%rsp)
	call	runtime.decoderune
	movq	24(%rsp), %rax
	movq	32(%rsp), %rbx
	movq	%rbx, 88(%rsp)
	movq	%rax, 0(%rsp)
	call	runtime.printint
	call	runtime.printsp
	leaq	utf8s(%rip), %rax
	movq	%rax, 0(%rsp)
	movq	$5, 8(%rsp)
	movq	88(%rsp), %rbx
	movq	%rbx, 16(%rsp)
	call	runtime.decoderune
	movq	24(%rsp), %rax
	movq	%rax, 0(%rsp)
	call	runtime.printint
	call	runtime.printsp
	movq	32(%rsp), %rax
	movq	%rax, 0(%rsp)
	call	runtime.printint
	call	runtime.printnl
	ENDFUNC	main.main

	.section .rodata
utf8s:
	.byte	0xc3, 0xa9, 0xe2, 0x82, 0xac
	.balign 8
type.int64:
	.quad	8, 0                 /* size, ptrdata */
	.long	0                    /* hash */
	.byte	4, 8, 8, 6           /* tflag named, align, fieldAlign, kind int64 */
	.quad	0, 0, int64name, 0   /* equal, gcdata, str, ptrToThis */
int64name:
	.asciz	"int64"

	.section .note.GNU-stack, "", @progbits
