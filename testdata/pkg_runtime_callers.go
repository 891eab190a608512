// run

// runtime.Callers, Caller and CallersFrames seen from deferred calls:
// gc lists its runtime frames between a deferred call and the function
// that panicked (runtime.gopanic, the helper of a run-time error,
// runtime.panicmem and runtime.sigpanic for a fault), runtime.Goexit
// below a call it runs, none below a call run at a normal return, and
// runtime.main and runtime.goexit at the bottom. File names are printed
// without their directory (gc's and hood's GOROOT and -trimpath differ).

package main

import "runtime"

func base(file string) string {
	for i := len(file) - 1; i >= 0; i-- {
		if file[i] == '/' {
			return file[i+1:]
		}
	}
	return file
}

// show lists the frames above its caller's, as Callers and as Caller.
func show(tag string) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	println(tag, n)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		f := runtime.FuncForPC(fr.PC)
		name := "<nil>"
		if f != nil {
			name = f.Name()
		}
		println(" ", fr.Function, name, base(fr.File), fr.Line)
		if !more {
			break
		}
	}
	for i := 1; ; i++ {
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			break
		}
		println("  caller", i, runtime.FuncForPC(pc).Name(), base(file), line)
	}
}

var (
	a    []int
	idx  = 5
	p    *int
	zero = 0
	m    map[int]int
	n    = -1
)

func explicit() {
	defer func() { show("explicit"); recover() }()
	panic("x")
}

func index() {
	defer func() { show("index"); recover() }()
	_ = a[idx]
}

func slice() {
	defer func() { show("slice"); recover() }()
	_ = a[1:idx]
}

func nilderef() {
	defer func() { show("nil"); recover() }()
	_ = *p
}

func divide() {
	defer func() { show("divide"); recover() }()
	_ = 5 / zero
}

func shift() {
	defer func() { show("shift"); recover() }()
	_ = 1 << n
}

func assert() {
	defer func() { show("assert"); recover() }()
	var e any = 5
	_ = e.(string)
}

func mapnil() {
	defer func() { show("map"); recover() }()
	m[1] = 2
}

func nested() {
	defer func() { show("nested-outer"); recover() }()
	defer func() {
		defer func() { show("nested-inner"); recover() }()
		panic("two")
	}()
	panic("one")
}

func normal() {
	defer func() { show("normal") }()
}

func loop() {
	for i := 0; i < 1; i++ {
		defer func() { show("loop") }()
	}
}

func goexit(done chan bool) {
	defer close(done)
	defer func() { show("goexit") }()
	runtime.Goexit()
}

func main() {
	explicit()
	index()
	slice()
	nilderef()
	divide()
	shift()
	assert()
	mapnil()
	nested()
	normal()
	loop()
	done := make(chan bool)
	go goexit(done)
	<-done
	show("main")
}
