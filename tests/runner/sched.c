/*
 * sched.c — run tests in parallel worker processes, each bounded in time.
 *
 * Every test that survives recipe.c runs in a worker: a forked child that
 * becomes the leader of its own process group, performs the action in a
 * fresh directory $TMPDIR/hood-gotest.XXXXXX, and leaves its verdict in
 * that directory's .verdict file. The compiler and test programs it
 * starts stay in its group, so one kill(-pgid, SIGKILL) ends all of them:
 * on timeout, and after the worker exits (a test program may leave
 * children behind). The parent removes the directory in every case. A
 * timeout's reason names the phase from the worker's .phase file
 * ("while compiling", "while running x"; actions.c writes it).
 *
 * Why a process per test rather than per command: the time limit covers
 * compile and run together, and a crash or hang anywhere in a test then
 * costs that test only. The parent waits with sigtimedwait for SIGCHLD
 * (blocked, so none is lost between checks) or for the next deadline;
 * SIGINT and SIGTERM are taken the same way, so that an interrupted run
 * still kills its workers and removes their directories.
 *
 * Exited workers are first observed with waitid(WNOWAIT): while the
 * worker is an unreaped zombie its pid, and so its group id, cannot be
 * reused, which makes the final kill of the group safe.
 */
#include "runner.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    pid_t pid; /* 0: slot free */
    Test *t;
    char *tmp;
    double start;
    bool timed_out;
} Slot;

static sigset_t orig_mask;

/* The worker: never returns. */
static void worker(const Config *cfg, Test *t, const char *tmp)
{
    setpgid(0, 0);
    sigprocmask(SIG_SETMASK, &orig_mask, NULL);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    action_run(cfg, t, tmp);
    char *vf = xasprintf("%s/.verdict", tmp);
    const char *st = t->status == ST_PASS ? "pass" : t->status == ST_SKIP ? "skip" : "fail";
    char *text = xasprintf("%s\n%s\n", st, t->reason ? t->reason : "");
    write_file(vf, text, strlen(text));
    fflush(NULL);
    _exit(0);
}

static bool start(const Config *cfg, Slot *s, Test *t)
{
    const char *base = getenv("TMPDIR");
    char *tmpl = xasprintf("%s/hood-gotest.XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpl)) {
        t->status = ST_FAIL;
        t->reason = xasprintf("mkdtemp %s: %s", tmpl, strerror(errno));
        return false;
    }
    fflush(NULL);
    s->start = now_secs();
    pid_t pid = fork();
    if (pid < 0) {
        rm_rf(tmpl);
        t->status = ST_FAIL;
        t->reason = xasprintf("fork: %s", strerror(errno));
        return false;
    }
    if (pid == 0)
        worker(cfg, t, tmpl);
    setpgid(pid, pid); /* also here, so that a kill never precedes the child's own call */
    s->pid = pid;
    s->t = t;
    s->tmp = tmpl;
    s->timed_out = false;
    return true;
}

/* Reads the worker's verdict, cleans up, frees the slot. */
static void finish(Slot *s, int wstatus)
{
    Test *t = s->t;
    t->secs = now_secs() - s->start;
    char *vf = xasprintf("%s/.verdict", s->tmp);
    char *v = read_file(vf, NULL);
    if (s->timed_out) {
        char *pf = xasprintf("%s/.phase", s->tmp);
        char *phase = read_file(pf, NULL);
        t->status = ST_FAIL;
        t->reason = phase ? xasprintf("timeout after %d s while %s", t->timeout, phase)
                          : xasprintf("timeout after %d s", t->timeout);
        free(phase);
        free(pf);
    } else if (!v || !strchr(v, '\n')) {
        t->status = ST_FAIL;
        t->reason = WIFSIGNALED(wstatus)
                        ? xasprintf("runner worker killed by signal %d", WTERMSIG(wstatus))
                        : xstrdup("runner worker left no verdict");
    } else {
        t->status = has_prefix(v, "pass") ? ST_PASS : has_prefix(v, "skip") ? ST_SKIP : ST_FAIL;
        t->reason = one_line(strchr(v, '\n') + 1, 400);
    }
    rm_rf(s->tmp);
    s->pid = 0;
}

/* Reaps every exited worker; returns how many. */
static int reap(Slot *slots, int jobs, const Config *cfg, void (*done)(const Config *, Test *))
{
    int n = 0;
    for (;;) {
        siginfo_t info;
        memset(&info, 0, sizeof info);
        if (waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) != 0 || info.si_pid == 0)
            return n;
        pid_t pid = info.si_pid;
        kill(-pid, SIGKILL);
        int ws = 0;
        while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
            ;
        for (int i = 0; i < jobs; i++)
            if (slots[i].pid == pid) {
                finish(&slots[i], ws);
                done(cfg, slots[i].t);
                n++;
            }
    }
}

static void abort_all(Slot *slots, int jobs)
{
    for (int i = 0; i < jobs; i++)
        if (slots[i].pid) {
            kill(-slots[i].pid, SIGKILL);
            waitpid(slots[i].pid, NULL, 0);
            rm_rf(slots[i].tmp);
        }
}

/* Runs every test not already decided, at most cfg->jobs at a time, and
 * calls done for each test (decided or run) as its verdict is known. */
void sched_run(const Config *cfg, Test **tests, int n, void (*done)(const Config *, Test *))
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigprocmask(SIG_BLOCK, &set, &orig_mask);

    int jobs = cfg->jobs;
    Slot *slots = xmalloc((size_t)jobs * sizeof *slots);
    memset(slots, 0, (size_t)jobs * sizeof *slots);
    int next = 0, running = 0;
    while (next < n || running > 0) {
        for (int i = 0; i < jobs && next < n; i++) {
            if (slots[i].pid)
                continue;
            Test *t = tests[next++];
            if (t->status != ST_PENDING) { /* decided by recipe.c */
                done(cfg, t);
                i--;
                continue;
            }
            if (start(cfg, &slots[i], t))
                running++;
            else
                done(cfg, t);
        }
        if (running == 0)
            continue;
        /* Sleep until a worker exits or the earliest deadline passes. */
        double now = now_secs(), wake = now + 1.0;
        for (int i = 0; i < jobs; i++)
            if (slots[i].pid && !slots[i].timed_out && slots[i].start + slots[i].t->timeout < wake)
                wake = slots[i].start + slots[i].t->timeout;
        double d = wake > now ? wake - now : 0;
        struct timespec ts = {(time_t)d, (long)((d - (double)(time_t)d) * 1e9)};
        int sig = sigtimedwait(&set, NULL, &ts);
        if (sig == SIGINT || sig == SIGTERM) {
            abort_all(slots, jobs);
            fprintf(stderr, "hood-gotest: interrupted\n");
            exit(130);
        }
        running -= reap(slots, jobs, cfg, done);
        now = now_secs();
        for (int i = 0; i < jobs; i++)
            if (slots[i].pid && !slots[i].timed_out && now - slots[i].start >= slots[i].t->timeout) {
                slots[i].timed_out = true;
                kill(-slots[i].pid, SIGKILL);
            }
    }
    sigprocmask(SIG_SETMASK, &orig_mask, NULL);
}
