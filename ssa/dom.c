/* dom.c: placeholder, being written. */
