/*
 * check_test.c — the type checker (compiler/types, check_package):
 * small programs from strings, checked, with assertions on gc 1.19's
 * exact diagnostics (each verified with go tool compile) and on the
 * annotations the SSA builder relies on: types and constant values,
 * initialisation order, branch targets, link names.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h" /* DeclInfo: initialisation order, cycles */
#include "testutil.h"

/* Parses and checks src; the diagnostics stay queued for captured_errors. */
static Package *check(const char *src)
{
    types_init();
    File *f = parse_file(source_add("x.go", src, strlen(src)));
    cr_assert_str_eq(captured_errors(), "", "syntax errors in:\n%s", src);
    File **files = NEWARRAY(File *, 1);
    files[0] = f;
    return check_package(files, 1);
}

/* Checks src and returns its diagnostics. */
static const char *errors(const char *src)
{
    check(src);
    return captured_errors();
}

static void expect_error(const char *src, const char *want)
{
    const char *got = errors(src);
    cr_assert(strstr(got, want) != NULL, "want %s\ngot:\n%s", want, got);
}

static Object *pkg_obj(Package *p, const char *name)
{
    Object *o = scope_lookup_local(p->scope, intern_cstr(name));
    cr_assert_not_null(o, "no %s", name);
    return o;
}

/* --- Diagnostics, as gc words them ------------------------------------------ */

Test(check, undefined_name)
{
    expect_error("package main\nfunc main() { x = 1 }\n", "x.go:2:15: undefined: x\n");
}

Test(check, mismatched_types)
{
    expect_error("package main\nfunc main() { x, y := 1, \"a\"; _ = x + y }\n",
                 "x.go:2:35: invalid operation: x + y (mismatched types int and string)\n");
}

Test(check, constant_overflow)
{
    expect_error("package main\nvar x int8 = 300\nfunc main() {}\n",
                 "x.go:2:14: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)\n");
    expect_error("package main\nvar i8 int8 = 127\nfunc main() { i8 = i8 + 200 }\n",
                 "x.go:3:25: 200 (untyped int constant) overflows int8\n");
    expect_error("package main\nconst big = 1 << 500 << 500\nfunc main() {}\n", "x.go:2:22: constant shift overflow\n");
}

Test(check, division_by_zero)
{
    expect_error("package main\nconst z = 1 / 0\nfunc main() {}\n", "x.go:2:15: invalid operation: division by zero\n");
}

Test(check, declared_and_not_used)
{
    const char *got = errors("package main\nfunc main() {\n\tx := 1\n\tvar q int\n\tq = 2\n\ty := 3\n\t_ = y\n}\n");
    cr_assert_str_eq(got, "x.go:3:2: x declared but not used\nx.go:4:6: q declared but not used\n");
}

Test(check, unused_import_before_unsupported)
{
    expect_error("package main\nimport \"os\"\nfunc main() {}\n", "x.go:2:8: imported and not used: \"os\"\n");
}

Test(check, missing_return)
{
    const char *src = "package main\n"
                      "func f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n"
                      "func g() int {\n\tfor {\n\t}\n}\n"
                      "func h() int {\n\tfor {\n\t\tbreak\n\t}\n}\n"
                      "func k(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tdefault:\n\t\tpanic(2)\n\t}\n}\n"
                      "func main() {}\n";
    cr_assert_str_eq(errors(src), "x.go:6:1: missing return\nx.go:15:1: missing return\n");
}

Test(check, initialization_loop)
{
    const char *src = "package main\nvar a = b + 1\nvar b = f()\nfunc f() int { return a }\nfunc main() {}\n";
    cr_assert_str_eq(errors(src), "x.go:2:5: initialization loop for a\n"
                                  "\tx.go:2:5: a refers to\n"
                                  "\tx.go:3:5: b refers to\n"
                                  "\tx.go:4:6: f refers to\n"
                                  "\tx.go:2:5: a\n");
}

Test(check, init_is_not_declared)
{
    const char *src = "package main\nfunc init() {}\nfunc main() { init() }\n";
    cr_assert_str_eq(errors(src), "x.go:3:15: undefined: init\n");
}

Test(check, switch_errors)
{
    const char *src = "package main\nfunc main() {\n"
                      "\tswitch 1 {\n\tcase 1, 1:\n\t\tfallthrough\n\t}\n"
                      "\tfallthrough\n}\n";
    cr_assert_str_eq(errors(src), "x.go:4:10: duplicate case 1 (constant of type int) in expression switch\n"
                                  "\tx.go:4:7: previous case\n"
                                  "x.go:5:3: cannot fallthrough final case in switch\n"
                                  "x.go:7:2: fallthrough statement out of place\n");
}

Test(check, label_errors)
{
    const char *src = "package main\nfunc main() {\n"
                      "L:\n\tif true {\n\t\tbreak L\n\t}\n"          /* 3-6 */
                      "M:\n\tfor {\n\t\tcontinue N\n\t}\n"           /* 7-10 */
                      "\tgoto K\n\t{\n\tK:\n\t}\n"                     /* 11-14 */
                      "\tgoto Q\n\tvar w int\nQ:\n\t_ = w\n}\n";      /* 15-19 */
    cr_assert_str_eq(errors(src), "x.go:5:9: invalid break label L\n"
                                  "x.go:7:1: label M defined and not used\n"
                                  "x.go:9:12: continue label not defined: N\n"
                                  "x.go:11:7: goto K jumps into block starting at x.go:12:2\n"
                                  "x.go:15:7: goto Q jumps over declaration of w at x.go:16:6\n");
}

Test(check, assignment_mismatch_and_returns)
{
    const char *src = "package main\nfunc two() (int, int) { return 1, 2 }\n"
                      "func f() int { return }\n"
                      "func main() {\n\ta, b, c := two()\n\t_, _, _ = a, b, c\n\treturn 1\n}\n";
    cr_assert_str_eq(errors(src), "x.go:3:16: not enough return values\n\thave ()\n\twant (int)\n"
                                  "x.go:5:13: assignment mismatch: 3 variables but two returns 2 values\n"
                                  "x.go:7:9: too many return values\n\thave (number)\n\twant ()\n");
}

Test(check, no_new_variables)
{
    expect_error("package main\nfunc main() {\n\ty := 2\n\ty := 3\n\t_ = y\n}\n",
                 "x.go:4:4: no new variables on left side of :=\n");
}

Test(check, string_index_is_byte)
{
    expect_error("package main\nfunc main() {\n\ts := \"ab\"\n\ts[0] = 'x'\n}\n",
                 "x.go:4:2: cannot assign to s[0] (value of type byte)\n");
}

/* --- Annotations ---------------------------------------------------------------- */

Test(check, iota_and_typed_constant_folding)
{
    const char *src = "package main\n"
                      "type Weekday int\n"
                      "const (\n\tSun Weekday = iota\n\tMon\n\tTue\n)\n"
                      "const (\n\tKB = 1 << (10 * (iota + 1))\n\tMB\n)\n"
                      "const b byte = 200\nconst c = b / 3 * 2\n"
                      "func main() {}\n";
    Package *p = check(src);
    cr_assert_str_eq(captured_errors(), "");
    Object *tue = pkg_obj(p, "Tue");
    cr_assert_eq(const_int64_val(tue->u.cnst.val), 2);
    cr_assert_str_eq(type_string(tue->type), "Weekday");
    cr_assert_eq(const_int64_val(pkg_obj(p, "MB")->u.cnst.val), 1 << 20);
    cr_assert(type_is_untyped(pkg_obj(p, "MB")->type));
    Object *c = pkg_obj(p, "c");
    cr_assert_eq(const_int64_val(c->u.cnst.val), 132); /* 200/3 = 66 (integer division), *2 */
    cr_assert_str_eq(type_string(c->type), "byte");
}

Test(check, init_order_follows_dependencies)
{
    const char *src = "package main\n"
                      "var a = b + 1\nvar b = f()\nvar c, d = g()\nvar e int\n"
                      "func f() int { return d }\nfunc g() (int, int) { return 1, 2 }\n"
                      "func init() {}\nfunc init() {}\nfunc main() {}\n";
    Package *p = check(src);
    cr_assert_str_eq(captured_errors(), "");
    cr_assert_eq(p->inits.n, 3);
    cr_assert_eq(p->inits.v[0].lhs.n, 2); /* c, d = g(): b needs d */
    cr_assert_str_eq(p->inits.v[0].lhs.v[0]->name, "c");
    cr_assert_str_eq(p->inits.v[1].lhs.v[0]->name, "b");
    cr_assert_str_eq(p->inits.v[2].lhs.v[0]->name, "a");
    cr_assert_eq(p->globals.n, 5);
    cr_assert_eq(p->init_funcs.n, 2);
    cr_assert_eq(p->funcs.n, 5);
    cr_assert_str_eq(pkg_obj(p, "a")->link_name, "main.a");
    cr_assert(pkg_obj(p, "a")->u.var.is_global);
    cr_assert_str_eq(pkg_obj(p, "f")->link_name, "main.f");
}

Test(check, untyped_operands_get_their_final_type)
{
    const char *src = "package main\nvar x int64\nvar y = x + 1 << 2\nfunc main() {}\n";
    Package *p = check(src);
    cr_assert_str_eq(captured_errors(), "");
    Expr *init = pkg_obj(p, "y")->info->init;
    cr_assert_str_eq(type_string(init->type), "int64");
    Expr *shift = init->u.binary.y;
    cr_assert_eq(shift->mode, MODE_CONST);
    cr_assert_str_eq(type_string(shift->type), "int64");
    cr_assert_eq(const_int64_val(shift->val), 4);
}

Test(check, branch_targets_skip_labels)
{
    const char *src = "package main\nfunc main() {\nL:\n\tfor i := 0; i < 3; i++ {\n\t\tswitch {\n"
                      "\t\tcase i > 1:\n\t\t\tbreak L\n\t\tdefault:\n\t\t\tbreak\n\t\t}\n\t}\n}\n";
    Package *p = check(src);
    cr_assert_str_eq(captured_errors(), "");
    Stmt *body = p->funcs.v[0]->u.func.body;
    Stmt *labeled = body->u.block.list.v[0];
    Stmt *loop = labeled->u.labeled.stmt;
    cr_assert_eq(loop->kind, STMT_FOR);
    cr_assert_str_eq(loop->label_name, "L");
    Stmt *sw = loop->u.for_stmt.body->u.block.list.v[0];
    StmtList *clauses = &sw->u.switch_stmt.body->u.block.list;
    Stmt *brk_l = clauses->v[0]->u.case_clause.body.v[0];
    Stmt *brk = clauses->v[1]->u.case_clause.body.v[0];
    cr_assert_eq(brk_l->u.branch.target, loop);
    cr_assert_eq(brk->u.branch.target, sw);
}

Test(check, unsupported_constructs_do_not_crash)
{
    const char *got = errors("package main\nfunc f[T any]() {}\nfunc main() {\n\tselect {\n\t}\n}\n");
    cr_assert(strstr(got, "not supported yet: generic") != NULL, "got %s", got);
    got = errors("package main\nimport \"fmt\"\nfunc main() { fmt.Println() }\n");
    cr_assert_str_eq(got, "x.go:2:8: not supported yet: import \"fmt\"\n");
}

/* --- Comparison with nil, string conversions, comma-ok forms ------------------- */

/* convert_untyped gives nil the other operand's type; the comparison must
 * still see nil there, for every type that has one. */
Test(check, compare_with_nil)
{
    const char *src = "package main\ntype I interface{ M() }\nfunc main() {\n"
                      "\tvar s []int\n\tvar m map[string]int\n\tvar f func()\n\tvar p *int\n"
                      "\tvar ch chan int\n\tvar e interface{}\n\tvar i I\n"
                      "\tprintln(s == nil, nil == s, m != nil, f == nil, p == nil, ch == nil, e == nil, i == nil)\n"
                      "\tprintln(s == (nil), (nil) != m)\n}\n";
    cr_assert_str_eq(errors(src), "");
}

Test(check, incomparable_operands)
{
    const char *src = "package main\ntype T struct{ a []int }\ntype A [2][]int\nfunc main() {\n"
                      "\tvar s, t []int\n\tvar m map[int]int\n\tvar f func()\n\tvar n int\n"
                      "\tvar x, y T\n\tvar a, b A\n"
                      "\tprintln(s == t, m == m, f == f, nil == nil, n == nil, x == y, a != b)\n}\n";
    cr_assert_str_eq(errors(src),
                     "x.go:11:10: invalid operation: s == t (slice can only be compared to nil)\n"
                     "x.go:11:18: invalid operation: m == m (map can only be compared to nil)\n"
                     "x.go:11:26: invalid operation: f == f (func can only be compared to nil)\n"
                     "x.go:11:41: invalid operation: nil == nil (operator == not defined on untyped nil)\n"
                     "x.go:11:51: invalid operation: n == nil (mismatched types int and untyped nil)\n"
                     "x.go:11:56: invalid operation: x == y (struct containing []int cannot be compared)\n"
                     "x.go:11:64: invalid operation: a != b ([2][]int cannot be compared)\n");
}

/* A constant string converted to a slice is not a constant conversion. */
Test(check, constant_string_to_bytes_and_runes)
{
    const char *src = "package main\ntype B []byte\nconst k = \"k\"\nfunc main() {\n"
                      "\tb := []byte(\"hi\")\n\tr := []rune(\"hi\")\n\tbb := B(k)\n"
                      "\tprintln(len(b), len(r), len(bb), string(b)+string(r))\n}\n";
    cr_assert_str_eq(errors(src), "");
    cr_assert_str_eq(errors("package main\nfunc main() {\n\t_ = []byte(1)\n\t_ = []int(\"x\")\n}\n"),
                     "x.go:3:13: cannot convert 1 (untyped int constant) to type []byte\n"
                     "x.go:4:12: cannot convert \"x\" (untyped string constant) to type []int\n");
}

/* v, ok from a map index, a type assertion and a receive, in each of
 * the three statement forms. */
Test(check, comma_ok_forms)
{
    const char *src = "package main\nvar gm map[string]int\nvar gv, gok = gm[\"x\"]\nfunc main() {\n"
                      "\tvar m map[string]int\n\tvar e interface{}\n\tvar ch chan int\n"
                      "\tv, ok := m[\"a\"]\n\tv, ok = m[\"b\"]\n\tvar v2, ok2 = m[\"c\"]\n"
                      "\tx, ok3 := e.(int)\n\tx, ok3 = e.(int)\n\tvar x2, ok4 = e.(int)\n"
                      "\ty, ok5 := <-ch\n\ty, ok5 = <-ch\n\tvar y2, ok6 = <-ch\n"
                      "\ttype MB bool\n\tvar mb MB\n\t_, mb = m[\"q\"]\n"
                      "\tprintln(v, ok, v2, ok2, x, ok3, x2, ok4, y, ok5, y2, ok6, mb, gv, gok)\n}\n";
    cr_assert_str_eq(errors(src), "");
}

Test(check, comma_ok_errors)
{
    const char *src = "package main\nfunc main() {\n"
                      "\tvar m map[string]int\n\tvar e interface{}\n\tvar n int\n"
                      "\tvar a, b = 1\n\tc, d := m\n\tg, h := n\n\tx, y, z := m[\"a\"]\n"
                      "\tvar s string\n\tvar ok int\n\ts, ok = e.(int)\n"
                      "\tvar v, ok2 int = m[\"a\"]\n"
                      "\tprintln(a, b, c, d, g, h, x, y, z, s, v, ok2)\n}\n";
    cr_assert_str_eq(errors(src),
                     "x.go:6:13: assignment mismatch: 2 variables but 1 value\n"
                     "x.go:7:10: assignment mismatch: 2 variables but 1 value\n"
                     "x.go:8:10: assignment mismatch: 2 variables but 1 value\n"
                     "x.go:9:13: assignment mismatch: 3 variables but 1 value\n"
                     "x.go:11:6: ok declared but not used\n"
                     "x.go:12:10: cannot use e.(int) (value of type int) as type string in assignment\n"
                     "x.go:12:10: cannot use e.(int) (untyped bool value) as int value in assignment\n"
                     "x.go:13:19: cannot use m[\"a\"] (untyped bool value) as int value in assignment\n");
}

/* The universe and the type queries come from basic.def and
 * builtins.def: one row each says what is declared and how it behaves. */
Test(check, universe_from_tables)
{
    types_init();
    Object *i8 = scope_lookup(types_universe, intern_cstr("int8"));
    cr_assert(i8 && i8->kind == OBJ_TYPENAME && i8->type == types_basic[TYPE_INT8]);
    Object *len = scope_lookup(types_universe, intern_cstr("len"));
    cr_assert(len && len->kind == OBJ_BUILTIN && len->u.builtin.id == BUILTIN_LEN);
    cr_assert_null(scope_lookup(types_universe, intern_cstr("Sizeof")), "package unsafe's builtins are not predeclared");
    cr_assert_str_eq(builtin_name(BUILTIN_SIZEOF), "Sizeof");
    cr_assert_eq(types_builtins[BUILTIN_MAKE].minargs, 1);
    cr_assert_eq(types_builtins[BUILTIN_MAKE].maxargs, 3);
    cr_assert_eq(type_size(types_basic[TYPE_COMPLEX64]), 8);
    cr_assert_eq(type_align(types_basic[TYPE_COMPLEX64]), 4);
    cr_assert_eq(type_size(types_basic[TYPE_STRING]), 16);
    cr_assert(type_is_unsigned(types_basic[TYPE_UINTPTR]) && !type_is_unsigned(types_basic[TYPE_INT]));
    cr_assert(type_is_integer(types_basic[TYPE_UNTYPED_RUNE]) && !type_is_integer(types_basic[TYPE_FLOAT64]));
    cr_assert(type_is_untyped(types_basic[TYPE_UNTYPED_NIL]) && !type_is_untyped(types_basic[TYPE_STRING]));
    cr_assert(type_is_numeric(types_basic[TYPE_UNTYPED_COMPLEX]) && !type_is_numeric(types_basic[TYPE_STRING]));
    cr_assert_str_eq(type_string(types_basic[TYPE_UNTYPED_FLOAT]), "untyped float");
    cr_assert_str_eq(type_string(type_byte), "byte");
    cr_assert_str_eq(type_runtime_string(type_byte), "uint8");
}

/* Argument counts of builtins (builtins.def), checked after the arguments. */
Test(check, builtin_argument_counts)
{
    const char *got = errors("package main\nfunc main() {\n\tprintln(len(\"a\", \"b\"))\n\tx := recover(1)\n"
                             "\t_ = x\n\t_ = make()\n}\n");
    cr_assert_str_eq(got, "x.go:3:10: invalid operation: too many arguments for len(\"a\", \"b\") "
                          "(expected 1, found 2)\n"
                          "x.go:4:7: invalid operation: too many arguments for recover(1) (expected 0, found 1)\n"
                          "x.go:6:6: invalid operation: not enough arguments for make() (expected 1, found 0)\n");
}

/* --- What hood does not support yet: one diagnostic, no follow-on errors ---- */

/* A package with type parameters gets one "not supported yet", at its
 * first generic declaration; an import used only in generic code is not
 * "imported and not used", and instantiations are not "not an expression". */
Test(check, generics_get_one_diagnostic)
{
    const char *src = "package main\n"
                      "import \"fmt\"\n"
                      "type Number interface{ ~int | ~float64 }\n"
                      "func Abs[T Number](x T) T { if x < 0 { return -x }; return x }\n"
                      "type List[T any] struct{ next *List[T]; val T }\n"
                      "func (l *List[T]) Push(v T) { fmt.Println(v) }\n"
                      "func main() { _ = Abs[int](-1); var l List[int]; l.Push(1); undefinedName() }\n";
    cr_assert_str_eq(errors(src), "x.go:4:1: not supported yet: generic functions\n");
}

/* What an import declares is invalid (imports are not supported), and so
 * is every type built from it: nothing is reported of such values, and
 * names a dot import may declare are not "undefined". */
Test(check, imported_types_give_no_follow_on_errors)
{
    const char *src = "package main\n"
                      "import (\"bufio\"; \"bytes\"; \"os\"; . \"strings\")\n"
                      "type S struct{ *bytes.Buffer }\n"
                      "type W struct{ w *bufio.Writer }\n"
                      "func main() {\n"
                      "\tb := bufio.NewWriter(os.Stdout)\n"
                      "\tdefer b.Flush()\n"
                      "\tvar s S\n\t_ = s.String()\n"
                      "\tw := W{nil}\n\tw.w.Flush()\n"
                      "\tvar err error\n\t_ = err.(*os.PathError)\n"
                      "\t_ = Index(\"ab\", \"b\")\n"
                      "}\n";
    cr_assert_str_eq(errors(src), "x.go:2:9: not supported yet: import \"bufio\"\n"
                                  "x.go:2:18: not supported yet: import \"bytes\"\n"
                                  "x.go:2:27: not supported yet: import \"os\"\n"
                                  "x.go:2:33: not supported yet: import \"strings\"\n");
}

/* An import used only in a statement the checker skips (a type switch)
 * is not reported unused: its uses are unknown. */
Test(check, import_used_in_skipped_statement)
{
    const char *src = "package main\nimport \"os\"\n"
                      "func main() {\n\tvar x interface{}\n\tswitch x.(type) {\n\tdefault:\n\t\tos.Exit(1)\n\t}\n}\n";
    const char *got = errors(src);
    cr_assert(strstr(got, "imported and not used") == NULL, "got:\n%s", got);
}

/* Constraint-only interfaces outside generic code: one "not supported
 * yet" each, and values of such types are not reported on. */
Test(check, constraint_interfaces_get_one_diagnostic)
{
    const char *src = "package main\n"
                      "type C comparable\n"
                      "type I interface{ any | int }\n"
                      "var x I = 42\n"
                      "func main() { var c C; _ = c == c; x = \"s\" }\n";
    cr_assert_str_eq(errors(src), "x.go:2:8: not supported yet: comparable (type constraints)\n"
                                  "x.go:3:19: not supported yet: type constraints\n");
}

/* An array whose length is a constant in error has no made-up length:
 * indexing it gives no "out of bounds". */
Test(check, array_of_unknown_length)
{
    const char *src = "package main\n"
                      "const N = 1 << unknown\n"
                      "type T [N][3]byte\n"
                      "func main() { var t T; _ = t[0][0] }\n";
    cr_assert_str_eq(errors(src), "x.go:2:16: undefined: unknown\n");
}

/* import "unsafe" binds the package's built-in scope: Sizeof and friends
 * are uintptr constants of hood's layout, Pointer is unsafe.Pointer. */
Test(check, unsafe_package)
{
    const char *src = "package main\nimport \"unsafe\"\n"
                      "type S struct { a int8; b struct { c, d int32 } }\n"
                      "var s S\n"
                      "const N = unsafe.Sizeof(s) + unsafe.Alignof(s.b)<<8 + unsafe.Offsetof(s.b)<<16\n"
                      "var p unsafe.Pointer\n"
                      "var n [N]byte\n"
                      "func main() { println(len(n), p) }\n";
    Package *pkg = check(src);
    cr_assert_str_eq(captured_errors(), "");
    Object *n = pkg_obj(pkg, "N");
    cr_assert_eq(n->type, types_basic[TYPE_UINTPTR]);
    cr_assert_eq(const_int64_val(n->u.cnst.val), 12 + (4 << 8) + (4 << 16));
    cr_assert_eq(pkg_obj(pkg, "p")->type, types_basic[TYPE_UNSAFE_POINTER]);
    cr_assert_null(scope_lookup(types_universe, intern_cstr("Pointer")), "Pointer is not predeclared");
}

/* A type switch is checked (ssagen reports it unsupported): each clause
 * has its own variable, of the case's type when it lists exactly one
 * type and of the guard's type otherwise. */
Test(check, type_switch_clause_variables)
{
    const char *src = "package main\n"
                      "type S struct{}\n"
                      "func (S) Error() string { return \"\" }\n"
                      "func main() {\n"
                      "\tvar e error\n"
                      "\tswitch v := e.(type) {\n"
                      "\tcase S:\n\t\t_ = v\n"
                      "\tcase int, string:\n"
                      "\tcase nil:\n"
                      "\tdefault:\n"
                      "\t}\n"
                      "}\n";
    Package *p = check(src);
    cr_assert_str_eq(captured_errors(),
                     "x.go:9:7: impossible type switch case: int\n"
                     "\te (variable of type error) cannot have dynamic type int (missing Error method)\n"
                     "x.go:9:12: impossible type switch case: string\n"
                     "\te (variable of type error) cannot have dynamic type string (missing Error method)\n");
    Stmt *sw = p->funcs.v[1]->u.func.body->u.block.list.v[1];
    cr_assert_eq(sw->kind, STMT_TYPE_SWITCH);
    StmtList *cl = &sw->u.type_switch.body->u.block.list;
    cr_assert_str_eq(type_string(cl->v[0]->u.case_clause.implicit->type), "S");
    cr_assert_str_eq(type_string(cl->v[1]->u.case_clause.implicit->type), "error");
    cr_assert_str_eq(type_string(cl->v[2]->u.case_clause.implicit->type), "error");
    cr_assert_str_eq(type_string(cl->v[3]->u.case_clause.implicit->type), "error");
}

/* Selectors follow up to 31 embedded fields; a member only deeper is
 * reported as not supported rather than undefined. */
Test(check, promoted_members_deeper_than_supported)
{
    Buf b = {0};
    buf_puts(&b, "package main\ntype S0 struct{ f int }\nfunc (S0) m() {}\n");
    for (int i = 1; i <= 32; i++)
        buf_printf(&b, "type S%d struct{ S%d }\n", i, i - 1);
    buf_puts(&b, "func main() {\n\tvar a S31\n\t_ = a.f\n\ta.m()\n\tvar b S32\n\t_ = b.f\n\t_ = S32.m\n}\n");
    cr_assert_str_eq(errors(b.s), "x.go:41:8: not supported yet: selectors through more than 31 embedded fields\n"
                                  "x.go:42:10: not supported yet: selectors through more than 31 embedded fields\n");
    free(b.s);
}

/* --- Directives ----------------------------------------------------------------- */

/* gc's diagnostics for //go:linkname (go tool compile -e; an ERROR comment
 * cannot sit on the directive's line, so these are here rather than in
 * testdata/). */
Test(check, linkname_errors)
{
    const char *got = errors("package main\n\nimport _ \"unsafe\"\n\ntype T int\n\nconst C = 1\n\nvar v int\n\n"
                             "//go:linkname v main.w\n//go:linkname v main.x\n//go:linkname T main.U\n"
                             "//go:linkname C main.D\n//go:linkname nosuch main.nosuch\n"
                             "//go:linkname f runtime.f\nfunc f()\n\nfunc main() { f() }\n");
    cr_assert_str_eq(got, "x.go:12:3: duplicate //go:linkname for v\n"
                          "x.go:13:3: //go:linkname must refer to declared function or variable\n"
                          "x.go:14:3: //go:linkname must refer to declared function or variable\n"
                          "x.go:15:3: //go:linkname must refer to declared function or variable\n");
    expect_error("package main\n\n//go:linkname f main.g\nfunc f() {}\n\nfunc main() { f() }\n",
                 "x.go:3:3: //go:linkname only allowed in Go files that import \"unsafe\"\n");
}

/* The symbol a linkname gives is the object's link name; with one name
 * the object keeps its own (and is marked, so missing bodies are fine). */
Test(check, linkname_sets_link_name)
{
    Package *p = check("package p\n\nimport _ \"unsafe\"\n\n//go:linkname overflowError runtime.overflowError\n"
                       "var overflowError error\n\n//go:linkname f\nfunc f()\n\n"
                       "//go:linkname g other.h\nfunc g() int { return 1 }\n");
    cr_assert_str_eq(captured_errors(), "");
    cr_assert_str_eq(pkg_obj(p, "overflowError")->link_name, "runtime.overflowError");
    cr_assert(pkg_obj(p, "f")->linknamed);
    cr_assert_str_eq(pkg_obj(p, "f")->link_name, "main.f");
    cr_assert_str_eq(pkg_obj(p, "g")->link_name, "other.h");
}
