/*
 * runtime2.h — the scheduler's data structures: g (a goroutine), m (an OS
 * thread), p (a processor: the right to run Go code), schedt (the global
 * scheduler), with the Go runtime's names and roles (go1.11 runtime2.go,
 * "Go under the hood" ch. 6) so the book maps onto the code.
 *
 * hood runs one m with one p and never preempts, but the structures have
 * their full shape so the later scheduler fills them in rather than
 * inventing them. Field order is part of the ABI where compiled code reads
 * a field: g.stack and g.stackguard0 (the prologue's stack check) — see the
 * _Static_asserts at the bottom.
 */
#ifndef HOOD_RUNTIME2_H
#define HOOD_RUNTIME2_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "go_asm.h"

typedef int64_t intgo;       /* Go's int on amd64 */
typedef uint64_t uintgo;     /* Go's uint */

typedef struct g g;
typedef struct m m;
typedef struct p p;
typedef struct _type _type;

/* A goroutine's stack: [lo, hi). Go frames live in it; SP starts at hi. */
typedef struct stack {
	uintptr_t lo;
	uintptr_t hi;
} stack;

/*
 * gobuf is the saved machine context of a goroutine that is not running:
 * what gogo loads to resume it. The offsets are used by asm_amd64.S
 * (GOBUF_* below).
 */
typedef struct gobuf {
	uintptr_t sp;
	uintptr_t pc;
	g *g;
	uintptr_t ctxt;      /* closure context (RDX), for funcval calls */
	uintptr_t ret;
	uintptr_t lr;        /* unused on amd64, kept for the book's layout */
	uintptr_t bp;        /* frame pointer */
} gobuf;

/* A func value: a pointer to a closure whose first word is the code. */
typedef struct funcval {
	uintptr_t fn;
	/* captured variables' cell addresses follow */
} funcval;

/*
 * One active panic (linked from g._panic, innermost first). It lives in
 * gopanic's frame. argp is the argument pointer of the deferred call
 * gopanic is running (its caller's SP at the call): recover works only
 * in the function whose incoming arguments are there, the deferred
 * function itself.
 */
typedef struct _panic {
	uintptr_t argp;
	_type *argtype;      /* the panic value, an eface */
	void *argdata;
	struct _panic *link;
	bool recovered;
	bool aborted;        /* a later panic started while this one ran a deferred call */
	bool goexit;         /* not a panic: runtime.Goexit running the deferred calls */
	/* A Goexit's: where its loop over the deferred calls goes on after a
	 * panic of one of them is recovered (__builtin_setjmp's buffer). */
	void *resume[5];
} _panic;

/*
 * One deferred call (linked from g._defer, innermost first), made by
 * deferproc on the heap. sp, pc and bp are the deferring frame's: its SP
 * after deferproc returns (which identifies the frame: deferreturn runs
 * the records whose sp is its caller's), the return address of the
 * deferproc call, and the frame pointer. A recovery resumes the frame
 * there, with deferproc returning 1. A panic running an open-coded
 * defer makes a record for the call (panic.c, opencall), whose pc is
 * the frame's resume point, which also "returns" 1.
 */
typedef struct _defer {
	uintptr_t sp;
	uintptr_t pc;
	uintptr_t bp;
	funcval *fn;         /* a func(), called with the closure in DX */
	_panic *_panic;      /* the panic running this call, or 0 */
	bool started;
	struct _defer *link;
} _defer;

/*
 * A function's open-coded defers (compiler/ssagen/defer.c), as the
 * emitter writes them (codegen/emit.c, emit_opendefer) and the function
 * table points to them: a recovery resumes the frame at entry + resume;
 * bits is the SP offset of the deferBits byte (bit i: defer i is
 * active) and slots[i] that of defer i's func() closure.
 */
typedef struct opendeferinfo {
	uint32_t resume;
	int32_t bits;
	int32_t n;
	int32_t slots[];
} opendeferinfo;

/* g.atomicstatus values (gc's numbering). */
enum {
	_Gidle = 0,
	_Grunnable = 1,
	_Grunning = 2,
	_Gsyscall = 3,
	_Gwaiting = 4,
	_Gdead = 6,
	_Gcopystack = 8,
};

/* g.waitreason values: why a _Gwaiting goroutine waits, printed in its
 * traceback header as gc prints them (traceback.c, waitReasonStrings).
 * hood's numbering; gc's strings. */
enum {
	waitReasonZero = 0,
	waitReasonSemacquire,
	waitReasonSyncCondWait,
	waitReasonChanSend,
	waitReasonChanReceive,
	waitReasonChanSendNilChan,
	waitReasonChanReceiveNilChan,
	waitReasonSelect,
	waitReasonSelectNoCases,
};

/*
 * A mutex of the runtime (gc's lock_futex.go shape): key is 0 when
 * unlocked. With one m nothing can contend, so lock and unlock (lock.c)
 * only mark it and count the m's held locks; with several m's the same
 * word becomes gc's futex-based lock (spin, then futex sleep).
 */
typedef struct mutex {
	uintptr_t key;
} mutex;

typedef struct hchan hchan;

/*
 * sudog is a goroutine waiting on something: a g in a wait list (gc's
 * runtime2.go). A g may wait on several lists at once (select: one sudog
 * per case), and many g's on one object, so the lists link sudogs, not
 * g's. sudogs come from a per-p cache (acquireSudog/releaseSudog,
 * proc.c). A channel's sudogs are protected by that channel's lock; a
 * semaphore's by its semaRoot's (sema.c).
 */
typedef struct sudog sudog;
struct sudog {
	g *g;
	sudog *next;         /* the wait list (waitq, a semaphore's queue) */
	sudog *prev;
	void *elem;          /* the value sent, or where to put the one received:
	                      * often in g's stack (g.activeStackChans); sema:
	                      * the semaphore's address */
	uint32_t ticket;     /* sema: 1 if handed the semaphore; notifyList: the wait ticket */
	bool isSelect;       /* g takes part in a select: it is woken by whichever
	                      * case wins g.selectDone first */
	bool success;        /* woken by a value delivered (true) or by close (false) */
	sudog *waitlink;     /* g.waiting list: every sudog of one select */
	hchan *c;            /* the channel */
};

struct g {
	stack stack;             /*  0: [lo, hi) */
	uintptr_t stackguard0;   /* 16: the prologue compares SP-framesize with this */
	uintptr_t stackguard1;   /* 24: the same for C code (unused: no cgo) */
	_panic *_panic;          /* 32: innermost panic */
	_defer *_defer;          /* 40: innermost defer */
	m *m;                    /* 48: the m running this g */
	gobuf sched;             /* 56: context while not running */
	uintptr_t syscallsp;
	uintptr_t syscallpc;
	uintptr_t stktopsp;      /* expected SP at the top of the stack */
	void *param;
	uint32_t atomicstatus;
	int64_t goid;
	g *schedlink;            /* next g in a run queue */
	int64_t waitsince;
	uint8_t waitreason;
	bool preempt;            /* preemption requested (later) */
	uintptr_t gopc;          /* PC of the go statement that created it */
	uintptr_t startpc;       /* PC of the goroutine's function */
	sudog *waiting;          /* the sudogs this g waits with (a select's, in lock order) */
	uint32_t selectDone;     /* set by the first case to win this g's select */
	uint8_t parkingOnChan;   /* parking on a channel: its stack must not move yet */
	bool activeStackChans;   /* unlocked channels point into this stack (sudog.elem) */
	bool paniconfault;       /* runtime/debug.SetPanicOnFault: any fault panics */
	g *alllink;              /* next in allgs, in order of creation */
	/* The fault that made it call runtime.sigpanic (signal_linux_amd64.c):
	 * passed out of band, since the faulting frame cannot take arguments. */
	uint32_t sig;            /* the signal, 0 if none */
	uintptr_t sigcode0;      /* siginfo.si_code */
	uintptr_t sigcode1;      /* siginfo.si_addr: the faulting address */
	uintptr_t sigpc;         /* the faulting PC */
};

struct m {
	g *g0;                   /* goroutine with the scheduling stack */
	gobuf morebuf;           /* the caller of the function that called morestack */
	uint64_t procid;
	g *gsignal;              /* signal-handling g (later) */
	uintptr_t tls[6];        /* thread-local storage; FS points at tls[1] so -8(FS) is tls[0] = g */
	void (*mstartfn)(void);
	g *curg;                 /* the user goroutine running on this m */
	p *p;                    /* attached p, nil when not running Go code */
	p *nextp;
	int64_t id;
	int32_t throwing;        /* a throwType while the m reports a fatal error */
	int32_t dying;
	int32_t locks;           /* runtime locks held (lock.c), and acquirem's */
	bool spinning;
	m *alllink;
	uint64_t sigmask;        /* the signal mask to restore after a fork */
	/* gopark's request to park_m: unlock this once the g is parked. */
	bool (*waitunlockf)(g *gp, void *lock);
	void *waitlock;
	/* While runtime.Stack runs (traceback.c, rt_stack), print output
	 * goes into writebuf[0:writecap] instead of fd 2, gc's g.writebuf;
	 * writelen bytes are used, the rest is dropped. */
	uint8_t *writebuf;
	intgo writelen;
	intgo writecap;
	bool stackall;           /* runtime.Stack's all: every goroutine */
};

/* m.throwing values (gc's): a throw reports a broken runtime (and prints
 * fp/sp/pc in tracebacks), a fatal error a misuse by the program. */
enum {
	throwTypeNone = 0,
	throwTypeUser = 1,
	throwTypeRuntime = 2,
};

/* p.status values. */
enum {
	_Pidle = 0,
	_Prunning = 1,
	_Psyscall = 2,
	_Pgcstop = 3,
	_Pdead = 4,
};

/* Length of a p's local run queue (gc's 256). */
#define P_RUNQ_SIZE 256

struct p {
	int32_t id;
	uint32_t status;
	p *link;
	m *m;                     /* back-link to the m, nil if idle */
	void *mcache;             /* per-P allocation cache (the real allocator) */
	uint32_t runqhead;
	uint32_t runqtail;
	g *runq[P_RUNQ_SIZE];
	g *runnext;               /* runs next, before runq: a g just readied or made */
	uint32_t schedtick;       /* incremented on every scheduling that starts a time slice */
	_defer *deferpool;        /* free _defer records (gc keeps a slice and a global pool) */
	g *gFree;                 /* dead g's with stacks, for reuse (gc's p.gFree) */
	sudog *sudogcache;        /* free sudogs, linked through next (gc: a slice) */
};

/* A queue of g's linked through g.schedlink. */
typedef struct gQueue {
	g *head;
	g *tail;
} gQueue;

typedef struct schedt {
	uint64_t goidgen;
	int64_t mnext;          /* number of m's created, next m id */
	int32_t maxmcount;
	m *midle;
	int32_t nmidle;
	p *pidle;
	uint32_t npidle;
	gQueue runq;            /* global run queue */
	int32_t runqsize;
	gQueue gFree;           /* dead g's for reuse by any p (later: p.gFree overflows here) */
	g *allgs;               /* every g ever made, alive or dead, in order of */
	g *allgsTail;           /* creation (gc's allgs slice), through g.alllink */
} schedt;

/* The scheduler's globals (proc.c). */
extern schedt sched;
extern m m0;
extern g g0;
extern p *allp[];
extern int32_t gomaxprocs;
extern m *allm;

_Static_assert(offsetof(g, stack) == G_STACK_LO, "g.stack.lo: read by compiled code");
_Static_assert(offsetof(g, stack) + offsetof(stack, hi) == G_STACK_HI, "g.stack.hi");
_Static_assert(offsetof(g, stackguard0) == G_STACKGUARD0, "g.stackguard0: the prologue reads 16(R14)");
_Static_assert(offsetof(g, m) == G_M, "g.m: asm_amd64.S");
_Static_assert(offsetof(g, sched) == G_SCHED, "g.sched: asm_amd64.S");
_Static_assert(offsetof(gobuf, sp) == GOBUF_SP && offsetof(gobuf, pc) == GOBUF_PC &&
	       offsetof(gobuf, g) == GOBUF_G && offsetof(gobuf, ctxt) == GOBUF_CTXT &&
	       offsetof(gobuf, bp) == GOBUF_BP, "gobuf: asm_amd64.S");
_Static_assert(offsetof(m, g0) == M_G0 && offsetof(m, morebuf) == M_MOREBUF, "m: asm");
_Static_assert(offsetof(m, tls) == M_TLS, "m.tls: rt0_linux_amd64.S");
_Static_assert(offsetof(m, curg) == M_CURG, "m.curg: asm_amd64.S");

#endif
