// errorcheck

// Constant expressions: len of an array is constant only without calls
// or receives inside, array lengths must be representable as int, a
// non-constant shift takes the type of its context, which must be an
// integer type; duplicate boolean cases are fine.

package main

func f() string { return "" }

var a [2]string

var ok [len(a)]int
var withCall [len([1]string{f()})]int // ERROR "array length len\(\[1\]string{…}\) \(value of type int\) must be constant"
var tooBig [1 << 65]int               // ERROR "array length 1 << 65 \(untyped int constant 36893488147419103232\) must be integer"

func main() {
	s := uint(3)
	var x float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	y := float32(1 << s)   // ERROR "invalid operation: 1 << s \(shift of type float32\)"
	var i int64 = 1 << s
	switch {
	case 0 == 0:
	case 1 == 1:
	}
	_ = struct{}{foo: 1} // ERROR "unknown field 'foo' in struct literal of type struct{}"
	_, _, _, _ = x, y, i, ok
	_ = withCall
	_ = tooBig
}
