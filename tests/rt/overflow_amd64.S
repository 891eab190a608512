/*
 * overflow_amd64.S — unbounded recursion: main.rec calls itself with a
 * 64 KiB frame until its prologue check fails at the bottom of the main
 * goroutine's 1 GiB stack. Large frames keep the test fast: each frame
 * touches one page (the return address and saved BP), so reaching the
 * limit commits 64 MiB, not 1 GiB. Expected: overflow.out, exit 2.
 */
#include "goabi.h"

	FUNC	main.init, 1, 0
	ENDFUNC	main.init

	FUNC	main.rec, 5, 65536
	call	main.rec
	ENDFUNC	main.rec

	FUNC	main.main, 9, 0
	call	main.rec
	ENDFUNC	main.main

	.section .note.GNU-stack, "", @progbits
