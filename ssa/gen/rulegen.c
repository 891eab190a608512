/*
 * rulegen.c — compiles a rules file (ssa/generic.rules, codegen/amd64.rules)
 * into C matchers: one function per op, each rule quoted in a comment above
 * its code, and an entry function that switches on the op. Built by meson
 * as a native tool; the generated files are committed, and a test
 * regenerates them and fails on a difference (ssa/gen/meson.build).
 *
 *     rulegen -o OUT.c -n NAME -d OPS.def [-d MORE.def ...] RULES
 *
 * NAME is the rules file as the output's first line and comments name it.
 * The .def files are read for the ops' and block kinds' names, argument
 * counts and commutativity: OP(Name, nargs, width, flags, ...) and
 * BLOCK(Name, nsuccs, ...) make OpName and BlockName; a prefixed macro such
 * as AMD64OP(Name, nargs, flags, ...) makes OpAMD64Name.
 *
 * The rules syntax is in ssa/README.md ("Rules"). In short:
 *
 *     (Op [auxint] {aux} <type> args...) && cond => result
 *
 * Patterns bind names; a name repeated must be the same value; `_` matches
 * anything; `x:(pattern)` binds and matches. A group `(a|b|c)` (words and
 * bars, no spaces) anywhere in a rule makes one rule per alternative, all
 * groups of a rule advancing together. Conditions and aux expressions are
 * C, over the bound names, `v` (the value matched) and the helpers that the
 * included header declares. The result is a bound value (v becomes a copy
 * of it) or an op with its own auxint, aux, type and arguments, written
 * into v in place; nested ops are new values in v's block.
 *
 * The generated file is plain C11 that compiles without warnings: names
 * are declared only where the rule uses them, and an unused name in a rule
 * is an error here instead.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Limits on one rule. They bound fixed arrays; a rule that needs more is
 * badly written, and rulegen says so. */
enum {
    MAX_LINE = 4096,   /* characters in one rule line */
    MAX_ALTS = 16,     /* alternatives in one group */
    MAX_ARGS = 4,      /* arguments of one pattern or result op */
    MAX_NAMES = 32,    /* names bound by one rule */
    MAX_OPS = 1024,    /* ops and block kinds known from the .def files */
    MAX_CLASS = 16,    /* op classes, and ops in one class */
    MAX_RULES = 2048,  /* rules after expansion */
};

static const char *rules_name; /* the rules file as named in the output */
static int cur_line;

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: ", rules_name ? rules_name : "rulegen", cur_line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    return p;
}

/* --- Ops and block kinds, from the .def files ------------------------------------ */

typedef struct OpDef {
    char *name;   /* as written in rules: "Add64", "ADDQ", "If" */
    char *cname;  /* the C constant: "OpAdd64", "OpAMD64ADDQ", "BlockIf" */
    int nargs;    /* -1: any; for a block kind, 1 (its control) */
    bool commutative;
    bool block;
} OpDef;

static OpDef ops[MAX_OPS];
static int nops;

/* An op of that name, else a block kind (Invalid is both: rules name
 * neither). */
static OpDef *find_kind(const char *name, bool block)
{
    for (int i = 0; i < nops; i++)
        if (ops[i].block == block && strcmp(ops[i].name, name) == 0)
            return &ops[i];
    return NULL;
}

static OpDef *find_op(const char *name)
{
    OpDef *d = find_kind(name, false);
    return d ? d : find_kind(name, true);
}

/* One line of a .def file: PREFIXOP(Name, nargs, [width,] flags, ...) or
 * PREFIXBLOCK(Name, nsuccs, ...). Generic ops have a width column before
 * the flags, the target's do not (amd64ops.def has its own width later). */
static void read_def_line(const char *line)
{
    const char *p = line;
    while (isupper((unsigned char)*p) || isdigit((unsigned char)*p))
        p++;
    size_t plen = (size_t)(p - line);
    bool is_op = plen >= 2 && strncmp(p - 2, "OP", 2) == 0;
    bool is_block = plen >= 5 && strncmp(p - 5, "BLOCK", 5) == 0;
    if ((!is_op && !is_block) || *p != '(')
        return;
    char prefix[32];
    size_t prelen = plen - (is_op ? 2 : 5);
    if (prelen >= sizeof prefix)
        return;
    memcpy(prefix, line, prelen);
    prefix[prelen] = 0;
    const char *name = ++p;
    while (isalnum((unsigned char)*p) || *p == '_')
        p++;
    char *n = xstrndup(name, (size_t)(p - name));
    if (*p != ',')
        return;
    int nargs = (int)strtol(p + 1, NULL, 10);
    if (nops == MAX_OPS)
        die("too many ops");
    if (find_kind(n, is_block))
        die("%s %s declared twice", is_block ? "block kind" : "op", n);
    OpDef *d = &ops[nops++];
    d->name = n;
    size_t clen = strlen(prefix) + strlen(n) + 8;
    d->cname = xmalloc(clen);
    snprintf(d->cname, clen, "%s%s%s", is_op ? "Op" : "Block", prefix, n);
    d->block = is_block;
    d->nargs = is_block ? 1 : nargs;
    /* The flags column: the first one that names an OPF_ constant or is 0
     * after the argument count; commutativity is all rulegen needs. */
    const char *rest = strchr(p + 1, ',');
    d->commutative = rest && strstr(rest, "OPF_COMMUTATIVE") &&
                     strstr(rest, "OPF_COMMUTATIVE") < strchr(rest, '"');
}

static void read_defs(const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        exit(1);
    }
    char line[MAX_LINE];
    while (fgets(line, sizeof line, fp))
        read_def_line(line);
    fclose(fp);
}

/* --- Op classes: %class Name = Op Op ... ------------------------------------------ */

typedef struct OpClass {
    char *name;
    OpDef *ops[MAX_CLASS];
    int n;
} OpClass;

static OpClass classes[MAX_CLASS];
static int nclasses;

static OpClass *find_class(const char *name)
{
    for (int i = 0; i < nclasses; i++)
        if (strcmp(classes[i].name, name) == 0)
            return &classes[i];
    return NULL;
}

/* --- Parsing a rule ---------------------------------------------------------------- */

/* A pattern or result op: (Op [auxint] {aux} <type> args...). In a pattern,
 * an argument is a Node of kind N_VAR (name or _), or N_OP with an optional
 * binding name. In a result, N_CALL is a C expression giving a Value. */
typedef enum NodeKind { N_VAR, N_OP, N_CALL } NodeKind;

typedef struct Node Node;
struct Node {
    NodeKind kind;
    char *name;        /* N_VAR: the name ("_": any); N_OP: binding or NULL; N_CALL: the C text */
    OpDef *op;         /* N_OP: the op, or NULL for a class */
    OpClass *cls;      /* N_OP in a pattern: an op class */
    char *auxint;      /* [...] text or NULL */
    char *aux;         /* {...} text or NULL */
    char *type;        /* <...> text or NULL */
    Node *args[MAX_ARGS];
    int nargs;
};

typedef struct Rule {
    int line;
    char *text;        /* the expanded rule, quoted in the output */
    Node *match;
    char *cond;        /* NULL: none */
    Node *result;
} Rule;

static Rule rules[MAX_RULES];
static int nrules;

typedef struct Parser {
    const char *p;
} Parser;

static void skip_space(Parser *ps)
{
    while (*ps->p == ' ' || *ps->p == '\t')
        ps->p++;
}

static bool is_word(char c) { return isalnum((unsigned char)c) || c == '_'; }

static char *word(Parser *ps)
{
    const char *s = ps->p;
    while (is_word(*ps->p))
        ps->p++;
    if (ps->p == s)
        die("expected a name at \"%.20s\"", s);
    return xstrndup(s, (size_t)(ps->p - s));
}

/* The text up to the bracket that closes `open` (already consumed),
 * counting nested brackets of every kind. */
static char *bracketed(Parser *ps, char open, char close)
{
    const char *s = ps->p;
    int depth = 0;
    for (; *ps->p; ps->p++) {
        char c = *ps->p;
        if (c == close && depth == 0) {
            char *t = xstrndup(s, (size_t)(ps->p - s));
            ps->p++;
            return t;
        }
        if (c == '(' || c == '[' || c == '{')
            depth++;
        else if (c == ')' || c == ']' || c == '}')
            depth--;
    }
    die("missing '%c' after '%c'", close, open);
    return NULL;
}

static Node *parse_op(Parser *ps, bool result);

static Node *parse_arg(Parser *ps, bool result)
{
    skip_space(ps);
    if (*ps->p == '(')
        return parse_op(ps, result);
    char *name = word(ps);
    if (result && *ps->p == '(') { /* a C call giving a Value */
        ps->p++;
        char *args = bracketed(ps, '(', ')');
        Node *n = xmalloc(sizeof *n);
        n->kind = N_CALL;
        size_t len = strlen(name) + strlen(args) + 3;
        n->name = xmalloc(len);
        snprintf(n->name, len, "%s(%s)", name, args);
        return n;
    }
    if (!result && *ps->p == ':') {
        ps->p++;
        if (*ps->p != '(')
            die("expected a pattern after %s:", name);
        Node *n = parse_op(ps, result);
        n->name = name;
        return n;
    }
    Node *n = xmalloc(sizeof *n);
    n->kind = N_VAR;
    n->name = name;
    return n;
}

/* ( Op { [auxint] | {aux} | <type> } { arg } ) */
static Node *parse_op(Parser *ps, bool result)
{
    ps->p++; /* ( */
    skip_space(ps);
    char *name = word(ps);
    Node *n = xmalloc(sizeof *n);
    n->kind = N_OP;
    n->op = find_op(name);
    if (!n->op && !result)
        n->cls = find_class(name);
    if (!n->op && !n->cls)
        die("unknown op %s", name);
    for (;;) {
        skip_space(ps);
        char c = *ps->p;
        if (c == ')') {
            ps->p++;
            break;
        }
        if (c == '[' || c == '{' || c == '<') {
            char **slot = c == '[' ? &n->auxint : c == '{' ? &n->aux : &n->type;
            if (*slot)
                die("%s: two %c...%c", name, c, c == '[' ? ']' : c == '{' ? '}' : '>');
            ps->p++;
            *slot = bracketed(ps, c, c == '[' ? ']' : c == '{' ? '}' : '>');
            continue;
        }
        if (!c)
            die("missing ')' in (%s", name);
        if (n->nargs == MAX_ARGS)
            die("%s: more than %d arguments", name, MAX_ARGS);
        n->args[n->nargs++] = parse_arg(ps, result);
    }
    int want = n->op ? n->op->nargs : n->cls->ops[0]->nargs;
    if (want >= 0 && n->nargs != want && !(n->op && n->op->block))
        die("%s takes %d arguments, not %d", name, want, n->nargs);
    return n;
}

/* --- Alternatives: (a|b|c) --------------------------------------------------------- */

/* If s points at a group "(w|w|...)" returns its length and stores its
 * words; else 0. */
static int group_at(const char *s, char alts[MAX_ALTS][64], int *nalts)
{
    if (*s != '(')
        return 0;
    const char *p = s + 1;
    int n = 0;
    bool bar = false;
    for (;;) {
        const char *w = p;
        while (is_word(*p))
            p++;
        if (p == w || p - w >= 64)
            return 0;
        if (n == MAX_ALTS)
            die("more than %d alternatives", MAX_ALTS);
        memcpy(alts[n], w, (size_t)(p - w));
        alts[n][p - w] = 0;
        n++;
        if (*p == '|') {
            bar = true;
            p++;
            continue;
        }
        if (*p == ')' && bar) {
            *nalts = n;
            return (int)(p + 1 - s);
        }
        return 0;
    }
}

static void add_rule(const char *text, int line);

/* Expands every group of line in parallel and adds the rules. */
static void expand(const char *line, int lineno)
{
    char alts[MAX_ALTS][64];
    int n = -1, k;
    for (const char *s = line; *s; s++) {
        int nalts;
        if ((k = group_at(s, alts, &nalts)) > 0) {
            if (n >= 0 && nalts != n)
                die("groups of %d and %d alternatives in one rule", n, nalts);
            n = nalts;
            s += k - 1;
        }
    }
    if (n < 0) {
        add_rule(line, lineno);
        return;
    }
    for (int i = 0; i < n; i++) {
        char out[MAX_LINE];
        size_t o = 0;
        for (const char *s = line; *s;) {
            int nalts;
            if ((k = group_at(s, alts, &nalts)) > 0) {
                size_t wl = strlen(alts[i]);
                if (o + wl >= sizeof out)
                    die("rule too long");
                memcpy(out + o, alts[i], wl);
                o += wl;
                s += k;
            } else {
                if (o + 1 >= sizeof out)
                    die("rule too long");
                out[o++] = *s++;
            }
        }
        out[o] = 0;
        add_rule(out, lineno);
    }
}

static void add_rule(const char *text, int line)
{
    if (strstr(text, "*/"))
        die("a rule may not contain */");
    if (nrules == MAX_RULES)
        die("more than %d rules", MAX_RULES);
    Rule *r = &rules[nrules++];
    r->line = line;
    r->text = xstrndup(text, strlen(text));
    Parser ps = {text};
    skip_space(&ps);
    if (*ps.p != '(')
        die("a rule starts with (");
    r->match = parse_op(&ps, false);
    if (!r->match->op)
        die("a rule's outer op cannot be a class");
    skip_space(&ps);
    const char *arrow = strstr(ps.p, "=>");
    if (!arrow)
        die("missing =>");
    if (strncmp(ps.p, "&&", 2) == 0) {
        const char *c = ps.p + 2;
        while (*c == ' ')
            c++;
        const char *e = arrow;
        while (e > c && e[-1] == ' ')
            e--;
        r->cond = xstrndup(c, (size_t)(e - c));
    } else if (ps.p != arrow) {
        die("expected && or => at \"%.20s\"", ps.p);
    }
    ps.p = arrow + 2;
    skip_space(&ps);
    r->result = parse_arg(&ps, true);
    skip_space(&ps);
    if (*ps.p)
        die("text after the result: \"%.20s\"", ps.p);
    if (r->match->op->block != (r->result->kind == N_OP && r->result->op && r->result->op->block))
        die("a block rule's result is a block kind, a value rule's an op");
}

/* --- Names a rule binds -------------------------------------------------------------- */

/* Does word w occur in text s as a whole identifier? */
static bool mentions(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = s ? strstr(s, w) : NULL; p; p = strstr(p + 1, w))
        if ((p == s || !is_word(p[-1])) && !is_word(p[n]) && !(p > s && p[-1] == '.') &&
            !(p > s + 1 && p[-1] == '>' && p[-2] == '-'))
            return true;
    return false;
}

static bool node_mentions(Node *n, const char *w)
{
    if (n->kind != N_OP)
        return mentions(n->name, w);
    if (mentions(n->auxint, w) || mentions(n->aux, w) || mentions(n->type, w))
        return true;
    for (int i = 0; i < n->nargs; i++)
        if (node_mentions(n->args[i], w))
            return true;
    return false;
}

/* Is a name bound in the pattern used by the condition or the result? A
 * name repeated in the pattern is used by its second occurrence, which
 * the matcher checks on its own. */
static int pattern_count(Node *n, const char *w)
{
    int k = n->name && strcmp(n->name, w) == 0;
    if (n->kind == N_OP)
        for (int i = 0; i < n->nargs; i++)
            k += pattern_count(n->args[i], w);
    return k;
}

static bool used(Rule *r, const char *w)
{
    return mentions(r->cond, w) || node_mentions(r->result, w) || pattern_count(r->match, w) > 1;
}

/* --- Output --------------------------------------------------------------------------- */

static FILE *out;
static const char *ctx_decl = "";  /* ", Lower *l" or "" */
static const char *ctx_arg = "";   /* ", l" or "" */

typedef struct Gen {
    Rule *r;
    char *bound[MAX_NAMES];
    int nbound;
    int tmp;           /* numbers temporaries */
    const char *fail;  /* statement that gives up this rule: "continue" */
} Gen;

static bool is_bound(Gen *g, const char *name)
{
    for (int i = 0; i < g->nbound; i++)
        if (strcmp(g->bound[i], name) == 0)
            return true;
    return false;
}

static void bind(Gen *g, char *name)
{
    if (strcmp(name, "v") == 0 || strcmp(name, "b") == 0)
        die("%s names the value or block matched; choose another name", name);
    if (g->nbound == MAX_NAMES)
        die("more than %d names", MAX_NAMES);
    g->bound[g->nbound++] = name;
}

static bool is_number(const char *s)
{
    if (*s == '-')
        s++;
    if (!*s)
        return false;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return false;
    return true;
}

/* A field of the pattern: a literal is compared, a name is bound (or
 * compared when bound already). */
static void gen_field(Gen *g, const char *val, const char *ctype, const char *field,
                      const char *ind)
{
    if (is_number(val)) {
        fprintf(out, "%sif (%s != %s)\n%s    %s;\n", ind, field, val, ind, g->fail);
        return;
    }
    char *name = xstrndup(val, strlen(val));
    if (!is_word(*name) || isdigit((unsigned char)*name))
        die("pattern field \"%s\": a name or a number", val);
    if (is_bound(g, name)) {
        fprintf(out, "%sif (%s != %s)\n%s    %s;\n", ind, field, name, ind, g->fail);
        return;
    }
    bind(g, name);
    if (!used(g->r, name))
        die("%s is bound but not used", name);
    fprintf(out, "%s%s%s%s = %s;\n", ind, ctype, ctype[strlen(ctype) - 1] == '*' ? "" : " ", name,
            field);
}

static void gen_match(Gen *g, Node *n, const char *e, bool top, const char *argv[], const char *ind);

/* Argument i of a pattern, read into a name or temporary. */
static void gen_match_arg(Gen *g, Node *a, const char *expr, const char *ind)
{
    if (a->kind == N_VAR) {
        if (strcmp(a->name, "_") == 0)
            return;
        if (is_bound(g, a->name)) {
            fprintf(out, "%sif (%s != %s)\n%s    %s;\n", ind, expr, a->name, ind, g->fail);
            return;
        }
        bind(g, a->name);
        if (!used(g->r, a->name))
            die("%s is bound but not used", a->name);
        fprintf(out, "%sValue *%s = %s;\n", ind, a->name, expr);
        return;
    }
    char tmp[32];
    const char *name = a->name;
    if (name) {
        if (is_bound(g, name))
            die("%s bound twice", name);
        bind(g, a->name);
        if (!used(g->r, name))
            die("%s is bound but not used; write (%s ...) without the name", name, a->op ? a->op->name : a->cls->name);
    } else {
        snprintf(tmp, sizeof tmp, "m%d", g->tmp++);
        name = tmp;
    }
    fprintf(out, "%sValue *%s = %s;\n", ind, name, expr);
    gen_match(g, a, name, false, NULL, ind);
}

/* Matches pattern n against the value e. At the top the op is known (the
 * switch chose this function) and the arguments come in argv. */
static void gen_match(Gen *g, Node *n, const char *e, bool top, const char *argv[], const char *ind)
{
    if (!top) {
        if (n->op) {
            fprintf(out, "%sif (%s->op != %s)\n%s    %s;\n", ind, e, n->op->cname, ind, g->fail);
        } else {
            fprintf(out, "%sif (!is_%s(%s->op))\n%s    %s;\n", ind, n->cls->name, e, ind, g->fail);
        }
    }
    char field[64];
    if (n->auxint) {
        snprintf(field, sizeof field, "%s->aux_int", e);
        gen_field(g, n->auxint, "int64_t", field, ind);
    }
    if (n->aux) {
        snprintf(field, sizeof field, "%s->aux", e);
        gen_field(g, n->aux, "Sym *", field, ind);
    }
    if (n->type) {
        snprintf(field, sizeof field, "%s->type", e);
        gen_field(g, n->type, "Type *", field, ind);
    }
    for (int i = 0; i < n->nargs; i++) {
        char expr[64];
        if (argv)
            snprintf(expr, sizeof expr, "%s", argv[i]);
        else
            snprintf(expr, sizeof expr, "RULE_ARG(%s, %d)", e, i);
        gen_match_arg(g, n->args[i], expr, ind);
    }
}

/* The C for a result type: a name bound by <t> in the pattern, "flags",
 * or a basic type's name. */
static void type_expr(Gen *g, const char *t, char *buf, size_t n)
{
    if (is_bound(g, t))
        snprintf(buf, n, "%s", t);
    else if (strcmp(t, "flags") == 0)
        snprintf(buf, n, "type_flags");
    else {
        char up[32];
        size_t i;
        for (i = 0; t[i] && i < sizeof up - 1; i++) {
            if (!is_word(t[i]))
                die("type <%s>: a bound name or a basic type", t);
            up[i] = (char)toupper((unsigned char)t[i]);
        }
        up[i] = 0;
        snprintf(buf, n, "types_basic[TYPE_%s]", up);
    }
}

/* Builds result r; returns the name of the C variable holding a new value.
 * `at` is the value or block the new values go next to. */
static char *gen_result(Gen *g, Node *r, bool top, bool block, const char *ind)
{
    if (r->kind == N_VAR) {
        if (!is_bound(g, r->name))
            die("%s is not bound", r->name);
        return r->name;
    }
    char argnames[MAX_ARGS][64];
    if (r->kind == N_CALL) {
        char *t = xmalloc(32);
        snprintf(t, 32, "r%d", g->tmp++);
        fprintf(out, "%sValue *%s = %s;\n", ind, t, r->name);
        return t;
    }
    for (int i = 0; i < r->nargs; i++)
        snprintf(argnames[i], sizeof argnames[i], "%s", gen_result(g, r->args[i], false, block, ind));
    const char *blk = block ? "b" : "v->block";
    const char *pos = block ? "b->pos" : "v->pos";
    if (top && block) {
        fprintf(out, "%sb->kind = %s;\n", ind, r->op->cname);
        if (r->nargs == 1)
            fprintf(out, "%sssa_set_control(b, %s);\n", ind, argnames[0]);
        return NULL;
    }
    if (top) {
        /* aux fields first: they may read the arguments v is about to lose */
        fprintf(out, "%sint64_t new_auxint = %s;\n", ind, r->auxint ? r->auxint : "0");
        fprintf(out, "%sSym *new_aux = %s;\n", ind, r->aux ? r->aux : "NULL");
        fprintf(out, "%sssa_reset_args(v);\n", ind);
        fprintf(out, "%sv->op = %s;\n", ind, r->op->cname);
        fprintf(out, "%sv->aux_int = new_auxint;\n", ind);
        fprintf(out, "%sv->aux = new_aux;\n", ind);
        if (r->type) {
            char te[96];
            type_expr(g, r->type, te, sizeof te);
            fprintf(out, "%sv->type = %s;\n", ind, te);
        }
        for (int i = 0; i < r->nargs; i++)
            fprintf(out, "%sssa_add_arg(v, %s);\n", ind, argnames[i]);
        return NULL;
    }
    char *t = xmalloc(32);
    snprintf(t, 32, "r%d", g->tmp++);
    char te[96];
    if (r->type)
        type_expr(g, r->type, te, sizeof te);
    else if (block)
        die("a new value in a block rule needs a <type>");
    else
        snprintf(te, sizeof te, "v->type");
    fprintf(out, "%sValue *%s = ssa_value_new(%s, %s, %s, %s);\n", ind, t, blk, r->op->cname, te, pos);
    if (r->auxint)
        fprintf(out, "%s%s->aux_int = %s;\n", ind, t, r->auxint);
    if (r->aux)
        fprintf(out, "%s%s->aux = %s;\n", ind, t, r->aux);
    for (int i = 0; i < r->nargs; i++)
        fprintf(out, "%sssa_add_arg(%s, %s);\n", ind, t, argnames[i]);
    return t;
}

/* One rule, as a loop body that `continue`s when the rule does not apply:
 * a one-trip loop, or two trips with the arguments swapped when the op is
 * commutative and the arguments' patterns differ. */
static void gen_rule(Rule *r)
{
    Gen g = {.r = r, .fail = "continue"};
    Node *m = r->match;
    bool block = m->op->block;
    bool swap = !block && m->op->commutative && m->nargs == 2 &&
                !(m->args[0]->kind == N_VAR && m->args[1]->kind == N_VAR);
    fprintf(out, "    /* %s:%d: %s */\n", rules_name, r->line, r->text);
    const char *ind = "        ";
    const char *argv[MAX_ARGS];
    char argbuf[MAX_ARGS][48];
    if (block) {
        fprintf(out, "    do {\n");
        argv[0] = "b->control";
    } else if (swap) {
        fprintf(out, "    for (int i = 0; i < 2; i++) {\n");
        snprintf(argbuf[0], sizeof argbuf[0], "RULE_ARG(v, i)");
        snprintf(argbuf[1], sizeof argbuf[1], "RULE_ARG(v, 1 - i)");
        argv[0] = argbuf[0];
        argv[1] = argbuf[1];
    } else {
        fprintf(out, "    do {\n");
        for (int i = 0; i < m->nargs; i++) {
            snprintf(argbuf[i], sizeof argbuf[i], "RULE_ARG(v, %d)", i);
            argv[i] = argbuf[i];
        }
    }
    gen_match(&g, m, block ? "b" : "v", true, argv, ind);
    if (r->cond)
        fprintf(out, "%sif (!(%s))\n%s    continue;\n", ind, r->cond, ind);
    if (r->result->kind == N_VAR) {
        if (block)
            die("a block rule's result is a block kind");
        fprintf(out, "%sssa_value_copy_of(v, %s);\n", ind, gen_result(&g, r->result, true, false, ind));
    } else {
        gen_result(&g, r->result, true, block, ind);
    }
    fprintf(out, "%sreturn true;\n", ind);
    fprintf(out, block || !swap ? "    } while (0);\n" : "    }\n");
}

/* The ops that have rules, in the order of their first rule. */
static OpDef *rule_ops[MAX_OPS];
static int nrule_ops;

static void gen_functions(bool blocks)
{
    for (int k = 0; k < nrule_ops; k++) {
        OpDef *op = rule_ops[k];
        if (op->block != blocks)
            continue;
        if (blocks)
            fprintf(out, "\nstatic bool rewrite_block_%s(Block *b%s)\n{\n", op->name, ctx_decl);
        else
            fprintf(out, "\nstatic bool rewrite_%s(Value *v%s)\n{\n", op->name, ctx_decl);
        for (int i = 0; i < nrules; i++)
            if (rules[i].match->op == op)
                gen_rule(&rules[i]);
        fprintf(out, "    return false;\n}\n");
    }
}

/* The entry: a switch on the op (block kind) that picks the op's function,
 * called through a pointer. Calling through it keeps the rule functions
 * out of the entry, which runs for every value and so must stay small:
 * most values have an op without rules. */
static void gen_entry(const char *entry, bool blocks)
{
    const char *what = blocks ? "Block *b" : "Value *v";
    const char *ftype = blocks ? "RewriteBlockFunc" : "RewriteValueFunc";
    fprintf(out, "\ntypedef bool %s(%s%s);\n", ftype, what, ctx_decl);
    fprintf(out, "\nstatic %s *rules_of_%s(%s kind)\n{\n    switch (kind) {\n", ftype,
            blocks ? "block" : "op", blocks ? "BlockKind" : "Op");
    for (int k = 0; k < nrule_ops; k++) {
        OpDef *op = rule_ops[k];
        if (op->block == blocks)
            fprintf(out, "    case %s: return rewrite_%s%s;\n", op->cname, blocks ? "block_" : "", op->name);
    }
    fprintf(out, "    default: return NULL;\n    }\n}\n");
    fprintf(out, "\nbool %s(%s%s)\n{\n    %s *f = rules_of_%s(%s);\n    return f && f(%s%s);\n}\n",
            entry, what, ctx_decl, ftype, blocks ? "block" : "op", blocks ? "b->kind" : "v->op",
            blocks ? "b" : "v", ctx_arg);
}

/* --- Reading the rules file ---------------------------------------------------------- */

static void usage(void)
{
    fprintf(stderr, "usage: rulegen -o OUT.c -n NAME -d FILE.def [-d FILE.def...] RULES\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *outpath = NULL, *inpath = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            outpath = argv[++i];
        else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            rules_name = argv[++i];
        else if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
            read_defs(argv[++i]);
        else if (argv[i][0] != '-' && !inpath)
            inpath = argv[i];
        else
            usage();
    }
    if (!outpath || !inpath)
        usage();
    if (!rules_name)
        rules_name = inpath;
    FILE *in = fopen(inpath, "r");
    if (!in) {
        perror(inpath);
        return 1;
    }
    /* Directives collect here; rules go to rules[]. */
    char includes[MAX_LINE] = "";
    const char *entry = NULL, *block_entry = NULL;
    char line[MAX_LINE], rule[MAX_LINE];
    int rule_line = 0;
    rule[0] = 0;
    for (cur_line = 1; fgets(line, sizeof line, in); cur_line++) {
        size_t len = strlen(line);
        if (len == sizeof line - 1)
            die("line longer than %d characters", MAX_LINE - 2);
        while (len && (line[len - 1] == '\n' || line[len - 1] == ' '))
            line[--len] = 0;
        char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s == '#' || *s == 0)
            continue;
        if (*s == '%') {
            char *d = s + 1, *arg = strchr(d, ' ');
            if (!arg)
                die("directive without argument");
            *arg++ = 0;
            if (strcmp(d, "include") == 0) {
                strcat(includes, "#include \"");
                strcat(includes, arg);
                strcat(includes, "\"\n");
            } else if (strcmp(d, "entry") == 0) {
                entry = xstrndup(arg, strlen(arg));
            } else if (strcmp(d, "blockentry") == 0) {
                block_entry = xstrndup(arg, strlen(arg));
            } else if (strcmp(d, "ctx") == 0) {
                /* "Lower *l": the last word is the parameter's name */
                const char *nm = arg + strlen(arg);
                while (nm > arg && is_word(nm[-1]))
                    nm--;
                char *dcl = xmalloc(strlen(arg) + 3), *a = xmalloc(strlen(nm) + 3);
                sprintf(dcl, ", %s", arg);
                sprintf(a, ", %s", nm);
                ctx_decl = dcl;
                ctx_arg = a;
            } else if (strcmp(d, "class") == 0) {
                if (nclasses == MAX_CLASS)
                    die("too many classes");
                OpClass *c = &classes[nclasses++];
                Parser ps = {arg};
                c->name = word(&ps);
                skip_space(&ps);
                if (*ps.p++ != '=')
                    die("%%class NAME = OP...");
                for (skip_space(&ps); *ps.p; skip_space(&ps)) {
                    char *o = word(&ps);
                    if (c->n == MAX_CLASS)
                        die("class %s: too many ops", c->name);
                    if (!(c->ops[c->n++] = find_op(o)))
                        die("unknown op %s", o);
                }
                if (c->n == 0)
                    die("empty class");
            } else {
                die("unknown directive %%%s", d);
            }
            continue;
        }
        /* A rule may continue on lines that start with more space; the
         * rule ends at the next line that starts at column 0. */
        if (s == line && rule[0]) {
            int here = cur_line;
            cur_line = rule_line;
            expand(rule, rule_line);
            cur_line = here;
            rule[0] = 0;
        }
        if (!rule[0])
            rule_line = cur_line;
        else
            strcat(rule, " ");
        if (strlen(rule) + strlen(s) + 2 >= sizeof rule)
            die("rule too long");
        strcat(rule, s);
    }
    int last = cur_line;
    if (rule[0]) {
        cur_line = rule_line;
        expand(rule, rule_line);
    }
    cur_line = last;
    fclose(in);
    if (!entry)
        die("no %%entry");
    for (int i = 0; i < nrules; i++) {
        OpDef *op = rules[i].match->op;
        int k;
        for (k = 0; k < nrule_ops && rule_ops[k] != op; k++)
            ;
        if (k == nrule_ops)
            rule_ops[nrule_ops++] = op;
        if (op->block && !block_entry)
            die("block rules need %%blockentry");
    }
    out = fopen(outpath, "w");
    if (!out) {
        perror(outpath);
        return 1;
    }
    fprintf(out, "/* Code generated by ssa/gen/rulegen from %s; DO NOT EDIT. */\n", rules_name);
    fprintf(out, "/* %d rules. The rules file explains them; each match below quotes its rule. */\n",
            nrules);
    fprintf(out, "%s", includes);
    for (int i = 0; i < nclasses; i++) {
        OpClass *c = &classes[i];
        fprintf(out, "\nstatic inline bool is_%s(Op op)\n{\n    switch (op) {\n", c->name);
        for (int k = 0; k < c->n; k++)
            fprintf(out, "    case %s:\n", c->ops[k]->cname);
        fprintf(out, "        return true;\n    default:\n        return false;\n    }\n}\n");
    }
    gen_functions(false);
    gen_entry(entry, false);
    if (block_entry) {
        gen_functions(true);
        gen_entry(block_entry, true);
    }
    if (fclose(out) != 0) {
        perror(outpath);
        return 1;
    }
    return 0;
}
