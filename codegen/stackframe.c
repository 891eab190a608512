/* stackframe.c: placeholder, being written. */
