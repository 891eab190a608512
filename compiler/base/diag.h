/*
 * diag.h — the two error channels.
 *
 * User diagnostics (error_at) are queued, then printed sorted by position
 * in gc's format "file.go:LINE:COL: message"; after 10 of them printing
 * stops with "too many errors", as gc does. Two errors on the same line
 * with the same text are printed once.
 *
 * Internal compiler errors (ice) mean hood itself is wrong: they print
 * "file:line:col: internal compiler error: ..." naming the pass and the
 * function, and exit 3 — but only if no user error came first, because
 * after a user error the IR may legitimately be incomplete.
 */
#ifndef HOOD_DIAG_H
#define HOOD_DIAG_H

#include "util.h"

/* Queues an error at pos; with a zero Pos (an error about no place in
 * the source, such as an import cycle) the message prints alone and sorts
 * before every positioned one. */
void error_at(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int error_count(void);
/* While pos_override is a valid position, error_at reports there
 * whatever position it is given (gc reports an error in a constant's
 * initialiser repeated from an earlier spec at the constant's name).
 * Returns the override it replaces, to be restored. */
Pos diag_override_pos(Pos pos_override);
/* Lifts the limit of 10 printed errors (hood build -e, like gc's -e). */
void diag_all_errors(bool all);
/* Prints the queued errors sorted by position to stderr and clears the
 * queue; returns how many there were. */
int flush_errors(void);
/* The same, appending the text to out instead (for tests). */
int flush_errors_to(Buf *out);
/* For an importer that tries to compile a package and may give up on it
 * (cmd/program.c): diag_mark notes the queue; diag_take removes the
 * errors queued since the mark and returns the first of them as
 * "file:line:col: message" (NULL if none), to be reported in the
 * importer's words instead. */
int diag_mark(void);
const char *diag_take(int mark);
/* Returns "file:line:col" for a position ("file:line" if the column is
 * unknown, 0). */
const char *pos_string(Pos pos);

/* Sets the context that ice() names: the current pass and function. */
void ice_context(const char *pass, const char *func);
_Noreturn void ice(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* For tools that run many compilations in one process (tests/fuzz/):
 * diag_reset forgets the queued errors, the count and the ice context;
 * diag_set_exit makes ice() call fn with the status it would exit with
 * (fn should not return; NULL restores exit). */
void diag_reset(void);
void diag_set_exit(void (*fn)(int status));

#endif
