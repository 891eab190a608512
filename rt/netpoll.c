/*
 * netpoll.c — GOROOT internal/poll's hooks into the runtime's network
 * poller (rt/linkname.def; gc's netpoll.go and sema.go).
 *
 * There is no poller yet: gc's waits for a descriptor in epoll while the
 * goroutine is parked, which needs a scheduler with more than one
 * goroutine. pollOpen therefore fails, as gc's does for a descriptor
 * epoll will not take (a regular file: EPERM), and internal/poll keeps
 * such a descriptor in blocking mode: every read and write is the plain
 * system call, and os files, pipes and terminals work as gc's blocking
 * files do. Deadlines (SetDeadline) report os.ErrNoDeadline.
 *
 * With no poll descriptor ever handed out (internal/poll stores the 0
 * it gets and tests for it before every other hook), the hooks that take
 * one cannot be reached; they throw if they are.
 *
 * Runs on the goroutine stack, within RT_SMALL_STACK (HACKING.md).
 */
#include "entry.h"

#define EPERM 1

/* internal/poll.runtime_pollServerInit(): once, before the first
 * pollOpen. gc creates its epoll instance here. */
void rt_poll_ServerInit(void)
{
}

/* internal/poll.runtime_pollOpen(fd uintptr) (uintptr, int): a poll
 * descriptor and 0, or 0 and an errno. */
PtrInt rt_poll_Open(uintptr_t fd)
{
	(void)fd;
	return (PtrInt){0, EPERM};
}

/* pollClose, pollWait, pollWaitCanceled, pollReset, pollSetDeadline and
 * pollUnblock take a poll descriptor, which pollOpen never gave. */
void rt_poll_nopoller(void)
{
	throw("netpoll: no poll descriptor exists");
}

/* internal/poll.runtime_isPollServerDescriptor(fd uintptr) bool: whether
 * fd is the poller's own (epoll's, in gc), which must not be closed. */
uintptr_t rt_poll_IsPollServerDescriptor(uintptr_t fd)
{
	(void)fd;
	return false;
}

/* internal/poll.runtime_Semrelease(*uint32): fd_mutex's semaphore, whose
 * acquire is sync's (sema.c): the release wakes a goroutine waiting in
 * it, without handing the semaphore over, as gc's semrelease. */
void rt_poll_Semrelease(uint32_t *s)
{
	rt_sync_Semrelease(s, false, 0);
}
