/* check_expr.c: placeholder, being written. */
