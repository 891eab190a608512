// errorcheck

// types2 keeps quiet after an error where another would only repeat it:
// variables whose assignment or type failed count as used, and a label
// named by an invalid break counts as used. Also its operator names in
// "constant ... overflow" and its operand text in "is not a type".
// Messages are gc 1.19's.

package p

func f() (int, bool) { return 0, true }

func a() {
	x, y := f(), 2 // ERROR "multiple-value f\(\) \(value of type \(int, bool\)\) in single-value context"
	var z int
	z = "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in assignment"
	const byte = 3
	var n byte // ERROR "byte \(untyped int constant 3\) is not a type"
}

func b() {
L:
	;
	for {
		break L // ERROR "invalid break label L"
	}
}

const big = 1 << 500

var _ = big * big  // ERROR "constant multiplication overflow"
var _ = big << 100 // ERROR "constant shift overflow"
const half = 1 << 511

var _ = half + half // ERROR "constant addition overflow"
