/*
 * check.h — the type checker's private interface, shared by the files
 * of the checker (one topic each, as in go/types):
 *
 *   package.c     the entry point: collecting package-level objects
 *   decl.c        declarations, lazy checking of package-level objects, cycles
 *   typexpr.c     type expressions and signatures
 *   expr.c        operands, untyped conversion, operators, constants
 *   index.c       index and slice expressions
 *   literal.c     composite and function literals
 *   call.c        calls and selectors
 *   builtins.c    calls of builtin functions (builtins.def)
 *   unsafe.c      calls of package unsafe's functions
 *   conversion.c  assignability and conversions
 *   lookup.c      fields, methods and interface satisfaction
 *   stmt.c        statements and function bodies
 *   initorder.c   package initialisation order
 *   version.c     the language version (-lang) and features newer than it
 *
 * The checker follows go/types: package-level objects are collected
 * first, then checked lazily on first use (so declaration order does not
 * matter), with a colour per object to detect cycles; function bodies are
 * checked last, after every package-level signature is known.
 *
 * Untyped expressions: check_expr leaves an untyped constant (or untyped
 * bool comparison, or shift of an untyped constant) untyped; whoever
 * consumes the value gives it its final type with check_convert_untyped
 * (context type) or check_assignment, which also fixes the types of the
 * operands inside it (check_update_type). After a statement has been
 * checked no expression in it is untyped, except nil, whose type is the
 * type it was assigned to (or untyped nil in comparisons such as p == nil).
 *
 * All of the checker's state is in the Checker that check_package
 * creates; the files keep none of their own, so checking one package
 * leaves nothing behind for the next.
 */
#ifndef HOOD_CHECK_H
#define HOOD_CHECK_H

#include "diag.h"
#include "types.h"
#include "hashindex.h"

/* How a package-level object was declared, and what its declaration
 * refers to (for initialisation order). */
typedef struct DeclInfo {
    Decl *decl;
    File *file;
    int index;         /* which name of the spec */
    Expr *type;        /* declared type expression, or NULL */
    Expr *init;        /* const: value (after implicit repetition); var: initialiser or NULL */
    ObjectList lhs;    /* var a, b = f(): every variable the one initialiser sets */
    int iota;          /* const: the spec's iota */
    int color;         /* 0: not checked, 1: being checked, 2: done (decl.c) */
    ObjectList deps;   /* package-level constants, variables and functions referred to */
    Scope *scope;      /* the file scope the declaration is checked in */
    bool bad;          /* a cycle through it was reported: report no other */
    bool rechecking;   /* an alias whose type is worked out again inside a cycle (decl.c) */
    int mark;          /* initorder.c: visit marks of its graph walks (Checker.generation) */
} DeclInfo;

/* State of the function body being checked. */
typedef struct FuncCtx {
    Type *sig;               /* TYPE_FUNC */
    ObjectList locals;       /* variables declared in the body, for "declared but not used" */
    ObjectList labels;       /* OBJ_LABEL of the body */
    struct FuncCtx *outer;   /* enclosing function, for literals */
    /* The outermost function's: the variables its literals capture,
     * captured by value or by reference when its body is checked
     * (check_func_body: it needs every assignment to them). */
    ObjectList captured;
    /* Set when part of the body was skipped as "not supported yet":
     * its uses of variables are unknown, so none is reported unused. */
    bool skipped;
    /* stmt.c: where the body's labels and gotos are, while check_body
     * runs (NULL otherwise). */
    struct GotoSites *sites;
} FuncCtx;

/* Where the checker is: the context of the declaration or body being
 * checked. A package-level declaration checked lazily, from a use
 * somewhere else, is checked in its own context: check_obj_decl saves
 * the environment whole and restores it afterwards. */
typedef struct CheckEnv {
    Scope *scope;            /* innermost scope */
    File *file;
    Object *decl_obj;        /* package-level object whose declaration is being checked */
    Const *iota;             /* value of iota, in a constant declaration only */
    FuncCtx *fn;             /* NULL at package level */
    bool in_lhs;             /* checking a bare identifier on an assignment's left side */
    Decl *last_const;        /* previous const spec with values, for implicit repetition */
} CheckEnv;

/* An interface type that embeds one whose method set was not known yet
 * (typexpr.c): merged by check_complete_interfaces. */
typedef struct PendingEmbed {
    Type *iface;      /* the embedding interface */
    Type *embedded;   /* NULL once merged */
    Pos pos;
    Object *owner;    /* the named type iface underlies, if any (for cycle reports) */
} PendingEmbed;

/* A check on a type that must wait until the named types in it are
 * complete (typexpr.c, check_delayed): types2's check.later. */
typedef enum DelayedKind {
    DELAYED_MAP_KEY,   /* t must be comparable */
    DELAYED_EMBEDDED,  /* t, an embedded field's type, must not be a pointer type... */
    DELAYED_CHAN_ELEM, /* t, a channel's element type, must be under 64 KB */
} DelayedKind;

typedef struct Delayed {
    DelayedKind kind;
    Type *type;
    Pos pos;
} Delayed;

typedef struct Checker {
    /* For the whole package, never saved or restored: */
    Package *pkg;
    CheckConfig cfg;
    ObjectList pkg_objs;     /* package-level objects in source order */
    /* Objects whose declarations are being checked, innermost last
     * (DeclInfo colour 1): the path that a cycle report prints. */
    ObjectList decl_path;
    /* initorder.c: the mark of the current graph walk; a DeclInfo whose
     * mark equals it was visited. Starts at 0 and is incremented before
     * each walk, so the zeroed marks of fresh DeclInfos never match. */
    int generation;
    /* Some function body was skipped in part as "not supported yet": its
     * uses of imports are unknown, so none is reported unused. */
    bool skipped_body;
    /* The OBJ_PKGNAME of every `import . "path"` of the package, whose
     * parent is its file's scope: the package's exported names are
     * declared in that scope, and a use marks the import used. */
    ObjectList dot_imports;
    VEC(PendingEmbed) pending_embeds;
    VEC(Delayed) delayed;
    bool decls_done;         /* package-level declarations checked, type cycles broken */
    /* A function call or receive was checked (since len or cap cleared
     * it: their result is constant only without either). */
    bool call_or_recv;
    CheckEnv env;
} Checker;

/* package.c: for types_reset */
void check_forget_packages(void);

/* expr.c */
void check_use_object(Checker *c, Expr *e, Object *obj);
bool check_hood_lacks(Package *pkg, const char *name);

/* version.c: whether the package may use a feature of Go major.minor
 * (CheckConfig.lang); gc's error for one it may not use, "WHAT requires
 * VERSION or later (-lang was set to ...)"; the literal forms of Go 1.13. */
bool check_allow_version(Checker *c, int major, int minor);
void check_version_error(Checker *c, Pos at, const char *version, const char *what);
void check_lang_literal(Checker *c, Expr *lit);

/* builtins.c: the operands of builtin call e, each checked as a value;
 * f(g()) with a multi-value g gives one operand per result. NULL (e
 * invalidated) if one is invalid. */
ExprList *check_builtin_operands(Checker *c, Expr *e);

/* decl.c */
void check_obj_decl(Checker *c, Object *obj);
void check_local_decl(Checker *c, Decl *d);
void check_func_body(Checker *c, Type *sig, Stmt *body, Scope *scope, Pos pos);
void check_declare_obj(Checker *c, Scope *s, Object *obj);
void check_declare_local_var(Checker *c, Object *obj);
bool check_is_blank(const char *name);
bool check_is_exported(const char *name);
/* gc's cycle report ("initialization loop for a", "invalid recursive
 * type T"): cycle[0] refers to cycle[1] ... refers to cycle[0]. */
void check_report_cycle(const char *what, Object **cycle, int n);
/* Whether the names and values of a const or var spec match up;
 * reports and returns false when not. */
bool check_spec_arity(ExprList *names, ExprList *values, bool is_const);
/* The spec whose values a const spec uses (implicit repetition). */
Decl *check_const_source(Checker *c, Decl *d);
/* "invalid recursive type" for a named type that contains itself. */
void check_type_cycle(Object *obj);

/* typexpr.c */
Type *check_type(Checker *c, Expr *e);              /* a type expression; never NULL */
Type *check_signature(Checker *c, Field *recv, Expr *ftype, Scope *scope);
/* Merges the embedded interfaces whose method sets were not known when
 * their embedding interface was checked; reports cycles among them. */
void check_complete_interfaces(Checker *c);
/* Runs the delayed checks (Checker.delayed) once the package-level
 * declarations are done, unless a type declaration is under way. */
void check_delayed(Checker *c);
/* "type T larger than address space" for an array or struct type. */
void check_type_fits(Type *t, Pos pos);

/* expr.c */
void check_expr(Checker *c, Expr *e);               /* any mode; untyped results stay untyped */
void check_value(Checker *c, Expr *e);              /* a single value */
void check_multi(Checker *c, Expr *e);              /* value, or a call with several results */
void check_invalidate(Expr *e);                     /* e becomes MODE_INVALID, of invalid type */
/* Whether e is in error (builtin names excepted: they have no type),
 * or of a type built from the invalid type (check_type_broken). */
bool check_is_invalid(Expr *e);
/* Whether t is the invalid type or a type literal built from it. */
bool check_type_broken(Type *t);
Expr *check_unparen(Expr *e);
void check_unsupported(Pos pos, const char *what);
/* The package's //go:linkname lines and directives (directive.c); after
 * the package-level objects are collected, before any is checked. */
void check_directives(Checker *c, File **files, int nfiles);
/* A //go:embed on var declaration d of file f (in a function body if
 * in_func): gc's errors, else "not supported yet". */
void check_embed(Checker *c, const File *f, const Decl *d, bool in_func);  /* "not supported yet: what" */
const char *check_operand_string(Expr *e);          /* "x (variable of type int)" */
const char *check_expr_text(Expr *e);               /* e as written */
Object *check_lookup(Checker *c, const char *name); /* in the current scope and its parents */
/* Records that the declaration being checked refers to obj (a package-
 * level variable, function or method): an edge of the initialisation graph. */
void check_record_dep(Checker *c, Object *obj);
bool check_is_nil(Expr *e);
/* Whether e may stand alone on the right of v, ok = e: a receive, a type
 * assertion or a map index (MODE_MAPINDEX, as it is also assignable). */
bool check_is_commaok(Expr *e);
void check_convert_untyped(Checker *c, Expr *e, Type *target);
void check_use_default(Checker *c, Expr *e);        /* untyped -> default type */
void check_update_type(Expr *e, Type *t);           /* untyped e and its operands get type t */
/* Marks the variable at the root of an addressable expression (&x,
 * &x.f, &x[i] for arrays) as having its address taken. */
void check_mark_addr_taken(Expr *e);
void check_mark_reassigned(Expr *lhs);
/* lhs op= rhs: both operands checked and combined as lhs op rhs. */
void check_op_assign(Checker *c, Expr *lhs, TokenKind op, Expr *rhs, Pos pos);
/* Checks e, the comparison x == y of a switch case x (checked) with the
 * tag y: converts untyped operands, reports mismatches as gc words them
 * for a case, folds constants. */
void check_case_comparison(Checker *c, Expr *e);

/* Constant operands by value and type, to find duplicates (switch
 * cases, map literal keys); free byval when done. */
typedef struct ConstSet {
    ExprList seen;
    HashIndex byval; /* positions in seen, by const_hash */
} ConstSet;
/* The earlier operand of e's type and value in set, or NULL (and e is added). */
Expr *check_const_seen(ConstSet *set, Expr *e);

/* Whether a constant can be represented in a type (check_representable). */
enum { REPR_OK, REPR_TRUNCATED, REPR_OVERFLOWS, REPR_INVALID };
int check_representable(Const *v, Type *t, Type *vtype, Const **out);

/* index.c */
void check_index_expr(Checker *c, Expr *e);
void check_slice_expr(Checker *c, Expr *e);
/* An index operand in [0, max) (max < 0: no bound); its constant value or -1. */
int64_t check_index(Checker *c, Expr *e, int64_t max, const char *what);
bool check_int_const(Checker *c, Expr *e, const char *what, int64_t *out); /* constant >= 0 */

/* literal.c */
void check_composite_lit(Checker *c, Expr *e);
void check_func_lit(Checker *c, Expr *e);

/* call.c */
void check_call(Checker *c, Expr *e);
void check_selector(Checker *c, Expr *e);
Type *check_tuple_of(Type *t);                      /* results of a call, or NULL */
/* gc's "(int, number)" list of operand types, for "have"/"want" lines. */
const char *check_types_summary(ExprList *list);
const char *check_tuple_summary(Type *tuple, bool variadic);

/* builtins.c */
void check_builtin(Checker *c, Expr *e, BuiltinId id);
void builtin_count_error(Expr *e, int n, int nmin, int nmax);

/* unsafe.c */
void check_unsafe_builtin(Checker *c, Expr *e, BuiltinId id);

/* conversion.c */
bool check_assignment(Checker *c, Expr *e, Type *t, const char *context);
bool check_assignable(Checker *c, Expr *e, Type *t);
bool check_assignable_type(Type *v, Type *t, const char **why);
void check_conversion(Checker *c, Expr *e, Type *t);

/* lookup.c */

/* check_lookup_member, check_method_has_ptr_recv: types.h (compiler/ssagen
 * uses them to find the embedded fields a promoted method is reached by). */
const char *check_missing_method(Type *t, Type *iface);

/* stmt.c */
void check_body(Checker *c, Stmt *body);

/* initorder.c */
void check_init_order(Checker *c);

#endif
