// errorcheck

// //go:cgo_* directives: outside the files cgo generates (named _cgo_*)
// gc allows only cgo_import_dynamic with a library name, for security;
// each directive's arguments are checked too, and both errors are
// reported where the directive is. (A directive cannot end in a comment
// that wants its errors: the line directive moves them to the lines of
// the comments below.)

package main

func main() {}

//line err_cgo_directives.go:30
//go:cgo_ldflag "-lm"
//go:cgo_import_static x y
//go:cgo_import_dynamic puts puts "libc.so.6"
//go:cgo_import_dynamic puts puts "-evil"
//go:cgo_dynamic_linker /lib/ld.so
//go:cgo_export_static a b c
//
//
//
//
//
//
//
//
//
// ERROR "//go:cgo_ldflag .-lm. only allowed in cgo-generated code"
// ERROR "//go:cgo_import_static x y only allowed in cgo-generated code" "usage: //go:cgo_import_static local"
// (a library name is allowed)
// ERROR "invalid library name .-evil. in cgo_import_dynamic directive"
// ERROR "only allowed in cgo-generated code" "usage: //go:cgo_dynamic_linker .path."
// ERROR "//go:cgo_export_static a b c only allowed in cgo-generated code" "usage: //go:cgo_export_static local \[remote\]"
