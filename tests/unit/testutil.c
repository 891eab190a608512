/*
 * testutil.c — helpers shared by the criterion unit tests (testutil.h).
 */
#include "testutil.h"

#include <stdlib.h>

const char *take(Buf *b)
{
    const char *s = xstrdup(b->s ? b->s : "");
    free(b->s);
    return s;
}

const char *captured_errors(void)
{
    Buf b = {0};
    diag_all_errors(true);
    flush_errors_to(&b);
    return take(&b);
}
