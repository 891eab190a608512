/*
 * ast.h — the syntax tree that the parser builds, the type checker
 * annotates and the SSA builder (compiler/ssagen) lowers.
 *
 * The tree covers the complete Go 1.19 grammar, type parameters included,
 * so that unsupported constructs are reported by the checker ("not
 * supported yet") rather than as syntax errors.
 *
 * Each node kind has its own member of a union, named after the kind
 * (e->u.binary.x), so a field never changes meaning with the kind.
 * Fields under "set by the checker" are NULL/zero until the checker
 * (compiler/types, check_package) runs.
 *
 * Invariants after a successful check:
 *   - every Expr that is a value has type != NULL; untyped constants have
 *     been given their final (default or context) type, and val != NULL;
 *   - every Ident has obj != NULL (or is the blank identifier "_");
 *   - every break/continue/goto has target set.
 */
#ifndef HOOD_AST_H
#define HOOD_AST_H

#include "util.h"

typedef enum TokenKind {
#define TOK(name, text) TK_##name,
#include "token.def"
#undef TOK
    TK_COUNT
} TokenKind;

extern const char *const token_text[TK_COUNT];

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Decl Decl;
typedef struct Field Field;
typedef struct Type Type;     /* types.h */
typedef struct Object Object; /* types.h */
typedef struct Scope Scope;   /* types.h */
typedef struct Const Const;   /* constant.h */

typedef VEC(Expr *) ExprList;
typedef VEC(Stmt *) StmtList;
typedef VEC(Decl *) DeclList;
typedef VEC(Field *) FieldList;

/* --- Expressions -------------------------------------------------------- */

typedef enum ExprKind {
    EXPR_BAD,
    EXPR_IDENT,
    EXPR_BASIC_LIT,
    EXPR_COMPOSITE_LIT,
    EXPR_KEY_VALUE,    /* key: value inside a composite literal */
    EXPR_FUNC_LIT,
    EXPR_PAREN,
    EXPR_SELECTOR,
    EXPR_INDEX,        /* x[i] or x[T1, T2] (instantiation) */
    EXPR_SLICE,
    EXPR_TYPE_ASSERT,  /* x.(T); x.(type) has type == NULL */
    EXPR_CALL,
    EXPR_STAR,         /* *x: dereference or pointer type */
    EXPR_UNARY,        /* + - ! ^ & <- ~ */
    EXPR_BINARY,
    /* type expressions */
    EXPR_ARRAY_TYPE,   /* [N]T, [...]T (len is EXPR_ELLIPSIS), []T (len NULL) */
    EXPR_STRUCT_TYPE,
    EXPR_FUNC_TYPE,
    EXPR_INTERFACE_TYPE,
    EXPR_MAP_TYPE,
    EXPR_CHAN_TYPE,
    EXPR_ELLIPSIS,     /* ...T in a parameter list, or [...] array length */
} ExprKind;

/* How an expression may be used; set by the checker (go/types' modes). */
typedef enum ExprMode {
    MODE_INVALID,
    MODE_NOVALUE,  /* call of a function without results */
    MODE_BUILTIN,  /* a builtin function name */
    MODE_TYPE,     /* a type expression */
    MODE_CONST,    /* a constant: val is set */
    MODE_VAR,      /* an addressable variable */
    MODE_MAPINDEX, /* m[k]: assignable, not addressable */
    MODE_VALUE,    /* any other value */
    MODE_COMMAOK,  /* may be used in v, ok := x */
} ExprMode;

typedef enum ChanDir { CHAN_BOTH, CHAN_SEND, CHAN_RECV } ChanDir;

struct Field {
    Pos pos;
    ExprList names; /* EXPR_IDENT each; empty for anonymous/embedded */
    Expr *type;
    Expr *tag;      /* EXPR_BASIC_LIT string, or NULL */
};

struct Expr {
    ExprKind kind;
    Pos pos;
    union {
        struct { const char *name; Object *obj; /* checker */ } ident;
        /* lit: source text; bad: the scanner reported it malformed */
        struct { TokenKind tok; const char *lit; int len; bool bad; } basic_lit;
        struct { Expr *type; ExprList elts; Pos rbrace; } composite_lit;
        struct { Expr *key, *value; } key_value;
        struct { Expr *type; Stmt *body; /* checker: */ Scope *scope; } func_lit;
        struct { Expr *x; } paren;
        struct { Expr *x; Expr *sel; /* EXPR_IDENT */ } selector;
        /* lbrack: the "[" (zero for a type's instantiation), where gc
         * places the bounds check of x[i] and x[lo:hi] */
        struct { Expr *x; ExprList indices; Pos lbrack; } index;
        struct { Expr *x, *lo, *hi, *max; bool slice3; Pos lbrack; } slice;
        struct { Expr *x, *type; } type_assert;
        struct { Expr *fun; ExprList args; bool has_dots; Pos rparen; } call;
        struct { Expr *x; } star;
        struct { TokenKind op; Expr *x; } unary;
        struct { TokenKind op; Expr *x, *y; Pos oppos; } binary;
        struct { Expr *len, *elem; } array_type;
        struct { FieldList fields; } struct_type;
        struct { FieldList tparams, params, results; } func_type;
        struct { FieldList methods; /* names empty = embedded element */ } interface_type;
        struct { Expr *key, *value; } map_type;
        struct { ChanDir dir; Expr *value; } chan_type;
        struct { Expr *elt; /* may be NULL */ } ellipsis;
    } u;

    /* set by the checker */
    ExprMode mode;
    Type *type;  /* the expression's type (the type denoted, for MODE_TYPE) */
    Const *val;  /* constant value, for MODE_CONST */
};

/* --- Statements ----------------------------------------------------------- */

typedef enum StmtKind {
    STMT_BAD,
    STMT_DECL,       /* const, type or var declaration inside a function */
    STMT_EMPTY,
    STMT_LABELED,
    STMT_EXPR,
    STMT_SEND,
    STMT_INCDEC,
    STMT_ASSIGN,     /* =, :=, op= */
    STMT_GO,
    STMT_DEFER,
    STMT_RETURN,
    STMT_BRANCH,     /* break, continue, goto, fallthrough */
    STMT_BLOCK,
    STMT_IF,
    STMT_CASE_CLAUSE,
    STMT_SWITCH,
    STMT_TYPE_SWITCH,
    STMT_COMM_CLAUSE,
    STMT_SELECT,
    STMT_FOR,
    STMT_RANGE,
} StmtKind;

struct Stmt {
    StmtKind kind;
    Pos pos;
    union {
        struct { Decl *decl; } decl;
        struct { Expr *label; Stmt *stmt; } labeled;
        struct { Expr *x; } expr;
        struct { Expr *chan, *value; } send;
        struct { Expr *x; TokenKind tok; } incdec;
        struct { ExprList lhs; TokenKind tok; ExprList rhs; } assign;
        struct { Expr *call; } go_stmt;
        struct { Expr *call; } defer_stmt;
        struct { ExprList results; } return_stmt;
        struct { TokenKind tok; Expr *label; /* checker: */ Stmt *target; } branch;
        struct { StmtList list; Pos rbrace; /* checker: */ Scope *scope; } block;
        struct { Stmt *init; Expr *cond; Stmt *then; Stmt *else_; /* BLOCK or IF */ Scope *scope; } if_stmt;
        /* list empty means default */
        struct { ExprList list; StmtList body; bool is_default; Scope *scope;
                 Object *implicit; /* type switch: the clause's x */ } case_clause;
        struct { Stmt *init; Expr *tag; Stmt *body; /* BLOCK of CASE_CLAUSE */ Scope *scope; } switch_stmt;
        /* assign is x := y.(type) (STMT_ASSIGN) or y.(type) (STMT_EXPR) */
        struct { Stmt *init; Stmt *assign; Stmt *body; Scope *scope; } type_switch;
        struct { Stmt *comm; /* NULL = default */ StmtList body; Scope *scope; } comm_clause;
        struct { Stmt *body; } select_stmt;
        struct { Stmt *init; Expr *cond; Stmt *post; Stmt *body; Scope *scope; } for_stmt;
        /* key/value NULL when absent; tok is TK_DEFINE, TK_ASSIGN or TK_ILLEGAL (none) */
        struct { Expr *key, *value; TokenKind tok; Expr *x; Stmt *body; Scope *scope; } range;
    } u;
    const char *label_name; /* checker: the label of the enclosing LABELED stmt, if any */
};

/* --- Declarations ---------------------------------------------------------- */

/* The compiler directives' bits (pragma.def). */
enum {
#define PRAGMA(name, verb, implies, meaning) PRAGMA_BIT_##name,
#include "pragma.def"
#undef PRAGMA
};
enum {
#define PRAGMA(name, verb, implies, meaning) PRAGMA_##name = 1u << PRAGMA_BIT_##name,
#include "pragma.def"
#undef PRAGMA
};
/* What a function declaration takes (the rest of pragma.def is for
 * types, variables and the file). */
#define PRAGMA_FUNC_FLAGS (PRAGMA_NOESCAPE | PRAGMA_NORACE | PRAGMA_NOSPLIT | PRAGMA_NOINLINE | \
    PRAGMA_NOCHECKPTR | PRAGMA_SYSTEMSTACK | PRAGMA_NOWRITEBARRIER | PRAGMA_NOWRITEBARRIERREC | \
    PRAGMA_YESWRITEBARRIERREC | PRAGMA_CGO_UNSAFE_ARGS | PRAGMA_UINTPTRKEEPALIVE | \
    PRAGMA_UINTPTRESCAPES | PRAGMA_REGISTERPARAMS)
/* Only package runtime may use these (gc's rule). */
#define PRAGMA_RUNTIME_FLAGS (PRAGMA_SYSTEMSTACK | PRAGMA_NOWRITEBARRIER | PRAGMA_NOWRITEBARRIERREC | \
    PRAGMA_YESWRITEBARRIERREC)

/* One //go: directive of a file, alone on its line. */
typedef struct Directive {
    Pos pos;           /* of "go:", as gc reports it */
    const char *verb;  /* interned, "go:nosplit" */
    unsigned flags;    /* PRAGMA_* bits, implications included; 0 if none */
} Directive;

/* //go:linkname local [remote]: remote NULL when only local is given
 * (the object keeps its own symbol, which others may then name). */
typedef struct Linkname {
    Pos pos;
    const char *local, *remote; /* interned */
} Linkname;

typedef enum DeclKind {
    DECL_BAD,
    DECL_IMPORT,
    DECL_CONST,
    DECL_TYPE,
    DECL_VAR,
    DECL_FUNC,
} DeclKind;

/* One spec of a grouped declaration: `const ( a = iota; b )` is one
 * Decl per spec, sharing group_id, so that iota and implicit repetition
 * of the previous spec's expression list can be resolved. */
struct Decl {
    DeclKind kind;
    Pos pos;
    int group_id;  /* specs of one parenthesised group share it (0 = none) */
    unsigned pragma; /* the PRAGMA_* bits of the directives that precede it */
    Pos embed;       /* the //go:embed directive of a var spec (line 0: none) */
    union {
        struct { Expr *name; /* IDENT, "." or NULL */ Expr *path; /* STRING lit */ } import;
        /* const and var: values empty means "repeat the previous spec's"
         * for const; iota is the spec's index in its group */
        struct { ExprList names; Expr *type; ExprList values; int iota; bool implicit; } value;
        struct { Expr *name; FieldList tparams; bool alias; Expr *type; } type;
        struct { Field *recv; /* NULL for functions */ Expr *name; FieldList tparams;
                 Expr *type; /* EXPR_FUNC_TYPE */ Stmt *body; /* NULL if external */
                 /* checker: */ Object *obj; Scope *scope; } func;
    } u;
};

typedef struct File {
    const char *path;
    Pos pos;
    Expr *package_name;
    DeclList decls; /* imports first, then the rest in source order */
    VEC(Directive) directives; /* every //go: directive, in source order */
    VEC(Linkname) linknames;
    /* Errors that leave the tree unfit to check: syntax errors (gc's,
     * those whose text starts "syntax error") and nesting too deep. As
     * gc does, a file with only other errors (a malformed literal, a
     * missing slice index, a misplaced directive) is still checked. */
    int syntax_errors;
    int errors; /* all errors reported while parsing it */
} File;

/* Parses one source file (already registered with source_add). Reports
 * syntax errors through error_at; always returns a File, possibly with
 * DECL_BAD/EXPR_BAD/STMT_BAD placeholders where recovery skipped input. */
File *parse_file(uint32_t file);

/* Constructors used by the parser and by tests. */
Expr *new_expr(ExprKind kind, Pos pos);
Stmt *new_stmt(StmtKind kind, Pos pos);
Decl *new_decl(DeclKind kind, Pos pos);

/* Prints a tree in an S-expression form (for tests and `hood -d ast`). */
void ast_dump_file(Buf *b, const File *f);
void ast_dump_expr(Buf *b, const Expr *e);
/* Prints an expression as Go source text (for diagnostics). */
void expr_string(Buf *b, const Expr *e);

#endif
