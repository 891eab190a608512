// errorcheck

// Which fields a struct literal may set: not a blank one, by name or in
// order, and not an unexported field of another package (that name is
// another name there: "unknown field"; in order: "implicit assignment").

package main

import (
	"container/list"
	"sync"
)

type T struct {
	_ int
	x int
}

var (
	a = T{_: 1, x: 2}               // ERROR "unknown field '_' in struct literal of type T"
	b = T{1, 2}                     // the blank field takes a value in order
	c = sync.Mutex{state: 0}        // ERROR "unknown field 'state' in struct literal of type sync.Mutex"
	d = sync.Mutex{0, 0}            // ERROR "implicit assignment to unexported field state in sync.Mutex literal" "implicit assignment to unexported field sema in sync.Mutex literal"
	e = list.Element{Value: 1}      // exported: fine
	f = list.Element{nil, nil, nil} // ERROR "implicit assignment to unexported field next in list.Element literal" "unexported field prev" "unexported field list" "too few values in list.Element{…}"
)

func main() {
	_, _, _, _, _, _ = a, b, c, d, e, f
}
