/*
 * sys_linux_amd64.S — the raw Linux system calls the runtime uses, called
 * from C with the System V convention (arguments in RDI, RSI, RDX, R10
 * for the 4th, R8, R9; result in RAX, -errno on failure). hood links no
 * libc, so these are the runtime's only way to the kernel.
 * Must not allocate. Safe on any stack (no frame).
 */

#define SYS_write        1
#define SYS_rt_sigaction 13
#define SYS_rt_sigreturn 15
#define SYS_sigaltstack  131
#define SYS_mmap         9
#define SYS_munmap       11
#define SYS_arch_prctl   158
#define SYS_exit_group   231
#define SYS_sched_getaffinity 204
#define SYS_clock_gettime 228
#define SYS_rt_sigprocmask 14
#define SYS_clock_nanosleep 230
#define SYS_getpid       39
#define SYS_gettid       186
#define SYS_tgkill       234

	.text

/* intgo write1(uintptr fd, const void *p, intgo n) */
	.globl write1
	.type write1, @function
write1:
	movl	$SYS_write, %eax
	syscall
	ret
	.size write1, .-write1

/* void exit(int32 code): exit_group, ends every thread. */
	.globl exit
	.type exit, @function
exit:
	movl	$SYS_exit_group, %eax
	syscall
	ud2
	.size exit, .-exit

/* void *sysMmap(addr, n, prot, flags, fd, off) */
	.globl sysMmap
	.type sysMmap, @function
sysMmap:
	movq	%rcx, %r10
	movl	$SYS_mmap, %eax
	syscall
	ret
	.size sysMmap, .-sysMmap

/* intgo sysMunmap(void *addr, uintptr n) */
	.globl sysMunmap
	.type sysMunmap, @function
sysMunmap:
	movl	$SYS_munmap, %eax
	syscall
	ret
	.size sysMunmap, .-sysMunmap

/* intgo arch_prctl(intgo code, uintptr addr) */
	.globl arch_prctl
	.type arch_prctl, @function
arch_prctl:
	movl	$SYS_arch_prctl, %eax
	syscall
	ret
	.size arch_prctl, .-arch_prctl

/* intgo rt_sigaction(uintptr sig, const sigactiont *new, sigactiont *old, uintptr size) */
	.globl rt_sigaction
	.type rt_sigaction, @function
rt_sigaction:
	movq	%rcx, %r10
	movl	$SYS_rt_sigaction, %eax
	syscall
	ret
	.size rt_sigaction, .-rt_sigaction

/* intgo sigaltstack(const stackt *new, stackt *old) */
	.globl sigaltstack
	.type sigaltstack, @function
sigaltstack:
	movl	$SYS_sigaltstack, %eax
	syscall
	ret
	.size sigaltstack, .-sigaltstack

/*
 * sigreturn__sigaction: every handler's sa_restorer. A handler returns
 * here, on the signal frame the kernel built, and rt_sigreturn restores
 * the (possibly rewritten) context. Never returns.
 */
	.globl sigreturn__sigaction
	.type sigreturn__sigaction, @function
sigreturn__sigaction:
	movl	$SYS_rt_sigreturn, %eax
	syscall
	ud2
	.size sigreturn__sigaction, .-sigreturn__sigaction

/* intgo sched_getaffinity(intgo pid, uintptr size, void *mask): the
 * bytes of mask the kernel wrote. */
	.globl sched_getaffinity
	.type sched_getaffinity, @function
sched_getaffinity:
	movl	$SYS_sched_getaffinity, %eax
	syscall
	ret
	.size sched_getaffinity, .-sched_getaffinity

/* intgo clock_gettime(intgo clock, struct timespec *ts); the vDSO's
 * faster path comes with package time. */
	.globl clock_gettime
	.type clock_gettime, @function
clock_gettime:
	movl	$SYS_clock_gettime, %eax
	syscall
	ret
	.size clock_gettime, .-clock_gettime

/* intgo rt_sigprocmask(intgo how, const uint64_t *new, uint64_t *old, uintptr size) */
	.globl rt_sigprocmask
	.type rt_sigprocmask, @function
rt_sigprocmask:
	movq	%rcx, %r10
	movl	$SYS_rt_sigprocmask, %eax
	syscall
	ret
	.size rt_sigprocmask, .-rt_sigprocmask

/* intgo clock_nanosleep(intgo clock, intgo flags, const struct timespec *req,
 *                       struct timespec *rem) */
	.globl clock_nanosleep
	.type clock_nanosleep, @function
clock_nanosleep:
	movq	%rcx, %r10
	movl	$SYS_clock_nanosleep, %eax
	syscall
	ret
	.size clock_nanosleep, .-clock_nanosleep

/* intgo getpid(void) */
	.globl getpid
	.type getpid, @function
getpid:
	movl	$SYS_getpid, %eax
	syscall
	ret
	.size getpid, .-getpid

/* intgo gettid(void) */
	.globl gettid
	.type gettid, @function
gettid:
	movl	$SYS_gettid, %eax
	syscall
	ret
	.size gettid, .-gettid

/* intgo tgkill(intgo tgid, intgo tid, intgo sig) */
	.globl tgkill
	.type tgkill, @function
tgkill:
	movl	$SYS_tgkill, %eax
	syscall
	ret
	.size tgkill, .-tgkill

	.section .note.GNU-stack, "", @progbits
