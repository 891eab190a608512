/*
 * load.h — the package loader: from import paths and patterns to
 * packages, their files and their imports, in dependency order.
 *
 * hood compiles Go's standard library from the installed GOROOT, as
 * TinyGo does, and replaces a few packages wholesale with its own
 * (docs/design.md, "The package loader"). The loader decides, for the
 * build context hood claims (linux/amd64, no cgo, the tags listed in
 * constraint.c), which directory a package lives in and which of its
 * files are built, exactly as the go command would, and reads each
 * selected file's package clause and imports. It does not parse or
 * type-check bodies: a driver asks for packages in dependency order and
 * hands each file's source (already registered with source_add) to
 * parse_file.
 *
 * Errors are reported through error_at in the go command's wording: at
 * the import that needs the package when there is one, without a
 * position for packages named on the command line and for import
 * cycles.
 *
 * This layer sits above compiler/syntax (it uses the scanner for the
 * package clause and imports) and beside compiler/types, which does not
 * see it.
 */
#ifndef HOOD_LOAD_H
#define HOOD_LOAD_H

#include "util.h"

/* --- Build constraints and file names (constraint.c) ------------------- */

/* Reports whether a build tag is satisfied. tag[0:len] is one tag as it
 * appears in a constraint ("linux", "go1.18", "!" never reaches here). */
typedef bool LoadTagFn(const char *tag, size_t len, void *ctx);

/* hood's build context: GOOS=linux GOARCH=amd64 CGO_ENABLED=0, compiler
 * gc, the release tags go1.1 ... go1.19 and the build tags of
 * constraint.c. A LoadTagFn (ctx unused). */
bool load_match_tag(const char *tag, size_t len, void *ctx);
/* The tags load_match_tag claims, as one string ("linux amd64 ...
 * go1.1-go1.19"): part of a build cache key (cmd/cache.c), so that a
 * change to the tag set invalidates what was built under another. */
const char *load_tag_set(void);

/* Evaluates the expression of a //go:build line (the text after
 * "//go:build": "linux && (amd64 || arm64)"). Returns true and sets
 * *value when the expression is well formed; otherwise returns false and
 * sets *err to the go command's message ("missing close paren"). */
bool load_go_build_eval(const char *expr, size_t len, LoadTagFn *match, void *ctx,
                        bool *value, const char **err);

/* Evaluates one legacy "// +build" line given as the whole comment
 * ("// +build linux,amd64 darwin"). Returns false when the line is not a
 * +build line; otherwise sets *value. Malformed terms count as the tag
 * "ignore", as the go command treats them. */
bool load_plus_build_eval(const char *line, size_t len, LoadTagFn *match, void *ctx,
                          bool *value);

/* The file-name rules: name_GOOS, name_GOARCH, name_GOOS_GOARCH (each
 * optionally followed by _test) restrict a file to that GOOS/GOARCH.
 * Only the suffixes after the first '_' count ("linux.go" is not
 * restricted). Returns whether name is built for the tags of match. */
bool load_file_name_ok(const char *name, LoadTagFn *match, void *ctx);

/* The result of reading a file's build constraints. */
typedef struct LoadConstraint {
    bool build;        /* the file is part of the build */
    const char *err;   /* NULL, or why the constraint is malformed */
    uint32_t err_line; /* the line err is about (1-based) */
    bool complete;     /* the header ended inside the text given, so the
                        * rest of the file cannot change the answer */
} LoadConstraint;

/* Applies the constraints in the header of a source file (.go or .s):
 * the comments and blank lines before the first other text. A
 * //go:build line there decides; without one, every "// +build" line
 * that is followed by a blank line before that text must hold. */
LoadConstraint load_should_build(const char *src, size_t len, LoadTagFn *match, void *ctx);

/* --- Packages (load.c) ----------------------------------------------- */

typedef enum LoadOrigin {
    LOAD_STD,     /* GOROOT/src/PATH, vendor/... included */
    LOAD_OVERLAY, /* hood's own package, OVERLAY/PATH, replacing Go's */
    LOAD_MODULE,  /* a package of the main module */
    LOAD_FILES,   /* command-line-arguments: .go files named directly */
} LoadOrigin;

typedef struct LoadFile {
    const char *name; /* base name, "print.go" */
    uint32_t source;  /* registered with source_add under the path
                       * diagnostics print; text read in full */
} LoadFile;

typedef struct LoadPackage LoadPackage;

typedef struct LoadImport {
    const char *path; /* resolved import path (vendor/... for std's
                       * golang.org/x imports), interned */
    const char *written; /* the path as the import spec spells it */
    Pos pos;          /* the first import spec naming it */
    LoadPackage *pkg; /* NULL when it could not be resolved */
} LoadImport;

typedef VEC(LoadPackage *) LoadPackageList;

struct LoadPackage {
    const char *path; /* import path, interned; "command-line-arguments"
                       * for LOAD_FILES */
    const char *dir;  /* the directory, as printed */
    const char *name; /* the package clause's name (NULL before scanning
                       * or when no file was selected) */
    LoadOrigin origin;
    VEC(LoadFile) files;        /* selected .go files, sorted by name */
    VEC(const char *) sfiles;   /* selected .s files, sorted by name */
    VEC(LoadImport) imports;    /* unique, sorted by the path as written */
    const char *error;          /* why the package cannot be used, or NULL */
    /* The loader's own state. */
    const char *internal_path; /* the path internal/ checks compare: path,
                                * or for LOAD_FILES the import path its
                                * directory has */
    bool scanned;
    bool test_only;  /* only _test.go files are built */
    int visit;       /* load_deps: 0 new, 1 on the stack, 2 done ... */
    int walk;        /* ... in the walk numbered so (else 0) */
};

typedef struct LoadConfig {
    const char *goroot;  /* NULL: $HOOD_GOROOT, else /usr/share/go-1.19 */
    const char *overlay; /* hood's packages (rt/go); NULL or "": none */
    const char *workdir; /* for relative patterns and go.mod; NULL: cwd */
} LoadConfig;

typedef struct Loader Loader;

/* The default GOROOT when neither a LoadConfig nor $HOOD_GOROOT names one. */
#define LOAD_DEFAULT_GOROOT "/usr/share/go-1.19"

Loader *load_new(const LoadConfig *cfg);
const char *load_goroot(const Loader *l);

/* Expands command-line patterns to root packages, each scanned:
 * import paths ("fmt", "example.com/m/x"), directories (".", "./x",
 * "../y", absolute), wildcards ("./...", "net/...", "std"), or .go files
 * (all arguments then, making one command-line-arguments package).
 * Errors are reported; the packages that could be found are returned,
 * without duplicates, in pattern order (a wildcard's matches sorted). */
LoadPackageList load_patterns(Loader *l, const char *const *patterns, int n);

/* One package by import path, as a root (no importer); scanned. NULL
 * (after reporting why) when it does not exist. */
LoadPackage *load_import_path(Loader *l, const char *path);

/* The closure of roots under imports, dependencies first: a depth-first
 * walk that visits each package's imports in the order of its imports
 * list and appends a package after them, as `go list -deps` orders its
 * output. Import cycles are reported in the go command's wording
 * ("import cycle not allowed", with the chain of imports from the
 * root); packages that cannot be loaded are reported at their imports
 * and left out. */
LoadPackageList load_deps(Loader *l, LoadPackage *const *roots, int n);

#endif
