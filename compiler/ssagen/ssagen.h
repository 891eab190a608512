/*
 * ssagen.h — lowering of the checked AST to SSA (compiler/ssagen/; builder.h
 * lists its files).
 */
#ifndef HOOD_SSAGEN_H
#define HOOD_SSAGEN_H

#include <stdio.h>

#include "ssa.h"
#include "types.h"

/*
 * Lowering one function at a time, so that the driver can compile, emit
 * and free each before building the next (compiler/base/util.h,
 * "Arenas"):
 *
 *     SsaGen *g = ssagen_start(pkg);
 *     while ((f = ssagen_next(g)))   -- f built in the current arena
 *         ...compile, emit, reset that arena...
 *     emit ssagen_program(g)'s data
 *
 * Unsupported constructs are reported with error_at ("not supported
 * yet: ..."); lowering goes on, so that one run reports them all. The
 * Funcs have not been through any pass yet.
 */
typedef struct SsaGen SsaGen;

/* Declares the package variables and names the init functions. The
 * SsaGen and its Program live in arena_package. */
SsaGen *ssagen_start(Package *pkg);
/* The same for a program of several packages, pkgs[npkgs - 1] the main
 * package, each after the packages it imports (their inits run in this
 * order). */
SsaGen *ssagen_start_program(Package **pkgs, int npkgs);
/* A package object (docs/design.md, "Package objects"): every function of
 * pkgs[npkgs - 1] and its initialiser (main's calls the others'), with
 * the descriptors, itabs and generated functions they need as dupok
 * symbols, and no function of the packages before it, whose objects are
 * their own. Method tables and itabs name slot symbols that the link
 * step defines; what it needs to is appended to summary as the
 * functions are built (link/deadcode.h's format). */
SsaGen *ssagen_start_package(Package **pkgs, int npkgs, Buf *summary);
/* Builds the next function in the current arena — the package's
 * functions in source order, then the generated initialiser main.init —
 * or returns NULL after the last. A Func may be freed (its arena reset)
 * once it is compiled and emitted: what outlives it (string data, type
 * descriptors) is in the Program, in arena_package. */
Func *ssagen_next(SsaGen *g);
/* A function that stands for f, which could not be built or compiled,
 * in a package object: it throws if called (the link step refuses to
 * link a program that reaches it). In the current arena. */
Func *ssagen_stub(SsaGen *g, Func *f);
/* The globals, string data and type descriptors of the functions built
 * so far (Program.funcs stays empty). */
Program *ssagen_program(SsaGen *g);
/* Writes to out, for each imported function the first time something
 * refers to it, "reach: NAME <- WHY" (WHY: a function built, a data or
 * descriptor symbol, or a descriptor and the method of its table:
 * compiler/ssagen/reach.c). For hood build -d reach. */
void ssagen_trace_reach(SsaGen *g, FILE *out);
/* Builds every function with a body of the imported packages, not only
 * those something built refers to, as a package's own object will hold
 * them (hood build -d every; docs/design.md, "Stage 2"). Called right
 * after ssagen_start_program. */
void ssagen_want_all(SsaGen *g);

/* hood build -m (report): ssagen_start_program prints the main
 * package's escape analysis decisions (escape.c) to stderr, in gc's
 * words; -d noescape (disabled): no analysis, everything on the heap. */
void ssagen_escape_options(bool report, bool disabled);

/* All at once, for tests: every Func, in the current arena, collected in
 * Program.funcs. */
Program *ssagen(Package *pkg);

/* Forgets what ssagen keeps across packages, before arena_package_reset
 * (util.h). */
void ssagen_reset(void);

#endif
