/* phielim.c: placeholder, being written. */
