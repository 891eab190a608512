// rundir

// A program of several files (multifile.dir/): package-level names,
// initialisation order and init functions across files.

package ignored
