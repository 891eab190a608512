// errorcheck

// A channel's element type must be under 64 KB (gc's limit, reported
// where the channel type is written; the size of a named element type
// is known once its declaration is complete).

package main

var a chan [1 << 16]byte   // ERROR "channel element type too large \(>64kB\)"
var b chan [1<<16 - 1]byte // the largest allowed
var c chan *[1 << 20]byte  // a pointer is small

// (gc reports this one at T, hood at the chan: one line)
type T struct{ next chan T; buf [70000]byte } // ERROR "channel element type too large \(>64kB\)"

func main() {
	_ = make(chan [2][40000]byte) // ERROR "channel element type too large \(>64kB\)"
	_, _, _ = a, b, c
}
