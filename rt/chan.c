/*
 * chan.c — channels (gc's chan.go and select.go, "Go under the hood"
 * ch. 7): makechan, send, receive, close, and select; and their forms
 * for reflect (Value.Send, Recv, Close, Select: rt/go/reflect/chan.go).
 *
 * A channel value is a *hchan. A buffered channel keeps up to dataqsiz
 * values in a circular buffer (buf, sendx, recvx, qcount); goroutines
 * that cannot go on wait in recvq or sendq, one sudog each, which holds
 * the address of the value to send or of where to put the one received
 * (sudog.elem). A send that finds a receiver waiting hands the value
 * straight to it (sendDirect: the value is copied into the receiver's
 * frame) and readies it; likewise a receive that finds a sender. So:
 *
 * Invariants (under c.lock):
 *   at least one of c.sendq and c.recvq is empty, except for an
 *   unbuffered channel on which one goroutine's select both sends and
 *   receives (its two sudogs wait on both queues);
 *   for a buffered channel, qcount > 0 implies recvq is empty, and
 *   qcount < dataqsiz implies sendq is empty.
 *
 * Every operation takes c.lock, which one m makes uncontended (lock.c):
 * the code is gc's locking protocol so that it is already right with
 * several m's. A goroutine parks with the lock held and gopark releases
 * it only once the g is parked (chanparkcommit), so a waker that takes
 * the lock always finds the sleeper parked. With several m's and
 * preemption, the unlocked fast paths (the non-blocking full/empty
 * tests) rely on single-word reads of closed, qcount and the queue
 * heads, as gc's do.
 *
 * Stacks: sudog.elem points into the waiting goroutine's frame. When
 * stacks grow by copying, the copier must adjust these pointers: gc
 * marks g.activeStackChans while unlocked channels may point into the
 * stack, and g.parkingOnChan in the window before the lock is dropped,
 * and sets them here as gc does; the copier to come reads them.
 *
 * Entry points run on the goroutine's stack within RT_SMALL_STACK
 * (HACKING.md); parking switches to g0 through mcall.
 */
#include "entry.h"

/* A queue of waiting goroutines, linked through sudog.next/prev. */
typedef struct waitq {
	sudog *first;
	sudog *last;
} waitq;

struct hchan {
	uintgo qcount;           /* values in the buffer: len(c); must be first */
	uintgo dataqsiz;         /* size of the buffer: cap(c); must be second */
	void *buf;               /* dataqsiz elements */
	uint16_t elemsize;
	uint32_t closed;
	_type *elemtype;
	uintgo sendx;            /* next buffer slot to send into */
	uintgo recvx;            /* next buffer slot to receive from */
	waitq recvq;             /* blocked receivers */
	waitq sendq;             /* blocked senders */
	mutex lock;              /* everything above, and the sudogs on the queues */
};

/* Compiled code reads len(c) and cap(c) at these offsets
 * (compiler/ssagen/chan.c). */
_Static_assert(offsetof(hchan, qcount) == 0 && offsetof(hchan, dataqsiz) == 8,
	       "hchan: len and cap are read by compiled code");

/* gc's maxAlign and maxAlloc on linux/amd64. */
#define maxAlign 8
#define maxAlloc ((uintptr_t)1 << 48)
#define hchanSize ((sizeof(hchan) + maxAlign - 1) & ~(uintptr_t)(maxAlign - 1))

/* Copies of values into and out of a channel: a write barrier goes here
 * with the collector. */
static void typedmemmove(const _type *t, void *dst, const void *src)
{
	if (dst != src && t->size != 0)
		memmove(dst, src, t->size);
}

static void typedmemclr(const _type *t, void *p)
{
	memclrNoHeapPointers(p, t->size);
}

/* ---- wait queues ---- */

static void enqueue(waitq *q, sudog *sgp)
{
	sgp->next = 0;
	sudog *x = q->last;
	if (x == 0) {
		sgp->prev = 0;
		q->first = sgp;
		q->last = sgp;
		return;
	}
	sgp->prev = x;
	x->next = sgp;
	q->last = sgp;
}

/*
 * dequeue takes the first waiter of q. A sudog of a select is only
 * taken if its select has not been won by another case yet: the CAS of
 * g.selectDone decides (it cannot fail with one m, but a select's other
 * sudogs stay queued until the select dequeues them itself, and with
 * several m's a second channel may try to wake the same g).
 */
static sudog *dequeue(waitq *q)
{
	for (;;) {
		sudog *sgp = q->first;
		if (sgp == 0)
			return 0;
		sudog *y = sgp->next;
		if (y == 0) {
			q->first = 0;
			q->last = 0;
		} else {
			y->prev = 0;
			q->first = y;
			sgp->next = 0;
		}
		if (sgp->isSelect) {
			uint32_t zero = 0;
			if (!__atomic_compare_exchange_n(&sgp->g->selectDone, &zero, 1, false,
							 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
				continue;
		}
		return sgp;
	}
}

/* dequeueSudoG takes sgp out of q, wherever it is (a select's losing cases). */
static void dequeueSudoG(waitq *q, sudog *sgp)
{
	sudog *x = sgp->prev, *y = sgp->next;
	if (x != 0) {
		if (y != 0) {
			x->next = y;
			y->prev = x;
		} else {
			x->next = 0;
			q->last = x;
		}
		sgp->next = 0;
		sgp->prev = 0;
		return;
	}
	if (y != 0) {
		y->prev = 0;
		q->first = y;
		sgp->next = 0;
		return;
	}
	/* The only element, or not queued here at all (already dequeued). */
	if (q->first == sgp) {
		q->first = 0;
		q->last = 0;
	}
}

/* ---- make ---- */

/*
 * makechan makes a channel of t's element type with a buffer of size
 * values: with the hchan in one allocation when the elements hold no
 * pointers (or take no space), else apart, typed for the collector.
 */
hchan *rt_makechan(chantype *t, intgo size)
{
	_type *elem = t->elem;
	if (elem->size >= 1 << 16)
		throw("makechan: invalid channel element type");
	if (hchanSize % maxAlign != 0 || elem->align > maxAlign)
		throw("makechan: bad alignment");
	uintptr_t mem = elem->size * (uintptr_t)size;
	bool overflow = elem->size != 0 && (uintptr_t)size > (uintptr_t)-1 / elem->size;
	if (size < 0 || overflow || mem > maxAlloc - hchanSize)
		panicPlainError("makechan: size out of range");
	hchan *c;
	if (mem == 0) {
		c = mallocgc(hchanSize, 0, true);
		c->buf = &c->buf;   /* any address: nothing is ever stored there */
	} else if (elem->ptrdata == 0) {
		c = mallocgc(hchanSize + mem, 0, true);
		c->buf = (uint8_t *)c + hchanSize;
	} else {
		c = mallocgc(sizeof(hchan), 0, true);
		c->buf = mallocgc(mem, elem, true);
	}
	c->elemsize = (uint16_t)elem->size;
	c->elemtype = elem;
	c->dataqsiz = (uintgo)size;
	return c;
}

/* The address of buffer slot i. */
static void *chanbuf(hchan *c, uintgo i)
{
	return (uint8_t *)c->buf + i * c->elemsize;
}

/* full: a send would block (no buffer room, no receiver waiting).
 * Read without the lock by non-blocking sends. */
static bool full(hchan *c)
{
	if (c->dataqsiz == 0)
		return c->recvq.first == 0;
	return c->qcount == c->dataqsiz;
}

/* empty: a receive would block (ignoring close). */
static bool empty(hchan *c)
{
	if (c->dataqsiz == 0)
		return c->sendq.first == 0;
	return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == 0;
}

/* ---- send ---- */

/* chanparkcommit, gopark's unlock function for a channel operation:
 * from now on the channel may be changed by others, and may point into
 * gp's stack (sudog.elem). */
static bool chanparkcommit(g *gp, void *chanLock)
{
	gp->activeStackChans = true;
	__atomic_store_n(&gp->parkingOnChan, 0, __ATOMIC_SEQ_CST);
	unlock(chanLock);
	return true;
}

/*
 * chanpark makes the current goroutine wait in q, one of c's queues,
 * with c locked, until a partner completes its send or receive (the
 * value moves to or from ep) or c is closed: it returns which
 * (sudog.success). c is unlocked once the g is parked.
 */
static bool chanpark(hchan *c, waitq *q, void *ep, uint8_t reason)
{
	g *gp = getg();
	sudog *mysg = acquireSudog();
	mysg->elem = ep;
	mysg->waitlink = 0;
	mysg->g = gp;
	mysg->isSelect = false;
	mysg->c = c;
	gp->waiting = mysg;
	gp->param = 0;
	enqueue(q, mysg);
	__atomic_store_n(&gp->parkingOnChan, 1, __ATOMIC_SEQ_CST);
	gopark(chanparkcommit, &c->lock, reason);
	if (mysg != gp->waiting)
		throw("G waiting list is corrupted");
	gp->waiting = 0;
	gp->activeStackChans = false;
	bool success = mysg->success;
	gp->param = 0;
	mysg->c = 0;
	releaseSudog(mysg);
	return success;
}

/* How a send or receive that found a waiter releases what it holds: one
 * channel's lock, or all of a select's. */
typedef struct unlocker {
	void (*fn)(const struct unlocker *u);
	hchan *c;                /* unlockchan */
	scase *cas0;             /* selunlock */
	uint16_t *lockorder;
	intgo n;
} unlocker;

static void unlockchan(const unlocker *u)
{
	unlock(&u->c->lock);
}

/* wakepartner ends a send or receive with sg's g, whose value has been
 * moved: the channel's lock (or a select's) is released, then the g is
 * woken, told that a value came (success) and by whom (param). */
static void wakepartner(sudog *sg, const unlocker *u)
{
	sg->elem = 0;
	g *gp = sg->g;
	u->fn(u);
	gp->param = sg;
	sg->success = true;
	goready(gp);
}

/*
 * send hands the value at ep to sg, a receiver waiting on the empty
 * channel c, and wakes it. c is locked; unlock releases it (the
 * receiver must be made runnable only after).
 */
static void send(hchan *c, sudog *sg, const void *ep, const unlocker *u)
{
	/* sendDirect: into the receiver's frame (see "Stacks" above). */
	if (sg->elem != 0)
		typedmemmove(c->elemtype, sg->elem, ep);
	wakepartner(sg, u);
}

/*
 * chansend sends the value at ep on c. With block false (a select with
 * a default) it returns false instead of blocking. A nil channel blocks
 * forever; a closed one panics, also when it is closed while the sender
 * waits.
 */
static bool chansend(hchan *c, const void *ep, bool block)
{
	if (c == 0) {
		if (!block)
			return false;
		gopark(0, 0, waitReasonChanSendNilChan);
		throw("unreachable");
	}
	/* Fast path: a non-blocking send on an open, full channel fails
	 * without the lock (gc's reasoning: each read is one word, and the
	 * answer was true at some moment between them). */
	if (!block && c->closed == 0 && full(c))
		return false;
	lock(&c->lock);
	if (c->closed != 0) {
		unlock(&c->lock);
		panicPlainError("send on closed channel");
	}
	sudog *sg = dequeue(&c->recvq);
	if (sg != 0) {
		unlocker u = {.fn = unlockchan, .c = c};
		send(c, sg, ep, &u);
		return true;
	}
	if (c->qcount < c->dataqsiz) {
		typedmemmove(c->elemtype, chanbuf(c, c->sendx), ep);
		if (++c->sendx == c->dataqsiz)
			c->sendx = 0;
		c->qcount++;
		unlock(&c->lock);
		return true;
	}
	if (!block) {
		unlock(&c->lock);
		return false;
	}
	/* Wait for a receiver, which will take the value from ep. */
	if (!chanpark(c, &c->sendq, (void *)ep, waitReasonChanSend)) {
		if (c->closed == 0)
			throw("chansend: spurious wakeup");
		panicPlainError("send on closed channel");
	}
	return true;
}

/* c <- v: the compiler passes the address of v. */
void rt_chansend1(hchan *c, const void *elem)
{
	chansend(c, elem, true);
}

/* ---- receive ---- */

/*
 * recv completes a receive on c from sg, a sender waiting on the full
 * channel c. Unbuffered: the value comes straight from the sender. Else
 * the receiver takes the value at the head of the buffer and the
 * sender's value goes to the tail, which is the same slot since the
 * buffer is full. c is locked; unlock releases it.
 */
static void recv(hchan *c, sudog *sg, void *ep, const unlocker *u)
{
	if (c->dataqsiz == 0) {
		if (ep != 0)
			typedmemmove(c->elemtype, ep, sg->elem);   /* recvDirect */
	} else {
		void *qp = chanbuf(c, c->recvx);
		if (ep != 0)
			typedmemmove(c->elemtype, ep, qp);
		typedmemmove(c->elemtype, qp, sg->elem);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		c->sendx = c->recvx;
	}
	wakepartner(sg, u);
}

/* The result of chanrecv: selected (a receive happened, or would have
 * with block), received (a value came from a send, not from close). */
typedef struct recvResult {
	bool selected;
	bool received;
} recvResult;

/*
 * chanrecv receives from c into ep (which may be 0: the value is
 * dropped). A closed, drained channel gives the zero value and received
 * false. With block false it returns selected false instead of blocking.
 */
static recvResult chanrecv(hchan *c, void *ep, bool block)
{
	if (c == 0) {
		if (!block)
			return (recvResult){false, false};
		gopark(0, 0, waitReasonChanReceiveNilChan);
		throw("unreachable");
	}
	/* Fast path: a non-blocking receive from an empty channel fails
	 * without the lock, unless the channel is closed (checked after
	 * emptiness, which cannot come back once closed). */
	if (!block && empty(c)) {
		if (__atomic_load_n(&c->closed, __ATOMIC_SEQ_CST) == 0)
			return (recvResult){false, false};
		if (empty(c)) {
			if (ep != 0)
				typedmemclr(c->elemtype, ep);
			return (recvResult){true, false};
		}
	}
	lock(&c->lock);
	if (c->closed != 0) {
		if (c->qcount == 0) {
			unlock(&c->lock);
			if (ep != 0)
				typedmemclr(c->elemtype, ep);
			return (recvResult){true, false};
		}
	} else {
		sudog *sg = dequeue(&c->sendq);
		if (sg != 0) {
			unlocker u = {.fn = unlockchan, .c = c};
			recv(c, sg, ep, &u);
			return (recvResult){true, true};
		}
	}
	if (c->qcount > 0) {
		void *qp = chanbuf(c, c->recvx);
		if (ep != 0)
			typedmemmove(c->elemtype, ep, qp);
		typedmemclr(c->elemtype, qp);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		c->qcount--;
		unlock(&c->lock);
		return (recvResult){true, true};
	}
	if (!block) {
		unlock(&c->lock);
		return (recvResult){false, false};
	}
	/* Wait for a sender, which will put its value at ep. */
	return (recvResult){true, chanpark(c, &c->recvq, ep, waitReasonChanReceive)};
}

/* v = <-c: the compiler passes where v goes, or 0 to drop it. */
void rt_chanrecv1(hchan *c, void *elem)
{
	chanrecv(c, elem, true);
}

/* v, ok = <-c: ok is false for the zero value of a closed channel. */
uintptr_t rt_chanrecv2(hchan *c, void *elem)
{
	return chanrecv(c, elem, true).received;
}

/* ---- close ---- */

/* closewaiters takes every waiter off q, a queue of the channel c being
 * closed, and pushes its g on *glist, to be readied once c is unlocked:
 * woken without success, a receiver with the zero value (zero). */
static void closewaiters(hchan *c, waitq *q, bool zero, g **glist)
{
	sudog *sg;
	while ((sg = dequeue(q)) != 0) {
		if (zero && sg->elem != 0)
			typedmemclr(c->elemtype, sg->elem);
		sg->elem = 0;
		g *gp = sg->g;
		gp->param = sg;
		sg->success = false;
		gp->schedlink = *glist;
		*glist = gp;
	}
}

/*
 * closechan closes c: every waiting receiver gets the zero value and
 * received false; every waiting sender panics (when it runs again).
 * The waiters are made runnable after the lock is released; gc collects
 * them on a stack (glist) and readies them from its top, so the last
 * receiver queued runs first, and the same order is kept here.
 */
void rt_closechan(hchan *c)
{
	if (c == 0)
		panicPlainError("close of nil channel");
	lock(&c->lock);
	if (c->closed != 0) {
		unlock(&c->lock);
		panicPlainError("close of closed channel");
	}
	c->closed = 1;
	g *glist = 0;   /* linked through schedlink */
	closewaiters(c, &c->recvq, true, &glist);
	closewaiters(c, &c->sendq, false, &glist);
	unlock(&c->lock);
	while (glist != 0) {
		g *gp = glist;
		glist = gp->schedlink;
		gp->schedlink = 0;
		goready(gp);
	}
}

/* ---- select ---- */

/*
 * A select with one case and a default, as gc compiles it:
 *     select { case c <- v: ... default: ... }  →  if selectnbsend(c, &v) { ... } else { ... }
 *     select { case v, ok = <-c: ... default: ... }  →  selected, ok := selectnbrecv(&v, c)
 */
uintptr_t rt_selectnbsend(hchan *c, const void *elem)
{
	return chansend(c, elem, false);
}

/* Two result words: selected, received. */
SelectedReceived rt_selectnbrecv(void *elem, hchan *c)
{
	recvResult r = chanrecv(c, elem, false);
	return (SelectedReceived){r.selected, r.received};
}

/* select {}: block forever. */
void rt_block(void)
{
	gopark(0, 0, waitReasonSelectNoCases);
	throw("unreachable");
}

/*
 * sellock locks the channels of a select in lockorder (by address, so
 * that two selects on the same channels cannot deadlock each other once
 * there are several m's), each channel once however many cases name it.
 */
static void sellock(scase *cas0, const uint16_t *lockorder, intgo n)
{
	hchan *last = 0;
	for (intgo i = 0; i < n; i++) {
		hchan *c = cas0[lockorder[i]].c;
		if (c != last) {
			last = c;
			lock(&c->lock);
		}
	}
}

/* selunlock unlocks them in reverse order. Once the last lock is
 * released another m might wake this g and free its frame (cas0 is in
 * it), so nothing may be read after that (gc's caution, kept). */
static void selunlock(scase *cas0, const uint16_t *lockorder, intgo n)
{
	for (intgo i = n - 1; i >= 0; i--) {
		hchan *c = cas0[lockorder[i]].c;
		if (i > 0 && c == cas0[lockorder[i - 1]].c)
			continue;   /* unlocked with the earlier case */
		unlock(&c->lock);
	}
}

static void selunlocker(const unlocker *u)
{
	selunlock(u->cas0, u->lockorder, u->n);
}

/* selparkcommit, gopark's unlock function for a select: unlocks every
 * channel in gp.waiting, which is in lock order. */
static bool selparkcommit(g *gp, void *unused)
{
	(void)unused;
	gp->activeStackChans = true;
	__atomic_store_n(&gp->parkingOnChan, 0, __ATOMIC_SEQ_CST);
	hchan *lastc = 0;
	for (sudog *sg = gp->waiting; sg != 0; sg = sg->waitlink) {
		/* The same channel twice in a row: unlock it once. */
		if (sg->c != lastc && lastc != 0)
			unlock(&lastc->lock);
		lastc = sg->c;
	}
	if (lastc != 0)
		unlock(&lastc->lock);
	return true;
}

/* sortlockorder sorts order[0:n] by the cases' channel addresses: a
 * heap sort, as gc's, since it needs no extra memory. */
static void sortlockorder(scase *cas0, uint16_t *order, intgo n)
{
	/* Build a max-heap, inserting each case in turn. */
	for (intgo i = 0; i < n; i++) {
		intgo j = i;
		uint16_t k = order[i];
		hchan *c = cas0[k].c;
		while (j > 0 && cas0[order[(j - 1) / 2]].c < c) {
			order[j] = order[(j - 1) / 2];
			j = (j - 1) / 2;
		}
		order[j] = k;
	}
	/* Move the largest to the end, repeatedly. */
	for (intgo i = n - 1; i > 0; i--) {
		uint16_t o = order[i];
		order[i] = order[0];
		intgo j = 0;
		for (;;) {
			intgo k = j * 2 + 1;
			if (k >= i)
				break;
			if (k + 1 < i && cas0[order[k]].c < cas0[order[k + 1]].c)
				k++;
			if (cas0[o].c < cas0[order[k]].c) {
				order[j] = order[k];
				j = k;
				continue;
			}
			break;
		}
		order[j] = o;
	}
}

/*
 * selectpark is passes 2 and 3 of selectgo, when no case can proceed:
 * wait on every channel at once, one sudog per case linked from
 * g.waiting in lock order, and park. The case that wakes this g won
 * g.selectDone (dequeue) and left its sudog in g.param; the sudogs of
 * the other cases are taken off their queues here. The channels are
 * locked on entry and unlocked on return.
 */
static SelectResult selectpark(scase *cas0, uint16_t *lockorder, intgo norder, intgo nsends)
{
	g *gp = getg();
	gp->waiting = 0;
	sudog **nextp = &gp->waiting;
	for (intgo i = 0; i < norder; i++) {
		intgo casi = lockorder[i];
		scase *cas = &cas0[casi];
		sudog *sg = acquireSudog();
		sg->g = gp;
		sg->isSelect = true;
		sg->elem = cas->elem;
		sg->c = cas->c;
		*nextp = sg;
		nextp = &sg->waitlink;
		enqueue(casi < nsends ? &cas->c->sendq : &cas->c->recvq, sg);
	}
	gp->param = 0;
	__atomic_store_n(&gp->parkingOnChan, 1, __ATOMIC_SEQ_CST);
	gopark(selparkcommit, 0, waitReasonSelect);
	gp->activeStackChans = false;

	sellock(cas0, lockorder, norder);
	gp->selectDone = 0;
	sudog *won = gp->param;
	gp->param = 0;
	/* Clear every sudog before unlinking any: a channel's queue must
	 * not see a half-dismantled select. */
	for (sudog *sg = gp->waiting; sg != 0; sg = sg->waitlink) {
		sg->isSelect = false;
		sg->elem = 0;
		sg->c = 0;
	}
	sudog *sglist = gp->waiting;
	gp->waiting = 0;
	intgo casi = -1;
	bool success = false;
	for (intgo i = 0; i < norder; i++) {
		scase *k = &cas0[lockorder[i]];
		if (sglist == won) {
			casi = lockorder[i];
			success = sglist->success;
		} else {
			dequeueSudoG(lockorder[i] < nsends ? &k->c->sendq : &k->c->recvq, sglist);
		}
		sudog *next = sglist->waitlink;
		sglist->waitlink = 0;
		releaseSudog(sglist);
		sglist = next;
	}
	if (casi < 0)
		throw("selectgo: bad wakeup");
	selunlock(cas0, lockorder, norder);
	/* A send woken without success: its channel was closed. */
	if (casi < nsends && !success)
		panicPlainError("send on closed channel");
	return (SelectResult){casi, casi >= nsends && success};
}

/* The pass-1 outcome of a select: which kind of ready case was found. */
enum { selNone, selRecv, selBufRecv, selRecvClosed, selSend, selBufSend, selSendClosed };

/*
 * selectgo runs a select statement of nsends send cases and nrecvs
 * receive cases, laid out by the compiler in cas0 (sends first) with
 * order0 as scratch space for 2 * ncases uint16s (pc0 is for the race
 * detector: unused). It returns the index of the case that ran, or -1
 * if none was ready and block is false (the default case), and for a
 * receive whether a value was received (not a close).
 *
 * Three passes, as gc's: (1) in a random order (fastrand: the spec's
 * uniform choice among ready cases), run the first case that can
 * proceed now; (2) else enqueue a sudog on every channel and park; (3)
 * once woken by one of them, dequeue the others. Channels are locked in
 * address order throughout (sellock), each once.
 */
SelectResult rt_selectgo(scase *cas0, uint16_t *order0, uintptr_t *pc0, intgo nsends, intgo nrecvs,
			 uintptr_t block)
{
	(void)pc0;
	intgo ncases = nsends + nrecvs;
	uint16_t *pollorder = order0, *lockorder = order0 + ncases;
	/* A random permutation of the cases with a channel: a nil channel
	 * never proceeds, so its case is left out. */
	intgo norder = 0;
	for (intgo i = 0; i < ncases; i++) {
		if (cas0[i].c == 0) {
			cas0[i].elem = 0;
			continue;
		}
		intgo j = (intgo)fastrandn((uint32_t)(norder + 1));
		pollorder[norder] = pollorder[j];
		pollorder[j] = (uint16_t)i;
		norder++;
	}
	for (intgo i = 0; i < norder; i++)
		lockorder[i] = pollorder[i];
	sortlockorder(cas0, lockorder, norder);
	sellock(cas0, lockorder, norder);
	unlocker u = {.fn = selunlocker, .cas0 = cas0, .lockorder = lockorder, .n = norder};

	/* Pass 1: a case that can proceed now. */
	intgo casi = -1;
	int what = selNone;
	sudog *sg = 0;
	for (intgo i = 0; i < norder && what == selNone; i++) {
		casi = pollorder[i];
		hchan *c = cas0[casi].c;
		if (casi >= nsends) {
			if ((sg = dequeue(&c->sendq)) != 0)
				what = selRecv;
			else if (c->qcount > 0)
				what = selBufRecv;
			else if (c->closed != 0)
				what = selRecvClosed;
		} else {
			if (c->closed != 0)
				what = selSendClosed;
			else if ((sg = dequeue(&c->recvq)) != 0)
				what = selSend;
			else if (c->qcount < c->dataqsiz)
				what = selBufSend;
		}
	}
	if (what == selNone) {
		if (!block) {
			selunlock(cas0, lockorder, norder);
			return (SelectResult){-1, false};
		}
		return selectpark(cas0, lockorder, norder, nsends);
	}
	scase *cas = &cas0[casi];
	hchan *c = cas->c;
	bool recvOK = false;
	switch (what) {
	case selRecv:
		recv(c, sg, cas->elem, &u);
		recvOK = true;
		break;
	case selBufRecv: {
		void *qp = chanbuf(c, c->recvx);
		if (cas->elem != 0)
			typedmemmove(c->elemtype, cas->elem, qp);
		typedmemclr(c->elemtype, qp);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		c->qcount--;
		selunlock(cas0, lockorder, norder);
		recvOK = true;
		break;
	}
	case selRecvClosed:
		selunlock(cas0, lockorder, norder);
		if (cas->elem != 0)
			typedmemclr(c->elemtype, cas->elem);
		break;
	case selSend:
		send(c, sg, cas->elem, &u);
		break;
	case selBufSend:
		typedmemmove(c->elemtype, chanbuf(c, c->sendx), cas->elem);
		if (++c->sendx == c->dataqsiz)
			c->sendx = 0;
		c->qcount++;
		selunlock(cas0, lockorder, norder);
		break;
	case selSendClosed:
		selunlock(cas0, lockorder, norder);
		panicPlainError("send on closed channel");
	}
	return (SelectResult){casi, recvOK};
}

/* ---- reflect (rt/go/reflect/chan.go, through rt/linkname.def) ---- */

/* Value.Send and TrySend: nb (a Go bool, so only its low byte is
 * meaningful) asks for the non-blocking send of a select with a default. */
uintptr_t rt_reflect_chansend(hchan *c, const void *elem, uintptr_t nb)
{
	return chansend(c, elem, (uint8_t)nb == 0);
}

/* Value.Recv and TryRecv: selected, received. */
SelectedReceived rt_reflect_chanrecv(hchan *c, uintptr_t nb, void *elem)
{
	recvResult r = chanrecv(c, elem, (uint8_t)nb == 0);
	return (SelectedReceived){r.selected, r.received};
}

/* A case of reflect.Select as rt/go/reflect/chan.go lays it out (its
 * runtimeSelect), and its SelectDir values. */
typedef struct runtimeSelect {
	intgo dir;
	_type *typ;              /* the channel's type: unused here */
	hchan *ch;
	void *val;               /* the value to send, or where to receive */
} runtimeSelect;

enum { selectSend = 1, selectRecv, selectDefault };

/*
 * reflect.Select's runtime half: lays the cases out as the compiler
 * does for a select statement (sends first, then receives, the default
 * left out), runs selectgo, and maps its answer back to the caller's
 * case index (the default's when nothing was ready). The Go side has
 * checked the cases. No cases at all: block forever, as select {}.
 */
SelectResult rt_reflect_rselect(runtimeSelect *cases, intgo n)
{
	if (n == 0)
		rt_block();
	scase *sel = mallocgc((uintptr_t)n * sizeof(scase), 0, true);
	intgo *orig = mallocgc((uintptr_t)n * sizeof(intgo), 0, true);
	intgo nsends = 0, nrecvs = 0, dflt = -1;
	/* Sends count up from sel[0], receives down from sel[n-1]. */
	for (intgo i = 0; i < n; i++) {
		intgo j;
		switch (cases[i].dir) {
		case selectSend:
			j = nsends++;
			break;
		case selectRecv:
			j = n - ++nrecvs;
			break;
		default:
			dflt = i;
			continue;
		}
		sel[j] = (scase){cases[i].ch, cases[i].val};
		orig[j] = i;
	}
	if (nsends + nrecvs == 0)
		return (SelectResult){dflt, false};
	/* With a default, close the one-case gap between the two runs. */
	if (nsends + nrecvs < n) {
		memmove(&sel[nsends], &sel[n - nrecvs], (uintptr_t)nrecvs * sizeof(scase));
		memmove(&orig[nsends], &orig[n - nrecvs], (uintptr_t)nrecvs * sizeof(intgo));
	}
	uint16_t *order = mallocgc(2 * (uintptr_t)(nsends + nrecvs) * sizeof(uint16_t), 0, true);
	SelectResult r = rt_selectgo(sel, order, 0, nsends, nrecvs, dflt < 0);
	r.casi = r.casi < 0 ? dflt : orig[r.casi];
	return r;
}
