/* func.c: placeholder, being written. */
