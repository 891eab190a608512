/* layout.c: placeholder, being written. */
