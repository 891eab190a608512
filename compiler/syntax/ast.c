/*
 * ast.c — syntax tree constructors and the two printers of ast.h:
 *
 *   ast_dump_*   an S-expression dump of the tree's shape, for tests and
 *                `hood -d ast`. Names and literals print as themselves,
 *                every other node as (kind fields...), absent parts as _:
 *                    (func main (functype () ()) (block (call println "hi")))
 *   expr_string  Go source text, shortened as gc prints expressions in
 *                messages: composite literal elements and function
 *                bodies become "…".
 */
#include <string.h>

#include "ast.h"

Expr *new_expr(ExprKind kind, Pos pos)
{
    Expr *e = NEW(Expr);
    e->kind = kind;
    e->pos = pos;
    return e;
}

Stmt *new_stmt(StmtKind kind, Pos pos)
{
    Stmt *s = NEW(Stmt);
    s->kind = kind;
    s->pos = pos;
    return s;
}

Decl *new_decl(DeclKind kind, Pos pos)
{
    Decl *d = NEW(Decl);
    d->kind = kind;
    d->pos = pos;
    return d;
}

/* --- S-expression dump -------------------------------------------------------- */

static void dump_stmt(Buf *b, const Stmt *s);

static void dump_opt(Buf *b, const Expr *e)
{
    buf_putc(b, ' ');
    if (e)
        ast_dump_expr(b, e);
    else
        buf_putc(b, '_');
}

static void dump_exprs(Buf *b, const ExprList *l)
{
    for (int i = 0; i < l->n; i++) {
        buf_putc(b, ' ');
        ast_dump_expr(b, l->v[i]);
    }
}

/* (field names... type [tag]); an embedded field has no names. */
static void dump_fields(Buf *b, const FieldList *l)
{
    buf_putc(b, '(');
    for (int i = 0; i < l->n; i++) {
        const Field *f = l->v[i];
        if (i)
            buf_putc(b, ' ');
        buf_puts(b, "(field");
        dump_exprs(b, &f->names);
        dump_opt(b, f->type);
        if (f->tag)
            dump_opt(b, f->tag);
        buf_putc(b, ')');
    }
    buf_putc(b, ')');
}

static const char *chan_prefix(ChanDir dir)
{
    switch (dir) {
    case CHAN_SEND: return "chan<-";
    case CHAN_RECV: return "<-chan";
    default: return "chan";
    }
}

void ast_dump_expr(Buf *b, const Expr *e)
{
    switch (e->kind) {
    case EXPR_BAD:
        buf_puts(b, "(bad)");
        return;
    case EXPR_IDENT:
        buf_puts(b, e->u.ident.name);
        return;
    case EXPR_BASIC_LIT:
        buf_write(b, e->u.basic_lit.lit, (size_t)e->u.basic_lit.len);
        return;
    case EXPR_COMPOSITE_LIT:
        buf_puts(b, "(composite");
        dump_opt(b, e->u.composite_lit.type);
        dump_exprs(b, &e->u.composite_lit.elts);
        break;
    case EXPR_KEY_VALUE:
        buf_puts(b, "(kv");
        dump_opt(b, e->u.key_value.key);
        dump_opt(b, e->u.key_value.value);
        break;
    case EXPR_FUNC_LIT:
        buf_puts(b, "(funclit");
        dump_opt(b, e->u.func_lit.type);
        buf_putc(b, ' ');
        dump_stmt(b, e->u.func_lit.body);
        break;
    case EXPR_PAREN:
        buf_puts(b, "(paren");
        dump_opt(b, e->u.paren.x);
        break;
    case EXPR_SELECTOR:
        buf_puts(b, "(sel");
        dump_opt(b, e->u.selector.x);
        dump_opt(b, e->u.selector.sel);
        break;
    case EXPR_INDEX:
        buf_puts(b, "(index");
        dump_opt(b, e->u.index.x);
        dump_exprs(b, &e->u.index.indices);
        break;
    case EXPR_SLICE:
        buf_puts(b, e->u.slice.slice3 ? "(slice3" : "(slice");
        dump_opt(b, e->u.slice.x);
        dump_opt(b, e->u.slice.lo);
        dump_opt(b, e->u.slice.hi);
        if (e->u.slice.slice3)
            dump_opt(b, e->u.slice.max);
        break;
    case EXPR_TYPE_ASSERT:
        buf_puts(b, "(assert");
        dump_opt(b, e->u.type_assert.x);
        if (e->u.type_assert.type)
            dump_opt(b, e->u.type_assert.type);
        else
            buf_puts(b, " type");
        break;
    case EXPR_CALL:
        buf_puts(b, "(call");
        dump_opt(b, e->u.call.fun);
        dump_exprs(b, &e->u.call.args);
        if (e->u.call.has_dots)
            buf_puts(b, " ...");
        break;
    case EXPR_STAR:
        buf_puts(b, "(*");
        dump_opt(b, e->u.star.x);
        break;
    case EXPR_UNARY:
        buf_printf(b, "(%s", token_text[e->u.unary.op]);
        dump_opt(b, e->u.unary.x);
        break;
    case EXPR_BINARY:
        buf_printf(b, "(%s", token_text[e->u.binary.op]);
        dump_opt(b, e->u.binary.x);
        dump_opt(b, e->u.binary.y);
        break;
    case EXPR_ARRAY_TYPE:
        if (e->u.array_type.len) {
            buf_puts(b, "(array");
            dump_opt(b, e->u.array_type.len);
        } else {
            buf_puts(b, "(slicetype");
        }
        dump_opt(b, e->u.array_type.elem);
        break;
    case EXPR_STRUCT_TYPE:
        buf_puts(b, "(struct ");
        dump_fields(b, &e->u.struct_type.fields);
        break;
    case EXPR_FUNC_TYPE:
        buf_puts(b, "(functype ");
        if (e->u.func_type.tparams.n) {
            dump_fields(b, &e->u.func_type.tparams);
            buf_putc(b, ' ');
        }
        dump_fields(b, &e->u.func_type.params);
        buf_putc(b, ' ');
        dump_fields(b, &e->u.func_type.results);
        break;
    case EXPR_INTERFACE_TYPE:
        buf_puts(b, "(interface ");
        dump_fields(b, &e->u.interface_type.methods);
        break;
    case EXPR_MAP_TYPE:
        buf_puts(b, "(map");
        dump_opt(b, e->u.map_type.key);
        dump_opt(b, e->u.map_type.value);
        break;
    case EXPR_CHAN_TYPE:
        buf_printf(b, "(%s", chan_prefix(e->u.chan_type.dir));
        dump_opt(b, e->u.chan_type.value);
        break;
    case EXPR_ELLIPSIS:
        buf_puts(b, "(...");
        dump_opt(b, e->u.ellipsis.elt);
        break;
    }
    buf_putc(b, ')');
}

static void dump_opt_stmt(Buf *b, const Stmt *s)
{
    buf_putc(b, ' ');
    if (s)
        dump_stmt(b, s);
    else
        buf_putc(b, '_');
}

static void dump_stmts(Buf *b, const StmtList *l)
{
    for (int i = 0; i < l->n; i++)
        dump_opt_stmt(b, l->v[i]);
}

static void dump_decl(Buf *b, const Decl *d);

static void dump_stmt(Buf *b, const Stmt *s)
{
    switch (s->kind) {
    case STMT_BAD: buf_puts(b, "(bad"); break;
    case STMT_DECL:
        dump_decl(b, s->u.decl.decl);
        return;
    case STMT_EMPTY: buf_puts(b, "(empty"); break;
    case STMT_LABELED:
        buf_puts(b, "(label");
        dump_opt(b, s->u.labeled.label);
        dump_opt_stmt(b, s->u.labeled.stmt);
        break;
    case STMT_EXPR:
        buf_puts(b, "(expr");
        dump_opt(b, s->u.expr.x);
        break;
    case STMT_SEND:
        buf_puts(b, "(send");
        dump_opt(b, s->u.send.chan);
        dump_opt(b, s->u.send.value);
        break;
    case STMT_INCDEC:
        buf_printf(b, "(%s", token_text[s->u.incdec.tok]);
        dump_opt(b, s->u.incdec.x);
        break;
    case STMT_ASSIGN:
        buf_printf(b, "(%s (", token_text[s->u.assign.tok]);
        for (int i = 0; i < s->u.assign.lhs.n; i++) {
            if (i)
                buf_putc(b, ' ');
            ast_dump_expr(b, s->u.assign.lhs.v[i]);
        }
        buf_puts(b, ")");
        dump_exprs(b, &s->u.assign.rhs);
        break;
    case STMT_GO:
        buf_puts(b, "(go");
        dump_opt(b, s->u.go_stmt.call);
        break;
    case STMT_DEFER:
        buf_puts(b, "(defer");
        dump_opt(b, s->u.defer_stmt.call);
        break;
    case STMT_RETURN:
        buf_puts(b, "(return");
        dump_exprs(b, &s->u.return_stmt.results);
        break;
    case STMT_BRANCH:
        buf_printf(b, "(%s", token_text[s->u.branch.tok]);
        if (s->u.branch.label)
            dump_opt(b, s->u.branch.label);
        break;
    case STMT_BLOCK:
        buf_puts(b, "(block");
        dump_stmts(b, &s->u.block.list);
        break;
    case STMT_IF:
        buf_puts(b, "(if");
        dump_opt_stmt(b, s->u.if_stmt.init);
        dump_opt(b, s->u.if_stmt.cond);
        dump_opt_stmt(b, s->u.if_stmt.then);
        dump_opt_stmt(b, s->u.if_stmt.else_);
        break;
    case STMT_CASE_CLAUSE:
        buf_puts(b, s->u.case_clause.is_default ? "(default" : "(case (");
        if (!s->u.case_clause.is_default) {
            for (int i = 0; i < s->u.case_clause.list.n; i++) {
                if (i)
                    buf_putc(b, ' ');
                ast_dump_expr(b, s->u.case_clause.list.v[i]);
            }
            buf_putc(b, ')');
        }
        dump_stmts(b, &s->u.case_clause.body);
        break;
    case STMT_SWITCH:
        buf_puts(b, "(switch");
        dump_opt_stmt(b, s->u.switch_stmt.init);
        dump_opt(b, s->u.switch_stmt.tag);
        dump_opt_stmt(b, s->u.switch_stmt.body);
        break;
    case STMT_TYPE_SWITCH:
        buf_puts(b, "(typeswitch");
        dump_opt_stmt(b, s->u.type_switch.init);
        dump_opt_stmt(b, s->u.type_switch.assign);
        dump_opt_stmt(b, s->u.type_switch.body);
        break;
    case STMT_COMM_CLAUSE:
        buf_puts(b, s->u.comm_clause.comm ? "(comm" : "(default");
        if (s->u.comm_clause.comm)
            dump_opt_stmt(b, s->u.comm_clause.comm);
        dump_stmts(b, &s->u.comm_clause.body);
        break;
    case STMT_SELECT:
        buf_puts(b, "(select");
        dump_opt_stmt(b, s->u.select_stmt.body);
        break;
    case STMT_FOR:
        buf_puts(b, "(for");
        dump_opt_stmt(b, s->u.for_stmt.init);
        dump_opt(b, s->u.for_stmt.cond);
        dump_opt_stmt(b, s->u.for_stmt.post);
        dump_opt_stmt(b, s->u.for_stmt.body);
        break;
    case STMT_RANGE:
        buf_printf(b, "(range %s", s->u.range.tok == TK_ILLEGAL ? "_" : token_text[s->u.range.tok]);
        dump_opt(b, s->u.range.key);
        dump_opt(b, s->u.range.value);
        dump_opt(b, s->u.range.x);
        dump_opt_stmt(b, s->u.range.body);
        break;
    }
    buf_putc(b, ')');
}

static void dump_decl(Buf *b, const Decl *d)
{
    switch (d->kind) {
    case DECL_BAD:
        buf_puts(b, "(bad");
        break;
    case DECL_IMPORT:
        buf_puts(b, "(import");
        dump_opt(b, d->u.import.name);
        dump_opt(b, d->u.import.path);
        break;
    case DECL_CONST:
    case DECL_VAR:
        buf_puts(b, d->kind == DECL_CONST ? "(const (" : "(var (");
        for (int i = 0; i < d->u.value.names.n; i++) {
            if (i)
                buf_putc(b, ' ');
            ast_dump_expr(b, d->u.value.names.v[i]);
        }
        buf_putc(b, ')');
        dump_opt(b, d->u.value.type);
        dump_exprs(b, &d->u.value.values);
        if (d->kind == DECL_CONST && d->group_id)
            buf_printf(b, " iota=%d%s", d->u.value.iota, d->u.value.implicit ? " implicit" : "");
        break;
    case DECL_TYPE:
        buf_puts(b, d->u.type.alias ? "(alias" : "(type");
        dump_opt(b, d->u.type.name);
        if (d->u.type.tparams.n) {
            buf_putc(b, ' ');
            dump_fields(b, &d->u.type.tparams);
        }
        dump_opt(b, d->u.type.type);
        break;
    case DECL_FUNC:
        buf_puts(b, "(func");
        if (d->u.func.recv) {
            FieldList r = {0};
            vec_push(&r, d->u.func.recv);
            buf_putc(b, ' ');
            dump_fields(b, &r);
        }
        dump_opt(b, d->u.func.name);
        dump_opt(b, d->u.func.type);
        dump_opt_stmt(b, d->u.func.body);
        break;
    }
    buf_putc(b, ')');
}

void ast_dump_file(Buf *b, const File *f)
{
    buf_puts(b, "(package");
    dump_opt(b, f->package_name);
    buf_putc(b, ')');
    for (int i = 0; i < f->decls.n; i++) {
        buf_putc(b, '\n');
        dump_decl(b, f->decls.v[i]);
    }
    buf_putc(b, '\n');
}

/* --- Go source rendering ------------------------------------------------------- */

static void expr_list_string(Buf *b, const ExprList *l)
{
    for (int i = 0; i < l->n; i++) {
        if (i)
            buf_puts(b, ", ");
        expr_string(b, l->v[i]);
    }
}

static void fields_string(Buf *b, const FieldList *l, const char *sep)
{
    for (int i = 0; i < l->n; i++) {
        const Field *f = l->v[i];
        if (i)
            buf_puts(b, sep);
        expr_list_string(b, &f->names);
        if (f->names.n)
            buf_putc(b, ' ');
        expr_string(b, f->type);
    }
}

static void signature_string(Buf *b, const Expr *ft)
{
    buf_putc(b, '(');
    fields_string(b, &ft->u.func_type.params, ", ");
    buf_putc(b, ')');
    const FieldList *r = &ft->u.func_type.results;
    if (r->n == 0)
        return;
    buf_putc(b, ' ');
    if (r->n == 1 && r->v[0]->names.n == 0) {
        expr_string(b, r->v[0]->type);
        return;
    }
    buf_putc(b, '(');
    fields_string(b, r, ", ");
    buf_putc(b, ')');
}

void expr_string(Buf *b, const Expr *e)
{
    if (!e) {
        buf_puts(b, "<nil>");
        return;
    }
    switch (e->kind) {
    case EXPR_BAD:
        buf_puts(b, "BadExpr");
        break;
    case EXPR_IDENT:
        buf_puts(b, e->u.ident.name);
        break;
    case EXPR_BASIC_LIT:
        buf_write(b, e->u.basic_lit.lit, (size_t)e->u.basic_lit.len);
        break;
    case EXPR_COMPOSITE_LIT:
        if (e->u.composite_lit.type)
            expr_string(b, e->u.composite_lit.type);
        buf_puts(b, e->u.composite_lit.elts.n ? "{…}" : "{}");
        break;
    case EXPR_KEY_VALUE:
        expr_string(b, e->u.key_value.key);
        buf_puts(b, ": ");
        expr_string(b, e->u.key_value.value);
        break;
    case EXPR_FUNC_LIT:
        expr_string(b, e->u.func_lit.type);
        buf_puts(b, " {…}");
        break;
    case EXPR_PAREN:
        buf_putc(b, '(');
        expr_string(b, e->u.paren.x);
        buf_putc(b, ')');
        break;
    case EXPR_SELECTOR:
        expr_string(b, e->u.selector.x);
        buf_putc(b, '.');
        expr_string(b, e->u.selector.sel);
        break;
    case EXPR_INDEX:
        expr_string(b, e->u.index.x);
        buf_putc(b, '[');
        expr_list_string(b, &e->u.index.indices);
        buf_putc(b, ']');
        break;
    case EXPR_SLICE:
        expr_string(b, e->u.slice.x);
        buf_putc(b, '[');
        if (e->u.slice.lo)
            expr_string(b, e->u.slice.lo);
        buf_putc(b, ':');
        if (e->u.slice.hi)
            expr_string(b, e->u.slice.hi);
        if (e->u.slice.slice3) {
            buf_putc(b, ':');
            if (e->u.slice.max)
                expr_string(b, e->u.slice.max);
        }
        buf_putc(b, ']');
        break;
    case EXPR_TYPE_ASSERT:
        expr_string(b, e->u.type_assert.x);
        buf_puts(b, ".(");
        if (e->u.type_assert.type)
            expr_string(b, e->u.type_assert.type);
        else
            buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case EXPR_CALL:
        expr_string(b, e->u.call.fun);
        buf_putc(b, '(');
        expr_list_string(b, &e->u.call.args);
        if (e->u.call.has_dots)
            buf_puts(b, "...");
        buf_putc(b, ')');
        break;
    case EXPR_STAR:
        buf_putc(b, '*');
        expr_string(b, e->u.star.x);
        break;
    case EXPR_UNARY:
        buf_puts(b, token_text[e->u.unary.op]);
        expr_string(b, e->u.unary.x);
        break;
    case EXPR_BINARY:
        expr_string(b, e->u.binary.x);
        buf_printf(b, " %s ", token_text[e->u.binary.op]);
        expr_string(b, e->u.binary.y);
        break;
    case EXPR_ARRAY_TYPE:
        buf_putc(b, '[');
        if (e->u.array_type.len)
            expr_string(b, e->u.array_type.len);
        buf_putc(b, ']');
        expr_string(b, e->u.array_type.elem);
        break;
    case EXPR_STRUCT_TYPE:
        buf_puts(b, "struct{");
        fields_string(b, &e->u.struct_type.fields, "; ");
        buf_putc(b, '}');
        break;
    case EXPR_FUNC_TYPE:
        buf_puts(b, "func");
        signature_string(b, e);
        break;
    case EXPR_INTERFACE_TYPE: {
        buf_puts(b, "interface{");
        const FieldList *m = &e->u.interface_type.methods;
        for (int i = 0; i < m->n; i++) {
            if (i)
                buf_puts(b, "; ");
            if (m->v[i]->names.n) {
                expr_string(b, m->v[i]->names.v[0]);
                signature_string(b, m->v[i]->type);
            } else {
                expr_string(b, m->v[i]->type);
            }
        }
        buf_putc(b, '}');
        break;
    }
    case EXPR_MAP_TYPE:
        buf_puts(b, "map[");
        expr_string(b, e->u.map_type.key);
        buf_putc(b, ']');
        expr_string(b, e->u.map_type.value);
        break;
    case EXPR_CHAN_TYPE:
        buf_puts(b, chan_prefix(e->u.chan_type.dir));
        buf_putc(b, ' ');
        expr_string(b, e->u.chan_type.value);
        break;
    case EXPR_ELLIPSIS:
        buf_puts(b, "...");
        if (e->u.ellipsis.elt)
            expr_string(b, e->u.ellipsis.elt);
        break;
    }
}
