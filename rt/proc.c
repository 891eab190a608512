/*
 * proc.c — the scheduler (gc's proc.go, "Go under the hood" ch. 6):
 * boot (args, osinit, schedinit), goroutine creation (newproc), the
 * loop mstart → schedule → execute → gogo that runs goroutines on an m,
 * and the ways a goroutine stops running: gopark (blocked, until
 * goready), Gosched (yields), goexit (ends).
 *
 * hood has one m (m0, the initial thread) with one p and no preemption:
 * a goroutine runs until it blocks, yields or exits, and then schedule
 * picks the next runnable one: pp.runnext (the g most recently made or
 * readied), pp's local queue, the global queue, in gc's order. When none
 * is runnable every goroutine waits for another: checkdead reports gc's
 * deadlock error. The switch away from a goroutine is mcall
 * (asm_amd64.S), which saves it in g.sched and runs a function on g0;
 * the switch to one is gogo.
 *
 * With several m's: runqput/runqget become gc's lock-free ring with
 * work stealing, the global queue and allgs get sched.lock and
 * allglock, an m with nothing to run sleeps (stopm) instead of
 * declaring a deadlock, and checkdead counts running m's and pending
 * timers first. gopark/goready and the channel code need no change:
 * they already hold the locks gc holds.
 *
 * Boot (rt0_linux_amd64.S → here): g0 runs on the OS stack;
 * newproc(&mainPC) queues the main goroutine on allp[0]; mstart
 * installs the signal handlers and calls schedule, which gogo's into
 * it. runtime_main runs main.init then main.main, then exits with
 * status 0.
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

static void runqput(p *pp, g *gp, bool next);

/* ---- Goroutines: allgs, creation, free lists ---- */

/* allgadd appends a new g to allgs, where it stays for good (gc never
 * frees a g: dead ones are reused through p.gFree). */
static void allgadd(g *gp)
{
	if (sched.allgsTail != 0)
		sched.allgsTail->alllink = gp;
	else
		sched.allgs = gp;
	sched.allgsTail = gp;
}

/* malg allocates a g with a stack of n bytes. */
static g *malg(uintptr_t n)
{
	g *newg = mallocgc(sizeof(g), 0, true);
	newg->stack = stackalloc(n);
	newg->stackguard0 = stackguard(newg);
	newg->stackguard1 = newg->stackguard0;
	return newg;
}

/* gfput puts a dead g on pp's free list, stack and all (LIFO, as gc's). */
static void gfput(p *pp, g *gp)
{
	if (gp->atomicstatus != _Gdead)
		throw("gfput: bad status (not Gdead)");
	gp->schedlink = pp->gFree;
	pp->gFree = gp;
}

/* gfget takes a dead g from pp's free list, or returns 0. */
static g *gfget(p *pp)
{
	g *gp = pp->gFree;
	if (gp == 0)
		return 0;
	pp->gFree = gp->schedlink;
	gp->schedlink = 0;
	return gp;
}

/*
 * gc's runtime makes three goroutines of its own before main.init runs
 * (the forcegc helper, the background sweeper and the scavenger), which
 * take ids 2, 3 and 4. hood has none of them yet but skips their ids, so
 * that the program's goroutines get gc's numbers in tracebacks
 * ("goroutine 5 [chan send]:").
 */
#define GC_SYSTEM_GOROUTINES 3

/*
 * newproc1 makes a runnable goroutine that calls the func() fn, with
 * callerpc the PC after the go statement (0 for the main goroutine),
 * and puts it in runnext: it runs as soon as the creator blocks, as in
 * gc. The new stack holds goexit's address as fn's return address, so
 * a goroutine that returns ends in goexit; SP ≡ 8 (mod 16) at fn's entry
 * as after a CALL; BP = 0 ends the frame-pointer chain for tracebacks.
 * fn is reached as gc's funcvals are: gogo loads the closure into DX
 * (g.sched.ctxt) and jumps to its first word.
 */
static void newproc1(funcval *fn, uintptr_t callerpc)
{
	if (fn == 0)
		fatal("go of nil func value");
	p *pp = getg()->m->p;
	g *newg = gfget(pp);
	if (newg == 0) {
		newg = malg(GOROUTINE_STACK_SIZE);
		newg->atomicstatus = _Gdead;   /* not _Gidle: allgs may list it now */
		allgadd(newg);
	}
	uintptr_t sp = newg->stack.hi - 8;
	*(uintptr_t *)sp = (uintptr_t)goexit + 1;
	newg->sched = (gobuf){.sp = sp, .pc = fn->fn, .g = newg, .ctxt = (uintptr_t)fn, .bp = 0};
	newg->stktopsp = sp;
	newg->startpc = fn->fn;
	newg->gopc = callerpc;
	newg->waitreason = waitReasonZero;
	if (sched.goidgen == 1)
		sched.goidgen += GC_SYSTEM_GOROUTINES;
	newg->goid = (int64_t)++sched.goidgen;
	newg->atomicstatus = _Grunnable;
	runqput(pp, newg, true);
}

/* newproc starts a goroutine that calls fn; rt0_go starts the main
 * goroutine this way (mainPC). Runs on g0 or on a goroutine. */
void newproc(funcval *fn)
{
	newproc1(fn, 0);
}

/*
 * The go statement (runtime.def): `go f(x)` hands the runtime a func()
 * closure, made as for defer (compiler/ssagen/defer.c). The go
 * statement's PC, for the traceback's "created by" line, is the return
 * address of the trampoline that called this: its frame record is the
 * next in the frame-pointer chain.
 */
void rt_newproc(funcval *fn)
{
	uintptr_t *tramp = *(uintptr_t **)__builtin_frame_address(0);
	newproc1(fn, tramp[1]);
}

/* gcount is the number of goroutines that exist (gc leaves out its
 * system goroutines; hood has none). */
static intgo gcount(void)
{
	intgo n = 0;
	for (g *gp = sched.allgs; gp != 0; gp = gp->alllink)
		if (gp->atomicstatus != _Gdead && gp->atomicstatus != _Gidle)
			n++;
	return n;
}

intgo rt_NumGoroutine(void)
{
	return gcount();
}

/* ---- Run queues ---- */

/* globrunqput puts gp at the tail of the global run queue. */
static void globrunqput(g *gp)
{
	gp->schedlink = 0;
	if (sched.runq.tail != 0)
		sched.runq.tail->schedlink = gp;
	else
		sched.runq.head = gp;
	sched.runq.tail = gp;
	sched.runqsize++;
}

static g *globrunqpop(void)
{
	g *gp = sched.runq.head;
	sched.runq.head = gp->schedlink;
	if (sched.runq.head == 0)
		sched.runq.tail = 0;
	gp->schedlink = 0;
	sched.runqsize--;
	return gp;
}

/* runqputslow moves half of pp's full local queue, and gp, to the
 * global queue (gc's: a fair share for the other p's). */
static void runqputslow(p *pp, g *gp)
{
	for (uint32_t n = 0; n < P_RUNQ_SIZE / 2; n++)
		globrunqput(pp->runq[pp->runqhead++ % P_RUNQ_SIZE]);
	globrunqput(gp);
}

/*
 * runqput puts gp on pp's local run queue: with next, into pp.runnext,
 * moving the g that was there to the tail (a g just readied runs next,
 * gc's rule: it inherits the time slice of the g that readied it, so a
 * pair of goroutines passing values runs as one); else at the tail.
 */
static void runqput(p *pp, g *gp, bool next)
{
	if (next) {
		g *old = pp->runnext;
		pp->runnext = gp;
		if (old == 0)
			return;
		gp = old;
	}
	if (pp->runqtail - pp->runqhead < P_RUNQ_SIZE) {
		pp->runq[pp->runqtail % P_RUNQ_SIZE] = gp;
		pp->runqtail++;
		return;
	}
	runqputslow(pp, gp);
}

/* runqget takes the next g of pp's local queue: runnext first, which
 * inherits the current time slice (*inheritTime). */
static g *runqget(p *pp, bool *inheritTime)
{
	g *gp = pp->runnext;
	if (gp != 0) {
		pp->runnext = 0;
		*inheritTime = true;
		return gp;
	}
	*inheritTime = false;
	if (pp->runqhead == pp->runqtail)
		return 0;
	gp = pp->runq[pp->runqhead % P_RUNQ_SIZE];
	pp->runqhead++;
	return gp;
}

/* globrunqget takes a batch from the global queue: one g to run, and up
 * to max-1 more (max 0: a fair share, at most half pp's queue) onto pp's
 * local queue. */
static g *globrunqget(p *pp, int32_t max)
{
	if (sched.runqsize == 0)
		return 0;
	int32_t n = sched.runqsize / gomaxprocs + 1;
	if (n > sched.runqsize)
		n = sched.runqsize;
	if (max > 0 && n > max)
		n = max;
	if (n > P_RUNQ_SIZE / 2)
		n = P_RUNQ_SIZE / 2;
	g *gp = globrunqpop();
	while (--n > 0)
		runqput(pp, globrunqpop(), false);
	return gp;
}

/* ---- The scheduler loop ---- */

/*
 * execute runs gp on the current m. inheritTime: gp continues the
 * current time slice rather than starting one (pp.schedtick, which
 * also decides when the global queue gets its turn). Never returns.
 * Runs on g0.
 */
static NORETURN void execute(g *gp, bool inheritTime)
{
	m *mp = getg()->m;
	mp->curg = gp;
	gp->m = mp;
	gp->atomicstatus = _Grunning;
	gp->waitsince = 0;
	gp->preempt = false;
	gp->stackguard0 = stackguard(gp);
	if (!inheritTime)
		mp->p->schedtick++;
	gogo(&gp->sched);
}

/*
 * checkdead is called when no goroutine can run (gc's checkdead, less
 * what one m without timers or network poller cannot have: other m's
 * running, sleeping goroutines to wake). Every goroutine left is
 * waiting for another, so none will ever run: a deadlock. Runs on g0.
 */
static NORETURN void checkdead(void)
{
	intgo waiting = 0;
	for (g *gp = sched.allgs; gp != 0; gp = gp->alllink) {
		switch (gp->atomicstatus) {
		case _Gwaiting:
			waiting++;
			break;
		case _Grunnable:
		case _Grunning:
		case _Gsyscall:
			printcstring("runtime: checkdead: find g ");
			printint(gp->goid);
			printcstring(" in status ");
			printuint(gp->atomicstatus);
			printnl();
			throw("checkdead: runnable g");
		}
	}
	/* Nobody waits either: main ended with Goexit, and so did the rest. */
	if (waiting == 0)
		fatal("no goroutines (main called runtime.Goexit) - deadlock!");
	fatal("all goroutines are asleep - deadlock!");
}

/*
 * findrunnable is where gc's m looks everywhere for work before it
 * sleeps: the local and global queues, timers, the network poller, and
 * other p's queues to steal from. One m with one p has only the two
 * queues; finding nothing there is a deadlock (checkdead). Runs on g0.
 */
static g *findrunnable(bool *inheritTime)
{
	p *pp = getg()->m->p;
	g *gp = runqget(pp, inheritTime);
	if (gp != 0)
		return gp;
	*inheritTime = false;
	gp = globrunqget(pp, 0);
	if (gp != 0)
		return gp;
	checkdead();
}

/*
 * schedule runs one round of the scheduler: it finds a runnable
 * goroutine and executes it. Every 61st time slice the global queue
 * goes first, so goroutines there (Gosched's) are not starved by a
 * local queue that never empties (gc's fairness rule). Never returns.
 * Runs on g0.
 */
static NORETURN void schedule(void)
{
	m *mp = getg()->m;
	if (mp->locks != 0)
		throw("schedule: holding locks");
	p *pp = mp->p;
	g *gp = 0;
	bool inheritTime = false;
	if (pp->schedtick % 61 == 0 && sched.runqsize > 0)
		gp = globrunqget(pp, 1);
	if (gp == 0)
		gp = runqget(pp, &inheritTime);
	if (gp == 0)
		gp = findrunnable(&inheritTime);
	execute(gp, inheritTime);
}

/* dropg detaches the m's current g (after its status left _Grunning). */
static void dropg(void)
{
	m *mp = getg()->m;
	mp->curg->m = 0;
	mp->curg = 0;
}

/* ---- Parking and readying ---- */

/* park_m finishes gopark on g0: gp is parked (_Gwaiting) before the
 * lock the caller holds is released, so a waker that takes that lock
 * always finds gp parked. If the unlock function says not to park after
 * all, gp runs on at once. */
static void park_m(g *gp)
{
	m *mp = getg()->m;
	gp->atomicstatus = _Gwaiting;
	dropg();
	if (mp->waitunlockf != 0) {
		bool ok = mp->waitunlockf(gp, mp->waitlock);
		mp->waitunlockf = 0;
		mp->waitlock = 0;
		if (!ok) {
			gp->atomicstatus = _Grunnable;
			execute(gp, true);
		}
	}
	schedule();
}

/*
 * gopark puts the current goroutine to sleep until goready(gp), with
 * reason shown in tracebacks. If unlockf is not 0 it is called on g0
 * once the g is parked, with lock: that is how a channel's lock is held
 * until the g is safely on its wait list and parked (chanparkcommit);
 * if it returns false the g goes on running. Runs on the goroutine.
 */
void gopark(bool (*unlockf)(g *, void *), void *lock, uint8_t reason)
{
	m *mp = acquirem();
	g *gp = mp->curg;
	if (gp->atomicstatus != _Grunning)
		throw("gopark: bad g status");
	mp->waitlock = lock;
	mp->waitunlockf = unlockf;
	gp->waitreason = reason;
	releasem(mp);
	mcall(park_m);
}

static bool parkunlock_c(g *gp, void *lock)
{
	(void)gp;
	unlock(lock);
	return true;
}

/* goparkunlock parks the goroutine and unlocks lock once it is parked. */
void goparkunlock(mutex *lock, uint8_t reason)
{
	gopark(parkunlock_c, lock, reason);
}

/* goready makes the parked gp runnable; it runs next (runnext), once
 * the current goroutine blocks or yields. */
void goready(g *gp)
{
	if (gp->atomicstatus != _Gwaiting)
		throw("bad g->status in ready");
	gp->atomicstatus = _Grunnable;
	gp->waitreason = waitReasonZero;
	runqput(getg()->m->p, gp, true);
}

/* gosched_m: the yielding g goes to the back of the global queue (gc's
 * Gosched), behind everything runnable. Runs on g0. */
static void gosched_m(g *gp)
{
	gp->atomicstatus = _Grunnable;
	dropg();
	globrunqput(gp);
	schedule();
}

/* runtime.Gosched: let the other runnable goroutines run first. */
void rt_Gosched(void)
{
	mcall(gosched_m);
}

/* goyield_m: as gosched_m, but to the tail of the p's own queue (gc's
 * goyield, after a semaphore handoff: the waiter in runnext goes next,
 * and the yielding g soon after). Runs on g0. */
static void goyield_m(g *gp)
{
	gp->atomicstatus = _Grunnable;
	dropg();
	runqput(getg()->m->p, gp, false);
	schedule();
}

void goyield(void)
{
	mcall(goyield_m);
}

/* ---- Exiting ---- */

/* goexit0 frees the g that finished (its stack is kept for the next
 * goroutine, gfput) and schedules another. Runs on g0. */
static void goexit0(g *gp)
{
	gp->atomicstatus = _Gdead;
	gp->m = 0;
	gp->_defer = 0;
	gp->_panic = 0;
	gp->waitreason = waitReasonZero;
	gp->param = 0;
	gp->waiting = 0;
	gp->sig = 0;
	gp->gopc = 0;
	gp->startpc = 0;
	dropg();
	gfput(getg()->m->p, gp);
	schedule();
}

/* goexit1 ends the current goroutine: reached when its function
 * returns (asm goexit) or from runtime.Goexit (panic.c). */
void goexit1(void)
{
	mcall(goexit0);
	throw("goexit1: a dead goroutine was resumed");
}

/* badmcall: mcall from g0, which has no goroutine to save. */
void badmcall(void);
void badmcall(void)
{
	throw("runtime: mcall called on m->g0 stack");
}

/* badmcall2: the function mcall called returned. */
void badmcall2(void);
void badmcall2(void)
{
	throw("runtime: mcall function returned");
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

/* ---- sudogs ---- */

/* acquireSudog takes a clean sudog from the p's cache or the heap. */
sudog *acquireSudog(void)
{
	m *mp = acquirem();
	p *pp = mp->p;
	sudog *s = pp->sudogcache;
	if (s != 0)
		pp->sudogcache = s->next;
	else
		s = mallocgc(sizeof *s, 0, true);
	s->next = 0;
	releasem(mp);
	return s;
}

/* releaseSudog returns s, which must be off every list, to the cache. */
void releaseSudog(sudog *s)
{
	if (s->elem != 0)
		throw("runtime: sudog with non-nil elem");
	if (s->isSelect)
		throw("runtime: sudog with non-false isSelect");
	if (s->next != 0)
		throw("runtime: sudog with non-nil next");
	if (s->prev != 0)
		throw("runtime: sudog with non-nil prev");
	if (s->waitlink != 0)
		throw("runtime: sudog with non-nil waitlink");
	if (s->c != 0)
		throw("runtime: sudog with non-nil c");
	m *mp = acquirem();
	s->g = 0;
	s->ticket = 0;
	s->success = false;
	s->next = mp->p->sudogcache;
	mp->p->sudogcache = s;
	releasem(mp);
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

/*
 * runtime_main is the main goroutine (gc's runtime.main): the program
 * ends when main.main returns, whatever other goroutines are doing.
 */
static void runtime_main(void)
{
	cpuinit();
	callgo(main_init);
	callgo(main_main);
	exit(0);
}

/* The main goroutine's func value, which rt0_go passes to newproc. */
funcval mainPC = {(uintptr_t)runtime_main};

/*
 * entersyscall and exitsyscall bracket a system call that may block
 * (syscall.Syscall and Syscall6 call them, through the //go:linkname
 * pulls runtime.entersyscall and runtime.exitsyscall): gc hands the P to
 * another m meanwhile, so other goroutines run while this one waits in
 * the kernel. With one m there is no other m to hand it to (the other
 * goroutines wait until the call returns); what stays is the
 * bookkeeping gc does, so the later scheduler
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
