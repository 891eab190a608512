// gen.go — a random Go program generator for differential testing.
//
// generate(seed, cfg) writes a `package main` that is a pure function of
// the seed and the configuration: well typed, terminating, and free of
// unspecified behaviour, printing (println, so to stderr) checksums of
// its state as it runs. gc and hood must then print the same bytes and
// exit with the same status; difftest.go compares them.
//
// What the program may use is the feature set (-features): each feature
// names a part of Go that hood lowers, and the generator only emits the
// constructs of enabled features. Add a feature here when hood learns a
// construct; docs/reliability.md says which ones exist.
//
// How the programs avoid what the spec leaves open or rejects:
//
//   - Termination: loops count a fresh induction variable to a constant
//     bound and never assign it in their body; every function starts by
//     spending one unit of the global `fuel` and returns at once when it
//     is gone, so recursion and call chains are bounded too.
//   - Evaluation order: the spec orders calls only among themselves, not
//     against reads of variables. Calls therefore appear only as whole
//     statements, `x, y = f(args)` or `f(args)`, with call-free
//     arguments and plain variables on the left.
//   - Panics: divisors are `(e | 1)`, indexes are reduced modulo the
//     length, shift counts are unsigned, string bounds are reduced modulo
//     len+1. A deliberate run-time panic (feature "panic") is one
//     statement whose only possible fault is the one intended, so which
//     panic happens first is never in question.
//   - Constant expressions: gc rejects constant overflow, constant
//     division by zero and out-of-range constant conversions, so an
//     operator or conversion never has only constant operands: one side
//     is forced to be a variable (every scalar type has a global).
//   - Unused variables are an error: every local is folded into the
//     checksum `ck` before its block ends.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

// The features the generator knows. "int" is always on.
var allFeatures = []string{"int", "bool", "string", "array", "call", "loop", "switch", "panic",
	"float", "closure", "defer"}

// Config sizes a program and chooses what it may contain.
type Config struct {
	Features map[string]bool
	Funcs    int // functions besides main
	Stmts    int // statements per block, at most
	Depth    int // nesting of blocks and of expressions
}

func (c *Config) on(f string) bool { return c.Features[f] }

// parseFeatures turns "int,array" (or "all") into a set, rejecting
// names the generator does not know.
func parseFeatures(list string) (map[string]bool, error) {
	set := map[string]bool{"int": true}
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		switch {
		case f == "":
		case f == "all":
			for _, a := range allFeatures {
				set[a] = true
			}
		case known(f):
			set[f] = true
		default:
			return nil, fmt.Errorf("unknown feature %q (known: %s)", f, strings.Join(allFeatures, ","))
		}
	}
	return set, nil
}

func known(f string) bool {
	for _, a := range allFeatures {
		if a == f {
			return true
		}
	}
	return false
}

func sizeConfig(size string, features map[string]bool) (Config, error) {
	c := Config{Features: features}
	switch size {
	case "small":
		c.Funcs, c.Stmts, c.Depth = 2, 4, 2
	case "medium":
		c.Funcs, c.Stmts, c.Depth = 4, 6, 3
	case "large":
		c.Funcs, c.Stmts, c.Depth = 8, 10, 4
	default:
		return c, fmt.Errorf("unknown size %q (small, medium, large)", size)
	}
	return c, nil
}

// --- Types ---------------------------------------------------------------

// Type is a Go type the programs use: a scalar (named by its Go
// spelling) or an array of a Type.
type Type struct {
	name string // scalar: "int8", "string", ...; array: ""
	elem *Type
	n    int
}

func (t *Type) String() string {
	if t.elem != nil {
		return fmt.Sprintf("[%d]%s", t.n, t.elem)
	}
	return t.name
}

func (t *Type) isInt() bool {
	return t.elem == nil && t.name != "bool" && t.name != "string" && !t.isFloat()
}
func (t *Type) isFloat() bool     { return t.name == "float32" || t.name == "float64" }
func (t *Type) isArray() bool     { return t.elem != nil }
func (t *Type) signed() bool      { return t.isInt() && (t.name[0] == 'i' || t.name == "rune") }
func (t *Type) same(u *Type) bool { return t.String() == u.String() }

// bits is the width of an integer type on amd64.
func (t *Type) bits() uint {
	switch t.name {
	case "int8", "uint8", "byte":
		return 8
	case "int16", "uint16":
		return 16
	case "int32", "uint32", "rune":
		return 32
	}
	return 64
}

var intNames = []string{"int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune"}

var scalars = func() map[string]*Type {
	m := map[string]*Type{}
	for _, n := range append(intNames, "bool", "string", "float32", "float64") {
		m[n] = &Type{name: n}
	}
	return m
}()

// --- Scopes ----------------------------------------------------------------

type Var struct {
	name     string
	t        *Type
	readonly bool // a loop variable: never assigned
	global   bool
}

type scope struct {
	vars []*Var
	up   *scope
}

// Func is a generated function's signature.
type Func struct {
	name    string
	params  []*Type
	results []*Type
}

type gen struct {
	r      *rand.Rand
	cfg    Config
	out    strings.Builder
	ind    int
	sc     *scope
	funcs  []*Func
	nvar   int
	inLoop int
	types  []*Type // the types this program uses
}

func generate(seed int64, cfg Config) string {
	g := &gen{r: rand.New(rand.NewSource(seed)), cfg: cfg}
	g.program(seed)
	return g.out.String()
}

func (g *gen) p(format string, args ...interface{}) {
	g.out.WriteString(strings.Repeat("\t", g.ind))
	fmt.Fprintf(&g.out, format, args...)
	g.out.WriteByte('\n')
}

func (g *gen) chance(n int) bool { return g.r.Intn(100) < n }

func (g *gen) pickType() *Type { return g.types[g.r.Intn(len(g.types))] }

func (g *gen) pickInt() *Type {
	for {
		if t := g.pickType(); t.isInt() {
			return t
		}
	}
}

// pickScalar chooses a type that values may be printed and compared as.
func (g *gen) pickScalar() *Type {
	for {
		if t := g.pickType(); !t.isArray() {
			return t
		}
	}
}

func (g *gen) newName(prefix string) string {
	g.nvar++
	return fmt.Sprintf("%s%d", prefix, g.nvar)
}

func (g *gen) push()          { g.sc = &scope{up: g.sc} }
func (g *gen) pop()           { g.sc = g.sc.up }
func (g *gen) declare(v *Var) { g.sc.vars = append(g.sc.vars, v) }

// visible lists the variables of type t in scope (inner first), with
// writable ones only when asked.
func (g *gen) visible(t *Type, writable bool) []*Var {
	var vs []*Var
	for s := g.sc; s != nil; s = s.up {
		for _, v := range s.vars {
			if v.t.same(t) && (!writable || !v.readonly) {
				vs = append(vs, v)
			}
		}
	}
	return vs
}

func (g *gen) pickVar(t *Type, writable bool) *Var {
	vs := g.visible(t, writable)
	if len(vs) == 0 {
		return nil
	}
	return vs[g.r.Intn(len(vs))]
}

// --- Program ---------------------------------------------------------------

func (g *gen) program(seed int64) {
	g.chooseTypes()
	g.p("// Code generated by tests/gen (seed %d, features %s). DO NOT EDIT.", seed, g.featureList())
	g.p("")
	g.p("package main")
	g.p("")
	g.push() // the package scope
	g.p("var fuel = %d", 200+g.r.Intn(300))
	g.p("var ck uint64")
	// One global of every type, so a non-constant operand of any type
	// is always at hand; a few more for variety.
	for _, t := range g.types {
		g.global(t)
	}
	for i := g.r.Intn(4); i > 0; i-- {
		g.global(g.pickType())
	}
	g.p("")
	if g.cfg.on("string") {
		// Concatenation goes through clip, so a loop or a chain of calls
		// that doubles a string cannot make it grow without bound. clip
		// touches no variable, so calling it inside an expression leaves
		// nothing to the order of evaluation.
		g.p("func clip(s string) string {")
		g.p("\tif len(s) > %d {", maxString)
		g.p("\t\treturn s[len(s)-%d:]", maxString)
		g.p("\t}")
		g.p("\treturn s")
		g.p("}")
		g.p("")
	}
	for i := 0; i < g.cfg.Funcs && g.cfg.on("call"); i++ {
		g.funcs = append(g.funcs, g.signature(i))
	}
	for _, f := range g.funcs {
		g.function(f)
	}
	g.mainFunc()
}

func (g *gen) featureList() string {
	var fs []string
	for f := range g.cfg.Features {
		fs = append(fs, f)
	}
	sort.Strings(fs)
	return strings.Join(fs, ",")
}

func (g *gen) chooseTypes() {
	perm := g.r.Perm(len(intNames))
	for _, i := range perm[:3+g.r.Intn(4)] {
		g.types = append(g.types, scalars[intNames[i]])
	}
	if g.cfg.on("bool") {
		g.types = append(g.types, scalars["bool"])
	}
	if g.cfg.on("string") {
		g.types = append(g.types, scalars["string"])
	}
	if g.cfg.on("float") {
		g.types = append(g.types, scalars["float64"])
		if g.chance(60) {
			g.types = append(g.types, scalars["float32"])
		}
	}
	if g.cfg.on("array") {
		for i := 1 + g.r.Intn(2); i > 0; i-- {
			elem := g.pickType()
			if g.chance(20) && !elem.isArray() {
				elem = &Type{elem: elem, n: 1 + g.r.Intn(3)}
			}
			g.types = append(g.types, &Type{elem: elem, n: 1 + g.r.Intn(5)})
		}
	}
}

func (g *gen) global(t *Type) {
	v := &Var{name: g.newName("g"), t: t, global: true}
	g.p("var %s %s = %s", v.name, t, g.literal(t))
	g.declare(v)
}

func (g *gen) signature(i int) *Func {
	f := &Func{name: fmt.Sprintf("f%d", i)}
	for n := g.r.Intn(4); n > 0; n-- {
		f.params = append(f.params, g.pickType())
	}
	for n := g.r.Intn(4); n > 0; n-- {
		f.results = append(f.results, g.pickType())
	}
	return f
}

// function writes f with named results, so that running out of fuel is
// a bare return of zero values.
func (g *gen) function(f *Func) {
	g.push()
	var ps, rs []string
	for _, t := range f.params {
		v := &Var{name: g.newName("p"), t: t}
		g.declare(v)
		ps = append(ps, v.name+" "+t.String())
	}
	var results []*Var
	for _, t := range f.results {
		v := &Var{name: g.newName("r"), t: t}
		results = append(results, v)
		rs = append(rs, v.name+" "+t.String())
	}
	res := ""
	if len(rs) > 0 {
		res = " (" + strings.Join(rs, ", ") + ")"
	}
	g.p("func %s(%s)%s {", f.name, strings.Join(ps, ", "), res)
	g.ind++
	g.p("if fuel <= 0 {")
	g.p("\treturn")
	g.p("}")
	g.p("fuel--")
	for _, v := range results {
		g.declare(v)
	}
	if g.cfg.on("defer") && g.chance(40) {
		g.deferStmt(results)
	}
	g.block(g.cfg.Depth)
	if len(results) > 0 {
		var es []string
		for _, t := range f.results {
			es = append(es, g.expr(t, g.cfg.Depth))
		}
		g.p("return %s", strings.Join(es, ", "))
	}
	g.ind--
	g.p("}")
	g.p("")
	g.pop()
}

func (g *gen) mainFunc() {
	g.p("func main() {")
	g.ind++
	g.push()
	g.block(g.cfg.Depth)
	for _, f := range g.funcs {
		g.call(f)
	}
	g.block(g.cfg.Depth)
	for _, v := range g.sc.vars {
		g.checksum(v)
	}
	g.pop()
	// The final state: every global, then the checksum.
	for s := g.sc; s != nil; s = s.up {
		for _, v := range s.vars {
			g.checksum(v)
		}
	}
	g.p("println(\"ck\", ck, fuel)")
	g.ind--
	g.p("}")
}

// --- Statements --------------------------------------------------------------

// block writes up to cfg.Stmts statements in a new scope and folds the
// scope's variables into the checksum at its end.
func (g *gen) block(depth int) {
	g.push()
	n := 1 + g.r.Intn(g.cfg.Stmts)
	for i := 0; i < n; i++ {
		g.stmt(depth)
	}
	for _, v := range g.sc.vars {
		g.checksum(v)
	}
	g.pop()
}

func (g *gen) stmt(depth int) {
	for {
		switch g.r.Intn(14) {
		case 0, 1:
			g.declStmt(depth)
		case 2, 3, 4:
			g.assignStmt(depth)
		case 5:
			g.incStmt()
		case 6:
			if depth > 0 {
				g.ifStmt(depth)
				return
			}
			continue
		case 7:
			if depth > 0 && g.cfg.on("loop") {
				g.forStmt(depth)
				return
			}
			continue
		case 8:
			if depth > 0 && g.cfg.on("switch") {
				g.switchStmt(depth)
				return
			}
			continue
		case 9:
			if len(g.funcs) > 0 {
				g.call(g.funcs[g.r.Intn(len(g.funcs))])
				return
			}
			continue
		case 10:
			// Not in loops: output stays proportional to fuel.
			if g.inLoop > 0 {
				continue
			}
			g.printStmt()
		case 11:
			if g.inLoop > 0 && g.chance(30) {
				kw := "break"
				if g.chance(50) {
					kw = "continue"
				}
				g.p("if %s {", g.expr(scalars["bool"], 1))
				g.p("\t%s", kw)
				g.p("}")
				return
			}
			continue
		case 12:
			if g.cfg.on("panic") && g.chance(5) {
				g.panicStmt()
				return
			}
			if g.cfg.on("closure") && g.chance(30) {
				g.closureStmt(depth)
				return
			}
			continue
		case 13:
			if g.cfg.on("array") {
				g.arrayStoreStmt(depth)
				return
			}
			continue
		}
		return
	}
}

func (g *gen) declStmt(depth int) {
	t := g.pickType()
	v := &Var{name: g.newName("v"), t: t}
	if g.chance(30) {
		g.p("var %s %s", v.name, t)
	} else {
		// := gives the expression's type, which is t: literals are
		// typed except for int, string and bool, whose untyped
		// constants default to those very types.
		e := g.expr(t, depth)
		if g.chance(50) {
			g.p("var %s %s = %s", v.name, t, e)
		} else {
			g.p("%s := %s", v.name, e)
		}
	}
	g.declare(v)
}

var assignOps = []string{"+=", "-=", "*=", "|=", "&=", "^=", "&^="}

func (g *gen) assignStmt(depth int) {
	if g.chance(15) {
		g.swapStmt()
		return
	}
	t := g.pickType()
	v := g.pickVar(t, true)
	if v == nil {
		return
	}
	switch {
	case t.isInt() && g.chance(30):
		op := assignOps[g.r.Intn(len(assignOps))]
		g.p("%s %s %s", v.name, op, g.expr(t, depth))
	case t.isInt() && g.chance(10):
		g.p("%s /= %s", v.name, g.divisor(t, depth))
	case t.isInt() && g.chance(10):
		g.p("%s <<= %s", v.name, g.shiftCount(depth))
	case t.name == "string" && g.chance(30):
		g.p("%s = clip(%s + %s)", v.name, v.name, g.expr(t, depth))
	default:
		g.p("%s = %s", v.name, g.expr(t, depth))
	}
}

// swapStmt is a tuple assignment: every right side is read before any
// left side is written.
func (g *gen) swapStmt() {
	t := g.pickType()
	vs := g.visible(t, true)
	if len(vs) < 2 {
		return
	}
	a, b := vs[g.r.Intn(len(vs))], vs[g.r.Intn(len(vs))]
	g.p("%s, %s = %s, %s", a.name, b.name, b.name, a.name)
}

func (g *gen) incStmt() {
	v := g.pickVar(g.pickInt(), true)
	if v == nil {
		return
	}
	if g.chance(50) {
		g.p("%s++", v.name)
	} else {
		g.p("%s--", v.name)
	}
}

func (g *gen) arrayStoreStmt(depth int) {
	var arrays []*Var
	for s := g.sc; s != nil; s = s.up {
		for _, v := range s.vars {
			if v.t.isArray() && !v.readonly {
				arrays = append(arrays, v)
			}
		}
	}
	if len(arrays) == 0 {
		return
	}
	v := arrays[g.r.Intn(len(arrays))]
	lhs := v.name + g.index(v.t, depth)
	t := v.t.elem
	if t.isArray() && g.chance(50) {
		lhs += g.index(t, depth)
		t = t.elem
	}
	g.p("%s = %s", lhs, g.expr(t, depth))
}

func (g *gen) ifStmt(depth int) {
	g.p("if %s {", g.expr(scalars["bool"], depth))
	g.ind++
	g.block(depth - 1)
	g.ind--
	if g.chance(40) {
		g.p("} else {")
		g.ind++
		g.block(depth - 1)
		g.ind--
	}
	g.p("}")
}

// forStmt writes a loop whose variable counts to a constant and is read
// only; the bound is small so that nests stay cheap.
func (g *gen) forStmt(depth int) {
	g.inLoop++
	defer func() { g.inLoop-- }()
	g.push()
	defer g.pop()
	i := &Var{name: g.newName("i"), t: scalars["int"], readonly: true}
	switch k := g.r.Intn(4); {
	case k == 0 && g.cfg.on("array"):
		var arrays []*Var
		for s := g.sc; s != nil; s = s.up {
			for _, v := range s.vars {
				if v.t.isArray() {
					arrays = append(arrays, v)
				}
			}
		}
		if len(arrays) > 0 {
			a := arrays[g.r.Intn(len(arrays))]
			e := &Var{name: g.newName("e"), t: a.t.elem, readonly: true}
			g.p("for %s, %s := range %s {", i.name, e.name, a.name)
			g.declare(e)
			break
		}
		fallthrough
	case k == 1 && g.cfg.on("string"):
		if k == 1 {
			s := g.pickVar(scalars["string"], false)
			c := &Var{name: g.newName("c"), t: scalars["rune"], readonly: true}
			g.p("for %s, %s := range %s {", i.name, c.name, s.name)
			g.declare(c)
			break
		}
		fallthrough
	case k == 2:
		g.p("for %s := %d; %s > 0; %s-- {", i.name, 1+g.r.Intn(6), i.name, i.name)
	default:
		g.p("for %s := 0; %s < %d; %s++ {", i.name, i.name, 1+g.r.Intn(6), i.name)
	}
	g.declare(i)
	g.ind++
	g.block(depth - 1)
	for _, v := range g.sc.vars {
		g.checksum(v)
	}
	g.ind--
	g.p("}")
}

func (g *gen) switchStmt(depth int) {
	tagless := g.chance(30)
	var t *Type
	vals := g.r.Perm(16)
	if tagless {
		g.p("switch {")
	} else {
		t = g.pickInt()
		g.p("switch %s {", g.expr(t, depth))
	}
	n := 1 + g.r.Intn(4)
	for i := 0; i < n; i++ {
		if tagless {
			// Not a constant: gc may reject duplicate constant cases.
			u := g.pickInt()
			g.p("case (%s %s %s):", g.nonConst(u, depth-1), cmpOps[g.r.Intn(len(cmpOps))], g.expr(u, depth-1))
		} else {
			// Case constants must be distinct: gc rejects duplicates.
			var cs []string
			for k := 1 + g.r.Intn(2); k > 0; k-- {
				cs = append(cs, g.smallLiteral(t, vals[0]))
				vals = vals[1:]
			}
			g.p("case %s:", strings.Join(cs, ", "))
		}
		g.ind++
		g.block(depth - 1)
		if i < n-1 && g.chance(20) {
			g.p("fallthrough")
		}
		g.ind--
	}
	if g.chance(60) {
		g.p("default:")
		g.ind++
		g.block(depth - 1)
		g.ind--
	}
	g.p("}")
}

// call assigns f's results to plain variables (new ones, or `_`), so no
// evaluation order between the call and other operands is in question.
func (g *gen) call(f *Func) {
	var args []string
	for _, t := range f.params {
		args = append(args, g.expr(t, 1))
	}
	c := fmt.Sprintf("%s(%s)", f.name, strings.Join(args, ", "))
	if len(f.results) == 0 || g.chance(10) {
		g.p("%s", c)
		return
	}
	// Either all new variables (:=; an existing one on the left of :=
	// would be redeclared if it is from an outer scope) or all existing
	// ones (=), with some results dropped into _.
	var lhs []string
	var fresh []*Var
	op := "="
	if g.chance(50) {
		op = ":="
	}
	for i, t := range f.results {
		v := g.pickVar(t, true)
		switch {
		case op == ":=" && i == len(f.results)-1 && len(fresh) == 0:
			// := needs at least one new variable.
			v = &Var{name: g.newName("v"), t: t}
			fresh = append(fresh, v)
			lhs = append(lhs, v.name)
		case g.chance(15):
			lhs = append(lhs, "_")
		case op == "=" && v != nil:
			lhs = append(lhs, v.name)
		case op == "=":
			lhs = append(lhs, "_")
		default:
			v = &Var{name: g.newName("v"), t: t}
			fresh = append(fresh, v)
			lhs = append(lhs, v.name)
		}
	}
	g.p("%s %s %s", strings.Join(lhs, ", "), op, c)
	for _, v := range fresh {
		g.declare(v)
	}
}

func (g *gen) printStmt() {
	var es []string
	for n := 1 + g.r.Intn(3); n > 0; n-- {
		es = append(es, g.expr(g.pickScalar(), 1))
	}
	g.p("println(%s)", strings.Join(es, ", "))
}

// panicStmt may panic, with exactly one possible fault: an unguarded
// division by a variable, an unguarded index, or an explicit panic.
func (g *gen) panicStmt() {
	switch g.r.Intn(3) {
	case 0:
		t := g.pickInt()
		a, b := g.pickVar(t, false), g.pickVar(t, false)
		if dst := g.pickVar(t, true); dst != nil && a != nil && b != nil {
			g.p("%s = %s / %s", dst.name, a.name, b.name)
		}
	case 1:
		for _, t := range g.types {
			if !t.isArray() {
				continue
			}
			a := g.pickVar(t, false)
			i := g.pickVar(g.pickInt(), false)
			dst := g.pickVar(t.elem, true)
			if a != nil && i != nil && dst != nil {
				g.p("%s = %s[%s]", dst.name, a.name, i.name)
			}
			return
		}
	default:
		t := g.pickScalar()
		g.p("if %s {", g.expr(scalars["bool"], 1))
		g.p("\tpanic(%s)", g.expr(t, 1))
		g.p("}")
	}
}

// checksum folds v into ck.
func (g *gen) checksum(v *Var) {
	g.fold(v.name, v.t)
}

func (g *gen) fold(e string, t *Type) {
	switch {
	case t.isInt():
		g.p("ck = ck*31 + uint64(%s)", e)
	case t.name == "bool":
		g.p("if %s {", e)
		g.p("\tck++")
		g.p("}")
	case t.isFloat():
		// NaN, infinities and values out of int64's range convert to
		// 1<<63 on amd64 with both compilers.
		g.p("ck = ck*31 + uint64(int64(%s*1024))", e)
		if g.inLoop == 0 && g.chance(20) {
			g.p("println(%s)", e)
		}
	case t.name == "string":
		g.p("ck = ck*31 + uint64(len(%s))", e)
		if g.inLoop == 0 && g.chance(30) {
			g.p("println(%s)", e)
		}
	default:
		g.push()
		x := g.newName("x")
		g.p("for _, %s := range %s {", x, e)
		g.ind++
		g.fold(x, t.elem)
		g.ind--
		g.p("}")
		g.pop()
	}
}

// --- Expressions ------------------------------------------------------------------

// expr returns a Go expression of type t, at most depth operators deep.
func (g *gen) expr(t *Type, depth int) string {
	e, _ := g.exprc(t, depth)
	return e
}

// exprc also says whether the expression is a constant.
func (g *gen) exprc(t *Type, depth int) (string, bool) {
	if depth <= 0 || g.chance(30) {
		return g.leaf(t)
	}
	switch {
	case t.isInt():
		return g.intExpr(t, depth)
	case t.isFloat():
		return g.floatExpr(t, depth)
	case t.name == "bool":
		return g.boolExpr(depth)
	case t.name == "string":
		return g.stringExpr(depth)
	default:
		return g.arrayExpr(t, depth)
	}
}

// leaf is a variable or a literal.
func (g *gen) leaf(t *Type) (string, bool) {
	if g.chance(65) || t.isArray() {
		if v := g.pickVar(t, false); v != nil && (!t.isArray() || g.chance(70)) {
			return v.name, false
		}
	}
	return g.literal(t), true
}

// variable is a non-constant expression of type t: a variable (every
// scalar type has a global), or an array element.
func (g *gen) variable(t *Type) string {
	if v := g.pickVar(t, false); v != nil {
		return v.name
	}
	panic("no variable of type " + t.String())
}

// nonConst returns an expression of type t that is not a constant.
func (g *gen) nonConst(t *Type, depth int) string {
	if e, c := g.exprc(t, depth); !c {
		return e
	}
	return g.variable(t)
}

var intOps = []string{"+", "-", "*", "&", "|", "^", "&^"}

func (g *gen) intExpr(t *Type, depth int) (string, bool) {
	switch g.r.Intn(9) {
	case 0, 1, 2:
		op := intOps[g.r.Intn(len(intOps))]
		return g.binary(t, op, depth)
	case 3:
		op := "/"
		if g.chance(50) {
			op = "%"
		}
		return fmt.Sprintf("(%s %s %s)", g.nonConst(t, depth-1), op, g.divisor(t, depth-1)), false
	case 4:
		op := "<<"
		if g.chance(50) {
			op = ">>"
		}
		return fmt.Sprintf("(%s %s %s)", g.nonConst(t, depth-1), op, g.shiftCount(depth-1)), false
	case 5:
		op := "-"
		if g.chance(50) {
			op = "^"
		}
		return fmt.Sprintf("%s(%s)", op, g.nonConst(t, depth-1)), false
	case 6:
		// A conversion from another integer type, or a float.
		u := g.pickInt()
		if g.cfg.on("float") && g.chance(30) {
			u = scalars["float64"]
		}
		return fmt.Sprintf("%s(%s)", t, g.nonConst(u, depth-1)), false
	case 7:
		if g.cfg.on("string") {
			return g.stringToInt(t, depth)
		}
		return g.binary(t, "+", depth)
	default:
		if g.cfg.on("array") {
			if e, ok := g.element(t, depth); ok {
				return e, false
			}
		}
		return g.binary(t, "^", depth)
	}
}

// stringToInt is len(s) or a byte of s, converted to t.
func (g *gen) stringToInt(t *Type, depth int) (string, bool) {
	s := g.nonConst(scalars["string"], depth-1)
	if g.chance(50) {
		return fmt.Sprintf("%s(len(%s))", t, s), false
	}
	// (s + "#") is never empty; index it modulo its length.
	return fmt.Sprintf("%s((%s + \"#\")[%s %% uint(len(%s)+1)])", t, s, g.asUint(depth-1), s), false
}

// binary is `a op b` with at most one constant operand.
func (g *gen) binary(t *Type, op string, depth int) (string, bool) {
	a, ac := g.exprc(t, depth-1)
	b, bc := g.exprc(t, depth-1)
	if ac && bc {
		a = g.variable(t)
	}
	return fmt.Sprintf("(%s %s %s)", a, op, b), false
}

// divisor is never zero: its lowest bit is set.
func (g *gen) divisor(t *Type, depth int) string {
	return fmt.Sprintf("(%s | 1)", g.nonConst(t, depth))
}

// shiftCount is an unsigned count of any size (counts past the width are
// defined in Go: the result is 0 or the sign).
func (g *gen) shiftCount(depth int) string {
	if g.chance(40) {
		return fmt.Sprintf("%d", g.r.Intn(70))
	}
	return fmt.Sprintf("uint8(%s)", g.nonConst(g.pickInt(), depth))
}

// asUint is a non-negative uint expression for reducing an index.
func (g *gen) asUint(depth int) string {
	return fmt.Sprintf("uint(%s)", g.nonConst(g.pickInt(), depth))
}

// index is "[i]" reduced modulo an array's length.
func (g *gen) index(t *Type, depth int) string {
	if g.chance(30) {
		return fmt.Sprintf("[%d]", g.r.Intn(t.n))
	}
	return fmt.Sprintf("[%s %% %d]", g.asUint(depth-1), t.n)
}

// element finds an array in scope whose (inner) elements have type t.
func (g *gen) element(t *Type, depth int) (string, bool) {
	for s := g.sc; s != nil; s = s.up {
		for _, v := range s.vars {
			if !v.t.isArray() || !g.chance(50) {
				continue
			}
			if v.t.elem.same(t) {
				return v.name + g.index(v.t, depth), true
			}
			if v.t.elem.isArray() && v.t.elem.elem.same(t) {
				return v.name + g.index(v.t, depth) + g.index(v.t.elem, depth), true
			}
		}
	}
	return "", false
}

var cmpOps = []string{"==", "!=", "<", "<=", ">", ">="}

func (g *gen) boolExpr(depth int) (string, bool) {
	switch g.r.Intn(5) {
	case 0, 1:
		t := g.pickType()
		op := cmpOps[g.r.Intn(len(cmpOps))]
		if t.isArray() || t.name == "bool" {
			op = cmpOps[g.r.Intn(2)]
		}
		a, ac := g.exprc(t, depth-1)
		b, bc := g.exprc(t, depth-1)
		return fmt.Sprintf("(%s %s %s)", a, op, b), ac && bc
	case 2:
		op := "&&"
		if g.chance(50) {
			op = "||"
		}
		a, ac := g.exprc(scalars["bool"], depth-1)
		b, bc := g.exprc(scalars["bool"], depth-1)
		return fmt.Sprintf("(%s %s %s)", a, op, b), ac && bc
	case 3:
		a, ac := g.exprc(scalars["bool"], depth-1)
		return fmt.Sprintf("!%s", a), ac
	default:
		if g.cfg.on("array") {
			if e, ok := g.element(scalars["bool"], depth); ok {
				return e, false
			}
		}
		return g.leaf(scalars["bool"])
	}
}

func (g *gen) stringExpr(depth int) (string, bool) {
	switch g.r.Intn(4) {
	case 0:
		a, ac := g.exprc(scalars["string"], depth-1)
		b, bc := g.exprc(scalars["string"], depth-1)
		if ac && bc {
			return fmt.Sprintf("(%s + %s)", a, b), true
		}
		return fmt.Sprintf("clip(%s + %s)", a, b), false
	case 1:
		s := g.nonConst(scalars["string"], depth-1)
		if g.chance(50) {
			return fmt.Sprintf("%s[%s %% uint(len(%s)+1):]", s, g.asUint(depth-1), s), false
		}
		return fmt.Sprintf("%s[:%s %% uint(len(%s)+1)]", s, g.asUint(depth-1), s), false
	case 2:
		return fmt.Sprintf("string(rune(%s))", g.nonConst(g.pickInt(), depth-1)), false
	default:
		if g.cfg.on("array") {
			if e, ok := g.element(scalars["string"], depth); ok {
				return e, false
			}
		}
		return g.leaf(scalars["string"])
	}
}

func (g *gen) arrayExpr(t *Type, depth int) (string, bool) {
	if g.chance(50) {
		if e, ok := g.element(t, depth); ok {
			return e, false
		}
	}
	var es []string
	for i := 0; i < t.n; i++ {
		es = append(es, g.expr(t.elem, depth-1))
	}
	return fmt.Sprintf("%s{%s}", t, strings.Join(es, ", ")), false
}

var floatOps = []string{"+", "-", "*", "/"}

// floatExpr: arithmetic (a division by zero gives an infinity or a NaN,
// which Go defines), negation, and conversions from integers and the
// other float type. Small literals keep constant parts far from
// float32's range, and an operator always has a variable operand.
func (g *gen) floatExpr(t *Type, depth int) (string, bool) {
	switch g.r.Intn(5) {
	case 0, 1:
		return g.binary(t, floatOps[g.r.Intn(len(floatOps))], depth)
	case 2:
		return fmt.Sprintf("-(%s)", g.nonConst(t, depth-1)), false
	case 3:
		return fmt.Sprintf("%s(%s)", t, g.nonConst(g.pickInt(), depth-1)), false
	default:
		u := scalars["float64"]
		if t.name == "float64" {
			u = scalars["float32"]
		}
		if !g.uses(u) {
			u = g.pickInt()
		}
		return fmt.Sprintf("%s(%s)", t, g.nonConst(u, depth-1)), false
	}
}

// uses says whether t is one of the program's types (so has a global).
func (g *gen) uses(t *Type) bool {
	for _, u := range g.types {
		if u.same(t) {
			return true
		}
	}
	return false
}

// closureStmt: a function literal that reads and may write variables of
// the enclosing function (captured by reference), called at once or
// through a variable, its result stored.
func (g *gen) closureStmt(depth int) {
	t := g.pickScalar()
	dst := g.pickVar(t, true)
	if dst == nil {
		return
	}
	fn := g.newName("c")
	g.push()
	p := &Var{name: g.newName("a"), t: t}
	g.p("%s := func(%s %s) %s {", fn, p.name, t, t)
	g.ind++
	g.declare(p)
	if w := g.pickVar(g.pickScalar(), true); w != nil && w != p && g.chance(50) {
		g.p("%s = %s", w.name, g.expr(w.t, 1))
	}
	g.p("return %s", g.expr(t, depth))
	g.ind--
	g.p("}")
	g.pop()
	g.p("%s = %s(%s)", dst.name, fn, g.expr(t, 1))
}

// deferStmt, at the start of a function: a deferred closure that
// recovers a panic of the function (which then returns its named
// results' current values) and may change a result, or a deferred
// println whose arguments are evaluated now.
func (g *gen) deferStmt(results []*Var) {
	if g.chance(30) {
		g.p("defer println(%s)", g.expr(g.pickScalar(), 1))
		return
	}
	g.p("defer func() {")
	g.ind++
	g.p("if r := recover(); r != nil {")
	g.p("	ck = ck*31 + 7")
	g.p("}")
	if len(results) > 0 && g.chance(50) {
		r := results[g.r.Intn(len(results))]
		g.p("%s = %s", r.name, g.expr(r.t, 1))
	}
	g.ind--
	g.p("}()")
}

// --- Literals ------------------------------------------------------------------------

var floatLiterals = []string{"0", "1", "-1", "0.5", "-0.25", "1.5", "3", "0.1", "1e-3", "123.456", "1e6", "-7.75"}

// literal is a constant of type t, typed so that `:=` gives t. Integer
// values lean towards the edges of the type's range.
func (g *gen) literal(t *Type) string {
	switch {
	case t.isFloat():
		v := floatLiterals[g.r.Intn(len(floatLiterals))]
		if t.name == "float64" && g.chance(50) && strings.ContainsAny(v, ".e") {
			return v
		}
		return fmt.Sprintf("%s(%s)", t, v)
	case t.isInt():
		v := g.intValue(t)
		if t.name == "int" {
			return v
		}
		return fmt.Sprintf("%s(%s)", t, v)
	case t.name == "bool":
		if g.chance(50) {
			return "true"
		}
		return "false"
	case t.name == "string":
		return g.stringLiteral()
	default:
		var es []string
		for i := g.r.Intn(t.n + 1); i > 0; i-- {
			es = append(es, g.literal(t.elem))
		}
		return fmt.Sprintf("%s{%s}", t, strings.Join(es, ", "))
	}
}

func (g *gen) intValue(t *Type) string {
	bits := t.bits()
	var lo, hi int64 // hi as uint64 below for unsigned 64
	if t.signed() {
		lo, hi = -1<<(bits-1), 1<<(bits-1)-1
	} else {
		lo = 0
	}
	switch g.r.Intn(6) {
	case 0:
		if t.signed() {
			return fmt.Sprint(lo + int64(g.r.Intn(3)))
		}
		return fmt.Sprint(g.r.Intn(3))
	case 1:
		if t.signed() {
			return fmt.Sprint(hi - int64(g.r.Intn(3)))
		}
		max := uint64(1)<<bits - 1
		if bits == 64 {
			max = ^uint64(0)
		}
		return fmt.Sprint(max - uint64(g.r.Intn(3)))
	case 2:
		// A power of two, or one off it (strength reduction's cases).
		k := uint(g.r.Intn(int(bits) - 1))
		v := int64(1) << k
		if t.signed() && g.chance(30) {
			v = -v
		}
		return fmt.Sprint(v + int64(g.r.Intn(3)-1))
	default:
		v := int64(g.r.Intn(200)) - 100
		if !t.signed() && v < 0 {
			v = -v
		}
		return fmt.Sprint(v)
	}
}

// smallLiteral is the case constant number k (0..15) of type t: small
// values, so that the tag often matches; negative ones for signed types.
func (g *gen) smallLiteral(t *Type, k int) string {
	v := k
	if t.signed() {
		v = k - 8
	}
	if t.name == "int" {
		return fmt.Sprint(v)
	}
	return fmt.Sprintf("%s(%d)", t, v)
}

// maxString bounds every string a program makes (see clip).
const maxString = 40

var stringPieces = []string{"", "a", "go", "hood", "é", "日本", "\\xff", "\\x00", "ab\\ncd", "zz"}

func (g *gen) stringLiteral() string {
	var b strings.Builder
	for n := g.r.Intn(4); n > 0; n-- {
		b.WriteString(stringPieces[g.r.Intn(len(stringPieces))])
	}
	return "\"" + b.String() + "\""
}
