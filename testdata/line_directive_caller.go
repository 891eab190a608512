// run

// Line directives (//line name:line[:col] at the start of a line,
// /*line name:line:col*/ anywhere) give runtime.Caller, FuncForPC's
// FileLine and CallersFrames the file and line they name, as gc's
// position tables do: names are kept as written, an empty name is "??"
// (or the current name when a column is given), and a directive may
// change the file in the middle of a function.

package main

import "runtime"

func where(tag string) {
	pc, file, line, ok := runtime.Caller(1)
	f := runtime.FuncForPC(pc)
	ffile, fline := f.FileLine(pc)
	println(tag, file, line, ok, f.Name(), ffile, fline)
}

func frames(tag string) {
	pcs := make([]uintptr, 8)
	n := runtime.Callers(2, pcs)
	fs := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := fs.Next()
		if fr.Function == "runtime.main" {
			break
		}
		println(tag, fr.Function, fr.File, fr.Line)
		if !more {
			break
		}
	}
}

//line /abs/other.go:100
func other() {
	where("other")
	frames("other")
}

//line :1
func main() {
	where("empty")
//line foo.go:20
	where("foo")
//line bar.go:30:5
	where("bar")
//line :40:1
	where("bar-keep")
	/*line baz.go:50:1*/ where("baz")
	/*line :60*/ where("empty2"); /*line qux.go:70:1*/ where("qux")
	where("qux-next")
//line c:/dos/path.go:80
	other()
}
