/*
 * time.c — the clocks and sleeping, for package runtime and GOROOT's
 * time (rt/linkname.def; gc's time.go, timestub.go, time_linux_amd64.s).
 *
 * Both clocks are read with the clock_gettime system call: about 50 ns
 * each on current Linux, where gc reads them through the vDSO (about
 * 20 ns) without entering the kernel. time.Now reads both, so costs
 * about twice that; the vDSO is an optimisation for later, which would
 * change nothing else here.
 *
 * Sleeping blocks the thread in the kernel. That is right while the
 * process has one goroutine on one m: nothing else could run meanwhile.
 * The scheduler replaces it with gc's design (the goroutine parks on a
 * timer and the m runs others), keeping the entry point.
 *
 * Timers (time.NewTimer, AfterFunc, Ticker, ...) need what fires them:
 * a timer heap that the scheduler runs, and the channels or goroutines
 * their functions use (sendTime, goFunc). None exists yet, so starting
 * one is a fatal error saying so rather than a timer that never fires.
 *
 * Runs on the goroutine stack, within RT_SMALL_STACK (HACKING.md).
 */
#include "entry.h"

#define CLOCK_REALTIME  0
#define CLOCK_MONOTONIC 1
#define TIMER_ABSTIME   1
#define EINTR 4

typedef struct timespec {
	int64_t sec, nsec;
} timespec;

/* runtime.nanotime, time.runtimeNano, ...: the monotonic clock in ns. */
int64_t rt_nanotime(void)
{
	timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.sec * 1000000000 + ts.nsec;
}

/* time.now() (sec int64, nsec int32, mono int64): the wall clock, and
 * the monotonic one for time.Since and friends. */
TimeNow rt_time_now(void)
{
	timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (TimeNow){ts.sec, (int32_t)ts.nsec, rt_nanotime()};
}

/*
 * time.Sleep(d): until the monotonic clock passes now + d (gc's
 * deadline, which an overflow clamps to the largest time). An absolute
 * deadline makes a sleep interrupted by a signal (EINTR) simply resume.
 * The scheduler will park the goroutine on a timer here instead, as
 * gc's timeSleep does, and let the m run others (file comment).
 */
void rt_time_Sleep(int64_t ns)
{
	if (ns <= 0)
		return;
	int64_t now = rt_nanotime();
	int64_t when = ns > INT64_MAX - now ? INT64_MAX : now + ns;
	timespec ts = {when / 1000000000, when % 1000000000};
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, 0) == -EINTR)
		;
}

/* time.startTimer, stopTimer, resetTimer, modTimer (file comment; the
 * timer's layout is runtime.h's runtimeTimer, checked against time's). */
void rt_time_timer(void)
{
	fatal("timers not supported yet");
}
