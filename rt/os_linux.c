/*
 * os_linux.c — the process as GOROOT's syscall and os packages see it
 * (rt/linkname.def): the command-line arguments and the environment,
 * exit, the page size, and the hooks syscall calls around fork and exec
 * (gc's runtime1.go, os_linux.go and proc.go hold the same).
 *
 * The arguments and the environment become []string once, at boot
 * (goargs, goenvs: strings pointing into the block the kernel gave the
 * process, never copied), and every request gets a fresh copy of the
 * slice, as gc's do: os.Args and syscall's environment map may be
 * changed by the program without changing what the next caller sees.
 *
 * Runs on the goroutine stack, within RT_SMALL_STACK (HACKING.md),
 * except goargs and goenvs (g0, from schedinit).
 */
#include "entry.h"

/* Built by goargs and goenvs; never changed afterwards. The GC to come
 * must scan them (their strings are outside the heap, the arrays not). */
static Slice argslice;
static Slice envs;

/* A []string of the n C strings at v, pointing into them. */
static Slice cstrings(char **v, intgo n)
{
	String *a = mallocgc((uintptr_t)n * sizeof(String), &stringType, true);
	for (intgo i = 0; i < n; i++) {
		intgo len = 0;
		while (v[i][len] != 0)
			len++;
		a[i] = (String){(const uint8_t *)v[i], len};
	}
	return (Slice){a, n, n};
}

/* Runs on g0, after mallocinit. */
void goargs(void)
{
	argslice = cstrings(argv, argc);
}

/* Runs on g0, after mallocinit. */
void goenvs(void)
{
	intgo n = 0;
	while (envp[n] != 0)
		n++;
	envs = cstrings(envp, n);
}

/* append([]string{}, s...): a new array with append's capacity (gc's
 * size classes), since cap(os.Args) is observable. */
static Slice copystrings(Slice s)
{
	uintptr_t size = roundupsize((uintptr_t)s.len * sizeof(String));
	String *a = mallocgc(size, &stringType, true);
	memmove(a, s.array, (uintptr_t)s.len * sizeof(String));
	return (Slice){a, s.len, (intgo)(size / sizeof(String))};
}

/* os.runtime_args() []string */
Slice rt_os_runtime_args(void)
{
	return copystrings(argslice);
}

/* syscall.runtime_envs() []string: syscall copies it into its own map
 * on first use (syscall.Getenv and friends). */
Slice rt_syscall_runtime_envs(void)
{
	return copystrings(envs);
}

/* syscall.setenv_c(k, v string), unsetenv_c(k string): tell the C
 * library about a changed environment. hood programs have no C library
 * (gc's do only with cgo), so there is nobody to tell. */
void rt_syscall_setenv_c(String k, String v)
{
	(void)k, (void)v;
}

void rt_syscall_unsetenv_c(String k)
{
	(void)k;
}

/* syscall.Getpagesize() int */
intgo rt_syscall_Getpagesize(void)
{
	return (intgo)physPageSize;
}

/* syscall.Exit(code int): exit_group at once, as gc's: no deferred
 * calls, no flushing (os.Exit's hook below runs first). */
void rt_syscall_Exit(intgo code)
{
	exit((int32_t)code);
}

/* os.runtime_beforeExit(), which os.Exit(0) calls before syscall.Exit:
 * gc's finishes the race detector there, which hood does not have. */
void rt_os_beforeExit(void)
{
}

/* os.fastrand() uint32: the random names of os.CreateTemp and MkdirTemp. */
uint32_t rt_os_fastrand(void)
{
	return fastrand();
}

/*
 * syscall.runtime_BeforeFork, AfterFork, AfterForkInChild: around the
 * vfork in syscall.forkExec. Signals stay blocked from before the fork
 * until the parent continues, and until the child has put back the
 * default handlers, so the child (which shares the parent's memory
 * until it execs) never runs the runtime's handler. m.locks keeps the
 * goroutine on its m meanwhile (nothing moves it yet).
 *
 * Deviation: gc also poisons g.stackguard0 so that any stack growth
 * between fork and exec throws; its child code is //go:nosplit and has
 * no prologue check, but hood does not honour nosplit yet, so the
 * poison would stop the child's ordinary prologues. Stacks do not move
 * yet either, so there is nothing to catch.
 */
void rt_syscall_BeforeFork(void)
{
	m *mp = getg()->m;
	mp->locks++;
	sigblockall(&mp->sigmask);
}

void rt_syscall_AfterFork(void)
{
	m *mp = getg()->m;
	msigrestore(mp->sigmask);
	mp->locks--;
}

/* In the child, before exec. Must not allocate: the child shares the
 * parent's heap. */
void rt_syscall_AfterForkInChild(void)
{
	clearSignalHandlers();
	msigrestore(getg()->m->sigmask);
}

/* syscall.runtime_BeforeExec, AfterExec: gc holds a lock there so that
 * no thread is created while the process execs. hood's runtime never
 * creates a thread, so there is nothing to hold. */
void rt_syscall_BeforeExec(void)
{
}

void rt_syscall_AfterExec(void)
{
}

/* syscall.cgocaller: calls C code through cgo, which hood has not (the
 * cgo hooks it serves are never set, so syscall never calls it). */
void rt_syscall_cgocaller(void)
{
	throw("cgocall unavailable");
}
