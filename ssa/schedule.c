/* schedule.c: placeholder, being written. */
