/*
 * testutil.h — helpers shared by the criterion unit tests in this folder.
 */
#ifndef HOOD_TESTUTIL_H
#define HOOD_TESTUTIL_H

#include "diag.h"

/* Copies a Buf's text into the arena and frees the Buf. */
const char *take(Buf *b);

/* The queued diagnostics, sorted and formatted as hood prints them (all
 * of them, not just the first 10), instead of on stderr; "" when there
 * are none. Clears the queue. */
const char *captured_errors(void);

#endif
