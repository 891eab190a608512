// run

// import "testing": testing.AllocsPerRun over runtime.ReadMemStats'
// Mallocs, which counts the heap allocations escape analysis leaves
// (none for a value that does not escape, none for a zero-size one);
// runtime/trace's annotations while no trace runs; the profilers'
// settings that testing's flags set; trace.Start either traces (gc) or
// says why it cannot (hood has no tracer), never an empty trace.

package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"runtime/trace"
	"testing"
)

type T struct{ a, b int }

var (
	sinkT   *T
	sinkInt *int
	sinkS   []int
	sinkE   *struct{}
	sinkI   interface{}
	sinkF   func() int
)

func escapes()       { sinkT = &T{1, 2} }
func stays()         { t := &T{1, 2}; t.a++ }
func addrEscapes()   { var x int; sinkInt = &x }
func callsEscapes()  { addrEscapes() }
func zeroSize()      { sinkE = new(struct{}) }
func localSlice()    { s := make([]int, 8); s[0] = 1 }
func escapingSlice() { sinkS = make([]int, 8) }
func twoObjects()    { sinkT = &T{}; sinkInt = new(int) }
func boxSmall()      { sinkI = 7 }
func boxBig()        { sinkI = T{3, 4} }
func closure()       { n := 0; sinkF = func() int { n++; return n } }

func main() {
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"escapes", escapes},
		{"stays", stays},
		{"addrEscapes", addrEscapes},
		{"callsEscapes", callsEscapes},
		{"zeroSize", zeroSize},
		{"localSlice", localSlice},
		{"escapingSlice", escapingSlice},
		{"twoObjects", twoObjects},
		{"boxSmall", boxSmall},
		{"boxBig", boxBig},
		{"closure", closure},
	} {
		fmt.Println(c.name, testing.AllocsPerRun(50, c.f))
	}

	// annotations do nothing while no trace runs
	ctx, task := trace.NewTask(context.Background(), "main")
	trace.Log(ctx, "category", "message")
	trace.WithRegion(ctx, "region", func() { fmt.Println("in region") })
	r := trace.StartRegion(ctx, "other")
	r.End()
	task.End()
	trace.Stop()
	fmt.Println("tracing:", trace.IsEnabled())

	fmt.Println("MemProfileRate:", runtime.MemProfileRate)
	runtime.SetBlockProfileRate(1)
	fmt.Println(runtime.SetMutexProfileFraction(5), runtime.SetMutexProfileFraction(-1), runtime.SetMutexProfileFraction(0))

	var buf bytes.Buffer
	err := trace.Start(&buf)
	if err == nil {
		trace.Stop()
	}
	fmt.Println("trace or a reason:", err == nil && buf.Len() > 0 || err != nil && err.Error() != "" && !trace.IsEnabled())
}
