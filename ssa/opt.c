/* opt.c: placeholder, being written. */
