/*
 * panic.c — panics and fatal errors (gc's panic.go and error.go).
 *
 * Deferred calls: deferproc (called through its assembly entry, which
 * passes the deferring frame's SP, PC and BP) pushes a _defer record on
 * g._defer; deferreturn, at each return of a function that defers, runs
 * the records of its frame, innermost first. A function with open-coded
 * defers keeps them in its frame and runs them itself at its returns;
 * only panics and Goexit run them here (rundefer), found through the
 * function table.
 *
 * gopanic records the panic on the goroutine (g._panic) and runs the
 * deferred calls, innermost first, each through callclosure with the
 * panic's argp set to the call's argument pointer. gorecover(argp)
 * recovers only when argp is that pointer: recover called directly by
 * the deferred function. When a deferred call returns and the panic was
 * recovered, recovery_resume continues the deferring frame as if its
 * deferproc had returned 1: the compiled code then runs the frame's
 * remaining deferred calls (deferreturn) and returns normally. A panic
 * raised in a deferred call marks the panic that ran it aborted. If no
 * call recovers, fatalpanic prints the chain of panics as gc's
 * printpanics does ("panic: A [recovered]" then "\tpanic: B"), a blank
 * line, "goroutine N [running]:" and the traceback, and exits with
 * status 2. Run-time errors (index out of range, nil dereference, ...)
 * are panics whose value is a runtime error (error.c); like every panic
 * value with an Error or String method, they print as its result,
 * "runtime error: " and gc's message.
 *
 * throw is for the runtime's own invariants: "fatal error: " + a constant
 * string, the traceback, exit 2, without allocating (HACKING.md). A panic
 * allocates: its _defer records, and a heap copy of a run-time error's
 * value, which a recover may keep after the panicking frame is gone.
 */
#include "entry.h"

/*
 * escapes tells the compiler that the frame object at p is read by
 * someone it cannot see (the traceback, printing on g0). Without it gcc
 * deletes the stores to a local whose address only reaches a noreturn
 * call, since the caller's frame "ends" there.
 */
static inline void escapes(const void *p)
{
	__asm__ volatile("" : : "r"(p) : "memory");
}

/* The predeclared name of each basic kind: values of exactly these types print plainly. */
static const char *const basicName[] = {
	[kindBool] = "bool", [kindInt] = "int", [kindInt8] = "int8",
	[kindInt16] = "int16", [kindInt32] = "int32", [kindInt64] = "int64",
	[kindUint] = "uint", [kindUint8] = "uint8", [kindUint16] = "uint16",
	[kindUint32] = "uint32", [kindUint64] = "uint64", [kindUintptr] = "uintptr",
	[kindFloat32] = "float32", [kindFloat64] = "float64", [kindComplex64] = "complex64",
	[kindComplex128] = "complex128", [kindString] = "string",
};

/* printbasic prints the value at data of a bool, integer, float, complex or string kind. */
static void printbasic(uint8_t kind, const void *data)
{
	switch (kind) {
	case kindBool:    printbool(*(const bool *)data); break;
	case kindInt:
	case kindInt64:   printint(*(const int64_t *)data); break;
	case kindInt8:    printint(*(const int8_t *)data); break;
	case kindInt16:   printint(*(const int16_t *)data); break;
	case kindInt32:   printint(*(const int32_t *)data); break;
	case kindUint:
	case kindUint64:
	case kindUintptr: printuint(*(const uint64_t *)data); break;
	case kindUint8:   printuint(*(const uint8_t *)data); break;
	case kindUint16:  printuint(*(const uint16_t *)data); break;
	case kindUint32:  printuint(*(const uint32_t *)data); break;
	case kindFloat32: printfloat(*(const float *)data); break;
	case kindFloat64: printfloat(*(const double *)data); break;
	case kindComplex64:
		printcomplex(((const float *)data)[0], ((const float *)data)[1]);
		break;
	case kindComplex128:
		printcomplex(((const double *)data)[0], ((const double *)data)[1]);
		break;
	case kindString:  printstring(*(const String *)data); break;
	}
}

/*
 * printpanicval prints a panic value as gc 1.19's printany: nil as "nil";
 * bools, integers, floats and strings of the predeclared types plainly;
 * defined types of those kinds as T(v) or T("s") (complex ones as T(re im i): a
 * complex value brings its own parentheses); anything else as (T)
 * address (the data word). Values with an Error or String method were
 * replaced by its result before (preprintpanics).
 */
static void printpanicval(_type *t, void *data)
{
	if (t == 0) {
		printcstring("nil");
		return;
	}
	uint8_t kind = t->kind & kindMask;
	const char *name = kind < sizeof basicName / sizeof basicName[0] ? basicName[kind] : 0;
	if (name == 0) {
		printcstring("(");
		printcstring(t->str);
		printcstring(") ");
		printpointer(data);
		return;
	}
	if (streq(t->str, name)) {
		printbasic(kind, data);
		return;
	}
	printcstring(t->str);
	if (kind == kindComplex64 || kind == kindComplex128) {
		printbasic(kind, data);
		return;
	}
	printcstring(kind == kindString ? "(\"" : "(");
	printbasic(kind, data);
	printcstring(kind == kindString ? "\")" : ")");
}

/* printpanics prints the chain of panics, outermost first, as gc does
 * (a Goexit in the chain prints nothing). */
static void printpanics(_panic *p)
{
	if (p->link != 0) {
		printpanics(p->link);
		if (!p->link->goexit)
			printcstring("\t");
	}
	if (p->goexit)
		return;
	printcstring("panic: ");
	printpanicval(p->argtype, p->argdata);
	if (p->recovered)
		printcstring(" [recovered]");
	printcstring("\n");
}

/*
 * How much a fatal panic prints: gc's traceback setting, a level
 * shifted left by 2 with the flags "all goroutines" (2) and "crash" (1).
 * Level 0 prints no goroutine, 1 the panicking one, 2 and more would add
 * runtime frames, which hood's C runtime does not have. hood does not
 * read $GOTRACEBACK, so the environment's part is gc's default,
 * "single" (level 1), and "crash" does not abort with a core dump.
 */
enum { tracebackCrash = 1, tracebackAll = 2, tracebackShift = 2 };
static const uint32_t tracebackEnv = 1 << tracebackShift;
static uint32_t tracebackCache = 1 << tracebackShift;

/* runtime/debug.SetTraceback(level string), as gc's: "none", "single"
 * (or ""), "all", "system", "crash" or a number, which cannot go below
 * the environment's setting (its bits are or'ed in). */
void rt_debug_SetTraceback(String level)
{
	static const struct { const char *name; uint32_t t; } names[] = {
		{"none", 0},
		{"single", 1 << tracebackShift},
		{"", 1 << tracebackShift},
		{"all", 1 << tracebackShift | tracebackAll},
		{"system", 2 << tracebackShift | tracebackAll},
		{"crash", 2 << tracebackShift | tracebackAll | tracebackCrash},
	};
	uint32_t t = 0;
	bool named = false;
	for (size_t i = 0; i < sizeof names / sizeof names[0] && !named; i++) {
		intgo k = 0;
		while (k < level.len && names[i].name[k] == (char)level.str[k])
			k++;
		if (k == level.len && names[i].name[k] == 0) {
			t = names[i].t;
			named = true;
		}
	}
	if (!named) {
		/* a number; anything else is gc's failed atoi32: level 0 */
		uint32_t n = 0;
		for (intgo k = 0; k < level.len; k++) {
			if (level.str[k] < '0' || level.str[k] > '9' || n > 100000000) {
				n = 0;
				break;
			}
			n = n * 10 + (uint32_t)(level.str[k] - '0');
		}
		t = n << tracebackShift | tracebackAll;
	}
	tracebackCache = t | tracebackEnv;
}

/* dopanic_m prints the goroutine header and its traceback, and the other
 * goroutines' at level "all". Runs on g0. */
static void dopanic_m(g *gp)
{
	if (tracebackCache >> tracebackShift == 0)
		return;
	printcstring("\n");
	goroutineheader(gp);
	traceback(0, 0, gp->sched.bp, gp);
	if (tracebackCache & tracebackAll)
		tracebackothers(gp);
}

/*
 * preprintpanics replaces each panic value that is an error or a
 * Stringer by the result of its Error or String method (an error
 * first), as gc's does, so that printing needs no Go code. Runs on the
 * goroutine's stack, before fatalpanic switches to g0: the methods are
 * Go code.
 */
static void preprintpanics(_panic *p)
{
	for (; p != 0; p = p->link) {
		if (p->argtype == 0 || uncommon(p->argtype) == 0)
			continue;
		String s;
		if (!callStringMethod(p->argtype, p->argdata, "Error", &s) &&
		    !callStringMethod(p->argtype, p->argdata, "String", &s))
			continue;
		String *box = mallocgc(sizeof *box, &stringType, false);
		*box = s;
		p->argtype = &stringType;
		p->argdata = box;
	}
}

/*
 * fatalpanic_m prints the panics of m.curg and exits 2.
 * Must not allocate. Runs on g0 (through systemstack).
 */
static void fatalpanic_m(void)
{
	g *gp = getg()->m->curg;
	printlock();
	printpanics(gp->_panic);
	printsignal(gp);
	dopanic_m(gp);
	exit(2);
}

void fatalpanic(void)
{
	preprintpanics(getg()->_panic);
	systemstack(fatalpanic_m);
	exit(2);
}

/* Returns a finished record to the p's pool, as gc's freedefer does: a
 * defer in a loop then allocates once. */
static void freedefer(_defer *d)
{
	p *pp = getg()->m->p;
	d->link = pp->deferpool;
	pp->deferpool = d;
}

/* Runs d's call; a nil func value panics as a call of it would. */
static void calldefer(_defer *d, uintptr_t *argp)
{
	if (d->fn == 0)
		rt_panicmem();
	callclosure(d->fn, argp);
}

/* A cleared record, from the p's pool if it has one. */
static _defer *newdefer(void)
{
	p *pp = getg()->m->p;
	_defer *d = pp->deferpool;
	if (d == 0)
		return mallocgc(sizeof *d, 0, true);
	pp->deferpool = d->link;
	*d = (_defer){0};
	return d;
}

/* deferproc's C half: fn is deferred in the frame whose SP after the
 * call is sp (the assembly entry returns 0 to it). */
void rt_deferproc(funcval *fn, uintptr_t pc, uintptr_t sp, uintptr_t bp)
{
	g *gp = getg();
	_defer *d = newdefer();
	d->fn = fn;
	d->pc = pc;
	d->sp = sp;
	d->bp = bp;
	d->link = gp->_defer;
	gp->_defer = d;
}

/* deferreturn's C half: runs the deferred calls of the frame whose SP is
 * sp, innermost first. A call may defer more in its own frame; those
 * are run by its own deferreturn, so each record is unlinked before its
 * call. */
void rt_deferreturn(uintptr_t sp)
{
	g *gp = getg();
	for (;;) {
		_defer *d = gp->_defer;
		if (d == 0 || d->sp != sp)
			return;
		gp->_defer = d->link;
		funcval *fn = d->fn;
		freedefer(d);
		if (fn == 0)
			rt_panicmem();
		callclosure(fn, 0);
	}
}

/* recover(): the panic value, if the caller (whose argument pointer is
 * argp) is a deferred function that a panic called directly, or through
 * wrappers only (a deferred call with arguments, a method wrapper), and
 * the panic is not recovered yet; else nil. */
eface rt_gorecover(uintptr_t argp)
{
	_panic *p = getg()->_panic;
	if (p != 0 && !p->goexit && !p->recovered && p->argp != 0 && calledthroughwrappers(argp, p->argp)) {
		p->recovered = true;
		return (eface){p->argtype, p->argdata};
	}
	return (eface){0, 0};
}

/* A frame whose function has open-coded defers (funcopendefer). */
typedef struct openframe {
	uintptr_t sp, bp, resume;
	const opendeferinfo *od;
	uint8_t *bits;           /* its deferBits byte */
} openframe;

/*
 * findopenframe finds the innermost frame above the caller's with
 * open-coded defers still to run (a deferBits bit set), walking the
 * frame records from bp: a frame record is [the caller's BP, the return
 * address into the caller].
 */
static bool findopenframe(g *gp, uintptr_t bp, openframe *fr)
{
	while (bp >= gp->stack.lo && bp + 16 <= gp->stack.hi) {
		uintptr_t callerbp = ((uintptr_t *)bp)[0], pc = ((uintptr_t *)bp)[1];
		const functab *f = findfunc(pc - 1);
		fr->od = f != 0 ? funcopendefer(f, callerbp, &fr->sp, &fr->resume) : 0;
		if (fr->od != 0 && *(fr->bits = (uint8_t *)(fr->sp + fr->od->bits)) != 0) {
			fr->bp = callerbp;
			return true;
		}
		bp = callerbp;
	}
	return false;
}

/*
 * opencall makes the record of fr's next call, its highest set bit's
 * (the last defer run first), and clears the bit in the frame, as the
 * compiled code does before each call, so that the call runs once. A
 * recovery resumes the frame at its resume point (record.pc).
 */
static _defer *opencall(const openframe *fr)
{
	int i = 7;
	while ((*fr->bits & (1 << i)) == 0)
		i--;
	*fr->bits &= (uint8_t)~(1 << i);
	_defer *d = newdefer();
	d->fn = *(funcval **)(fr->sp + fr->od->slots[i]);
	d->sp = fr->sp;
	d->bp = fr->bp;
	d->pc = fr->resume;
	return d;
}

/*
 * rundefer runs gp's innermost deferred call on behalf of p, a panic or
 * a Goexit, and returns its record, unlinked but not freed yet; 0 when
 * none is left. The innermost call is either the first record's, or an
 * open-coded defer of a frame below (inner to) that record's: such a
 * call runs under a record made for it (opencall) and pushed as the
 * first, so that a panic in it finds the record started, as for any
 * deferred call. A record whose call an earlier panic started has
 * panicked (we are in that panic, or in a Goexit it reached): that
 * panic will not resume, and the record is dropped.
 */
static NOINLINE _defer *rundefer(g *gp, _panic *p)
{
	for (;;) {
		_defer *d = gp->_defer;
		openframe fr;
		if (findopenframe(gp, (uintptr_t)__builtin_frame_address(0), &fr) && (d == 0 || fr.sp < d->sp)) {
			_defer *od = opencall(&fr);
			od->link = d;
			gp->_defer = d = od;
		}
		if (d == 0)
			return 0;
		if (d->started) {
			if (d->_panic != 0)
				d->_panic->aborted = true;
			gp->_defer = d->link;
			freedefer(d);
			continue;
		}
		d->started = true;
		d->_panic = p;
		calldefer(d, &p->argp);
		if (gp->_defer != d)
			throw("bad defer entry in panic");
		gp->_defer = d->link;
		return d;
	}
}

/*
 * gopanic starts panicking with value e on the current goroutine and
 * runs the deferred calls. The _panic record lives in this frame, which
 * returns only by recovery_resume (recovered) or never (fatal).
 */
NOINLINE void rt_gopanic(eface e)
{
	g *gp = getg();
	if (gp->m->curg != gp)
		throw("panic on system stack");
	_panic p = {.argtype = e._type, .argdata = e.data, .link = gp->_panic};
	gp->_panic = &p;
	escapes(&p);
	for (;;) {
		_defer *d = rundefer(gp, &p);
		if (d == 0)
			break;
		uintptr_t sp = d->sp, bp = d->bp, pc = d->pc;
		freedefer(d);
		if (p.recovered) {
			gp->_panic = p.link;
			/* A panic of a call a Goexit deferred, recovered: the
			 * Goexit goes on (gc's rule), not the recovering frame. */
			if (gp->_panic != 0 && gp->_panic->goexit && gp->_panic->aborted)
				__builtin_longjmp(gp->_panic->resume, 1);
			while (gp->_panic != 0 && gp->_panic->aborted)
				gp->_panic = gp->_panic->link;
			if (gp->_panic == 0)
				gp->sig = 0;   /* the fault, if any, is handled */
			recovery_resume(sp, bp, pc);
		}
		p.argp = 0;
	}
	fatalpanic();
}

/*
 * runtime.Goexit ends the calling goroutine after running all its
 * deferred calls, innermost first, as a panic would, except that
 * nothing can recover it: the _panic record marks a Goexit, for which
 * recover returns nil. Other goroutines go on; Goexit in the main
 * goroutine ends it without ending the program, which then goes on
 * until the others are done (checkdead's "no goroutines (main called
 * runtime.Goexit)"). When a deferred call panics and a later deferred
 * call recovers, the Goexit goes on from here (gopanic jumps back to
 * p.resume, dropping the frames of the panic) instead of resuming the
 * recovering frame, as gc's does: nothing stops a Goexit.
 */
void rt_Goexit(void)
{
	_panic p = {.goexit = true, .link = getg()->_panic};
	getg()->_panic = &p;
	escapes(&p);
	__builtin_setjmp(p.resume);
	g *gp = getg();
	_defer *d;
	while ((d = rundefer(gp, &p)) != 0)
		freedefer(d);
	gp->_panic = p.link;
	goexit1();
}

/*
 * fatalthrow prints "fatal error: " + s, the signal that led here if
 * any, and m.curg's traceback, and exits 2. kind is a throwType: a
 * runtime throw also prints each frame's fp, sp and pc, as gc's does.
 * Must not allocate. Runs on any stack.
 */
static NORETURN void fatalthrow(int32_t kind, const char *s)
{
	g *self = getg();
	m *mp = self->m;
	printlock();
	printcstring("fatal error: ");
	printcstring(s);
	printcstring("\n");
	if (mp->throwing == throwTypeNone)
		mp->throwing = kind;
	if (mp->dying++ == 0) {
		printsignal(self);
		g *gp = mp->curg;
		if (gp != 0) {
			/* On g0, gp stopped in systemstack, which saved its frame pointer. */
			uintptr_t bp = self == gp ? (uintptr_t)__builtin_frame_address(0) : gp->sched.bp;
			printcstring("\n");
			goroutineheader(gp);
			traceback(0, 0, bp, gp);
		}
		/* A fatal error shows every goroutine (gc's gotraceback: "all"
		 * once the m throws); a deadlock is found on g0, with no
		 * current goroutine. */
		tracebackothers(gp);
	}
	exit(2);
}

/*
 * throw reports a broken runtime invariant and exits 2. s must be a
 * constant string. Must not allocate. Runs on any stack.
 */
void throw(const char *s)
{
	fatalthrow(throwTypeRuntime, s);
}

/*
 * fatal reports a fatal error the program caused ("concurrent map
 * writes"): as throw, without the frames' addresses (gc's fatal).
 */
void fatal(const char *s)
{
	fatalthrow(throwTypeUser, s);
}
