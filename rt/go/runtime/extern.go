// Package runtime is hood's package runtime: the Go-facing API of gc's
// (runtime.GOOS, NumGoroutine, Caller, ReadMemStats, Error, ...) over
// hood's runtime, which is C and assembly (rt/). Nothing of gc's runtime
// is compiled: hood's overlay (rt/go) replaces the package whole.
//
// Functions declared here without a body are the runtime's, listed in
// its contract table rt/linkname.def (C in rt/linkname.c, reached
// through generated trampolines). Everything else is Go.
//
// hood runs its goroutines on one thread today, one at a time, each
// until it blocks, yields or ends (rt/proc.c). Where that shapes an
// answer, the comment says so.
package runtime

// GOOS and GOARCH are the target hood compiles for: always linux/amd64.
const GOOS string = "linux"
const GOARCH string = "amd64"

// Compiler is the toolchain's name as the build tags see it: hood claims
// the "gc" tag (compiler/load's tag set), gc's layouts and its ABI, so
// code that asks gets gc's answer.
const Compiler = "gc"

// defaultGOROOT is the Go tree hood compiles the standard library from
// unless $HOOD_GOROOT says otherwise (compiler/load).
const defaultGOROOT = "/usr/share/go-1.19"

// Version is the Go release whose standard library and language hood
// implements. gc's linker stamps its own toolchain version instead.
func Version() string {
	return "go1.19"
}

// GOROOT is $GOROOT if set, else the tree hood compiles from.
func GOROOT() string {
	if s := getenv("GOROOT"); s != "" {
		return s
	}
	return defaultGOROOT
}

// getenv is $key, or "" (rt/linkname.c).
func getenv(key string) string

// NumCPU is the number of CPUs the process may run on (its affinity
// mask, read at start-up), as gc's.
func NumCPU() int

// GOMAXPROCS returns the previous setting of the number of Ps and, for
// n > 0, asks for n. One P runs today whatever the setting (the request
// is kept and reported back, as gc's is before it takes effect).
func GOMAXPROCS(n int) int

// NumGoroutine is the number of goroutines that exist.
func NumGoroutine() int

// Gosched yields the processor: the goroutines that are runnable run
// first, and the caller resumes after them.
func Gosched()

// Breakpoint executes a breakpoint trap: SIGTRAP, which kills the
// program with a traceback unless a debugger catches it.
func Breakpoint()

// Goexit ends the calling goroutine after running its deferred calls,
// in which recover returns nil. The other goroutines go on; Goexit in
// the main goroutine does not end the program, which then ends with a
// deadlock error once no other goroutine is left.
func Goexit()

// nanotime is the monotonic clock in nanoseconds.
func nanotime() int64

// throw reports a fatal runtime error ("fatal error: s") and exits 2.
func throw(s string)

// gcRun runs what a collection cycle does today: hood's heap has no
// collector yet (rt/malloc.c never frees), so it only empties the
// sync.Pools, as every gc cycle does, and counts the cycle.
func gcRun()

// GC runs a garbage collection. There is no collector yet: no memory is
// reclaimed; the pools are emptied and the cycle counted (gcRun). The
// caller then yields, as gc's caller waits for the cycle while the
// other goroutines run.
func GC() {
	gcRun()
	Gosched()
}

// KeepAlive marks x as used up to this point. Nothing is ever collected
// yet, so there is nothing to keep; the call stays a use of x.
func KeepAlive(x any) {
	keepAliveSink = x
	keepAliveSink = nil
}

var keepAliveSink any

// lockedOSThread counts LockOSThread calls not yet undone. Every
// goroutine runs on the one thread there is, so being locked to it
// changes nothing yet; the count is kept for the program as a whole
// (gc keeps it per goroutine: with several threads it moves into g).
var lockedOSThread uint32

// LockOSThread wires the calling goroutine to its thread until as many
// UnlockOSThread calls.
func LockOSThread() {
	lockedOSThread++
	if lockedOSThread == 0 {
		panic("LockOSThread nesting overflow")
	}
}

// UnlockOSThread undoes one LockOSThread; without one it does nothing.
func UnlockOSThread() {
	if lockedOSThread > 0 {
		lockedOSThread--
	}
}
