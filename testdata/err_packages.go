// errorcheckdir

// Errors across packages (err_packages.dir/): unexported and undefined
// names of an imported package, its unexported fields and methods, an
// interface with an unexported method of another package, and unused
// imports with and without a name (named too when the package's name is
// not its path's last element).

package ignored
