// run

// Itabs made at run time (conversions between interfaces, assertions to
// interfaces) and the compiler's static ones are the same itab for the
// same pair, so interfaces compare equal whichever way they were made;
// unexported methods take part in matching; embedded interfaces.

package main

type R interface{ Read() int }
type W interface{ Write(n int) }
type RW interface {
	R
	W
	close() string
}

type F int

func (f F) Read() int      { return int(f) }
func (f *F) Write(n int)   { *f += F(n) }
func (f *F) close() string { return "closed" }

type G string

func (g G) Read() int { return len(g) }

func main() {
	f := F(3)
	var rw RW = &f
	var r R = rw // from RW's itab: the runtime's (R, *F)
	var e interface{} = &f
	r2 := e.(R)  // the runtime's (R, *F) again
	println(r == r2, r.Read(), r2.Read())
	var r3 R = &f // the compiler's (R, *F)
	println(r3 == r2, r3 == r)
	rw2, ok := e.(RW)
	println(ok, rw2.close(), rw == rw2)
	rw2.Write(10)
	println(f, rw.Read())
	_, ok = interface{}(G("x")).(RW) // no close, no Write
	println(ok)
	var w W = rw
	w.Write(1)
	println(f)
	switch v := e.(type) {
	case RW:
		println("RW", v.close())
	case R:
		println("R")
	}
	for _, x := range [3]interface{}{G("abc"), F(1), &f} {
		if rd, ok := x.(R); ok {
			println(rd.Read())
		}
	}
}
