/* compile.c: placeholder, being written. */
