// The execution tracer's API (gc's StartTrace, StopTrace, ReadTrace),
// which GOROOT's runtime/trace and testing's -test.trace call.
//
// Not done: hood's runtime has no execution tracer. It records no
// events, so StartTrace refuses with an error that says so rather than
// pretend to trace, ReadTrace has no data and StopTrace has no trace to
// stop. runtime/trace's annotation hooks (userTaskCreate, userRegion,
// userLog, userTaskEnd) are the runtime's and record nothing either
// (rt/linkname.def); gc's do nothing as well while no trace runs, which
// here is always. docs/features.md lists the tracer as not done.
package runtime

// traceError is the error StartTrace returns (gc's runtime returns its
// errorString, a runtime Error, for a trace already running).
type traceError string

func (e traceError) RuntimeError() {}

func (e traceError) Error() string {
	return "runtime error: " + string(e)
}

// StartTrace would start the execution tracer; hood has none, so it
// always fails.
func StartTrace() error {
	return traceError("execution tracing is not supported by hood's runtime")
}

// StopTrace stops a trace started by StartTrace: none ever runs.
func StopTrace() {}

// ReadTrace is the next chunk of trace data: nil, the end of a trace,
// since none runs.
func ReadTrace() []byte {
	return nil
}
