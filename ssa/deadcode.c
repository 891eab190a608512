/* deadcode.c: placeholder, being written. */
