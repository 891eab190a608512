/*
 * parser.c — recursive-descent parser for the complete Go 1.19 grammar
 * (type parameters included), building the tree of ast.h.
 *
 * Each parse function carries its production from the spec. Where Go's
 * grammar is ambiguous without type information the parser decides as
 * gc's does, so that the same programs are accepted:
 *
 *   - A "{" after an operand that may be a type starts a composite
 *     literal, except in the header of an if, for or switch statement,
 *     where it starts the block. xnest counts the brackets entered since
 *     the header began: it is -1 in a header and >= 0 inside any ( [ {,
 *     where a composite literal is allowed again.
 *   - "type T[P any] ..." versus "type T [N]int": the bracket's contents
 *     are parsed as an expression and then split into a parameter name
 *     and a constraint if they have that shape (split_tparam).
 *   - Parameter lists are parsed as a list of (name, type) pairs, either
 *     possibly missing, and the names are distributed afterwards: in
 *     "func(a, b int)" a gets b's type, in "func(a, b)" both are types.
 *
 * Errors use gc's texts and positions. After one, the parser skips to a
 * token that can resume the enclosing construct (advance), so that one
 * mistake yields one message. Every loop consumes a token or stops.
 *
 * Nesting is limited (MAX_NEST), because the parser, the checker and
 * ssagen all recurse on the tree; see nest() for what is counted.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "scanner.h"

typedef struct Param {
    Expr *name; /* EXPR_IDENT or NULL */
    Expr *type; /* or NULL */
} Param;

typedef VEC(Param) ParamList;

typedef struct Parser {
    Scanner s;
    int xnest;         /* bracket nesting; -1 in statement headers (see top) */
    int fnest;         /* function nesting: > 0 inside a body */
    int errors0;       /* error_count() when this file's parse began */
    uint32_t err_line; /* line of the last "syntax error" (0: none yet) */
    StmtList pending;  /* further specs of a grouped declaration statement */
    int depth;         /* nesting of the construct being parsed (nest()) */
    File *file;        /* the file being parsed: its directives and linknames */
    int pending_dirs;  /* file->directives[pending_dirs:] await a declaration */
    int dir_errors;    /* errors about directives (not syntax errors) */
} Parser;

/*
 * The deepest nesting accepted: ten times what any program written by
 * hand needs, and past the 50,000 levels that gc compiles, yet within
 * the compiler's stack at every stage. The parser, the checker and
 * ssagen each recurse once or more per level; their deepest frames
 * together take under 2 KiB a level in a plain build and a few times
 * that under AddressSanitizer, against a stack of 1 GiB (cmd/hood.c runs
 * the compiler on a thread with one). gc has no limit but its 1 GB
 * goroutine stack, which takes it to about the same depth.
 */
enum { MAX_NEST = 100000 };

/* Groups of declarations are numbered across all files, so that the
 * checker can tell groups of different files apart. */
static int last_group_id;

/* --- Tokens and errors ------------------------------------------------------ */

static TokenKind tok(const Parser *p) { return p->s.tok; }
static Pos pos(const Parser *p) { return p->s.pos; }
static void next(Parser *p) { scanner_next(&p->s); }

static bool got(Parser *p, TokenKind t)
{
    if (tok(p) != t)
        return false;
    next(p);
    return true;
}

/* The English name of a token that gc uses after "expecting". */
static const char *tokstring(TokenKind t)
{
    switch (t) {
    case TK_COMMA: return "comma";
    case TK_SEMICOLON: return "semicolon or newline";
    default: return token_text[t];
    }
}

/* Moves a Buf's text into the arena (Bufs are malloc'd; see util.h). */
static const char *buf_take(Buf *b)
{
    const char *s = xstrdup(b->s ? b->s : "");
    free(b->s);
    return s;
}

/* Whether a syntax error was reported (an error about a directive does
 * not stop the parse, as in gc). */
static bool errored(const Parser *p) { return error_count() > p->errors0 + p->dir_errors; }

static void error_here(Parser *p, Pos at, const char *msg)
{
    (void)p;
    error_at(at, "%s", msg);
}

/*
 * Reports a syntax error at `at`, worded as gc does: a message starting
 * with "in ", "at ", "after " or "expecting " is prefixed by "unexpected
 * X" naming the current token; any other message stands alone. As in
 * gc, only the first syntax error of a line is reported (the others are
 * almost always consequences of it), and after any error nothing more
 * is said at EOF.
 */
static void syntax_error_at(Parser *p, Pos at, const char *msg)
{
    if (tok(p) == TK_EOF && errored(p))
        return;
    if (at.line == p->err_line)
        return;
    p->err_line = at.line;
    p->file->syntax_errors++;
    Buf b = {0};
    buf_puts(&b, "syntax error: ");
    bool needs_tok = strncmp(msg, "in ", 3) == 0 || strncmp(msg, "at ", 3) == 0 ||
                     strncmp(msg, "after ", 6) == 0;
    bool expecting = strncmp(msg, "expecting ", 10) == 0;
    if (needs_tok || expecting) {
        buf_puts(&b, "unexpected ");
        token_describe(&b, &p->s);
        buf_puts(&b, expecting ? ", " : " ");
    }
    buf_puts(&b, msg);
    error_here(p, at, buf_take(&b));
}

static void syntax_error(Parser *p, const char *msg) { syntax_error_at(p, pos(p), msg); }

/* --- Compiler directives --------------------------------------------------------------- */

/*
 * Directives work as in gc: the scanner hands each //go: comment to
 * directive() as it skips it, so when the parser looks at a token, every
 * directive before that token has been seen. A declaration takes the
 * directives seen since the last one was taken (take_pragma, at the
 * declaration's start, as gc's takePragma) and keeps the bits it
 * accepts; the end of a statement or a top-level declaration and the "("
 * of a group clear them (clear_pragma), and whatever bit is left over
 * there, or not accepted, is a misplaced directive. //go:linkname belongs
 * to the file, not to a declaration (the checker applies it).
 */
static void directive_error(Parser *p, Pos at, const char *msg)
{
    p->dir_errors++;
    error_at(at, "%s", msg);
}

typedef VEC(const char *) FieldTexts;

/* gc's fields of a directive: split at white space, but a "quoted"
 * field (quotes kept) may hold spaces. */
static void pragma_fields(const char *text, int len, FieldTexts *out)
{
    int start = -1;
    bool quoted = false;
    for (int i = 0; i < len; i++) {
        char c = text[i];
        if (c == '"') {
            if (quoted) {
                vec_push(out, xstrndup(text + start, (size_t)(i + 1 - start)));
                start = -1;
            } else if (start >= 0) {
                vec_push(out, xstrndup(text + start, (size_t)(i - start)));
            }
            if (!quoted)
                start = i;
            quoted = !quoted;
        } else if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            if (start >= 0)
                vec_push(out, xstrndup(text + start, (size_t)(i - start)));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    if (!quoted && start >= 0)
        vec_push(out, xstrndup(text + start, (size_t)(len - start)));
}

/*
 * A //go:cgo_* directive. For security gc allows them only in the files
 * cgo generates (named _cgo_*), but for cgo_import_dynamic with a
 * library, which code for Solaris uses; and each has a usage. hood has
 * no cgo: the directives are checked as gc does, then ignored.
 */
static void cgo_directive(Parser *p, Pos at, const char *text, int len)
{
    /* the shapes of the arguments each verb takes: u an unquoted field,
     * q a quoted one, | between the shapes allowed */
    static const struct { const char *verb, *shapes, *usage; } cgo[] = {
        {"go:cgo_export_static", "u|uu", "local [remote]"},
        {"go:cgo_export_dynamic", "u|uu", "local [remote]"},
        {"go:cgo_import_dynamic", "u|uu|uuq", "local [remote [\"library\"]]"},
        {"go:cgo_import_static", "u", "local"},
        {"go:cgo_dynamic_linker", "q", "\"path\""},
        {"go:cgo_ldflag", "q", "\"arg\""},
    };
    FieldTexts f = {0};
    pragma_fields(text, len, &f);
    const char *base = strrchr(p->file->path, '/');
    bool generated = strncmp(base ? base + 1 : p->file->path, "_cgo_", 5) == 0;
    if (strcmp(f.v[0], "go:cgo_import_dynamic") == 0 && f.n >= 4) {
        const char *lib = f.v[3];
        size_t n = strlen(lib);
        if (lib[0] == '"')
            lib++, n--;
        if (n > 0 && lib[n - 1] == '"')
            n--;
        unsigned char c = (unsigned char)lib[0];
        bool safe = n > 0 && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                              c == '.' || c == '_' || c == '/' || c >= 0x80);
        if (n > 0 && !safe && !generated)
            directive_error(p, at, xprintf("invalid library name \"%.*s\" in cgo_import_dynamic directive", (int)n, lib));
    } else if (!generated) {
        directive_error(p, at, xprintf("//%.*s only allowed in cgo-generated code", len, text));
    }
    for (size_t i = 0; i < sizeof cgo / sizeof cgo[0]; i++) {
        if (strcmp(cgo[i].verb, f.v[0]) != 0)
            continue;
        Buf shape = {0};
        for (int k = 1; k < f.n; k++) {
            size_t n = strlen(f.v[k]);
            buf_putc(&shape, n >= 2 && f.v[k][0] == '"' && f.v[k][n - 1] == '"' ? 'q' : 'u');
        }
        bool ok = false;
        for (const char *s = cgo[i].shapes; *s && !ok;) {
            size_t n = strcspn(s, "|");
            ok = n == shape.len && strncmp(s, shape.s ? shape.s : "", n) == 0;
            s += n + (s[n] == '|');
        }
        free(shape.s);
        if (!ok)
            directive_error(p, at, xprintf("usage: //%s %s", f.v[0], cgo[i].usage));
    }
}

static void directive(void *ctx, Pos at, bool blank, const char *text, int len)
{
    static const struct { const char *verb; unsigned flags; } verbs[] = {
#define PRAGMA(name, verb, implies, meaning) {verb, PRAGMA_##name | (implies)},
#include "pragma.def"
#undef PRAGMA
    };
    Parser *p = ctx;
    if (!blank) {
        directive_error(p, at, "misplaced compiler directive");
        return;
    }
    /* the fields of the text, split at spaces and tabs */
    VEC(const char *) f = {0};
    for (int i = 0; i < len;) {
        while (i < len && (text[i] == ' ' || text[i] == '\t'))
            i++;
        int j = i;
        while (j < len && text[j] != ' ' && text[j] != '\t')
            j++;
        if (j > i)
            vec_push(&f, intern(text + i, (size_t)(j - i)));
        i = j;
    }
    if (f.v[0] == intern_cstr("go:linkname") && f.n > 1) {
        if (f.n > 3)
            directive_error(p, at, "usage: //go:linkname localname [linkname]");
        else
            vec_push(&p->file->linknames, ((Linkname){at, f.v[1], f.n == 3 ? f.v[2] : NULL}));
        return;
    }
    if (strncmp(f.v[0], "go:cgo_", 7) == 0)
        cgo_directive(p, at, text, len);
    Directive d = {at, f.v[0], 0};
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (strcmp(verbs[i].verb, d.verb) == 0)
            d.flags = verbs[i].flags;
    vec_push(&p->file->directives, d);
}

/* The directives seen since the last declaration took them, as indices
 * [*from, returned) of file->directives. */
static int take_pragma(Parser *p, int *from)
{
    *from = p->pending_dirs;
    p->pending_dirs = p->file->directives.n;
    return p->pending_dirs;
}

/* Returns the bits of directives [from, to) that allowed holds, and
 * reports each directive with a bit it does not hold. */
static unsigned apply_pragma(Parser *p, int from, int to, unsigned allowed)
{
    unsigned flags = 0;
    for (int i = from; i < to; i++) {
        Directive *d = &p->file->directives.v[i];
        if ((d->flags & ~allowed) == 0)
            flags |= d->flags;
        else if (d->flags & PRAGMA_EMBED)
            directive_error(p, d->pos, "misplaced go:embed directive");
        else
            directive_error(p, d->pos, "misplaced compiler directive");
    }
    return flags;
}

static void clear_pragma(Parser *p)
{
    int from, to = take_pragma(p, &from);
    apply_pragma(p, from, to, 0);
}

/*
 * Enters one level of nesting; returns false, after reporting it, when
 * that would pass MAX_NEST. The caller then returns a placeholder
 * without recursing, and since the report skips to the end of the file
 * every caller below it unwinds at once. Counted: every unary
 * expression (so each parenthesis, argument, index and unary operator),
 * each binary operator of a chain and each selector, index, call or
 * literal value after the first of a primary expression (the chain is
 * built by a loop, but its tree is as deep as it is long), every type,
 * literal value without a type, statement, and else-if. One level of
 * source nesting thus counts once, twice for &T{...} or a function
 * literal. The matching exit is p->depth--, or the caller's restoring
 * of a saved depth.
 */
static bool nest(Parser *p)
{
    if (p->depth < MAX_NEST) {
        p->depth++;
        return true;
    }
    if (tok(p) != TK_EOF)
        error_at(pos(p), "nesting too deep: more than %d levels", MAX_NEST);
    p->file->syntax_errors++;
    p->s.off = p->s.size;
    p->s.nlsemi = false;
    next(p);
    return false;
}

/*
 * Skips tokens until one in follow (or EOF). Inside a function body the
 * keywords that start a statement also stop the skip. With an empty
 * follow list, skips exactly one token.
 */
static void advance_to(Parser *p, const TokenKind *follow, int n)
{
    static const TokenKind stopset[] = {
        TK_BREAK, TK_CONST, TK_CONTINUE, TK_DEFER, TK_FALLTHROUGH, TK_FOR, TK_GO,
        TK_GOTO, TK_IF, TK_RETURN, TK_SELECT, TK_SWITCH, TK_TYPE, TK_VAR,
    };
    if (n == 0) {
        if (tok(p) != TK_EOF)
            next(p);
        return;
    }
    for (; tok(p) != TK_EOF; next(p)) {
        for (int i = 0; i < n; i++)
            if (tok(p) == follow[i])
                return;
        if (p->fnest > 0)
            for (size_t i = 0; i < sizeof stopset / sizeof stopset[0]; i++)
                if (tok(p) == stopset[i])
                    return;
    }
}

#define advance(p, ...)                                                        \
    advance_to(p, (const TokenKind[]){__VA_ARGS__},                            \
               (int)(sizeof((const TokenKind[]){__VA_ARGS__}) / sizeof(TokenKind)))
#define skip_one(p) advance_to(p, NULL, 0)

static void want(Parser *p, TokenKind t)
{
    if (!got(p, t)) {
        syntax_error(p, xprintf("expecting %s", tokstring(t)));
        skip_one(p);
    }
}

/* Accepts "=", and ":=" with a complaint (gc's gotAssign). */
static bool got_assign(Parser *p)
{
    if (tok(p) == TK_DEFINE) {
        syntax_error(p, "expecting =");
        next(p);
        return true;
    }
    return got(p, TK_ASSIGN);
}

/*
 * list = [ f { sep f } [ sep ] ] close .
 * Calls f for each element until close; returns the position of close.
 * The caller's f must consume at least one token or report an error;
 * a round that consumes nothing ends the list.
 */
static Pos list(Parser *p, const char *context, TokenKind sep, TokenKind close,
                void (*f)(Parser *, void *), void *arg)
{
    while (tok(p) != TK_EOF && tok(p) != close) {
        size_t off = p->s.off;
        f(p, arg);
        if (!got(p, sep) && tok(p) != close) {
            syntax_error(p, xprintf("in %s; possibly missing %s or %s", context,
                                    tokstring(sep), tokstring(close)));
            advance(p, TK_RPAREN, TK_RBRACK, TK_RBRACE);
            if (tok(p) != close)
                return pos(p);
        }
        if (p->s.off == off)
            break;
    }
    Pos at = pos(p);
    want(p, close);
    return at;
}

/* --- Small constructors ------------------------------------------------------ */

static Expr *bad_expr(Pos at) { return new_expr(EXPR_BAD, at); }

static Expr *ident_expr(Pos at, const char *name)
{
    Expr *e = new_expr(EXPR_IDENT, at);
    e->u.ident.name = name;
    return e;
}

static Expr *unparen(Expr *e)
{
    while (e->kind == EXPR_PAREN)
        e = e->u.paren.x;
    return e;
}

/* An expression as Go source, for messages. */
static const char *expr_str(const Expr *e)
{
    Buf b = {0};
    expr_string(&b, e);
    return buf_take(&b);
}

/* --- Forward declarations ---------------------------------------------------- */

static Expr *expr(Parser *p);
static Expr *binary_expr(Parser *p, Expr *x, int prec);
static Expr *unary_expr(Parser *p);
static Expr *primary_expr(Parser *p, Expr *x);
static Expr *type_or_nil(Parser *p);
static Expr *type_(Parser *p);
static Expr *func_type(Parser *p, Pos at, FieldList *tparams);
static FieldList param_list(Parser *p, Expr *name, Expr *type, TokenKind close,
                            bool require_names);
static Stmt *block_stmt(Parser *p, const char *context);
static Stmt *stmt_or_null(Parser *p);
static StmtList stmt_list(Parser *p);
static Stmt *simple_stmt(Parser *p, ExprList *lhs, TokenKind keyword);
static Expr *embedded_elem(Parser *p, Expr *x);
static void decl_group(Parser *p, DeclList *out, TokenKind kind);

/* --- Names --------------------------------------------------------------------- */

/* identifier; on error returns "_" so that the tree stays well formed. */
static Expr *name(Parser *p)
{
    if (tok(p) == TK_IDENT) {
        Expr *e = ident_expr(pos(p), p->s.lit);
        next(p);
        return e;
    }
    Expr *e = ident_expr(pos(p), intern_cstr("_"));
    syntax_error(p, "expecting name");
    skip_one(p);
    return e;
}

// IdentifierList = identifier { "," identifier } .
static ExprList name_list(Parser *p)
{
    ExprList l = {0};
    vec_push(&l, name(p));
    while (got(p, TK_COMMA))
        vec_push(&l, name(p));
    return l;
}

// ExpressionList = Expression { "," Expression } .
static ExprList expr_list(Parser *p)
{
    ExprList l = {0};
    vec_push(&l, expr(p));
    while (got(p, TK_COMMA))
        vec_push(&l, expr(p));
    return l;
}

/* Parses the elements of x[a, b, ...] after "[" (none consumed of the
 * closing "]"); *comma tells whether a comma appeared. Elements may be
 * types or values. */
static ExprList type_list(Parser *p, bool *comma)
{
    ExprList l = {0};
    *comma = false;
    p->xnest++;
    vec_push(&l, expr(p));
    while (got(p, TK_COMMA)) {
        *comma = true;
        if (tok(p) == TK_RBRACK)
            break;
        vec_push(&l, expr(p));
    }
    p->xnest--;
    return l;
}

static Expr *index_expr(Pos at, Expr *x, ExprList indices)
{
    Expr *e = new_expr(EXPR_INDEX, at);
    e->u.index.x = x;
    e->u.index.indices = indices;
    return e;
}

// TypeName = identifier | QualifiedIdent .
// TypeArgs = "[" TypeList [ "," ] "]" .
// QualifiedIdent = PackageName "." identifier .
/* Parses the rest of a type name whose first identifier is x. */
static Expr *qualified_name(Parser *p, Expr *x)
{
    if (tok(p) == TK_PERIOD) {
        next(p);
        Expr *sel = new_expr(EXPR_SELECTOR, x->pos);
        sel->u.selector.x = x;
        sel->u.selector.sel = name(p);
        x = sel;
    }
    if (tok(p) == TK_LBRACK) {
        next(p);
        bool comma;
        ExprList args = type_list(p, &comma);
        want(p, TK_RBRACK);
        x = index_expr(x->pos, x, args);
    }
    return x;
}

/* --- Expressions --------------------------------------------------------------- */

// Expression = UnaryExpr | Expression binary_op Expression .
static Expr *expr(Parser *p) { return binary_expr(p, NULL, 0); }

static int precedence(TokenKind t)
{
    switch (t) {
    case TK_LOR: return 1;
    case TK_LAND: return 2;
    case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ:
        return 3;
    case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR:
        return 4;
    case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND:
    case TK_AND_NOT:
        return 5;
    default:
        return 0;
    }
}

/* Parses operators binding tighter than prec, starting from operand x
 * (or a fresh unary expression if x is NULL). */
static Expr *binary_expr(Parser *p, Expr *x, int prec)
{
    int depth = p->depth;
    if (!x)
        x = unary_expr(p);
    for (;;) {
        int oprec = precedence(tok(p));
        if (oprec <= prec || !nest(p)) {
            p->depth = depth;
            return x;
        }
        Expr *e = new_expr(EXPR_BINARY, x->pos);
        e->u.binary.op = tok(p);
        e->u.binary.oppos = pos(p);
        next(p);
        e->u.binary.x = x;
        e->u.binary.y = binary_expr(p, NULL, oprec);
        x = e;
    }
}

/*
 * "<-" applied to a channel type is part of the type: <-chan T. Rewrites
 * the chan types of x (whose directions were parsed left to right as
 * chan<- ...) into receive-only ones, as the spec associates them.
 */
static Expr *recv_chan_type(Parser *p, Expr *x)
{
    Expr *t = x;
    ChanDir dir = CHAN_SEND;
    while (dir == CHAN_SEND) {
        if (t->kind != EXPR_CHAN_TYPE)
            break;
        dir = t->u.chan_type.dir;
        if (dir == CHAN_RECV) {
            syntax_error(p, "unexpected <-, expecting chan");
            break;
        }
        t->u.chan_type.dir = CHAN_RECV;
        t = t->u.chan_type.value;
    }
    if (dir == CHAN_SEND)
        syntax_error(p, xprintf("unexpected %s, expecting chan", expr_str(t)));
    return x;
}

static Expr *unary_expr1(Parser *p);

static Expr *unary_expr(Parser *p)
{
    if (!nest(p))
        return bad_expr(pos(p));
    Expr *e = unary_expr1(p);
    p->depth--;
    return e;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
// unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .
static Expr *unary_expr1(Parser *p)
{
    Pos at = pos(p);
    TokenKind op = tok(p);
    switch (op) {
    case TK_ADD: case TK_SUB: case TK_NOT: case TK_XOR: case TK_AND: case TK_TILDE: {
        next(p);
        Expr *e = new_expr(EXPR_UNARY, at);
        e->u.unary.op = op;
        e->u.unary.x = unary_expr(p);
        return e;
    }
    case TK_MUL: {
        next(p);
        Expr *e = new_expr(EXPR_STAR, at);
        e->u.star.x = unary_expr(p);
        return e;
    }
    case TK_ARROW: {
        next(p);
        Expr *x = unary_expr(p);
        if (unparen(x)->kind == EXPR_CHAN_TYPE && x->kind == EXPR_CHAN_TYPE) {
            x->pos = at;
            return recv_chan_type(p, x);
        }
        Expr *e = new_expr(EXPR_UNARY, at);
        e->u.unary.op = TK_ARROW;
        e->u.unary.x = x;
        return e;
    }
    default:
        return primary_expr(p, NULL);
    }
}

// FunctionLit = "func" Signature FunctionBody .
static Expr *func_lit_or_type(Parser *p)
{
    Pos at = pos(p);
    next(p);
    Expr *ft = func_type(p, at, NULL);
    if (tok(p) != TK_LBRACE)
        return ft;
    Expr *e = new_expr(EXPR_FUNC_LIT, at);
    e->u.func_lit.type = ft;
    p->xnest++;
    p->fnest++;
    e->u.func_lit.body = block_stmt(p, "");
    p->fnest--;
    p->xnest--;
    return e;
}

// Operand     = Literal | OperandName [ TypeArgs ] | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// BasicLit    = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
// OperandName = identifier | QualifiedIdent .
static Expr *operand(Parser *p)
{
    Pos at = pos(p);
    switch (tok(p)) {
    case TK_IDENT:
        return name(p);
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING: {
        Expr *e = new_expr(EXPR_BASIC_LIT, at);
        e->u.basic_lit.tok = tok(p);
        e->u.basic_lit.lit = p->s.lit;
        e->u.basic_lit.len = p->s.len;
        e->u.basic_lit.bad = p->s.bad;
        next(p);
        return e;
    }
    case TK_LPAREN: {
        next(p);
        p->xnest++;
        Expr *e = new_expr(EXPR_PAREN, at);
        e->u.paren.x = expr(p);
        p->xnest--;
        want(p, TK_RPAREN);
        return e;
    }
    case TK_FUNC:
        return func_lit_or_type(p);
    case TK_LBRACK: case TK_CHAN: case TK_MAP: case TK_STRUCT: case TK_INTERFACE:
        return type_or_nil(p);
    default:
        syntax_error(p, "expecting expression");
        advance(p, TK_RPAREN, TK_RBRACK, TK_RBRACE);
        return bad_expr(at);
    }
}

/* Reports whether x must be a value, not a type (gc's isValue). */
static bool is_value(const Expr *x)
{
    switch (x->kind) {
    case EXPR_BASIC_LIT: case EXPR_COMPOSITE_LIT: case EXPR_FUNC_LIT: case EXPR_SLICE:
    case EXPR_TYPE_ASSERT: case EXPR_CALL:
        return true;
    case EXPR_UNARY: case EXPR_BINARY:
        return true;
    case EXPR_STAR:
        return is_value(x->u.star.x);
    case EXPR_PAREN:
        return is_value(x->u.paren.x);
    case EXPR_INDEX:
        return is_value(x->u.index.x) || (x->u.index.indices.n == 1 &&
                                          is_value(x->u.index.indices.v[0]));
    default:
        return false;
    }
}

// Element = Expression | LiteralValue .
static Expr *complit_expr(Parser *p, Expr *type);

static Expr *bare_complit_expr(Parser *p)
{
    if (tok(p) != TK_LBRACE)
        return expr(p);
    if (!nest(p))
        return bad_expr(pos(p));
    Expr *e = complit_expr(p, NULL);
    p->depth--;
    return e;
}

// KeyedElement = [ Key ":" ] Element .
static void keyed_element(Parser *p, void *arg)
{
    Expr *lit = arg;
    Expr *x = bare_complit_expr(p);
    if (tok(p) == TK_COLON) {
        Expr *kv = new_expr(EXPR_KEY_VALUE, x->pos);
        next(p);
        kv->u.key_value.key = x;
        kv->u.key_value.value = bare_complit_expr(p);
        x = kv;
    }
    vec_push(&lit->u.composite_lit.elts, x);
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
// ElementList  = KeyedElement { "," KeyedElement } .
static Expr *complit_expr(Parser *p, Expr *type)
{
    Expr *e = new_expr(EXPR_COMPOSITE_LIT, type ? type->pos : pos(p));
    e->u.composite_lit.type = type;
    p->xnest++;
    want(p, TK_LBRACE);
    e->u.composite_lit.rbrace = list(p, "composite literal", TK_COMMA, TK_RBRACE, keyed_element, e);
    p->xnest--;
    return e;
}

static void call_arg(Parser *p, void *arg)
{
    Expr *call = arg;
    p->xnest++;
    vec_push(&call->u.call.args, expr(p));
    if (got(p, TK_ELLIPSIS))
        call->u.call.has_dots = true;
    p->xnest--;
}

// Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
static Expr *call_expr(Parser *p, Expr *fun)
{
    Expr *e = new_expr(EXPR_CALL, fun->pos);
    e->u.call.fun = fun;
    next(p); /* ( */
    e->u.call.rparen = list(p, "argument list", TK_COMMA, TK_RPAREN, call_arg, e);
    return e;
}

// Selector  = "." identifier .
// TypeAssertion = "." "(" Type ")" .
static Expr *selector_or_assert(Parser *p, Expr *x)
{
    next(p); /* . */
    if (tok(p) == TK_IDENT) {
        Expr *e = new_expr(EXPR_SELECTOR, x->pos);
        e->u.selector.x = x;
        e->u.selector.sel = name(p);
        return e;
    }
    if (got(p, TK_LPAREN)) {
        Expr *e = new_expr(EXPR_TYPE_ASSERT, x->pos);
        e->u.type_assert.x = x;
        if (!got(p, TK_TYPE))
            e->u.type_assert.type = type_(p);
        want(p, TK_RPAREN);
        return e;
    }
    syntax_error(p, "expecting name or (");
    advance(p, TK_SEMICOLON, TK_RPAREN);
    return x;
}

// Index = "[" Expression "]" .
// Slice = "[" [ Expression ] ":" [ Expression ] "]" |
//         "[" [ Expression ] ":" Expression ":" Expression "]" .
static Expr *index_or_slice(Parser *p, Expr *x)
{
    Pos lbrack = pos(p);
    next(p); /* [ */
    if (tok(p) == TK_RBRACK) {
        syntax_error(p, "expecting operand");
        next(p);
        return x;
    }
    Expr *lo = NULL;
    if (tok(p) != TK_COLON) {
        bool comma;
        ExprList l = type_list(p, &comma);
        if (comma || tok(p) == TK_RBRACK) {
            want(p, TK_RBRACK);
            Expr *e = index_expr(x->pos, x, l);
            e->u.index.lbrack = lbrack;
            return e;
        }
        lo = l.v[0];
    }
    if (!got(p, TK_COLON)) {
        syntax_error(p, "expecting comma, : or ]");
        advance(p, TK_COMMA, TK_COLON, TK_RBRACK);
        got(p, TK_COLON);
    }
    Expr *e = new_expr(EXPR_SLICE, x->pos);
    e->u.slice.x = x;
    e->u.slice.lbrack = lbrack;
    e->u.slice.lo = lo;
    p->xnest++;
    if (tok(p) != TK_COLON && tok(p) != TK_RBRACK)
        e->u.slice.hi = expr(p);
    if (tok(p) == TK_COLON) {
        /* A missing index is a bad expression where it is missing (as
         * gc's): the file is still checked, and errors about the third
         * index are reported there. */
        e->u.slice.slice3 = true;
        if (!e->u.slice.hi) {
            error_here(p, pos(p), "middle index required in 3-index slice");
            e->u.slice.hi = bad_expr(pos(p));
        }
        next(p);
        if (tok(p) != TK_RBRACK) {
            e->u.slice.max = expr(p);
        } else {
            error_here(p, pos(p), "final index required in 3-index slice");
            e->u.slice.max = bad_expr(pos(p));
        }
    }
    p->xnest--;
    want(p, TK_RBRACK);
    return e;
}

/* Decides whether "{" after x starts a composite literal (see top). */
static bool complit_ok(const Parser *p, const Expr *x)
{
    x = unparen((Expr *)x);
    switch (x->kind) {
    case EXPR_IDENT: case EXPR_SELECTOR:
        return p->xnest >= 0;
    case EXPR_INDEX:
        return p->xnest >= 0 && !is_value(x);
    case EXPR_ARRAY_TYPE: case EXPR_STRUCT_TYPE: case EXPR_MAP_TYPE:
        return true;
    default:
        return false;
    }
}

// PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
//               PrimaryExpr Index | PrimaryExpr Slice |
//               PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
/* x, if given, is an operand already parsed by the caller. */
static Expr *primary_expr(Parser *p, Expr *x)
{
    int depth = p->depth;
    if (!x)
        x = operand(p);
    for (bool first = true;; first = false) {
        TokenKind t = tok(p);
        if ((t != TK_PERIOD && t != TK_LBRACK && t != TK_LPAREN && t != TK_LBRACE) ||
            (t == TK_LBRACE && !complit_ok(p, x)) || (!first && !nest(p)))
            break;
        switch (t) {
        case TK_PERIOD:
            x = selector_or_assert(p, x);
            break;
        case TK_LBRACK:
            x = index_or_slice(p, x);
            break;
        case TK_LPAREN:
            x = call_expr(p, x);
            break;
        default: /* TK_LBRACE */
            if (unparen(x) != x)
                syntax_error(p, "cannot parenthesize type in composite literal");
            x = complit_expr(p, x);
            break;
        }
    }
    p->depth = depth;
    return x;
}

/* --- Types ------------------------------------------------------------------------ */

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
static Expr *type_(Parser *p)
{
    Pos at = pos(p);
    Expr *t = type_or_nil(p);
    if (!t) {
        syntax_error(p, "expecting type");
        advance(p, TK_COMMA, TK_COLON, TK_SEMICOLON, TK_RPAREN, TK_RBRACK, TK_RBRACE);
        t = bad_expr(at);
    }
    return t;
}

static Expr *chan_elem(Parser *p)
{
    Pos at = pos(p);
    Expr *t = type_or_nil(p);
    if (!t) {
        syntax_error(p, "missing channel element type");
        t = bad_expr(at);
    }
    return t;
}

// ArrayType = "[" ArrayLength "]" ElementType .
/* "[" has been consumed; len, if given, was parsed by the caller. */
static Expr *array_type(Parser *p, Pos at, Expr *len)
{
    if (!len) {
        if (tok(p) == TK_ELLIPSIS) {
            len = new_expr(EXPR_ELLIPSIS, pos(p));
            next(p);
        } else {
            p->xnest++;
            len = expr(p);
            p->xnest--;
        }
    }
    if (tok(p) == TK_COMMA) {
        syntax_error(p, "unexpected comma; expecting ]");
        next(p);
    }
    want(p, TK_RBRACK);
    Expr *e = new_expr(EXPR_ARRAY_TYPE, at);
    e->u.array_type.len = len;
    e->u.array_type.elem = type_(p);
    return e;
}

// SliceType = "[" "]" ElementType .
static Expr *slice_type(Parser *p, Pos at)
{
    Expr *e = new_expr(EXPR_ARRAY_TYPE, at);
    e->u.array_type.elem = type_(p);
    return e;
}

/*
 * After "name [": either a field/parameter "name [N]T" or "name []T",
 * or an instantiated type "name[A, B]". Returns an ARRAY_TYPE (the
 * caller keeps name) or an INDEX whose x the caller sets to name.
 */
static Expr *array_or_targs(Parser *p)
{
    Pos at = pos(p);
    want(p, TK_LBRACK);
    if (got(p, TK_RBRACK))
        return slice_type(p, at);
    bool comma;
    ExprList l = type_list(p, &comma);
    want(p, TK_RBRACK);
    if (!comma) {
        Expr *elem = type_or_nil(p);
        if (elem) {
            Expr *e = new_expr(EXPR_ARRAY_TYPE, at);
            e->u.array_type.len = l.v[0];
            e->u.array_type.elem = elem;
            return e;
        }
    }
    return index_expr(at, NULL, l);
}

// Tag = string_lit .
static Expr *opt_tag(Parser *p)
{
    if (tok(p) != TK_STRING)
        return NULL;
    Expr *e = new_expr(EXPR_BASIC_LIT, pos(p));
    e->u.basic_lit.tok = TK_STRING;
    e->u.basic_lit.lit = p->s.lit;
    e->u.basic_lit.len = p->s.len;
    e->u.basic_lit.bad = p->s.bad;
    next(p);
    return e;
}

static Field *new_field(Pos at, Expr *type)
{
    Field *f = NEW(Field);
    f->pos = at;
    f->type = type;
    return f;
}

// FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
static void field_decl(Parser *p, void *arg)
{
    FieldList *fields = arg;
    Pos at = pos(p);
    Field *f;
    switch (tok(p)) {
    case TK_IDENT: {
        Expr *n = name(p);
        if (tok(p) == TK_PERIOD || tok(p) == TK_STRING || tok(p) == TK_SEMICOLON ||
            tok(p) == TK_RBRACE) {
            f = new_field(at, qualified_name(p, n)); /* embedded */
        } else if (tok(p) == TK_LBRACK) {
            Expr *t = array_or_targs(p);
            if (t->kind == EXPR_INDEX) {
                t->u.index.x = n; /* embedded generic type */
                t->pos = n->pos;
                f = new_field(at, t);
            } else {
                f = new_field(at, t);
                vec_push(&f->names, n);
            }
        } else {
            f = new_field(at, NULL);
            vec_push(&f->names, n);
            while (got(p, TK_COMMA))
                vec_push(&f->names, name(p));
            f->type = type_(p);
        }
        break;
    }
    case TK_MUL: {
        next(p);
        if (tok(p) == TK_LPAREN) {
            syntax_error(p, "cannot parenthesize embedded type");
            next(p);
            Expr *t = qualified_name(p, name(p));
            got(p, TK_RPAREN);
            f = new_field(at, t);
            break;
        }
        Expr *star = new_expr(EXPR_STAR, at);
        star->u.star.x = qualified_name(p, name(p));
        f = new_field(at, star);
        break;
    }
    case TK_LPAREN:
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        f = new_field(at, type_(p));
        got(p, TK_RPAREN);
        break;
    default:
        syntax_error(p, "expecting field name or embedded type");
        advance(p, TK_SEMICOLON, TK_RBRACE);
        return;
    }
    f->tag = opt_tag(p);
    vec_push(fields, f);
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
static Expr *struct_type(Parser *p)
{
    Expr *e = new_expr(EXPR_STRUCT_TYPE, pos(p));
    next(p);
    want(p, TK_LBRACE);
    list(p, "struct type", TK_SEMICOLON, TK_RBRACE, field_decl, &e->u.struct_type.fields);
    return e;
}

// TypeTerm = Type | UnderlyingType .
// UnderlyingType = "~" Type .
static Expr *type_term(Parser *p)
{
    Pos at = pos(p);
    if (got(p, TK_TILDE)) {
        Expr *e = new_expr(EXPR_UNARY, at);
        e->u.unary.op = TK_TILDE;
        e->u.unary.x = type_(p);
        return e;
    }
    Expr *t = type_or_nil(p);
    if (!t) {
        syntax_error(p, "expecting ~ term or type");
        advance(p, TK_OR, TK_SEMICOLON, TK_RPAREN, TK_RBRACK, TK_RBRACE);
        t = bad_expr(at);
    }
    return t;
}

// TypeElem = TypeTerm { "|" TypeTerm } .
/* x, if given, is the first term, already parsed. */
static Expr *embedded_elem(Parser *p, Expr *x)
{
    int depth = p->depth;
    if (!x)
        x = type_term(p);
    while (tok(p) == TK_OR && nest(p)) {
        Expr *e = new_expr(EXPR_BINARY, x->pos);
        e->u.binary.op = TK_OR;
        e->u.binary.oppos = pos(p);
        next(p);
        e->u.binary.x = x;
        e->u.binary.y = type_term(p);
        x = e;
    }
    p->depth = depth;
    return x;
}

/*
 * After "name [" in an interface: an embedded instantiated type
 * name[A, B], or a generic method name[P C](...), which Go does not
 * allow but which is parsed (like a parameter list) to say so.
 */
static Field *generic_method_or_embedded(Parser *p, Expr *n)
{
    Pos lb = pos(p);
    next(p);
    Field *f;
    if (tok(p) == TK_RBRACK) {
        Pos rb = pos(p);
        next(p);
        if (tok(p) == TK_LPAREN) {
            error_here(p, rb, "empty type parameter list");
            f = new_field(n->pos, func_type(p, n->pos, NULL));
            vec_push(&f->names, n);
        } else {
            error_here(p, rb, "empty type argument list");
            f = new_field(n->pos, n);
        }
        return f;
    }
    FieldList l = param_list(p, NULL, NULL, TK_RBRACK, false);
    if (l.n > 0 && l.v[0]->names.n > 0) {
        f = new_field(n->pos, func_type(p, n->pos, NULL));
        vec_push(&f->names, n);
        error_here(p, lb, "interface method must have no type parameters");
        return f;
    }
    if (l.n == 0 && tok(p) == TK_LPAREN) {
        f = new_field(n->pos, func_type(p, n->pos, NULL));
        vec_push(&f->names, n);
        return f;
    }
    ExprList args = {0};
    for (int i = 0; i < l.n; i++)
        vec_push(&args, l.v[i]->type);
    Expr *t = args.n ? index_expr(n->pos, n, args) : n;
    return new_field(n->pos, embedded_elem(p, t));
}

// InterfaceElem = MethodElem | TypeElem .
// MethodElem    = MethodName Signature .
static void interface_elem(Parser *p, void *arg)
{
    FieldList *methods = arg;
    Pos at = pos(p);
    if (tok(p) == TK_IDENT) {
        Expr *n = name(p);
        if (tok(p) == TK_LPAREN) {
            Field *f = new_field(at, func_type(p, at, NULL));
            vec_push(&f->names, n);
            vec_push(methods, f);
            return;
        }
        if (tok(p) == TK_LBRACK) {
            vec_push(methods, generic_method_or_embedded(p, n));
            return;
        }
        vec_push(methods, new_field(at, embedded_elem(p, qualified_name(p, n))));
        return;
    }
    if (tok(p) == TK_LPAREN) {
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        Expr *t = type_(p);
        got(p, TK_RPAREN);
        vec_push(methods, new_field(at, embedded_elem(p, t)));
        return;
    }
    vec_push(methods, new_field(at, embedded_elem(p, NULL)));
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
static Expr *interface_type(Parser *p)
{
    Expr *e = new_expr(EXPR_INTERFACE_TYPE, pos(p));
    next(p);
    want(p, TK_LBRACE);
    list(p, "interface type", TK_SEMICOLON, TK_RBRACE, interface_elem,
         &e->u.interface_type.methods);
    return e;
}

static Expr *type_or_nil1(Parser *p);

/* Returns NULL, consuming nothing, if no type starts here. */
static Expr *type_or_nil(Parser *p)
{
    if (!nest(p))
        return bad_expr(pos(p));
    Expr *t = type_or_nil1(p);
    p->depth--;
    return t;
}

// TypeLit = ArrayType | StructType | PointerType | FunctionType |
//           InterfaceType | SliceType | MapType | ChannelType .
static Expr *type_or_nil1(Parser *p)
{
    Pos at = pos(p);
    switch (tok(p)) {
    case TK_MUL: {
        next(p);
        Expr *e = new_expr(EXPR_STAR, at);
        e->u.star.x = type_(p);
        return e;
    }
    case TK_ARROW: {
        // ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .
        next(p);
        want(p, TK_CHAN);
        Expr *e = new_expr(EXPR_CHAN_TYPE, at);
        e->u.chan_type.dir = CHAN_RECV;
        e->u.chan_type.value = chan_elem(p);
        return e;
    }
    case TK_FUNC:
        next(p);
        return func_type(p, at, NULL);
    case TK_LBRACK:
        next(p);
        if (got(p, TK_RBRACK))
            return slice_type(p, at);
        return array_type(p, at, NULL);
    case TK_CHAN: {
        next(p);
        Expr *e = new_expr(EXPR_CHAN_TYPE, at);
        e->u.chan_type.dir = got(p, TK_ARROW) ? CHAN_SEND : CHAN_BOTH;
        e->u.chan_type.value = chan_elem(p);
        return e;
    }
    case TK_MAP: {
        // MapType = "map" "[" KeyType "]" ElementType .
        next(p);
        want(p, TK_LBRACK);
        Expr *e = new_expr(EXPR_MAP_TYPE, at);
        e->u.map_type.key = type_(p);
        want(p, TK_RBRACK);
        e->u.map_type.value = type_(p);
        return e;
    }
    case TK_STRUCT:
        return struct_type(p);
    case TK_INTERFACE:
        return interface_type(p);
    case TK_IDENT:
        return qualified_name(p, name(p));
    case TK_LPAREN: {
        next(p);
        Expr *e = new_expr(EXPR_PAREN, at);
        e->u.paren.x = type_(p);
        want(p, TK_RPAREN);
        return e;
    }
    default:
        return NULL;
    }
}

/* --- Parameters ----------------------------------------------------------------- */

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
// TypeParamDecl = IdentifierList TypeConstraint .
/* One entry of a parameter list: a name, a type, or both. close is
 * ")" or "]"; after "]" (type parameters) type sets are allowed. n, if
 * given, is the entry's first name, already parsed. */
static Param param_decl(Parser *p, TokenKind close, Expr *n)
{
    bool type_sets = close == TK_RBRACK;
    Param par = {0};
    if (n || tok(p) == TK_IDENT) {
        if (!n)
            n = name(p);
        if (tok(p) == TK_LBRACK) {
            Expr *t = array_or_targs(p);
            if (t->kind == EXPR_INDEX) {
                t->u.index.x = n;
                t->pos = n->pos;
            } else {
                par.name = n;
            }
            par.type = type_sets && tok(p) == TK_OR ? embedded_elem(p, t) : t;
            return par;
        }
        if (tok(p) == TK_PERIOD) {
            Expr *t = qualified_name(p, n);
            par.type = type_sets && tok(p) == TK_OR ? embedded_elem(p, t) : t;
            return par;
        }
        if (type_sets && tok(p) == TK_OR) {
            par.type = embedded_elem(p, n);
            return par;
        }
        par.name = n;
    }
    if (tok(p) == TK_ELLIPSIS) {
        Expr *e = new_expr(EXPR_ELLIPSIS, pos(p));
        next(p);
        e->u.ellipsis.elt = type_or_nil(p);
        if (!e->u.ellipsis.elt) {
            e->u.ellipsis.elt = bad_expr(pos(p));
            syntax_error(p, "... is missing type");
        }
        par.type = e;
        return par;
    }
    if (type_sets && tok(p) == TK_TILDE) {
        par.type = embedded_elem(p, NULL);
        return par;
    }
    if (par.name && (tok(p) == TK_COMMA || tok(p) == close))
        return par;
    par.type = type_or_nil(p);
    if (type_sets && par.type && tok(p) == TK_OR)
        par.type = embedded_elem(p, par.type);
    if (!par.name && !par.type) {
        syntax_error(p, xprintf("expecting %s", tokstring(close)));
        advance(p, TK_COMMA, close);
    }
    return par;
}

typedef struct ParamCtx {
    ParamList *params;
    TokenKind close;
    Expr *name, *type; /* a first entry the caller already parsed */
} ParamCtx;

static void param_entry(Parser *p, void *arg)
{
    ParamCtx *c = arg;
    Param par;
    if (c->type) {
        par = (Param){c->name, c->type};
    } else {
        par = param_decl(p, c->close, c->name);
    }
    c->name = c->type = NULL;
    if (par.name || par.type)
        vec_push(c->params, par);
}

/*
 * Distributes types over names: if no entry has both, the lone names
 * are types (unless names are required, for type parameters); else
 * every name takes the type of the next entry that has one.
 * Consecutive names sharing a type become one Field.
 */
static FieldList distribute(Parser *p, ParamList *l, bool require_names, Pos end)
{
    int named = 0, typed = 0;
    for (int i = 0; i < l->n; i++) {
        named += l->v[i].name && l->v[i].type;
        typed += l->v[i].type != NULL;
    }
    if (named == 0 && !require_names) {
        for (int i = 0; i < l->n; i++)
            if (l->v[i].name) {
                l->v[i].type = l->v[i].name;
                l->v[i].name = NULL;
            }
    } else if (named != l->n) {
        Pos err = {0};
        Expr *t = NULL;
        for (int i = l->n - 1; i >= 0; i--) {
            Param *par = &l->v[i];
            if (par->type) {
                t = par->type;
                if (!par->name) {
                    err = t->pos;
                    par->name = ident_expr(t->pos, intern_cstr("_"));
                }
            } else if (t) {
                par->type = t;
            } else {
                err = par->name->pos;
                par->type = bad_expr(err);
            }
        }
        if (pos_valid(err)) {
            const char *msg = "mixed named and unnamed parameters";
            if (require_names) {
                if (named == typed) {
                    err = end;
                    msg = "missing type constraint";
                } else {
                    msg = "type parameters must be named";
                }
            }
            syntax_error_at(p, err, msg);
        }
    }
    FieldList fields = {0};
    for (int i = 0; i < l->n; i++) {
        Param *par = &l->v[i];
        Field *last = fields.n ? fields.v[fields.n - 1] : NULL;
        if (par->name && last && last->names.n && last->type == par->type) {
            vec_push(&last->names, par->name);
            continue;
        }
        Field *f = new_field(par->name ? par->name->pos : par->type->pos, par->type);
        if (par->name)
            vec_push(&f->names, par->name);
        vec_push(&fields, f);
    }
    return fields;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// TypeParameters = "[" TypeParamList [ "," ] "]" .
/* "(" or "[" has been consumed. name and type, if given, are the first
 * entry, parsed by the caller. */
static FieldList param_list(Parser *p, Expr *name, Expr *type, TokenKind close,
                            bool require_names)
{
    ParamList params = {0};
    ParamCtx c = {&params, close, name, type};
    if (name && type && tok(p) == close) {
        next(p);
        vec_push(&params, ((Param){name, type}));
        return distribute(p, &params, require_names, pos(p));
    }
    Pos end = list(p, "parameter list", TK_COMMA, close, param_entry, &c);
    return distribute(p, &params, require_names, end);
}

// Result = Parameters | Type .
static FieldList func_result(Parser *p)
{
    if (got(p, TK_LPAREN))
        return param_list(p, NULL, NULL, TK_RPAREN, false);
    FieldList l = {0};
    Pos at = pos(p);
    Expr *t = type_or_nil(p);
    if (t)
        vec_push(&l, new_field(at, t));
    return l;
}

// Signature = Parameters [ Result ] .
/* "func" has been consumed; at is its position. tparams, if not NULL,
 * receives type parameters (allowed on function declarations only). */
static Expr *func_type(Parser *p, Pos at, FieldList *tparams)
{
    Expr *e = new_expr(EXPR_FUNC_TYPE, at);
    if (tparams && tok(p) == TK_LBRACK) {
        Pos lb = pos(p);
        next(p);
        *tparams = param_list(p, NULL, NULL, TK_RBRACK, true);
        if (tparams->n == 0)
            error_here(p, lb, "empty type parameter list");
        e->u.func_type.tparams = *tparams;
    }
    want(p, TK_LPAREN);
    e->u.func_type.params = param_list(p, NULL, NULL, TK_RPAREN, false);
    e->u.func_type.results = func_result(p);
    return e;
}

/* --- Declarations ------------------------------------------------------------------- */

typedef struct GroupCtx {
    DeclList *out;
    TokenKind kind;
    int group_id;
    int index; /* spec index in the group: iota for constants */
} GroupCtx;

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .
static Decl *import_spec(Parser *p)
{
    Decl *d = new_decl(DECL_IMPORT, pos(p));
    int from, to = take_pragma(p, &from);
    apply_pragma(p, from, to, 0);
    if (tok(p) == TK_IDENT) {
        d->u.import.name = name(p);
    } else if (tok(p) == TK_PERIOD) {
        d->u.import.name = ident_expr(pos(p), intern_cstr("."));
        next(p);
    }
    switch (tok(p)) {
    case TK_STRING:
        d->u.import.path = opt_tag(p);
        break;
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR:
        next(p);
        syntax_error(p, "import path must be a string");
        break;
    default:
        syntax_error(p, "missing import path");
        advance(p, TK_SEMICOLON, TK_RPAREN);
        break;
    }
    return d;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
static Decl *const_spec(Parser *p, int index)
{
    Decl *d = new_decl(DECL_CONST, pos(p));
    int from, to = take_pragma(p, &from);
    apply_pragma(p, from, to, 0);
    d->u.value.names = name_list(p);
    d->u.value.iota = index;
    if (tok(p) != TK_EOF && tok(p) != TK_SEMICOLON && tok(p) != TK_RPAREN) {
        d->u.value.type = type_or_nil(p);
        if (got_assign(p))
            d->u.value.values = expr_list(p);
    }
    d->u.value.implicit = d->u.value.values.n == 0 && !d->u.value.type;
    return d;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
static Decl *var_spec(Parser *p)
{
    Decl *d = new_decl(DECL_VAR, pos(p));
    int from, to = take_pragma(p, &from);
    d->pragma = apply_pragma(p, from, to, PRAGMA_EMBED);
    for (int i = from; i < to && d->pragma; i++)
        if (p->file->directives.v[i].flags & PRAGMA_EMBED)
            d->embed = p->file->directives.v[i].pos;
    d->u.value.names = name_list(p);
    if (got_assign(p)) {
        d->u.value.values = expr_list(p);
    } else {
        d->u.value.type = type_(p);
        if (got_assign(p))
            d->u.value.values = expr_list(p);
    }
    return d;
}

/*
 * Splits x, parsed from "type T[x ...", into a type parameter name and
 * its constraint when x has that shape: "P C" was parsed as the name P
 * alone, "P *C" as P*C, "P C|D" as P(C)|D... Returns false if x is an
 * array length instead. force accepts constraints that could also be
 * values (a comma follows, so this must be a parameter list).
 */
static bool is_type_elem(const Expr *x)
{
    switch (x->kind) {
    case EXPR_ARRAY_TYPE: case EXPR_STRUCT_TYPE: case EXPR_FUNC_TYPE:
    case EXPR_INTERFACE_TYPE: case EXPR_MAP_TYPE: case EXPR_CHAN_TYPE:
        return true;
    case EXPR_BINARY:
        return is_type_elem(x->u.binary.x) || is_type_elem(x->u.binary.y);
    case EXPR_UNARY:
        return x->u.unary.op == TK_TILDE || is_type_elem(x->u.unary.x);
    case EXPR_STAR:
        return is_type_elem(x->u.star.x);
    case EXPR_PAREN:
        return is_type_elem(x->u.paren.x);
    default:
        return false;
    }
}

static bool split_tparam(Expr *x, bool force, Expr **pname, Expr **ptype)
{
    switch (x->kind) {
    case EXPR_IDENT:
        *pname = x;
        *ptype = NULL;
        return true;
    case EXPR_BINARY:
        if (x->u.binary.op == TK_MUL && x->u.binary.x->kind == EXPR_IDENT &&
            (force || is_type_elem(x->u.binary.y))) {
            Expr *star = new_expr(EXPR_STAR, x->u.binary.oppos);
            star->u.star.x = x->u.binary.y;
            *pname = x->u.binary.x;
            *ptype = star;
            return true;
        }
        if (x->u.binary.op == TK_OR) {
            Expr *n, *lhs;
            if (split_tparam(x->u.binary.x, force || is_type_elem(x->u.binary.y), &n, &lhs) &&
                lhs) {
                Expr *u = new_expr(EXPR_BINARY, lhs->pos);
                *u = *x;
                u->pos = lhs->pos;
                u->u.binary.x = lhs;
                *pname = n;
                *ptype = u;
                return true;
            }
        }
        return false;
    case EXPR_CALL:
        if (x->u.call.fun->kind == EXPR_IDENT && x->u.call.args.n == 1 &&
            !x->u.call.has_dots && (force || is_type_elem(x->u.call.args.v[0]))) {
            *pname = x->u.call.fun;
            *ptype = x->u.call.args.v[0];
            return true;
        }
        return false;
    default:
        return false;
    }
}

// TypeSpec  = AliasDecl | TypeDef .
// AliasDecl = identifier "=" Type .
// TypeDef   = identifier [ TypeParameters ] Type .
static Decl *type_spec(Parser *p)
{
    Decl *d = new_decl(DECL_TYPE, pos(p));
    int from, to = take_pragma(p, &from);
    d->u.type.name = name(p);
    if (tok(p) == TK_LBRACK) {
        Pos lb = pos(p);
        next(p);
        if (tok(p) == TK_IDENT) {
            Expr *x = name(p);
            if (tok(p) != TK_LBRACK) {
                p->xnest++;
                x = binary_expr(p, primary_expr(p, x), 0);
                p->xnest--;
            }
            Expr *pname, *ptype;
            if (split_tparam(x, tok(p) == TK_COMMA, &pname, &ptype) &&
                (ptype || tok(p) != TK_RBRACK)) {
                d->u.type.tparams = param_list(p, pname, ptype, TK_RBRACK, true);
                d->u.type.alias = got_assign(p);
                d->u.type.type = type_or_nil(p);
            } else {
                d->u.type.type = array_type(p, lb, x);
            }
        } else if (got(p, TK_RBRACK)) {
            d->u.type.type = slice_type(p, lb);
        } else {
            d->u.type.type = array_type(p, lb, NULL);
        }
    } else {
        d->u.type.alias = got_assign(p);
        d->u.type.type = type_or_nil(p);
    }
    if (!d->u.type.type) {
        d->u.type.type = bad_expr(pos(p));
        syntax_error(p, "in type declaration");
        advance(p, TK_SEMICOLON, TK_RPAREN);
    }
    d->pragma = apply_pragma(p, from, to, d->u.type.alias ? 0 : PRAGMA_NOTINHEAP);
    return d;
}

static void group_spec(Parser *p, void *arg)
{
    GroupCtx *g = arg;
    Decl *d;
    switch (g->kind) {
    case TK_IMPORT: d = import_spec(p); break;
    case TK_CONST: d = const_spec(p, g->index); break;
    case TK_TYPE: d = type_spec(p); break;
    default: d = var_spec(p); break;
    }
    d->group_id = g->group_id;
    g->index++;
    vec_push(g->out, d);
}

// Declaration = ConstDecl | TypeDecl | VarDecl .
// ConstDecl   = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) .
// (and likewise ImportDecl, TypeDecl, VarDecl)
/* The keyword has been consumed. */
static void decl_group(Parser *p, DeclList *out, TokenKind kind)
{
    GroupCtx g = {out, kind, 0, 0};
    if (tok(p) == TK_LPAREN) {
        clear_pragma(p);
        next(p); /* after clear_pragma: directives after "(" are the first spec's */
        g.group_id = ++last_group_id;
        list(p, "grouped declaration", TK_SEMICOLON, TK_RPAREN, group_spec, &g);
    } else {
        group_spec(p, &g);
    }
}

// FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
// Receiver     = Parameters .
static Decl *func_decl(Parser *p)
{
    Pos at = pos(p);
    next(p); /* func */
    Decl *d = new_decl(DECL_FUNC, at);
    int from, to = take_pragma(p, &from);
    if (tok(p) == TK_LPAREN) {
        Pos rp = pos(p);
        next(p);
        FieldList rl = param_list(p, NULL, NULL, TK_RPAREN, false);
        int n = 0;
        for (int i = 0; i < rl.n; i++)
            n += rl.v[i]->names.n ? rl.v[i]->names.n : 1;
        if (n == 0)
            error_here(p, pos(p), "method has no receiver");
        else if (n > 1)
            error_here(p, pos(p), "method has multiple receivers");
        if (rl.n > 0)
            d->u.func.recv = rl.v[0];
        else
            d->u.func.recv = new_field(rp, bad_expr(rp));
    }
    if (tok(p) != TK_IDENT) {
        syntax_error(p, "expecting name or (");
        advance(p, TK_LBRACE, TK_SEMICOLON);
        d->kind = DECL_BAD;
        return d;
    }
    d->u.func.name = name(p);
    if (d->u.func.recv && tok(p) == TK_LBRACK)
        syntax_error(p, "method must have no type parameters");
    d->u.func.type = func_type(p, at, &d->u.func.tparams);
    if (tok(p) == TK_LBRACE) {
        int outer = p->xnest;
        p->xnest = 0;
        p->fnest++;
        d->u.func.body = block_stmt(p, "");
        p->fnest--;
        p->xnest = outer;
    }
    d->pragma = apply_pragma(p, from, to, PRAGMA_FUNC_FLAGS);
    return d;
}

/* --- Statements ---------------------------------------------------------------------- */

/* Renders a simple statement for "cannot use ... as value". */
static const char *list_str(const ExprList *l)
{
    Buf b = {0};
    for (int i = 0; i < l->n; i++) {
        if (i)
            buf_puts(&b, ", ");
        expr_string(&b, l->v[i]);
    }
    return buf_take(&b);
}

static const char *simple_stmt_str(const Stmt *s)
{
    switch (s->kind) {
    case STMT_ASSIGN:
        if (s->u.assign.tok == TK_ASSIGN)
            return xprintf("assignment (%s) = (%s)", list_str(&s->u.assign.lhs),
                           list_str(&s->u.assign.rhs));
        return xprintf("%s %s %s", list_str(&s->u.assign.lhs), token_text[s->u.assign.tok],
                       list_str(&s->u.assign.rhs));
    case STMT_INCDEC:
        return xprintf("%s%s", expr_str(s->u.incdec.x), token_text[s->u.incdec.tok]);
    case STMT_SEND:
        return xprintf("%s <- %s", expr_str(s->u.send.chan), expr_str(s->u.send.value));
    case STMT_RANGE:
        return xprintf("range %s", expr_str(s->u.range.x));
    default:
        return "statement";
    }
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
static Stmt *range_clause(Parser *p, Pos at, ExprList *lhs, TokenKind op)
{
    Stmt *s = new_stmt(STMT_RANGE, at);
    next(p); /* range */
    s->u.range.tok = op;
    if (lhs) {
        if (lhs->n > 0)
            s->u.range.key = lhs->v[0];
        if (lhs->n > 1)
            s->u.range.value = lhs->v[1];
        if (lhs->n > 2)
            error_here(p, lhs->v[2]->pos,
                       "range clause permits at most two iteration variables");
    }
    s->u.range.x = expr(p);
    return s;
}

static bool is_assign_op(TokenKind t)
{
    return t >= TK_ADD_ASSIGN && t <= TK_AND_NOT_ASSIGN;
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
/* lhs, if given, was parsed by the caller. keyword is the statement
 * whose header this is (FOR allows a range clause), or TK_EOF. */
static Stmt *simple_stmt(Parser *p, ExprList *lhs, TokenKind keyword)
{
    Pos at = pos(p);
    if (keyword == TK_FOR && tok(p) == TK_RANGE)
        return range_clause(p, at, NULL, TK_ILLEGAL);
    ExprList l;
    if (!lhs) {
        l = expr_list(p);
        lhs = &l;
    }
    /* As in gc, a simple statement other than an expression is placed
     * at its operator: "x := 1" reports at ":=". */
    at = pos(p);
    if (lhs->n == 1 && tok(p) != TK_ASSIGN && tok(p) != TK_DEFINE) {
        Expr *x = lhs->v[0];
        TokenKind op = tok(p);
        if (is_assign_op(op)) {
            // Assignment = ExpressionList assign_op ExpressionList .
            Stmt *s = new_stmt(STMT_ASSIGN, at);
            next(p);
            s->u.assign.lhs = *lhs;
            s->u.assign.tok = op;
            vec_push(&s->u.assign.rhs, expr(p));
            return s;
        }
        if (op == TK_INC || op == TK_DEC) {
            // IncDecStmt = Expression ( "++" | "--" ) .
            Stmt *s = new_stmt(STMT_INCDEC, at);
            next(p);
            s->u.incdec.x = x;
            s->u.incdec.tok = op;
            return s;
        }
        if (op == TK_ARROW) {
            // SendStmt = Channel "<-" Expression .
            Stmt *s = new_stmt(STMT_SEND, at);
            next(p);
            s->u.send.chan = x;
            s->u.send.value = expr(p);
            return s;
        }
        // ExpressionStmt = Expression .
        Stmt *s = new_stmt(STMT_EXPR, x->pos);
        s->u.expr.x = x;
        return s;
    }
    if (tok(p) == TK_ASSIGN || tok(p) == TK_DEFINE) {
        // Assignment   = ExpressionList assign_op ExpressionList .
        // ShortVarDecl = IdentifierList ":=" ExpressionList .
        TokenKind op = tok(p);
        next(p);
        if (keyword == TK_FOR && tok(p) == TK_RANGE)
            return range_clause(p, at, lhs, op);
        Stmt *s = new_stmt(STMT_ASSIGN, at);
        s->u.assign.lhs = *lhs;
        s->u.assign.tok = op;
        s->u.assign.rhs = expr_list(p);
        return s;
    }
    syntax_error(p, "expecting := or = or comma");
    advance(p, TK_SEMICOLON, TK_RBRACE);
    Stmt *s = new_stmt(STMT_EXPR, lhs->v[0]->pos);
    s->u.expr.x = lhs->v[0];
    return s;
}

/* The statements of a block: { StatementList }. */
static Stmt *block_stmt(Parser *p, const char *context)
{
    Stmt *s = new_stmt(STMT_BLOCK, pos(p));
    if (!got(p, TK_LBRACE)) {
        syntax_error(p, xprintf("expecting { after %s", context));
        advance(p, TK_IDENT, TK_RBRACE);
        s->u.block.rbrace = pos(p);
        if (got(p, TK_RBRACE))
            return s;
    }
    s->u.block.list = stmt_list(p);
    s->u.block.rbrace = pos(p);
    want(p, TK_RBRACE);
    return s;
}

/*
 * The header of an if, for or switch statement:
 *   IfStmt:     [ SimpleStmt ";" ] Expression
 *   SwitchStmt: [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ]
 *   ForStmt:    [ Condition | ForClause | RangeClause ]
 * Returns the init statement, the condition as a statement (*cond), and
 * for a ForClause the post statement. The keyword has been consumed.
 */
static Stmt *header(Parser *p, TokenKind keyword, Stmt **cond, Stmt **post)
{
    *cond = NULL;
    if (post)
        *post = NULL;
    if (tok(p) == TK_LBRACE) {
        if (keyword == TK_IF)
            syntax_error(p, "missing condition in if statement");
        return NULL;
    }
    int outer = p->xnest;
    p->xnest = -1;
    Stmt *init = NULL;
    if (tok(p) != TK_SEMICOLON) {
        if (got(p, TK_VAR))
            syntax_error(p, xprintf("var declaration not allowed in %s initializer",
                                    tokstring(keyword)));
        init = simple_stmt(p, NULL, keyword);
        if (init->kind == STMT_RANGE) {
            p->xnest = outer;
            return init;
        }
    }
    Pos semi_pos = {0};
    const char *semi_lit = NULL;
    if (tok(p) != TK_LBRACE) {
        if (tok(p) == TK_SEMICOLON) {
            semi_pos = pos(p);
            semi_lit = p->s.lit;
            next(p);
        } else {
            want(p, TK_LBRACE);
            if (tok(p) != TK_LBRACE)
                advance(p, TK_LBRACE, TK_RBRACE);
        }
        if (keyword == TK_FOR) {
            if (tok(p) != TK_SEMICOLON) {
                if (tok(p) == TK_LBRACE) {
                    syntax_error(p, "expecting for loop condition");
                    p->xnest = outer;
                    return init;
                }
                *cond = simple_stmt(p, NULL, TK_EOF);
            }
            want(p, TK_SEMICOLON);
            if (tok(p) != TK_LBRACE) {
                *post = simple_stmt(p, NULL, TK_EOF);
                if ((*post)->kind == STMT_ASSIGN && (*post)->u.assign.tok == TK_DEFINE)
                    syntax_error_at(p, (*post)->pos,
                                    "cannot declare in post statement of for loop");
            }
        } else if (tok(p) != TK_LBRACE) {
            *cond = simple_stmt(p, NULL, keyword);
        }
    } else {
        *cond = init;
        init = NULL;
    }
    if (!*cond && keyword == TK_IF && semi_lit) {
        if (strcmp(semi_lit, "semicolon") != 0)
            syntax_error_at(p, semi_pos,
                            xprintf("unexpected %s, expecting { after if clause", semi_lit));
        else
            syntax_error_at(p, semi_pos, "missing condition in if statement");
    }
    p->xnest = outer;
    return init;
}

/* The condition of an if or for: must be an expression statement. */
static Expr *cond_expr(Parser *p, Stmt *s)
{
    if (!s)
        return NULL;
    if (s->kind == STMT_EXPR)
        return s->u.expr.x;
    syntax_error_at(p, s->pos, xprintf("cannot use %s as value", simple_stmt_str(s)));
    return bad_expr(s->pos);
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
static Stmt *if_stmt(Parser *p)
{
    Stmt *s = new_stmt(STMT_IF, pos(p));
    next(p);
    Stmt *cond;
    s->u.if_stmt.init = header(p, TK_IF, &cond, NULL);
    s->u.if_stmt.cond = cond_expr(p, cond);
    if (!s->u.if_stmt.cond)
        s->u.if_stmt.cond = bad_expr(pos(p));
    s->u.if_stmt.then = block_stmt(p, "if clause");
    if (got(p, TK_ELSE)) {
        if (tok(p) == TK_IF) {
            if (nest(p)) {
                s->u.if_stmt.else_ = if_stmt(p);
                p->depth--;
            }
        } else if (tok(p) == TK_LBRACE) {
            s->u.if_stmt.else_ = block_stmt(p, "");
        } else {
            syntax_error(p, "else must be followed by if or statement block");
            advance(p, TK_IDENT, TK_RBRACE);
        }
    }
    return s;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
// ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
static Stmt *for_stmt(Parser *p)
{
    Pos at = pos(p);
    next(p);
    Stmt *cond, *post;
    Stmt *init = header(p, TK_FOR, &cond, &post);
    if (init && init->kind == STMT_RANGE) {
        init->pos = at;
        init->u.range.body = block_stmt(p, "for clause");
        return init;
    }
    Stmt *s = new_stmt(STMT_FOR, at);
    s->u.for_stmt.init = init;
    s->u.for_stmt.cond = cond_expr(p, cond);
    s->u.for_stmt.post = post;
    s->u.for_stmt.body = block_stmt(p, "for clause");
    return s;
}

/* Whether s is x.(type) or v := x.(type). */
static bool is_type_switch_guard(const Stmt *s)
{
    const Expr *x = NULL;
    if (s->kind == STMT_EXPR)
        x = s->u.expr.x;
    else if (s->kind == STMT_ASSIGN && s->u.assign.tok == TK_DEFINE &&
             s->u.assign.lhs.n == 1 && s->u.assign.rhs.n == 1 &&
             s->u.assign.lhs.v[0]->kind == EXPR_IDENT)
        x = s->u.assign.rhs.v[0];
    return x && x->kind == EXPR_TYPE_ASSERT && !x->u.type_assert.type;
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .
// TypeCaseClause = TypeSwitchCase ":" StatementList .
// TypeSwitchCase = "case" TypeList | "default" .
static Stmt *case_clause(Parser *p)
{
    Stmt *c = new_stmt(STMT_CASE_CLAUSE, pos(p));
    switch (tok(p)) {
    case TK_CASE:
        next(p);
        c->u.case_clause.list = expr_list(p);
        break;
    case TK_DEFAULT:
        next(p);
        c->u.case_clause.is_default = true;
        break;
    default:
        syntax_error(p, "expecting case or default or }");
        advance(p, TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE);
        break;
    }
    want(p, TK_COLON);
    c->u.case_clause.body = stmt_list(p);
    return c;
}

// CommClause = CommCase ":" StatementList .
// CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .
static Stmt *comm_clause(Parser *p)
{
    Stmt *c = new_stmt(STMT_COMM_CLAUSE, pos(p));
    switch (tok(p)) {
    case TK_CASE:
        next(p);
        c->u.comm_clause.comm = simple_stmt(p, NULL, TK_EOF);
        break;
    case TK_DEFAULT:
        next(p);
        break;
    default:
        syntax_error(p, "expecting case or default or }");
        advance(p, TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE);
        break;
    }
    want(p, TK_COLON);
    c->u.comm_clause.body = stmt_list(p);
    return c;
}

/* The "{ clause... }" of a switch or select. */
static Stmt *clauses(Parser *p, bool comm, const char *context)
{
    Stmt *body = new_stmt(STMT_BLOCK, pos(p));
    if (!got(p, TK_LBRACE)) {
        syntax_error(p, xprintf("missing { after %s clause", context));
        advance(p, TK_CASE, TK_DEFAULT, TK_RBRACE);
    }
    while (tok(p) != TK_EOF && tok(p) != TK_RBRACE) {
        size_t off = p->s.off;
        vec_push(&body->u.block.list, comm ? comm_clause(p) : case_clause(p));
        if (p->s.off == off)
            skip_one(p);
    }
    body->u.block.rbrace = pos(p);
    want(p, TK_RBRACE);
    return body;
}

// SwitchStmt     = ExprSwitchStmt | TypeSwitchStmt .
// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
// TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
static Stmt *switch_stmt(Parser *p)
{
    Pos at = pos(p);
    next(p);
    Stmt *cond;
    Stmt *init = header(p, TK_SWITCH, &cond, NULL);
    if (cond && is_type_switch_guard(cond)) {
        Stmt *s = new_stmt(STMT_TYPE_SWITCH, at);
        s->u.type_switch.init = init;
        s->u.type_switch.assign = cond;
        s->u.type_switch.body = clauses(p, false, "switch");
        return s;
    }
    Stmt *s = new_stmt(STMT_SWITCH, at);
    s->u.switch_stmt.init = init;
    s->u.switch_stmt.tag = cond_expr(p, cond);
    s->u.switch_stmt.body = clauses(p, false, "switch");
    return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
static Stmt *select_stmt(Parser *p)
{
    Stmt *s = new_stmt(STMT_SELECT, pos(p));
    next(p);
    s->u.select_stmt.body = clauses(p, true, "select");
    return s;
}

// GoStmt    = "go" Expression .
// DeferStmt = "defer" Expression .
static Stmt *call_stmt(Parser *p)
{
    TokenKind kw = tok(p);
    Stmt *s = new_stmt(kw == TK_GO ? STMT_GO : STMT_DEFER, pos(p));
    next(p);
    Expr *x = primary_expr(p, NULL);
    Expr *t = unparen(x);
    if (t != x) {
        error_here(p, x->pos, xprintf("expression in %s must not be parenthesized",
                                      token_text[kw]));
        x = t;
    }
    if (x->kind != EXPR_CALL)
        error_here(p, x->pos, xprintf("expression in %s must be function call",
                                      token_text[kw]));
    if (kw == TK_GO)
        s->u.go_stmt.call = x;
    else
        s->u.defer_stmt.call = x;
    return s;
}

// LabeledStmt = Label ":" Statement .
static Stmt *labeled_stmt(Parser *p, Expr *label)
{
    Stmt *s = new_stmt(STMT_LABELED, label->pos);
    Pos colon = pos(p);
    next(p); /* : */
    s->u.labeled.label = label;
    if (tok(p) == TK_RBRACE) {
        s->u.labeled.stmt = new_stmt(STMT_EMPTY, pos(p));
        return s;
    }
    s->u.labeled.stmt = stmt_or_null(p);
    if (!s->u.labeled.stmt) {
        /* Already at the end of the statement: returning NULL ends the
         * statement list without follow-on errors. */
        syntax_error_at(p, colon, "missing statement after label");
        return NULL;
    }
    return s;
}

/* A declaration inside a function: one STMT_DECL per spec; the first is
 * returned, the others wait in p->pending for stmt_list. */
static Stmt *decl_stmt(Parser *p)
{
    Pos at = pos(p);
    TokenKind kind = tok(p);
    next(p);
    DeclList dl = {0};
    decl_group(p, &dl, kind);
    Stmt *first = NULL;
    for (int i = 0; i < dl.n; i++) {
        Stmt *s = new_stmt(STMT_DECL, dl.v[i]->pos);
        s->u.decl.decl = dl.v[i];
        if (!first)
            first = s;
        else
            vec_push(&p->pending, s);
    }
    return first ? first : new_stmt(STMT_EMPTY, at);
}

static Stmt *stmt_or_null1(Parser *p);

/* Returns NULL, consuming nothing, if no statement starts here. */
static Stmt *stmt_or_null(Parser *p)
{
    if (!nest(p))
        return NULL;
    Stmt *s = stmt_or_null1(p);
    p->depth--;
    return s;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
//             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
//             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
static Stmt *stmt_or_null1(Parser *p)
{
    Pos at = pos(p);
    if (tok(p) == TK_IDENT) {
        clear_pragma(p);
        ExprList lhs = expr_list(p);
        if (lhs.n == 1 && lhs.v[0]->kind == EXPR_IDENT && tok(p) == TK_COLON)
            return labeled_stmt(p, lhs.v[0]);
        return simple_stmt(p, &lhs, TK_EOF);
    }
    switch (tok(p)) {
    case TK_VAR: case TK_CONST: case TK_TYPE:
        return decl_stmt(p);
    default:
        break;
    }
    clear_pragma(p);
    switch (tok(p)) {
    case TK_LBRACE:
        return block_stmt(p, "");
    case TK_ADD: case TK_SUB: case TK_MUL: case TK_AND: case TK_XOR: case TK_NOT:
    case TK_ARROW: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    case TK_FUNC: case TK_LPAREN: case TK_LBRACK: case TK_STRUCT: case TK_MAP: case TK_CHAN:
    case TK_INTERFACE:
        return simple_stmt(p, NULL, TK_EOF);
    case TK_FOR:
        return for_stmt(p);
    case TK_SWITCH:
        return switch_stmt(p);
    case TK_SELECT:
        return select_stmt(p);
    case TK_IF:
        return if_stmt(p);
    case TK_FALLTHROUGH: case TK_BREAK: case TK_CONTINUE: case TK_GOTO: {
        // BreakStmt = "break" [ Label ] . (and continue, goto, fallthrough)
        Stmt *s = new_stmt(STMT_BRANCH, at);
        s->u.branch.tok = tok(p);
        next(p);
        if (s->u.branch.tok == TK_GOTO)
            s->u.branch.label = name(p);
        else if (s->u.branch.tok != TK_FALLTHROUGH && tok(p) == TK_IDENT)
            s->u.branch.label = name(p);
        return s;
    }
    case TK_GO: case TK_DEFER:
        return call_stmt(p);
    case TK_RETURN: {
        // ReturnStmt = "return" [ ExpressionList ] .
        Stmt *s = new_stmt(STMT_RETURN, at);
        next(p);
        if (tok(p) != TK_SEMICOLON && tok(p) != TK_RBRACE)
            s->u.return_stmt.results = expr_list(p);
        return s;
    }
    case TK_SEMICOLON:
        return new_stmt(STMT_EMPTY, at);
    default:
        return NULL;
    }
}

// StatementList = { Statement ";" } .
static StmtList stmt_list(Parser *p)
{
    StmtList l = {0};
    while (tok(p) != TK_EOF && tok(p) != TK_RBRACE && tok(p) != TK_CASE &&
           tok(p) != TK_DEFAULT) {
        size_t off = p->s.off;
        Stmt *s = stmt_or_null(p);
        clear_pragma(p);
        if (!s)
            break;
        if (s->kind != STMT_EMPTY)
            vec_push(&l, s);
        for (int i = 0; i < p->pending.n; i++)
            vec_push(&l, p->pending.v[i]);
        p->pending.n = 0;
        if (!got(p, TK_SEMICOLON) && tok(p) != TK_RBRACE) {
            syntax_error(p, "at end of statement");
            advance(p, TK_SEMICOLON, TK_RBRACE, TK_CASE, TK_DEFAULT);
            got(p, TK_SEMICOLON);
        }
        if (p->s.off == off)
            break;
    }
    return l;
}

/* --- Files ----------------------------------------------------------------------------- */

static bool is_empty_func(const DeclList *l)
{
    return l->n > 0 && l->v[l->n - 1]->kind == DECL_FUNC && !l->v[l->n - 1]->u.func.body;
}

// SourceFile    = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
// PackageClause = "package" PackageName .
// TopLevelDecl  = Declaration | FunctionDecl | MethodDecl .
static void source_file(Parser *p, uint32_t file)
{
    File *f = p->file;
    const SourceFile *src = source_get(file);
    f->path = src ? src->name : "";
    scanner_init_directives(&p->s, file, directive, p);
    f->pos = pos(p);
    if (!got(p, TK_PACKAGE)) {
        syntax_error(p, "package statement must be first");
        return;
    }
    int from, to = take_pragma(p, &from);
    apply_pragma(p, from, to, PRAGMA_GOBUILD);
    f->package_name = name(p);
    want(p, TK_SEMICOLON);
    if (errored(p))
        return;
    while (got(p, TK_IMPORT)) {
        decl_group(p, &f->decls, TK_IMPORT);
        want(p, TK_SEMICOLON);
    }
    while (tok(p) != TK_EOF) {
        switch (tok(p)) {
        case TK_CONST: case TK_TYPE: case TK_VAR: {
            TokenKind kind = tok(p);
            next(p);
            decl_group(p, &f->decls, kind);
            break;
        }
        case TK_FUNC:
            vec_push(&f->decls, func_decl(p));
            break;
        default:
            if (tok(p) == TK_LBRACE && is_empty_func(&f->decls))
                syntax_error(p, "unexpected semicolon or newline before {");
            else
                syntax_error(p, "non-declaration statement outside function body");
            advance(p, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC);
            continue;
        }
        /* before the ";": directives after it are the next declaration's */
        clear_pragma(p);
        if (tok(p) != TK_EOF && !got(p, TK_SEMICOLON)) {
            syntax_error(p, "after top level declaration");
            advance(p, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC);
        }
    }
    clear_pragma(p);
    return;
}

File *parse_file(uint32_t file)
{
    Parser p = {0};
    p.errors0 = error_count();
    File *f = NEW(File);
    p.file = f;
    source_file(&p, file);
    f->errors = error_count() - p.errors0;
    return f;
}
