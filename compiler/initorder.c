/* initorder.c: placeholder, being written. */
