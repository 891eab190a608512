/*
 * exportfmt.h — the encoding of export data, shared by its writer
 * (export.c) and reader (import.c). docs/design.md, "Build cache and
 * export data", describes the format as a whole; this header holds the
 * codes that both sides must agree on.
 *
 * Data is a stream of unsigned LEB128 numbers ("uvarints"; signed ones
 * zigzag-encoded) and raw bytes:
 *
 *     EXPORT_MAGIC  uvarint(EXPORT_VERSION)
 *     uvarint(nstrings)  { uvarint(len) bytes }...     the string table
 *     body
 *
 * In the body a string is uvarint(index + 1) into the table, 0 for
 * NULL. Types and objects form a graph with cycles (a named type's
 * methods mention the type), so each is written where it is first
 * referred to and numbered in that order: a reference is REF_NIL,
 * REF_NEW followed by the definition, or REF_OLD + n for the n-th one
 * defined. Writer and reader number a definition before writing or
 * reading its parts, so a part may refer back to it. The types below
 * EXPORT_NPREDECLARED are numbered before anything is written.
 */
#ifndef HOOD_EXPORTFMT_H
#define HOOD_EXPORTFMT_H

#include "export.h"

enum { REF_NIL, REF_NEW, REF_OLD };

/* A type definition starts with its TypeKind, or with this code for a
 * named type of another package, given by (path, name) and found in
 * that package's scope when read. */
#define EXPORT_EXTERNAL_NAMED TYPE_KIND_COUNT

/* The predeclared types, numbered first: every basic kind (basic.def's
 * order), then byte, rune, error, any and comparable. */
#define EXPORT_NPREDECLARED (TYPE_UNTYPED_NIL + 1 + 5)
void export_predeclared(Type *out[EXPORT_NPREDECLARED]);

/* Object flags (one uvarint per object). */
enum {
    OF_PKGSCOPE = 1 << 0,  /* parent is the package scope (package-level objects, methods) */
    OF_LINKNAMED = 1 << 1, /* Object.linknamed */
    OF_GLOBAL = 1 << 2,    /* variables: u.var.is_global ... */
    OF_FIELD = 1 << 3,
    OF_EMBEDDED = 1 << 4,
    OF_PARAM = 1 << 5,
    OF_RESULT = 1 << 6,
    OF_METHOD = 1 << 7,    /* functions: u.func.is_method */
    OF_BODY = 1 << 8,      /* functions: declared with a body */
    OF_DECLARED = 1 << 9,  /* functions: declared by a declaration (func_declared) */
};

/* An escape tag (EscTags) as a uvarint: 0 for ESC_NONE, else the
 * number of dereferences (never negative) plus one. */
#define ESC_TAG_CODE(v) ((v) == ESC_NONE ? 0u : (uint64_t)(v) + 1)

/* How an object's link name is given: none, the one export_link_name
 * derives, or a string that follows. */
enum { LINK_NONE, LINK_DEFAULT, LINK_EXPLICIT };

/* The symbol the checker gives o unless a //go:linkname says otherwise:
 * PATH.name, PATH.T.m or PATH.(*T).m for a method of named type T; NULL
 * for objects without one (fields, parameters, interface methods). */
const char *export_link_name(const Object *o);

/* Deeper nesting of types or constants in export data is refused as
 * malformed: far beyond what a checked package holds (type expressions
 * nest as source does), and it keeps the reader's recursion within the
 * C stack on corrupt data. */
#define EXPORT_MAX_DEPTH 10000

#endif
