/* scanner.c: placeholder, being written. */
