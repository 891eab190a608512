/* bigint.c: placeholder, being written. */
