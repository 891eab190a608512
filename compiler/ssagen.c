/* ssagen.c: placeholder, being written. */
