/* parse.c: placeholder, being written. */
