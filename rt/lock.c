/*
 * lock.c — the runtime's mutexes (gc's lock_futex.go shape): lock and
 * unlock of a mutex word, and acquirem/releasem, which keep the current
 * g on its m.
 *
 * hood runs one m, so no two threads ever hold or want a lock at once:
 * a lock found held can only be the m's own, taken again before it was
 * released, which is a runtime bug (a self-deadlock), so it throws. The
 * locks are taken anyway wherever gc takes them (hchan.lock, the
 * semaphore roots, notify lists), so that the code is already right
 * for several m's. Then lock becomes gc's: CAS the key from unlocked to
 * locked; on failure spin a little (procyield), then futexsleep on the
 * key until unlock's futexwakeup; and the order of lock ranks in
 * HACKING.md is checked in debug builds.
 *
 * m.locks counts the locks held: while it is positive the g must not be
 * preempted or rescheduled (gc: "no preemption while holding locks").
 * Must not allocate. Runs on any stack.
 */
#include "entry.h"

/* The key of a locked mutex (gc's mutex_locked). */
#define MUTEX_LOCKED 1

void lock(mutex *l)
{
	m *mp = getg()->m;
	mp->locks++;
	if (__atomic_exchange_n(&l->key, MUTEX_LOCKED, __ATOMIC_ACQUIRE) != 0)
		throw("lock: lock already held (self-deadlock: one m)");
}

void unlock(mutex *l)
{
	if (__atomic_exchange_n(&l->key, 0, __ATOMIC_RELEASE) == 0)
		throw("unlock of unlocked lock");
	m *mp = getg()->m;
	if (--mp->locks < 0)
		throw("runtime·unlock: lock count");
}

/* acquirem pins the current g to its m (no preemption) and returns the m. */
m *acquirem(void)
{
	m *mp = getg()->m;
	mp->locks++;
	return mp;
}

void releasem(m *mp)
{
	mp->locks--;
}
