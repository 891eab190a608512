/*
 * stack.c — goroutine stacks: stackalloc maps them and newstack is where
 * runtime.morestack lands when a prologue finds SP below stackguard0.
 *
 * Stacks are fixed for now (proc.c sizes them at 1 GiB, lazily
 * committed), so newstack can only report the overflow as gc does when a
 * stack would grow past maxstacksize. With the copier (docs/design.md)
 * newstack will allocate a stack twice the size, copy the frames, adjust
 * pointers into the stack, and gogo back into the function's prologue.
 */
#include "entry.h"

/* gc's maxstacksize: 10^9 bytes on 64-bit systems, or what
 * runtime/debug.SetMaxStack set. */
static intgo maxstacksize = 1000000000;

/*
 * stackguard is where gp's prologues call morestack: _StackGuard above
 * the stack's low end, or, when maxstacksize is less than the stack,
 * where the frames would pass maxstacksize bytes (gc refuses to grow a
 * stack past it; hood's stacks do not grow, so the guard stops there).
 */
uintptr_t stackguard(g *gp)
{
	uintptr_t lo = gp->stack.lo;
	if (maxstacksize >= 0 && gp->stack.hi - lo > (uintptr_t)maxstacksize)
		lo = gp->stack.hi - (uintptr_t)maxstacksize;
	return lo + _StackGuard;
}

/* runtime/debug.setMaxStack(n): the previous limit; the calling
 * goroutine's guard moves now, the others' when they next run. */
intgo rt_debug_setMaxStack(intgo n)
{
	intgo prev = maxstacksize;
	g *gp = getg();
	maxstacksize = n;
	gp->stackguard0 = stackguard(gp);
	return prev;
}

/* stackalloc reserves an n-byte stack; pages are committed on first touch. */
stack stackalloc(uintptr_t n)
{
	void *v = sysMmap(0, n, _PROT_READ | _PROT_WRITE,
			  _MAP_PRIVATE | _MAP_ANON | _MAP_NORESERVE, -1, 0);
	if (_MAP_FAILED(v))
		throw("runtime: cannot allocate goroutine stack");
	return (stack){(uintptr_t)v, (uintptr_t)v + n};
}

/*
 * newstack is called by runtime.morestack on g0 with m->curg's context
 * in curg->sched. Must not allocate. Runs on g0.
 */
void newstack(void)
{
	m *mp = getg()->m;
	g *gp = mp->curg;

	if (getg() != mp->g0)
		throw("runtime: newstack not on g0");
	printlock();
	mp->throwing = throwTypeRuntime;
	printcstring("runtime: goroutine stack exceeds ");
	printint(maxstacksize);
	printcstring("-byte limit\n");
	printcstring("runtime: sp=");
	printhex(gp->sched.sp);
	printcstring(" stack=[");
	printhex(gp->stack.lo);
	printcstring(", ");
	printhex(gp->stack.hi);
	printcstring("]\n");
	/*
	 * throw("stack overflow"), except that the traceback starts in the
	 * function whose prologue failed: it has not pushed its frame
	 * pointer, so its PC and return address come from g.sched.
	 */
	printcstring("fatal error: stack overflow\n\n");
	goroutineheader(gp);
	traceback(gp->sched.pc, gp->sched.sp, gp->sched.bp, gp);
	exit(2);
}
