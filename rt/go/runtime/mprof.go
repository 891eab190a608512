// The profilers' settings (gc's mprof.go): MemProfileRate,
// SetBlockProfileRate and SetMutexProfileFraction, which testing sets
// from its -test.memprofilerate, -test.blockprofile and
// -test.mutexprofile flags.
//
// Not done: hood's runtime has no heap, block or mutex profiler. The
// settings are kept and reported back as gc's are, and nothing samples
// by them, so a profile would be empty (docs/features.md).
package runtime

// MemProfileRate is the bytes allocated per sampled allocation of the
// heap profile, 0 for none. gc's linker sets it to 0 in a program that
// cannot reach runtime.MemProfile, the only reader of the profile; hood
// has no MemProfile, so 0 is gc's value for every program hood builds.
var MemProfileRate int = 0

// blockProfileRate and mutexProfileFraction are the block and mutex
// profilers' settings: 0 profiles nothing (gc's defaults).
var (
	blockProfileRate     int
	mutexProfileFraction int
)

// SetBlockProfileRate sets the nanoseconds blocked per sampled blocking
// event; rate <= 0 turns the block profile off.
func SetBlockProfileRate(rate int) {
	if rate < 0 {
		rate = 0
	}
	blockProfileRate = rate
}

// SetMutexProfileFraction samples one in rate mutex contention events
// (0: none) and returns the previous rate; a negative rate only reads it.
func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}
