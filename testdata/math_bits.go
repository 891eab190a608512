// run

// Package math/bits from GOROOT, unchanged: Mul64, Div64, Add64, Sub64
// and friends, and the panics of Div64 and Div32, whose values come from
// the runtime through //go:linkname (runtime.overflowError and
// runtime.divideError, error values the runtime defines, rt/error.c).

package main

import "math/bits"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		println(name, ok, err.Error())
	}()
	f()
}

func main() {
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	println(hi, lo)
	q, r := bits.Div64(hi>>1, lo, 0xFFFFFFFFFFFFFFFF)
	println(q, r)
	s, c := bits.Add64(1<<63, 1<<63, 1)
	println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	println(d, b)
	println(bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.OnesCount(255), bits.Len(1023))
	println(bits.Reverse8(1), bits.ReverseBytes16(0x1234), bits.RotateLeft32(1, -1))
	q32, r32 := bits.Div32(1, 5, 7)
	println(q32, r32, bits.Rem64(9, 9, 5))
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(9, 1, 2) })
	try("Rem32 by zero", func() { bits.Rem32(1, 1, 0) })
}
