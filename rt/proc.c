/*
 * proc.c — the scheduler (gc's proc.go, "Go under the hood" ch. 6):
 * boot (args, osinit, schedinit), goroutine creation (newproc), and the
 * loop mstart → schedule → execute → gogo that runs goroutines on an m.
 *
 * hood has one m (m0, the initial thread) with one p and no preemption:
 * a goroutine runs until it exits the process. The G-M-P structures are
 * nevertheless real, so channels, blocking and more threads fill in
 * runqput/schedule rather than replacing them.
 *
 * Boot (rt0_linux_amd64.S → here): g0 runs on the OS stack;
 * newproc(runtime_main) queues the main goroutine on allp[0]; mstart
 * installs the signal handlers and calls schedule, which gogo's into it. runtime_main runs main.init then
 * main.main, then exits with status 0.
 */
#include "entry.h"

schedt sched;
m m0;
g g0;
int32_t gomaxprocs;
m *allm;

/* One p for now: allp has gomaxprocs entries. */
#define MAXPROCS 1
p *allp[MAXPROCS];
static p p0;

uintptr_t physPageSize;
intgo ncpu;

intgo argc;
char **argv;
char **envp;
static uintptr_t *auxv;

/* The Go program, reached through callgo (it expects R14 = g). */
extern void main_init(void) __asm__("main.init");
extern void main_main(void) __asm__("main.main");

/*
 * Goroutine stacks are 1 GiB reservations, committed lazily by the kernel
 * (MAP_NORESERVE), until the stack copier (docs/design.md) lets them start
 * small and grow. 1 GiB covers gc's maxstacksize of 10^9 bytes, so every
 * recursion gc accepts runs here too.
 */
#define GOROUTINE_STACK_SIZE (1ul << 30)

/* Auxiliary vector tags (Linux). */
#define AT_NULL   0
#define AT_PAGESZ 6
#define AT_RANDOM 25   /* address of 16 random bytes: alginit's seed */

/* args records the process arguments. Runs on g0. */
void args(intgo c, char **v)
{
	argc = c;
	argv = v;
	envp = v + c + 1;
	char **e = envp;
	while (*e != 0)
		e++;
	auxv = (uintptr_t *)(e + 1);
}

/* getproccount counts the CPUs this process may run on (its affinity
 * mask), as gc's does; 1 if the kernel will not say. */
static intgo getproccount(void)
{
	uint64_t mask[16] = {0};   /* 1024 CPUs */
	intgo r = sched_getaffinity(0, sizeof mask, mask);
	if (r <= 0)
		return 1;
	intgo n = 0;
	for (intgo i = 0; i < r / 8; i++)
		for (uint64_t w = mask[i]; w != 0; w &= w - 1)   /* no libgcc: count by hand */
			n++;
	return n > 0 ? n : 1;
}

/* osinit reads what the runtime needs from the OS. Runs on g0. */
void osinit(void)
{
	ncpu = getproccount();
	physPageSize = 4096;
	for (uintptr_t *a = auxv; a[0] != AT_NULL; a += 2)
		if (a[0] == AT_PAGESZ)
			physPageSize = a[1];
		else if (a[0] == AT_RANDOM)
			startupRandomData = (const uint8_t *)a[1];
}

static void mcommoninit(m *mp)
{
	mp->id = sched.mnext++;
	if (sched.mnext > sched.maxmcount)
		throw("thread limit");
	mp->alllink = allm;
	allm = mp;
}

/* procresize makes gomaxprocs p's and wires allp[0] to the current m. */
static void procresize(int32_t nprocs)
{
	if (nprocs != MAXPROCS)
		throw("procresize: one p only");
	p0.id = 0;
	allp[0] = &p0;
	gomaxprocs = nprocs;
	m *mp = getg()->m;
	mp->p = &p0;
	p0.m = mp;
	p0.status = _Prunning;
}

/* schedinit sets up the scheduler and the heap. Runs on g0. */
void schedinit(void)
{
	sched.maxmcount = 10000;
	mcommoninit(&m0);
	alginit();
	mallocinit();
	mpreinit(&m0);   /* after mallocinit: allocates m0's signal stack */
	goargs();
	goenvs();
	procresize(MAXPROCS);
}

/* runqput puts gp on pp's local run queue (gc's runqput without runnext). */
static void runqput(p *pp, g *gp)
{
	if (pp->runqtail - pp->runqhead >= P_RUNQ_SIZE)
		throw("runqput: run queue full");
	pp->runq[pp->runqtail % P_RUNQ_SIZE] = gp;
	pp->runqtail++;
}

static g *runqget(p *pp)
{
	if (pp->runqhead == pp->runqtail)
		return 0;
	g *gp = pp->runq[pp->runqhead % P_RUNQ_SIZE];
	pp->runqhead++;
	return gp;
}

/* malg allocates a g with a stack of n bytes. */
static g *malg(uintptr_t n)
{
	g *newg = mallocgc(sizeof(g), 0, true);
	newg->stack = stackalloc(n);
	newg->stackguard0 = newg->stack.lo + _StackGuard;
	newg->stackguard1 = newg->stackguard0;
	return newg;
}

/*
 * newproc creates a runnable goroutine that runs fn, a C function for now
 * (runtime_main); the go statement will pass a funcval. The new stack
 * holds goexit's address as fn's return address, so a goroutine that
 * returns ends in goexit; SP ≡ 8 (mod 16) at fn's entry as after a CALL.
 */
void newproc(void (*fn)(void))
{
	g *newg = malg(GOROUTINE_STACK_SIZE);
	uintptr_t sp = newg->stack.hi - 8;
	*(uintptr_t *)sp = (uintptr_t)goexit + 1;
	newg->sched.sp = sp;
	newg->sched.pc = (uintptr_t)fn;
	newg->sched.bp = 0;          /* ends the frame-pointer chain */
	newg->sched.g = newg;
	newg->stktopsp = sp;
	newg->startpc = (uintptr_t)fn;
	newg->gopc = 0;
	newg->goid = (int64_t)++sched.goidgen;
	newg->atomicstatus = _Grunnable;
	runqput(getg()->m->p, newg);
}

/* execute runs gp on the current m. Never returns. Runs on g0. */
static NORETURN void execute(g *gp)
{
	m *mp = getg()->m;
	mp->curg = gp;
	gp->m = mp;
	gp->atomicstatus = _Grunning;
	gogo(&gp->sched);
}

/* schedule finds a runnable goroutine and runs it. Never returns. Runs on g0. */
static NORETURN void schedule(void)
{
	g *gp = runqget(getg()->m->p);
	if (gp == 0)
		throw("schedule: no runnable goroutine (all goroutines are asleep - deadlock!)");
	execute(gp);
}

/*
 * mstart is the m's entry: on m0 it is called by rt0_go on g0's stack.
 * It gives the thread its signal stack; m0 also installs the signal
 * handlers (signal_linux_amd64.c), which every later thread shares.
 */
void mstart(void)
{
	m *mp = getg()->m;
	if (getg() != mp->g0)
		throw("bad runtime·mstart");
	minit();
	if (mp == &m0)
		initsig();
	schedule();
}

/* goexit1 is reached when a goroutine's function returns (asm goexit). */
void goexit1(void);
void goexit1(void)
{
	/* Only runtime_main runs as a goroutine, and it exits the process. */
	throw("goexit: goroutine exit not implemented yet");
}

/* badmorestackg0: the prologue check failed on g0's stack. */
void badmorestackg0(void);
void badmorestackg0(void)
{
	throw("morestack on g0");
}

/*
 * cpuinit calls internal/cpu.Initialize(GODEBUG's value) when the program
 * has package internal/cpu (a weak reference: 0 otherwise), before any
 * package is initialised, as gc's schedinit does: Initialize fills in
 * cpu.X86, which package variables such as math.useFMA read at their
 * initialisation (so math's Exp takes gc's FMA path on a CPU with FMA,
 * and its results stay gc's). Initialize reads only the cpu.* options
 * of GODEBUG ("cpu.fma=off"), as in gc. It is Go code, so it runs here on
 * the main goroutine rather than on g0.
 */
extern const uint8_t cpu_Initialize[] __asm__("\"internal/cpu.Initialize\"") /* quoted: a slash */ __attribute__((weak));

static void cpuinit(void)
{
	if (cpu_Initialize == 0)
		return;
	const char *env = "";
	for (char **e = envp; *e != 0; e++) {
		const char *v = *e, *k = "GODEBUG=";
		while (*k != 0 && *v == *k)
			v++, k++;
		if (*k == 0)
			env = v;
	}
	intgo n = 0;
	while (env[n] != 0)
		n++;
	gocall2((uintptr_t)cpu_Initialize, (uintptr_t)env, (uintptr_t)n);
}

/* runtime_main is the main goroutine (gc's runtime.main). */
void runtime_main(void);
void runtime_main(void)
{
	cpuinit();
	callgo(main_init);
	callgo(main_main);
	exit(0);
}

/*
 * entersyscall and exitsyscall bracket a system call that may block
 * (syscall.Syscall and Syscall6 call them, through the //go:linkname
 * pulls runtime.entersyscall and runtime.exitsyscall): gc hands the P to
 * another m meanwhile, so other goroutines run while this one waits in
 * the kernel. With one m and one goroutine there is nobody to hand it
 * to; what stays is the bookkeeping gc does, so the later scheduler
 * fills in the hand-off rather than the call sites: the goroutine is
 * _Gsyscall, with the PC and SP of its caller (syscall.Syscall) saved
 * for tracebacks. A raw system call (RawSyscall) calls neither.
 *
 * Reached through a trampoline (abi_amd64.S), whose frame record holds
 * the Go caller's return address; its SP after the call is 16 above it.
 */
void rt_entersyscall(void)
{
	g *gp = getg();
	uintptr_t *bp = __builtin_frame_address(0);
	uintptr_t *tramp = (uintptr_t *)bp[0];
	gp->syscallpc = tramp[1];
	gp->syscallsp = (uintptr_t)(tramp + 2);
	gp->atomicstatus = _Gsyscall;
}

void rt_exitsyscall(void)
{
	g *gp = getg();
	gp->syscallsp = 0;
	gp->atomicstatus = _Grunning;
}
