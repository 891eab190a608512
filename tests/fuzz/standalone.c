/*
 * standalone.c — a main for the harnesses without libFuzzer: feeds every
 * file named on the command line, or found (not recursively) in a named
 * folder, to LLVMFuzzerTestOneInput once. This is the regression run of
 * `meson test` (suite fuzz), and works with any compiler.
 *
 * Usage: fuzz_NAME_regress [-timeout SECONDS] FILE|DIR...
 *
 * An input that runs longer than the timeout (default 10 seconds, as the
 * campaigns' -timeout in tests/fuzz/run.sh) is reported as a hang and
 * ends the run with status 1; a crash ends it with its signal.
 */
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "util.h"

static const char *current;
static int count;

static void on_alarm(int sig)
{
    (void)sig;
    static const char msg[] = "fuzz: hang (over the time limit): ";
    if (write(2, msg, sizeof msg - 1) < 0 || write(2, current, strlen(current)) < 0 ||
        write(2, "\n", 1) < 0)
        _exit(1);
    _exit(1);
}

static void run_file(const char *path, unsigned timeout)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        perror(path);
        exit(2);
    }
    current = path;
    alarm(timeout);
    LLVMFuzzerTestOneInput((const uint8_t *)text, len);
    alarm(0);
    free(text);
    count++;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static void run_dir(const char *dir, unsigned timeout)
{
    struct dirent **ents;
    int n = scandir(dir, &ents, NULL, by_name);
    if (n < 0) {
        perror(dir);
        exit(2);
    }
    for (int i = 0; i < n; i++) {
        char *path = xprintf("%s/%s", dir, ents[i]->d_name);
        struct stat st;
        if (ents[i]->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode))
            run_file(path, timeout);
        free(ents[i]);
    }
    free(ents);
}

int main(int argc, char **argv)
{
    unsigned timeout = 10;
    signal(SIGALRM, on_alarm);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-timeout") == 0 && i + 1 < argc) {
            timeout = (unsigned)atoi(argv[++i]);
            continue;
        }
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            return 2;
        }
        if (S_ISDIR(st.st_mode))
            run_dir(argv[i], timeout);
        else
            run_file(argv[i], timeout);
    }
    printf("%d inputs, no finding\n", count);
    return 0;
}
