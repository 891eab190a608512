/*
 * ssagen.h — lowering of the checked AST to SSA (compiler/ssagen/; builder.h
 * lists its files).
 */
#ifndef HOOD_SSAGEN_H
#define HOOD_SSAGEN_H

#include "ssa.h"
#include "types.h"

/* Builds one SSA Func per function of pkg (plus the generated package
 * initialiser main.init), and collects the globals, string data and type
 * descriptors the program needs. Reports unsupported constructs with
 * error_at ("not supported yet: ..."). The Funcs have not been through
 * any pass yet. */
Program *ssagen(Package *pkg);

#endif
