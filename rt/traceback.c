/*
 * traceback.c — goroutine tracebacks in gc's format:
 *
 *     goroutine 1 [running]:
 *     main.f(...)
 *             /path/file.go:12 +0x1d
 *     main.main(...)
 *             /path/file.go:20 +0x25
 *
 * Frames are found by walking the frame-pointer chain (every Go function
 * and every runtime C function keeps BP: the prologue pushes it, C is
 * built with -fno-omit-frame-pointer): at a frame pointer bp, 0(bp) is the
 * caller's bp and 8(bp) the return address into the caller. Return
 * addresses are looked up in the function table the compiler emits into
 * the .hood.functab section, which the linker script brackets with
 * hood_functab_start/hood_functab_end. Runtime functions are not in the
 * table, so they are skipped, as gc hides runtime frames. The walk ends
 * where the chain does: newproc starts every goroutine with BP = 0.
 *
 * Lines are each function's first line until the compiler emits a PC→line
 * table; arguments print as "(...)" until it emits their sizes.
 *
 * Must not allocate. Runs on g0 or on a goroutine with RT_SMALL_STACK.
 */
#include "entry.h"

/* One function-table record, as the compiler's emitter writes it (40 bytes). */
typedef struct functab {
	uintptr_t entry;     /* first instruction */
	uintptr_t end;       /* one past the last */
	const char *name;    /* NUL-terminated: "main.f", "main.(*T).m" */
	const char *file;    /* NUL-terminated absolute path of the source file */
	intgo line;          /* line of the func keyword */
} functab;

_Static_assert(sizeof(functab) == 40, "functab records are 40 bytes (docs/design.md)");

extern const functab hood_functab_start[], hood_functab_end[];

/* gc's _TracebackMaxFrames: longer tracebacks are cut with a note. */
#define TRACEBACK_MAX_FRAMES 100

/* findfunc returns the record whose code contains pc, or nil. */
static const functab *findfunc(uintptr_t pc)
{
	for (const functab *f = hood_functab_start; f < hood_functab_end; f++)
		if (f->entry <= pc && pc < f->end)
			return f;
	return 0;
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

void goroutineheader(g *gp)
{
	const char *status = "???";
	if (gp->atomicstatus < sizeof gStatusStrings / sizeof gStatusStrings[0] &&
	    gStatusStrings[gp->atomicstatus] != 0)
		status = gStatusStrings[gp->atomicstatus];
	printcstring("goroutine ");
	printint(gp->goid);
	printcstring(" [");
	printcstring(status);
	printcstring("]:\n");
}

/*
 * printframe prints the frame whose PC is pc, if it is Go code. A return
 * address points after the CALL, possibly just past the function's end,
 * so it is looked up as pc-1 (gc's tracepc); the offset printed is
 * pc - entry, as gc prints it. Returns whether it printed.
 */
static bool printframe(uintptr_t pc, bool isreturn)
{
	const functab *f = findfunc(isreturn ? pc - 1 : pc);
	if (f == 0)
		return false;
	printcstring(f->name);
	printcstring("(...)\n\t");
	printcstring(f->file);
	printcstring(":");
	printint(f->line);
	if (pc > f->entry) {
		printcstring(" +");
		printhex(pc - f->entry);
	}
	printcstring("\n");
	return true;
}

static bool onstack(g *gp, uintptr_t p)
{
	return p >= gp->stack.lo && p + 16 <= gp->stack.hi;
}

/*
 * traceback prints gp's Go frames, innermost first. If pc is not 0, the
 * innermost frame is at pc and has not pushed its frame pointer yet (a
 * prologue that called morestack): its return address is at sp and bp is
 * its caller's. Otherwise the walk starts at the frame pointer bp.
 */
void traceback(uintptr_t pc, uintptr_t sp, uintptr_t bp, g *gp)
{
	int n = 0;

	if (pc != 0) {
		n += printframe(pc, false);
		if (onstack(gp, sp))
			n += printframe(*(uintptr_t *)sp, true);
	}
	while (bp != 0 && onstack(gp, bp)) {
		if (n >= TRACEBACK_MAX_FRAMES) {
			printcstring("...additional frames elided...\n");
			return;
		}
		uintptr_t *frame = (uintptr_t *)bp;
		n += printframe(frame[1], true);
		if (frame[0] <= bp)
			return;   /* the chain must go up the stack */
		bp = frame[0];
	}
}
