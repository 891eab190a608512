// difftest.go — the differential driver: for each seed, generate a
// program (gen.go), build it with gc and with hood (optimised and -N),
// run the three executables and compare what they print and how they
// exit. A program on which hood differs from gc is kept, with a version
// reduced by deleting statements while the same difference persists.
//
// gc is the oracle. A program that gc rejects or that times out under
// gc is the generator's fault and is reported as such, never as hood's.
// gc's optimiser can be wrong too (docs/reliability.md, D2): when hood
// differs from gc, the program is built again with gc -N, and if hood
// agrees with that build the verdict is "gc" (gc's optimised and
// unoptimised builds disagree), not hood's fault.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Diff is one campaign's settings and tallies.
type Diff struct {
	Cfg          Config
	Hood         string
	Keep         string // where differing programs go; "" keeps nothing
	Jobs         int
	Timeout      time.Duration // for each run of a program
	BuildTimeout time.Duration // for each build; a batch gets batchSize times as long
	Verbose      bool
	Reduce       bool // reduce each differing program as it is found

	mu                       sync.Mutex
	tested, differ, genFault int
	gcFault                  int // gc -O and gc -N disagree, hood agrees with gc -N
	errors                   int // the test could not run: a tool missing, no disk
}

// Result is how one executable behaved, normalised for comparison.
type Result struct {
	Built  bool
	Output string // the build's error, or the run's stdout and stderr
	Status int    // the run's exit status; -1 when it timed out
	Failed bool   // the tool or the executable could not be started
}

// Verdict is what one program showed: "" when all three agree.
type Verdict struct {
	Kind   string // "", "gen" (gc rejects it or hangs), "gc" (gc -O is wrong), or hood's fault
	Detail string
}

func (d *Diff) Run(list []int64, desc string) bool {
	hood, err := filepath.Abs(d.Hood)
	if err != nil {
		fatal(err)
	}
	d.Hood = hood
	if d.Keep != "" {
		if err := os.MkdirAll(d.Keep, 0o755); err != nil {
			fatal(err)
		}
	}
	start := time.Now()
	// gc's cache would keep every program's package; give it a folder
	// that goes with the campaign.
	cache, err := os.MkdirTemp("", "hoodgen-cache")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(cache)
	os.Setenv("GOCACHE", cache)
	os.Setenv("GOFLAGS", "-mod=mod")
	batches := make(chan []int64)
	var wg sync.WaitGroup
	for j := 0; j < max(d.Jobs, 1); j++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				d.batch(b)
			}
		}()
	}
	for len(list) > 0 {
		n := batchSize
		if n > len(list) {
			n = len(list)
		}
		batches <- list[:n]
		list = list[n:]
	}
	close(batches)
	wg.Wait()
	fmt.Printf("difftest: %d programs (seeds %s, %s), %d differences, %d generator faults, %d gc -O faults, %d errors of the test itself, %.0fs\n",
		d.tested, desc, d.Cfg.describe(), d.differ, d.genFault, d.gcFault, d.errors, time.Since(start).Seconds())
	return d.differ == 0 && d.genFault == 0 && d.errors == 0
}

// batchSize is how many programs share one gc executable: enough that
// the link no longer dominates, few enough that a failed batch (rebuilt
// one by one) costs little.
const batchSize = 25

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func (c Config) describe() string {
	return fmt.Sprintf("%d funcs, %d stmts, depth %d, features %s", c.Funcs, c.Stmts, c.Depth,
		(&gen{cfg: c}).featureList())
}

// batch tests the programs of some seeds. gc builds them into one
// executable, one package each with main renamed Main, chosen by its
// first argument: linking is most of gc's time, and the programs'
// behaviour does not depend on their package's name. If that build
// fails, each program is built on its own, so the culprit is named.
func (d *Diff) batch(seeds []int64) {
	dir, err := os.MkdirTemp("", "hoodgen")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(dir)
	srcs := make([]string, len(seeds))
	for i, s := range seeds {
		srcs[i] = generate(s, d.Cfg)
	}
	gcs, ok := d.gcBatch(dir, seeds, srcs)
	for i, s := range seeds {
		var v Verdict
		if ok {
			v = d.hoodCheck(dir, srcs[i], gcs[i])
		} else {
			v = d.check(dir, srcs[i])
		}
		d.report(dir, s, srcs[i], v)
	}
}

func (d *Diff) gcBatch(dir string, seeds []int64, srcs []string) ([]Result, bool) {
	bdir := filepath.Join(dir, "gcbatch")
	var imports, table strings.Builder
	for i, s := range seeds {
		pkg := fmt.Sprintf("p%d", s)
		src := strings.Replace(srcs[i], "\npackage main\n", "\npackage "+pkg+"\n", 1)
		src = strings.Replace(src, "\nfunc main() {\n", "\nfunc Main() {\n", 1)
		if err := os.MkdirAll(filepath.Join(bdir, pkg), 0o755); err != nil {
			fatal(err)
		}
		write(filepath.Join(bdir, pkg, "prog.go"), src)
		fmt.Fprintf(&imports, "\t\"gcbatch/%s\"\n", pkg)
		fmt.Fprintf(&table, "\t\"%d\": %s.Main,\n", s, pkg)
	}
	write(filepath.Join(bdir, "go.mod"), "module gcbatch\n\ngo 1.19\n")
	write(filepath.Join(bdir, "main.go"), "package main\n\nimport (\n\t\"os\"\n"+imports.String()+
		")\n\nvar progs = map[string]func(){\n"+table.String()+"}\n\nfunc main() { progs[os.Args[1]]() }\n")
	exe := filepath.Join(dir, "gcbatch.exe")
	if r := d.build(bdir, "gc", d.BuildTimeout*batchSize, []string{goTool(), "build", "-o", exe, "."}); !r.Built {
		return nil, false
	}
	res := make([]Result, len(seeds))
	for i, s := range seeds {
		res[i] = d.exec(exe, fmt.Sprint(s))
	}
	return res, true
}

// report counts one program's verdict and keeps the program if it shows
// a difference.
func (d *Diff) report(dir string, seed int64, src string, v Verdict) {
	d.mu.Lock()
	d.tested++
	switch v.Kind {
	case "":
	case "gen":
		d.genFault++
	case "gc":
		d.gcFault++
	case "error":
		d.errors++
	default:
		d.differ++
	}
	d.mu.Unlock()
	if v.Kind == "" {
		if d.Verbose {
			fmt.Printf("seed %d: ok\n", seed)
		}
		return
	}
	fmt.Printf("seed %d: %s: %s\n", seed, v.Kind, firstLines(v.Detail, 6))
	if d.Keep == "" {
		return
	}
	name := filepath.Join(d.Keep, fmt.Sprintf("seed%d", seed))
	write(name+".go", src)
	write(name+".txt", fmt.Sprintf("%s\n%s\n", v.Kind, v.Detail))
	if v.Kind != "gen" && v.Kind != "error" && d.Reduce {
		d.reduceTo(dir, name, src, v)
	}
}

// reduceTo writes src reduced, and its verdict, to name.min.go and .txt.
func (d *Diff) reduceTo(dir, name, src string, v Verdict) {
	small := d.reduce(dir, src, v)
	write(name+".min.go", small)
	write(name+".min.txt", fmt.Sprintf("%s\n%s\n", v.Kind, d.check(dir, small).Detail))
}

// ReduceFile reduces a kept program (FILE.go to FILE.min.go), for
// campaigns run without -reduce.
func (d *Diff) ReduceFile(path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		fatal(err)
	}
	if d.Hood, err = filepath.Abs(d.Hood); err != nil {
		fatal(err)
	}
	dir, err := os.MkdirTemp("", "hoodgen")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(dir)
	v := d.check(dir, string(src))
	if v.Kind == "" || v.Kind == "gen" {
		fmt.Printf("%s: no difference to reduce (%s)\n", path, v.Kind)
		return
	}
	d.reduceTo(dir, strings.TrimSuffix(path, ".go"), string(src), v)
	fmt.Printf("%s: %s: reduced\n", path, v.Kind)
}

func write(name, s string) {
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		fatal(err)
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > n {
		lines = append(lines[:n], "...\n")
	}
	return strings.TrimRight(strings.Join(lines, ""), "\n")
}

// check builds and runs src three ways in dir and says how they differ.
// Kinds of difference: "hood -O build" / "hood -N build" (hood rejects or
// crashes on a program gc accepts), "hood -O run" / "hood -N run"
// (output or exit status differ).
func (d *Diff) check(dir, src string) Verdict {
	prog := filepath.Join(dir, "prog.go")
	write(prog, src)
	gc := d.build(dir, "gc", d.BuildTimeout, []string{goTool(), "build", "-o", filepath.Join(dir, "gc"), prog})
	if gc.Failed {
		return Verdict{"error", gc.Output}
	}
	if !gc.Built {
		return Verdict{"gen", "gc rejects the program:\n" + gc.Output}
	}
	return d.hoodCheck(dir, src, d.exec(filepath.Join(dir, "gc")))
}

// hoodCheck compares hood's two builds of src with gc's result. When
// hood differs from gc, gc's own -N build decides: if hood agrees with
// it, gc's optimiser is the suspect, and the rest is compared with gc -N.
func (d *Diff) hoodCheck(dir, src string, gc Result) Verdict {
	if gc.Failed {
		return Verdict{"error", gc.Output}
	}
	if gc.Status < 0 {
		return Verdict{"gen", "the program times out under gc"}
	}
	prog := filepath.Join(dir, "prog.go")
	write(prog, src)
	ref, refName := gc, "gc"
	var gcWrong Verdict
	for _, mode := range []string{"-O", "-N"} {
		args := []string{d.Hood, "build", "-o", filepath.Join(dir, "hood")}
		if mode == "-N" {
			args = append(args, "-N")
		}
		h := d.build(dir, "hood", d.BuildTimeout, append(args, prog))
		if h.Failed {
			return Verdict{"error", h.Output}
		}
		if !h.Built {
			return Verdict{"hood " + mode + " build", h.Output}
		}
		h = d.exec(filepath.Join(dir, "hood"))
		if h.Failed {
			return Verdict{"error", h.Output}
		}
		if h.Status == ref.Status && h.Output == ref.Output {
			continue
		}
		if refName == "gc" {
			if gcN := d.gcUnoptimised(dir, prog); gcN.Built && gcN.Status == h.Status && gcN.Output == h.Output {
				gcWrong = Verdict{"gc", fmt.Sprintf(
					"gc (exit %d):\n%s\ngc -N and hood %s (exit %d):\n%s\nfirst difference: %s",
					gc.Status, gc.Output, mode, h.Status, h.Output, firstDiff(gc.Output, h.Output))}
				ref, refName = gcN, "gc -N"
				continue
			}
		}
		return Verdict{"hood " + mode + " run", fmt.Sprintf(
			"%s (exit %d):\n%s\nhood %s (exit %d):\n%s\nfirst difference: %s",
			refName, ref.Status, ref.Output, mode, h.Status, h.Output, firstDiff(ref.Output, h.Output))}
	}
	return gcWrong
}

// gcUnoptimised builds prog with gc's optimisations and inlining off and
// runs it; Built is false when that build or run failed or timed out.
func (d *Diff) gcUnoptimised(dir, prog string) Result {
	exe := filepath.Join(dir, "gcN")
	r := d.build(dir, "gc -N", d.BuildTimeout, []string{goTool(), "build", "-gcflags=-N -l", "-o", exe, prog})
	if !r.Built {
		return Result{}
	}
	r = d.exec(exe)
	if r.Failed || r.Status < 0 {
		return Result{}
	}
	return r
}

func goTool() string {
	if p := os.Getenv("GO"); p != "" {
		return p
	}
	return "go"
}

// build runs a compiler; its messages lose their file positions, which
// change as the reducer deletes lines.
func (d *Diff) build(dir, what string, limit time.Duration, args []string) Result {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		return Result{Output: what + " timed out"}
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return Result{Failed: true, Output: fmt.Sprintf("cannot run %s: %v", what, err)}
	}
	if err != nil {
		// The status (or the signal) tells a crash from a rejection.
		return Result{Output: positions.ReplaceAllString(string(out), "") + "(" + err.Error() + ")"}
	}
	return Result{Built: true}
}

var positions = regexp.MustCompile(`(?m)^[^ :]*\.go:\d+(:\d+)?: `)

// exec runs an executable and keeps its output up to the first
// goroutine trace: the panic message must agree, the trace's addresses
// and line numbers need not.
func (d *Diff) exec(path string, args ...string) Result {
	ctx, cancel := context.WithTimeout(context.Background(), d.Timeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return Result{Built: true, Status: -1, Output: "timed out"}
	}
	status := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		status = exit.ExitCode()
	} else if err != nil {
		return Result{Failed: true, Output: fmt.Sprintf("cannot run %s: %v", path, err)}
	}
	errs := stderr.String()
	if i := strings.Index(errs, "\ngoroutine "); i >= 0 {
		errs = errs[:i+1]
	}
	return Result{Built: true, Status: status, Output: stdout.String() + errs}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d: gc %q, hood %q", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("gc %d lines, hood %d lines", len(al), len(bl))
}

// --- Reduction ------------------------------------------------------------------

// reduce deletes statements and declarations of src, one or a run at a
// time, keeping each deletion after which gc still accepts and runs the
// program and hood still shows the same kind of difference (for build
// failures: the same message). It repeats until no deletion is kept, or
// the number of attempts runs out.
func (d *Diff) reduce(dir, src string, want Verdict) string {
	same := func(s string) bool {
		v := d.check(dir, s)
		if v.Kind != want.Kind {
			return false
		}
		return !strings.HasSuffix(v.Kind, "build") || v.Detail == want.Detail
	}
	const attempts = 2000
	tries := 0
	for changed := true; changed && tries < attempts; {
		changed = false
		for i := 0; tries < attempts; i++ {
			next, ok := deleteDecl(src, i)
			if !ok {
				break
			}
			tries++
			if same(next) {
				src, changed = next, true
				i--
			}
		}
		for chunk := 8; chunk >= 1; chunk /= 2 {
			for i := 0; tries < attempts; i++ {
				next, ok := deleteNth(src, i, chunk)
				if !ok {
					break
				}
				tries++
				if same(next) {
					src, changed = next, true
					i--
				}
			}
		}
	}
	return src
}

// deleteDecl deletes the n-th declaration of src (a top-level var or
// func, a := or var statement) together with every statement that
// names what it declares, and so on for what those declare: deleting a
// variable alone leaves its uses undefined, and deleting its uses alone
// leaves it unused, both of which gc rejects. The generator's names
// are unique in a program, so a name stands for one declaration.
func deleteDecl(src string, n int) (string, bool) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "prog.go", src, 0)
	if err != nil {
		return "", false
	}
	var target ast.Node
	ast.Inspect(file, func(node ast.Node) bool {
		if target != nil {
			return false
		}
		if len(declared(node)) > 0 {
			if n == 0 {
				target = node
				return false
			}
			n--
		}
		return true
	})
	if target == nil {
		return "", false
	}
	names := map[string]bool{}
	for _, name := range declared(target) {
		names[name] = true
	}
	mentions := func(node ast.Node) bool {
		if node == target {
			return true
		}
		found := false
		ast.Inspect(node, func(x ast.Node) bool {
			if id, ok := x.(*ast.Ident); ok && names[id.Name] {
				found = true
			}
			return !found
		})
		return found
	}
	// Delete until no remaining statement names a deleted declaration.
	for changed := true; changed; {
		changed = false
		drop := func(list []ast.Stmt) []ast.Stmt {
			var kept []ast.Stmt
			for _, st := range list {
				if mentions(st) {
					for _, name := range declared(st) {
						names[name] = true
					}
					changed = true
					continue
				}
				kept = append(kept, st)
			}
			return kept
		}
		var decls []ast.Decl
		for _, d := range file.Decls {
			if mentions(d) {
				for _, name := range declared(d) {
					names[name] = true
				}
				changed = true
				continue
			}
			decls = append(decls, d)
		}
		file.Decls = decls
		ast.Inspect(file, func(node ast.Node) bool {
			switch s := node.(type) {
			case *ast.BlockStmt:
				s.List = drop(s.List)
			case *ast.CaseClause:
				s.Body = drop(s.Body)
			}
			return true
		})
	}
	var out bytes.Buffer
	if err := format.Node(&out, fset, file); err != nil {
		return "", false
	}
	return out.String(), true
}

// declared lists the names a declaration node introduces: a top-level
// var or func, a var statement or a := assignment; nil for other nodes.
func declared(node ast.Node) []string {
	var names []string
	add := func(ids []*ast.Ident) {
		for _, id := range ids {
			if id.Name != "_" && id.Name != "main" {
				names = append(names, id.Name)
			}
		}
	}
	switch d := node.(type) {
	case *ast.FuncDecl:
		add([]*ast.Ident{d.Name})
	case *ast.GenDecl:
		for _, spec := range d.Specs {
			if v, ok := spec.(*ast.ValueSpec); ok {
				add(v.Names)
			}
		}
	case *ast.DeclStmt:
		return declared(d.Decl)
	case *ast.AssignStmt:
		if d.Tok == token.DEFINE {
			for _, e := range d.Lhs {
				if id, ok := e.(*ast.Ident); ok {
					add([]*ast.Ident{id})
				}
			}
		}
	}
	return names
}

// deleteNth deletes `chunk` statements starting at the n-th deletable
// position of src (statement lists and top-level declarations, in
// source order), or returns false when there is no n-th.
func deleteNth(src string, n, chunk int) (string, bool) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "prog.go", src, parser.ParseComments)
	if err != nil {
		return "", false
	}
	done := false
	cut := func(list []ast.Stmt) []ast.Stmt {
		if done || n >= len(list) {
			n -= len(list)
			return list
		}
		done = true
		end := n + chunk
		if end > len(list) {
			end = len(list)
		}
		return append(list[:n:n], list[end:]...)
	}
	if n < len(file.Decls) {
		end := n + chunk
		if end > len(file.Decls) {
			end = len(file.Decls)
		}
		file.Decls = append(file.Decls[:n:n], file.Decls[end:]...)
		done = true
	} else {
		n -= len(file.Decls)
	}
	ast.Inspect(file, func(node ast.Node) bool {
		if done {
			return false
		}
		switch s := node.(type) {
		case *ast.BlockStmt:
			s.List = cut(s.List)
		case *ast.CaseClause:
			s.Body = cut(s.Body)
		}
		return !done
	})
	if !done {
		return "", false
	}
	file.Comments = nil
	var out bytes.Buffer
	if err := format.Node(&out, fset, file); err != nil {
		return "", false
	}
	return out.String(), true
}
