/* op.c: placeholder, being written. */
