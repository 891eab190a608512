/*
 * traceback.c — goroutine tracebacks in gc's format:
 *
 *     goroutine 1 [running]:
 *     main.f(0x5, {0x4a10c0?, 0x3?})
 *             /path/file.go:12 +0x1d
 *     main.main()
 *             /path/file.go:20 +0x25
 *
 * Frames are found by walking the frame-pointer chain (every Go function
 * and every runtime C function keeps BP: the prologue pushes it, C is
 * built with -fno-omit-frame-pointer): at a frame pointer bp, 0(bp) is the
 * caller's bp and 8(bp) the return address into the caller. PCs are looked
 * up in the function table the compiler emits into .hood.functab
 * (codegen/emit.c, emit_functab; docs/design.md, "Traceback tables"),
 * which gives each Go function's name, file, PC→line table, frame shape
 * and argument-printing program. Runtime functions are not in the table,
 * so they are skipped, as gc hides runtime frames. The walk ends where the
 * chain does: newproc starts every goroutine with BP = 0.
 *
 * Two kinds of frame PC: a return address, which is looked up as pc-1 so
 * that the line is the call's (gc's tracepc), and an exact PC — where a
 * function stopped in its prologue (newstack) or faulted (the frame
 * after runtime.sigpanic, which the signal handler made the faulting
 * function "call": signal_linux_amd64.c). At an exact PC the function's
 * frame may not be set up yet; the record's frame offsets say where its
 * return address is.
 *
 * Must not allocate. Runs on g0, or on a goroutine with RT_SMALL_STACK.
 */
#include "entry.h"
#include "functab.h"

/* One function-table record, as the compiler's emitter writes it (80 bytes). */
typedef struct functab {
	uintptr_t entry;        /* first instruction */
	const char *file;       /* NUL-terminated absolute path of the source file */
	const char *name;       /* NUL-terminated: "main.f", "main.f.func1" */
	const uint8_t *pcln;    /* PC→line runs: sleb128 line delta, uleb128 length */
	const uint8_t *args;    /* argument-printing program, or nil: no parameters */
	uint32_t size;          /* bytes of code: [entry, entry+size) */
	uint32_t line;          /* the line of the func keyword: the first run's base */
	uint32_t framesize;     /* in the body, SP = BP - framesize */
	uint32_t push;          /* offset of PUSHQ BP: before it, 0(SP) is the return address */
	uint32_t frame;         /* end of the prologue: from here BP is this frame's */
	uint32_t cold;          /* the stack-growth path: from here 0(SP) is the return address */
	uint32_t flags;         /* FUNC_WRAPPER */
	uint32_t unused;
	const opendeferinfo *opendefer; /* open-coded defers, or nil (panic.c) */
} functab;

/* The record's layout is rt/functab.h's, which the emitter follows. */
_Static_assert(sizeof(functab) == FUNCTAB_RECORD, "functab: record size (rt/functab.h)");
#define FUNCTAB_AT(field, off) _Static_assert(offsetof(functab, field) == off, "functab." #field " (rt/functab.h)");
FUNCTAB_AT(entry, FUNCTAB_ENTRY)
FUNCTAB_AT(file, FUNCTAB_FILE)
FUNCTAB_AT(name, FUNCTAB_NAME)
FUNCTAB_AT(pcln, FUNCTAB_PCLN)
FUNCTAB_AT(args, FUNCTAB_ARGS)
FUNCTAB_AT(size, FUNCTAB_SIZE)
FUNCTAB_AT(line, FUNCTAB_LINE)
FUNCTAB_AT(framesize, FUNCTAB_FRAMESIZE)
FUNCTAB_AT(push, FUNCTAB_PUSH)
FUNCTAB_AT(frame, FUNCTAB_FRAME)
FUNCTAB_AT(cold, FUNCTAB_COLD)
FUNCTAB_AT(flags, FUNCTAB_FLAGS)
FUNCTAB_AT(opendefer, FUNCTAB_OPENDEFER)
#undef FUNCTAB_AT

/* functab.flags. FUNC_WRAPPER: a compiler-made function that only
 * forwards a call (a method wrapper, a deferred call's wrapper), gc's
 * WRAPPER: tracebacks and Callers leave it out, and recover looks
 * through it (calledthroughwrappers). */
enum { FUNC_WRAPPER = 1 };

extern const functab hood_functab_start[], hood_functab_end[];

/* runtime.Breakpoint's code (asm_amd64.S): INT3; RET. */
extern const char breakpoint_start[] __asm__("runtime.Breakpoint");

/* runtime.sigpanic's code (asm_amd64.S): a return address inside it
 * means the frame below is a faulting one. */
extern const char sigpanic_start[] __asm__("runtime.sigpanic");
extern const char sigpanic_end[];

/* reflect's assembly frames (asm_amd64.S), which have no functab record:
 * [start, end) of reflect.reflectcall and reflect.makeFuncStub. */
extern const char reflectcall_start[] __asm__("reflect.reflectcall");
extern const char reflectcall_end[];
extern const char makefuncstub_start[] __asm__("reflect.makeFuncStub");
extern const char makefuncstub_end[];

/* gc's _TracebackMaxFrames: longer tracebacks are cut with a note. */
#define TRACEBACK_MAX_FRAMES 100

/*
 * findfunc returns the record whose code contains pc, or nil. Records
 * are in address order: the compiler writes all Go functions into one
 * object, in the order of their code (emit_functab).
 */
const functab *findfunc(uintptr_t pc)
{
	const functab *lo = hood_functab_start, *hi = hood_functab_end;
	while (lo < hi) {
		const functab *mid = lo + (hi - lo) / 2;
		if (pc < mid->entry)
			hi = mid;
		else if (pc - mid->entry >= mid->size)
			lo = mid + 1;
		else
			return mid;
	}
	return 0;
}

/* readleb reads a LEB128 number's bits; *bits is how many it had. */
static uintptr_t readleb(const uint8_t **pp, unsigned *bits)
{
	uintptr_t v = 0;
	unsigned shift = 0;
	uint8_t b;
	do {
		b = *(*pp)++;
		if (shift < 64)
			v |= (uintptr_t)(b & 0x7f) << shift;
		shift += 7;
	} while (b & 0x80);
	*bits = shift;
	return v;
}

static uintptr_t readuleb(const uint8_t **pp)
{
	unsigned bits;
	return readleb(pp, &bits);
}

static intgo readsleb(const uint8_t **pp)
{
	unsigned bits;
	uintptr_t v = readleb(pp, &bits);
	if (bits < 64 && (v >> (bits - 1) & 1))
		v |= ~(uintptr_t)0 << bits;   /* sign-extend */
	return (intgo)v;
}

/* funcline returns the source line of the instruction at pc in f. */
static intgo funcline(const functab *f, uintptr_t pc)
{
	const uint8_t *p = f->pcln;
	uintptr_t off = pc - f->entry, end = 0;
	intgo line = f->line;
	while (end < f->size) {
		line += readsleb(&p);
		end += readuleb(&p);
		if (off < end)
			break;
	}
	return line;
}

/* funcinfo describes the Go function containing pc for the runtime
 * package's Caller and FuncForPC (linkname.c): its entry, name, file and
 * the line of the instruction at pc. False if pc is not Go code. */
bool funcinfo(uintptr_t pc, uintptr_t *entry, const char **name, const char **file, intgo *line)
{
	const functab *f = findfunc(pc);
	if (f == 0)
		return false;
	*entry = f->entry;
	*name = f->name;
	*file = f->file;
	*line = funcline(f, pc);
	return true;
}

/*
 * spdelta returns where f's return address is at an exact pc whose frame
 * is not set up (framed false): SP + spdelta. Only the prologue before
 * MOVQ SP, BP and the stack-growth path are frameless; between PUSHQ BP
 * and the end of the prologue the pushed BP sits above SP. Epilogues
 * (MOVQ BP, SP; POPQ BP; RET) are not described: nothing there can fault,
 * and asynchronous preemption will treat them as unsafe points.
 */
static bool framed(const functab *f, uintptr_t pc)
{
	uintptr_t off = pc - f->entry;
	return off >= f->frame && off < f->cold;
}

static uintptr_t spdelta(const functab *f, uintptr_t pc)
{
	uintptr_t off = pc - f->entry;
	return off > f->push && off < f->frame ? 8 : 0;
}

/* The argument-printing program's operators (codegen/emit.c, emit_arginfo). */
enum {
	argEnd = 0xff,
	argStartAgg = 0xfe,
	argEndAgg = 0xfd,
	argDots = 0xfc,
	argTooFar = 0xfb,
	argUnknown = 0x80,   /* in a size byte: print "?" after the value */
};

/*
 * printargs prints f's arguments, found at argp (the base of its argument
 * area), as gc's printArgs does: hex words, aggregates in braces.
 */
static void printargs(const functab *f, uintptr_t argp)
{
	const uint8_t *p = f->args;
	bool start = true;
	if (p == 0)
		return;
	for (;;) {
		uint8_t op = *p++;
		if (op == argEnd)
			return;
		if (op != argEndAgg && !start)
			printcstring(", ");
		start = false;
		switch (op) {
		case argStartAgg:
			printcstring("{");
			start = true;
			break;
		case argEndAgg:
			printcstring("}");
			break;
		case argDots:
			printcstring("...");
			break;
		case argTooFar:
			printcstring("_");
			break;
		default: {
			uint8_t size = *p++;
			const uint8_t *w = (const uint8_t *)(argp + op);
			uint64_t x = 0;
			for (int i = (size & ~argUnknown) - 1; i >= 0; i--)
				x = x << 8 | w[i];
			printhex(x);
			if (size & argUnknown)
				printcstring("?");
			break;
		}
		}
	}
}

static const char *const gStatusStrings[] = {
	[_Gidle] = "idle",
	[_Grunnable] = "runnable",
	[_Grunning] = "running",
	[_Gsyscall] = "syscall",
	[_Gwaiting] = "waiting",
	[_Gdead] = "dead",
	[_Gcopystack] = "copystack",
};

static const char *const waitReasonStrings[] = {
	[waitReasonSemacquire] = "semacquire",
	[waitReasonSyncCondWait] = "sync.Cond.Wait",
	[waitReasonChanSend] = "chan send",
	[waitReasonChanReceive] = "chan receive",
	[waitReasonChanSendNilChan] = "chan send (nil chan)",
	[waitReasonChanReceiveNilChan] = "chan receive (nil chan)",
	[waitReasonSelect] = "select",
	[waitReasonSelectNoCases] = "select (no cases)",
};

void goroutineheader(g *gp)
{
	const char *status = "???";
	if (gp->atomicstatus < sizeof gStatusStrings / sizeof gStatusStrings[0] &&
	    gStatusStrings[gp->atomicstatus] != 0)
		status = gStatusStrings[gp->atomicstatus];
	/* a waiting goroutine shows why, as gc's does */
	if (gp->atomicstatus == _Gwaiting && gp->waitreason != waitReasonZero &&
	    gp->waitreason < sizeof waitReasonStrings / sizeof waitReasonStrings[0])
		status = waitReasonStrings[gp->waitreason];
	printcstring("goroutine ");
	printint(gp->goid);
	printcstring(" [");
	printcstring(status);
	printcstring("]:\n");
}

/*
 * A frame of the walk: the function at pc (a return address unless
 * exact). If its frame is set up, bp is its frame pointer; otherwise
 * (an exact pc in the prologue or the stack-growth path) sp is its SP
 * and bp is still its caller's.
 */
typedef struct stkframe {
	uintptr_t pc;
	uintptr_t sp;
	uintptr_t bp;
	bool exact;
} stkframe;

static bool onstack(g *gp, uintptr_t p)
{
	return p >= gp->stack.lo && p + 16 <= gp->stack.hi;
}

/* funcwrapper: f is a wrapper (FUNC_WRAPPER). */
bool funcwrapper(const functab *f)
{
	return (f->flags & FUNC_WRAPPER) != 0;
}

/*
 * funcopendefer returns f's open-coded defer information, or nil if it
 * has none; for f's frame whose BP is bp, also its SP (*sp) and where a
 * recovery resumes it (*resume).
 */
const opendeferinfo *funcopendefer(const functab *f, uintptr_t bp, uintptr_t *sp, uintptr_t *resume)
{
	if (f->opendefer == 0)
		return 0;
	*sp = bp - f->framesize;
	*resume = f->entry + f->opendefer->resume;
	return f->opendefer;
}

/*
 * reflectstub: pc is in reflect's reflectcall or makeFuncStub, which are
 * wrappers as gc's are (its reflectcall's callNN and makeFuncStub are
 * WRAPPER): both keep a frame pointer, so the walk below goes on above
 * them as above a Go wrapper.
 */
static bool reflectstub(uintptr_t pc)
{
	return (pc >= (uintptr_t)reflectcall_start && pc < (uintptr_t)reflectcall_end) ||
	       (pc >= (uintptr_t)makefuncstub_start && pc < (uintptr_t)makefuncstub_end);
}

/*
 * calledthroughwrappers reports whether the Go function whose argument
 * pointer is argp (its BP + 16: it is framed, since it is calling the
 * runtime) was called by the deferred call whose argument pointer is
 * panicargp, directly or through wrappers only: what recover asks. gc's
 * wrappers move the panic's argp to their callee's in their prologue;
 * hood's walk up the frame records instead, which costs the wrappers
 * nothing. Each record is [saved BP, return address] just below argp.
 */
bool calledthroughwrappers(uintptr_t argp, uintptr_t panicargp)
{
	g *gp = getg();
	while (argp != panicargp) {
		uintptr_t rec = argp - 16;
		if (!onstack(gp, rec))
			return false;
		uintptr_t pc = ((uintptr_t *)rec)[1] - 1;
		const functab *f = findfunc(pc);
		if (f != 0 ? !funcwrapper(f) : !reflectstub(pc))
			return false;
		argp = ((uintptr_t *)rec)[0] + 16;   /* the wrapper's */
	}
	return true;
}

/*
 * printframe prints fr, a frame of Go function f, as gc does: the offset is
 * pc - entry, the line that of pc-1 for a return address; while the
 * runtime is throwing, also fp (the argument area), sp and pc.
 */
static void printframe(const functab *f, const stkframe *fr, bool verbose)
{
	uintptr_t argp, sp;
	if (fr->exact && !framed(f, fr->pc)) {
		sp = fr->sp;
		argp = sp + spdelta(f, fr->pc) + 8;
	} else {
		sp = fr->bp - f->framesize;
		argp = fr->bp + 16;
	}
	printcstring(f->name);
	printcstring("(");
	printargs(f, argp);
	printcstring(")\n\t");
	printcstring(f->file);
	printcstring(":");
	printint(funcline(f, fr->exact ? fr->pc : fr->pc - 1));
	if (fr->pc > f->entry) {
		printcstring(" +");
		printhex(fr->pc - f->entry);
	}
	if (verbose) {
		printcstring(" fp=");
		printhex(argp);
		printcstring(" sp=");
		printhex(sp);
		printcstring(" pc=");
		printhex(fr->pc);
	}
	printcstring("\n");
}

/* unwind moves fr to its caller; false at the end of the stack. */
static bool unwind(stkframe *fr, g *gp)
{
	const functab *f = fr->exact ? findfunc(fr->pc) : 0;
	if (fr->exact && fr->pc > (uintptr_t)breakpoint_start && fr->pc <= (uintptr_t)breakpoint_start + 1) {
		/* runtime.Breakpoint's INT3 (rt/asm_amd64.S), a frameless
		 * leaf: its return address is at SP */
		if (!onstack(gp, fr->sp))
			return false;
		fr->pc = *(uintptr_t *)fr->sp;
		fr->sp += 8;
		fr->exact = false;
		return fr->pc != 0;
	}
	if (f != 0 && !framed(f, fr->pc)) {
		uintptr_t delta = spdelta(f, fr->pc), ra = fr->sp + delta;
		if (!onstack(gp, ra))
			return false;
		fr->pc = *(uintptr_t *)ra;
		if (delta != 0)
			fr->bp = *(uintptr_t *)fr->sp;   /* the caller's, pushed */
		fr->sp = ra + 8;
		fr->exact = false;
		return fr->pc != 0;
	}
	if (!onstack(gp, fr->bp))
		return false;
	uintptr_t *rec = (uintptr_t *)fr->bp;
	if (rec[0] != 0 && rec[0] <= fr->bp)
		return false;   /* the chain must go up the stack */
	/* The record of runtime.sigpanic's frame holds the faulting PC and
	 * BP, and sits right below the faulting SP. */
	fr->exact = fr->pc > (uintptr_t)sigpanic_start && fr->pc <= (uintptr_t)sigpanic_end;
	fr->sp = fr->bp + 16;
	fr->pc = rec[1];
	fr->bp = rec[0];
	return fr->pc != 0;
}

/*
 * printcreatedby prints the go statement that made gp, as gc does below
 * a goroutine's frames: "created by main.f" and its file:line +offset.
 * Nothing for the main goroutine, which the runtime made.
 */
static void printcreatedby(g *gp)
{
	uintptr_t pc = gp->gopc;
	const functab *f = pc != 0 ? findfunc(pc - 1) : 0;
	if (f == 0)
		return;
	printcstring("created by ");
	printcstring(f->name);
	printcstring("\n\t");
	printcstring(f->file);
	printcstring(":");
	printint(funcline(f, pc - 1));
	printcstring(" +");
	printhex(pc - f->entry);
	printcstring("\n");
}

/*
 * traceback prints gp's Go frames, innermost first, then the go
 * statement that created gp. If pc is not 0, the walk starts in the
 * frame at the exact pc, whose SP is sp and whose BP register held bp
 * there (its own frame pointer, or its caller's if the frame is not set
 * up at pc). Otherwise it starts with the caller of the (runtime)
 * function whose frame pointer is bp.
 */
void traceback(uintptr_t pc, uintptr_t sp, uintptr_t bp, g *gp)
{
	m *mp = gp->m;
	bool verbose = mp != 0 && mp->throwing >= throwTypeRuntime && gp == mp->curg;
	stkframe fr = {.pc = pc, .sp = sp, .bp = bp, .exact = true};
	/* Whether the frame called by the one at hand is Go code; at an
	 * exact start there is none, which gc counts as Go. */
	bool calleeGo = pc != 0;
	if (pc != 0 || unwind(&fr, gp)) {
		for (int n = 0;;) {
			uintptr_t at = fr.exact ? fr.pc : fr.pc - 1;
			const functab *f = findfunc(at);
			if (f != 0 && !(funcwrapper(f) && calleeGo)) {
				if (n >= TRACEBACK_MAX_FRAMES) {
					printcstring("...additional frames elided...\n");
					break;
				}
				printframe(f, &fr, verbose);
				n++;
			}
			calleeGo = f != 0 || reflectstub(at);
			if (!unwind(&fr, gp))
				break;
		}
	}
	printcreatedby(gp);
}

/*
 * tracebackg prints the traceback of gp, which is not running: parked by
 * mcall (g.sched.bp is mcall's frame, whose chain leads through the
 * runtime's C frames to the Go caller), or made and not started yet
 * (g.sched.pc is its function's entry).
 */
static void tracebackg(g *gp)
{
	if (findfunc(gp->sched.pc) != 0)
		traceback(gp->sched.pc, gp->sched.sp, gp->sched.bp, gp);
	else
		traceback(0, 0, gp->sched.bp, gp);
}

/*
 * tracebackothers prints every goroutine that exists other than me (the
 * one already printed, or 0), in order of creation, as gc's fatal errors
 * do: a blank line, the header, the frames. Must not allocate.
 */
void tracebackothers(g *me)
{
	for (g *gp = sched.allgs; gp != 0; gp = gp->alllink) {
		if (gp == me || gp->atomicstatus == _Gdead || gp->atomicstatus == _Gidle)
			continue;
		printcstring("\n");
		goroutineheader(gp);
		tracebackg(gp);
	}
}
