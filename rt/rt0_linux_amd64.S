/*
 * rt0_linux_amd64.S — process entry. The kernel starts _start with
 * argc at 0(SP), then argv[], NULL, envp[], NULL, auxv. rt0_go turns the
 * initial thread into m0 running g0 on the OS stack, points FS at m0.tls
 * so -8(FS) holds the current g, and then follows gc's boot sequence
 * (docs/design.md): args, osinit, schedinit, newproc(runtime.main),
 * mstart. mstart never returns: schedule picks the main goroutine and
 * gogo switches to it.
 */

#include "go_asm.h"

#define ARCH_SET_FS 0x1002

/* g0's usable stack: the OS stack below the entry SP (gc uses 64 KiB). */
#define G0_STACK_SIZE (64 * 1024)

	.text
	.globl _start
	.type _start, @function
_start:
	movq	(%rsp), %rdi            /* argc */
	leaq	8(%rsp), %rsi           /* argv */
	jmp	rt0_go
	.size _start, .-_start

	.globl rt0_go
	.type rt0_go, @function
rt0_go:
	xorl	%ebp, %ebp              /* end of the frame-pointer chain */
	andq	$-16, %rsp
	movq	%rdi, %r12              /* argc and argv survive the calls below */
	movq	%rsi, %r13

	/* g0 runs on the OS stack: [SP-64K, SP). */
	leaq	g0(%rip), %rbx
	movq	%rsp, G_STACK_HI(%rbx)
	leaq	-G0_STACK_SIZE(%rsp), %rax
	movq	%rax, G_STACK_LO(%rbx)
	addq	$_StackGuard, %rax
	movq	%rax, G_STACKGUARD0(%rbx)
	movq	%rax, G_STACKGUARD0+8(%rbx)   /* stackguard1 */

	/* TLS: FS = &m0.tls[1], so -8(FS) is m0.tls[0]. */
	leaq	m0+M_TLS+8(%rip), %rsi
	movl	$ARCH_SET_FS, %edi
	call	arch_prctl
	testq	%rax, %rax
	jz	1f
	ud2                             /* no TLS: nothing can be reported yet */
1:
	/* g0 <-> m0, and g = g0. */
	leaq	m0(%rip), %rax
	movq	%rbx, M_G0(%rax)
	movq	%rax, G_M(%rbx)
	movq	%rbx, %fs:-8
	movq	%rbx, %r14

	movq	%r12, %rdi
	movq	%r13, %rsi
	call	args
	call	osinit
	call	schedinit

	/* The main goroutine runs runtime.main. */
	leaq	mainPC(%rip), %rdi
	call	newproc

	/* g0's scheduling context: mcall and systemstack resume here. */
	movq	%rsp, G_SCHED+GOBUF_SP(%rbx)
	call	mstart
	ud2                             /* mstart never returns */
	.size rt0_go, .-rt0_go

	.section .note.GNU-stack, "", @progbits
