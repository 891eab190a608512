/* universe.c: placeholder, being written. */
