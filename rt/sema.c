/*
 * sema.c — the semaphores and notify lists under package sync (gc's
 * sema.go): sync.Mutex, RWMutex and WaitGroup block in
 * runtime_Semacquire*, sync.Cond in runtime_notifyListWait. GOROOT's
 * sync calls them through rt/linkname.def.
 *
 * A semaphore is a uint32 in the Go program's memory. Acquire takes one
 * if it is positive (the fast path, one CAS); otherwise the goroutine
 * waits on the semaphore's root: the address hashes to one of
 * SEMTABSZ roots, each a lock and a list of the waiting sudogs of all
 * the addresses that hash there (sudog.elem holds the address), FIFO
 * per address, or LIFO when the caller asks (a Mutex waiter that has
 * waited before goes first). Release adds one and, if anyone waits on
 * that address, wakes the first waiter, which then tries again, or
 * hands the semaphore to it directly (handoff: a starving Mutex) and
 * yields so that it runs at once.
 *
 * gc keeps each root's addresses in a balanced tree (a treap) with a
 * list per address, so that one root with many distinct contended
 * addresses stays fast; hood's roots keep one list and find an address
 * by walking it. root.nwait lets release skip the lock when nobody
 * waits; with several m's it is read without the lock, as gc does.
 *
 * Runs on the goroutine stack, within RT_SMALL_STACK (HACKING.md).
 */
#include "entry.h"

/* gc's semTabSize: a prime, so that addresses spread over the roots. */
#define SEMTABSZ 251

typedef struct semaRoot {
	mutex lock;
	sudog *head;      /* the waiters, linked through next/prev */
	sudog *tail;
	uint32_t nwait;   /* waiters on all of this root's addresses */
} semaRoot;

static semaRoot semtable[SEMTABSZ];

static semaRoot *semroot(uint32_t *addr)
{
	return &semtable[((uintptr_t)addr >> 3) % SEMTABSZ];
}

/* cansemacquire takes one from *addr if it is positive. */
static bool cansemacquire(uint32_t *addr)
{
	for (;;) {
		uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
		if (v == 0)
			return false;
		if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
			return true;
	}
}

/* queue adds s, waiting on addr, to root's list: last among addr's
 * waiters, or first with lifo. */
static void queue(semaRoot *root, uint32_t *addr, sudog *s, bool lifo)
{
	s->g = getg();
	s->elem = addr;
	s->next = 0;
	s->prev = 0;
	sudog *at = 0;   /* insert before this one (0: at the tail) */
	if (lifo)
		for (at = root->head; at != 0 && at->elem != addr; at = at->next)
			;
	if (at == 0) {
		s->prev = root->tail;
		if (root->tail != 0)
			root->tail->next = s;
		else
			root->head = s;
		root->tail = s;
		return;
	}
	s->next = at;
	s->prev = at->prev;
	if (at->prev != 0)
		at->prev->next = s;
	else
		root->head = s;
	at->prev = s;
}

/* dequeue takes the first waiter on addr off root's list, or returns 0. */
static sudog *dequeue(semaRoot *root, uint32_t *addr)
{
	sudog *s = root->head;
	while (s != 0 && s->elem != addr)
		s = s->next;
	if (s == 0)
		return 0;
	if (s->prev != 0)
		s->prev->next = s->next;
	else
		root->head = s->next;
	if (s->next != 0)
		s->next->prev = s->prev;
	else
		root->tail = s->prev;
	s->next = 0;
	s->prev = 0;
	s->elem = 0;
	return s;
}

/* semacquire1 takes one from *addr, waiting until a release makes that
 * possible or hands it over (s.ticket). */
static void semacquire1(uint32_t *addr, bool lifo)
{
	if (cansemacquire(addr))
		return;
	sudog *s = acquireSudog();
	semaRoot *root = semroot(addr);
	s->ticket = 0;
	for (;;) {
		lock(&root->lock);
		/* Count first, so that a release sees a waiter to wake... */
		__atomic_add_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
		/* ...then check again: a release may have come in between. */
		if (cansemacquire(addr)) {
			__atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
			unlock(&root->lock);
			break;
		}
		queue(root, addr, s, lifo);
		goparkunlock(&root->lock, waitReasonSemacquire);
		if (s->ticket != 0 || cansemacquire(addr))
			break;
	}
	releaseSudog(s);
}

/* semrelease1 adds one to *addr and wakes a waiter on it, if any. With
 * handoff the waiter is given the semaphore (it need not compete for
 * it) and runs at once. */
static void semrelease1(uint32_t *addr, bool handoff)
{
	semaRoot *root = semroot(addr);
	__atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
	if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0)
		return;
	lock(&root->lock);
	if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0) {
		unlock(&root->lock);   /* taken by a waiter meanwhile */
		return;
	}
	sudog *s = dequeue(root, addr);
	if (s != 0)
		__atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
	unlock(&root->lock);
	if (s == 0)
		return;
	if (s->ticket != 0)
		throw("corrupted semaphore ticket");
	if (handoff && cansemacquire(addr))
		s->ticket = 1;
	goready(s->g);
	/* Direct handoff: the waiter is in runnext; let it run now, unless
	 * this g may not be rescheduled (it holds runtime locks). */
	if (s->ticket == 1 && getg()->m->locks == 0)
		goyield();
}

void rt_sync_Semacquire(uint32_t *s)
{
	semacquire1(s, false);
}

void rt_sync_SemacquireMutex(uint32_t *s, uintptr_t lifo, intgo skipframes)
{
	(void)skipframes;   /* for the mutex profile (not written yet) */
	semacquire1(s, lifo & 1);
}

void rt_sync_Semrelease(uint32_t *s, uintptr_t handoff, intgo skipframes)
{
	(void)skipframes;
	semrelease1(s, handoff & 1);
}

/* ---- notify lists (sync.Cond) ---- */

/* less compares tickets, which wrap around: a < b. */
static bool less(uint32_t a, uint32_t b)
{
	return (int32_t)(a - b) < 0;
}

uint32_t rt_sync_notifyListAdd(notifyList *l)
{
	return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

/* Waits for ticket t to be notified (it may already be). */
void rt_sync_notifyListWait(notifyList *l, uint32_t t)
{
	lock(&l->lock);
	if (less(t, l->notify)) {
		unlock(&l->lock);
		return;
	}
	sudog *s = acquireSudog();
	s->g = getg();
	s->ticket = t;
	if (l->tail == 0)
		l->head = s;
	else
		l->tail->next = s;
	l->tail = s;
	goparkunlock(&l->lock, waitReasonSyncCondWait);
	releaseSudog(s);
}

void rt_sync_notifyListNotifyAll(notifyList *l)
{
	/* Nothing to do unless a ticket was handed out since the last notify. */
	if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
		return;
	lock(&l->lock);
	sudog *s = l->head;
	l->head = 0;
	l->tail = 0;
	__atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
	unlock(&l->lock);
	while (s != 0) {
		sudog *next = s->next;
		s->next = 0;
		goready(s->g);
		s = next;
	}
}

void rt_sync_notifyListNotifyOne(notifyList *l)
{
	if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
		return;
	lock(&l->lock);
	uint32_t t = l->notify;
	if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
		unlock(&l->lock);
		return;
	}
	__atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
	/* The waiter with ticket t, if it has parked yet (else its Wait
	 * sees the ticket notified and does not park). */
	for (sudog *p = 0, *s = l->head; s != 0; p = s, s = s->next) {
		if (s->ticket != t)
			continue;
		sudog *n = s->next;
		if (p != 0)
			p->next = n;
		else
			l->head = n;
		if (n == 0)
			l->tail = p;
		unlock(&l->lock);
		s->next = 0;
		goready(s->g);
		return;
	}
	unlock(&l->lock);
}

void rt_sync_notifyListCheck(uintptr_t size)
{
	if (size != sizeof(notifyList)) {
		printcstring("runtime: bad notifyList size - sync=");
		printuint(size);
		printcstring(" runtime=");
		printuint(sizeof(notifyList));
		printnl();
		throw("bad notifyList size");
	}
}
