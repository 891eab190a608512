// rundir

// Type assertions between types whose strings are equal: a struct with
// an unexported field of another package (typescope.dir/a.go) is a type
// of that package ("types from different packages"), one with exported
// fields the same type everywhere, and two function-local types named T
// are types of two scopes. The last failed assertion is not recovered.

package ignored
