/* check_decl.c: placeholder, being written. */
