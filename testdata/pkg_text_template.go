// run -t 30

// GOROOT's text/template, which ranges over channels with reflect's
// Value.Recv: parsing, actions (if/else, range over slices, maps in
// key order and channels, with, define/template/block,
// break/continue), variables, pipelines, methods and fields, FuncMap
// functions, the builtins (printf, len, index, slice, eq/lt/and/or/not,
// html, js, urlquery, call), trimming, missingkey options, Clone and
// Lookup, and the errors of Parse and Execute. -t 30: the build is about
// three times pkg_os's, too long for the runner's 10 s default on a
// loaded machine.

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func (i Item) Expensive() bool        { return i.Price > 10 }
func (i *Item) Label(p string) string { return p + ":" + i.Name }
func (i Item) Fail() (string, error)  { return "", errors.New("no luck") }

type Shop struct {
	Title string
	Items []*Item
	Stock map[string]int
	Feed  chan string
	Owner *Item
	Hook  func(int) int
}

func run(name, text string, data any) {
	t, err := template.New(name).Funcs(template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"pair":  func(a, b string) (string, error) { return a + "&" + b, nil },
		"boom":  func() (string, error) { return "", errors.New("boom") },
	}).Parse(text)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	var sb strings.Builder
	err = t.Execute(&sb, data)
	fmt.Printf("%s: %q\n", name, sb.String())
	if err != nil {
		fmt.Println("exec error:", err)
	}
}

func feed(words ...string) chan string {
	c := make(chan string, len(words))
	for _, w := range words {
		c <- w
	}
	close(c)
	return c
}

func main() {
	shop := &Shop{
		Title: "Corner <shop>",
		Items: []*Item{{"apple", 1.5, []string{"fruit", "red"}}, {"cheese", 12, nil}, {"bread", 3.25, []string{"baked"}}},
		Stock: map[string]int{"pear": 4, "apple": 10, "fig": 0},
		Feed:  feed("one", "two", "three"),
		Owner: &Item{Name: "Ann"},
		Hook:  func(x int) int { return x * 3 },
	}
	run("fields", "{{.Title}} owned by {{.Owner.Name}}", shop)
	run("range", "{{range $i, $it := .Items}}{{$i}}={{$it.Name}}({{printf \"%.2f\" .Price}}) {{end}}", shop)
	run("map", "{{range $k, $v := .Stock}}{{$k}}:{{$v}};{{end}}", shop)
	run("chan", "{{range .Feed}}[{{.}}]{{else}}none{{end}}", shop)
	run("chan-index", "{{range $i, $w := .}}{{$i}}{{$w}}{{end}}", feed("a", "b"))
	run("chan-empty", "{{range .}}x{{else}}empty{{end}}", feed())
	run("chan-break", "{{range .}}{{if eq . \"stop\"}}{{break}}{{end}}{{if eq . \"skip\"}}{{continue}}{{end}}{{.}},{{end}}", feed("a", "skip", "b", "stop", "c"))
	run("if", "{{range .Items}}{{if .Expensive}}{{.Name}} is dear{{else if .Tags}}{{.Name}} has tags{{else}}{{.Name}}{{end}}; {{end}}", shop)
	run("with", "{{with .Owner}}owner {{.Name}}{{end}}{{with .Stock.none}}x{{else}} no none{{end}}", shop)
	run("methods", "{{(index .Items 0).Label \"item\"}} {{.Owner.Label \"boss\"}}", shop)
	run("funcs", "{{upper .Title}} {{add 2 3}} {{pair \"x\" \"y\"}} {{.Title | upper | printf \"%q\"}}", shop)
	run("builtins", "{{len .Items}} {{index .Stock \"pear\"}} {{index .Items 1 | printf \"%v\"}} {{slice \"abcdef\" 1 3}} {{call .Hook 5}}", shop)
	run("compare", "{{eq 1 1}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt \"b\" \"a\"}} {{ge 1.5 2.5}} {{eq 3 1 2 3}} {{and 1 0}} {{or 0 \"\" \"z\"}} {{not true}}", nil)
	run("escape", "{{html .Title}} {{js \"it's <b>\"}} {{urlquery \"a b&c\"}} {{print 1 2 \"x\"}} {{println \"y\"}}", shop)
	run("vars", "{{$x := 5}}{{$x}}{{$x = add $x 1}} {{$x}} {{range $i, $e := .Items}}{{if eq $i 1}}{{$x = $i}}{{end}}{{end}}{{$x}}", shop)
	run("trim", "a  {{- 1 -}}  b {{/* a comment */}} c", nil)
	run("define", `{{define "row"}}<{{.Name}}>{{end}}{{range .Items}}{{template "row" .}}{{end}} {{block "tail" .Title}}[{{.}}]{{end}}`, shop)
	run("nil-data", "{{.}} {{printf \"%v\" .}}", nil)
	run("slices", "{{range .}}{{.}}{{end}} {{index . 2}}", []int{3, 1, 4})
	run("map-int", "{{range $k, $v := .}}{{$k}}{{$v}} {{end}}", map[int]string{3: "c", 1: "a", 2: "b"})

	// Errors when executing.
	run("err-func", "before {{boom}} after", nil)
	run("err-method", "{{.Fail}}", Item{})
	run("err-index", "{{index . 5}}", []int{1})
	run("err-field", "{{.Nope}}", shop)
	run("err-nil", "{{.Owner.Name}}", &Shop{})
	run("err-call", "{{call .Hook}}", shop)
	run("err-lt", "{{lt 1 \"a\"}}", nil)
	// Errors when parsing.
	run("perr-unclosed", "{{if .}}x", nil)
	run("perr-func", "{{nofunc 1}}", nil)
	run("perr-end", "{{end}}", nil)
	run("perr-var", "{{$y}}", nil)

	// missingkey for maps.
	m := map[string]int{"a": 1}
	for _, opt := range []string{"missingkey=default", "missingkey=zero", "missingkey=error"} {
		t := template.Must(template.New(opt).Option(opt).Parse("{{.a}} {{.b}}"))
		var sb strings.Builder
		err := t.Execute(&sb, m)
		fmt.Printf("%s: %q %v\n", opt, sb.String(), err)
	}

	// Several templates: Lookup, Clone, Templates, ExecuteTemplate.
	base := template.Must(template.New("base").Parse(`{{define "greet"}}hello {{.}}{{end}}{{template "greet" .}}!`))
	clone := template.Must(base.Clone())
	template.Must(clone.Parse(`{{define "greet"}}bye {{.}}{{end}}`))
	base.Execute(os.Stdout, "base")
	fmt.Println()
	clone.Execute(os.Stdout, "clone")
	fmt.Println()
	fmt.Println(base.Lookup("greet") != nil, base.Lookup("nope") == nil, len(base.Templates()))
	err := base.ExecuteTemplate(os.Stdout, "greet", 7)
	fmt.Println(" /", err)
	err = base.ExecuteTemplate(os.Stdout, "missing", 7)
	fmt.Println(err)

	// Delims and HTMLEscapeString and friends.
	d := template.Must(template.New("d").Delims("<<", ">>").Parse("<<.>> {{.}}\n"))
	d.Execute(os.Stdout, 42)
	fmt.Println(template.HTMLEscapeString(`<a href="x">&'`), template.JSEscapeString(`"quote" </script>`), template.URLQueryEscaper("a/b c", 1))
	fmt.Println(template.IsTrue(0))
	fmt.Println(template.IsTrue([]int{1}))
}
