// errorcheck

// A method's receiver base type must be a defined type of this package:
// not a basic type, nor another package's type (written pkg.T or through
// an alias), nor a type literal; an alias of a local type will do.
// Reported at the receiver, its name if it has one.

package main

import "container/list"

type L = list.List
type Local struct{}
type A = Local
type S = struct{}

func (e *list.Element) M() {} // ERROR "cannot define new methods on non-local type list.Element"
func (int) N()             {} // ERROR "cannot define new methods on non-local type int"
func (l L) O()             {} // ERROR "cannot define new methods on non-local type list.List"
func (a *A) P()            {}

func main() {
	var a A
	a.P()
}
