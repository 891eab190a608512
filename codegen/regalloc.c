/* regalloc.c: placeholder, being written. */
