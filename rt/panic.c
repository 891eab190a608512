/*
 * panic.c — panics and fatal errors (gc's panic.go and error.go).
 *
 * Deferred calls: deferproc (called through its assembly entry, which
 * passes the deferring frame's SP, PC and BP) pushes a _defer record on
 * g._defer; deferreturn, at each return of a function that defers, runs
 * the records of its frame, innermost first.
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
 * are panics whose value is a runtime error; they print
 * "panic: runtime error: " and gc's message.
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

/*
 * Run-time error values. gc's are Go types with an Error method
 * (runtime.boundsError, runtime.errorString); hood represents them with
 * two private type descriptors that printpanicval recognises.
 */
typedef enum boundsErrorCode {
	boundsIndex,      /* s[x], 0 <= x < len(s) failed */
	boundsSliceAlen,  /* s[?:x], 0 <= x <= len(s) failed */
	boundsSliceAcap,  /* s[?:x], 0 <= x <= cap(s) failed */
	boundsSliceB,     /* s[x:y], 0 <= x <= y failed (but boundsSliceA didn't happen) */
	boundsSlice3Alen, /* s[?:?:x], 0 <= x <= len(s) failed */
	boundsSlice3Acap, /* s[?:?:x], 0 <= x <= cap(s) failed */
	boundsSlice3B,    /* s[?:x:y], 0 <= x <= y failed */
	boundsSlice3C,    /* s[x:y:?], 0 <= x <= y failed */
	boundsConvert,    /* (*[x]T)(s), 0 <= x <= len(s) failed */
} boundsErrorCode;

typedef struct boundsError {
	int64_t x;
	int64_t y;
	bool signed_;    /* x is signed (negative x gets the short message) */
	uint8_t code;
} boundsError;

/* gc's messages (runtime/error.go): %x is x, %y is y. */
static const char *const boundsErrorFmt[] = {
	[boundsIndex] = "index out of range [%x] with length %y",
	[boundsSliceAlen] = "slice bounds out of range [:%x] with length %y",
	[boundsSliceAcap] = "slice bounds out of range [:%x] with capacity %y",
	[boundsSliceB] = "slice bounds out of range [%x:%y]",
	[boundsSlice3Alen] = "slice bounds out of range [::%x] with length %y",
	[boundsSlice3Acap] = "slice bounds out of range [::%x] with capacity %y",
	[boundsSlice3B] = "slice bounds out of range [:%x:%y]",
	[boundsSlice3C] = "slice bounds out of range [%x:%y:]",
	[boundsConvert] = "cannot convert slice with length %y to pointer to array with length %x",
};

/* The same when x is negative: y is then not worth reporting. */
static const char *const boundsNegErrorFmt[] = {
	[boundsIndex] = "index out of range [%x]",
	[boundsSliceAlen] = "slice bounds out of range [:%x]",
	[boundsSliceAcap] = "slice bounds out of range [:%x]",
	[boundsSliceB] = "slice bounds out of range [%x:]",
	[boundsSlice3Alen] = "slice bounds out of range [::%x]",
	[boundsSlice3Acap] = "slice bounds out of range [::%x]",
	[boundsSlice3B] = "slice bounds out of range [:%x:]",
	[boundsSlice3C] = "slice bounds out of range [%x:%y:]",
	[boundsConvert] = "cannot convert slice with length %y to pointer to array with length %x",
};

static _type boundsErrorType = {
	.size = sizeof(boundsError), .kind = kindStruct, .tflag = tflagNamed,
	.align = 8, .fieldAlign = 8, .str = "runtime.boundsError",
};

/* errorString values point at a NUL-terminated constant message. */
static _type errorStringType = {
	.size = sizeof(char *), .kind = kindString, .tflag = tflagNamed,
	.align = 8, .fieldAlign = 8, .str = "runtime.errorString",
};

/*
 * plainError values are run-time errors printed without the "runtime
 * error: " prefix (gc's plainError: "assignment to entry in nil map");
 * they point at a NUL-terminated constant message, like errorString.
 */
static _type plainErrorType = {
	.size = sizeof(char *), .kind = kindString, .tflag = tflagNamed,
	.align = 8, .fieldAlign = 8, .str = "runtime.plainError",
};

/*
 * typeError: an errorString whose message ends in a type's name ("hash
 * of unhashable type []int"). gc concatenates the two into a new string;
 * keeping them apart here means the panic does not allocate.
 */
typedef struct typeError {
	const char *msg;
	const _type *typ;
} typeError;

static _type typeErrorType = {
	.size = sizeof(typeError), .kind = kindStruct, .tflag = tflagNamed,
	.align = 8, .fieldAlign = 8, .str = "runtime.errorString",
};

static void printboundsError(const boundsError *e)
{
	const char *f = boundsErrorFmt[e->code];
	if (e->signed_ && e->x < 0)
		f = boundsNegErrorFmt[e->code];
	printcstring("runtime error: ");
	for (const char *s = f; *s != 0; s++) {
		if (s[0] == '%' && s[1] == 'x') {
			if (e->signed_)
				printint(e->x);
			else
				printuint((uint64_t)e->x);
			s++;
		} else if (s[0] == '%' && s[1] == 'y') {
			printint(e->y);
			s++;
		} else {
			gwrite(s, 1);
		}
	}
}

/* The predeclared name of each basic kind: values of exactly these types print plainly. */
static const char *const basicName[] = {
	[kindBool] = "bool", [kindInt] = "int", [kindInt8] = "int8",
	[kindInt16] = "int16", [kindInt32] = "int32", [kindInt64] = "int64",
	[kindUint] = "uint", [kindUint8] = "uint8", [kindUint16] = "uint16",
	[kindUint32] = "uint32", [kindUint64] = "uint64", [kindUintptr] = "uintptr",
	[kindFloat32] = "float32", [kindFloat64] = "float64", [kindString] = "string",
};

static bool streq(const char *a, const char *b)
{
	while (*a != 0 && *a == *b)
		a++, b++;
	return *a == *b;
}

/* printbasic prints the value at data of a bool, integer, float or string kind. */
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
	case kindString:  printstring(*(const String *)data); break;
	}
}

/*
 * printpanicval prints a panic value as gc 1.19's printany: nil as "nil";
 * bools, integers, floats and strings of the predeclared types plainly;
 * defined types of those kinds as T(v) or T("s"); anything else as (T)
 * address. Complex numbers and values with Error/String methods: later.
 */
static void printpanicval(_type *t, void *data)
{
	if (t == 0) {
		printcstring("nil");
		return;
	}
	if (t == &boundsErrorType) {
		printboundsError(data);
		return;
	}
	if (t == &errorStringType) {
		printcstring("runtime error: ");
		printcstring(data);
		return;
	}
	if (t == &plainErrorType) {
		printcstring(data);
		return;
	}
	if (t == &typeErrorType) {
		const typeError *e = data;
		printcstring("runtime error: ");
		printcstring(e->msg);
		printcstring(e->typ->str);
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
	printcstring(kind == kindString ? "(\"" : "(");
	printbasic(kind, data);
	printcstring(kind == kindString ? "\")" : ")");
}

/* printpanics prints the chain of panics, outermost first, as gc does. */
static void printpanics(_panic *p)
{
	if (p->link != 0) {
		printpanics(p->link);
		printcstring("\t");
	}
	printcstring("panic: ");
	printpanicval(p->argtype, p->argdata);
	if (p->recovered)
		printcstring(" [recovered]");
	printcstring("\n");
}

/* dopanic_m prints the goroutine header and its traceback. Runs on g0. */
static void dopanic_m(g *gp)
{
	printcstring("\n");
	goroutineheader(gp);
	traceback(0, 0, gp->sched.bp, gp);
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

/* deferproc's C half: fn is deferred in the frame whose SP after the
 * call is sp (the assembly entry returns 0 to it). */
void rt_deferproc(funcval *fn, uintptr_t pc, uintptr_t sp, uintptr_t bp)
{
	g *gp = getg();
	p *pp = gp->m->p;
	_defer *d = pp->deferpool;
	if (d != 0) {
		pp->deferpool = d->link;
		*d = (_defer){0};
	} else {
		d = mallocgc(sizeof *d, 0, true);
	}
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

/* recover(): the panic value, if the caller is a deferred function that
 * a panic called directly (its argument pointer is argp) and the panic
 * is not recovered yet; else nil. */
eface rt_gorecover(uintptr_t argp)
{
	_panic *p = getg()->_panic;
	if (p != 0 && !p->recovered && argp == p->argp) {
		p->recovered = true;
		return (eface){p->argtype, p->argdata};
	}
	return (eface){0, 0};
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
		_defer *d = gp->_defer;
		if (d == 0)
			break;
		if (d->started) {
			/* A deferred call that an earlier panic started has
			 * panicked: that panic will not resume. */
			if (d->_panic != 0)
				d->_panic->aborted = true;
			gp->_defer = d->link;
			freedefer(d);
			continue;
		}
		d->started = true;
		d->_panic = &p;
		calldefer(d, &p.argp);
		if (gp->_defer != d)
			throw("bad defer entry in panic");
		gp->_defer = d->link;
		uintptr_t sp = d->sp, bp = d->bp, pc = d->pc;
		freedefer(d);
		if (p.recovered) {
			gp->_panic = p.link;
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

static NORETURN void panicerror(_type *t, void *data)
{
	rt_gopanic((eface){t, data});
}

/*
 * The run-time error entry points. The error value is copied to the
 * heap: a recover may keep it.
 */
static NORETURN NOINLINE void panicBounds(boundsErrorCode code, int64_t x, bool signed_, int64_t y)
{
	boundsError *e = mallocgc(sizeof *e, 0, false);
	*e = (boundsError){.x = x, .y = y, .signed_ = signed_, .code = (uint8_t)code};
	panicerror(&boundsErrorType, e);
}

void rt_panicIndex(intgo x, intgo y) { panicBounds(boundsIndex, x, true, y); }
void rt_panicIndexU(uintgo x, intgo y) { panicBounds(boundsIndex, (int64_t)x, false, y); }
void rt_panicSliceAlen(intgo x, intgo y) { panicBounds(boundsSliceAlen, x, true, y); }
void rt_panicSliceAcap(intgo x, intgo y) { panicBounds(boundsSliceAcap, x, true, y); }
void rt_panicSliceB(intgo x, intgo y) { panicBounds(boundsSliceB, x, true, y); }
void rt_panicSlice3Alen(intgo x, intgo y) { panicBounds(boundsSlice3Alen, x, true, y); }
void rt_panicSlice3Acap(intgo x, intgo y) { panicBounds(boundsSlice3Acap, x, true, y); }
void rt_panicSlice3B(intgo x, intgo y) { panicBounds(boundsSlice3B, x, true, y); }
void rt_panicSlice3C(intgo x, intgo y) { panicBounds(boundsSlice3C, x, true, y); }
void rt_panicSliceConvert(intgo x, intgo y) { panicBounds(boundsConvert, x, true, y); }

void rt_panicdivide(void)
{
	panicerror(&errorStringType, "integer divide by zero");
}

void rt_panicshift(void)
{
	panicerror(&errorStringType, "negative shift amount");
}

void rt_panicmem(void)
{
	panicerror(&errorStringType, "invalid memory address or nil pointer dereference");
}

/* panicPlainError panics with the constant message msg, unprefixed. */
void panicPlainError(const char *msg)
{
	panicerror(&plainErrorType, (void *)msg);
}

/* panicErrorString panics with "runtime error: " + the constant message msg. */
void panicErrorString(const char *msg)
{
	panicerror(&errorStringType, (void *)msg);
}

/* panicTypeError panics with "runtime error: " + msg + t's name. */
NOINLINE void panicTypeError(const char *msg, const _type *t)
{
	typeError *e = mallocgc(sizeof *e, 0, false);
	*e = (typeError){.msg = msg, .typ = t};
	panicerror(&typeErrorType, e);
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
		if (mp->curg != 0) {
			g *gp = mp->curg;
			/* On g0, gp stopped in systemstack, which saved its frame pointer. */
			uintptr_t bp = self == gp ? (uintptr_t)__builtin_frame_address(0) : gp->sched.bp;
			printcstring("\n");
			goroutineheader(gp);
			traceback(0, 0, bp, gp);
		}
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
