/* constant.c: placeholder, being written. */
