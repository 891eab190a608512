/*
 * deadcode.h — the link step's reachability over package objects
 * (docs/design.md, "Package objects"): which methods' code the program
 * keeps, decided as gc's linker decides it, over the summaries that
 * compiling each package wrote (compiler/ssagen: program.c, reach.c).
 *
 * A summary is text, one fact per line, fields separated by tabs:
 *
 *   r A B        symbol A (a function or data) refers to symbol B
 *   k F KEY      function F calls KEY through an interface
 *                (KEY: a method's name and signature, reach.c's)
 *   u A T        A puts type descriptor T in an interface (conversions,
 *                type words; data naming a descriptor, conservatively)
 *   c D T        descriptor D leads reflect to descriptor T
 *   p P E        pointer descriptor P has element descriptor E
 *   g D          descriptor D is the runtime's, which its C code uses
 *   s D X E KEY  method table or itab D has a code word for function X
 *                (the slot symbol go.mslot.X), of method KEY, exported
 *                (E 1) or not
 *   x F MSG      function F could not be compiled: MSG says why, and
 *                the build fails if F is reached
 *
 * Assembler-local names are qualified by their package ("PATH:.L...").
 */
#ifndef HOOD_DEADCODE_H
#define HOOD_DEADCODE_H

#include "util.h"

/* Decides, over the summaries texts[0..n), which slots name their
 * function: roots are main.main, main.init and the Go functions the
 * runtime calls. Appends to script a linker-script assignment for each
 * slot symbol, naming its function or runtime.unreachableMethod.
 * Returns false if a reached function could not be compiled, after
 * printing its message to stderr. */
bool deadcode(const char *const *texts, int n, Buf *script);

#endif
