// run

// GOROOT's runtime/debug over hood's runtime: Stack (gc's text; its
// header and function names are printed), the collector's settings reported back
// (SetGCPercent, SetMaxThreads, SetMemoryLimit), SetMaxStack's previous
// limit, ReadGCStats after runtime.GC, and SetPanicOnFault: a fault at
// an address that is not nil panics instead of ending the program.

package main

import (
	"runtime"
	"runtime/debug"
	"unsafe"
)

// names prints the traceback text's first line and its functions'
// names (the lines that do not start with a tab), without arguments.
func names(s string) {
	start, skip := 0, false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\t' && i == start:
			skip = true
		case s[i] == '(' && !skip:
			println(s[start:i])
			skip = true
		case s[i] == ':' && !skip && i+1 < len(s) && s[i+1] == '\n':
			println(s[start:i])
		case s[i] == '\n':
			start, skip = i+1, false
		}
	}
}

func f() {
	names(string(debug.Stack()))
}

func fault() {
	defer func() {
		e := recover()
		println("recovered:", e.(error).Error())
	}()
	println(*(*int)(unsafe.Pointer(uintptr(0x1000000))))
}

func main() {
	f()
	println(debug.SetGCPercent(50), debug.SetGCPercent(-7), debug.SetGCPercent(100))
	println(debug.SetMaxThreads(20), debug.SetMaxThreads(10000))
	println(debug.SetMemoryLimit(-1) == 1<<63-1, debug.SetMemoryLimit(1<<30), debug.SetMemoryLimit(-1))
	println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000))
	runtime.GC()
	var st debug.GCStats
	debug.ReadGCStats(&st)
	println(st.NumGC > 0, len(st.Pause) > 0)
	println(debug.SetPanicOnFault(true))
	fault()
	println(debug.SetPanicOnFault(false))
}
