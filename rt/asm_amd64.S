/*
 * asm_amd64.S — the context switches and the bridges between C and Go
 * that need exact control of the stack and registers:
 *
 *   gogo(buf)          resume a goroutine from its gobuf (never returns)
 *   mcall(fn)          save the goroutine in g.sched and run fn(g) on g0:
 *                      the way a goroutine parks, yields or exits
 *   systemstack(fn)    run fn on the m's g0 stack, then come back
 *   callgo(fn)         call a Go function with no arguments from C,
 *                      loading R14 = g as compiled Go code requires
 *   goexit             the return address at the top of every goroutine
 *   callclosure(fn, argp)  call a Go func() closure from C (deferred calls)
 *   recovery_resume    continue a frame after a recovered panic
 *   runtime.deferproc, runtime.deferreturn  the defer entries (runtime.def)
 *   runtime.morestack  called by a Go prologue when SP would cross
 *                      g.stackguard0; switches to g0 and calls newstack
 *   runtime.sigpanic   "called" by faulting code: the signal handler
 *                      pushes the faulting PC and resumes here
 *   and the body-less functions of Go packages written in assembly
 *   (GOASM in linkname.def): internal/cpu's, sync/atomic's, syscall's
 *
 * C code keeps RBX, RBP, R12-R15 (System V); Go code keeps only RSP, RBP,
 * R14 (= g) and R15 (docs/design.md), so callgo saves the C callee-saved
 * registers itself.
 */

#include "go_asm.h"

/*
 * The C callee-saved registers but RBP, which code that enters Go (Go
 * keeps none of them) or switches goroutines saves itself, after its
 * PUSHQ BP; the padding leaves SP 16-aligned, as C calls need.
 */
#define PUSH_CSAVED pushq %rbx; pushq %r12; pushq %r13; pushq %r14; pushq %r15; subq $8, %rsp
#define POP_CSAVED addq $8, %rsp; popq %r15; popq %r14; popq %r13; popq %r12; popq %rbx

	.text

/* void gogo(gobuf *buf). Must not allocate. */
	.globl gogo
	.type gogo, @function
gogo:
	movq	GOBUF_G(%rdi), %rbx
	movq	%rbx, %fs:-8            /* g = buf->g */
	movq	%rbx, %r14
	movq	GOBUF_SP(%rdi), %rsp
	movq	GOBUF_BP(%rdi), %rbp
	movq	GOBUF_CTXT(%rdi), %rdx
	movq	GOBUF_PC(%rdi), %rax
	movq	$0, GOBUF_SP(%rdi)      /* a stale gobuf must not look live to the GC */
	movq	$0, GOBUF_BP(%rdi)
	movq	$0, GOBUF_CTXT(%rdi)
	jmp	*%rax
	.size gogo, .-gogo

/*
 * void mcall(void (*fn)(g *)): switch to g0's stack and call fn(g),
 * where g is the calling goroutine, whose context is saved in g.sched
 * (gc's mcall). fn must not return: it parks, requeues or frees g and
 * calls schedule. A later gogo(&g.sched) resumes g at 1: below, which
 * returns from mcall to its caller. The callers are C (gopark, gosched,
 * goexit1), whose callee-saved registers must survive: they are pushed
 * on g's stack, under a frame record whose return address is the
 * caller's, so a traceback of the parked g starts from g.sched.bp.
 * Every call starts at the top of g0's stack (g0.sched.sp).
 */
	.globl mcall
	.type mcall, @function
mcall:
	pushq	%rbp
	movq	%rsp, %rbp
	PUSH_CSAVED
	movq	%fs:-8, %rax            /* g */
	movq	G_M(%rax), %rcx
	movq	M_G0(%rcx), %rcx        /* g0 */
	cmpq	%rax, %rcx
	jne	2f
	andq	$-16, %rsp
	call	badmcall                /* mcall on g0: throws */
2:
	leaq	1f(%rip), %rdx
	movq	%rdx, G_SCHED+GOBUF_PC(%rax)
	movq	%rsp, G_SCHED+GOBUF_SP(%rax)
	movq	%rbp, G_SCHED+GOBUF_BP(%rax)
	movq	%rax, G_SCHED+GOBUF_G(%rax)
	movq	%rcx, %fs:-8            /* g = g0, on g0's stack */
	movq	%rcx, %r14
	movq	G_SCHED+GOBUF_SP(%rcx), %rsp
	andq	$-16, %rsp
	movq	%rdi, %r11
	movq	%rax, %rdi
	call	*%r11                   /* fn(g): never returns */
	call	badmcall2
1:
	POP_CSAVED
	popq	%rbp
	ret
	.size mcall, .-mcall

/*
 * void systemstack(void (*fn)(void)): call fn on g0's stack. The calling
 * goroutine's SP, BP and PC go into g.sched so a traceback started on g0
 * (panics, throws) can walk the goroutine's frames from g.sched.bp.
 */
	.globl systemstack
	.type systemstack, @function
systemstack:
	movq	%fs:-8, %rax            /* g */
	movq	G_M(%rax), %rcx
	movq	M_G0(%rcx), %rcx        /* g0 */
	cmpq	%rax, %rcx
	jne	1f
	jmp	*%rdi                   /* already on g0: plain tail call */
1:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	pushq	%r12
	movq	%rax, %rbx              /* rbx = the goroutine */
	movq	%rsp, %r12              /* r12 = its SP */
	movq	8(%rbp), %rdx
	movq	%rdx, G_SCHED+GOBUF_PC(%rax)
	movq	%rbp, G_SCHED+GOBUF_BP(%rax)
	leaq	16(%rbp), %rdx
	movq	%rdx, G_SCHED+GOBUF_SP(%rax)

	movq	%rcx, %fs:-8            /* g = g0, on g0's stack */
	movq	%rcx, %r14
	movq	G_SCHED+GOBUF_SP(%rcx), %rsp
	andq	$-16, %rsp
	call	*%rdi

	movq	%rbx, %fs:-8            /* back to the goroutine */
	movq	%rbx, %r14
	movq	%r12, %rsp
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size systemstack, .-systemstack

/* void callgo(void (*fn)(void)): fn is a Go function (no arguments). */
	.globl callgo
	.type callgo, @function
callgo:
	pushq	%rbp
	movq	%rsp, %rbp
	PUSH_CSAVED
	movq	%fs:-8, %r14            /* Go code expects R14 = g */
	call	*%rdi
	POP_CSAVED
	popq	%rbp
	ret
	.size callgo, .-callgo

/*
 * void callclosure(funcval *fn, uintptr_t *argp): calls the func() fn
 * from C, with the closure in DX and R14 = g, saving the C callee-saved
 * registers as callgo does. If argp is not 0, the SP at the call (fn's
 * argument pointer, gorecover's test) is stored there first.
 */
	.globl callclosure
	.type callclosure, @function
callclosure:
	pushq	%rbp
	movq	%rsp, %rbp
	PUSH_CSAVED
	movq	%fs:-8, %r14
	movq	%rdi, %rdx
	testq	%rsi, %rsi
	jz	1f
	movq	%rsp, (%rsi)
1:
	call	*(%rdx)
	POP_CSAVED
	popq	%rbp
	ret
	.size callclosure, .-callclosure

/*
 * void recovery_resume(sp, bp, pc): a recovered panic continues the
 * deferring frame after its deferproc call, which now returns 1. The
 * C frames above sp (gopanic's, the panicking call's) are abandoned.
 */
	.globl recovery_resume
	.type recovery_resume, @function
recovery_resume:
	movq	%fs:-8, %r14
	movq	%rdi, %rsp
	movq	%rsi, %rbp
	movl	$1, %eax
	jmp	*%rdx
	.size recovery_resume, .-recovery_resume

/*
 * runtime.deferproc(fn func()) int, called from Go with fn in RAX:
 * rt_deferproc(fn, pc, sp, bp) with the caller's return PC, its SP after
 * the return (SP+8 here) and its BP; returns 0 in RAX.
 */
	.globl runtime.deferproc
	.type runtime.deferproc, @function
runtime.deferproc:
	movq	%rax, %rdi
	movq	(%rsp), %rsi
	leaq	8(%rsp), %rdx
	movq	%rbp, %rcx
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	call	rt_deferproc
	xorl	%eax, %eax
	movq	%rbp, %rsp
	popq	%rbp
	ret
	.size runtime.deferproc, .-runtime.deferproc

/* runtime.deferreturn(), called from Go: rt_deferreturn(caller's SP). */
	.globl runtime.deferreturn
	.type runtime.deferreturn, @function
runtime.deferreturn:
	leaq	8(%rsp), %rdi
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	call	rt_deferreturn
	movq	%rbp, %rsp
	popq	%rbp
	ret
	.size runtime.deferreturn, .-runtime.deferreturn

/*
 * goexit: newproc puts its address where a goroutine's function returns,
 * so returning from the goroutine's top frame lands here. The nop makes
 * goexit+1 (the return address the traceback sees) fall inside it.
 */
	.globl goexit
	.type goexit, @function
goexit:
	nop
	andq	$-16, %rsp
	call	goexit1
	ud2
	.size goexit, .-goexit

/*
 * runtime.morestack, called from a Go prologue (before PUSHQ BP):
 *   0(SP) = return address into f's prologue, 8(SP) = f's return address.
 * Stack is short here, so this switches to g0 before anything else runs.
 * m.morebuf records f's caller, g.sched records f itself (gc's layout).
 * RDX, the closure context, is kept in g.sched.ctxt.
 */
	.globl runtime.morestack
	.type runtime.morestack, @function
runtime.morestack:
	movq	%fs:-8, %rax            /* g */
	movq	G_M(%rax), %rbx         /* m */
	movq	M_G0(%rbx), %rcx        /* g0 */
	cmpq	%rax, %rcx
	jne	1f
	andq	$-16, %rsp
	call	badmorestackg0          /* g0 cannot grow: throws */
1:
	movq	%rdx, G_SCHED+GOBUF_CTXT(%rax)
	movq	8(%rsp), %rdi
	movq	%rdi, M_MOREBUF+GOBUF_PC(%rbx)
	leaq	16(%rsp), %rdi
	movq	%rdi, M_MOREBUF+GOBUF_SP(%rbx)
	movq	%rbp, M_MOREBUF+GOBUF_BP(%rbx)
	movq	%rax, M_MOREBUF+GOBUF_G(%rbx)
	movq	0(%rsp), %rdi
	movq	%rdi, G_SCHED+GOBUF_PC(%rax)
	leaq	8(%rsp), %rdi
	movq	%rdi, G_SCHED+GOBUF_SP(%rax)
	movq	%rbp, G_SCHED+GOBUF_BP(%rax)
	movq	%rax, G_SCHED+GOBUF_G(%rax)

	movq	%rcx, %fs:-8            /* g = g0 */
	movq	%rcx, %r14
	movq	G_SCHED+GOBUF_SP(%rcx), %rsp
	andq	$-16, %rsp
	call	newstack                /* does not return yet (no stack growth) */
	ud2
	.size runtime.morestack, .-runtime.morestack

/*
 * runtime.sigpanic: the signal handler (signal_linux_amd64.c) makes a
 * faulting instruction look like a call of this, with the faulting PC as
 * the return address. Its frame record (saved BP, faulting PC) is what
 * tracebacks read the faulting frame from; a return address inside
 * [runtime.sigpanic, sigpanic_end) marks it (traceback.c). SP may be
 * anything mod 16 here, so it is aligned before calling C.
 */
	.globl runtime.sigpanic
	.type runtime.sigpanic, @function
runtime.sigpanic:
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	call	sigpanic                /* never returns */
	ud2
	.globl sigpanic_end
sigpanic_end:
	.size runtime.sigpanic, .-runtime.sigpanic


/*
 * internal/cpu's body-less functions (rt/linkname.def), leaf functions
 * in the register convention. cpuid(eaxArg, ecxArg uint32) (eax, ebx,
 * ecx, edx uint32): arguments in EAX, EBX; results in RAX RBX RCX RDI
 * (32-bit moves clear the upper halves).
 */
	.globl "internal/cpu.cpuid"
	.type "internal/cpu.cpuid", @function
"internal/cpu.cpuid":
	movl	%ebx, %ecx
	cpuid
	movl	%edx, %edi
	ret
	.size "internal/cpu.cpuid", .-"internal/cpu.cpuid"

/* xgetbv() (eax, edx uint32): XCR0, in RAX RBX. Only called when CPUID
 * reports OSXSAVE, as the instruction faults otherwise. */
	.globl "internal/cpu.xgetbv"
	.type "internal/cpu.xgetbv", @function
"internal/cpu.xgetbv":
	xorl	%ecx, %ecx
	xgetbv
	movl	%edx, %ebx
	ret
	.size "internal/cpu.xgetbv", .-"internal/cpu.xgetbv"

/* getGOAMD64level() int32: 1, the baseline x86-64 hood's code needs. */
	.globl "internal/cpu.getGOAMD64level"
	.type "internal/cpu.getGOAMD64level", @function
"internal/cpu.getGOAMD64level":
	movl	$1, %eax
	ret
	.size "internal/cpu.getGOAMD64level", .-"internal/cpu.getGOAMD64level"

/*
 * sync/atomic's body-less functions (rt/linkname.def), leaf functions in
 * the register convention: the address in RAX, then the operands in RBX
 * and RCX; results in RAX. Every read-modify-write is one LOCK-prefixed
 * instruction (XCHG locks by itself), and Store is an XCHG, so every
 * operation is sequentially consistent, as Go's memory model asks; x86
 * loads are already acquire loads. The int and uint, and the 64-bit,
 * uintptr and pointer forms share code (one body, several symbols).
 * A nil address jumps to runtime.panicmem with the caller's return
 * address on the stack, so the panic shows the caller's line, as gc's
 * inlined atomics do. Pointer stores need no write barrier: there is no
 * collector yet (docs/design.md, "Precise GC"); the barrier goes here
 * when there is one.
 */
#define ATOMIC_SYM(sym) .globl sym; .type sym, @function; sym:
#define NILCHECK testq %rax, %rax; jz runtime.panicmem

ATOMIC_SYM("sync/atomic.AddInt32")
ATOMIC_SYM("sync/atomic.AddUint32")
	NILCHECK
	movl	%ebx, %ecx
	lock xaddl %ecx, (%rax)         /* ECX = old */
	leal	(%rcx,%rbx), %eax       /* new = old + delta */
	ret

ATOMIC_SYM("sync/atomic.AddInt64")
ATOMIC_SYM("sync/atomic.AddUint64")
ATOMIC_SYM("sync/atomic.AddUintptr")
	NILCHECK
	movq	%rbx, %rcx
	lock xaddq %rcx, (%rax)
	leaq	(%rcx,%rbx), %rax
	ret

ATOMIC_SYM("sync/atomic.LoadInt32")
ATOMIC_SYM("sync/atomic.LoadUint32")
	NILCHECK
	movl	(%rax), %eax
	ret

ATOMIC_SYM("sync/atomic.LoadInt64")
ATOMIC_SYM("sync/atomic.LoadUint64")
ATOMIC_SYM("sync/atomic.LoadUintptr")
ATOMIC_SYM("sync/atomic.LoadPointer")
	NILCHECK
	movq	(%rax), %rax
	ret

ATOMIC_SYM("sync/atomic.StoreInt32")
ATOMIC_SYM("sync/atomic.StoreUint32")
	NILCHECK
	xchgl	%ebx, (%rax)
	ret

ATOMIC_SYM("sync/atomic.StoreInt64")
ATOMIC_SYM("sync/atomic.StoreUint64")
ATOMIC_SYM("sync/atomic.StoreUintptr")
ATOMIC_SYM("sync/atomic.StorePointer")
	NILCHECK
	xchgq	%rbx, (%rax)
	ret

ATOMIC_SYM("sync/atomic.SwapInt32")
ATOMIC_SYM("sync/atomic.SwapUint32")
	NILCHECK
	xchgl	%ebx, (%rax)
	movl	%ebx, %eax
	ret

ATOMIC_SYM("sync/atomic.SwapInt64")
ATOMIC_SYM("sync/atomic.SwapUint64")
ATOMIC_SYM("sync/atomic.SwapUintptr")
ATOMIC_SYM("sync/atomic.SwapPointer")
	NILCHECK
	xchgq	%rbx, (%rax)
	movq	%rbx, %rax
	ret

/* CompareAndSwap(addr, old, new) (swapped bool): CMPXCHG compares with
 * EAX/RAX, so the address moves to R11 (free in the convention). */
ATOMIC_SYM("sync/atomic.CompareAndSwapInt32")
ATOMIC_SYM("sync/atomic.CompareAndSwapUint32")
	NILCHECK
	movq	%rax, %r11
	movl	%ebx, %eax
	lock cmpxchgl %ecx, (%r11)
	sete	%al
	ret

ATOMIC_SYM("sync/atomic.CompareAndSwapInt64")
ATOMIC_SYM("sync/atomic.CompareAndSwapUint64")
ATOMIC_SYM("sync/atomic.CompareAndSwapUintptr")
ATOMIC_SYM("sync/atomic.CompareAndSwapPointer")
	NILCHECK
	movq	%rax, %r11
	movq	%rbx, %rax
	lock cmpxchgq %rcx, (%r11)
	sete	%al
	ret

#undef ATOMIC_SYM
#undef NILCHECK

/* sync.runtime_LoadAcquintptr(p *uintptr) uintptr and
 * sync.runtime_StoreReluintptr(p *uintptr, v uintptr) uintptr (its result
 * means nothing: 0), linknamed to these symbols: x86 loads acquire and
 * stores release. */
	.globl "runtime/internal/atomic.LoadAcquintptr"
	.type "runtime/internal/atomic.LoadAcquintptr", @function
"runtime/internal/atomic.LoadAcquintptr":
	movq	(%rax), %rax
	ret
	.size "runtime/internal/atomic.LoadAcquintptr", .-"runtime/internal/atomic.LoadAcquintptr"

	.globl "runtime/internal/atomic.StoreReluintptr"
	.type "runtime/internal/atomic.StoreReluintptr", @function
"runtime/internal/atomic.StoreReluintptr":
	movq	%rbx, (%rax)
	xorl	%eax, %eax
	ret
	.size "runtime/internal/atomic.StoreReluintptr", .-"runtime/internal/atomic.StoreReluintptr"

/* runtime.Breakpoint(): a breakpoint trap, for a debugger; without one,
 * SIGTRAP's throw (rt/signal_linux_amd64.c), as in gc. */
	.globl "runtime.Breakpoint"
	.type "runtime.Breakpoint", @function
"runtime.Breakpoint":
	int3
	ret
	.size "runtime.Breakpoint", .-"runtime.Breakpoint"

/*
 * GOROOT syscall's system calls (rt/linkname.def), in the register
 * convention: the trap number in RAX and the arguments in RBX RCX RDI
 * RSI R8 R9, moved to the kernel's RDI RSI RDX R10 R8 R9. A result in
 * [-4095, -1] is -errno (gc's semantics: r1 = -1, r2 = 0, err = errno);
 * anything else is r1, with r2 the kernel's RDX, err 0. Results go back
 * in RAX RBX RCX. SYSCALL clobbers RCX and R11, both free in Go's
 * convention, which treats every register as clobbered by a call.
 *
 * RawSyscall6(trap, a1, a2, a3, a4, a5, a6) (r1, r2, err): gc's comes
 * from runtime/internal/syscall. runtime_doAllThreadsSyscall, the same
 * call on every thread of the process (syscall.AllThreadsSyscall,
 * Setuid, ...): there is one thread, this one; with more threads it
 * must stop them all and repeat the call on each, as gc's does.
 */
	.globl "syscall.RawSyscall6"
	.type "syscall.RawSyscall6", @function
	.globl "syscall.runtime_doAllThreadsSyscall"
	.type "syscall.runtime_doAllThreadsSyscall", @function
"syscall.RawSyscall6":
"syscall.runtime_doAllThreadsSyscall":
	movq	%rsi, %r10
	movq	%rdi, %rdx
	movq	%rcx, %rsi
	movq	%rbx, %rdi
	syscall
	cmpq	$-4095, %rax
	jae	1f
	movq	%rdx, %rbx
	xorl	%ecx, %ecx
	ret
1:
	negq	%rax
	movq	%rax, %rcx
	movq	$-1, %rax
	xorl	%ebx, %ebx
	ret
	.size "syscall.RawSyscall6", .-"syscall.RawSyscall6"
	.size "syscall.runtime_doAllThreadsSyscall", .-"syscall.runtime_doAllThreadsSyscall"

/* rawSyscallNoError(trap, a1, a2, a3) (r1, r2): for calls that cannot
 * fail (getpid, ...): RAX and RDX as the kernel leaves them. */
	.globl "syscall.rawSyscallNoError"
	.type "syscall.rawSyscallNoError", @function
"syscall.rawSyscallNoError":
	movq	%rdi, %rdx
	movq	%rcx, %rsi
	movq	%rbx, %rdi
	syscall
	movq	%rdx, %rbx
	ret
	.size "syscall.rawSyscallNoError", .-"syscall.rawSyscallNoError"

/* gettimeofday(tv *Timeval) (err Errno): the system call (gc's tries
 * the vDSO first; same result). */
	.globl "syscall.gettimeofday"
	.type "syscall.gettimeofday", @function
"syscall.gettimeofday":
	movq	%rax, %rdi
	xorl	%esi, %esi
	movl	$96, %eax               /* SYS_gettimeofday */
	syscall
	cmpq	$-4095, %rax
	jae	1f
	xorl	%eax, %eax
	ret
1:
	negq	%rax
	ret
	.size "syscall.gettimeofday", .-"syscall.gettimeofday"

/*
 * rawVforkSyscall(trap, a1) (r1 uintptr, err Errno): clone with
 * CLONE_VFORK|CLONE_VM from syscall.forkExec. The child runs on this
 * very stack until it execs or exits while the parent waits, so the
 * child's calls overwrite everything below SP: the return address is
 * kept in R12 (the kernel saves each process's registers) rather than
 * on the stack, and pushed back by each of them after the call.
 */
	.globl "syscall.rawVforkSyscall"
	.type "syscall.rawVforkSyscall", @function
"syscall.rawVforkSyscall":
	movq	%rbx, %rdi
	xorl	%esi, %esi
	xorl	%edx, %edx
	xorl	%r10d, %r10d
	xorl	%r8d, %r8d
	xorl	%r9d, %r9d
	popq	%r12
	syscall
	pushq	%r12
	cmpq	$-4095, %rax
	jae	1f
	xorl	%ebx, %ebx
	ret
1:
	negq	%rax
	movq	%rax, %rbx
	movq	$-1, %rax
	ret
	.size "syscall.rawVforkSyscall", .-"syscall.rawVforkSyscall"

/*
 * The register convention's argument and result registers (RAX RBX RCX
 * RDI RSI R8 R9 R10 R11, then X0-X14) stored to or loaded from 24 words
 * at off(base): reflect's register frames (reflectcall, makeFuncStub).
 */
.macro ARGREGS_STORE base, off
	movq	%rax, \off+0(\base)
	movq	%rbx, \off+8(\base)
	movq	%rcx, \off+16(\base)
	movq	%rdi, \off+24(\base)
	movq	%rsi, \off+32(\base)
	movq	%r8, \off+40(\base)
	movq	%r9, \off+48(\base)
	movq	%r10, \off+56(\base)
	movq	%r11, \off+64(\base)
	movsd	%xmm0, \off+72(\base)
	movsd	%xmm1, \off+80(\base)
	movsd	%xmm2, \off+88(\base)
	movsd	%xmm3, \off+96(\base)
	movsd	%xmm4, \off+104(\base)
	movsd	%xmm5, \off+112(\base)
	movsd	%xmm6, \off+120(\base)
	movsd	%xmm7, \off+128(\base)
	movsd	%xmm8, \off+136(\base)
	movsd	%xmm9, \off+144(\base)
	movsd	%xmm10, \off+152(\base)
	movsd	%xmm11, \off+160(\base)
	movsd	%xmm12, \off+168(\base)
	movsd	%xmm13, \off+176(\base)
	movsd	%xmm14, \off+184(\base)
.endm

.macro ARGREGS_LOAD base, off
	movq	\off+0(\base), %rax
	movq	\off+8(\base), %rbx
	movq	\off+16(\base), %rcx
	movq	\off+24(\base), %rdi
	movq	\off+32(\base), %rsi
	movq	\off+40(\base), %r8
	movq	\off+48(\base), %r9
	movq	\off+56(\base), %r10
	movq	\off+64(\base), %r11
	movsd	\off+72(\base), %xmm0
	movsd	\off+80(\base), %xmm1
	movsd	\off+88(\base), %xmm2
	movsd	\off+96(\base), %xmm3
	movsd	\off+104(\base), %xmm4
	movsd	\off+112(\base), %xmm5
	movsd	\off+120(\base), %xmm6
	movsd	\off+128(\base), %xmm7
	movsd	\off+136(\base), %xmm8
	movsd	\off+144(\base), %xmm9
	movsd	\off+152(\base), %xmm10
	movsd	\off+160(\base), %xmm11
	movsd	\off+168(\base), %xmm12
	movsd	\off+176(\base), %xmm13
	movsd	\off+184(\base), %xmm14
.endm

/*
 * reflect.reflectcall(f *callFrame) (rt/go/reflect/call.go): a call with
 * hood's register convention (docs/design.md) whose arguments were laid
 * out at run time. The frame holds, in this order: the code address,
 * the closure context for DX, the argument area (stack arguments, room
 * for stack results, the spill area) and its size in bytes (a multiple
 * of 8), then the 9 integer and 15 float registers' words. The area is
 * copied to 0(SP) and the registers loaded; after the call the result
 * registers are stored back into the frame and the area is copied back,
 * with the stack results in it. Every register but SP, BP, R14 and R15
 * is the callee's to clobber, so the frame's address is kept at -8(BP).
 */
#define CF_FN     0
#define CF_CTXT   8
#define CF_AREA   16
#define CF_SIZE   24
#define CF_INTS   32
	.globl reflect.reflectcall
	.type reflect.reflectcall, @function
reflect.reflectcall:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rax                    /* the frame */
	subq	CF_SIZE(%rax), %rsp
	andq	$-16, %rsp              /* the callee finds its arguments at 0(SP) */
	movq	CF_AREA(%rax), %rsi
	movq	%rsp, %rdi
	movq	CF_SIZE(%rax), %rcx
	shrq	$3, %rcx
	cld
	rep movsq
	movq	%rax, %r12
	ARGREGS_LOAD %r12, CF_INTS
	movq	CF_CTXT(%r12), %rdx
	movq	CF_FN(%r12), %r13
	call	*%r13
	movq	-8(%rbp), %r12
	ARGREGS_STORE %r12, CF_INTS
	movq	%rsp, %rsi
	movq	CF_AREA(%r12), %rdi
	movq	CF_SIZE(%r12), %rcx
	shrq	$3, %rcx
	rep movsq
	movq	%rbp, %rsp
	popq	%rbp
	ret
	.globl reflectcall_end
reflectcall_end:
	.size reflect.reflectcall, .-reflect.reflectcall
#undef CF_FN
#undef CF_CTXT
#undef CF_AREA
#undef CF_SIZE
#undef CF_INTS

/*
 * reflect.makeFuncStub: the code of every func that reflect.MakeFunc
 * makes (and of method values as funcs). It is called as any func
 * value, with the closure (a *makeFuncImpl) in DX and the arguments in
 * the register convention. It saves the argument registers in a frame
 * laid out as reflectcall's registers (9 integer words, then 15 float
 * words) and calls the Go function reflect.callReflect(closure, frame,
 * the caller's argument area at 16(BP)), which runs the func, stores
 * register results in the frame and stack results in the caller's area;
 * the stub then loads the result registers and returns. Below the frame
 * are callReflect's 3 spill words, which the convention gives the
 * callee at 0(SP). callReflect is referred to weakly: a program without
 * reflect never reaches the stub.
 */
#define MF_SPILL  32                    /* 3 words, rounded to 16 bytes */
#define MF_SIZE   (MF_SPILL + 24 * 8)
	.weak reflect.callReflect
	.globl reflect.makeFuncStub
	.type reflect.makeFuncStub, @function
reflect.makeFuncStub:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$MF_SIZE, %rsp
	andq	$-16, %rsp
	ARGREGS_STORE %rsp, MF_SPILL
	movq	%rdx, %rax              /* callReflect(closure, */
	leaq	MF_SPILL(%rsp), %rbx    /*     frame, */
	leaq	16(%rbp), %rcx          /*     argument area) */
	call	reflect.callReflect
	ARGREGS_LOAD %rsp, MF_SPILL
	movq	%rbp, %rsp
	popq	%rbp
	ret
	.globl makefuncstub_end
makefuncstub_end:
	.size reflect.makeFuncStub, .-reflect.makeFuncStub
#undef MF_SPILL
#undef MF_SIZE

/* The RuntimeError method of the runtime's error types (rt/error.c):
 * it marks them as runtime.Error and does nothing. */
	.globl runtime.runtimeErrorMethod
	.type runtime.runtimeErrorMethod, @function
runtime.runtimeErrorMethod:
	ret
	.size runtime.runtimeErrorMethod, .-runtime.runtimeErrorMethod

	.section .note.GNU-stack, "", @progbits
