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
 * and argument-printing program. The runtime's C functions are not in
 * the table. The walk ends where the chain does: newproc starts every
 * goroutine with BP = 0.
 *
 * gc's runtime is Go, so its Callers and tracebacks also list runtime
 * frames, which hood's C code does not have: runtime.gopanic between a
 * deferred call and the function that panicked, the helper that raised
 * a run-time error (runtime.goPanicIndex, runtime.panicmem and
 * runtime.sigpanic), runtime.Goexit, and runtime.main and runtime.goexit
 * at the bottom. The walk (tbnext) lists those frames in place of the C
 * frames it passes, from the table rtframes below, so that Callers,
 * Caller's skip counts, runtime.Stack and panics see gc's frames. Such a
 * frame's PC is the address of its table row plus one: not code, but a
 * value FuncForPC and CallersFrames map back to the row. Tracebacks then
 * hide runtime frames as gc's do (showframe).
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

/*
 * funcpos returns the source line of the instruction at pc in f, and its
 * file into *file. Each run of the PC→line table is
 *     sleb128 (line delta) * 2 + 1 if the file changes
 *     sleb128 the new file name's address - the record's file's, if it changes
 *     uleb128 the run's length in bytes
 * (codegen/emit.c, emit_pcln); the first run starts from the record's
 * line and file. The file changes only after a line directive.
 */
static intgo funcpos(const functab *f, uintptr_t pc, const char **file)
{
	const uint8_t *p = f->pcln;
	uintptr_t off = pc - f->entry, end = 0;
	intgo line = f->line;
	*file = f->file;
	while (end < f->size) {
		intgo v = readsleb(&p);
		line += v >> 1;   /* arithmetic: the delta may be negative */
		if (v & 1)
			*file = f->file + readsleb(&p);
		end += readuleb(&p);
		if (off < end)
			break;
	}
	return line;
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

/* ---- gc's runtime frames -------------------------------------------------- */

/* The GOROOT whose runtime sources gc's frames name: the tree hood
 * compiles the standard library from by default (compiler/load/load.h,
 * LOAD_DEFAULT_GOROOT; rt/go/runtime/extern.go, defaultGOROOT). */
#define RTSRC(file) "/usr/share/go-1.19/src/runtime/" file

/*
 * One frame gc's runtime shows where hood runs C: gc's function, and the
 * file and line gc 1.19 reports for it (the line of its call onwards, or
 * of its panic). A row with an entry stands for Go code's call of that
 * runtime symbol (the entry Go code calls, or runtime.sigpanic for a
 * faulting frame); the rows without one that follow it are gc's next
 * frames outwards. An entry whose name is 0 shows no frame: gc calls a
 * deferred function from deferreturn's caller's frame (open-coded).
 */
typedef struct rtframe {
	const char *entry;
	const char *name;
	const char *file;
	int32_t line;
} rtframe;

#define RTFUNC(name, nargs, nresults, flags) extern const char rtcode_##name[] __asm__("runtime." #name);
#include "runtime.def"
#undef RTFUNC
extern const char rtcode_Goexit[] __asm__("runtime.Goexit");

/* The main goroutine's function (proc.c), which gc calls runtime.main. */
extern funcval mainPC;

enum { RF_MAIN, RF_GOEXIT, RF_GOPANIC };

static const rtframe rtframes[] = {
	[RF_MAIN] = {0, "runtime.main", RTSRC("proc.go"), 250},
	[RF_GOEXIT] = {0, "runtime.goexit", RTSRC("asm_amd64.s"), 1594},
	[RF_GOPANIC] = {rtcode_gopanic, "runtime.gopanic", RTSRC("panic.go"), 884},
	{rtcode_Goexit, "runtime.Goexit", RTSRC("panic.go"), 522},
	{rtcode_deferreturn, 0, 0, 0},
	{rtcode_deferproc, 0, 0, 0},
	/* a fault: gc's sigpanic calls panicmem; hood's explicit nil checks
	 * are calls of panicmem where gc's code faults */
	{sigpanic_start, "runtime.panicmem", RTSRC("panic.go"), 260},
	{0, "runtime.sigpanic", RTSRC("signal_unix.go"), 835},
	{rtcode_panicmem, "runtime.panicmem", RTSRC("panic.go"), 260},
	{0, "runtime.sigpanic", RTSRC("signal_unix.go"), 835},
	{rtcode_panicdivide, "runtime.panicdivide", RTSRC("panic.go"), 239},
	{rtcode_panicshift, "runtime.panicshift", RTSRC("panic.go"), 231},
	/* gc's panicIndex and its kin are assembly stubs that jump to
	 * goPanicIndex and so on, whose frames show */
	{rtcode_panicIndex, "runtime.goPanicIndex", RTSRC("panic.go"), 113},
	{rtcode_panicIndexU, "runtime.goPanicIndexU", RTSRC("panic.go"), 119},
	{rtcode_panicSliceAlen, "runtime.goPanicSliceAlen", RTSRC("panic.go"), 127},
	{rtcode_panicSliceAlenU, "runtime.goPanicSliceAlenU", RTSRC("panic.go"), 133},
	{rtcode_panicSliceAcap, "runtime.goPanicSliceAcap", RTSRC("panic.go"), 139},
	{rtcode_panicSliceAcapU, "runtime.goPanicSliceAcapU", RTSRC("panic.go"), 145},
	{rtcode_panicSliceB, "runtime.goPanicSliceB", RTSRC("panic.go"), 153},
	{rtcode_panicSliceBU, "runtime.goPanicSliceBU", RTSRC("panic.go"), 159},
	{rtcode_panicSlice3Alen, "runtime.goPanicSlice3Alen", RTSRC("panic.go"), 165},
	{rtcode_panicSlice3AlenU, "runtime.goPanicSlice3AlenU", RTSRC("panic.go"), 169},
	{rtcode_panicSlice3Acap, "runtime.goPanicSlice3Acap", RTSRC("panic.go"), 173},
	{rtcode_panicSlice3AcapU, "runtime.goPanicSlice3AcapU", RTSRC("panic.go"), 177},
	{rtcode_panicSlice3B, "runtime.goPanicSlice3B", RTSRC("panic.go"), 183},
	{rtcode_panicSlice3BU, "runtime.goPanicSlice3BU", RTSRC("panic.go"), 187},
	{rtcode_panicSlice3C, "runtime.goPanicSlice3C", RTSRC("panic.go"), 193},
	{rtcode_panicSlice3CU, "runtime.goPanicSlice3CU", RTSRC("panic.go"), 197},
	{rtcode_panicSliceConvert, "runtime.goPanicSliceConvert", RTSRC("panic.go"), 203},
	{rtcode_panicdottypeE, "runtime.panicdottypeE", RTSRC("iface.go"), 262},
	{rtcode_panicdottypeI, "runtime.panicdottypeE", RTSRC("iface.go"), 262},
	{0, "runtime.panicdottypeI", RTSRC("iface.go"), 272},
	{rtcode_panicnildottype, "runtime.panicnildottype", RTSRC("iface.go"), 278},
	{rtcode_mapassign, "runtime.mapassign", RTSRC("map.go"), 580},
	{rtcode_mapassign_fast32, "runtime.mapassign_fast32", RTSRC("map_fast32.go"), 95},
	{rtcode_mapassign_fast64, "runtime.mapassign_fast64", RTSRC("map_fast64.go"), 95},
	{rtcode_mapassign_faststr, "runtime.mapassign_faststr", RTSRC("map_faststr.go"), 205},
};

#define nelem(a) (sizeof (a) / sizeof (a)[0])

/* Every runtime entry by name: a call of one that the table does not
 * list shows as a frame of that name, of unknown file and line ("?", 0,
 * what gc's FuncForPC says of an unknown PC). */
static const struct {
	const char *code;
	const char *name;
} rtentries[] = {
#define RTFUNC(name, nargs, nresults, flags) {rtcode_##name, "runtime." #name},
#include "runtime.def"
#undef RTFUNC
};

/*
 * rtfunc describes the runtime frame whose PC (as Callers stores it, or
 * one less) is pc: a row of rtframes, or an entry of rtentries. Its
 * entry is the row's or the entry's address.
 */
static bool rtfunc(uintptr_t pc, uintptr_t *entry, const char **name, const char **file, intgo *line)
{
	uintptr_t base = (uintptr_t)rtframes;
	if (pc >= base && pc < base + sizeof rtframes) {
		const rtframe *r = &rtframes[(pc - base) / sizeof *r];
		if (r->name == 0)
			return false;
		*entry = (uintptr_t)r;
		*name = r->name;
		*file = r->file;
		*line = r->line;
		return true;
	}
	for (size_t i = 0; i < nelem(rtentries); i++) {
		uintptr_t code = (uintptr_t)rtentries[i].code;
		if (pc == code || pc == code + 1) {
			*entry = code;
			*name = rtentries[i].name;
			*file = "?";
			*line = 0;
			return true;
		}
	}
	return false;
}

/* funcinfo describes the function containing pc for the runtime
 * package's Caller and FuncForPC (linkname.c): Go code, or a runtime
 * frame the walk listed. False if pc is neither. */
bool funcinfo(uintptr_t pc, uintptr_t *entry, const char **name, const char **file, intgo *line)
{
	const functab *f = findfunc(pc);
	if (f == 0)
		return rtfunc(pc, entry, name, file, line);
	*entry = f->entry;
	*name = f->name;
	*line = funcpos(f, pc, file);
	return true;
}

/* calltarget returns the function the call before return address ra in
 * Go function f calls (a CALL rel32, as the compiler writes every direct
 * call), or 0. */
static uintptr_t calltarget(const functab *f, uintptr_t ra)
{
	if (ra < f->entry + 5)
		return 0;
	const uint8_t *c = (const uint8_t *)ra - 5;
	if (c[0] != 0xe8)
		return 0;
	uint32_t rel = (uint32_t)c[1] | (uint32_t)c[2] << 8 | (uint32_t)c[3] << 16 | (uint32_t)c[4] << 24;
	return ra + (uintptr_t)(intptr_t)(int32_t)rel;
}

/* ---- the walk ---------------------------------------------------------------- */

/* A frame as gc lists it: Go function f at fr, or (f nil) a runtime
 * frame whose PC, as Callers stores it, is pc. p is gopanic's panic. */
typedef struct tbframe {
	const functab *f;
	stkframe fr;
	uintptr_t pc;
	_panic *p;
} tbframe;

/* The runtime frames one run of C frames stands for: a gopanic, the
 * entry's (at most two rows), runtime.main and runtime.goexit. */
#define TB_PENDING 4

/*
 * The walk's state. fr is the next frame of the frame-pointer chain
 * (more: there is one). Runtime frames found for a run of C frames wait
 * in pending. C frames before the first Go frame are the runtime's own
 * work (the traceback's caller, the panic being printed) and stand for
 * nothing, as gc starts its tracebacks above them.
 */
typedef struct tbwalk {
	g *gp;
	stkframe fr;
	bool more;
	bool seengo;     /* a Go frame was listed */
	bool calleego;   /* the frame listed last calls on as a Go call would (wrappers elided) */
	uintptr_t lo;    /* the last Go frame's frame pointer: runs of C frames lie above it */
	uint8_t npending, ipending;
	struct {
		uintptr_t pc;
		_panic *p;
	} pending[TB_PENDING];
} tbwalk;

/* tbinit starts a walk as traceback's arguments say (traceback, below). */
static void tbinit(tbwalk *w, uintptr_t pc, uintptr_t sp, uintptr_t bp, g *gp)
{
	*w = (tbwalk){.gp = gp, .fr = {.pc = pc, .sp = sp, .bp = bp, .exact = true}};
	/* at an exact start there is no callee, which gc counts as Go */
	w->calleego = pc != 0;
	w->more = pc != 0 || unwind(&w->fr, gp);
}

static void tbpend(tbwalk *w, const rtframe *r, _panic *p)
{
	if (w->npending < TB_PENDING) {
		w->pending[w->npending].pc = (uintptr_t)r + 1;
		w->pending[w->npending].p = p;
		w->npending++;
	}
}

/* tbentry queues the frames that a call of the runtime at entry shows as:
 * its rows, or one named after the entry. gopanic's frame comes from its
 * _panic record instead. */
static void tbentry(tbwalk *w, uintptr_t entry)
{
	if (entry == 0 || entry == (uintptr_t)rtcode_gopanic)
		return;
	for (size_t i = 0; i < nelem(rtframes); i++) {
		if ((uintptr_t)rtframes[i].entry != entry)
			continue;
		for (size_t j = i; j < nelem(rtframes) && rtframes[j].name != 0 && (j == i || rtframes[j].entry == 0); j++)
			tbpend(w, &rtframes[j], 0);
		return;
	}
	for (size_t i = 0; i < nelem(rtentries); i++) {
		if ((uintptr_t)rtentries[i].code == entry && w->npending < TB_PENDING) {
			w->pending[w->npending].pc = entry + 1;
			w->pending[w->npending].p = 0;
			w->npending++;
			return;
		}
	}
}

/*
 * tbrun passes a run of C frames (w->fr is its first) and queues the
 * runtime frames gc would show there: runtime.gopanic for each panic
 * whose record lies in the run's stack (it is running the deferred call
 * below), then the frames of the runtime call the Go frame above made;
 * at the end of the stack, runtime.main and runtime.goexit.
 */
static void tbrun(tbwalk *w)
{
	uintptr_t lastpc = w->fr.pc;
	const functab *f = 0;
	while ((w->more = unwind(&w->fr, w->gp))) {
		f = findfunc(w->fr.exact ? w->fr.pc : w->fr.pc - 1);
		if (f != 0)
			break;
		lastpc = w->fr.pc;
	}
	w->npending = w->ipending = 0;
	if (!w->seengo)
		return;
	uintptr_t hi = !w->more ? w->gp->stack.hi : w->fr.exact && !framed(f, w->fr.pc) ? w->fr.sp : w->fr.bp;
	for (_panic *p = w->gp->_panic; p != 0; p = p->link)
		if (!p->goexit && (uintptr_t)p > w->lo && (uintptr_t)p < hi)
			tbpend(w, &rtframes[RF_GOPANIC], p);
	if (w->more) {
		tbentry(w, w->fr.exact ? (uintptr_t)sigpanic_start : calltarget(f, w->fr.pc));
		return;
	}
	if (w->gp->startpc == mainPC.fn)
		tbpend(w, &rtframes[RF_MAIN], 0);
	if (lastpc == (uintptr_t)goexit + 1)
		tbpend(w, &rtframes[RF_GOEXIT], 0);
}

/* rtpanicking: the runtime frame at pc raises a panic on the caller's
 * behalf, so that a wrapper calling it is shown (elideWrapperCalling). */
static bool rtpanicking(uintptr_t pc)
{
	uintptr_t entry;
	const char *name, *file;
	intgo line;
	return rtfunc(pc, &entry, &name, &file, &line) &&
	       (streq(name, "runtime.gopanic") || streq(name, "runtime.sigpanic") || streq(name, "runtime.panicwrap"));
}

/* tbnext stores the walk's next frame in *out; false at the end. A
 * wrapper is left out unless it is what panicked, as gc's
 * elideWrapperCalling has it. */
static bool tbnext(tbwalk *w, tbframe *out)
{
	for (;;) {
		if (w->ipending < w->npending) {
			uintptr_t pc = w->pending[w->ipending].pc;
			*out = (tbframe){.pc = pc, .p = w->pending[w->ipending].p};
			w->ipending++;
			w->calleego = !rtpanicking(pc);
			return true;
		}
		if (!w->more)
			return false;
		const functab *f = findfunc(w->fr.exact ? w->fr.pc : w->fr.pc - 1);
		if (f == 0) {
			tbrun(w);
			/* no frames after Go code: a deferred call run from
			 * its caller's frame, as gc's open-coded defers are */
			if (w->npending == 0 && w->seengo)
				w->calleego = true;
			continue;
		}
		bool elide = funcwrapper(f) && w->calleego;
		*out = (tbframe){.f = f, .fr = w->fr, .pc = w->fr.exact ? w->fr.pc + 1 : w->fr.pc};
		w->lo = w->fr.exact && !framed(f, w->fr.pc) ? w->fr.sp : w->fr.bp;
		w->seengo = true;
		w->calleego = true;
		w->more = unwind(&w->fr, w->gp);
		if (!elide)
			return true;
	}
}

/* ---- printing ------------------------------------------------------------------ */

/*
 * showframe: whether a traceback prints the frame of function name, as
 * gc's showframe decides at its default level: not runtime functions,
 * except the exported ones (runtime.Goexit) and runtime.gopanic below a
 * deferred call (printed as "panic"), which marks where a panic ran it.
 */
static bool showframe(const char *name, bool first)
{
	if (streq(name, "runtime.gopanic"))
		return !first;
	const char *p = "runtime.", *s = name;
	while (*p != 0 && *p == *s)
		p++, s++;
	if (*p == 0)
		return *s >= 'A' && *s <= 'Z';
	for (s = name; *s != 0; s++)
		if (*s == '.')
			return true;
	return false;
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
	const char *file;
	intgo line = funcpos(f, fr->exact ? fr->pc : fr->pc - 1, &file);
	printcstring(f->name);
	printcstring("(");
	printargs(f, argp);
	printcstring(")\n\t");
	printcstring(file);
	printcstring(":");
	printint(line);
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

/* printrtframe prints a runtime frame as gc does; runtime.gopanic is
 * "panic" with the panic's value (an interface's two words). */
static void printrtframe(const char *name, const char *file, intgo line, _panic *p)
{
	printcstring(p != 0 ? "panic" : name);
	printcstring("(");
	if (p != 0) {
		printcstring("{");
		printhex((uintptr_t)p->argtype);
		printcstring(", ");
		printhex((uintptr_t)p->argdata);
		printcstring("}");
	}
	printcstring(")\n\t");
	printcstring(file);
	printcstring(":");
	printint(line);
	printcstring(" +0x1\n");   /* the frame's PC: its row + 1 */
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
	const char *file;
	intgo line = funcpos(f, pc - 1, &file);
	printcstring("created by ");
	printcstring(f->name);
	printcstring("\n\t");
	printcstring(file);
	printcstring(":");
	printint(line);
	printcstring(" +");
	printhex(pc - f->entry);
	printcstring("\n");
}

/* traceback1 is traceback, leaving out the first skip frames. */
static void traceback1(uintptr_t pc, uintptr_t sp, uintptr_t bp, g *gp, int skip)
{
	m *mp = gp->m;
	bool verbose = mp != 0 && mp->throwing >= throwTypeRuntime && gp == mp->curg;
	tbwalk w;
	tbframe fr;
	tbinit(&w, pc, sp, bp, gp);
	for (int n = 0; tbnext(&w, &fr);) {
		if (skip > 0) {
			skip--;
			continue;
		}
		uintptr_t entry;
		const char *name, *file;
		intgo line;
		if (fr.f != 0)
			name = fr.f->name;
		else if (!rtfunc(fr.pc, &entry, &name, &file, &line))
			continue;
		/* gc shows its runtime frames too while throwing; hood's
		 * fp/sp/pc of them would be its C frames', so it does not */
		if (!(verbose && fr.f != 0) && !showframe(name, n == 0))
			continue;
		if (n >= TRACEBACK_MAX_FRAMES) {
			printcstring("...additional frames elided...\n");
			break;
		}
		if (fr.f != 0)
			printframe(fr.f, &fr.fr, verbose);
		else
			printrtframe(name, file, line, fr.p);
		n++;
	}
	printcreatedby(gp);
}

/*
 * traceback prints gp's frames as gc does, innermost first, then the go
 * statement that created gp. If pc is not 0, the walk starts in the
 * frame at the exact pc, whose SP is sp and whose BP register held bp
 * there (its own frame pointer, or its caller's if the frame is not set
 * up at pc). Otherwise it starts with the caller of the (runtime)
 * function whose frame pointer is bp.
 */
void traceback(uintptr_t pc, uintptr_t sp, uintptr_t bp, g *gp)
{
	traceback1(pc, sp, bp, gp, 0);
}

/*
 * gcallers stores the PCs of the frames above its caller's Go caller
 * into pcs (the first is in the Go function that called the runtime),
 * after leaving out skip of them, and returns how many: return
 * addresses, or a faulting PC + 1, or a runtime frame's PC (tbframe).
 * Runs on the goroutine's stack.
 */
intgo gcallers(intgo skip, uintptr_t *pcs, intgo len)
{
	tbwalk w;
	tbframe fr;
	intgo n = 0;
	tbinit(&w, 0, 0, (uintptr_t)__builtin_frame_address(0), getg());
	while (n < len && tbnext(&w, &fr)) {
		if (skip > 0)
			skip--;
		else
			pcs[n++] = fr.pc;
	}
	return n;
}

/*
 * stack_m formats runtime.Stack's trace into m.writebuf: the calling
 * goroutine's header and frames from runtime.Stack's caller on (the
 * goroutine stopped in systemstack, whose frame pointer it saved), then,
 * for all, every other goroutine, as gc's Stack does. Runs on g0.
 */
static void stack_m(void)
{
	m *mp = getg()->m;
	g *gp = mp->curg;
	goroutineheader(gp);
	traceback1(0, 0, gp->sched.bp, gp, 1);   /* runtime.Stack itself */
	if (mp->stackall)
		tracebackothers(gp);
}

/*
 * rt_stack is runtime.stack(buf []byte, all bool) int, runtime.Stack's
 * body: it formats gc's traceback text into buf with the writer every
 * traceback uses (print.c's gwrite, redirected) and returns how many
 * bytes it stored; the text is cut where buf ends.
 */
intgo rt_stack(uint8_t *buf, intgo len, intgo cap, uintptr_t all)
{
	(void)cap;
	if (len <= 0)
		return 0;
	m *mp = getg()->m;
	mp->writebuf = buf;
	mp->writelen = 0;
	mp->writecap = len;
	mp->stackall = (all & 0xff) != 0;
	systemstack(stack_m);
	mp->writebuf = 0;
	return mp->writelen;
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
