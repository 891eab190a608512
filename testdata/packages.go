// rundir

// A program of three packages (packages.dir/): a.go is package a,
// b.go package b importing it as "./a", main.go package main importing
// both (one under another name). Exported names, methods and interfaces
// across packages, unexported methods that only their own package can
// satisfy, package initialisation (dependencies first), run-time type
// names in panics, and a standard package (unicode/utf8).

package ignored
