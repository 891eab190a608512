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

/* gc's maxstacksize on 64-bit systems, for the message. */
#define maxstacksize 1000000000

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
