/* copyelim.c: placeholder, being written. */
