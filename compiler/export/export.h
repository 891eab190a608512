/*
 * export.h — export data: a checked package serialised, so that an
 * importer can be type-checked against it instead of the package's
 * source (the build cache's half that the checker sees; docs/design.md,
 * "Build cache and export data").
 *
 * export_package (export.c) writes every package-level object of a
 * checked package, with the types, methods, constants and positions an
 * importer's checker needs; import_package (import.c) reads it back into
 * a Package whose objects have no declarations (Object.info and
 * u.func.decl are NULL), which the checker treats as already checked.
 * The format is binary, versioned and deterministic: the same package
 * gives the same bytes, and a package read back writes the bytes it was
 * read from (tests/unit/export_test.c checks both over fmt's and
 * encoding/json's closures).
 */
#ifndef HOOD_EXPORT_H
#define HOOD_EXPORT_H

#include "types.h"

/* The first bytes of export data, then the format's version: a reader
 * refuses any other. The version changes with any change to the
 * encoding, to basic.def's rows (basic types are numbered by them) or
 * to pragma.def's bits. 2: functions carry their escape tags. 3: and
 * whether they were declared (func_declared). */
#define EXPORT_MAGIC "hood-export\n"
#define EXPORT_VERSION 3

/* Appends pkg's export data to out. pkg must have been checked without
 * errors (a package with errors is never exported or cached). */
void export_package(const Package *pkg, Buf *out);

/* The package of import path path, already imported, that export data
 * refers to (a named type of it); NULL if there is none. */
typedef Package *ExportResolver(void *ctx, const char *path);

/* Reads export data. The packages it imports, and any whose named types
 * its declarations mention, must be known to resolve. Returns NULL and
 * sets *err when the data is malformed, of another version, or names a
 * package or type that resolve does not know. */
Package *import_package(const char *data, size_t len, ExportResolver *resolve, void *ctx, const char **err);

#endif
