/*
 * types.h — Go types, objects (named entities) and scopes, and the
 * checker's entry point. Modelled on go/types: a Type is structural except
 * for TYPE_NAMED, which carries its TypeName object and underlying type.
 *
 * Types are canonicalised where identity demands it: the predeclared basic
 * types are singletons (types_basic[]), and type_identical() implements the
 * spec's identity for composite types. Sizes and alignments follow gc's
 * amd64 layout (int and uintptr 8 bytes; string {ptr,len} 16; slice
 * {ptr,len,cap} 24; interface {tab,data} 16; map and chan are pointers).
 *
 * The SSA IR reuses Type for its values' types, plus three pseudo-kinds
 * that no Go expression has: TYPE_MEM (the memory state), TYPE_FLAGS
 * (amd64 condition flags) and TYPE_TUPLE (a call's several results).
 */
#ifndef HOOD_TYPES_H
#define HOOD_TYPES_H

#include <limits.h>

#include "ast.h"
#include "constant.h"

/* What the type_is_* predicates say of a basic type: the flags column
 * of basic.def. */
enum {
    BASIC_BOOLEAN = 1 << 0,
    BASIC_INTEGER = 1 << 1,
    BASIC_UNSIGNED = 1 << 2,
    BASIC_FLOAT = 1 << 3,
    BASIC_COMPLEX = 1 << 4,
    BASIC_STRING = 1 << 5,
    BASIC_UNTYPED = 1 << 6,
    BASIC_UNIVERSE = 1 << 7, /* declared by name in the universe scope */
};

typedef enum TypeKind {
    /* TYPE_INVALID, then the basic types up to TYPE_UNTYPED_NIL, in
     * basic.def's order; code tests them by interval */
#define BASIC(kind, name, size, align, flags) TYPE_##kind,
#include "basic.def"
#undef BASIC
    /* composite types */
    TYPE_ARRAY, TYPE_SLICE, TYPE_STRUCT, TYPE_POINTER, TYPE_FUNC,
    TYPE_INTERFACE, TYPE_MAP, TYPE_CHAN, TYPE_NAMED, TYPE_TYPEPARAM,
    TYPE_TUPLE,
    /* SSA pseudo-types */
    TYPE_MEM, TYPE_FLAGS,
    TYPE_KIND_COUNT
} TypeKind;

typedef VEC(Object *) ObjectList;
typedef VEC(Type *) TypeList;

struct Type {
    TypeKind kind;
    union {
        struct { Type *elem; int64_t len; } array;
        struct { Type *elem; } slice, pointer;
        struct { ObjectList fields; /* OBJ_VAR, is_field */ const char **tags; } strct;
        /* params/results are TYPE_TUPLE; recv is the receiver var or NULL */
        struct { Object *recv; Type *params, *results; bool variadic; } func;
        struct { ObjectList methods; /* OBJ_FUNC, sorted by name */ TypeList embeddeds;
                 bool complete; } iface;
        struct { Type *key, *elem; } map;
        struct { Type *elem; ChanDir dir; } chan;
        /* methods: OBJ_FUNC declared with this receiver base type */
        struct { Object *obj; Type *underlying; ObjectList methods; } named;
        struct { ObjectList vars; } tuple;
        struct { Object *obj; int index; Type *constraint; } typeparam;
    } u;
    /* layout, computed lazily by type_size/type_align (-1 = not yet) */
    int64_t size;
    int64_t align;
    void *backend; /* codegen: the emitted type descriptor's symbol, if any */
    unsigned backend_epoch; /* the SsaGen whose symbol backend is (ssagen/program.c) */
};

/* --- Objects ---------------------------------------------------------- */

typedef enum ObjKind {
    OBJ_BAD,
    OBJ_PKGNAME,
    OBJ_CONST,
    OBJ_TYPENAME,
    OBJ_VAR,
    OBJ_FUNC,
    OBJ_LABEL,
    OBJ_BUILTIN,
    OBJ_NIL,
} ObjKind;

/* The builtin functions, one per row of builtins.def. */
typedef enum BuiltinId {
#define BUILTIN(id, name, minargs, maxargs, pkg, use, meaning) BUILTIN_##id,
#include "builtins.def"
#undef BUILTIN
    BUILTIN_COUNT
} BuiltinId;

/* What builtins.def says of a builtin function. */
typedef struct BuiltinInfo {
    const char *name;   /* "len", "println"; "Sizeof" for unsafe's */
    int minargs;        /* arguments a call takes at least */
    int maxargs;        /* and at most (INT_MAX: no limit) */
    bool is_unsafe;     /* of package unsafe, not in the universe scope */
    bool is_stmt;       /* a call may be a statement, deferred or go'd */
} BuiltinInfo;

extern const BuiltinInfo types_builtins[BUILTIN_COUNT];

/* Escape analysis's summary of a function (compiler/ssagen/escape.c),
 * its "tags": for each parameter (the receiver first), the fewest
 * dereferences with which its value reaches the heap, and with which it
 * reaches each result, or ESC_NONE if it never does. Callers in this
 * package and in those that import it (through export data, like gc's
 * tags) use it in place of the callee's body. */
typedef struct EscTags {
    int nparams, nresults;
    int *heap;   /* [param] */
    int *result; /* [param * nresults + result] */
} EscTags;
#define ESC_NONE INT_MAX

struct Object {
    ObjKind kind;
    const char *name;
    Pos pos;
    Type *type;
    Scope *parent;     /* the scope the object is declared in */
    const char *pkg;   /* the import path of the package declaring it ("main"
                        * for the main package, "unicode/utf8"); NULL for
                        * universe objects. One pointer per package
                        * (Package.path), so == compares packages. */
    union {
        struct { Const *val; } cnst;
        struct {
            bool is_global;   /* package-level variable */
            bool is_field;    /* struct field */
            bool embedded;    /* embedded field */
            bool is_param;    /* function parameter or receiver */
            bool is_result;   /* named or unnamed function result */
            bool used;        /* for "declared but not used" */
            bool addr_taken;  /* &x appears, or captured by reference: lives in memory */
            bool reassigned;  /* assigned after its declaration, or a range variable */
            bool byval;       /* captured by a closure, which holds a copy of it */
            int index;        /* field index, or parameter/result index */
        } var;
        /* decl: NULL for builtins, methods of interfaces and functions
         * imported from export data (compiler/export/), which keep what
         * their declaration said in has_body and pragma instead */
        struct { Decl *decl;
                 bool is_method;
                 bool declared;     /* decl NULL: declared by a function declaration
                                     * (imported), not an interface's method */
                 bool has_body;     /* decl NULL: declared with a body */
                 unsigned pragma;   /* decl NULL: its PRAGMA_* bits */
                 EscTags *esc;      /* NULL until analysed (or never: no body) */ } func;
        struct { BuiltinId id; } builtin;
        struct { Stmt *stmt; bool used; } label;
        /* local: a type declared in a function is its package's
         * local-th such declaration (type_link_string); 0 otherwise */
        struct { Decl *decl; int local; } typename_;
        /* pkg: the imported package, NULL while imports of its path
         * are not supported (reported at the import); failed: the
         * import failed with an error (as gc's fake package, what the
         * name selects is invalid without more errors) */
        struct { bool used; struct Package *pkg; const char *name; /* the package's */
                 const char *why; /* pkg NULL: why, if known */
                 bool failed; } pkgname;
    } u;
    /* Whoever lowers the object may hang data here (the SSA builder's
     * variable number, codegen's symbol). Never read by the checker. */
    int ssa_var;
    const char *link_name; /* assembly symbol for globals and functions, e.g. "main.fib" */
    bool linknamed;        /* named in a //go:linkname (compiler/types/directive.c) */
    struct DeclInfo *info; /* checker-private: how a package-level object was declared */
};

/* Whether function f was declared with a body, and its PRAGMA_* bits,
 * for a function checked from source or read from export data. */
static inline bool func_has_body(const Object *f)
{
    return f->u.func.decl ? f->u.func.decl->u.func.body != NULL : f->u.func.has_body;
}
/* Whether function f was declared by a function declaration (of this
 * package or, read from export data, of another), as opposed to a
 * method of an interface. */
static inline bool func_declared(const Object *f)
{
    return f->u.func.decl != NULL || f->u.func.declared;
}
static inline unsigned func_pragma(const Object *f)
{
    return f->u.func.decl ? f->u.func.decl->pragma : f->u.func.pragma;
}

/* --- Scopes ------------------------------------------------------------- */

struct Scope {
    Scope *parent;
    ObjectList objects; /* in declaration order */
    /* objects by name, once there are more than SCOPE_INDEX_MIN of them
     * (a package scope can hold 100,000 names) */
    struct HashIndex *index;
    Pos pos, end;
    bool is_func;       /* function scope: the outermost scope of a body */
    bool has_defer;     /* a function scope whose body (not counting
                         * nested literals) has a defer statement */
    /* What decides whether a function scope's defers can be open-coded
     * (compiler/ssagen/defer.c): its defer and return statements, not
     * counting nested literals; whether a defer is in a for or range
     * body; the last defer; the earliest label that a later goto
     * targets (the head of a loop made of gotos), or an invalid Pos. */
    int ndefers, nreturns;
    bool defer_in_loop;
    Pos last_defer, goto_loop;
    /* A function literal's scope: the variables of enclosing functions
     * it uses, itself or through literals nested in it, in first-use
     * order (the closure's captured variables). */
    ObjectList captures;
};

Scope *scope_new(Scope *parent, Pos pos);
Object *scope_lookup_local(Scope *s, const char *name); /* name interned */
Object *scope_lookup(Scope *s, const char *name);       /* walks parents */
/* Inserts obj; returns the previous object of that name if any (and does
 * not insert), so the caller can report "redeclared". */
Object *scope_insert(Scope *s, Object *obj);

/* --- Predeclared things ----------------------------------------------- */

extern Type *types_basic[TYPE_UNTYPED_NIL + 1]; /* indexed by kind */
extern Type *type_byte;  /* alias of uint8: a Type of kind TYPE_UINT8 printed "byte" */
extern Type *type_rune;  /* alias of int32 */
extern Type *type_error; /* the predeclared interface error */
extern Type *type_mem, *type_flags;
extern Scope *types_universe; /* the universe scope, parent of every package scope */
extern Scope *types_unsafe;   /* package unsafe's names: Pointer and its builtins */
void types_init(void);   /* builds types_universe; idempotent */
/* Forgets the universe and every checked package, before
 * arena_package_reset (util.h); types_init builds them anew. */
void types_reset(void);
/* The name of a builtin function ("len", "println"; "Sizeof" for unsafe's). */
const char *builtin_name(BuiltinId id);
/* The builtin that fun, the function of a call in MODE_BUILTIN, names:
 * an identifier (len) or a qualified one (unsafe.Sizeof). */
BuiltinId builtin_of(Expr *fun);

/* --- Queries ------------------------------------------------------------ */

Type *type_underlying(Type *t);
bool type_identical(Type *a, Type *b);
/* Identity with struct tags ignored, at any depth (spec "Conversions"). */
bool type_identical_ignore_tags(Type *a, Type *b);
bool type_is_untyped(Type *t);
bool type_is_integer(Type *t);   /* of underlying */
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_complex(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_basic(Type *t);
bool type_is_interface(Type *t);  /* NULL: false */
/* A type constants may have: boolean, numeric or string (spec "Constants"). */
bool type_is_constant(Type *t);
/* Comparable with == (spec "Comparison operators"); true for invalid types. */
bool type_is_comparable(Type *t);
/* Whether nil is a value of t (pointers, slices, maps, channels, funcs,
 * interfaces, unsafe.Pointer; untyped nil itself). */
bool type_has_nil(Type *t);
int64_t type_size(Type *t);
/* gc's MaxWidth on amd64, 2^50 bytes: a type of this size or more is
 * "larger than address space". */
#define TYPE_MAX_WIDTH (INT64_C(1) << 50)
bool type_too_large(Type *t);
int64_t type_align(Type *t);
/* Byte offset of field i of struct type t (gc's amd64 layout: each field
 * at the next multiple of its alignment). */
int64_t type_field_offset(Type *t, int i);
/* Go's spelling of a type, qualified as gc prints it in messages
 * ("int", "main.T", "[]string", "func(int) (bool, error)"). */
const char *type_string(Type *t);
/* The name the runtime shows (panic values, type descriptors): every
 * named type qualified ("main.T"), byte and rune as uint8 and int32. */
const char *type_runtime_string(Type *t);
/* The name its symbols are derived from (type.NAME, type..eq.NAME): the
 * run-time name with package paths for package names, unexported field
 * names qualified by theirs, and a type declared in a function numbered
 * (main.T·2), so that distinct types have distinct names and a
 * package's names do not depend on the program it is part of. */
const char *type_link_string(Type *t);
/* Default type of an untyped constant kind (untyped int -> int, ...). */
Type *type_default(Type *t);
Type *type_new(TypeKind kind);
Type *type_new_pointer(Type *elem);
Type *type_new_slice(Type *elem);
Type *type_new_array(Type *elem, int64_t len);
Type *type_new_tuple(ObjectList vars);
/* The signature sig (without its receiver) with recv, a variable, as its
 * first parameter: a method expression's type, and how calls pass a
 * method's receiver. */
Type *type_new_func_with_recv(Object *recv, Type *sig);

Object *object_new(ObjKind kind, const char *name, Pos pos, Type *type);
/* Whether an identifier is exported (spec "Exported identifiers"). */
bool type_is_exported_name(const char *name);

/* --- The checker ---------------------------------------------------------- */

/* One package-level variable initialisation, in the order the spec's
 * package initialisation requires: lhs[0..n) = rhs (n > 1 only for a
 * multi-value rhs such as a call). */
typedef struct Initializer {
    ObjectList lhs;  /* blank "_" variables appear as OBJ_VAR named "_" */
    Expr *rhs;
} Initializer;

typedef struct Package Package;

/* Resolves an import path to a package already checked, or NULL: then
 * the import is reported as not supported yet, *name is the package's
 * name if it is known and *why what stops it if that is known (else
 * both are left alone). *why "" means that the package's own errors
 * were reported, so the import adds none. */
typedef Package *CheckImporter(void *ctx, const char *path, const char **name, const char **why);

typedef struct CheckConfig {
    const char *path;          /* the package's import path; NULL: "main" */
    bool partial;              /* Package.partial */
    /* Whether Go's own package path (GOROOT's) declares name at package
     * level; NULL: never. */
    bool (*upstream_has)(void *ctx, const char *path, const char *name);
    CheckImporter *import;     /* NULL: no import is supported */
    void *ctx;
    /* The language version the package is written for, gc's -lang
     * ("go1.12"); NULL: the latest. Features of later versions are
     * errors, in gc's words. */
    const char *lang;
} CheckConfig;

struct Package {
    const char *path;          /* import path, interned ("main" for the main package) */
    const char *name;          /* "main", "utf8" */
    File **files;
    int nfiles;
    Scope *scope;              /* package scope */
    VEC(Initializer) inits;    /* in initialisation order */
    VEC(Decl *) funcs;         /* every DECL_FUNC with a body, methods included, in source order */
    VEC(Decl *) init_funcs;    /* the init() functions, in source order */
    ObjectList globals;        /* package-level variables, declaration order */
    VEC(Expr *) func_lits;     /* every function literal, in source order */
    int nlocal_types;          /* types declared in its functions (Object.u.typename_.local) */
    /* Functions declared without a body. Like gc, the checker accepts
     * them (the body could come from assembly); a complete program may
     * not have any, which the driver reports when it links. */
    VEC(Decl *) bodyless;
    VEC(Package *) imports;    /* the packages it imports, in the order of their first import */
    /* hood's own version of a Go package (rt/go), which may lack some
     * of the Go package's API yet: a name missing here that Go's package
     * declares (CheckConfig.upstream_has) is "not supported yet", not
     * "undefined" */
    bool partial;
    struct CheckConfig *cfg;   /* how it was checked (partial packages) */
};

/* --- Members (lookup.c) ---------------------------------------------------- */

/* Embedded fields a selector may follow, plus one: far beyond what
 * programs write (gc has no limit; Go's own tests go 13 deep). A member
 * found only deeper is reported as not supported (LOOKUP_TOO_DEEP), and
 * the bound keeps Lookup.path a fixed array. */
#define CHECK_MAX_EMBED 32

typedef enum LookupStatus {
    LOOKUP_NONE,      /* no field or method of that name */
    LOOKUP_FOUND,     /* obj */
    LOOKUP_AMBIGUOUS, /* two at the shallowest depth */
    LOOKUP_PTR_RECV,  /* obj is a method of *T only, and x is not addressable */
    LOOKUP_UNKNOWN,   /* not found, but a broken embedded type might have it */
    LOOKUP_TOO_DEEP,  /* not found within CHECK_MAX_EMBED embedded fields, but might be deeper */
} LookupStatus;

/* What check_lookup_member found. path[0..depth) are the indices of the
 * embedded fields followed, path[depth] the index of obj among the
 * fields of its struct or the methods of its named type or interface. */
typedef struct Lookup {
    LookupStatus status;
    Object *obj;       /* OBJ_VAR field or OBJ_FUNC method (FOUND, PTR_RECV) */
    bool indirect;     /* a pointer is followed on the way (x itself included) */
    bool unknown;      /* a broken embedded type was passed over */
    bool too_deep;     /* embedded fields beyond CHECK_MAX_EMBED were not searched */
    int depth;
    int path[CHECK_MAX_EMBED];
} Lookup;

/* The field or method name of a value of type t (addressable: x is, so
 * the methods of &x count), spec "Selectors"; fold matches names
 * ignoring ASCII case (for gc's "but does have" hints). pkg: the
 * package the selector is written in, whose unexported names only
 * match its own members (NULL: any). */
Lookup check_lookup_member(Type *t, bool addressable, const char *name, const char *pkg, bool fold);
bool check_method_has_ptr_recv(Object *m);

/* Type-checks the files of one package. Reports errors through error_at.
 * Returns the package even when there were errors (callers check
 * error_count()). The packages it imports must have been checked. */
Package *check_package_config(const CheckConfig *cfg, File **files, int nfiles);
/* Package unsafe: its scope is types_unsafe (universe.c). */
extern Package *types_unsafe_package;
/* The same for package main, which imports nothing (unit tests). */
Package *check_package(File **files, int nfiles);
/* Parses a language version "goX.Y" as gc's -lang does; false (with
 * *err as gc words it) if it is malformed or later than Go 1.19. */
bool types_parse_lang(const char *s, int *major, int *minor, const char **err);
/* Makes pkg, read from export data rather than checked
 * (compiler/export/), known as checked packages are: by
 * types_package_name. */
void types_add_package(Package *pkg);
/* The name of the package of import path path (for messages and
 * run-time type names: "utf8" for "unicode/utf8"); path itself when no
 * package of that path was checked. */
const char *types_package_name(const char *path);
/* The path of the package being checked (or last checked): type_string
 * leaves its names unqualified, as gc's messages do. */
extern const char *types_local_package;

#endif
