/* critical.c: placeholder, being written. */
