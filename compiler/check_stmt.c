/* check_stmt.c: placeholder, being written. */
