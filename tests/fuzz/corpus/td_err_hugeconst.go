// errorcheck

// Huge floating-point constants: past 4096-bit rationals they are 512-bit
// floats, as in go/constant, so none of these builds a gigabit integer;
// past 2^MaxInt32 they overflow. Messages and values are gc 1.19's.

package p

var _ = 1e646456992 // ERROR "cannot use 1e646456992 \(untyped float constant 1e\+646456992\) as float64 value in variable declaration \(overflows\)"
var _ = 1e646456993 // ERROR "malformed constant: 1e646456993"
var _ = 1e-646456993

const _ int64 = 1.23456789e-100000 // ERROR "untyped float constant 1.23457e-100000\) as int64 value in constant declaration \(truncated\)"
const _ int64 = 1e100             // ERROR "untyped float constant 1e\+100\) as int64 value in constant declaration \(truncated\)"
const _ int64 = 1.5               // ERROR "cannot use 1.5 \(untyped float constant\) as int64 value in constant declaration \(truncated\)"

var _ int8 = 1e10000 / 1e9998
var _ int8 = 1e10000 / 1e9997 // ERROR "untyped float constant 1000\) as int8 value in variable declaration \(truncated\)"
var _ = -1e646456992 * 10     // ERROR "constant result is not representable"

var _ = 1 << 1100 // ERROR "invalid operation: invalid shift count 1100 \(untyped int constant\)"
