/*
 * program.h — the packages of one program (program.c): the checker's
 * importer, which loads, parses and checks imported packages from
 * source, and the list of checked packages in dependency order.
 */
#ifndef HOOD_PROGRAM_H
#define HOOD_PROGRAM_H

#include "cache.h"
#include "load.h"
#include "types.h"

typedef struct ProgramSet ProgramSet;

/* local_prefix: what import "./x" means (PREFIX/x); NULL: x. lang: the
 * -lang of the packages declared (program_declare); NULL: the latest. */
ProgramSet *program_new(Loader *loader, const char *local_prefix, const char *lang);
/* Reads loaded packages from cache c when it has their export data, and
 * stores those it checks (program.c says who may). */
void program_set_cache(ProgramSet *p, Cache *c);
/* How many packages were read from the cache. */
int program_from_cache(ProgramSet *p);
/* Declares the package of import path path by its files, read and
 * checked when imported; before any package the loader would find. */
void program_declare(ProgramSet *p, const char *path, const char **files, int nfiles);
/* A CheckImporter (ctx: the ProgramSet): the checked package of import
 * path path, or NULL when it cannot be compiled yet or failed to load
 * or check (errors reported). */
Package *program_import(void *ctx, const char *path, const char **name, const char **why);
/* Whether the code of symbol sym, named by a body-less function, is
 * provided: by the runtime (rt/linkname.def, rt/runtime.def), or by a
 * function with a body of a package checked already or of package also
 * (a //go:linkname that pushes a function to another package's symbol,
 * as package runtime does for sync's). */
bool program_provides(ProgramSet *p, const Package *also, const char *sym);
/* Whether a parsed file has errors that keep its package from being
 * checked (File.syntax_errors: gc checks a package after its other
 * parse errors). */
bool program_syntax_errors(File **files, int nfiles);
/* The cache holds package objects (hood build, docs/design.md "Package
 * objects"): a package is read from it only if its entry has the
 * object and summary too, and the export data of one checked from
 * source is left for the caller to store once its escape analysis has
 * run (program_store_export). */
void program_set_objects(ProgramSet *p);
/* A checked package's cache key (NULL: not cacheable, or no cache), and
 * whether it was read from the cache. */
const char *program_package_key(ProgramSet *p, const Package *pkg, bool *cached);
/* Stores pkg's export data under key. */
void program_store_export(Cache *c, const char *key, Package *pkg);
/* The packages imported so far, each after the packages it imports. */
Package **program_packages(ProgramSet *p, int *n);

#endif
