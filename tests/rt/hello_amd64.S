/*
 * hello_amd64.S — a hand-written program (what the compiler would
 * emit for hello.go-like code) that exercises the runtime end to end
 * without the compiler: boot, main.init before main.main, the print
 * builtins, string concatenation and conversion, allocation, exit 0.
 * Expected stderr: hello.out.
 */
#include "goabi.h"

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
	PUTSTR	hello, %rax, %rbx
	call	runtime.printstring
	call	runtime.printnl
	call	runtime.printunlock

	/* println(initdone, -42, uint64(max), true, false) */
	movq	initdone(%rip), %rax
	call	runtime.printint
	call	runtime.printsp
	movq	$-42, %rax
	call	runtime.printint
	call	runtime.printsp
	movq	$-1, %rax
	call	runtime.printuint
	call	runtime.printsp
	movq	$0xffffffffffffff01, %rax    /* true in the low byte, junk above */
	call	runtime.printbool
	call	runtime.printsp
	movq	$0xff00, %rax                /* false in the low byte */
	call	runtime.printbool
	call	runtime.printnl

	/* print(hex 0xbeef, nil pointer, slice header) */
	movq	$0xbeef, %rax
	call	runtime.printhex
	call	runtime.printsp
	movq	$0, %rax
	call	runtime.printpointer
	call	runtime.printsp
	movq	$0x1000, %rax
	movq	$3, %rbx
	movq	$5, %rcx
	call	runtime.printslice
	call	runtime.printnl

	/* s := "abc" + "de"; println(s + s + "f") */
	PUTSTR	abc, %rax, %rbx
	PUTSTR	de, %rcx, %rdi
	call	runtime.concatstring2
	movq	%rax, %rcx
	movq	%rbx, %rdi
	PUTSTR	f, %rsi, %r8
	call	runtime.concatstring3
	call	runtime.printstring
	call	runtime.printnl

	/* println(cmpstring("abc", "de"), cmpstring("de", "abc"), cmpstring("abc", "abc")) */
	PUTSTR	abc, %rax, %rbx
	PUTSTR	de, %rcx, %rdi
	call	runtime.cmpstring
	call	runtime.printint
	call	runtime.printsp
	PUTSTR	de, %rax, %rbx
	PUTSTR	abc, %rcx, %rdi
	call	runtime.cmpstring
	call	runtime.printint
	call	runtime.printsp
	PUTSTR	abc, %rax, %rbx
	PUTSTR	abc, %rcx, %rdi
	call	runtime.cmpstring
	call	runtime.printint
	call	runtime.printnl

	/* string(rune(0x4e16)), string(rune(-1)), then a string from bytes */
	movq	$0x4e16, %rax
	call	runtime.intstring
	call	runtime.printstring
	movq	$-1, %rax
	call	runtime.intstring
	call	runtime.printstring
	PUTSTR	bytes, %rax, %rbx
	call	runtime.slicebytetostring
	call	runtime.printstring
	call	runtime.printnl

	/* p := new(int64); *p == 0; memequal("abc", "abc", 3) */
	leaq	type.int64(%rip), %rax
	call	runtime.newobject
	movq	(%rax), %rax
	call	runtime.printint
	call	runtime.printsp
	leaq	abc(%rip), %rax
	movq	%rax, %rbx
	movq	$3, %rcx
	call	runtime.memequal
	call	runtime.printbool
	call	runtime.printnl

	/* for _, r := range "é€" { println(r) } via decoderune at 0 and 2 */
	leaq	utf8s(%rip), %rax
	movq	$5, %rbx
	movq	$0, %rcx
	call	runtime.decoderune
	movq	%rbx, 88(%rsp)
	call	runtime.printint
	call	runtime.printsp
	leaq	utf8s(%rip), %rax
	movq	$5, %rbx
	movq	88(%rsp), %rcx
	call	runtime.decoderune
	movq	%rbx, 80(%rsp)
	call	runtime.printint
	call	runtime.printsp
	movq	80(%rsp), %rax
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
