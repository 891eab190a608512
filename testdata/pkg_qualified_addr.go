// run

// The address of another package's variable, &pkg.V and &pkg.V.f, and
// through it the variable itself (the checker crashed marking pkg.V as
// address-taken; a pointer method called as pkg.V.M() took the same
// path: pkg_syscall).

package main

import "unicode"

func main() {
	p := &unicode.Upper
	println(*p == unicode.Upper, (*p).R16[0].Lo, (*p).R16[0].Hi)
	q := &unicode.Upper.R16
	println(len(*q) == len(unicode.Upper.R16), &(*q)[0] == &unicode.Upper.R16[0])
	r := &(unicode.Lower)
	println(*r == unicode.Lower, unicode.IsLower('x'))
}
