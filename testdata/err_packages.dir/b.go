package b

import (
	"./a"
	other "./a" // ERROR "imported and not used: .test/a. as other"
	"./a2"      // ERROR "imported and not used: .test/a2. as surprise"
	"unicode/utf8" // ERROR "imported and not used: .unicode/utf8.$"
)

type local struct{}

func (local) m() {}

func f() {
	_ = a.v     // ERROR "not exported by package a"
	_ = a.Nope  // ERROR "undefined: a.Nope"
	var t a.T
	_ = t.hidden // ERROR "t.hidden undefined .type a.T has no field or method hidden."
	t.m()        // ERROR "t.m undefined .type a.T has no field or method m, but does have M."
	t.M()
	var i a.I = local{} // ERROR "does not implement|missing m method"
	_ = i
	_ = a.F()
}
