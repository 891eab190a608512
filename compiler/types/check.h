/*
 * check.h — the type checker's private interface, shared by
 * check_decl.c (declarations), check_expr.c (expressions), check_stmt.c
 * (statements) and initorder.c (package initialisation order).
 *
 * The checker follows go/types: package-level objects are collected
 * first, then checked lazily on first use (so declaration order does not
 * matter), with a colour per object to detect cycles; function bodies are
 * checked last, after every package-level signature is known.
 *
 * Untyped expressions: check_expr leaves an untyped constant (or untyped
 * bool comparison, or shift of an untyped constant) untyped; whoever
 * consumes the value gives it its final type with convert_untyped
 * (context type) or check_assignment, which also fixes the types of the
 * operands inside it (update_type). After a statement has been checked
 * no expression in it is untyped, except nil, whose type is the type it
 * was assigned to (or untyped nil in comparisons such as p == nil).
 */
#ifndef HOOD_CHECK_H
#define HOOD_CHECK_H

#include "diag.h"
#include "types.h"

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
    int color;         /* 0: not checked, 1: being checked, 2: done */
    ObjectList deps;   /* package-level variables and functions referred to */
    Scope *scope;      /* the file scope the declaration is checked in */
    bool bad;          /* a cycle through it was reported: report no other */
    int mark;          /* initorder.c: visit marks of its graph walks */
} DeclInfo;

/* State of the function body being checked. */
typedef struct FuncCtx {
    Type *sig;               /* TYPE_FUNC */
    ObjectList locals;       /* variables declared in the body, for "declared but not used" */
    ObjectList labels;       /* OBJ_LABEL of the body */
    struct FuncCtx *outer;   /* enclosing function, for literals */
    /* Set when part of the body was skipped as "not supported yet":
     * its uses of variables are unknown, so none is reported unused. */
    bool skipped;
} FuncCtx;

typedef struct Checker {
    Package *pkg;
    Scope *scope;            /* innermost scope */
    File *file;
    Object *decl_obj;        /* package-level object whose declaration is being checked */
    Const *iota;             /* value of iota, in a constant declaration only */
    FuncCtx *fn;             /* NULL at package level */
    bool in_lhs;             /* checking a bare identifier on an assignment's left side */
    ObjectList pkg_objs;     /* package-level objects in source order */
    Decl *last_const;        /* previous const spec with values, for implicit repetition */
} Checker;

/* check_decl.c */
void check_obj_decl(Checker *c, Object *obj);
void check_local_decl(Checker *c, Decl *d);
void check_func_body(Checker *c, Type *sig, Stmt *body, Scope *scope, Pos pos);
Type *check_signature(Checker *c, Field *recv, Expr *ftype, Scope *scope);
void declare_obj(Checker *c, Scope *s, Object *obj);
void declare_local_var(Checker *c, Object *obj);
/* gc's cycle report ("initialization loop for a", "invalid recursive
 * type T"): cycle[0] refers to cycle[1] ... refers to cycle[0]. */
void report_cycle(const char *what, Object **cycle, int n);

/* check_expr.c */
void check_expr(Checker *c, Expr *e);               /* any mode; untyped results stay untyped */
void check_value(Checker *c, Expr *e);              /* a single value */
void check_multi(Checker *c, Expr *e);              /* value, or a call with several results */
Type *check_type(Checker *c, Expr *e);              /* a type expression; never NULL */
bool check_assignment(Checker *c, Expr *e, Type *t, const char *context);
void convert_untyped(Checker *c, Expr *e, Type *target);
void use_default(Checker *c, Expr *e);              /* untyped -> default type */
void check_const_value(Checker *c, Expr *e, Type *t, const char *context); /* representability */
const char *operand_string(Expr *e);
const char *expr_text(Expr *e);
bool is_assignable(Checker *c, Expr *e, Type *t);
void record_dep(Checker *c, Object *obj);
Object *lookup(Checker *c, const char *name);
Type *tuple_of(Type *t);                            /* results of a call, or NULL */
bool check_int_const(Checker *c, Expr *e, const char *what, int64_t *out); /* constant >= 0 */
bool is_comparable(Type *t);
bool type_has_nil(Type *t);
/* Whether e may stand alone on the right of v, ok = e: a receive, a type
 * assertion or a map index (MODE_MAPINDEX, as it is also assignable). */
bool is_commaok(Expr *e);
/* lhs op= rhs: both operands checked and combined as lhs op rhs. */
void check_op_assign(Checker *c, Expr *lhs, TokenKind op, Expr *rhs, Pos pos);
/* Checks binary expression e whose operands x and y are already checked
 * (a switch case compared with its tag): converts untyped operands,
 * reports mismatches, folds constants. */
void check_binary_operands(Checker *c, Expr *e);
/* gc's "(int, number)" list of operand types, for "have"/"want" lines. */
const char *types_summary(ExprList *list);
const char *tuple_summary(Type *tuple, bool variadic);

/* check_stmt.c */
void check_body(Checker *c, Stmt *body);

/* initorder.c */
void init_order(Checker *c);

#endif
