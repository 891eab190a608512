// run

// Package runtime's Go-facing API (hood's own package, rt/go/runtime):
// constants, the scheduler's numbers, Caller/Callers/FuncForPC/
// CallersFrames, memory statistics, runtime.Error and
// TypeAssertionError (the runtime's C code makes the value; errors.As
// must find it as the type the program names).

package main

import (
	"errors"
	"runtime"
)

type T struct{}

func (T) where() int {
	pc, _, line, ok := runtime.Caller(0)
	println("Caller(0):", runtime.FuncForPC(pc).Name(), line, ok)
	pc, _, line, ok = runtime.Caller(1)
	println("Caller(1):", runtime.FuncForPC(pc).Name(), line, ok)
	var pcs [2]uintptr
	n := runtime.Callers(1, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		println("frame:", f.Function, f.Line, f.Func.Name() == f.Function, f.Entry == f.Func.Entry())
		if !more {
			break
		}
	}
	return line
}

func assertion() (err error) {
	defer func() {
		err = recover().(error)
	}()
	var x any = 3
	_ = x.(string)
	return nil
}

func index(i int) (err error) {
	defer func() {
		err = recover().(runtime.Error)
	}()
	var a []int
	return errors.New(string(rune(a[i])))
}

func main() {
	println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.NumGoroutine())
	println(runtime.NumCPU() >= 1, runtime.GOMAXPROCS(0) >= 1)
	prev := runtime.GOMAXPROCS(3)
	println(runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(prev))
	T{}.where()
	println(runtime.FuncForPC(0) == nil)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	p := new([100]int)
	runtime.GC()
	runtime.ReadMemStats(&after)
	println(after.Mallocs > before.Mallocs, after.TotalAlloc >= before.TotalAlloc+800, after.NumGC > before.NumGC)
	runtime.KeepAlive(p)
	runtime.SetFinalizer(p, func(*[100]int) {})
	runtime.SetFinalizer(p, nil)
	runtime.LockOSThread()
	runtime.Gosched()
	runtime.UnlockOSThread()

	err := assertion()
	var tae *runtime.TypeAssertionError
	println(errors.As(err, &tae), tae.Error())
	var re runtime.Error
	println(errors.As(err, &re), re == error(tae))
	err = index(5)
	_, isTAE := err.(*runtime.TypeAssertionError)
	println(err.Error(), isTAE)
}
