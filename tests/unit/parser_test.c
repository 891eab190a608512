/*
 * parser_test.c — the parser (compiler/syntax/parser.c): tree shapes through the
 * S-expression dump, gc's syntax error texts and positions, recovery,
 * and that garbled input never crashes or hangs.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "testutil.h"

static File *parse(const char *src)
{
    return parse_file(source_add("x.go", src, strlen(src)));
}

/* The dump of the declarations of a file, without the package line;
 * fails the test if the source has errors. */
static const char *dump(const char *src)
{
    File *f = parse(src);
    cr_assert_str_eq(captured_errors(), "", "errors in: %s", src);
    Buf b = {0};
    ast_dump_file(&b, f);
    const char *text = take(&b);
    const char *nl = strchr(text, '\n');
    return nl ? nl + 1 : text;
}

/* The dump of the body of func f() { BODY }. */
static const char *body(const char *stmts)
{
    const char *d = dump(xprintf("package p\nfunc f() {\n%s\n}\n", stmts));
    const char *start = strstr(d, "(block");
    cr_assert(start);
    return xstrndup(start, strlen(start) - 2); /* drop ")\n" */
}

/* The dump of the expression in var _ = EXPR. */
static const char *expr_dump(const char *x)
{
    const char *d = dump(xprintf("package p\nvar _ = %s\n", x));
    const char *start = d + strlen("(var (_) _ ");
    return xstrndup(start, strlen(start) - 2);
}

static const char *errors(const char *src)
{
    parse(src);
    return captured_errors();
}

Test(parser, hello_world)
{
    cr_assert_str_eq(dump("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n"),
                     "(import _ \"fmt\")\n"
                     "(func main (functype () ()) (block (expr (call (sel fmt Println) \"hi\"))))\n");
}

Test(parser, package_clause)
{
    File *f = parse("package foo\n");
    cr_assert_str_eq(f->package_name->u.ident.name, "foo");
    cr_assert_eq(f->decls.n, 0);
    cr_assert_str_eq(captured_errors(), "");
}

Test(parser, precedence)
{
    cr_assert_str_eq(expr_dump("a || b && c == d + e * f"), "(|| a (&& b (== c (+ d (* e f)))))");
    cr_assert_str_eq(expr_dump("a - b - c"), "(- (- a b) c)");
    cr_assert_str_eq(expr_dump("a << 1 | b &^ c"), "(| (<< a 1) (&^ b c))");
    cr_assert_str_eq(expr_dump("-x * *p"), "(* (- x) (* p))");
    cr_assert_str_eq(expr_dump("<-ch + ^x"), "(+ (<- ch) (^ x))");
    cr_assert_str_eq(expr_dump("!ok != (a < b)"), "(!= (! ok) (paren (< a b)))");
}

Test(parser, primary_expressions)
{
    cr_assert_str_eq(expr_dump("a.b(c, d...)[i][j:k][:][1:2:3]"),
                     "(slice3 (slice (slice (index (call (sel a b) c d ...) i) j k) _ _) 1 2 3)");
    cr_assert_str_eq(expr_dump("x.(T).(*U)"), "(assert (assert x T) (* U))");
    cr_assert_str_eq(expr_dump("[]byte(s)"), "(call (slicetype byte) s)");
    cr_assert_str_eq(expr_dump("(*T).m"), "(sel (paren (* T)) m)");
    cr_assert_str_eq(expr_dump("func(x int) int { return x }"),
                     "(funclit (functype ((field x int)) ((field int))) (block (return x)))");
}

Test(parser, composite_literals)
{
    cr_assert_str_eq(expr_dump("T{1, 2}"), "(composite T 1 2)");
    cr_assert_str_eq(expr_dump("[...]int{1: 2}"), "(composite (array (... _) int) (kv 1 2))");
    cr_assert_str_eq(expr_dump("map[string][]int{\"a\": {1}, \"b\": nil}"),
                     "(composite (map string (slicetype int)) (kv \"a\" (composite _ 1)) (kv \"b\" nil))");
    cr_assert_str_eq(expr_dump("&pkg.T{X: 1,}"), "(& (composite (sel pkg T) (kv X 1)))");
    cr_assert_str_eq(expr_dump("struct{ a int }{1}"),
                     "(composite (struct ((field a int))) 1)");
}

Test(parser, composite_literal_in_header_needs_parens)
{
    /* In a header, "{" after a name starts the block. */
    cr_assert_str_eq(body("if x == y {}"), "(block (if _ (== x y) (block) _))");
    cr_assert_str_eq(body("if x == (T{}) {}"),
                     "(block (if _ (== x (paren (composite T))) (block) _))");
    cr_assert_str_eq(body("for _, v := range []int{1} {}"),
                     "(block (range := _ v (composite (slicetype int) 1) (block)))");
    cr_assert_str_eq(body("if f(T{}) {}"), "(block (if _ (call f (composite T)) (block) _))");
}

Test(parser, types)
{
    cr_assert_str_eq(dump("package p\ntype T struct {\n\ta, b int `tag`\n\t*E\n\tpkg.F\n\tG[int]\n}\n"),
                     "(type T (struct ((field a b int `tag`) (field (* E)) (field (sel pkg F)) "
                     "(field (index G int)))))\n");
    cr_assert_str_eq(dump("package p\ntype I interface {\n\tM(x int) (string, error)\n\tfmt.Stringer\n\t~int | ~string\n}\n"),
                     "(type I (interface ((field M (functype ((field x int)) ((field string) (field error)))) "
                     "(field (sel fmt Stringer)) (field (| (~ int) (~ string))))))\n");
    cr_assert_str_eq(dump("package p\nvar c1 chan<- chan int\nvar c2 <-chan <-chan int\nvar c3 chan (<-chan int)\n"),
                     "(var (c1) (chan<- (chan int)))\n(var (c2) (<-chan (<-chan int)))\n"
                     "(var (c3) (chan (paren (<-chan int))))\n");
    cr_assert_str_eq(dump("package p\nvar f func(int, ...string) (a, b int)\n"),
                     "(var (f) (functype ((field int) (field (... string))) ((field a b int))))\n");
    cr_assert_str_eq(dump("package p\ntype A = map[K]*[4]V\n"), "(alias A (map K (* (array 4 V))))\n");
}

Test(parser, receive_from_channel_type_conversion)
{
    /* as in gc: a receive from the conversion chan int(nil) */
    cr_assert_str_eq(expr_dump("<-chan int(nil)"), "(<- (call (chan int) nil))");
    cr_assert_str_eq(expr_dump("(<-chan int)(nil)"), "(call (paren (<-chan int)) nil)");
}

Test(parser, const_groups_iota_and_implicit)
{
    File *f = parse("package p\nconst (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n)\nconst E = 1\n");
    cr_assert_str_eq(captured_errors(), "");
    cr_assert_eq(f->decls.n, 4);
    Decl *a = f->decls.v[0], *b = f->decls.v[1], *c = f->decls.v[2], *e = f->decls.v[3];
    cr_assert_eq(a->u.value.iota, 0);
    cr_assert_eq(b->u.value.iota, 1);
    cr_assert_eq(c->u.value.iota, 2);
    cr_assert(!a->u.value.implicit);
    cr_assert(b->u.value.implicit);
    cr_assert(!c->u.value.implicit);
    cr_assert_neq(a->group_id, 0);
    cr_assert_eq(a->group_id, b->group_id);
    cr_assert_eq(a->group_id, c->group_id);
    cr_assert_eq(e->group_id, 0);
    cr_assert_eq(c->u.value.names.n, 2);
}

Test(parser, declarations)
{
    cr_assert_str_eq(dump("package p\nimport (\n\t. \"a\"\n\tb \"c/d\"\n)\nvar (\n\tx int\n\ty, z = 1, 2\n)\n"),
                     "(import . \"a\")\n(import b \"c/d\")\n(var (x) int)\n(var (y z) _ 1 2)\n");
    cr_assert_str_eq(dump("package p\nfunc (r *T) M(a, b int, c ...string) {}\n"),
                     "(func ((field r (* T))) M (functype ((field a b int) (field c (... string))) ()) (block))\n");
    cr_assert_str_eq(dump("package p\nfunc ext(x int) int\n"),
                     "(func ext (functype ((field x int)) ((field int))) _)\n");
}

Test(parser, generics)
{
    cr_assert_str_eq(dump("package p\ntype List[T any] struct{ next *List[T] }\n"),
                     "(type List ((field T any)) (struct ((field next (* (index List T))))))\n");
    cr_assert_str_eq(dump("package p\ntype M[K comparable, V any, P ~int | string] map[K]V\n"),
                     "(type M ((field K comparable) (field V any) (field P (| (~ int) string))) (map K V))\n");
    cr_assert_str_eq(dump("package p\ntype P[T *int,] struct{}\ntype Q[T interface{}] int\n"),
                     "(type P ((field T (* int))) (struct ()))\n"
                     "(type Q ((field T (interface ()))) int)\n");
    cr_assert_str_eq(dump("package p\nfunc Map[T, U any](f func(T) U) {}\n"),
                     "(func Map (functype ((field T U any)) ((field f (functype ((field T)) ((field U))))) ()) (block))\n");
    cr_assert_str_eq(expr_dump("Map[int, string](xs, f)"), "(call (index Map int string) xs f)");
    cr_assert_str_eq(expr_dump("Pair[K, V]{k, v}"), "(composite (index Pair K V) k v)");
    File *f = parse("package p\nfunc F[T any]() {}\n");
    captured_errors();
    cr_assert_eq(f->decls.v[0]->u.func.tparams.n, 1);
}

Test(parser, array_type_declarations_are_not_generic)
{
    cr_assert_str_eq(dump("package p\ntype A [N]int\ntype B [N * 2]int\ntype C []T\ntype D [4]T\n"),
                     "(type A (array N int))\n(type B (array (* N 2) int))\n"
                     "(type C (slicetype T))\n(type D (array 4 T))\n");
}

Test(parser, simple_statements)
{
    cr_assert_str_eq(body("x := 1\ny, z = z, y\ni++\nj -= 2\nch <- v\nf()"),
                     "(block (:= (x) 1) (= (y z) z y) (++ i) (-= (j) 2) (send ch v) (expr (call f)))");
}

Test(parser, control_flow)
{
    cr_assert_str_eq(body("if x := f(); x > 0 { return x } else if y { } else { }"),
                     "(block (if (:= (x) (call f)) (> x 0) (block (return x)) (if _ y (block) (block))))");
    cr_assert_str_eq(body("for {}\nfor c {}\nfor i := 0; i < n; i++ {}\nfor ;; {}"),
                     "(block (for _ _ _ (block)) (for _ c _ (block)) "
                     "(for (:= (i) 0) (< i n) (++ i) (block)) (for _ _ _ (block)))");
    cr_assert_str_eq(body("for k, v := range m {}\nfor range ch {}\nfor x = range s {}"),
                     "(block (range := k v m (block)) (range _ _ _ ch (block)) (range = x _ s (block)))");
    cr_assert_str_eq(body("switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ndefault:\n}"),
                     "(block (switch (:= (x) (call f)) x (block (case (1 2) (fallthrough)) (default))))");
    cr_assert_str_eq(body("switch {\ncase a > b:\n}"), "(block (switch _ _ (block (case ((> a b))))))");
}

Test(parser, type_switch)
{
    cr_assert_str_eq(body("switch v := x.(type) {\ncase int, *T:\ncase nil:\n}"),
                     "(block (typeswitch _ (:= (v) (assert x type)) (block (case (int (* T))) (case (nil)))))");
    cr_assert_str_eq(body("switch x.(type) {}"), "(block (typeswitch _ (expr (assert x type)) (block)))");
}

Test(parser, select_statement)
{
    cr_assert_str_eq(body("select {\ncase v := <-a:\ncase b <- 1:\ncase <-c:\ndefault:\n}"),
                     "(block (select (block (comm (:= (v) (<- a))) (comm (send b 1)) "
                     "(comm (expr (<- c))) (default))))");
}

Test(parser, branches_labels_go_defer)
{
    cr_assert_str_eq(body("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue\n\t}\n\tgoto L\n\tgo f(x)\n\tdefer g()"),
                     "(block (label L (for _ _ _ (block (break L) (continue)))) (goto L) "
                     "(go (call f x)) (defer (call g)))");
    cr_assert_str_eq(body("{\nL:\n}"), "(block (block (label L (empty))))");
}

Test(parser, declaration_statements)
{
    cr_assert_str_eq(body("var (\n\ta int\n\tb = 2\n)\nconst c = 1\ntype T int"),
                     "(block (var (a) int) (var (b) _ 2) (const (c) _ 1) (type T int))");
}

Test(parser, positions)
{
    File *f = parse("package p\n\nfunc f() {\n\tx := a + b\n}\n");
    captured_errors();
    Stmt *s = f->decls.v[0]->u.func.body->u.block.list.v[0];
    cr_assert_eq(s->kind, STMT_ASSIGN);
    /* As in gc, an assignment sits at its operator. */
    cr_assert_eq(s->pos.line, 4);
    cr_assert_eq(s->pos.col, 4);
    Expr *sum = s->u.assign.rhs.v[0];
    cr_assert_eq(sum->pos.col, 7);
    cr_assert_eq(sum->u.binary.oppos.col, 9);
    cr_assert_eq(s->u.assign.lhs.v[0]->pos.col, 2);
}

Test(parser, expr_string_renders_go)
{
    File *f = parse("package p\nvar _ = f(a+b, []int{1}, func() {}, m[k].x, *p, <-c, T[int])\n");
    captured_errors();
    Buf b = {0};
    expr_string(&b, f->decls.v[0]->u.value.values.v[0]);
    cr_assert_str_eq(take(&b), "f(a + b, []int{…}, func() {…}, m[k].x, *p, <-c, T[int])");
}

/* Each case: a source and exactly the diagnostics gc prints for it. */
static const struct {
    const char *src, *want;
} error_cases[] = {
    {"func f() {}\n", "x.go:1:1: syntax error: package statement must be first\n"},
    {"package p\nx := 1\n", "x.go:2:1: syntax error: non-declaration statement outside function body\n"},
    {"package p\nfunc f() {\n\tx :=\n}\n", "x.go:4:1: syntax error: unexpected }, expecting expression\n"},
    {"package p\nfunc f() {\n\tf(1\n}\n",
     "x.go:3:5: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
    {"package p\nfunc f() {\n\tif x {\n\t} else y\n}\n",
     "x.go:4:9: syntax error: else must be followed by if or statement block\n"},
    {"package p\nvar a = if\n", "x.go:2:9: syntax error: unexpected if, expecting expression\n"},
    {"package p\nfunc f() {\n\tif x == 1\n\t{\n\t}\n}\n",
     "x.go:3:11: syntax error: unexpected newline, expecting { after if clause\n"},
    {"package p\nfunc f() {\n\tif {\n\t}\n}\n",
     "x.go:3:5: syntax error: missing condition in if statement\n"},
    {"package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n",
     "x.go:3:7: syntax error: cannot use assignment (x) = (1) as value\n"},
    {"package p\nfunc f() {\n\tfor i := 0; i < 1; j := 1 {\n\t}\n}\n",
     "x.go:3:23: syntax error: cannot declare in post statement of for loop\n"},
    {"package p\nfunc f()\n{\n}\n", "x.go:3:1: syntax error: unexpected semicolon or newline before {\n"},
    {"package p\nfunc f() {\n\tgo f\n}\n", "x.go:3:5: expression in go must be function call\n"},
    {"package p\nfunc f() {\n\tdefer (g())\n}\n",
     "x.go:3:8: expression in defer must not be parenthesized\n"},
    {"package p\nfunc f() {\n\tx := a[1::]\n}\n",
     "x.go:3:11: middle index required in 3-index slice\n"
     "x.go:3:12: final index required in 3-index slice\n"},
    {"package p\nfunc f() {\n\tswitch {\n\tif x:\n\t}\n}\n",
     "x.go:4:2: syntax error: unexpected if, expecting case or default or }\n"},
    {"package p\nfunc f() {\nL:\n}\nfunc g() {\n\tswitch {\n\tcase 1:\n\tL:\n\tcase 2:\n\t}\n}\n",
     "x.go:8:3: syntax error: missing statement after label\n"},
    {"package p\nfunc (a, b T) m()\n", "x.go:2:15: method has multiple receivers\n"},
    {"package p\nfunc f(a int, string) {}\n",
     "x.go:2:15: syntax error: mixed named and unnamed parameters\n"},
    {"package p\ntype T[P any, Q] int\n", "x.go:2:16: syntax error: missing type constraint\n"},
    {"package p\nvar x = T{\n\t1\n}\n",
     "x.go:3:3: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
    {"package p\nimport 42\n", "x.go:2:10: syntax error: import path must be a string\n"},
    {"package p\nfunc f() {\n\tfor var i = 0; i < 1; i++ {}\n}\n",
     "x.go:3:10: syntax error: var declaration not allowed in for initializer\n"},
    {"package p\ntype _ <-chan<-int\n", "x.go:2:16: syntax error: unexpected int, expecting chan\n"},
    {"package p\nfunc f() {\n\tx := T{} + y\n\tvar\n}\n",
     "x.go:5:1: syntax error: unexpected }, expecting name\n"},
    {"package p\nfunc f() {\n}\nfunc g() {\n", "x.go:5:1: syntax error: unexpected EOF, expecting }\n"},
};

Test(parser, errors_like_gc)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++)
        cr_expect_str_eq(errors(error_cases[i].src), error_cases[i].want, "source:\n%s",
                         error_cases[i].src);
}

Test(parser, recovery_reports_each_function)
{
    /* One error per broken function; later declarations still parse. */
    File *f = parse("package p\nfunc a() {\n\tx := )\n}\nfunc b() {\n\ty := ]\n}\nfunc c() {}\n");
    cr_assert_str_eq(captured_errors(),
                     "x.go:3:7: syntax error: unexpected ), expecting expression\n"
                     "x.go:6:7: syntax error: unexpected ], expecting expression\n");
    cr_assert_eq(f->decls.n, 3);
    cr_assert_str_eq(f->decls.v[2]->u.func.name->u.ident.name, "c");
}

Test(parser, one_syntax_error_per_line)
{
    cr_assert_str_eq(errors("package p\nvar?\nvar x int\n"),
                     "x.go:2:4: invalid character U+003F '?'\n"
                     "x.go:3:1: syntax error: unexpected var, expecting name\n");
}

/* Garbled input: every prefix of a program, and the program with each
 * byte replaced by a troublesome one, must parse without crashing or
 * looping (the test's timeout catches loops). */
static const char sample[] =
    "package p\n"
    "import (\"fmt\"; m \"math\")\n"
    "type T[K comparable, V any] struct { a, b int `t`; *E; G[int] }\n"
    "type I interface { M(x ...int) (int, error); ~int | string }\n"
    "const ( A = iota; B )\n"
    "func (t *T[K, V]) m(f func(int) <-chan int) (r int) {\n"
    "\tswitch v := x.(type) { case int: fallthrough; default: }\n"
    "\tselect { case v, ok := <-c: _ = v; case c <- 1: default: }\n"
    "L:\tfor i := 0; i < 10; i++ { if x := (T{}); x.a > 0 { continue L } else { break } }\n"
    "\tfor k, v := range m { go f(k); defer g(v...) }\n"
    "\treturn a[1:2:3] + <-c * -x &^ 'c' + len(\"s\") + 0x1p-2i\n"
    "}\n";

Test(parser, garbled_input_never_crashes, .timeout = 60)
{
    size_t n = sizeof sample - 1;
    for (size_t cut = 0; cut <= n; cut++) {
        parse_file(source_add("x.go", xstrndup(sample, cut), cut));
        captured_errors();
    }
    static const char junk[] = "{}()[];,.:=*<-~\"'`/\n\x80";
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < sizeof junk - 1; j++) {
            char *src = xstrndup(sample, n);
            src[i] = junk[j];
            parse_file(source_add("x.go", src, n));
        }
        captured_errors();
    }
    captured_errors();
}
