/*
 * fault_amd64.S — programs that fault, one per CASE (meson assembles this
 * file once per case with -DCASE=n): the SIGSEGV handler
 * (rt/signal_linux_amd64.c) must turn each fault into gc's report.
 * main.main calls main.f; main.f faults or calls main.g, which faults.
 * Expected output: fault_<case>.out; exit status 2.
 */
#include "goabi.h"

	FUNC	main.init, 1, 0
	ENDFUNC	main.init

#if CASE == 4
	/* A fault before the prologue: the frame is not set up, so the
	 * traceback finds main.g's return address at SP. */
	FUNC	main.g, 30, 16, movq 8(%rax), %rax
	ENDFUNC	main.g
#endif

	FUNC	main.f, 10, 16
#if CASE == 1   /* a load through nil + 8, no explicit check: a nil dereference */
	xorl	%eax, %eax
	movq	8(%rax), %rax
#elif CASE == 2 /* a load far from nil: unexpected fault address */
	movl	$0x1000000, %eax
	movq	(%rax), %rax
#elif CASE == 3 /* a fault in the runtime's C code: memmove to nil */
	xorl	%eax, %eax
	movq	%rsp, %rbx
	movq	$8, %rcx
	call	runtime.memmove
#elif CASE == 4
	xorl	%eax, %eax
	call	main.g
#elif CASE == 5 /* kill(getpid(), SIGSEGV): a signal that is not a fault */
	movl	$39, %eax               /* getpid */
	syscall
	movl	%eax, %edi
	movl	$11, %esi
	movl	$62, %eax               /* kill */
	syscall
#endif
	ud2
	ENDFUNC	main.f

	FUNC	main.main, 20, 0
	call	main.f
	ENDFUNC	main.main

	.section .note.GNU-stack, "", @progbits
