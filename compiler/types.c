/* types.c: placeholder, being written. */
