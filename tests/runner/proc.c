/*
 * proc.c — run one command inside a test's worker process.
 *
 * Output goes to a file, never a pipe: a test program that prints
 * megabytes must not block on a pipe nobody drains, and the worker reads
 * the file only after the command ends. stdout and stderr share the file
 * (the .out files hold both, as run.go compares combined output).
 * No timeout here: the scheduler (sched.c) kills the worker's whole
 * process group, commands included, when the test's time is up.
 */
#include "runner.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Runs argv (searched in PATH) in cwd with "NAME=VALUE" / "NAME=" entries
 * of env applied on top of the runner's environment ("NAME" alone unsets),
 * standard input read from infile (/dev/null when NULL).
 * Returns the exit status, 256+N for death by signal N (kept apart from
 * every exit status), or 127 when the command could not be started (the
 * reason is written to outfile). */
int run_cmd(char *const argv[], const char *cwd, const char *outfile, const char *infile, char *const env[])
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        char *msg = xasprintf("fork: %s\n", strerror(errno));
        write_file(outfile, msg, strlen(msg));
        free(msg);
        return 127;
    }
    if (pid == 0) {
        int fd = open(outfile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int in = open(infile ? infile : "/dev/null", O_RDONLY);
        if (fd < 0 || in < 0) {
            fprintf(stderr, "hood-gotest: open %s: %s\n", fd < 0 ? outfile : infile, strerror(errno));
            _exit(127);
        }
        dup2(in, 0);
        dup2(fd, 1);
        dup2(fd, 2);
        if (fd > 2)
            close(fd);
        if (in > 2)
            close(in);
        if (cwd && chdir(cwd) != 0) {
            dprintf(2, "chdir %s: %s\n", cwd, strerror(errno));
            _exit(127);
        }
        if (cwd)
            setenv("PWD", cwd, 1);
        for (int i = 0; env && env[i]; i++) {
            const char *eq = strchr(env[i], '=');
            if (!eq) {
                unsetenv(env[i]);
                continue;
            }
            char *name = xstrndup(env[i], (size_t)(eq - env[i]));
            setenv(name, eq + 1, 1);
        }
        execvp(argv[0], argv);
        dprintf(2, "exec %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return 127;
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    if (WIFSIGNALED(st))
        return 256 + WTERMSIG(st);
    return 127;
}

/* run_cmd's status in words, for reasons: "exit status 1",
 * "killed by signal 11 (Segmentation fault)". */
char *status_text(int status)
{
    if (status >= 256)
        return xasprintf("killed by signal %d (%s)", status - 256, strsignal(status - 256));
    return xasprintf("exit status %d", status);
}
