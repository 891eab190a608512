/*
 * signal_linux_amd64.c — synchronous signals (gc's signal_unix.go,
 * signal_amd64.go and os_linux.go): a SIGSEGV or SIGBUS raised by a fault
 * becomes gc's run-time panic or fatal error; SIGPIPE is ignored unless
 * package os asks to die of it (os.sigpipe, after a write to a closed
 * standard output); the signal mask and handlers around a fork.
 *
 * Every m gets a signal stack (m.gsignal's, 32 KiB as gc) with
 * sigaltstack (minit), and initsig installs sighandler for SIGSEGV and
 * SIGBUS with SA_SIGINFO|SA_ONSTACK|SA_RESTORER, all signals blocked while
 * it runs. The handler does not panic itself: it rewrites the signal
 * context so that, when the kernel resumes the thread, the faulting code
 * appears to have called runtime.sigpanic (asm_amd64.S) — the faulting PC
 * pushed as the return address, PC set to runtime.sigpanic — with the
 * fault recorded in g.sig, g.sigcode0/1, g.sigpc (gc's preparePanic).
 * sigpanic then runs on the goroutine's stack as an ordinary call and
 * decides, as gc's does:
 *
 *   - in Go code (or a jump to a non-code address), a fault below
 *     0x1000: "panic: runtime error: invalid memory address or nil
 *     pointer dereference" plus gc's "[signal SIGSEGV: ...]" line;
 *   - any other fault, or one in the runtime's own C code: "unexpected
 *     fault address 0x..." and throw("fault");
 *   - on g0, or while the m is already throwing: throw("unexpected
 *     signal during runtime execution").
 *
 * The traceback shows the faulting frame because runtime.sigpanic's
 * frame record holds the faulting PC (traceback.c treats it as exact).
 * When no call can be pushed (a signal sent with kill, a stack without
 * room, no g), the handler reports in place as gc's sighandler does for
 * _SigThrow signals: the signal's name, PC, the traceback, the registers.
 *
 * The handler keeps g (TLS) as the interrupted goroutine instead of
 * switching to gsignal as gc does: it only reads and writes that g and
 * the context, and never runs Go code. Must not allocate.
 */
#include "entry.h"

#define _SIGTRAP 5
#define _SIGBUS  7
#define _SIGSEGV 11
#define _SIGPIPE 13

#define _SIG_DFL 0
#define _SIG_SETMASK 2

#define _SA_SIGINFO  0x4
#define _SA_ONSTACK  0x08000000
#define _SA_RESTORER 0x04000000
#define _SA_RESTART  0x10000000

#define _SI_USER     0
#define _SEGV_MAPERR 1
#define _SEGV_ACCERR 2
#define _BUS_ADRERR  2

/* gc's signal stack size ("Linux wants >= 2K"). */
#define SIGNAL_STACK_SIZE (32 * 1024)

/*
 * Room the injected call needs below the faulting SP: runtime.sigpanic,
 * then C code within RT_SMALL_STACK (rt/HACKING.md). Go code always has
 * it (the prologue leaves _StackGuard); a fault deeper in a stack is
 * reported in the handler instead.
 */
#define SIGPANIC_ROOM (RT_SMALL_STACK + 128)

/* The kernel's struct sigaction for rt_sigaction (not libc's). */
typedef struct sigactiont {
	void *sa_handler;
	uint64_t sa_flags;
	void (*sa_restorer)(void);
	uint64_t sa_mask;
} sigactiont;

typedef struct stackt {
	void *ss_sp;
	int32_t ss_flags;
	uintptr_t ss_size;
} stackt;

/* The start of siginfo_t; the kernel's is 128 bytes. */
typedef struct siginfo {
	int32_t si_signo;
	int32_t si_errno;
	int32_t si_code;
	uintptr_t si_addr;       /* for SIGSEGV and SIGBUS: the faulting address */
} siginfo;

/* The registers at the signal (the kernel's struct sigcontext). */
typedef struct sigcontext {
	uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip, eflags;
	uint16_t cs, gs, fs, pad0;
	uint64_t err, trapno, oldmask, cr2;
	void *fpstate;
	uint64_t reserved1[8];
} sigcontext;

typedef struct ucontext {
	uint64_t uc_flags;
	struct ucontext *uc_link;
	stackt uc_stack;
	sigcontext uc_mcontext;
} ucontext;

_Static_assert(offsetof(siginfo, si_addr) == 16, "siginfo: the kernel's layout");
_Static_assert(offsetof(ucontext, uc_mcontext) == 40 && offsetof(sigcontext, rip) == 128,
	       "ucontext: the kernel's layout");

/* sys_linux_amd64.S */
intgo rt_sigaction(uintptr_t sig, const sigactiont *new, sigactiont *old, uintptr_t size);
intgo sigaltstack(const stackt *new, stackt *old);
void sigreturn__sigaction(void);
/* asm_amd64.S */
void sigpanic_asm(void) __asm__("runtime.sigpanic");
/* hood.ld: all code, Go and runtime */
extern const char hood_text_start[], hood_text_end[];

/* gc's sigtable names, for the signals hood handles. */
static const char *signame(uint32_t sig)
{
	switch (sig) {
	case _SIGTRAP: return "SIGTRAP: trace trap";
	case _SIGBUS: return "SIGBUS: bus error";
	case _SIGSEGV: return "SIGSEGV: segmentation violation";
	case _SIGPIPE: return "SIGPIPE: write to broken pipe";
	default: return 0;
	}
}

static bool iscode(uintptr_t pc)
{
	return pc >= (uintptr_t)hood_text_start && pc < (uintptr_t)hood_text_end;
}

/* mpreinit gives mp its signal g and stack (gc's). Runs on g0. */
void mpreinit(m *mp)
{
	g *gs = mallocgc(sizeof(g), 0, true);
	gs->stack = stackalloc(SIGNAL_STACK_SIZE);
	gs->stackguard0 = gs->stack.lo + _StackGuard;
	gs->m = mp;
	mp->gsignal = gs;
}

/* minit makes m.gsignal's stack the thread's signal stack. Runs on the m. */
void minit(void)
{
	g *gs = getg()->m->gsignal;
	stackt st = {.ss_sp = (void *)gs->stack.lo, .ss_size = gs->stack.hi - gs->stack.lo};
	if (sigaltstack(&st, 0) != 0)
		throw("sigaltstack failed");
}

/* printsignal prints gc's "[signal ...]" line if gp faulted. Must not allocate. */
void printsignal(g *gp)
{
	if (gp->sig == 0)
		return;
	const char *name = signame(gp->sig);
	printcstring("[signal ");
	if (name != 0)
		printcstring(name);
	else
		printhex(gp->sig);
	printcstring(" code=");
	printhex(gp->sigcode0);
	printcstring(" addr=");
	printhex(gp->sigcode1);
	printcstring(" pc=");
	printhex(gp->sigpc);
	printcstring("]\n");
}

/*
 * sigpanic is called by runtime.sigpanic, on the stack that faulted, as
 * if the faulting instruction had called it: it turns g.sig into a panic
 * or a fatal error (gc's sigpanic, file comment). Never returns.
 */
void sigpanic(void);
void sigpanic(void)
{
	g *gp = getg();
	m *mp = gp->m;
	if (gp != mp->curg || mp->throwing != throwTypeNone || mp->dying != 0)
		throw("unexpected signal during runtime execution");
	/* The runtime's C code is not Go: a fault there is a runtime bug. */
	bool runtime = iscode(gp->sigpc) && findfunc(gp->sigpc) == 0;
	bool nil = gp->sigcode1 < 0x1000 &&
		   (gp->sig == _SIGSEGV ? gp->sigcode0 == 0 || gp->sigcode0 == _SEGV_MAPERR ||
						  gp->sigcode0 == _SEGV_ACCERR
					: gp->sigcode0 == _BUS_ADRERR);
	if ((nil || gp->paniconfault) && !runtime)
		rt_panicmem();
	printcstring("unexpected fault address ");
	printhex(gp->sigcode1);
	printcstring("\n");
	throw("fault");
}

/* runtime/debug.setPanicOnFault(on): the calling goroutine's previous
 * setting. With it on, a fault at any address in Go code panics, as
 * gc's does; the value is the nil-dereference memoryError (gc's
 * panicmemAddr gives one with an Addr method). */
uintptr_t rt_debug_setPanicOnFault(uintptr_t on)
{
	g *gp = getg();
	bool prev = gp->paniconfault;
	gp->paniconfault = (on & 0xff) != 0;
	return prev;
}

static void dumpregs(const sigcontext *c)
{
	static const struct { const char *name; size_t off; } regs[] = {
		{"rax    ", offsetof(sigcontext, rax)}, {"rbx    ", offsetof(sigcontext, rbx)},
		{"rcx    ", offsetof(sigcontext, rcx)}, {"rdx    ", offsetof(sigcontext, rdx)},
		{"rdi    ", offsetof(sigcontext, rdi)}, {"rsi    ", offsetof(sigcontext, rsi)},
		{"rbp    ", offsetof(sigcontext, rbp)}, {"rsp    ", offsetof(sigcontext, rsp)},
		{"r8     ", offsetof(sigcontext, r8)}, {"r9     ", offsetof(sigcontext, r9)},
		{"r10    ", offsetof(sigcontext, r10)}, {"r11    ", offsetof(sigcontext, r11)},
		{"r12    ", offsetof(sigcontext, r12)}, {"r13    ", offsetof(sigcontext, r13)},
		{"r14    ", offsetof(sigcontext, r14)}, {"r15    ", offsetof(sigcontext, r15)},
		{"rip    ", offsetof(sigcontext, rip)}, {"rflags ", offsetof(sigcontext, eflags)},
	};
	for (size_t i = 0; i < sizeof regs / sizeof regs[0]; i++) {
		printcstring(regs[i].name);
		printhex(*(const uint64_t *)((const char *)c + regs[i].off));
		printcstring("\n");
	}
	printcstring("cs     ");
	printhex(c->cs);
	printcstring("\nfs     ");
	printhex(c->fs);
	printcstring("\ngs     ");
	printhex(c->gs);
	printcstring("\n");
}

/*
 * sigthrow reports a signal that cannot become a call of sigpanic and
 * exits 2, as gc's sighandler does for _SigThrow: runs on the signal
 * stack, in the handler.
 */
static NORETURN void sigthrow(uint32_t sig, const siginfo *info, const sigcontext *c, g *gp)
{
	m *mp = gp->m;
	mp->throwing = throwTypeRuntime;
	mp->dying++;
	printlock();
	const char *name = signame(sig);
	if (name != 0) {
		printcstring(name);
	} else {
		printcstring("Signal ");
		printint(sig);
	}
	printcstring("\nPC=");
	printhex(c->rip);
	printcstring(" m=");
	printint(mp->id);
	printcstring(" sigcode=");
	printint(info->si_code);
	printcstring("\n\n");
	goroutineheader(gp);
	traceback(c->rip, c->rsp, c->rbp, gp);
	if (gp != mp->curg && mp->curg != 0) {
		printcstring("\n");
		goroutineheader(mp->curg);
		traceback(0, 0, mp->curg->sched.bp, mp->curg);
	}
	printcstring("\n");
	dumpregs(c);
	exit(2);
}

/*
 * sighandler runs on the signal stack with every signal blocked; the
 * kernel calls it as a System V function (sys_linux_amd64.S restores
 * the context when it returns).
 */
static void sighandler(uint32_t sig, siginfo *info, ucontext *uc)
{
	/*
	 * A write to a pipe or socket whose reader is gone: the write fails
	 * with EPIPE, which the program sees as an error, as gc's does (its
	 * SIGPIPE is a _SigNotify signal: only os/signal would want it, and
	 * a kill(2) of it is ignored as well). os.sigpipe makes the process
	 * die of it for standard output and error, as gc does.
	 */
	if (sig == _SIGPIPE)
		return;
	sigcontext *c = &uc->uc_mcontext;
	g *gp = getg();
	uintptr_t pc = c->rip, sp = c->rsp;
	if (info->si_code == _SI_USER || (sig != _SIGSEGV && sig != _SIGBUS) ||
	    sp < gp->stack.lo + SIGPANIC_ROOM || sp > gp->stack.hi)
		sigthrow(sig, info, c, gp);
	gp->sig = sig;
	gp->sigcode0 = (uintptr_t)(intgo)info->si_code;
	gp->sigcode1 = info->si_addr;
	gp->sigpc = pc;
	/*
	 * Push pc as sigpanic's return address, unless that would hide the
	 * caller: a PC of 0 or outside the code with a return address at SP
	 * is a call of a bad pointer, whose caller is then sigpanic's
	 * (gc's shouldPushSigpanic).
	 */
	if (pc != 0 && (iscode(pc) || !iscode(*(uintptr_t *)sp))) {
		sp -= 8;
		*(uintptr_t *)sp = pc;
		c->rsp = sp;
	}
	c->rip = (uintptr_t)sigpanic_asm;
}

/* The signals sighandler handles (gc's handlingSig; SIGTRAP, which
 * runtime.Breakpoint raises, is a throw with a traceback). An inherited
 * SIG_IGN of SIGPIPE is replaced too, as gc does, so that the process
 * dies of it after a write to a closed standard output. */
static const uint32_t handledsigs[] = {_SIGTRAP, _SIGSEGV, _SIGBUS, _SIGPIPE};
#define NHANDLED (sizeof handledsigs / sizeof handledsigs[0])

/* setsig makes fn (sighandler or _SIG_DFL) the handler of sig. */
static void setsig(uint32_t sig, uintptr_t fn)
{
	sigactiont sa = {
		.sa_handler = (void *)fn,
		.sa_flags = _SA_SIGINFO | _SA_ONSTACK | _SA_RESTORER | _SA_RESTART,
		.sa_restorer = sigreturn__sigaction,
		.sa_mask = ~(uint64_t)0,
	};
	if (rt_sigaction(sig, &sa, 0, sizeof sa.sa_mask) != 0)
		throw("rt_sigaction failed");
}

/* initsig installs sighandler for the signals the runtime handles. Runs on m0. */
void initsig(void)
{
	for (size_t i = 0; i < NHANDLED; i++)
		setsig(handledsigs[i], (uintptr_t)sighandler);
}

/* clearSignalHandlers puts back the default action of every signal the
 * runtime handles: in a forked child before exec, which shares the
 * parent's memory and must never run sighandler. Must not allocate. */
void clearSignalHandlers(void)
{
	for (size_t i = 0; i < NHANDLED; i++)
		setsig(handledsigs[i], _SIG_DFL);
}

/* sigblockall blocks every signal in this thread and stores the mask it
 * had in *old; msigrestore sets the mask back. Must not allocate. */
void sigblockall(uint64_t *old)
{
	uint64_t all = ~(uint64_t)0;
	if (rt_sigprocmask(_SIG_SETMASK, &all, old, sizeof all) != 0)
		throw("rt_sigprocmask failed");
}

void msigrestore(uint64_t mask)
{
	if (rt_sigprocmask(_SIG_SETMASK, &mask, 0, sizeof mask) != 0)
		throw("rt_sigprocmask failed");
}

/*
 * dieFromSignal ends the process by sig's default action, as gc's does:
 * the handler goes, the signal is unblocked and sent to this thread;
 * exit 2 if the process is somehow still alive.
 */
static NORETURN void dieFromSignal(uint32_t sig)
{
	setsig(sig, _SIG_DFL);
	uint64_t old;
	rt_sigprocmask(_SIG_SETMASK, 0, &old, sizeof old);
	msigrestore(old & ~(1ul << (sig - 1)));
	tgkill(getpid(), gettid(), sig);
	exit(2);
}

/* os.sigpipe(): a write to standard output or error failed with EPIPE,
 * so the process dies of SIGPIPE, as a C program would (gc's does so
 * when os/signal has not asked for SIGPIPE; hood has no os/signal). */
void rt_os_sigpipe(void)
{
	dieFromSignal(_SIGPIPE);
}
